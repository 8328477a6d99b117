# Gen C bot — English texts. Same keys as locales/it/bot.ftl.
# Texts are Telegram HTML: use only <b>, <i>, <u>, <s>, <code>, <a href="...">.

## Command menu (256 characters at most, no HTML)
command-start = Start or start over
command-help = What I can do
command-language = Change language
command-profile = Your profile
command-cancel = Cancel what you're doing
command-privacy = How we use your data

## First contact
start-guardian =
    Hi { $name }! You're here as the parent or guardian of a young member of <b>Generazione Changemaker</b>.
    With /guardian you see the consents you gave: you can change each choice or withdraw them at any time. /privacy tells how we use data.
start-staff =
    Hi { $name }! You're on the <b>Generazione Changemaker</b> staff.
    The youth onboarding isn't for you: use /help for the staff commands.

## Language
language-name = 🇬🇧 English
language-prompt = Which language should I write to you in?
language-changed = ✅ Great, from now on I'll write to you in English.

## Help
help =
    Here's what you can ask me ({ $count ->
        [one] one command
       *[other] { $count } commands
    }):
    { $commands }
help-line = /{ $command } — { $description }

## Who we are (/about)
command-about = Who we are
about =
    🌱 <b>{ $name }</b>
    We're a community of young people aged { $low } to { $high } who want to change things, together: projects and events for the climate, inclusion, culture and much more.
    Here you'll find projects that suit you, events to come to and other people to do it with. To begin, type /start.
about-links = 👇 You'll find us here too:

## Onboarding
onboarding-welcome =
    Hi { $name }! 👋 I'm the bot of <b>Generazione Changemaker</b>, the community of young people changing Turin.
    I'll help you find projects and events that suit you. First of all: which language do you prefer?
onboarding-notice =
    🔒 <b>Before we start</b>
    I'll ask you a few questions to suggest the right projects and events for you: birth month and year, a name, your city, what you care about, what you can do and when you're free.
    I'll never ask for your phone, email or photo; your surname only if you ask for a statement for school: I print it on the PDF and keep only a check that lets your school verify it, never the surname itself. Only the staff see your data, and you can delete it whenever you want.
    All the details: /privacy
notice-accept = 👍 OK, let's start
button-back = ⬅️ Back
button-done = ✅ Done
start-resume = 👋 Welcome back! Let's pick up where we left off.
start-member =
    Hi { $name }! 👋 Good to see you again.
    🔎 /projects — projects that suit you
    📅 /events — upcoming events
    👤 /profile — your profile
onboarding-use-buttons = 👇 For this question, use the buttons below.
onboarding-text-only = ✍️ Here I need a written answer.
onboarding-edited = ✏️ You edited a message: I'm keeping the first version. You can fix any answer at the end.
onboarding-paused = ⏸️ Your profile is on pause: type /start to go on.
answered = ➡️ <b>{ $answer }</b>
onboarding-button-old = That question already has an answer 👍 Look at the latest message.

birth-question =
    🎂 <b>When were you born?</b> Pick the year, then the month.
    You can also type month and year, for example <code>03/2010</code> or <code>March 2010</code>.
birth-month-question = 🎂 Which month of { $year }?
birth-before = Before { $year }
birth-after = { $year } or later
birth-other-year = ⬅️ Another year
birth-not-understood = 🤔 I didn't get that date. Type month and year, for example <code>03/2010</code> or <code>March 2010</code>, or use the buttons.
refused-too-young =
    Thanks for your interest! 💛 Generazione Changemaker is for people aged { $min } and up, so I can't sign you up yet.
    Meanwhile, the Informagiovani of the City of Turin can suggest activities for your age. We'll be waiting for you!
    I haven't kept your data: for 30 days I remember only, under a code that doesn't say who you are, the date you gave me. If you picked the wrong one, start again with /start: a moderator will check the new date.
refused-too-old =
    Thanks for your interest! 💛 Generazione Changemaker is for people up to { $max }, so I can't sign you up.
    To volunteer in Turin at any age, try Vol.To, the volunteering services centre.
    I haven't kept your data: for 30 days I remember only, under a code that doesn't say who you are, the date you gave me. If you picked the wrong one, start again with /start: a moderator will check the new date.

name-question = 😊 <b>What's your name?</b> Type your first name or a nickname (no surname needed).
name-use = Use “{ $name }”
name-problem-empty = ✍️ I need at least one letter.
name-problem-too-long = ✂️ That's a bit long: 32 characters at most.
name-problem-no-letters = 🔤 Your name needs at least one letter.
name-problem-link = 🔗 No links in your name, please.
name-problem-mention = 🙈 No @usernames: just type your name.

city-question = 📍 <b>Which city do you live in?</b> Type it below, or pick a button.
city-remote = 🌐 Remote only
city-remote-only = remote only
city-problem = 📍 Type just the name of the city, for example <code>Torino</code> ({ $max } characters at most).
city-did-you-mean = 🤔 I can't find “{ $city }”. Did you mean <b>{ $suggestion }</b>? Tap the right name, or type it again.

causes-question = 💚 <b>Which causes do you care about?</b> Pick as many as you like, then tap Done.
causes-need-one = Pick at least one cause 🙂
cause-climate = 🌍 Climate
cause-education = 📚 Education
cause-inclusion = 🤝 Inclusion
cause-health = 🩺 Health and wellbeing
cause-digital = 💻 Digital for good
cause-culture = 🎨 Arts and culture
cause-poverty = 🍞 Poverty
cause-civic = 🗳️ Civic participation
cause-animals = 🐾 Animals
cause-migrants = 🧳 Migrants and refugees
cause-equality = ⚖️ Gender equality
cause-sport = ⚽ Sport for all

