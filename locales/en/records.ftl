# Records for moderators: the audit log (/modlog), the member card (/member), the safeguarding
# leads in /staff.

command-modlog = The log of staff actions (moderators)
command-member = A member's card (moderators)

## /modlog

modlog-heading = 📜 <b>Log of actions</b> — { $count } in all · page { $page } of { $pages }, newest first
modlog-heading-about = 📜 <b>Log about { $name }</b> — { $count } in all · page { $page } of { $pages }, newest first
modlog-empty = 📜 The log is empty: nobody has done anything that gets recorded yet.
modlog-empty-about = 📜 Nothing in the log about { $name } yet.
modlog-line = <b>{ $when }</b> · { $what }
modlog-line-details =
    <b>{ $when }</b> · { $what }
       ↳ { $details }

modlog-party-staff = a staff member
modlog-party-admin = an admin
modlog-party-member = a member
modlog-party-guardian = a guardian
modlog-party-someone = someone without a profile
modlog-party-erased = a deleted member
modlog-party-lead = a safeguarding lead
modlog-party-group_admin = a group admin
modlog-party-bot = the bot

modlog-do-other = { $who } did something this version of the bot can't describe yet
modlog-do-other-about = { $who } did something this version of the bot can't describe yet, about { $whom }
modlog-do-age_check-accepted = { $who } let the new birth date count for { $whom }
modlog-do-age_check-kept_first = { $who } kept the first birth date for { $whom }
modlog-do-application-sent = { $who } applied to a project
modlog-do-application-accepted = { $who } accepted { $whom } into a project
modlog-do-application-declined = { $who } declined the application of { $whom }
modlog-do-application-withdrawn = { $who } withdrew an application
modlog-do-application-left = { $who } left a project
modlog-do-application-invite_declined = { $who } declined an invitation to a project
modlog-do-invitation-sent = { $who } invited { $whom } to a project
modlog-do-project-created = { $who } created a project
modlog-do-project-edited = { $who } edited a project
modlog-do-project-open = { $who } opened a project to applications
modlog-do-project-paused = { $who } paused a project
modlog-do-project-closed = { $who } closed a project
modlog-do-project-message_sent = { $who } wrote to a project's participants
modlog-do-project-log_read = { $who } read a project's messages
modlog-do-projects-imported = { $who } imported projects from a spreadsheet
modlog-do-event-created = { $who } created an event
modlog-do-event-updated = { $who } changed an event
modlog-do-event-cancelled = { $who } cancelled an event
modlog-do-event-attendees_viewed = { $who } looked at who is coming to an event
modlog-do-contacts-held = a message from { $who } was held back: it had contact details
modlog-do-contacts-held_to_minor = { $who } tried to send contact details to a minor: held back
modlog-do-guardian_consent-given = { $who } gave consent in the bot for { $whom }
modlog-do-guardian_consent-paper = { $who } recorded a guardian's paper form for { $whom }
modlog-do-guardian_consent-verified = { $who } checked the guardian's consent for { $whom }: valid
modlog-do-guardian_consent-revoked = { $who } found the guardian's consent for { $whom } not valid
modlog-do-guardian_consent-changed = { $who } changed the consents for { $whom }
modlog-do-guardian_consent-withdrawn = { $who } withdrew the consent for { $whom }
modlog-do-consent_history-viewed = { $who } read the consent history of { $whom }
modlog-do-member-erased_self = a member deleted all their data (/deleteme)
modlog-do-member-viewed = { $who } opened the card of { $whom }
modlog-do-staff-invited = { $who } made a staff invite
modlog-do-staff-joined = { $who } confirmed { $whom } on the staff
modlog-do-staff-rejected = { $who } turned down a staff invite opened by { $whom }
modlog-do-staff-demoted = { $who } removed { $whom } from the staff
modlog-do-sanction-warn = { $who } warned { $whom } in the group{ $warnings ->
        [none] {""}
       *[other] {" "}({ $warnings } of { $limit })
    }
