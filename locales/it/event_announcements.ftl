## A new event announced: who hears of it, chosen at Publish (handlers/event_announcements.py).

announce-question =
    📣 L'evento <b>{ $title }</b> è pronto. A chi lo faccio sapere?

    { $options }

    Chi riceve l'annuncio può rispondere subito con Vengo o Forse.
announce-option-all = 📣 <b>A tutti quelli a cui è rivolto</b>: { $reaches }
announce-option-project = 👥 <b>Solo ai partecipanti di «{ $project }»</b>: { $reaches }
announce-option-none = 🔕 <b>A nessuno</b>: sarà comunque in /events per chi lo cerca.
announce-reaches = { $total ->
        [one] 1 persona.
       *[other] { $total } persone.
    }
announce-reaches-minors = { $total ->
        [one] 1 persona, sotto i 18 anni.
       *[other] { $total } persone, { $minors } sotto i 18 anni.
    }
announce-reaches-nobody = per ora nessuno (nessun iscritto corrisponde, o chi corrisponde ha spento gli annunci).
announce-button-all = 📣 A tutti ({ $total })
announce-button-project = 👥 Solo ai partecipanti ({ $total })
announce-button-none = 🔕 A nessuno, pubblica e basta
announce-button-back = ◀️ Torna all'anteprima
announce-told-nobody = 🔕 Nessun annuncio: l'evento è in /events per chi lo cerca.
announce-fits-nobody = 🔕 Nessun annuncio: per ora non c'è nessuno a cui farlo sapere. L'evento è in /events.
announce-waits = { $total ->
        [one] ⏳ L'annuncio a 1 persona aspetta l'ok di un moderatore. Ti scrivo quando parte.
       *[other] ⏳ L'annuncio a { $total } persone aspetta l'ok di un moderatore. Ti scrivo quando parte.
    }
announce-waits-minors = ⏳ L'annuncio a { $total ->
        [one] 1 persona
       *[other] { $total } persone
    } aspetta l'ok di un moderatore, perché { $minors ->
        [one] una ha
       *[other] { $minors } hanno
    } meno di 18 anni. Ti scrivo quando parte.
announce-going = { $total ->
        [one] 📣 L'annuncio sta partendo per 1 persona.
       *[other] 📣 L'annuncio sta partendo per { $total } persone.
    }
announce-quiet = 🌙 { $minors ->
        [one] 1 sotto i 18 anni lo riceve
       *[other] { $minors } sotto i 18 anni lo ricevono
    } finite le ore di quiete: { $until }.
announce-copy =
    📣 <b>Nuovo evento!</b>{ $line }

    { $card }
announce-copy-moved = 📅 Spostato: prima era { $was }.
announce-copy-cancelled = ❌ <b>Annullato.</b> Ci dispiace! Guarda /events per altri eventi.
announce-approval-first = Prima di partire lo approva un moderatore.
newevent-cancelled-published = Ok: l'evento resta pubblicato, ma non l'ho annunciato a nessuno. Lo trovi in /manageevents.
announce-staff-pressed = 👀 Questi pulsanti sono per i membri: così vedranno l'annuncio. Tu non devi rispondere.
# Under an event announcement's copy, as under any announcement.
announce-copy-footer = <i>Non vuoi più annunci? /settings</i>