skills-question = 🛠️ <b>What can you do, or would like to do?</b> It's optional: pick as many as you like, or skip.
skills-need-one = Pick at least one skill 🙂
skills-skip = Skip ➡️
skill-design = 🎨 Graphic design
skill-social = 📱 Social media
skill-video = 📸 Photo and video
skill-writing = ✍️ Writing
skill-coding = 💻 Coding
skill-events = 🎪 Organising events
skill-languages = 🗣️ Foreign languages
skill-tutoring = 📖 Homework help
skill-music = 🎵 Music
skill-speaking = 🎤 Public speaking
skill-manual = 🔨 Hands-on work
skill-data = 📊 Spreadsheets
skill-cooking = 🍳 Cooking
skill-care = 💛 Listening and care

days-question = 🗓️ <b>When are you usually free?</b> Pick one or more, then tap Done.
days-need-one = Pick at least one answer 🙂
days-weekdays = On weekdays
days-weekends = At weekends
days-evenings = In the evening

hours-question = ⏱️ <b>How many hours a week could you give?</b> Pick or type a number from 1 to 40.
hours-not-understood = 🔢 Type a number of hours from 1 to 40, for example <code>4</code>, or use the buttons.
hours-2 = 1–2 hours
hours-5 = 3–5 hours
hours-10 = 6–10 hours
hours-20 = more than 10 hours
hours-typed = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} a week

consents-question =
    ✋ <b>What may I do with your data?</b> You decide: tap to switch each one on or off. You can change your mind any time.
    { consents-purposes }
consents-purposes =
    • <b>Visible to projects</b>: coordinators see your name, age band, city, causes, skills and availability (never your username or contacts) and can invite you.
    • <b>Event reminders</b>: I remind you of events you said you'd go to.
    • <b>Announcements</b>: you get the community's news.
purpose-matching = Visible to projects
purpose-reminders = Event reminders
purpose-announcements = Announcements
consent-on = ✅ { $label }
consent-off = ⬜ { $label }
consents-continue = Continue ➡️
choice-on = ✅ { $label }
choice-off = { $label }

profile-card =
    👤 <b>{ $name }</b>
    🎂 { $born }
    📍 { $city }
    💚 { $causes }
    🛠️ { $skills }
    🗓️ { $days } · { $hours }
    ✋ { $consents }
born-on = { $month } { $year }
profile-missing = —
profile-none-chosen = none
summary-question = Is everything right? Tap a button to fix something.
summary-confirm = ✅ All correct
edit-name = ✏️ Name
edit-birth = ✏️ Birth
edit-city = ✏️ City
edit-causes = ✏️ Causes
edit-skills = ✏️ Skills
edit-availability = ✏️ Availability
edit-consents = ✏️ Consents
onboarding-done =
    🎉 Done, { $name }! You're now part of Generazione Changemaker.
    Here's what you can do:
    🔎 /projects — projects that suit you
    📅 /events — upcoming events
    👤 /profile — see or change your profile
profile-edit-hint = Tap a button to change an answer.
profile-saved = ✅ Saved!
profile-none = You don't have a profile yet: type /start to create one, it takes two minutes.
profile-unfinished = You haven't finished your profile yet: type /start to pick up where we left off.
profile-staff = You're on the staff: the youth profile isn't for you.

cancel-paused = ⏸️ OK, let's stop here. I've kept your answers so far: type /start to go on. If you prefer, I'll delete them right away.
cancel-forget = 🗑️ Delete my answers
cancel-forgotten = 🗑️ Done: I've deleted everything I knew about you. You can start again with /start whenever you like.
cancel-edit = OK, edit closed.
cancel-done = OK, cancelled 👍
cancel-nothing = There's nothing to cancel 🙂

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Guardian consent
guardian-explain =
    👪 <b>You're under { $age }</b>: to go on, we need the OK of a parent or the person who looks after you.
    1. Forward them the next message: it has the link.
    2. They open it in their own Telegram, read what we keep and decide.
    If they prefer paper, tap "📄 Paper form" below: they sign it and you give it to a moderator, with this code: <code>{ $code }</code>
    Until then I've kept only the minimum: birth month and year, language and this request.
guardian-invite =
    👋 Hi! { $name } (born { $born }) wants to join <b>Generazione Changemaker</b>, the community of young people changing Turin.
    They're under { $age }, so the OK of a parent or guardian is needed.
    Open this link in your own Telegram to read what we keep and decide: { $link }
    The link works until { $until }, once.
guardian-new-link = 🔄 New link
guardian-check = 🔍 Any news?
guardian-status-none = 👪 We need the OK of a parent or the person who looks after you: tap "New link" for the link to forward them.
guardian-status-pending = ⏳ Waiting for your parent's OK. Code for the paper form: <code>{ $code }</code>. The link works until { $until }; if you lost it, get a new one.
guardian-status-opened = 👀 Your parent opened the link and is deciding. Code: <code>{ $code }</code>
guardian-status-expired = ⌛ The link expired with no answer. Get a new one and forward it again. Code: <code>{ $code }</code>
guardian-status-withdrawn = ⏸️ Your parent withdrew their consent, so your profile is paused. With a new link they can decide again.
guardian-give = ✅ I give consent
guardian-refuse = ✖️ I don't consent
guardian-thanks =
    ✅ Thank you! { $name } can now finish their profile, look at projects and answer events.
    A moderator checks the consent: until then, coordinators don't see { $name }'s profile and can't send messages.
    With /guardian you can change each choice or withdraw the consent.