modlog-do-sanction-mute = { $who } muted { $whom } in the group
modlog-do-sanction-ban = { $who } banned { $whom } from the group
modlog-do-sanction-kick = { $who } removed { $whom } from the group (free to rejoin)
modlog-do-sanction-unwarn = { $who } took back a warning to { $whom }
modlog-do-sanction-unmute = { $who } let { $whom } write in the group again
modlog-do-sanction-unban = { $who } lifted the ban of { $whom }
modlog-do-sanction-lifted-warn = { $who } took back a warning to { $whom }
modlog-do-sanction-lifted-mute = { $who } let { $whom } write in the group again
modlog-do-sanction-lifted-ban = { $who } lifted the ban of { $whom }
modlog-do-sanction-lifted-kick = { $who } cleared a removal of { $whom }
modlog-do-sanction-refused = { $who } tried a moderation command without the right to: refused
modlog-do-message-deleted = { $who } deleted a message by { $whom } in the group
modlog-do-report-filed = { $who } sent report no. { $number }
modlog-do-report-handled = { $outcome ->
        [dismissed] { $who } dismissed report no. { $number }
        [warn] { $who } dealt with report no. { $number }: a warning
        [mute] { $who } dealt with report no. { $number }: muted
        [ban] { $who } dealt with report no. { $number }: banned
       *[other] { $who } dealt with report no. { $number }
    }
modlog-do-appeal-made = { $who } asked for a sanction to be looked at again (appeal no. { $number })
modlog-do-appeal-upheld = { $who } kept the sanction of { $whom } after appeal no. { $number }
modlog-do-appeal-lifted = { $who } lifted the sanction of { $whom } after appeal no. { $number }
modlog-do-appeal-closed = { $who } closed appeal no. { $number } of { $whom }: the sanction had already ended
modlog-do-appeal-lift_failed = { $who } tried to lift the sanction of { $whom } (appeal no. { $number }): Telegram did not let the bot
modlog-do-groups-held = { $who } kept { $whom } read-only in the group until the sign-up is finished
modlog-do-groups-released = { $who } let { $whom } write in the group: sign-up finished
modlog-do-groups-contacts_removed = { $who } removed a message by { $whom } in the group: it had contact details
modlog-do-stats_viewed = { $who } looked at the community's figures (/stats)
modlog-do-export_made = { $who } downloaded the community's spreadsheets (/export)

modlog-detail-role = role: { $value }
modlog-detail-project = project “{ $value }”
modlog-detail-event = event “{ $value }”
modlog-detail-count = how many: { $value }
modlog-detail-kinds = found: { $value }
modlog-detail-reason = reason: “{ $value }”
modlog-detail-until = until { $value }
modlog-detail-duration = for { $value }
modlog-detail-source = { $value }
modlog-source-flood = automatically: too many messages in a row
modlog-source-warn_limit = automatically: too many warnings
modlog-source-report = from a report
modlog-detail-attempted = wanted to use { $value }
modlog-attempted-warn = /warn
modlog-attempted-mute = /mute
modlog-attempted-ban = /ban
modlog-attempted-kick = /kick
modlog-attempted-unwarn = /unwarn
modlog-attempted-unmute = /unmute
modlog-attempted-unban = /unban
modlog-attempted-del = /del
modlog-attempted-lift = the button that lifts a sanction
modlog-kind-phone = a phone number
modlog-kind-email = an e-mail
modlog-kind-username = a @username
modlog-kind-app = another app

## Finding a member by first name (/member, /modlog)

records-match = { $name } · { $band } · { $city }
records-band-unknown = age not given
records-city-remote = remote only
records-city-unknown = no city
records-no-match = 🤔 No member is called “{ $typed }”. Check the spelling, or type just the first letters of the first name.
records-too-many = 🔎 { $count } members match “{ $typed }”: type more of the first name, please.
records-which = 👥 More than one member matches “{ $typed }”. Which one?
records-member-how = 🔎 Whose card? Type <code>/member</code> and a first name, for example <code>/member Giulia</code>.
records-member-gone = This member is no longer here: their data has been deleted.

## The member card

