## Calendar files: a whole series, and all my events in one file (/myevents)
calendar-event-file = event
calendar-series-caption = 📆 { $title }: every date in one file. Open it to add them to your calendar; if something changes, tap 📆 again for the new file.
    Only want the dates you're going to? /myevents → 📅 All my events in one file.
calendar-mine-button = 📅 All my events in one file
calendar-mine-file = my-events.ics
calendar-mine-caption = 📅 Here's every event you said ✅ Going to, in one file: open it to add them to your calendar. If something changes, ask again from /myevents for the new file.
calendar-mine-none = You haven't said ✅ Going to any upcoming event yet, so there's nothing to put in your calendar.