guardian-declined = All right: we've deleted { $name }'s data. Thank you for answering.
guardian-withdraw = ↩️ Withdraw consent
guardian-withdrawn = ↩️ Consent withdrawn: { $name }'s profile is paused and only the minimum is left (birth month and year, language, the request). If no new consent arrives by { $until }, we delete all of { $name }'s data and let you know.
guardian-list = 👪 You gave consent for: { $names }. Tap a name to change the choices or withdraw the consent.
guardian-none = You haven't given consent for anyone.
guardian-not-yours = This request is no longer open for you.
guardian-link-unknown = 🤔 This link isn't valid: maybe it was already used or a newer one was made. Ask whoever sent it for a new link.
guardian-link-expired = ⌛ This link has expired. Ask { $name } to send you a new one.
guardian-link-own = 🙂 This link is for your parent or the person who looks after you: forward it to them, they must open it in their own Telegram.
guardian-link-taken = This link was already opened by another account. Ask { $name } for a new link.
guardian-member-consented = 🎉 Your parent gave the OK! Type /start to go on.
guardian-member-declined = Your parent didn't give the OK, so we've deleted your data. If you change your minds, you can start again with /start.
guardian-member-withdrawn =
    ⏸️ Your parent withdrew their consent: your profile is paused.
    { $answers ->
        [0] You had no answers to upcoming events.
        [one] We removed your answer to an upcoming event (the seat goes to whoever is waiting).
       *[other] We removed your answers to { $answers } upcoming events (the seats go to whoever is waiting).
    }
    { $applications ->
        [0] You had no open applications.
        [one] We closed one application, invitation or place of yours, and told the coordinators.
       *[other] We closed { $applications } applications, invitations or places of yours, and told the coordinators.
    }
    Of your profile I've kept only your birth month and year, language and the request. If no new OK arrives by { $until }, we delete those too. Type /start to ask for a new link.
paper-usage = Type the form's code, for example <code>/consent K7QX2M</code>.
paper-unknown-code = No waiting request has the code { $code }. Check the form, or see /pending.
paper-card = 📝 Paper form for <b>{ $name }</b> (born { $born }), code <code>{ $code }</code>. Tick what the form allows, then record it.
paper-record = 📝 Record the signed form
paper-recorded = ✅ Form recorded for { $name } ({ $code }). { $name }: { $told }.
pending-status-opened = link opened
pending-status-withdrawn = withdrawn
page-previous = ⬅️ Previous
page-next = Next ➡️
staff-only = This command is for staff.
day-month = { $day } { $month }
command-guardian = Consents you gave as a parent
command-pending = To do: consents and dates to check, requests waiting
command-consent = Record a signed consent form

## Events (/events, /myevents, reminders and notices)
command-events = Events you can come to
command-myevents = Events you've replied to
command-newevent = Create an event step by step
command-manageevents = Your events: edit or cancel (coordinators)
event-date = { $weekday } { $day } { $month }, { $time }
event-date-year = { $weekday } { $day } { $month } { $year }, { $time }
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday
event-month-1 = January
event-month-2 = February
event-month-3 = March
event-month-4 = April
event-month-5 = May
event-month-6 = June
event-month-7 = July
event-month-8 = August
event-month-9 = September
event-month-10 = October
event-month-11 = November
event-month-12 = December
event-online = 🌐 online: { $link }
event-length-both = { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    } { $minutes } min
event-length-hours = { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
event-length-minutes = { $minutes } min
event-seats-unlimited = 👥 No seat limit
event-seats-full = 👥 Full: you can join the waitlist
event-seats-full-short = 👥 Full
event-seats-left = 👥 { $left ->
        [one] 1 seat left
       *[other] { $left } seats left
    } of { $capacity }
event-audience-project = 🎯 Only for participants of { $project }
event-audience-ages = 🎯 Ages { $low }–{ $high }
event-audience-everyone = 🎯 Everyone
event-card-title = 📅 <b>{ $title }</b>
event-card-when = 🕒 { $when } ({ $length })
event-card-where = 📍 { $where }
event-card-project = 🌱 Part of { $project }
offset-days = { $n }d
offset-hours = { $n }h
offset-minutes = { $n } min
event-card-reminders = ⏰ Reminders: { $offsets } before
event-card-no-reminders = ⏰ No reminders
event-card-counts = ✅ { $going } going · 🤔 { $maybe } maybe · ⏳ { $waiting } waiting
event-card-description = { $description }
event-line = <b>{ $number }. { $title }</b> · { $when }
    📍 { $where }{ $status }
event-line-online = 🌐 online
event-line-cancelled = ❌ Cancelled
event-line-full = 👥 full
event-line-left = 👥 { $left } left
event-date-short = { $weekday } { $day } { $month } { $time }
weekday-short-0 = Mon
weekday-short-1 = Tue
weekday-short-2 = Wed
weekday-short-3 = Thu
weekday-short-4 = Fri
weekday-short-5 = Sat
weekday-short-6 = Sun
event-your-going = you're going ✅
event-your-maybe = you said maybe 🤔
event-your-no = you can't come
event-your-waitlist = you're on the waitlist ⏳
event-your-offered = a seat is waiting for you 🎟️
event-button-details = ℹ️ { $number }
event-your-answer = Your answer: { $answer }
event-add-to-calendar = 📆 Add to calendar
event-calendar-caption = 📆 { $title }: open the file to add it to your calendar.
event-back-to-list = ⬅️ Back to the list
event-button-going = ✅ Going
event-button-waitlist = ⏳ Waitlist
event-button-maybe = 🤔 Maybe
event-button-no = ❌ Can't go
event-button-confirm = 🎟️ Yes, I'm coming
events-heading = 📅 <b>Upcoming events for you</b> ({ $count })
events-staff = 📅 The list of events is for young members. The events you run are in /manageevents; create one with /newevent.
events-none = 📅 No events for you right now. More are coming soon: meanwhile, have a look at /projects!
myevents-heading = 🗓️ <b>Your answers</b> ({ $count }). Tap to change one.
myevents-none = 🗓️ You haven't answered any upcoming event yet. See what's on with /events.
event-refused-gone = This event is cancelled, has already started or no longer exists.
event-refused-cancelled = ❌ This event has been cancelled. Sorry!
event-date-cancelled = ❌ This date is cancelled; the other dates stay as they are.
event-refused-started = This event has already started: answers are closed.
event-refused-profile = Finish your profile first with /start, then you can answer events 🙂
event-refused-guardian = ⏳ We're waiting for a parent's OK: then you'll see events and can answer them. /start shows where the request is.
event-refused-audience = This event is for a different group (an age band, or a project's participants).
event-offer-gone = This seat is no longer held for you: the time to confirm has passed, or the event changed.
event-answered-going = 🎉 You're going! Your seat is saved.
event-answered-going-open = 🎉 You're going! See you there.
event-answered-waitlist = It's full, so you're on the waitlist ⏳ If a seat frees up, I'll write to you at once.
event-answered-maybe = 🤔 Noted: maybe. No seat is held for a maybe: tap Going if you decide to come.
event-answered-no = OK, thanks for letting us know.
event-already-going = You're already going 👍
event-already-waitlist = You're already on the waitlist ⏳
event-already-maybe = You already said maybe 👍
event-already-no = You already said you can't come 👍
event-reminder =
    ⏰ Starts { $left }!

    { $card }
event-left-days = in { $days } days
event-left-hours = { $hours ->
        [one] in one hour
       *[other] in { $hours } hours
    }
event-left-minutes = in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }
event-cannot = ✖️ I can't come
event-seat-confirmed = 🎉 The seat is yours! See you there.
event-notice-moved =
    📅 <b>The event has moved</b> (it was { $was }):

    { $card }

    Still coming? Then there's nothing to do. If you can't make it any more, tap I can't come.
event-notice-place =
    📍 <b>The event has a new place</b>:

    { $card }

    Still coming? Then there's nothing to do. If you can't make it any more, tap I can't come.
event-notice-moved-maybe =
    📅 <b>The event has moved</b> (it was { $was }):

    { $card }

    You said maybe: it's now { $when }. Are you coming?
event-notice-place-maybe =
    📍 <b>The event has a new place</b>:

    { $card }

    You said maybe: are you still coming?
event-notice-lapsed = ⌛ You didn't confirm the seat for <b>{ $title }</b> in time, so it's no longer held for you. Still want to come? Tap Going: if there's a seat it's yours, if not you're back on the waitlist.
event-notice-released = 🎯 <b>{ $title }</b> is now for a different group, so you're no longer on its list. Sorry! Have a look at /events for others.
event-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) is cancelled. Sorry! Have a look at /events for other ones.
event-notice-offer =
    🎟️ <b>A seat has freed up for you!</b>

    { $card }

    Confirm by { $until } to take it.
