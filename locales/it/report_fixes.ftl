# Segnalazioni: dopo le prime prove con persone vere.

report-card-person-staff = { $name } (staff)
report-card-reporters = 👥 Segnalato da { $count } persone
report-card-note = 📝 Motivo: { $note }
report-already-reported = 💛 Avevi già segnalato quel messaggio: è tra le segnalazioni aperte e i responsabili lo vedono. Grazie!
report-words-kept = ✏️ Ho tenuto le tue parole. Ora scegli qui sotto di che cosa si tratta.

# Prima di ignorare o agire da una segnalazione: il motivo.
report-reason-ask-dismissed = 🙈 Vuoi ignorare la segnalazione n. { $number }? Scegli il motivo: resta scritto sulla segnalazione.
report-reason-ask-warn = ⚠️ Avvertimento per la segnalazione n. { $number }: quale regola? La persona legge solo la regola, mai che qualcuno l'ha segnalata.
report-reason-ask-mute = 🔇 Silenzio per la segnalazione n. { $number }: quale regola? La persona legge solo la regola, mai che qualcuno l'ha segnalata.
report-reason-ask-ban = ⛔ Ban per la segnalazione n. { $number }: quale regola? La persona legge solo la regola, mai che qualcuno l'ha segnalata.
report-reason-minor = 💛 È la richiesta di un/a ragazzo/a minorenne: per ignorarla serve un motivo.
report-reason-type = ✏️ Oppure scrivi tu il motivo qui.
report-reason-none = 🙈 Ignora senza motivo
report-reason-fine = Non c'è niente di grave
report-reason-solved = Già risolto in altro modo
report-reason-respect = Rispetto per tutti
report-reason-harassment = Niente molestie o minacce
report-reason-contacts = Niente numeri, contatti o inviti su altre app
report-reason-spam = Niente spam
report-reason-back = ↩️ Lascia aperta
report-reason-back-done = ↩️ Va bene, la segnalazione resta aperta.
report-needs-reason = Per ignorare la richiesta di un/a minorenne serve un motivo: scegline uno qui sotto.
report-unchanged = ℹ️ Nel gruppo non è cambiato niente: { $why ->
        [already] era già così (già silenziato/a o bannato/a).
        [not-in-group] la persona non è più nel gruppo.
        [higher-rank] la persona è un'amministratrice o un amministratore del gruppo.
        [bot-lacks-right] al bot manca un permesso nel gruppo.
       *[other] non è stato possibile.
    } La segnalazione resta aperta: segnala come ✅ Gestita quando hai fatto.

# Chi si occupa della sicurezza (SAFEGUARDING_IDS) senza essere nello staff.
start-lead =
    Ciao { $name }! Sei tra le persone che si occupano della <b>sicurezza</b> di Generazione Changemaker.
    📣 Quando qualcuno fa una segnalazione o chiede aiuto ti arriva qui una scheda: puoi scrivere a chi ha segnalato, segnarla come gestita o ignorarla con un motivo.
    📋 Con /reports vedi tutte le segnalazioni, le aperte per prime.
    🛡️ Per avvertire, silenziare o bannare nei gruppi chiedi a un'amministratrice o a un amministratore di invitarti come moderatore.
help-lead =
    🛡️ <b>Per chi si occupa della sicurezza</b>
    { $commands }
    Le schede delle segnalazioni ti arrivano qui da sole. Per avvertire, silenziare o bannare nei gruppi chiedi a un'amministratrice o a un amministratore di invitarti come moderatore.

# Scrivere a chi ha segnalato: lo vedono tutti i responsabili (regola 17).
report-button-write = ✉️ Scrivi a { $name }
report-write-ask = ✏️ Scrivi qui il messaggio per { $name } (segnalazione n. { $number }). Lo riceve dal bot, con un pulsante per risponderti; lo leggono anche tutti gli altri responsabili. /cancel per lasciar stare.
report-write-start-me = Per scrivere apri prima la chat privata con il bot e premi Avvia, poi premi di nuovo ✉️.
report-write-sent = ✅ Inviato. Una copia è arrivata a tutti i responsabili.
report-write-unreachable = ℹ️ Non sono riuscito a consegnarlo: la persona ha bloccato il bot o non c'è più. Non ho tenuto il messaggio.
report-write-contacts = ✋ Niente numeri, e-mail, @nomi o inviti su altre app: scrivi di nuovo il messaggio senza.
report-write-no-report = Questa segnalazione non c'è più, o chi l'ha fatta ha cancellato i suoi dati.
report-to-reporter =
    💛 Un messaggio dai responsabili della sicurezza sulla tua segnalazione:
    «{ $text }»
    Se vuoi rispondere premi qui sotto: la tua risposta la leggono solo loro.
report-reply-button = 💬 Rispondi
report-reply-ask = ✏️ Scrivi qui la tua risposta: la leggono i responsabili della sicurezza. /cancel per lasciar stare.
report-reply-sent = 💛 Inviato ai responsabili della sicurezza. Grazie.
report-reply-unreachable = 💛 Inviato ai responsabili della sicurezza. Grazie.
report-reply-contacts = ✋ Per sicurezza non mando numeri, e-mail, @nomi o inviti su altre app. Scrivi di nuovo senza.
report-reply-no-report = Questa segnalazione non c'è più. Se vuoi, scrivi /report.
report-post-to-reporter = ✉️ <b>Segnalazione n. { $number }</b> — { $author } ha scritto a { $reporter }:
    «{ $text }»
report-post-from-reporter = 💬 <b>Segnalazione n. { $number }</b> — { $reporter } ha risposto:
    «{ $text }»
report-thread-to-reporter = ✉️ { $author }: «{ $text }»
report-thread-from-reporter = 💬 { $author }: «{ $text }»

# Nel registro della moderazione (/modlog).
modlog-do-report-joined = { $who } ha segnalato un messaggio già segnalato
modlog-do-report-unchanged = { $who } ha provato ad agire da una segnalazione, ma nel gruppo non è cambiato niente
modlog-do-report-message = { $who } ha scritto a chi aveva fatto una segnalazione
modlog-do-report-reply = { $who } ha risposto ai responsabili su una segnalazione
