## A new event announced: who hears of it, chosen at Publish (handlers/event_announcements.py).

announce-question =
    📣 The event <b>{ $title }</b> is ready. Who should I tell about it?

    { $options }

    Whoever gets the announcement can answer Going or Maybe right away.
announce-option-all = 📣 <b>Everyone it's for</b>: { $reaches }
announce-option-project = 👥 <b>Only the participants of «{ $project }»</b>: { $reaches }
announce-option-none = 🔕 <b>Nobody</b>: it's in /events anyway for whoever looks.
announce-reaches = { $total ->
        [one] 1 person.
       *[other] { $total } people.
    }
announce-reaches-minors = { $total ->
        [one] 1 person, under 18.
       *[other] { $total } people, { $minors } of them under 18.
    }
announce-reaches-nobody = nobody for now (no member fits, or those who do switched announcements off).
announce-button-all = 📣 Everyone ({ $total })
announce-button-project = 👥 Only participants ({ $total })
announce-button-none = 🔕 Nobody, just publish
announce-button-back = ◀️ Back to the preview
announce-told-nobody = 🔕 No announcement: the event is in /events for whoever looks.
announce-fits-nobody = 🔕 No announcement: there's nobody to tell for now. The event is in /events.
announce-waits = { $total ->
        [one] ⏳ The announcement to 1 person waits for a moderator's OK. I'll tell you when it goes.
       *[other] ⏳ The announcement to { $total } people waits for a moderator's OK. I'll tell you when it goes.
    }
announce-waits-minors = ⏳ The announcement to { $total ->
        [one] 1 person
       *[other] { $total } people
    } waits for a moderator's OK, because { $minors ->
        [one] one is
       *[other] { $minors } are
    } under 18. I'll tell you when it goes.
announce-going = { $total ->
        [one] 📣 The announcement is going out to 1 person.
       *[other] 📣 The announcement is going out to { $total } people.
    }
announce-quiet = 🌙 { $minors ->
        [one] 1 under 18 gets it
       *[other] { $minors } under 18 get it
    } when quiet hours end: { $until }.
announce-copy =
    📣 <b>New event!</b>{ $line }

    { $card }
announce-copy-moved = 📅 Moved: it was { $was }.
announce-copy-cancelled = ❌ <b>Cancelled.</b> Sorry! See /events for other events.
announce-approval-first = A moderator approves it before it goes.
newevent-cancelled-published = OK: the event stays published, but I haven't announced it to anyone. You'll find it in /manageevents.
announce-staff-pressed = 👀 These buttons are for members: that's how they'll see the announcement. You don't need to answer.
# Under an event announcement's copy, as under any announcement.
announce-copy-footer = <i>No more announcements? /settings</i>
