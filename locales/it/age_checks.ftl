## Controllo dell'età (regola 23): una data diversa dalla prima la guarda un moderatore
age-check-waiting =
    🔎 <b>Controllo in corso</b>
    Questa data è diversa da quella che mi avevi dato prima, quindi la guarda un moderatore: di solito entro { $hours } ore. Ti scrivo io appena decide.
    Intanto tengo solo la tua lingua e la data che hai scritto. Puoi leggere /privacy, oppure cancellare tutto con /deleteme.
age-check-held-edit = 🔎 La nuova data è diversa da quella che mi avevi dato all'inizio: la controlla un moderatore, di solito entro { $hours } ore. Fino ad allora resta quella di prima.
age-check-cancel = ⏸️ Ok. Il controllo della data resta in corso e ti scrivo io appena un moderatore decide. Se preferisci, cancello subito la tua richiesta.
age-check-then-welcome = ✅ Un moderatore ha controllato la tua data: puoi continuare! Scrivi /start per andare avanti.
age-check-then-needs-guardian = 👪 Un moderatore ha controllato la tua data: hai meno di { $age } anni, quindi serve l'ok di un genitore o di chi si occupa di te. Scrivi /start per avere il link da inoltrargli.
age-check-then-too-young =
    💛 Un moderatore ha controllato la tua data: Generazione Changemaker è per chi ha almeno { $min } anni, quindi per ora non posso iscriverti. L'Informagiovani del Comune di Torino può consigliarti attività per la tua età.
    Ho cancellato i tuoi dati: per 30 giorni ricordo solo, con un codice che non dice chi sei, la data che mi avevi dato.
age-check-then-too-old =
    💛 Un moderatore ha controllato la tua data: Generazione Changemaker è per chi ha al massimo { $max } anni, quindi non posso iscriverti. Per fare volontariato a Torino a ogni età c'è Vol.To.
    Ho cancellato i tuoi dati: per 30 giorni ricordo solo, con un codice che non dice chi sei, la data che mi avevi dato.
age-check-edit-saved = ✅ Un moderatore ha controllato: la nuova data di nascita è salvata nel tuo profilo.
age-check-edit-kept = 🔎 Un moderatore ha controllato: nel profilo resta la data di nascita di prima. Se pensi che sia un errore, scrivi a chi gestisce la community.
age-check-notice =
    🎂 <b>Controllo dell'età</b>
    Qualcuno ha risposto alla domanda sull'età con <b>{ $first }</b> ({ $first_outcome }) e ora scrive <b>{ $new }</b> ({ $new_outcome }).
    Non vedi chi è: solo le due date. Quale vale?
age-check-before = prima del { $year }
age-check-after = dal { $year } in poi
age-check-outcome-too-young = troppo giovane
age-check-outcome-needs-guardian = serve l'ok di un genitore
age-check-outcome-too-old = troppo grande
age-check-outcome-welcome = può iscriversi
age-check-accept = ✅ Vale la nuova data
age-check-keep = ↩️ Vale la prima data
age-check-accepted = ✅ Deciso: vale la nuova data.
age-check-kept = ↩️ Deciso: vale la prima data.
age-check-already = Questo controllo è già stato deciso, oppure la persona ha cancellato la richiesta.
deleteme-done-age-kept = 🗑️ Fatto: ho cancellato tutti i tuoi dati. Per 30 giorni ricordo solo, con un codice che non dice chi sei, la tua risposta alla domanda sull'età. Ciao, e grazie! Se vuoi tornare, scrivi /start.
cancel-forgotten-age-kept = 🗑️ Fatto: ho cancellato i tuoi dati. Per 30 giorni ricordo solo, con un codice che non dice chi sei, la tua risposta alla domanda sull'età. Puoi ricominciare con /start quando vuoi.
mydata-age-check = Non hai ancora un profilo: teniamo il tuo id Telegram, la lingua e la data di nascita che un moderatore sta controllando.
