# Rispondere a una persona sola, le copie per gli altri coordinatori, /projectlog per persona.
thread-reply = ↩️ Rispondi a { $name }
thread-reply-type = ✍️ Scrivi la risposta per { $name } («{ $title }»). La riceve solo { $name }{ $others ->
        [0] .
        [one] ; ne vede una copia anche { $copies }, che coordina il progetto con te.
       *[other] ; ne vedono una copia anche { $copies }, che coordinano il progetto con te.
    } Passa dal bot e resta registrata; niente contatti personali. /cancel per lasciar stare.
thread-reply-sent = ↩️ La tua risposta a { $name }:
thread-reply-gone = Questa persona non fa più parte della community: non è stato inviato niente.
thread-reply-not-yours = Non coordini più questo progetto: non è stato inviato niente.
thread-reply-not-participant = { $name } non partecipa più a questo progetto, e il bot inoltra messaggi solo ai partecipanti: non è stato inviato niente.
thread-reply-not-sent = ↩️ La risposta non è stata inviata. Per rispondere, tocca di nuovo «Rispondi».
thread-reply-to-you =
    ✉️ <b>{ $project }</b> — { $author ->
        [none] una risposta per te dai coordinatori:
       *[other] { $author } ti ha risposto:
    }
    { $text }
thread-copy-all =
    📋 <b>{ $title }</b> — { $author } → a tutti i partecipanti:
    { $text }
thread-copy-one =
    📋 <b>{ $title }</b> — { $author } → { $name }:
    { $text }
projectlog-threads =
    🗂️ <b>Messaggi di «{ $title }»</b>: { $count } in { $threads ->
        [one] una conversazione
       *[other] { $threads } conversazioni
    } · pagina { $page } di { $pages }
    Una conversazione sono i messaggi di una persona e le risposte solo a lei. Aprila per leggerla in ordine.

    { $lines }
projectlog-everyone = tutti i partecipanti
projectlog-thread = 🙋 <b>{ $who }</b> · { $count ->
        [one] 1 messaggio
       *[other] { $count } messaggi
    } · ultimo { $last }
projectlog-thread-everyone = 👥 <b>{ $who }</b> · { $count ->
        [one] 1 messaggio
       *[other] { $count } messaggi
    } · ultimo { $last }
projectlog-thread-open = 🙋 { $who } ({ $count })
projectlog-thread-everyone-open = 👥 { $who } ({ $count })
projectlog-former = un ex membro
projectlog-thread-former = 🚪 <b>{ $who }</b> · { $count ->
        [one] 1 messaggio
       *[other] { $count } messaggi
    } · ultimo { $last }
projectlog-thread-former-open = 🚪 { $who } ({ $count })
projectlog-everything = 🕑 Tutto, dal più recente
projectlog-page-before = ◀ Pagina { $page }
projectlog-page-after = Pagina { $page } ▶
projectlog-threads-back = ↩️ Conversazioni per persona
projectlog-thread-empty = 🗂️ Non ci sono più messaggi con { $who }.
projectlog-thread-page =
    🗂️ <b>«{ $title }» · { $who }</b> ({ $count }, dal più vecchio) · pagina { $page } di { $pages }

    { $lines }
mythreads-button = 💬 Messaggi
thread-member-wrote =
    💬 <b>{ $title }</b> — { $name } scrive:
    { $text }
modlog-do-project-thread_read = { $who } ha letto i messaggi tra un progetto e una persona
modlog-do-project-reply_sent = { $who } ha risposto in privato a una persona di un progetto
