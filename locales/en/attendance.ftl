## Attendance: after an event its organisers mark who came (and each one's hours)
attendance-ask = ⏰ "{ $title }" ({ $when }) has ended: who came?
    Mark attendance: whoever came is credited the event's hours. You can correct it for 14 days.
attendance-open = 📋 Mark attendance
attendance-heading = 📋 <b>Who came to "{ $title }"</b> · { $when }
attendance-count = ✅ Marked: { $marked } · said Going: { $going }
attendance-page = Page { $page } of { $pages }
attendance-unnamed = { $count ->
        [one] 1 more person said Going, but I can't show you their name yet (a parent's consent is being checked).
       *[other] { $count } more people said Going, but I can't show you their names yet (a parent's consent is being checked).
    }
attendance-how = Tap a name to mark them (or take it back). Each is credited the event's hours; to change them: ⏱️ Hours.
attendance-nobody-going = Nobody said Going. Did someone come anyway? Tap ➕ Add a member who came.
attendance-closed-since = 🔒 Corrections closed on { $when }: you can only look and download the list.
attendance-person-off = ⬜ { $name }
attendance-person-on = ✅ { $name } · { $hours }
attendance-all = ✅ All of them
attendance-add = ➕ Add a member who came
attendance-hours-button = ⏱️ Hours
attendance-file-csv = 📄 CSV
attendance-file-xlsx = 📥 Excel
attendance-ended-back = ⬅️ Ended events
attendance-back = ⬅️ Back to the list
attendance-all-done = { $count ->
        [0] They were all marked already.
        [one] Marked 1 person.
       *[other] Marked { $count } people.
    }
attendance-already = It was like that already: nothing changed.
attendance-gone = This person is no longer in the community: I've taken them off the list.
attendance-not-addable = Here you can only add people who answered the event (or another date of its series), take part in its project, or whom you find by name among those the event is for.
attendance-not-ended = The event hasn't ended yet: you can mark attendance after it ends ({ $when }).
attendance-not-yours = This list is for whoever organises the event.
attendance-cancelled = This event was cancelled: there's no attendance to mark.
attendance-closed = 🔒 More than 14 days have passed since the end: corrections are closed.
attendance-add-heading = ➕ <b>Who else came to "{ $title }"?</b>
    Here are those who answered otherwise (another date of the series too) and the project's participants. Tap a name to mark them, or find them with 🔎.
attendance-add-none = ➕ Nobody else answered "{ $title }" or its other dates. Did someone come? Tap 🔎 Type a first name and find them.
attendance-add-none-single = ➕ Nobody else answered "{ $title }". Did someone come? Tap 🔎 Type a first name and find them.
attendance-add-maybe = { $name } · maybe
attendance-add-no = { $name } · couldn't go
attendance-add-waitlist = { $name } · waitlist
attendance-add-offered = { $name } · seat offered
attendance-add-participant = { $name } · in the project
attendance-hours-heading = ⏱️ <b>Hours at "{ $title }"</b>
    Whose hours do you want to change? (At first everyone has the event's hours.)
attendance-hours-ask = ⏱️ How many hours did { $name } give? Pick below or type them (for example 2, 1.5, 1.30 for an hour and a half, 1h30 or 90 min).
attendance-hours-bad = I didn't get how many hours. Type for example 2, 1.5, 1.30, 1h30 or 90 min (from 5 minutes to 24 hours), or /cancel.
attendance-hours-saved = ✅ { $name }: { $hours }.
attendance-not-marked = This person isn't marked as come any more: mark them again, then change the hours.
attendance-hours-unclear = 🤔 "{ $typed }": I can't tell how many hours that is. For an hour and three quarters type 1.45 (hours and minutes) or 1 h 45 min; for an hour and a half, 1.30 or 1,5.
attendance-hours-sure = { $name }: { $hours }, but the event lasted { $lasted }. Are you sure?
attendance-hours-sure-yes = ✅ Yes, { $hours }
attendance-hours-again = ✏️ Type again
attendance-long-event = 🏕️ A long event: each one gets 8 h a day, { $hours } in all. Set anyone's hours with ⏱️ Hours.
attendance-ended-button = 📋 Ended events: attendance
attendance-ended-heading = 📋 <b>Events that ended in the last 90 days</b> ({ $count }). Tap one to mark who came (for 14 days after its end) or to download the list.
attendance-ended-none = None of your events ended in the last 90 days.
attendance-ended-item = { $title } · { $when } · ✅ { $marked }
attendance-project-xlsx = 📥 Attendance (Excel)
attendance-project-csv = 📄 Attendance (CSV)
attendance-file-none = 📋 Nobody is marked as come yet: there's no list to download.
attendance-file-hours = { NUMBER($hours, maximumFractionDigits: 2) }
attendance-file-added = added
attendance-column-name = First name
attendance-column-age = Age
attendance-column-hours = Hours
attendance-column-added = Without having said Going
attendance-column-event = Event
attendance-column-date = Date
attendance-column-total = Total per person
attendance-file-events = { $count ->
        [one] 1 event
       *[other] { $count } events
    }
attendance-file-caption = 📋 Who came to "{ $title }": { $count ->
        [one] 1 person
       *[other] { $count } people
    }, { NUMBER($hours, maximumFractionDigits: 2) } hours in all. Only first names, age bands and hours: no usernames or contacts. Delete the file when you no longer need it.
attendance-project-caption = 📋 Attendance at "{ $title }": { $events ->
        [one] 1 event
       *[other] { $events } events
    }, { $people ->
        [one] 1 person
       *[other] { $people } people
    }, and the total per person at the end. Only first names, age bands and hours. Delete the file when you no longer need it.
export-file-came = attendance-{ $slug }-{ $date }.{ $extension }
export-file-project-came = attendance-project-{ $slug }-{ $date }.{ $extension }
modlog-do-attendance-marked = { $who } marked someone as having come to an event
modlog-do-attendance-unmarked = { $who } took back someone's attendance at an event
modlog-do-attendance-hours_set = { $who } changed the hours of someone who came to an event
modlog-do-attendance-exported = { $who } downloaded who came to an event
modlog-do-attendance-searched = { $who } searched members by first name for who came to an event
attendance-already-marked = { $name } is already marked: nothing changed.
attendance-already-unmarked = { $name } isn't marked: nothing changed.
attendance-add-series = { $name } · another date
attendance-find = 🔎 Type a first name
attendance-find-again = 🔎 Look for another name
attendance-find-ask = 🔎 Who came to "{ $title }"? Type the start of their first name (for example "Nico"), or /cancel.
attendance-find-none = I can't find anyone whose name starts with "{ $typed }" among the people the event is for. Try fewer letters, or /cancel.
attendance-find-short = Type at least two letters of the name (e.g. "Lu" for Luca), or /cancel.
attendance-found-heading = 🔎 Who's "{ $typed }…"? Tap a name to mark them as come.
attendance-found-more = There are more than { $count }: type a few more letters to find them.
attendance-found = { $name } · { $band }
attendance-closed-nobody = Nobody was marked as come.
attendance-file-none-closed = 📋 Nobody was marked as come: there's no list to download.
