# Segnalazioni e aiuto (regole 19 e 25).

command-report = Segnala un problema o chiedi aiuto
command-reports = Le segnalazioni (per i responsabili)

# Chi scrive di stare male, di bullismo, molestie o pericolo.
distress-heard = 💛 Ti ho letto. Mi dispiace che tu stia passando questo: non sei da solo/a.
    Se vuoi, lo dico alle persone adulte del gruppo che si occupano della sicurezza. Premi qui sotto: prima di inviare ti faccio vedere cosa mando.
distress-emergency = Se sei in pericolo adesso chiama il <b>112</b>.
distress-step-waits = La domanda di prima aspetta ancora: rispondi quando te la senti.
distress-report-button = 📣 Segnala
report-helplines = 📞 Puoi chiamare gratis, a qualsiasi ora:
    • <b>114</b> Emergenza Infanzia
    • <b>19696</b> Telefono Azzurro (anche in chat su azzurro.it)
    Se sei in pericolo adesso chiama il <b>112</b>.

# Scrivere una segnalazione in privato.
report-choose = 📣 Cosa vuoi segnalare? Scegli qui sotto.
report-category-bullying = 😞 Bullismo, prese in giro
report-category-harassment = 🚫 Molestie o minacce
report-category-safety = 🆘 Sono preoccupato/a per qualcuno
report-category-spam = 📢 Spam o pubblicità
report-category-other = 💬 Altro
report-ask-words = ✏️ Vuoi aggiungere qualche parola? Scrivila qui. Non serve un messaggio preciso: basta quello che ti senti di dire.
report-no-words = (nessuna parola in più)
report-confirm = 📣 Ecco cosa mando ai responsabili della sicurezza:
    <b>{ $category }</b>
    «{ $words }»
    La persona di cui parli non lo saprà da noi.
report-button-skip = ⏭️ Salta
report-button-send = ✅ Invia
report-button-change = 🔁 Cambia tipo
report-button-drop = ✖️ Lascia stare
report-dropped = Va bene, non ho mandato niente. Se cambi idea scrivi /report.
report-draft-gone = Questa segnalazione è già stata inviata o lasciata stare. Per una nuova scrivi /report.
report-thanks = 💛 Grazie: la tua segnalazione è arrivata ai responsabili della sicurezza. Hai fatto bene a dirlo. Ti scrivo quando l'hanno guardata.
report-looked-at = 💛 I responsabili hanno guardato la tua segnalazione del { $when } { $where ->
        [group] sul messaggio nel gruppo
       *[other] su: { $about }
    }. Grazie ancora per averla fatta. Se succede di nuovo, o hai altro da dire, scrivi /report.

# Nei gruppi.
report-group-pointer = 📣 Per segnalare un messaggio rispondi a quel messaggio con /report. Per qualsiasi altra cosa scrivimi in privato: lì nessuno vede cosa scrivi.
report-group-received = 💛 Segnalazione ricevuta, grazie. Se vuoi aggiungere qualcosa scrivimi in privato.
report-open-private = 💬 Scrivimi in privato

# La scheda per i responsabili e la chat dei moderatori.
report-card-heading = 🚩 <b>Segnalazione n. { $number }</b> — { $category }
    🕐 { $when }
report-card-group = 👥 Gruppo: { $group }
report-card-quoted = 💬 Messaggio: «{ $quoted }»
report-card-no-text = (un messaggio senza testo)
report-card-words = 📝 Parole di chi segnala: «{ $words }»
report-card-reporter = 🙋 Chi segnala: { $who }
report-card-reported = 🎯 Persona segnalata: { $who }
report-card-person = { $name } (età { $band })
report-card-person-no-age = { $name } (età non nota)
report-card-someone = qualcuno che non conosciamo più
report-card-a-lead = un responsabile
report-card-closed = { $outcome } — da { $by }
report-button-warn = ⚠️ Avverti
report-button-mute = 🔇 Silenzia
report-button-ban = ⛔ Banna
report-button-dismissed = 🙈 Ignora
report-button-handled = ✅ Gestita
report-outcome-open = 🔴 aperta
report-outcome-dismissed = 🙈 Ignorata
report-outcome-handled = ✅ Gestita
report-outcome-warn = ⚠️ Avvertimento
report-outcome-mute = 🔇 Silenziato/a
report-outcome-ban = ⛔ Bannato/a
report-decided = Fatto: lo vedono tutti i responsabili.
report-already-handled = Già gestita da { $by }: { $outcome }.
report-not-allowed = Solo i responsabili della sicurezza e i moderatori possono gestire le segnalazioni.
report-may-not-act = Puoi avvertire, silenziare o bannare solo nei gruppi dove sei moderatore. Chiedi a un moderatore, oppure segna la segnalazione come gestita.

# Ogni giorno, e /reports.
report-daily = 📋 { $count ->
        [one] C'è ancora <b>1</b> segnalazione aperta
       *[other] Ci sono ancora <b>{ $count }</b> segnalazioni aperte
    }.
report-daily-open-list = 📋 Apri l'elenco
reports-none = 📋 Nessuna segnalazione, per ora.
reports-heading = 📋 <b>Segnalazioni</b>: { $open ->
        [one] 1 aperta
       *[other] { $open } aperte
    } su { $total } (pagina { $page } di { $pages })
reports-line = n. { $number } · { $category } · { $when } · { $state }
reports-open = Apri n. { $number }
