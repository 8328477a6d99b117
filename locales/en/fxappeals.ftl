# Appeals and rights around moderation: help beside an appeal's words (rule 25).
help-beside-minor = 💛 If someone is making you feel bad, you can also report it below. 📞 114 and 19696 are free, at any hour.
help-beside-adult = 💛 If someone is making you feel bad, you can also report it below. If you are in danger right now, call 112.

# /deleteme: what stays (rule 11), said before and after.
deleteme-stays = { $what ->
        [sanctions] ⚖️ Warnings, mutes and bans still running stay, under a code that doesn't say who you are: deleting yourself doesn't lift them.
        [reports] 📣 The reports you made stay, without your name, so the safety leads can finish looking after them.
       *[both] ⚖️ Warnings, mutes and bans still running stay (under a code that doesn't say who you are), and so do the reports you made, without your name.
    }

# /mydata: the reports you made.
mydata-reports = 📣 <b>The reports you made</b> ({ $count })
mydata-report = • { $date }, { $category }: "{ $words }" ({ $state })
mydata-report-open = the safety leads are looking at it
mydata-report-handled = the safety leads dealt with it
mydata-report-dismissed = closed
mydata-reports-more = …and { $count ->
        [one] one more
       *[other] { $count } more
    } in the file.
