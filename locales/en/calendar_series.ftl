## Calendar files: a whole series, and all my events in one file (/myevents)
calendar-event-file = event
calendar-series-caption = 📆 { $title }: every date is in here, always at the same time. Open the file to add them to your calendar. If something changes, tap 📆 again and your calendar updates.
calendar-mine-button = 📅 All my events in one file
calendar-mine-file = my-events.ics
calendar-mine-caption = 📅 Here's every event you said ✅ Going to, in one file: open it to add them to your calendar. If something changes, ask again from /myevents and your calendar updates.
calendar-mine-none = You haven't said ✅ Going to any upcoming event yet, so there's nothing to put in your calendar.