## Managing events (coordinators)
manageevents-heading = 🗂️ <b>Your upcoming events</b> ({ $count }). Tap one to see answers, edit or cancel it.
manageevents-none = You have no upcoming events. Create one with /newevent.
manageevents-item = { $title } · { $when }
manageevents-gone = This event is cancelled, has started, or isn't yours to change.
manageevents-not-yours = This event isn't yours: only its organisers (or an admin) can open it.
manageevents-was-cancelled = This event was cancelled.
manageevents-started = This event has already started: it can't be changed or cancelled any more. You can see 👥 Who's coming.
manageevents-ended = This event has already ended: it can't be changed any more. Mark who came from 📋 Ended events: attendance, in /manageevents.
manageevents-live-item = 🟢 in progress · { $title } · until { $until }
manageevents-live-heading = 🟢 Events in progress are at the top: tap one to see who's coming.
manageevents-finish-first = You're in the middle of writing another event: publish it or cancel it (/cancel) first.
manageevents-who = 👥 Who's coming
manageevents-back-event = ⬅️ Back to the event
manageevents-edit = ✏️ Edit
manageevents-cancel = ❌ Cancel event
manageevents-back = ⬅️ Your events
manageevents-cancel-ask = Cancel <b>{ $title }</b>? { $people ->
        [0] Nobody has answered yet.
        [one] The person who answered will be told.
       *[other] The { $people } people who answered will be told.
    }
manageevents-cancel-yes = ❌ Yes, cancel it
manageevents-cancel-no = ⬅️ No, keep it
manageevents-cancelled = ❌ <b>{ $title }</b> is cancelled: those who answered won't get reminders for it. The notice that it's cancelled:
## /newevent
newevent-title = 📅 <b>New event</b> ({ $number }/{ $total }). What's it called? (3 to 80 characters)
newevent-description = 📝 ({ $number }/{ $total }) A few lines about it: what you'll do, what to bring. 1000 characters at most, or Skip.
newevent-start =
    🕒 ({ $number }/{ $total }) When does it start? Type day and time, for example
    <code>12/03 18:30</code>, <code>tomorrow 18:30</code> or <code>saturday 10:00</code>.
newevent-start_confirm = 🕒 ({ $number }/{ $total }) So it starts <b>{ $when }</b>. Right?{ $ambiguous }
newevent-ambiguous = {""}
    ⚠️ The clocks go back that night, so { $time } happens twice: I took the first one (summer time).
