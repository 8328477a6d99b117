## A moved event, told also to those who said they can't come
event-notice-moved-no =
    📅 <b>The event has moved</b> (it was { $was }):

    { $card }

    You said you couldn't come: it's now { $when }. Does that suit you? Tap Going.

## A series in /manageevents
series-item = 🔁 { $title } · { $when } · { $dates ->
        [one] 1 date
       *[other] { $dates } dates
    }
series-dates-heading = 🔁 <b>{ $title }</b>: { $dates ->
        [0] no dates left.
        [one] 1 date to come.
       *[other] { $dates } dates to come.
    } Tap a date to change or cancel it, alone or from it on.
series-date = 📅 { $when }
series-date-cancelled = ❌ { $when } (cancelled)
series-back-dates = ⬅️ Back to the dates
series-change-one = ✏️ Change this date only
series-cancel-one = ❌ Cancel this date only
series-change-from = ✏️ Change from this date on
series-cancel-from = ❌ Cancel from this date on
series-past = This date has already happened: it can't be changed or cancelled any more.
series-already-cancelled = This date is already cancelled. Open the dates again from /manageevents.
series-none-left = There are no dates left from this one on: nothing to change or cancel.
series-not-saved = I couldn't save: one of the dates has fewer seats than the people already holding one, or someone else changed it meanwhile. Nothing was changed.
series-cancel-one-ask = Cancel only <b>{ $title }</b> on { $when }? The other dates stay. { $people ->
        [0] Nobody has answered this date yet.
        [one] The person who answered will be told.
       *[other] The { $people } people who answered will be told.
    }
series-cancel-one-yes = ❌ Yes, cancel this date
series-cancelled-one = ❌ <b>{ $title }</b> on { $when } is cancelled; the other dates stay. The notice to those who answered:
series-cancel-from-ask = Cancel <b>{ $title }</b> from { $when } on? { $dates ->
        [one] That's 1 date.
       *[other] That's { $dates } dates.
    } { $people ->
        [0] Nobody has answered them yet.
        [one] The person who answered will be told once, with the dates.
       *[other] The { $people } people who answered will be told once each, with their dates.
    }
series-cancel-from-yes = { $dates ->
        [one] ❌ Yes, cancel 1 date
       *[other] ❌ Yes, cancel { $dates } dates
    }
series-cancel-from-no = ⬅️ No, keep them
series-cancelled-from = ❌ <b>{ $title }</b> is cancelled from { $when } on ({ $dates ->
        [one] 1 date
       *[other] { $dates } dates
    }). The notice to those who answered:
series-preview-from = ✏️ <b>Change from this date on</b>: what you change here goes on every date from this one on (a new time moves each date by the same amount). Tap what to change, then Save. Everyone who answered a changed date is told once.

## Told to members
series-notice-date = • { $when }
series-notice-date-moved = • { $when } (was { $was })
series-notice-more = …and { $count } more
series-notice-changed =
    📅 <b>{ $title }</b> has changed. Your { $count ->
        [one] date:
       *[other] dates:
    }
    { $dates }

    { $card }

    Still coming? Then there's nothing to do. To change an answer, use /myevents.
series-notice-cancelled =
    ❌ <b>{ $title }</b> is cancelled on { $count ->
        [one] this date:
       *[other] these dates:
    }
    { $dates }

    Sorry! Have a look at /events for other ones.

## Told to the other organisers
series-cocoord-changed = ✏️ { $who ->
        [admin] An admin
       *[staff] { $name }
    } changed several dates of "{ $title }". You'll find them in /manageevents.
series-cocoord-cancelled = 🚫 { $who ->
        [admin] An admin
       *[staff] { $name }
    } cancelled several dates of "{ $title }": everyone who answered gets the notice.
