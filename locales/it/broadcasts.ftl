## /broadcast: un annuncio ai membri (issue 14, la parte della scrittura)

command-broadcast = Manda un annuncio ai membri (coordinatori, moderatori)
broadcast-staff-only = Questo comando è per coordinatori e moderatori.
broadcast-busy = Stai facendo un'altra cosa. Finiscila, oppure scrivi /cancel, poi di nuovo /broadcast.
broadcast-cancelled = ✖️ Annuncio lasciato perdere: non è partito niente.

broadcast-ask-message =
    📣 <b>Nuovo annuncio</b>

    Scrivi il messaggio che riceveranno i membri. Grassetto, corsivo e link restano. Puoi anche mandare una foto o un documento con una didascalia.

    Scrivi /cancel per smettere.
broadcast-problem-empty = ✍️ Il messaggio è vuoto: scrivi qualche parola.
broadcast-problem-too-long = ✂️ Il messaggio è lungo { $length } caratteri; Telegram ne accetta al massimo { $limit }. Accorcialo e rimandalo (quello che hai scelto resta).
broadcast-problem-caption-too-long = ✂️ La didascalia è lunga { $length } caratteri; sotto una foto o un documento Telegram ne accetta al massimo { $limit }. Accorciala, oppure manda solo il testo.
broadcast-problem-buttons = 👇 Usa i pulsanti qui.
broadcast-problem-media = 🙅 { $kind ->
    [sticker] Gli sticker non si possono mandare
    [voice] I messaggi vocali non si possono mandare
    [video_note] I videomessaggi non si possono mandare
    [video] I video non si possono mandare
    [animation] Le GIF non si possono mandare
    [audio] I file audio non si possono mandare
    [location] Le posizioni non si possono mandare
    [contact] I contatti non si possono mandare
   *[other] Questo non si può mandare
  } come annuncio: scrivi un testo, o manda una foto o un documento.
broadcast-problem-nobody = 🤷 Con queste scelte adesso non c'è nessuno, quindi non c'è niente da mandare. Togli una condizione o scegline altre.
broadcast-problem-past = 📅 L'ora che avevi scelto è passata nel frattempo: sceglila di nuovo.
broadcast-problem-contacts = 🚫 Non l'ho mandato: il messaggio contiene contatti e arriva a membri sotto i 18 anni.

broadcast-audience =
    👥 <b>A chi lo mandiamo?</b>

    { $conditions }

    { $count }

    Ogni pulsante aggiunge una condizione: i membri devono rispettarle tutte. ✖️ ne toglie una.
broadcast-audience-ex =
    🚫 <b>Chi lasciamo fuori?</b>

    { $conditions }

    { $count }

    Scegli cosa hanno in comune i membri da lasciare fuori.
broadcast-audience-everyone = Tutti quelli che ricevono gli annunci.
broadcast-count = { $total ->
    [one] 👥 1 membro corrisponde
   *[other] 👥 { $total } membri corrispondono
  }, { $minors } sotto i 18 anni.
broadcast-count-nobody = 🤷 Per ora nessuno corrisponde.
broadcast-cond-in = ✅ { $field }: { $values }
broadcast-cond-ex = 🚫 Tranne { $field }: { $values }
broadcast-field-cause = causa
broadcast-field-skill = competenza
broadcast-field-city = città
broadcast-field-age_band = età
broadcast-field-age = età
broadcast-field-language = lingua
broadcast-field-project = partecipanti di
broadcast-field-event = hanno risposto
broadcast-button-field-cause = 🌍 Causa
broadcast-button-field-skill = 🛠️ Competenza
broadcast-button-field-city = 📍 Città
broadcast-button-field-age_band = 🎂 Età
broadcast-button-field-age = 🎂 Età
broadcast-button-field-language = 🗣️ Lingua
broadcast-button-field-project = 📁 Progetto
broadcast-button-field-event = 📅 Evento
broadcast-button-remove = ✖️ Togli “{ $field }”
broadcast-button-exclude = 🚫 Lascia fuori qualcuno…
broadcast-button-include = ✅ Torna a scegliere chi lo riceve
broadcast-button-everyone = 👥 Tutti (togli le condizioni)
broadcast-button-preview = 👀 Anteprima
broadcast-button-cancel = ✖️ Annulla
broadcast-button-change-message = ✏️ Cambia il messaggio
broadcast-button-adults-only = 🔞 Mandalo solo ai maggiorenni (18+)
broadcast-button-back = ⬅️ Torna all'anteprima
broadcast-button-done = ✔️ Fatto