newevent-duration = ⏱️ ({ $number }/{ $total }) How long does it last? Tap or type, for example <code>2h</code> or <code>90 min</code>.
newevent-where = 📍 ({ $number }/{ $total }) Where? Type the address or place, or paste the link if it's online.
newevent-link = 🌐 ({ $number }/{ $total }) Paste the link people will use to join, for example <code>https://meet.example.org/abc</code>.
newevent-capacity = 👥 ({ $number }/{ $total }) How many seats? Tap or type a number, or No limit.
newevent-project = 🌱 ({ $number }/{ $total }) Is it part of one of your projects?
newevent-audience = 🎯 ({ $number }/{ $total }) Who is it for? Tap, or type an age band, for example <code>16-25</code>.
newevent-reminders = ⏰ ({ $number }/{ $total }) When should I remind the people who are coming? Tap, or type times before the start, for example <code>2d, 3h</code>.
newevent-skip = Skip
newevent-start-yes = ✅ Yes
newevent-start-retype = ✏️ No, type again
newevent-duration-preset = { $length }
newevent-online = 🌐 It's online
newevent-no-limit = No limit
newevent-no-project = No project
newevent-everyone = Everyone ({ $low }–{ $high })
newevent-participants = Only the project's participants
newevent-reminders-default = ⏰ { $offsets } before
newevent-reminders-none = No reminders
newevent-cancel = ✖️ Cancel
newevent-preview = 👀 <b>Preview</b>: this is the event people will see. Tap what to change, then Publish.
newevent-preview-edit = ✏️ <b>Edit</b>: tap what to change, then Save. If the time or place changes, everyone who answered is told.
newevent-edit-title = ✏️ Title
newevent-edit-description = ✏️ Description
newevent-edit-start = ✏️ Start
newevent-edit-duration = ✏️ Length
newevent-edit-where = ✏️ Place
newevent-edit-capacity = ✏️ Seats
newevent-edit-project = ✏️ Project
newevent-edit-audience = ✏️ Who it's for
newevent-edit-reminders = ✏️ Reminders
newevent-publish = 🚀 Publish
newevent-save-changes = 💾 Save changes
newevent-published = 🚀 Published! Everyone it's for can now see it in /events. Edit or cancel it from /manageevents.
newevent-changed = ✅ Changes saved.
newevent-cancelled = OK, dropped: nothing was published.
newevent-edit-cancelled = OK, nothing changed.
newevent-not-saved-not-yours = I couldn't save: this event isn't yours to change any more.
newevent-not-saved-too-few-seats = I couldn't save: there can't be fewer seats than the people already holding one.
newevent-not-saved-gone = I couldn't save: the event is cancelled or has already started.
newevent-not-saved-changed = Someone else changed this event meanwhile: open it again from /manageevents to see it as it is now.
newevent-not-saved-past = The start time has passed in the meantime: type a new one.
newevent-problem-title = ✍️ The title needs 3 to 80 characters.
newevent-problem-description = ✍️ The description can be up to 1000 characters.
newevent-problem-not-understood = 🤔 I didn't get that date. Try <code>12/03 18:30</code>, <code>12 March 18:30</code> or <code>tomorrow 18:30</code>.
newevent-problem-no-time = 🕒 I need the time too, for example <code>12/03 18:30</code>.
newevent-problem-past = 📅 That moment has already passed: type a date and time in the future.
newevent-problem-skipped-hour = 🕑 That time doesn't exist: the clocks go forward that night (from 02:00 straight to 03:00). Pick another time.
newevent-problem-no-such-day = 📅 That day doesn't exist on the calendar (like 31 February). Check the date and type it again.
newevent-problem-no-such-time = 🕒 That time doesn't exist: hours go from 00:00 to 23:59. For midnight, type 00:00 of the next day.
newevent-problem-too-far = 📅 That's more than two years away: check the year.
newevent-problem-wrong-weekday = 📅 The weekday and the date don't match: check the calendar and type it again (the date alone is enough, for example <code>17/01 18:00</code>).
newevent-problem-duration = ⏱️ Type how long it lasts, from 5 minutes to 7 days, for example <code>2h</code> or <code>90 min</code>.
newevent-problem-link = 🌐 That isn't a link I can use. Paste the full address, starting with <code>https://</code>.
newevent-problem-place = 📍 Type the place in 2 to 120 characters.
newevent-problem-capacity = 🔢 Type a number of seats from 1 to 10000, or tap No limit.
newevent-problem-ages = 🎂 Type two ages between { $low } and { $high }, for example <code>16-25</code>.
newevent-problem-reminders = ⏰ Type times before the start like <code>24h, 1h</code> or <code>2d, 30m</code> (from 5 minutes to 14 days).
newevent-problem-buttons = 👇 Use the buttons here.
newevent-problem-gone = This event is no longer being written.

## Privacy (/privacy: a short page and a button per topic)
privacy-home =
    🔒 <b>Your data, in short</b>
    We keep only what we need to suggest projects and events to you. We don't sell it or give it to anyone. You can see it, change it or delete it whenever you want.
    Tap a topic to find out more 👇
privacy-who =
    👥 <b>Who holds the data, and why</b>
    { $controller }, which runs this bot, holds the data. We use it only to:
    • suggest projects and events that suit you;
    • send you reminders and announcements, if you said yes to them;
    • keep the community safe.
    Under 14, a parent or guardian has to say OK too.
    To write to whoever holds the data: { $contact }
privacy-keep =
    🗂️ <b>What we keep, and for how long</b>
    Your Telegram id, first name or nickname, birth month and year, city, causes, skills, availability, language, consents, applications, event answers and volunteer hours. Never a phone, email or photo. A school statement's surname is only printed: we keep just a check to verify it.
    If you don't use the bot for 12 months we warn you; 30 days later we delete everything. After { $max } we say goodbye and delete your profile 60 days later.
    A warning or a block in a group stays even if you delete your profile, but without your name.
    Your reports are read only by the safeguarding leads and moderators; if you delete your profile, they stay without your name.
privacy-see =
    👀 <b>Who sees what</b>
    • Project coordinators see your name, age band, city, causes, skills and availability, only if you apply or chose "Visible to projects". Never your username, id or contacts.
    • The staff who run the bot see it when needed to help you or protect the community, and every action is recorded.
    • Admins can download the community's figures as spreadsheets with no names, usernames or ids.
    • Nobody else.
    🎂 Age: if you can't join yet or need a parent's OK, we keep that answer (month and year) for 30 days under a code that doesn't say who you are, even if you delete everything. If you then type another date, a moderator sees only the two dates and decides.
privacy-rights =
    ✋ <b>Your rights</b>
    • /mydata — get all your data in a file
    • /profile — fix your answers
    • /settings — switch each consent on or off, at once
    • /deleteme — delete everything
    If you think we misuse your data, you can complain to the Italian data protection authority, the Garante: garanteprivacy.it
