## Paused after a consent ended: what happened and when the data goes
guardian-status-annulled = ⏸️ Un moderatore non ha potuto confermare l'ok del tuo genitore, quindi il profilo è in pausa. Chiedi un nuovo link oppure fai firmare il modulo di carta (codice <code>{ $code }</code>).
guardian-status-erasing = 🗑️ Se entro il { $until } non arriva un nuovo ok, cancelliamo i tuoi dati.
guardian-own-status-annulled = consenso annullato da un moderatore
guardian-member-erased = 🗑️ Non è arrivato in tempo l'ok del tuo genitore, quindi abbiamo cancellato i tuoi dati. Se vuoi, puoi ricominciare quando vuoi con /start.
