## A moved event, told also to those who said they can't come
event-notice-moved-no =
    📅 <b>The event has moved</b> (it was { $was }):

    { $card }

    You said you couldn't come: it's now { $when }. Does that suit you? Tap Going.

## A series in /manageevents
manageseries-item = 🔁 { $title } · { $when } · { $rule } · { $dates ->
        [one] 1 date
       *[other] { $dates } dates
    }
manageseries-dates-heading = 🔁 <b>{ $title }</b>, { $rule }: { $dates ->
        [0] no dates left.
        [one] 1 date to come.
       *[other] { $dates } dates to come.
    } Tap a date to change or cancel it, alone or from it on.
manageseries-date = 📅 { $when }
manageseries-date-cancelled = ❌ { $when } (cancelled)
manageseries-back-dates = ⬅️ Back to the dates
manageseries-change-one = ✏️ Change this date only
manageseries-cancel-one = ❌ Cancel this date only
manageseries-change-from = ✏️ Change from this date on
manageseries-cancel-from = ❌ Cancel from this date on
manageseries-past = This date has already happened: it can't be changed or cancelled any more.
manageseries-already-cancelled = This date is already cancelled. Open the dates again from /manageevents.
manageseries-none-left = There are no dates left from this one on: nothing to change or cancel.
manageseries-not-saved = I couldn't save: one of the dates would have fewer seats than the people already holding one. Nothing was changed.
newevent-problem-series-day = 📅 From this date on, the time can change but not the day. Type just the new time (for example 21:00): each date keeps its own day. To move the series to another day, cancel it from this date on and make a new one with /newevent.
newevent-not-saved-new-day = I couldn't save: from this date on, the time can change but not the day. To move the series to another day, cancel it from this date on and make a new one with /newevent.
newevent-not-saved-dates-changed = Someone changed one of these dates meanwhile: nothing was saved. Look at the dates again from /manageevents.
manageseries-dates-changed = Someone changed one of these dates meanwhile: nothing was changed. Look at the dates again from /manageevents.
manageseries-cancel-one-ask = Cancel only { $day }'s date of «<b>{ $title }</b>»? The other dates stay. { $people ->
        [0] Nobody has answered this date yet.
        [one] The person who answered will be told.
       *[other] The { $people } people who answered will be told.
    }
manageseries-cancel-one-no = ⬅️ No, keep it
manageseries-cancel-one-yes = ❌ Yes, cancel this date
manageseries-cancelled-one = ❌ <b>{ $title }</b> on { $when } is cancelled; the other dates stay. The notice to those who answered:
manageseries-cancel-from-ask = Cancel <b>{ $title }</b> from { $when } on? { $dates ->
        [one] That's 1 date.
       *[other] That's { $dates } dates.
    } { $people ->
        [0] Nobody has answered them yet.
        [one] The person who answered will be told once, with the dates.
       *[other] The { $people } people who answered will be told once each, with their dates.
    }
manageseries-cancel-from-yes = { $dates ->
        [one] ❌ Yes, cancel 1 date
       *[other] ❌ Yes, cancel { $dates } dates
    }
manageseries-cancel-from-no = ⬅️ No, keep them
manageseries-cancelled-from = ❌ <b>{ $title }</b> is cancelled from { $when } on ({ $dates ->
        [one] 1 date
       *[other] { $dates } dates
    }). The notice to those who answered:
manageseries-preview-from = ✏️ <b>Change from this date on</b>: what you change here goes on every date from this one on (a new time is set on each date; the day stays). Tap what to change, then Save. Everyone who answered a changed date is told once.

manageseries-changed-from = ✅ Changes saved on every open date from that one on.

## Told to members
manageseries-see-dates = 📅 The dates and your answers
# One date of a series cancelled: that date, not the whole event ($day: "Thursday 24 December")
series-date-day = { $weekday } { $day } { $month }
event-notice-cancelled-date = ❌ { $day }'s «<b>{ $title }</b>» is cancelled. The other dates stay as they are.
manageseries-notice-date = • { $when }
manageseries-notice-date-moved = • { $when } (was { $was })
manageseries-notice-more = …and { $count } more
manageseries-notice-changed =
    📅 <b>{ $title }</b> has changed. Your { $count ->
        [one] date:
       *[other] dates:
    }
    { $dates }

    { $card }

    Your answers stay as they were: to change one, tap below.
manageseries-notice-cancelled =
    ❌ <b>{ $title }</b> is cancelled on { $count ->
        [one] this date:
       *[other] these dates:
    }
    { $dates }

    Sorry! Have a look at /events for other ones.

## Told to the other organisers
manageseries-cocoord-changed = ✏️ { $who ->
        [admin] An admin
       *[staff] { $name }
    } changed several dates of "{ $title }". You'll find them in /manageevents.
manageseries-cocoord-cancelled = 🚫 { $who ->
        [admin] An admin
       *[staff] { $name }
    } cancelled several dates of "{ $title }": everyone who answered gets the notice.