privacy-button-who = 👥 Who and why
privacy-button-keep = 🗂️ What and how long
privacy-button-see = 👀 Who sees it
privacy-button-rights = ✋ Your rights
privacy-button-home = ⬅️ Start

## Your data and deleting it
mydata-summary =
    📦 <b>Here's what we know about you</b>
    { $card }
    The file below has everything, consent dates included.
mydata-no-profile = You don't have a profile yet: we keep only your Telegram id and language.
mydata-caption = All your data (JSON, opens in any text editor).
mydata-nothing = I don't hold any data about you 🙂
mydata-announcements = 📣 { $sent ->
        [one] 1 announcement reached you.
       *[other] { $sent } announcements reached you.
    }
mydata-announcements-missed = Not delivered: { $why }.
mydata-announcements-coming = { $coming ->
        [one] 1 is on its way.
       *[other] { $coming } are on their way.
    }
mydata-copy-blocked = { $count } because the bot was blocked
mydata-copy-switched-off = { $count } because you had announcements switched off
mydata-copy-failed = { $count } because they could not be sent (the event was already cancelled, say)
mydata-copy-unknown = { $count } maybe, maybe not (the bot stopped while sending them)
mydata-copy-gone = { $count } because your profile wasn't there at the time
mydata-copy-cancelled = { $count } because the sending was stopped
deleteme-warning =
    ⚠️ <b>Delete everything?</b>
    Your profile, answers, consents, applications ({ $applications }) and volunteer hours ({ $hours }) go. It can't be undone.
    If you want to come back later, you start from zero with /start.
deleteme-confirm = 🗑️ Yes, delete everything
deleteme-keep = ↩️ No, keep my profile
deleteme-kept = 👍 Good, I haven't deleted anything.
deleteme-done = 🗑️ Done: I've deleted your profile and your data. Bye, and thank you! To come back, type /start.
deleteme-already = There's nothing left to delete.
deleteme-nothing = I don't hold any data about you to delete 🙂

## Settings
settings-intro =
    ⚙️ <b>Settings</b>
    Tap to change: it works at once.
    • Language
    • Visible to projects, event reminders, announcements
    • Reminders even when you answer "Maybe"
settings-remind-maybe = Reminders for "Maybe" too
settings-invitations = Invitations to projects
settings-saved = ✅ Saved
reconsent-intro = 📝 We've updated the privacy notice (/privacy). Before going on, confirm what I may do with your data:

reconsent-guardian = 📝 We've updated the privacy notice (/privacy): your parent's OK is needed again. Meanwhile everything goes on as before.

## Retention
retention-inactive-warning = 👋 We haven't seen you for a year! If you want to keep your profile, type /start within 30 days; otherwise we'll delete it, as promised.
retention-aged-out = 🎂 You're over { $max } now: Generazione Changemaker is for younger people, so we'll delete your profile in 60 days. With /mydata you can download your data. Thanks for everything! 💛

command-settings = Consents and settings
command-mydata = Download your data
command-deleteme = Delete your profile

## Staff
role-admin = admin
role-moderator = moderator
role-coordinator = coordinator
admin-only = This command is for admins.
invite-which = Whom do you want to invite to the staff?
staff-list =
    👥 <b>Staff</b> — admins: { $admins }, others: { $count }
    { $lines }
staff-line = • { $name } — { $role }
demote-which = Tap whoever should no longer be on the staff:
demote-button = ✖️ { $name } ({ $role })
demote-done = ✅ Done: { $name } is no longer on the staff (was { $role }). I've recorded it.
demote-nobody = There's nobody on the staff besides the admins.
join-ask-name = 👋 Welcome! You've been invited as { $role }. What's your name? Type it as staff and young people will see it: the admin sees it too, then confirms you.
join-bad-name = ✍️ Type just your name (64 characters at most, no links).
join-accept = ✅ I accept the code of conduct
join-unknown = 🤔 This invite isn't valid: maybe it was already used. Ask an admin for a new one.
join-expired = ⌛ This invite has expired (it lasts 72 hours). Ask an admin for a new one.
join-taken = This invite was already opened by another account. I've told the admin: if the invite was meant for you, they'll send you a new link. Wait for it and open it: don't sign up as a young member.
join-member =
    This account is registered as a young member, and you can't join the staff with a youth profile.
    Want to join the staff with this account? Delete your youth profile with /deleteme, then open the same link again: it stays valid. Or ask the admin who invited you: I've already told them.
join-already = You're already on the staff 🙂
staff-conduct =
    📜 <b>Staff code of conduct</b>
    • You talk to young people only through the bot: never ask for contacts or photos, never meet alone.
    • You respect everyone, without discrimination.
    • If you're worried about a young person's safety, you tell the safeguarding leads at once.
    • You use members' data only for the project and never share it.
    • Everything you do with the bot is recorded.
command-invite = Invite someone to the staff
command-staff = Who is on the staff
command-demote = Remove a staff role

## Projects: coordinators
coordinator-only = This command is for project coordinators.
myprojects-none = You have no projects yet. Use /import to upload them from a spreadsheet.
myprojects-button = { $title } · { $status }
project-status-draft = draft
project-status-open = open
project-status-paused = paused
project-status-closed = closed
myprojects-publish = 🚀 Publish
myprojects-pause = ⏸️ Pause
myprojects-reopen = ▶️ Reopen
myprojects-close = 🔒 Close
myprojects-participants = 👥 Participants
myprojects-message = ✉️ Write to participants
myprojects-now-open = 🚀 Published: young people it suits see it in /projects.
myprojects-now-paused = ⏸️ Paused: no longer suggested.
myprojects-now-closed = 🔒 Closed.
not-your-project = This project isn't yours, or you're no longer a coordinator.
message-no-participants = The project has no participants to write to yet.
message-type = ✉️ Type the message for { $count ->
        [one] the participant
       *[other] the { $count } participants
    } of "{ $title }". It goes through the bot and is recorded; no personal contacts.
