# Guardian consent: who gives it, the moderators' check, the paper form, the history.
# The keys are the same as in locales/it/guardians.ftl.

## The guardian
guardian-link-minor = 🙂 This link is for an adult parent or guardian: consent can't be given from your account. Ask { $name } to forward it to their parent.
guardian-welcome = 👋 Hello! <b>{ $name }</b> (born { $born }) asks to join <b>Generazione Changemaker</b>, the community of 13 to 25-year-olds changing Turin. First, two questions about you.
guardian-ask-name = ✍️ What's your name? Type your first and last name (only moderators see it, to check the consent).
guardian-name-problem = Type just your first and last name, in letters, for example <i>Laura Rossi</i>.
guardian-relationship =
    Thank you, { $guardian }. How are you related to { $name }?
    By tapping, you confirm you are an <b>adult</b> with <b>parental responsibility</b> for { $name }.
guardian-is-parent = 👩 I'm a parent
guardian-is-tutor = ⚖️ I'm the legal guardian
guardian-who-first = First tell us who you are: your name and how you're related to the young person.
guardian-consent-card =
    👪 <b>{ $name }</b> ({ $born }) wants to volunteer at in-person events in Turin with adult coordinators, who write only via the bot (moderators read it).
    We keep profile, answers, hours and your name, no phone or photo; a school statement's surname is only printed.
    Optional boxes:
    • <b>Visible to projects</b>: coordinators can find and invite.
    • <b>Reminders</b>: before events they chose.
    • <b>Announcements</b>: news, never at night.
    Data controller: { $contact } · /privacy
guardian-contact-missing = Generazione Changemaker (ask a moderator)
guardian-manage = ⚙️ Change the choices
guardian-manage-for = ⚙️ { $name }
guardian-manage-card = 👪 The choices for <b>{ $name }</b>. Tap to switch on or off, effective at once:
guardian-withdraw-ask =
    ↩️ Withdraw your consent for <b>{ $name }</b>?
    The profile is paused at once: I remove their answers to upcoming events (the seats go to whoever is waiting) and close applications and places, telling the coordinators.
    If no new consent arrives within 7 days, we delete all of { $name }'s data.
guardian-withdraw-yes = ↩️ Yes, withdraw consent
guardian-withdraw-no = ⬅️ No, go back
guardian-revoked = A moderator couldn't confirm the consent you gave for { $name }, so it no longer counts and the profile is paused. If you like, ask { $name } for a new link or use the paper form: if no new consent arrives by { $until }, we delete { $name }'s data. Questions: /privacy
guardian-member-revoked =
    ⏸️ A moderator couldn't confirm your parent's OK, so your profile is paused.
    { $answers ->
        [0] You had no answers to upcoming events.
        [one] We removed your answer to an upcoming event.
       *[other] We removed your answers to { $answers } upcoming events.
    }
    Of your profile I've kept only your birth month and year, language and the request. If no new OK arrives by { $until }, we delete those too.
    Ask for a new link with /start, or get the paper form signed.

## The young person waiting
guardian-paper-form = 📄 Paper form
guardian-paper-caption = 📄 Consent form, code { $code }
guardian-paper-how = 📄 Print the form and have your parent sign it. Then give it to one of the community's moderators, in person or by sending them a photo. The code is <code>{ $code }</code>.
apply-problem-to-verify = ⏳ A moderator is checking your parent's OK: once that's done you can apply. Meanwhile you can look at projects and answer events.

## Moderators
verify-card =
    👪 <b>Consent to check</b> for { $child } (code <code>{ $code }</code>)
    Name given: { $guardian } — { $relationship }
    Telegram account: { $account }
    When: { $at }
    Until you confirm it, coordinators don't see { $child }.
verify-ok = ✅ Confirm
verify-revoke = ✖️ Not valid
verify-done = ✅ { $child }'s consent confirmed: coordinators can now see them, if the parent allowed it.
verify-revoked =
    ✖️ { $child }'s consent cancelled: the profile is waiting again.
    { $child }: { $child_told }.
    The parent: { $guardian_told }.
    If no new consent arrives by { $until }, { $child }'s data is deleted.