broadcast-values =
    ✅ Solo { $who }. Tocca per scegliere (ne basta una), poi Fatto.

    { $count }
broadcast-values-ex =
    🚫 Lascia fuori { $who }. Tocca per scegliere, poi Fatto.

    { $count }
broadcast-who = { $field ->
    [cause] i membri che hanno scelto una di queste cause
    [skill] i membri con una di queste competenze
    [city] i membri che vivono in uno di questi posti
    [age_band] i membri in una di queste fasce d'età
    [age] i membri di queste età
    [language] i membri che mi leggono in una di queste lingue
    [project] i partecipanti di uno di questi progetti
   *[event] i membri che hanno dato una di queste risposte a un evento
  }
broadcast-values-none-project = Non hai ancora progetti, quindi non ci sono partecipanti da scegliere.
broadcast-values-none-event = Non ci sono eventi in arrivo dei tuoi progetti da scegliere.
broadcast-values-none-cause = Qui non c'è niente da scegliere.
broadcast-values-none-skill = Qui non c'è niente da scegliere.
broadcast-values-none-city = Qui non c'è niente da scegliere.
broadcast-values-none-age_band = Qui non c'è niente da scegliere.
broadcast-values-none-age = Qui non c'è niente da scegliere.
broadcast-values-none-language = Qui non c'è niente da scegliere.
broadcast-ages-hint = 🎂 Oppure scrivi le età, per esempio <code>18-25</code> o <code>18+</code>.
broadcast-ages-not-understood = 🤔 Non ho capito le età: scrivile come <code>16-25</code> o <code>18+</code>, oppure tocca una fascia.
broadcast-problem-none-chosen = 🤷 Non hai scelto niente, quindi non ho aggiunto quella condizione: il conto qui sotto è di chi lo riceve ora.
broadcast-city-hint = 📍 Oppure scrivi un comune, per esempio <code>Moncalieri</code>.
broadcast-city-remote = 💻 Solo online
broadcast-city-did-you-mean = 🤔 Non conosco “{ $city }”. Intendevi uno di questi?
broadcast-city-unknown = 🤔 Non conosco questo comune. Controlla come si scrive, o tocca un pulsante.
broadcast-answer-going = Ci vado
broadcast-answer-maybe = Forse

broadcast-preview =
    👀 <b>Anteprima</b> — il messaggio è qui sopra, come lo vedranno i membri.

    👥 A:
    { $conditions }
    { $reach }
    { $approval }
    🕒 { $when }
broadcast-reach = Arriva a { $total ->
    [one] 1 membro
   *[other] { $total } membri
  }: { $minors } sotto i 18 anni{ $quiet ->
    [0] .
    [one] , e 1 di loro { $later ->
        [yes] a quell'ora è
       *[no] è ora
      } nelle ore di quiete (lo riceve alle { $until }).
   *[other] , e { $quiet } di loro { $later ->
        [yes] a quell'ora sono
       *[no] sono ora
      } nelle ore di quiete (lo ricevono alle { $until }).
  }
broadcast-reach-adults = { $total ->
    [one] Arriva a 1 membro, maggiorenne.
   *[other] Arriva a { $total } membri, nessuno sotto i 18 anni.
  }
broadcast-approval-needed = { $why ->
    [minors] 🛡️ Prima deve approvarlo un moderatore, perché arriva a membri sotto i 18 anni.
   *[wide] 🛡️ Prima deve approvarlo un moderatore, perché arriva a persone oltre i partecipanti dei tuoi progetti.
  }