message-too-long = ✂️ The message is { $length } characters long: { $max } at most. Shorten it and send it again.
message-reply = ↩️ Reply
project-message =
    ✉️ <b>{ $project }</b> — a message from the coordinators:
    { $text }
review-card =
    🙋 <b>New application</b> for "{ $project }"
    👤 { $name } · aged { $band } · 📍 { $city }
    💚 { $causes }
    🛠️ { $skills }
    🗓️ { $days } · { $hours }
    💬 { $message }
review-reminder = ⏰ This application has been waiting for an answer for 3 days:
review-no-message = (no message)
review-accept = ✅ Accept
review-decline = ✖️ Decline
review-already = This application has already been handled.
review-ask-reason = Want to explain briefly why? Type it here (the young person will read it), or tap the button.
review-no-reason = Decline without a reason
review-done-accepted = ✅ Accepted! { $left ->
        [0] "{ $title }" is now full.
        [one] "{ $title }" has one place left.
       *[other] "{ $title }" has { $left } places left.
    }
review-done-declined = 👌 Done: application declined.
application-accepted = 🎉 You're in! The coordinators of "{ $project }" accepted your application. They'll write to you here in the bot.
application-declined = It didn't work out for "{ $project }" this time. { $reason } Don't give up: there are more in /projects!

## Projects: young people
project-remote = remote
project-deadline = · ⏳ apply by { $date }
project-card =
    🌱 <b>{ $title }</b>
    { $description }
    💚 { $causes }
    🛠️ { $skills }
    📍 { $place } · 🎂 ages { $low }–{ $high } · ⏱️ { $hours } · 🗓️ { $days }
    👥 places left: { $left } { $deadline }
why-shared = you share: { $things }
why-candidate-shares = shares with the project: { $things }
why-hours = your time fits
why-new = new
why-open = open to everyone
projects-page =
    🔎 <b>Projects for you</b> (page { $page } of { $pages })
    { $lines }
projects-line = { $number }. <b>{ $title }</b> — 📍 { $place }
    ✨ { $why }
projects-details = ℹ️ { $number }. { $title }
projects-apply = 🙋 I'm interested
projects-remote = 🌐 Remote projects
projects-browse = 🧭 Browse by cause
projects-none-no-consent = 🔎 "Visible to projects" is off in /settings, so I don't use your profile to pick them. You can still browse by cause 👇
projects-none-guardian = ⏳ We're waiting for your parent's OK: then you'll see projects and can apply.
projects-none-nothing-fits = 🔎 For now no open project fits your age and profile. You can browse by cause, or add causes and skills in /profile. New ones arrive often!
projects-none-no-profile = First create your profile with /start.
projects-pick-cause = Which cause interests you?
projects-browse-none = No open project for { $cause } suits your age, for now.
projects-browse-list = { $cause }: { $count ->
        [one] one project
       *[other] { $count } projects
    }. Tap for details:
project-gone = This project is no longer available.
apply-problem-not-eligible = You can't apply to this project: it isn't open, it's full, it's past its deadline or it isn't for your age.
apply-problem-already = You've already applied to this project: see /myapplications.
apply-ask-message = ✍️ Want to add a short message for the coordinators of "{ $title }"? Type it here ({ $max } characters at most), or tap a button.
apply-without-message = 📨 Send without a message
apply-cancel = ✖️ Never mind
apply-cancelled = OK, no application sent.
apply-message-too-long = ✂️ The message is { $length } characters long: { $max } at most. You can keep the first { $max } (it would end like this: "…{ $ending }"), or shorten it yourself and send it again.
application-sent = 📨 Application sent for "{ $title }"! I'll tell you here as soon as the coordinators answer. Your applications: /myapplications
myapplications-none = You haven't applied to any project yet. Have a look at /projects!
myapplications-list =
    📋 <b>Your applications</b>
    { $lines }
myapplications-line = • { $title } — { $status }
application-status-invited = invitation to answer
application-status-applied = waiting for an answer
application-status-accepted = ✅ you're in
application-status-declined = not accepted
application-status-withdrawn = withdrawn
application-status-left = you left
application-status-invite_declined = invitation declined
myapplications-withdraw = ↩️ Withdraw: { $title }
myapplications-write = ✉️ Write: { $title }
myapplications-leave = 🚪 Leave
application-withdrawn = ↩️ Application withdrawn for "{ $title }".
application-left = 🚪 You left "{ $title }". Thank you for what you did!
application-invite_declined = 👍 OK, you said no to the invitation to "{ $title }".
coordinator-told-invite_declined = { $name } said no to the invitation to "{ $title }".
coordinator-told-withdrawn = ↩️ { $name } withdrew their application for "{ $title }".
coordinator-told-left = 🚪 { $name } left "{ $title }": a place is free again.
reply-type = ✍️ Type your message for the coordinators of "{ $title }". It goes through the bot and is recorded. /cancel to leave it.
reply-sent = ✉️ Your message to the coordinators:
candidates-which = Which project are you looking for young people for?
candidates-no-open = You have no open projects: publish one from /myprojects.
candidates-none = For "{ $title }" there's nobody to suggest right now, among those who chose to be visible to projects.
candidates-list =
    🔎 <b>Who might suit "{ $title }"</b>
    Only young people who chose to be visible to projects; no contacts.
    { $lines }
candidates-line = { $number }. { $name } · aged { $band } · 📍 { $city }
    ✨ { $why }
