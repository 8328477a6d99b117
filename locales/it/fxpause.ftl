## Paused after a consent ended: what happened and when the data goes
guardian-status-annulled = ⏸️ Un moderatore non ha potuto confermare l'ok del tuo genitore, quindi il profilo è in pausa. Chiedi un nuovo link oppure fai firmare il modulo di carta (codice <code>{ $code }</code>).
guardian-status-erasing = 🗑️ Se entro il { $until } non arriva un nuovo ok, cancelliamo i tuoi dati.
guardian-own-status-annulled = consenso annullato da un moderatore
guardian-member-erased = 🗑️ Non è arrivato in tempo l'ok del tuo genitore, quindi abbiamo cancellato i tuoi dati. Se vuoi, puoi ricominciare quando vuoi con /start.
profile-paused-withdrawn = ⏸️ Il tuo profilo è in pausa: il tuo genitore ha ritirato il consenso. Se entro il { $until } non arriva un nuovo ok, cancelliamo i tuoi dati. Scrivi /start per chiedere un nuovo link o avere il modulo di carta.
profile-paused-annulled = ⏸️ Il tuo profilo è in pausa: un moderatore non ha potuto confermare l'ok del tuo genitore. Se entro il { $until } non arriva un nuovo ok, cancelliamo i tuoi dati. Scrivi /start per chiedere un nuovo link o avere il modulo di carta.
mydata-waiting =
    Non hai ancora un profilo completo. Teniamo:
    • il tuo id Telegram e la lingua
    • mese e anno di nascita: { $born }
    • la richiesta al tuo genitore, codice <code>{ $code }</code>: { $status }
mydata-waiting-guardian = • il nome dato dal tuo genitore: { $name }
mydata-waiting-history = • la storia dei consensi ({ $count ->
        [one] un passaggio
       *[other] { $count } passaggi
    })
mydata-waiting-age = • per 30 giorni, l'esito del controllo dell'età
guardian-paused =
    ⏸️ <b>In pausa</b>:
    { $lines }
    Per dare di nuovo il consenso, fatti mandare un nuovo link.
guardian-paused-withdrawn = • <b>{ $name }</b>: hai ritirato il consenso. Se entro il { $until } non ne arriva uno nuovo, cancelliamo i dati di { $name }.
guardian-paused-annulled = • <b>{ $name }</b>: un moderatore non ha potuto confermare il tuo consenso. Se entro il { $until } non ne arriva uno nuovo, cancelliamo i dati di { $name }.
guardian-link-replaced = 🔄 I link che ti ho dato prima non funzionano più: inoltra questo nuovo.