broadcast-approval-not-needed = ✅ Non serve approvazione.
broadcast-held-contacts =
    🚫 <b>Così non può partire.</b> Nel messaggio ho trovato: { $kinds }. Arriva anche a membri sotto i 18 anni (o di età non nota), e a loro non mandiamo contatti personali o inviti ad altre app.
    Cambia il messaggio, oppure mandalo solo ai maggiorenni.
broadcast-when-now = Parte: appena lo mandi
broadcast-when-at = Parte: { $when }
broadcast-button-test = 🧪 Mandami una prova
broadcast-button-when = 🕒 Quando
broadcast-button-message = ✏️ Messaggio
broadcast-button-audience = 👥 Destinatari
broadcast-button-send = 📣 Manda
broadcast-copy-header = 📣 <b>Annuncio di { $community }</b>
broadcast-copy-footer = <i>Non vuoi più annunci? /settings</i>
broadcast-copy-test = 🧪 <b>PROVA — solo tu vedi questo messaggio</b>
broadcast-test-sent = 🧪 Prova mandata a te.
broadcast-test-failed = 🧪 Adesso non riesco a mandare la prova. Riprova tra un minuto.
broadcast-ask-when =
    🕒 <b>Quando deve partire?</b>

    Tocca Adesso, oppure scrivi data e ora, per esempio <code>12/03 18:30</code>, <code>domani 9:00</code> o <code>sabato 10</code>.
broadcast-button-now = ▶️ Adesso
broadcast-members = { $total ->
    [one] 1 membro
   *[other] { $total } membri
  }
broadcast-confirm-now = 📣 Lo mando adesso a { $members }?
broadcast-confirm-at = 📣 Lo programmo per { $when }, a { $members }?
broadcast-confirm-approval-now = 🛡️ Lo mando ai moderatori per l'approvazione? Appena approvato, parte subito per { $members }.
broadcast-confirm-approval-at = 🛡️ Lo mando ai moderatori per l'approvazione? Appena approvato, parte { $when } per { $members }.
broadcast-button-confirm = ✅ Sì, manda
broadcast-submitted-sending = 📣 Sta partendo per { $members }. Segue un messaggio con l'avanzamento.
broadcast-submitted-scheduled = 🕒 Programmato: parte { $when }. Puoi cambiare l'ora o annullarlo con /broadcasts.
broadcast-submitted-awaiting = 🛡️ L'annuncio n. { $number } è dai moderatori. Ti scrivo appena uno di loro decide.

## La scheda dei moderatori (regola 21)

broadcast-card =
    { $head }

    ✍️ Da: { $sender } · mandato { $submitted }
    👥 A:
    { $conditions }
    { $reach }
    🕒 { $when }

    Segue il messaggio, come lo vedranno i membri ⬇️
