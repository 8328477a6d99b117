## Inviti accettati: chi dice sì a un invito è dentro (nessuna seconda conferma)
invitation-card = 💌 I coordinatori di «{ $title }» ti invitano a partecipare! Tocca ✅ per entrare: ti hanno invitato loro, quindi sei dentro subito. Oppure rispondi più tardi in /myapplications.
invitation-accept = ✅ Ci sto
invitation-joined = 🎉 Sei dentro «{ $title }»! L'ho detto ai coordinatori: ti scriveranno qui nel bot. Per scrivere a loro: /myapplications.
invitation-full = 😕 «{ $title }» nel frattempo si è riempito: ora non posso aggiungerti. Il tuo invito resta in /myapplications e i coordinatori sanno che vorresti partecipare.
invitation-closed = «{ $title }» in questo momento non accoglie nuove persone (è chiuso, è scaduto o non è per la tua età). Il tuo invito resta in /myapplications.
invitation-accepted-told = 🎉 { $name } ha accettato il tuo invito a «{ $title }»: ora { $taken } su { $places }. Non devi confermare nulla.
invitation-full-told = 🙋 { $name } ha accettato il tuo invito a «{ $title }», ma è al completo. Per fare posto: /myprojects → il progetto → ✏️ Modifica → Posti; poi può accettare di nuovo da /myapplications.

## Elenchi da scaricare (CSV che Excel apre così com'è)
export-participants-button = 📥 Scarica l'elenco (Excel)
export-csv-button = 📄 CSV
export-answers-button = 📥 Scarica l'elenco (Excel)
export-not-yours = Questo elenco non è tuo: lo scarica chi coordina il progetto o organizza l'evento.
export-just-sent = 📎 L'ho appena mandato: guarda qui sotto.
export-participants-none = 👥 Nessuno partecipa o ha chiesto di partecipare a questo progetto, per ora: non c'è un elenco da scaricare.
export-answers-none = 📋 Nessuno ha ancora risposto a questo evento: non c'è un elenco da scaricare.
export-column-name = Nome
export-column-age = Età
export-column-status = Stato
export-column-applied = Data candidatura
export-column-accepted = Data accettazione
export-column-message = Messaggio
export-column-answer = Risposta
export-column-answered = Risposto il
export-status-accepted = partecipa
export-status-applied = aspetta la tua risposta
export-answer-going = Viene
export-answer-maybe = Forse
export-answer-waitlist = Lista d'attesa
export-answer-no = Non può
export-answer-offered = Posto offerto, da confermare
export-file-participants = partecipanti-{ $slug }-{ $date }.{ $extension }
export-file-answers = risposte-{ $slug }-{ $date }.{ $extension }
export-participants-caption = 👥 { $title }: { $accepted } { $accepted ->
        [one] partecipa
       *[other] partecipano
    }, { $waiting } in attesa di una tua risposta. Niente username, id o contatti: nomi, fasce d'età, date e ciò che ognuno ha scritto candidandosi. Tieni il file per il progetto e cancellalo quando non serve più.
export-answers-caption = 📋 { $title }: { $count ->
        [one] 1 risposta
       *[other] { $count } risposte
    }.{ $unnamed ->
        [0] {""}
       *[other] {" "}Altre { $unnamed } persone (forse, lista d'attesa o non possono) non condividono il profilo: contate, non nominate.
    } Tieni il file per l'evento e cancellalo quando non serve più.

## Chi viene (regola 16: i nomi di tutti quelli che vengono)
who-heading = 👥 <b>{ $title }</b>: chi viene{ $pages ->
        [1] {""}
       *[other] {" "}(pagina { $page } di { $pages })
    }
who-going = ✅ Vengono ({ $count }): { $names }
who-unnamed = { $count ->
        [one] Una di queste persone è
       *[other] { $count } di queste persone sono
    } ancora senza nome: aspettiamo che un moderatore verifichi il consenso del genitore.
who-others = 🤔 Forse: { $maybe } · ⏳ In lista d'attesa: { $waiting }
who-offered = 🎟️ Posto offerto, non ancora confermato: { $count }

## Candidati: a che punto sono gli inviti
candidates-invited-heading = 💌 <b>Già invitati</b>
candidates-invited-line = • { $name } — { $state }
candidates-invited-waits = invito pronto, parte { $until } (di notte non scriviamo ai minori)
candidates-invited-invited = invito mandato, nessuna risposta per ora
candidates-invited-accepted = ✅ ha accettato
candidates-invited-applied = ha chiesto di partecipare: aspetta la tua risposta
candidates-invited-invite_declined = ha detto no, grazie
candidates-invited-declined = candidatura non accettata
candidates-invited-withdrawn = ha ritirato la richiesta
candidates-invited-left = ha lasciato il progetto

## Registro
modlog-do-invitation-accepted = { $who } ha accettato un invito a un progetto
modlog-do-project-participants_exported = { $who } ha scaricato l'elenco dei partecipanti di un progetto
modlog-do-event-attendees_exported = { $who } ha scaricato l'elenco delle risposte a un evento