candidates-gone = This person is no longer among the candidates (they already have an invitation or an application, or changed their choices).
candidates-invite = 💌 Invite { $name }
invite-result-sent = 💌 { $name } is invited.
invite-result-not-yours = This project isn't yours.
invite-result-daily-limit = You've already sent 20 invitations today for this project: try again tomorrow.
invite-result-not-open = The project isn't open, or it's full.
invite-result-already = This person already has an invitation or an application for the project.
invite-result-not-wanted = This person doesn't take invitations to projects at the moment.
myapplications-accept-invite = ✅ Accept: { $title }
myapplications-decline-invite = ✖️ No, thanks
command-candidates = Find young people for a project
newproject-title = 📝 <b>New project</b> ({ $number }/{ $total }). What's it called? (3 to 80 characters)
newproject-description = 📝 ({ $number }/{ $total }) Describe it in a few lines: what, where, with whom. 1000 characters at most.
newproject-causes = 💚 ({ $number }/{ $total }) Which causes? Pick at least one, then Done.
newproject-skills = 🛠️ ({ $number }/{ $total }) Which skills does it need? Optional.
newproject-place = 📍 ({ $number }/{ $total }) Where? Type the city, or tap a button.
newproject-ages = 🎂 ({ $number }/{ $total }) For which ages? Pick or type, for example <code>16-25</code>.
newproject-hours = ⏱️ ({ $number }/{ $total }) How many hours a week does it take? Pick or type a number.
newproject-days = 🗓️ ({ $number }/{ $total }) When? Pick at least one, then Done.
newproject-places = 👥 ({ $number }/{ $total }) How many places? Pick or type a number (up to 500).
newproject-deadline = ⏳ ({ $number }/{ $total }) Until when can people apply? Type a date (<code>31/03/2027</code>) or tap the button.
newproject-cocoordinators = 🤝 ({ $number }/{ $total }) Other coordinators for this project? Optional: tap names, then Done.
newproject-ages-preset = { $low }–{ $high }
newproject-no-deadline = No deadline
newproject-cancel = ✖️ Cancel
newproject-preview = 👀 <b>Preview</b>: this is how young people will see it.
newproject-preview-edit = ✏️ <b>Edit</b>: tap what to change, then Save.
newproject-save-changes = 💾 Save changes
newproject-changed = ✅ Changes saved.
newproject-edit-title = ✏️ Title
newproject-edit-description = ✏️ Description
newproject-edit-causes = ✏️ Causes
newproject-edit-skills = ✏️ Skills
newproject-edit-place = ✏️ Place
newproject-edit-ages = ✏️ Ages
newproject-edit-hours = ✏️ Hours
newproject-edit-days = ✏️ When
newproject-edit-places = ✏️ Places
newproject-edit-deadline = ✏️ Deadline
newproject-edit-cocoordinators = ✏️ Coordinators
myprojects-edit = ✏️ Edit
newproject-publish = 🚀 Publish
newproject-save = 💾 Save as draft
newproject-published = 🚀 Published! Young people it suits already see it in /projects. Run it from /myprojects.
newproject-saved = 💾 Saved as a draft: publish it whenever you like from /myprojects.
newproject-edit-cancelled = OK, nothing changed.
newproject-cancelled = OK, project cancelled.
newproject-problem-title = ✍️ The title needs 3 to 80 characters.
newproject-problem-duplicate = There's already a project with this title: pick another.
newproject-problem-description = ✍️ The description needs 1 to 1000 characters.
newproject-problem-city = 📍 I can't find that town: type the name of an Italian town (for example <code>Torino</code>) or of a big city abroad, or tap a button.
newproject-problem-ages = 🎂 Type two ages between { $low } and { $high }, for example <code>16-25</code>.
newproject-problem-hours = 🔢 Type a number of hours from 1 to 40, or tap one of the ranges below.
newproject-problem-places = 🔢 Type a number of places from 1 to 500.
newproject-problem-date = 📅 Type the date like this: <code>31/03/2027</code>.
newproject-problem-past = 📅 That date has passed.
newproject-problem-empty = Pick at least one 🙂
newproject-problem-buttons = 👇 Use the buttons here.
newproject-problem-save = I couldn't save: places can't be fewer than the participants, or the project is no longer yours.
newproject-problem-gone = This project is no longer being written.
project-remote-button = 🌐 Remote
command-newproject = Create a project step by step
projectlog-none = There are no published projects yet.
projectlog-which = Which project's messages do you want to read?
projectlog =
    🗂️ <b>Messages of "{ $title }"</b> ({ $count } in all, newest first) · page { $page } of { $pages }

    { $lines }
projectlog-staff-line = [{ $when }] 🧑‍💼 { $who }: { $text }
projectlog-member-line = [{ $when }] 🙋 { $who }: { $text }
command-projects = Projects that suit you
command-myapplications = Your applications
command-myprojects = Your projects (coordinators)
command-import = Import projects from a spreadsheet
command-projectlog = A project's messages (moderators)

## Fallback answers
unknown-command = I don't know the command { $command } 🤔 Type /help to see the ones I use.
stray-text = For now I answer commands and buttons. Type /help to see what I can do.
stray-media = Thanks! For now I only understand commands and buttons, though. Type /help to start.
edited-message = I saw you edited a message: that doesn't change what I've already done. If needed, write to me again.
button-expired = This button is no longer active. Try again from the latest message.
error-generic = Oops, something went wrong on our side 😕 Try again in a moment; if it happens again, type /help.

# One conversation at a time: starting something while another is half done.
conversation-busy = You still have { $what } half done. Go on with it, or drop it and start { $new }?
conversation-keep = ▶️ Go on: { $what }
conversation-replace = 🆕 Drop it, start { $new }
conversation-kept = OK, let's go on where you left off: answer the last question above.
flow-onboarding = your sign-up
flow-profile_edit = a change to your profile
flow-staff_join = joining the staff
flow-project_draft = a new project
flow-event_draft = an event
flow-question = a message
question-lapsed = ⌛ Some time has passed and that question has expired: the message was not sent. Tap the button again to try again.
member-waiting-guardian = ⏳ We're waiting for your parent's OK: then you can use everything. /start shows where the request is.