broadcast-card-head-waiting = 🛡️ <b>L'annuncio n. { $number } aspetta l'approvazione</b>
broadcast-card-head-approved = ✅ <b>Approvato da { $name } alle { $time }</b> · annuncio n. { $number }
broadcast-card-head-rejected = ✖️ <b>Rifiutato da { $name }</b> · annuncio n. { $number }: “{ $reason }”
broadcast-card-head-withdrawn = ↩️ <b>Ritirato da { $name }</b> · annuncio n. { $number }
broadcast-card-head-gone = <b>L'annuncio n. { $number } non aspetta più l'approvazione</b>
broadcast-card-head-changed = ✏️ <b>Testo cambiato da { $name }</b> · annuncio n. { $number }. Qui sotto arriva la scheda nuova, con il testo nuovo.
broadcast-card-you = te
broadcast-card-approve = ✅ Approva
broadcast-card-reject = ✖️ Rifiuta
broadcast-card-edit = ✏️ Modifica il testo
broadcast-card-approved = ✅ Approvato da te · { $time }. { $what }
broadcast-card-going-now = Sta partendo adesso.
broadcast-card-going-at = Parte { $when }.
broadcast-card-when-now = Parte: appena approvato
broadcast-card-rejected = ✖️ Annuncio n. { $number } rifiutato. Chi l'ha scritto ha ricevuto il tuo motivo.
broadcast-card-already-approved = Già approvato da { $name } alle { $time }.
broadcast-card-already-rejected = Già rifiutato da { $name } alle { $time }.
broadcast-card-withdrawn = Chi l'ha scritto ha ritirato questo annuncio.
broadcast-card-gone = Questo annuncio non aspetta più l'approvazione.
broadcast-card-not-yours = Non sei più moderatore: questa scheda non è più tua.
broadcast-card-text-changed = Il testo è cambiato: guarda la scheda nuova.
broadcast-card-editing = ✏️ Stai cambiando il testo dell'annuncio n. { $number }: approvo quello originale?
broadcast-card-approve-original = ✅ Sì, approva l'originale
broadcast-card-keep-editing = ✏️ No, ti mando il nuovo testo
broadcast-reject-cancelled = Non l'ho rifiutato: l'annuncio n. { $number } aspetta ancora una decisione.
broadcast-edit-cancelled = Il testo dell'annuncio n. { $number } non è cambiato: aspetta ancora una decisione.
broadcast-card-held = 🚫 Non si può approvare così: nel testo ci sono { $kinds }, e arriva a membri sotto i 18 anni. Modifica il testo o rifiutalo.
broadcast-edit-held = 🚫 Nel nuovo testo ho trovato: { $kinds }. L'annuncio arriva a membri sotto i 18 anni: togli i contatti e riscrivilo.
broadcast-reject-too-short = ✍️ Serve qualche parola in più: chi ha scritto l'annuncio n. { $number } deve capire cosa cambiare. Scrivi un motivo breve, o /cancel.
broadcast-ask-reject = ✍️ Perché rifiuti l'annuncio n. { $number }? Scrivi un motivo breve: lo leggerà chi l'ha scritto.
broadcast-ask-edit = ✏️ Scrivi il nuovo testo dell'annuncio n. { $number } (grassetto, corsivo e link restano). Poi torna la scheda per approvarlo.

## A chi l'ha scritto, attraverso il cancello

broadcast-told-approved = ✅ Un moderatore ha approvato il tuo annuncio n. { $number }: sta partendo adesso.
broadcast-told-approved-later = ✅ Un moderatore ha approvato il tuo annuncio n. { $number }: parte all'ora che hai scelto.
broadcast-told-rejected =
    ✖️ Un moderatore non ha approvato il tuo annuncio n. { $number }. Il motivo:
    “{ $reason }”

    Non è partito niente; puoi scriverne uno nuovo con /broadcast.
broadcast-told-edited = ✏️ Un moderatore ha cambiato il testo del tuo annuncio n. { $number }. Ora comincia così: “{ $text }”
    Aspetta ancora una decisione: ti scrivo quando arriva.
broadcast-told-held = 🚫 Il tuo annuncio n. { $number } non è partito: ora arriva anche a membri sotto i 18 anni e contiene { $kind ->
    [phone] un numero di telefono
    [email] un indirizzo e-mail
    [username] un @username
   *[app] un invito a un'altra app
  }{ $more ->
    [0] {""}
   *[other] {" "}e altri contatti
  }. Scrivine uno nuovo con /broadcast, senza contatti o solo per maggiorenni.

## Il registro (/modlog)

modlog-do-broadcast-submitted = { $who } ha chiesto ai moderatori di approvare l'annuncio n. { $number }
modlog-do-broadcast-sent = { $who } ha mandato l'annuncio n. { $number }
modlog-do-broadcast-scheduled = { $who } ha programmato l'annuncio n. { $number }
modlog-do-broadcast-approved = { $who } ha approvato l'annuncio n. { $number } di { $whom }
modlog-do-broadcast-rejected = { $who } ha rifiutato l'annuncio n. { $number } di { $whom }
modlog-do-broadcast-edited = { $who } ha cambiato il testo dell'annuncio n. { $number } di { $whom }
modlog-do-broadcast-rescheduled = { $who } ha spostato l'annuncio programmato n. { $number } a un'altra ora
modlog-do-broadcast-unscheduled = { $who } ha annullato l'annuncio n. { $number } prima che partisse
modlog-do-broadcast-held_contacts = il bot ha fermato un annuncio di { $who }: conteneva contatti e arrivava a minori
modlog-detail-words = comincia: “{ $value }”
modlog-detail-change = testo: { $value }
