# Repeating events: the rule, /newevent ("Does it repeat?", "Until when?"), /events and /myevents.

## The rule in words ($weekday: the day's name; $day: 0 Monday … 6 Sunday; $week: 1-4)
series-rule-weekly = every { $weekday }
series-rule-fortnightly = every two weeks on { $weekday }{ $day ->
       *[other] {""}
    }
series-rule-monthly = the { $week ->
        [1] first
        [2] second
        [3] third
       *[4] fourth
    } { $weekday } of every month{ $day ->
       *[other] {""}
    }
series-rule-monthly-last = the last { $weekday } of every month{ $day ->
       *[other] {""}
    }

## /newevent: does it repeat?
newevent-repeat = 🔁 ({ $number }/{ $total }) Does it repeat? The first one is <b>{ $when }</b>.
series-button-once = 1️⃣ Only once
series-button-weekly = 🔁 Every week ({ $weekday })
series-button-fortnightly = 🔁 Every two weeks
series-button-monthly = 📅 Every month, { $rule }
series-button-monthly-fifth = 📅 Every month, 5th { $weekday }{ $day ->
       *[other] {""}
    }
series-which = { $week ->
        [1] 1st
        [2] 2nd
        [3] 3rd
       *[4] 4th
    } { $weekday }{ $day ->
       *[other] {""}
    }
series-which-last = last { $weekday }{ $day ->
       *[other] {""}
    }

## /newevent: until when?
newevent-repeat_end = 🏁 ({ $number }/{ $total }) Until when? It repeats <b>{ $rule }</b>, from { $first }.
    Tap, or type the last date (<code>30/06</code>) or how many times (<code>12</code>).
series-end-m3 = 🗓️ For 3 months
series-end-june = 🎓 Until the end of the school year (June)
series-end-n10 = 🔟 10 times
newevent-problem-series-end = 🤔 I didn't get that. Type the last date, for example <code>30/06</code> or <code>end of April</code>, or how many times, for example <code>12</code>.

## Why a rule can't be (above the same question)
series-problem-no-end = 🏁 A series needs an end: type the last date or how many times (100 at most), or tap one of the choices.
series-problem-too-many = 🔢 That would be { $count } dates, but 100 is the most. With 100 dates the last one would be on { $last }: pick an end by that day.
series-problem-too-many-lots = 🔢 That would be a great many dates, but 100 is the most. With 100 dates the last one would be on { $last }: pick an end by that day.
series-problem-end-before-start = 📅 That date comes before the first one ({ $first }): pick an end after the start.
series-problem-fifth-weekday = 📅 { $date } is the fifth { $weekday } of the month, and many months don't have a fifth one. Shall it be the last { $weekday } of every month?{ $day ->
       *[other] {""}
    }
series-problem-wrong-week = 📅 That day of the month doesn't match the start date: choose again.
series-problem-no-such-time = 🕑 On { $on } there is no { $time }: the clocks go forward an hour that night. Pick another end, or correct the start time.

## The preview
series-preview = 🔁 <b>Repeats { $rule }</b>: { $count ->
        [one] 1 date
       *[other] { $count } dates
    }
    📅 { $dates }{ $more }
    🏁 The last: { $last }
series-preview-more = , …
series-preview-long = ⚠️ { $count } dates: { $span ->
        [year] almost a year
        [more] more than a year
       *[months] about { $months } months
    }. Check the end is the right one.
newevent-edit-repeat = ✏️ Repeats

## For members: /events, the card, the dates
series-line = 🔁 { $rule } · { $count ->
        [one] 1 more date
       *[other] { $count } dates
    }
series-mine = 🔁 { $rule } · you're going to { $going } of { $count }
series-card = 🔁 <b>Repeats { $rule }</b> · { $count ->
        [one] the last date
       *[other] { $count } dates, until { $until }
    }
series-button-all = ✅ Going to all
event-answered-going-date = 🎉 You're going on { $day }! Your seat is saved.
event-answered-going-open-date = 🎉 You're going on { $day }! See you there.
series-button-all-dates = ✅ Going to all the dates
series-button-none = ❌ Can't go to any
series-button-dates = 📅 Other dates
series-dates-heading = 📅 <b>{ $title }</b>: the next dates ({ $count }). Tap a date to answer just that one.
series-date-line = { $number }. { $when }{ $status }
series-back = ⬅️ Back to the event
series-going-all = ✅ You're going to { $count ->
        [one] 1 date
       *[other] { $count } dates
    }. You'll get a reminder for each.
series-going-all-waiting = ⏳ On { $when } it's full: you're number { $place } on the waitlist. If a seat frees up, I'll tell you.
series-going-all-waiting-many = ⏳ { $count } more dates are full: you're on the waitlist. If a seat frees up, I'll tell you.
series-going-all-only-waiting = ⏳ They're all full: you're on the waitlist for { $count ->
        [one] 1 date
       *[other] { $count } dates
    }. If a seat frees up, I'll tell you.
series-cannot-any = All right: you're not going to any of the next dates.
series-none-left = 📅 There are no more dates planned for this event.
