# /stats and /export: the community's figures for staff, the CSV files for admins.
command-stats = The community in numbers, with a chart
command-export = Download the data as spreadsheets (admins)

stats-empty = 📊 No members yet: as soon as someone finishes signing up, you'll find the community's numbers and a chart here 🌱
stats-summary =
    📊 <b>The community on { $date }</b>
    👥 Members: { $members } ({ $new } in the last 12 weeks)
    🎂 { $bands }
    📍 { $cities }
    🧩 { $projects ->
        [0] No projects yet
       *[other] Open projects: { $open } of { $projects }
    }
    📝 Applications: { $waiting } waiting, { $accepted } accepted
    📅 Events held: { $past } · coming: { $upcoming }.{ $shown ->
        [0] {""}
        [one] {" "}The latest with limited seats: { $going } “Going” for { $seats } seats.
       *[other] {" "}The latest { $shown } with limited seats: { $going } “Going” for { $seats } seats.
    }
    ℹ️ Cities and causes with fewer than 5 members are counted under “Other” and age bands with fewer than 5 are joined to the next one, so nobody can be recognised. Real attendance isn't recorded yet: we count “Going” answers.
stats-item = { $name }: { $count }
stats-none = nothing yet
stats-other = Other
stats-remote = Online only
stats-project-open = Open projects
stats-project-paused = Paused projects
stats-project-closed = Closed projects
stats-project-draft = Draft projects
stats-application-applied = Applications waiting
stats-application-invited = Invitations not answered
stats-application-accepted = Applications accepted
stats-application-declined = Applications not accepted
stats-application-invite_declined = Invitations declined
stats-application-withdrawn = Applications withdrawn
stats-application-left = Left a project

stats-chart-title = The community on { $date }
stats-chart-ages = Members by age
stats-chart-cities = Members by city
stats-chart-causes = Members by cause (several allowed)
stats-chart-growth = New members per week (from Monday)
stats-chart-projects = Projects and applications
stats-chart-turnout = Recent events: “Going” and seats
stats-chart-no-events = No past events yet
stats-chart-no-projects = No projects yet
stats-chart-footnote = Cities and causes with fewer than 5 members are counted under “Other”; age bands with fewer than 5 are joined to the next one. Attendance isn't recorded yet: events show “Going” answers against their seats.

export-intro =
    📦 <b>The community's data, in 5 files</b>
    They open in Excel or LibreOffice. No names, usernames or Telegram ids: each member is only a row number.
    👥 Members: { $members } · 🧩 Projects: { $projects } · 📅 Events: { $events } · ✅ Answers to events: { $answers }
    Words like climate, weekends or going are codes, the same in every language: the file legend.csv says what each one means.
    This is young people's personal data: keep it safe and delete it when you no longer need it.
export-caption-members = 👥 Members: age band, city, causes, skills, availability, consents.
export-caption-projects = 🧩 Projects, with their applications.
export-caption-events = 📅 Events, with their answers.
export-caption-attendance = ✅ Who answered each event (the row number in the members file).
export-caption-legend = 📖 Legend: what each code in the files means.
export-legend-file = file
export-legend-column = column
export-legend-code = code
export-legend-meaning = meaning
export-code-flag-1 = Yes
export-code-flag-0 = No
export-code-language-it = Italian
export-code-language-en = English
export-code-event-open = Confirmed
export-code-event-cancelled = Cancelled
export-code-answer-going = Going
export-code-answer-maybe = Maybe
export-code-answer-no = Can't go
export-code-answer-waitlist = On the waitlist
export-code-answer-offered = A seat freed up, waiting for them to confirm
