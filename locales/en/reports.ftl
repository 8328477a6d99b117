# Reports and help (rules 19 and 25).

command-report = Report a problem or ask for help
command-reports = Reports (for the leads)

# Someone who writes about feeling bad, bullying, harassment or danger.
distress-heard = 💛 I read you. I'm sorry you're going through this: you're not alone.
    If you want, I'll tell the adults in the group who look after everyone's safety. Tap below: before sending I'll show you what I send.
distress-emergency = If you are in danger right now, call <b>112</b>.
distress-step-waits = The question from before is still waiting: answer it when you feel like it.
distress-report-button = 📣 Report
report-helplines = 📞 You can call for free, at any hour:
    • <b>114</b> Emergenza Infanzia (child emergency line)
    • <b>19696</b> Telefono Azzurro (also by chat on azzurro.it)
    If you are in danger right now, call <b>112</b>.

# Writing a report in private.
report-choose = 📣 What do you want to report? Choose below.
report-category-bullying = 😞 Bullying, being made fun of
report-category-harassment = 🚫 Harassment or threats
report-category-safety = 🆘 I'm worried about someone
report-category-spam = 📢 Spam or ads
report-category-other = 💬 Something else
report-ask-words = ✏️ Do you want to add a few words? Write them here. It doesn't need to be perfect: just what you feel like saying.
report-no-words = (no extra words)
report-confirm = 📣 This is what I'll send to the safety leads:
    <b>{ $category }</b>
    «{ $words }»
    The person you talk about won't hear it from us.
report-button-skip = ⏭️ Skip
report-button-send = ✅ Send
report-button-change = 🔁 Change type
report-button-drop = ✖️ Never mind
report-dropped = OK, I sent nothing. If you change your mind, type /report.
report-draft-gone = This report was already sent or dropped. For a new one, type /report.
report-thanks = 💛 Thank you: your report reached the safety leads. You did the right thing telling us. I'll write to you when they have looked at it.
report-looked-at = 💛 The leads have looked at your report of { $when } { $where ->
        [group] about the message in the group
       *[other] about: { $about }
    }. Thank you again for making it. If it happens again, or you have more to say, type /report.

# In groups.
report-group-pointer = 📣 To report a message, reply to it with /report. For anything else write to me in private: nobody sees what you write there.
report-group-received = 💛 Report received, thank you. If you want to add something, write to me in private.
report-open-private = 💬 Write to me in private

# The card for the leads and the moderators' chat.
report-card-heading = 🚩 <b>Report no. { $number }</b> — { $category }
    🕐 { $when }
report-card-group = 👥 Group: { $group }
report-card-quoted = 💬 Message: «{ $quoted }»
report-card-no-text = (a message without text)
report-card-words = 📝 The reporter's words: «{ $words }»
report-card-reporter = 🙋 Reported by: { $who }
report-card-reported = 🎯 Person reported: { $who }
report-card-person = { $name } (age { $band })
report-card-person-no-age = { $name } (age unknown)
report-card-someone = someone we no longer know
report-card-a-lead = a lead
report-card-closed = { $outcome } — by { $by }
report-button-warn = ⚠️ Warn
report-button-mute = 🔇 Mute
report-button-ban = ⛔ Ban
report-button-dismissed = 🙈 Dismiss
report-button-handled = ✅ Handled
report-outcome-open = 🔴 open
report-outcome-dismissed = 🙈 Dismissed
report-outcome-handled = ✅ Handled
report-outcome-warn = ⚠️ Warned
report-outcome-mute = 🔇 Muted
report-outcome-ban = ⛔ Banned
report-decided = Done: every lead sees it.
report-already-handled = Already handled by { $by }: { $outcome }.
report-not-allowed = Only the safety leads and the moderators can handle reports.
report-may-not-act = You can warn, mute or ban only in groups where you are a moderator. Ask a moderator, or mark the report as handled.

# Every day, and /reports.
report-daily = 📋 There { $count ->
        [one] is still <b>1</b> open report
       *[other] are still <b>{ $count }</b> open reports
    }.
report-daily-open-list = 📋 Open the list
reports-none = 📋 No reports, for now.
reports-heading = 📋 <b>Reports</b>: { $open } open of { $total } (page { $page } of { $pages })
reports-line = no. { $number } · { $category } · { $when } · { $state }
reports-open = Open no. { $number }
