## Small fixes: hours a week, dates with the year, screens already up to date

# A range picked with a button ("3–5 hours"), said in full.
hours-weekly = { $hours } a week
# A date without a time (a deadline); the year is there when it is not this year.
day-month-year = { $day } { $month } { $year }
# A button pressed again shows exactly what is already on the screen.
screen-unchanged = 👌 Already up to date: nothing has changed.