verify-gone = This consent is no longer waiting for a check: it was withdrawn, or a newer one came with its own card.
verify-already-verified = Already confirmed by { $who } on { $when }.
verify-already-revoked = Already cancelled by { $who } on { $when }.
relationship-parent = 👩 Parent
relationship-legal_guardian = ⚖️ Legal guardian
paper-admins-told = 📝 A paper form was recorded for { $name } (code <code>{ $code }</code>). History: /consent { $code }
paper-record-start = 📝 Record the signed form
paper-ask-name = ✍️ The parent's first and last name, as written on { $child }'s form:
paper-name-problem = Type just the first and last name, in letters, for example <i>Laura Rossi</i>.
paper-ask-relationship = For { $child }, { $guardian } is:
paper-ask-date = 📅 When was it signed? Tap, or type the date, for example <code>{ $example }</code> (or "today", "yesterday").
paper-today = Today
paper-yesterday = Yesterday
paper-date-unreadable = I can't read that date: type it like <code>03/12/2026</code>.
paper-date-future = That date is in the future: check the form.
paper-date-too-old = The form is more than a year old: a recently signed form is needed.
paper-confirm =
    📝 <b>Check before recording</b>
    Young person: <b>{ $child }</b>, born { $born }, code <code>{ $code }</code>
    Parent: { $guardian } — { $relationship }
    Signed on: { $signed }
    Allows: { $purposes }
    Does it match the form?

## The consent history
history-card =
    🗂️ <b>{ $child }'s consents</b> (code <code>{ $code }</code>): { $status }
    Parent: { $guardian } — { $relationship }
    { $lines }
history-line = • { $when }: { $what } — { $who }, { $how }
history-given = consent given
history-verified = confirmed
history-revoked = cancelled
history-withdrawn = withdrawn
history-changed = changed
history-on = ✅
history-off = ⬜
history-by-member = by the young person
history-by-guardian = by the parent
history-by-moderator = by a moderator
history-via-bot = in the bot
history-via-paper = on paper
history-none = No choices recorded yet.
history-someone = a moderator
history-status-pending = waiting
history-status-opened = link opened
history-status-consented = confirmed
history-status-withdrawn = withdrawn
history-status-to-verify = to check

## What became of a notice, on a staff member's confirmation
told-now = told now
told-held = I'll tell them at { $time } (quiet hours)
told-unreachable = I can't reach them on Telegram
guardian-data-erased = 🗑️ As we said when you withdrew your consent, we have deleted all of { $name }'s data.
guardian-off-by-child = 🔕 { $label }: switched off by { $name }.
guardian-refuse-ask =
    ✖️ You don't want to give consent for <b>{ $name }</b>?
    If you confirm, we delete all of { $name }'s data at once and tell them: to join, they'd have to start again.
    If you just don't want the extras, go back and tap "I give consent" with nothing ticked: it only covers taking part.
guardian-refuse-yes = ✖️ Yes, I don't consent
coordinator-told-paused = ⏸️ { $name }'s participation in "{ $title }" is paused: their parent's consent was withdrawn (or could not be confirmed). Nothing for you to do.

## A parent's or guardian's own data (/mydata, /deleteme)
guardian-own-data-line = • For <b>{ $child }</b>: the name you gave "{ $name }", { $relationship }, { $status } (on { $when }).
guardian-own-status-pending = link not opened yet
guardian-own-status-opened = link opened, no answer yet
guardian-own-status-consented = consent given
guardian-own-status-withdrawn = consent withdrawn
mydata-guardian =
    📦 <b>Here's what we know about you</b>, as a parent or guardian:
    { $lines }
    Besides this, only your Telegram account, linked to the request. The file below has it all.
deleteme-guardian =
    🗑️ As a parent or guardian, all we keep about you is this, on each young person's request:
    { $lines }
    It shows the consent was given. To delete it, withdraw your consent with /guardian: the profile is paused at once and after 7 days we delete everything, your data included.
# Just above the consent card: what the answer covers, and the guardian's rights.
guardian-card-intro =
    📋 <b>Before you decide</b>
    • "I give consent" with nothing ticked lets { $name } take part: events, and projects { $name } applies to.
    • The three boxes are optional extras. If "Visible to projects" stays off, no projects picked to fit, and coordinators can't find or invite { $name }.
    • Later, with /guardian, you change any choice or withdraw consent. To see or have { $name }'s data deleted, write to the data controller: { $contact }.
guardian-member-verified = ✅ A moderator checked your parent's OK: now you can apply to projects. Type /projects 🔎
guardian-verified = ✅ A moderator checked the consent you gave for { $name }: from now on { $name } can apply to the community's projects, run by adult coordinators. You can change your choices any time with /guardian.
