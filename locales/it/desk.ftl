# La lista delle cose da fare dei moderatori (/pending) e le loro schede.
desk-none = Niente da fare: nessun consenso da controllare, nessuna data da controllare, nessuna richiesta in attesa 👍
desk-heading = 📋 <b>Da fare</b>: { $count } (pagina { $page } di { $pages })
desk-line-verify = 👪 Consenso da controllare per <b>{ $name }</b> (dato il { $when })
desk-open-verify = 👪 Apri: { $name }
desk-line-age = 🎂 Controllo dell'età n. { $number }
desk-open-age = 🎂 Apri controllo n. { $number }
desk-line-waiting = • <code>{ $code }</code> { $name }, { $born } — { $status }
desk-status-link = in attesa, link valido fino al { $until }
desk-status-annulled = annullato da un moderatore
desk-done-meanwhile = Già fatto: qualcuno lo ha deciso nel frattempo. Scrivi /pending per la lista aggiornata.
desk-verify-hint = 🔎 <b>Cosa guardare</b>: l'account sembra di un adulto? Il nome somiglia a quello dato? Se hai dubbi, chiama la famiglia o chiedi il modulo di carta.
desk-revoke-ask =
    ✖️ <b>Confermi che non vale?</b>
    { $child } torna in attesa e la famiglia riceve un messaggio. Potrà dare il consenso di nuovo, o con il modulo di carta.
desk-revoke-yes = ✖️ Sì, non vale
desk-revoke-no = ↩️ No, torna alla scheda
desk-history-signed = 📝 Modulo di carta firmato il { $day }
desk-history-chose = { $what } — ha scelto: { $choices }
desk-paper-new = 📝 Registra un modulo di carta
history-status-annulled = annullato da un moderatore
desk-told-now = Gliel'ho detto.
desk-told-held = Glielo dico { $until }: di notte non scrivo ai minori.
desk-told-unreachable = Non riesco a dirglielo: ha bloccato il bot o non c'è più.
desk-age-apart-hours = { $hours ->
        [0] meno di un'ora
        [one] 1 ora
       *[other] { $hours } ore
    }
desk-age-apart-days = { $days } giorni
desk-age-guidance =
    ⏱️ Tra le due risposte: { $apart }.
    ✅ Nuova data: { $new_leads }
    ↩️ Prima data: { $first_leads }
    Nel dubbio, tieni la prima: un moderatore può sempre sentire la famiglia.
desk-age-leads-welcome = si iscrive subito.
desk-age-leads-needs-guardian = serve ancora l'ok di un genitore.
desk-age-leads-too-young = riceve un rifiuto gentile (troppo giovane) e i suoi dati si cancellano.
desk-age-leads-too-old = riceve un rifiuto gentile (troppo grande) e i suoi dati si cancellano.
desk-paper-fix = ✏️ Correggi
desk-paper-stop = ✖️ Annulla
desk-paper-typing = Se hai sbagliato il nome, puoi anche scriverlo di nuovo qui.
desk-paper-stopped = ✖️ Ok, non ho registrato niente. Per ricominciare: /consent { $code }
desk-history-same = { $what } — scelte come prima
