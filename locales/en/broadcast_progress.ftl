# The sender's status message of a broadcast, its final report, and /broadcasts.

broadcast-progress-title-running = 📣 <b>Sending your announcement</b>
broadcast-progress-title-waiting = 📣 <b>Announcement sent</b> (some copies go later)
broadcast-progress-title-final = ✅ <b>Announcement sent</b>
broadcast-progress-title-cancelled = ✋ <b>Sending stopped</b>
broadcast-progress-what = “{ $preview }”
broadcast-progress-what-event = New event: “{ $preview }”
broadcast-progress-what-photo = A photo
broadcast-progress-what-document = A document
broadcast-progress-bar = { $bar } { $percent }%
broadcast-progress-sent-of = Sent to { $sent } of { $total }
broadcast-progress-sent = { $count } sent
broadcast-progress-held = { $count ->
    [one] 1 waits
   *[other] { $count } wait
} { $until } (quiet hours for under-18s)
broadcast-progress-blocked = { $count ->
    [one] 1 has blocked the bot or can't be reached
   *[other] { $count } have blocked the bot or can't be reached
}
broadcast-progress-switched_off = { $count ->
    [one] 1 switched announcements off since
   *[other] { $count } switched announcements off since
}
broadcast-progress-failed = { $count ->
    [one] 1 copy didn't go: Telegram refused it
   *[other] { $count } copies didn't go: Telegram refused them
}
broadcast-progress-unknown = { $count ->
    [one] 1 may have arrived: not sent again, to be safe
   *[other] { $count } may have arrived: not sent again, to be safe
}
broadcast-progress-gone = { $count ->
    [one] 1 left the community
   *[other] { $count } left the community
}
broadcast-progress-cancelled = { $count ->
    [one] 1 not sent because sending was stopped
   *[other] { $count } not sent because sending was stopped
}
broadcast-progress-until-today = until { $time }
broadcast-progress-until-tomorrow = until tomorrow at { $time }
broadcast-progress-until-day = until { $when }
broadcast-progress-left-unknown = Working out how long it takes…
broadcast-progress-left-under-minute = Less than a minute left.
broadcast-progress-left-minutes = { $count ->
    [one] About a minute left.
   *[other] About { $count } minutes left.
}
broadcast-progress-left-hours = { $count ->
    [one] About an hour left.
   *[other] About { $count } hours left.
}
broadcast-progress-held-gone = ✅ The copies that waited for quiet hours to end ({ $count }) have gone out. The announcement has now reached { $sent } people: the report is in /broadcasts.
button-broadcast-stop = ✋ Stop sending
button-broadcast-csv = 📄 Who wasn't reached (CSV)