records-card =
    🪪 <b>{ $name }</b> · { $band } · { $city }
    Language: { $speaks } · with us since { $since } · { $role }

    <b>Consents</b>
    { $consents }

    ⚠️ Warnings and sanctions: { $sanctions } ({ $in_force } in force)
    🚩 Reports about { $name }: { $about_open } open, { $about_closed } closed · made by { $name }: { $by }
    🧩 Projects: { $projects } · 📅 Events: { $events }
records-language-it = Italian
records-language-en = English
records-role-member = member
records-role-admin = admin
records-role-moderator = moderator
records-role-coordinator = coordinator
records-consent-line = • { $purpose }: { $on ->
        [yes] ✅ yes
       *[no] ❌ no
    } — { $who }
records-consent-never = never answered
records-consent-by-member = chosen by the member
records-consent-by-guardian-paper = given by a guardian on paper
records-consent-by-guardian-checked = given by a guardian, checked by a moderator
records-consent-by-guardian-unchecked = given by a guardian, not checked yet
records-back = ⬅️ Back to the card
records-section-sanctions = ⚠️ Sanctions
records-section-reports = 🚩 Reports
records-section-projects = 🧩 Projects
records-section-events = 📅 Events
records-section-log = 📜 Log about { $name }
records-section-older = …and { $count } older: the card lists the newest 20.
records-section-empty = Nothing here.
records-heading-sanctions =
    ⚠️ <b>Warnings and sanctions of { $name }</b>, newest first
    { $lines }
records-heading-reports =
    🚩 <b>Reports about and by { $name }</b>
    { $lines }
records-heading-projects =
    🧩 <b>Applications of { $name }</b>, newest first
    { $lines }
records-heading-events =
    📅 <b>Answers of { $name } to events</b>, latest first
    { $lines }
records-sanction-line = • { $kind } · { $at }{ $extra } · { $by } · { $state ->
        [counted] led to the automatic mute on { $lifted_at }
        [lifted] lifted { $lifted_by } on { $lifted_at }
        [in-force] in force
       *[over] over
    }
records-by = by { $who }
records-by-bot = by the bot
records-by-flood = by the bot, automatically: too many messages in a row
records-by-warn_limit = by the bot, automatically: too many warnings
records-sanction-until = {" "}→ { $until }
records-sanction-reason = {" "}· “{ $reason }”
records-sanction-warn = warning
records-sanction-mute = muted
records-sanction-ban = banned
records-sanction-kick = removed from a group
records-reports-counts = About { $name }: { $about_open } open, { $about_closed } closed · Made by { $name }: { $by_open } open, { $by_closed } closed
records-report-line = • no. { $number } · { $at } · { $about ->
        [yes] about { $name }
       *[no] made by { $name }
    } · { $category } · { $state ->
        [open] open
        [dismissed] dismissed by { $handler }
       *[handled] dealt with by { $handler }{ $outcome }
    }
records-report-outcome-warn = : a warning
records-report-outcome-mute = : muted
records-report-outcome-ban = : banned
records-report-open = 🚩 no. { $number }
records-reports-older = …and { $count } older.
records-report-bullying = bullying
records-report-harassment = harassment
records-report-safety = safety
records-report-spam = spam
records-report-other = something else
records-application-line = • “{ $title }” — { $status } · { $at }
records-application-invited = invited, no answer yet
records-application-applied = waiting for an answer
records-application-accepted = taking part
records-application-declined = not accepted
records-application-withdrawn = withdrew
records-application-left = left
records-application-invite_declined = declined the invitation
records-answer-line = • “{ $title }” · { $at } — { $answer }{ $cancelled ->
        [yes] {" "}(event cancelled)
       *[no] {""}
    }
records-answer-going = going
records-answer-maybe = maybe
records-answer-no = can't go
records-answer-waitlist = on the waitlist
records-answer-offered = offered a seat

## Safeguarding leads, in /staff

records-leads = 🛡️ { $count ->
        [one] Safeguarding lead: { $names }. Reports go to this person: to tell them something, use /report.
       *[other] Safeguarding leads: { $names }. Reports go to these people: to tell them something, use /report.
    }
records-leads-none = 🛡️ No safeguarding lead is set yet: an admin adds them in the bot's settings.
records-lead-not-started = a lead who has not started the bot yet
