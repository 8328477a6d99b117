# Reports: after the first tries with real people.

report-card-person-staff = { $name } (staff)
report-card-reporters = 👥 Reported by { $count } people
report-card-note = 📝 Reason: { $note }
report-already-reported = 💛 You had already reported that message: it is among the open reports and the leads can see it. Thank you!
report-words-kept = ✏️ I kept your words. Now choose below what it is about.

# Before dismissing or acting on a report: the reason.
report-reason-ask-dismissed = 🙈 Dismiss report no. { $number }? Choose the reason: it stays written on the report.
report-reason-ask-warn = ⚠️ A warning for report no. { $number }: which rule? The person reads only the rule, never that someone reported them.
report-reason-ask-mute = 🔇 A mute for report no. { $number }: which rule? The person reads only the rule, never that someone reported them.
report-reason-ask-ban = ⛔ A ban for report no. { $number }: which rule? The person reads only the rule, never that someone reported them.
report-reason-minor = 💛 This is a plea from someone under 18: dismissing it needs a reason.
report-reason-type = ✏️ Or type the reason here.
report-reason-none = 🙈 Dismiss without a reason
report-reason-fine = Nothing serious
report-reason-solved = Already solved another way
report-reason-respect = Respect for everyone
report-reason-harassment = No harassment or threats
report-reason-contacts = No numbers, contacts or invitations to other apps
report-reason-spam = No spam
report-reason-back = ↩️ Leave it open
report-reason-back-done = ↩️ All right, the report stays open.
report-needs-reason = Dismissing a plea from someone under 18 needs a reason: choose one below.
report-unchanged = ℹ️ Nothing changed in the group: { $why ->
        [already] it was already so (already muted or banned).
        [not-in-group] the person is no longer in the group.
        [higher-rank] the person is an administrator of the group.
        [bot-lacks-right] the bot lacks a permission in the group.
       *[other] it was not possible.
    } The report stays open: mark it ✅ Handled when you are done.

# Safeguarding leads (SAFEGUARDING_IDS) who are not staff.
start-lead =
    Hi { $name }! You are one of the people who look after <b>safety</b> at Generazione Changemaker.
    📣 When someone makes a report or asks for help, a card reaches you here: you can write to whoever reported, mark it handled, or dismiss it with a reason.
    📋 /reports shows every report, open ones first.
    🛡️ To warn, mute or ban in the groups, ask an administrator to invite you as a moderator.
help-lead =
    🛡️ <b>For the safety leads</b>
    { $commands }
    Report cards reach you here by themselves. To warn, mute or ban in the groups, ask an administrator to invite you as a moderator.

# Writing to whoever reported: every lead sees it (rule 17).
report-button-write = ✉️ Write to { $name }
report-write-ask = ✏️ Type your message for { $name } here (report no. { $number }). They get it from the bot, with a button to reply; every other lead reads it too. /cancel to leave it.
report-write-start-me = To write, first open the private chat with the bot and press Start, then press ✉️ again.
report-write-sent = ✅ Sent. A copy reached every lead.
report-write-unreachable = ℹ️ I could not deliver it: the person blocked the bot or is gone. I did not keep the message.
report-write-contacts = ✋ No numbers, e-mails, @names or invitations to other apps: write the message again without them.
report-write-no-report = This report is gone, or whoever made it erased their data.
report-to-reporter =
    💛 A message from the safety leads about your report:
    «{ $text }»
    If you want to reply, press below: only they read your answer.
report-reply-button = 💬 Reply
report-reply-ask = ✏️ Type your answer here: the safety leads read it. /cancel to leave it.
report-reply-sent = 💛 Sent to the safety leads. Thank you.
report-reply-unreachable = 💛 Sent to the safety leads. Thank you.
report-reply-contacts = ✋ For safety I do not pass on numbers, e-mails, @names or invitations to other apps. Write it again without them.
report-reply-no-report = This report is gone. If you want, type /report.
report-post-to-reporter = ✉️ <b>Report no. { $number }</b> — { $author } wrote to { $reporter }:
    «{ $text }»
report-post-from-reporter = 💬 <b>Report no. { $number }</b> — { $reporter } replied:
    «{ $text }»
report-thread-to-reporter = ✉️ { $author }: «{ $text }»
report-thread-from-reporter = 💬 { $author }: «{ $text }»

# In the moderation log (/modlog).
modlog-do-report-joined = { $who } reported a message already reported
modlog-do-report-unchanged = { $who } tried to act on a report, but nothing changed in the group
modlog-do-report-message = { $who } wrote to whoever made a report
modlog-do-report-reply = { $who } replied to the leads about a report
