## Invitations accepted: whoever says yes to an invitation is in (no second accept)
invitation-card = 💌 You're invited to join "{ $title }"! Tap ✅ to take part: the coordinators asked you, so you're in at once. Or answer later in /myapplications.
invitation-accept = ✅ I'm in
invitation-joined = 🎉 You're in "{ $title }"! I've told the coordinators: they'll write to you here in the bot. To write to them: /myapplications.
invitation-full = 😕 "{ $title }" filled up in the meantime: I can't add you now. Your invitation stays in /myapplications, and the coordinators know you'd like to join.
invitation-closed = "{ $title }" isn't taking new people right now (it's closed, past its deadline or not for your age). Your invitation stays in /myapplications.
invitation-accepted-told = 🎉 { $name } accepted your invitation to "{ $title }": now { $taken } of { $places }. Nothing for you to confirm.
invitation-full-told = 🙋 { $name } accepted your invitation to "{ $title }", but it's full. To make room: /myprojects → the project → ✏️ Edit → Places; then they can accept again from /myapplications.

## Lists to download (a CSV Excel opens as it is)
export-participants-button = 📥 Download the list (Excel)
export-csv-button = 📄 CSV
export-answers-button = 📥 Download the list (Excel)
export-not-yours = This list isn't yours: it's for whoever coordinates the project or organises the event.
export-just-sent = 📎 I've just sent it: look just below.
export-participants-none = 👥 Nobody takes part in this project or has applied yet: there's no list to download.
export-answers-none = 📋 Nobody has answered this event yet: there's no list to download.
export-column-name = First name
export-column-age = Age
export-column-status = Status
export-column-applied = Applied on
export-column-accepted = Accepted on
export-column-message = Message
export-column-answer = Answer
export-column-answered = Answered on
export-status-accepted = taking part
export-status-applied = waiting for your answer
export-answer-going = Going
export-answer-maybe = Maybe
export-answer-waitlist = Waitlist
export-answer-no = Can't go
export-answer-offered = Seat offered, not confirmed yet
export-file-participants = participants-{ $slug }-{ $date }.{ $extension }
export-file-answers = answers-{ $slug }-{ $date }.{ $extension }
export-participants-caption = 👥 { $title }: { $accepted } taking part, { $waiting } waiting for your answer. No usernames, ids or contacts: first names, age bands, dates and what each wrote when applying. Keep the file for the project and delete it when you no longer need it.
export-answers-caption = 📋 { $title }: { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }.{ $unnamed ->
        [0] {""}
       *[other] {" "}{ $unnamed } more (maybe, waitlist or can't go) don't share their profile: counted, not named.
    } Keep the file for the event and delete it when you no longer need it.

## Who's coming (rule 16: the names of everyone Going)
who-heading = 👥 <b>{ $title }</b>: who's coming{ $pages ->
        [1] {""}
       *[other] {" "}(page { $page } of { $pages })
    }
who-going = ✅ Going ({ $count }): { $names }
who-unnamed = { $count ->
        [one] One of them
       *[other] { $count } of them
    } not named yet: a moderator is still checking their guardian's consent.
who-others = 🤔 Maybe: { $maybe } · ⏳ Waitlist: { $waiting }
who-offered = 🎟️ Offered a freed seat, not confirmed yet: { $count }

## Candidates: where the invitations stand
candidates-invited-heading = 💌 <b>Already invited</b>
candidates-invited-line = • { $name } — { $state }
candidates-invited-waits = invitation ready, it goes out { $until } (we don't message minors at night)
candidates-invited-invited = invitation sent, no answer yet
candidates-invited-accepted = ✅ accepted
candidates-invited-applied = applied: waiting for your answer
candidates-invited-invite_declined = said no, thanks
candidates-invited-declined = application not accepted
candidates-invited-withdrawn = withdrew
candidates-invited-left = left the project

## Records
modlog-do-invitation-accepted = { $who } accepted an invitation to a project
modlog-do-project-participants_exported = { $who } downloaded the participants of a project
modlog-do-event-attendees_exported = { $who } downloaded the answers to an event
