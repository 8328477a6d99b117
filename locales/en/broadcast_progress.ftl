# The sender's status message of a broadcast, its final report, and /broadcasts.

broadcast-progress-title-running = 📣 <b>Sending announcement no. { $number }</b>
broadcast-progress-title-waiting = ⏳ <b>Announcement no. { $number }</b>
broadcast-progress-title-final = ✅ <b>Announcement no. { $number } sent</b>
broadcast-progress-title-nobody = ⚠️ <b>Announcement no. { $number }: it reached nobody</b>
broadcast-progress-title-cancelled = ✋ <b>Announcement no. { $number } stopped</b>
# Some sent, the rest wait for quiet hours: the same words in the status message and /broadcasts.
broadcast-waiting = { $sent ->
        [0] 🌙
       *[other] 📣 { $sent } sent ·
    } { $held ->
        [one] 1 goes { $at }
       *[other] { $held } go { $at }
    } (quiet hours for under-18s)
broadcast-progress-what = “{ $preview }”
broadcast-progress-what-event = New event: “{ $preview }”
broadcast-progress-what-event-card = The card of the event “{ $title }”
broadcast-progress-what-event-card-gone = The card of an event that no longer exists
broadcast-progress-what-photo = A photo
broadcast-progress-what-document = A document
broadcast-progress-bar = { $bar } { $percent }%{ $held ->
        [0] {""}
       *[other] {" "}· { $held } waiting
    }
broadcast-progress-sent-of = { $sent ->
        [0] Not sent to anyone yet (of { $total })
       *[other] Sent to { $sent } of { $total }
    }
broadcast-progress-lost = { $count ->
    [one] 1 can no longer be reached (blocked the bot or switched announcements off after the preview)
   *[other] { $count } can no longer be reached (blocked the bot or switched announcements off after the preview)
}
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
broadcast-progress-at-today = at { $time }
broadcast-progress-at-tomorrow = tomorrow at { $time }
broadcast-progress-at-day = on { $when }
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
broadcast-progress-held-gone = ✅ Announcement no. { $number } (“{ $what }”): { $count ->
        [one] the copy that waited for quiet hours to end has gone out.
       *[other] the { $count } copies that waited for quiet hours to end have gone out.
    } It has now reached { $sent ->
        [one] 1 person
       *[other] { $sent } people
    }: the report is in /broadcasts.
button-broadcast-stop = ✋ Stop sending
button-broadcast-stop-held = { $count ->
    [one] ✋ Don't send the one waiting
   *[other] ✋ Don't send the { $count } waiting
}
button-broadcast-csv = 📄 Who wasn't reached (CSV)
modlog-do-broadcast-not_reached_read = { $who } downloaded the list of who didn't receive an announcement

# /broadcasts
command-broadcasts = Your announcements: how they went, change or cancel (staff)
broadcasts-empty = 📣 No announcements yet. Write one with /broadcast.
broadcasts-heading = 📣 <b>Your announcements</b> ({ $count }) · page { $page } of { $pages }
    Tap a number to see its report or change it.
broadcasts-open = no. { $number }
broadcasts-heading-all = 📣 <b>All staff announcements</b> ({ $count }) · page { $page } of { $pages }
    Tap a number to see its report or change it.
broadcasts-line = <b>no. { $number }</b> · { $day } · { $what }
    { $state }
broadcasts-state-awaiting_approval = ⏳ Waiting for a moderator's OK
broadcasts-state-scheduled = 🗓 Goes out { $when }
broadcasts-state-sending = 📤 Going out: { $sent } of { $total }
broadcasts-state-done = { $held ->
    [0] ✅ Sent to { $sent } of { $total }
   *[other] ✅ Sent to { $sent } of { $total } · { $held } waiting for quiet hours to end
}
broadcasts-state-cancelled = ✋ Stopped · sent to { $sent } of { $total }
broadcasts-state-rejected = ❌ Not approved
broadcasts-detail-heading = 📣 <b>Announcement no. { $number }</b>
broadcasts-detail-written = ✍️ Written { $day }
broadcasts-detail-went = 📤 Went out { $when }
broadcasts-detail-goes = 🗓 Goes out { $when }, if approved
broadcasts-rejected-why = The reason: “{ $reason }”
button-broadcast-time = 🕒 Change time
button-broadcast-cancel = 🗑 Cancel
button-broadcast-withdraw = ↩️ Withdraw
button-broadcasts-back = ⬅️ All announcements
broadcasts-confirm-stop = ✋ Stop sending? Those who got it keep it; the others won't get it.
button-broadcasts-confirm-stop = ✋ Yes, stop sending
broadcasts-confirm-cancel = 🗑 Cancel this announcement? It won't go out.
button-broadcasts-confirm-cancel = 🗑 Yes, cancel it
button-broadcasts-keep = ⬅️ No, leave it
broadcasts-stopok-done = ✋ Done: sending has stopped. The others won't get it.
broadcasts-cancelok-done = 🗑 Done: the announcement is cancelled and won't go out.
broadcasts-withdraw-done = ↩️ Done: you withdrew it, moderators won't see it any more.
broadcasts-ask-time = 🕒 When should it go out? Type day and time, for example <code>12/03 18:30</code>, <code>tomorrow 18:30</code> or <code>saturday 10:00</code>. /cancel to leave it as it is.
broadcasts-time-done = ✅ Done: it goes out { $when }.
broadcasts-time-already = ℹ️ It can't be changed any more: it has gone out or was cancelled.
broadcasts-time-not-allowed = ℹ️ This announcement isn't yours to change.
broadcasts-csv-nobody = ✅ Everyone got it: there's nobody to list.
broadcasts-csv-name = First name
broadcasts-csv-reason = Why they didn't get it
broadcasts-csv-file = announcement-{ $day }-not-reached.csv
broadcasts-csv-caption = 📄 Who didn't get announcement no. { $number } ({ $count }): first name and reason. Opens in Excel or Sheets.
broadcasts-reason-pending = Not sent yet
broadcasts-reason-sending = Being sent
broadcasts-reason-held = Waiting for quiet hours to end
broadcasts-reason-blocked = Blocked the bot or can't be reached
broadcasts-reason-switched_off = Switched announcements off
broadcasts-reason-failed = Telegram refused it
broadcasts-reason-unknown = May have arrived: not sent again, to be safe
broadcasts-reason-gone = Left the community
broadcasts-reason-cancelled = Sending stopped first
broadcasts-reason-other = Not reached
broadcasts-tag-sending = 📤 Going out now
broadcasts-tag-done = ✅ Finished
broadcasts-tag-cancelled = ✋ Stopped
broadcasts-state-unsent = ✋ Cancelled before it went out
broadcasts-already-cancelled = ℹ️ It's already cancelled.
broadcasts-stopok-already = ℹ️ Sending had already been stopped at { $time }.
broadcasts-stopok-yours = ✋ Done: you stopped it at { $time }. The others won't get it.
broadcasts-already-sending = ℹ️ It's already going out: to stop it, tap “Stop sending”.
broadcasts-already-done = ℹ️ It has already gone out: there's nothing left to stop or cancel.
broadcasts-already-changed = ℹ️ It changed in the meantime: here it is as it is now.
broadcasts-no-longer-staff = ℹ️ You're no longer on the staff: /broadcasts and its buttons aren't for you any more.
