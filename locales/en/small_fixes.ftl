## Small fixes: hours a week, dates with the year, screens already up to date

# A range picked with a button ("3–5 hours"), said in full.
hours-weekly = { $hours } a week
# A date without a time (a deadline, the last day a link works), always with its year.
day-month-year = { $day } { $month } { $year }
# An event in a list, when it is not this year's: "Sat 9 Jan 2027 18:30".
event-date-short-year = { $weekday } { $day } { $month } { $year } { $time }
# A button pressed again shows exactly what is already on the screen.
screen-unchanged = 👌 Already up to date: nothing has changed.
