## One date of a series moved on its own
seriesfix-notice-date-moved =
    📅 <b>Only one date of «{ $title }» has moved</b>: it was { $was }, now it's { $when }. The other dates stay as they are.

    { $card }

    Still coming? Then there's nothing to do. If you can't make it any more, tap I can't come.
seriesfix-notice-date-moved-no =
    📅 <b>Only one date of «{ $title }» has moved</b>: it was { $was }, now it's { $when }. The other dates stay as they are.

    { $card }

    You said you couldn't come to this date: does the new time suit you? Tap Going.
seriesfix-notice-date-moved-maybe =
    📅 <b>Only one date of «{ $title }» has moved</b>: it was { $was }, now it's { $when }. The other dates stay as they are.

    { $card }

    You said maybe for this date: are you coming?
seriesfix-card-moved = 🔁 Part of «{ $title }» ({ $rule }) · <b>this date moved to { $when }</b>
seriesfix-list-moved = this date moved (it was { $day })
seriesfix-manage-moved = { $when } (moved)
seriesfix-preview-edit-one = ✏️ <b>Change this date only</b>: what you change here applies to this date alone; the other dates stay as they are. Tap what to change, then Save. If the time or place changes, everyone who answered is told.
## Paged lists: the place of ⬅️ on the first page and of ➡️ on the last
page-edge = · { $page }/{ $pages } ·
page-edge-first = You're on the first page.
page-edge-last = That's the last page.
## /manageevents while events are in progress: the heading counts every row
seriesfix-manageevents-heading = 🗂️ <b>Your events</b> ({ $count }): { $live } in progress, { $upcoming ->
        [0] none coming up
       *[other] { $upcoming } coming up
    }. Tap one to see answers, edit or cancel it.
## Under a notice of a change, to someone going
seriesfix-calendar-update = 📆 Update my calendar
## Changing a series from a date on: only the time is asked
seriesfix-start-from-on =
    🕒 At what time, from { $day } on? Type just the time, for example 21:00: every date keeps its own day.
