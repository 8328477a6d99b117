## /broadcast: an announcement to members (issue 14, the composing part)

command-broadcast = Send an announcement to members (coordinators, moderators)
broadcast-staff-only = This command is for coordinators and moderators.
broadcast-busy = You're in the middle of something else. Finish it, or type /cancel, then /broadcast again.
broadcast-cancelled = ✖️ Announcement dropped: nothing was sent.

broadcast-ask-message =
    📣 <b>New announcement</b>

    Write the message members will receive. Bold, italics and links are kept. You can also send a photo or a document with a caption.

    Type /cancel to stop.
broadcast-problem-empty = ✍️ The message is empty: write a few words.
broadcast-problem-too-long = ✂️ The message is { $length } characters long; Telegram takes at most { $limit }. Shorten it and send it again (nothing you chose is lost).
broadcast-problem-caption-too-long = ✂️ The caption is { $length } characters long; under a photo or a document Telegram takes at most { $limit }. Shorten it, or send the text alone.
broadcast-problem-buttons = 👇 Use the buttons here.
broadcast-problem-media = 🙅 { $kind ->
    [sticker] Stickers cannot go
    [voice] Voice messages cannot go
    [video_note] Video messages cannot go
    [video] Videos cannot go
    [animation] GIFs cannot go
    [audio] Audio files cannot go
    [location] Locations cannot go
    [contact] Contacts cannot go
   *[other] This cannot go
  } as an announcement: write a text, or send a photo or a document.
broadcast-problem-nobody = 🤷 Nobody matches these choices right now, so there is nothing to send. Remove a condition or choose others.
broadcast-problem-past = 📅 The time you chose has passed meanwhile: choose it again.
broadcast-problem-contacts = 🚫 I did not send it: the message has contact details and reaches members under 18.

broadcast-audience =
    👥 <b>Who should receive it?</b>

    { $conditions }

    { $count }

    Each button adds a condition: members must meet all of them. ✖️ removes one.
broadcast-audience-ex =
    🚫 <b>Who should be left out?</b>

    { $conditions }

    { $count }

    Choose what the members to leave out have in common.
broadcast-audience-everyone = Everyone who takes announcements.
broadcast-count = { $total ->
    [one] 👥 1 member matches
   *[other] 👥 { $total } members match
  }, { $minors } under 18.
broadcast-count-nobody = 🤷 Nobody matches yet.
broadcast-cond-in = ✅ { $field }: { $values }
broadcast-cond-ex = 🚫 Except { $field }: { $values }
broadcast-field-cause = cause
broadcast-field-skill = skill
broadcast-field-city = city
broadcast-field-age_band = age
broadcast-field-age = ages
broadcast-field-language = language
broadcast-field-project = participants of
broadcast-field-event = answered
broadcast-button-field-cause = 🌍 Cause
broadcast-button-field-skill = 🛠️ Skill
broadcast-button-field-city = 📍 City
broadcast-button-field-age_band = 🎂 Age
broadcast-button-field-age = 🎂 Ages
broadcast-button-field-language = 🗣️ Language
broadcast-button-field-project = 📁 Project
broadcast-button-field-event = 📅 Event
broadcast-button-remove = ✖️ Remove “{ $field }”
broadcast-button-exclude = 🚫 Leave some out…
broadcast-button-include = ✅ Back to choosing who gets it
broadcast-button-everyone = 👥 Everyone (remove all conditions)
broadcast-button-preview = 👀 Preview
broadcast-button-cancel = ✖️ Cancel
broadcast-button-change-message = ✏️ Change the message
broadcast-button-adults-only = 🔞 Send it to adults only (18+)
broadcast-button-back = ⬅️ Back to the preview
broadcast-button-done = ✔️ Done

broadcast-values =
    ✅ Only { $who }. Tap to choose (any of them counts), then Done.

    { $count }
broadcast-values-ex =
    🚫 Leave out { $who }. Tap to choose, then Done.

    { $count }
broadcast-who = { $field ->
    [cause] members who chose one of these causes
    [skill] members with one of these skills
    [city] members who live in one of these places
    [age_band] members in one of these age groups
    [age] members of these ages
    [language] members who read me in one of these languages
    [project] the participants of one of these projects
   *[event] members who gave one of these answers to an event
  }
broadcast-values-none-project = You have no projects yet, so there are no participants to choose.
broadcast-values-none-event = There are no upcoming events of your projects to choose.
broadcast-values-none-cause = Nothing to choose here.
broadcast-values-none-skill = Nothing to choose here.
broadcast-values-none-city = Nothing to choose here.
broadcast-values-none-age_band = Nothing to choose here.
broadcast-values-none-age = Nothing to choose here.
broadcast-values-none-language = Nothing to choose here.
broadcast-ages-hint = 🎂 Or type the ages, for example <code>18-25</code> or <code>18+</code>.
broadcast-ages-not-understood = 🤔 I did not understand the ages: type them like <code>16-25</code> or <code>18+</code>, or tap a band.
broadcast-problem-none-chosen = 🤷 You chose nothing, so I did not add that condition: the count below is who gets it now.
broadcast-city-hint = 📍 Or type a town, for example <code>Moncalieri</code>.
broadcast-city-remote = 💻 Online only
broadcast-city-did-you-mean = 🤔 I don't know “{ $city }”. Did you mean one of these?
broadcast-city-unknown = 🤔 I don't know that town. Check how it's written, or tap a button.
broadcast-answer-going = Going
broadcast-answer-maybe = Maybe

broadcast-preview =
    👀 <b>Preview</b> — the message is just above, as members will see it.

    👥 To:
    { $conditions }
    { $reach }
    { $approval }
    🕒 { $when }
broadcast-reach = Goes to { $total ->
    [one] 1 member
   *[other] { $total } members
  }: { $minors } under 18{ $quiet ->
    [0] .
    [one] , of whom 1 { $later ->
        [yes] is in quiet hours at that time
       *[no] is in quiet hours now
      } (they get it at { $until }).
   *[other] , of whom { $quiet } { $later ->
        [yes] are in quiet hours at that time
       *[no] are in quiet hours now
      } (they get it at { $until }).
  }
broadcast-reach-adults = { $total ->
    [one] Goes to 1 member, an adult.
   *[other] Goes to { $total } members, none under 18.
  }
broadcast-approval-needed = { $why ->
    [minors] 🛡️ A moderator must approve it first, because it reaches members under 18.
   *[wide] 🛡️ A moderator must approve it first, because it reaches people beyond your projects' participants.
  }
broadcast-approval-not-needed = ✅ No approval needed.
broadcast-held-contacts =
    🚫 <b>It cannot go like this.</b> In the message I found: { $kinds }. It also reaches members under 18 (or of unknown age), and we send them no personal contacts or invitations to other apps.
    Change the message, or send it to adults only.
broadcast-when-now = Goes out: as soon as you send it
broadcast-when-at = Goes out: { $when }
broadcast-button-test = 🧪 Send a test to me
broadcast-button-when = 🕒 When
broadcast-button-message = ✏️ Message
broadcast-button-audience = 👥 Audience
broadcast-button-send = 📣 Send
broadcast-copy-header = 📣 <b>Announcement from { $community }</b>
broadcast-copy-footer = <i>No more announcements? /settings</i>
broadcast-copy-test = 🧪 <b>TEST — only you see this message</b>
broadcast-test-sent = 🧪 Test sent to you.
broadcast-test-failed = 🧪 I couldn't send the test right now. Try again in a minute.
broadcast-ask-when =
    🕒 <b>When should it go out?</b>

    Tap Now, or type a date and time, for example <code>12/03 18:30</code>, <code>tomorrow 9:00</code> or <code>saturday 10</code>.
broadcast-button-now = ▶️ Now
broadcast-members = { $total ->
    [one] 1 member
   *[other] { $total } members
  }
broadcast-confirm-now = 📣 Send it to { $members } now?
broadcast-confirm-at = 📣 Schedule it for { $when }, to { $members }?
broadcast-confirm-approval-now = 🛡️ Send it to the moderators for approval? Once approved, it goes out at once to { $members }.
broadcast-confirm-approval-at = 🛡️ Send it to the moderators for approval? Once approved, it goes out on { $when } to { $members }.
broadcast-button-confirm = ✅ Yes, send
broadcast-submitted-sending = 📣 It's going out to { $members } now. A message with its progress follows.
broadcast-submitted-scheduled = 🕒 Scheduled: it goes out on { $when }. You can change the time or cancel it with /broadcasts.
broadcast-submitted-awaiting = 🛡️ Announcement no. { $number } is with the moderators. I'll tell you as soon as one of them decides.

## The moderators' card (rule 21)

broadcast-card =
    { $head }

    ✍️ From: { $sender } · sent { $submitted }
    👥 To:
    { $conditions }
    { $reach }
    🕒 { $when }

    The message follows, as members will see it ⬇️
broadcast-card-head-waiting = 🛡️ <b>Announcement no. { $number } waits for approval</b>
broadcast-card-head-approved = ✅ <b>Approved by { $name } at { $time }</b> · announcement no. { $number }
broadcast-card-head-rejected = ✖️ <b>Rejected by { $name }</b> · announcement no. { $number }: “{ $reason }”
broadcast-card-head-withdrawn = ↩️ <b>Withdrawn by { $name }</b> · announcement no. { $number }
broadcast-card-head-gone = <b>Announcement no. { $number } no longer waits for approval</b>
broadcast-card-head-changed = ✏️ <b>Text changed by { $name }</b> · announcement no. { $number }. The new card, with the new text, follows below.
broadcast-card-you = you
broadcast-card-approve = ✅ Approve
broadcast-card-reject = ✖️ Reject
broadcast-card-edit = ✏️ Edit the text
broadcast-card-approved = ✅ Approved by you · { $time }. { $what }
broadcast-card-going-now = It's going out now.
broadcast-card-going-at = It goes out on { $when }.
broadcast-card-when-now = Goes out: as soon as it's approved
broadcast-card-rejected = ✖️ Announcement no. { $number } rejected. Its sender has been told your reason.
broadcast-card-already-approved = Already approved by { $name } at { $time }.
broadcast-card-already-rejected = Already rejected by { $name } at { $time }.
broadcast-card-withdrawn = Its sender withdrew this announcement.
broadcast-card-gone = This announcement no longer waits for approval.
broadcast-card-not-yours = You are no longer a moderator: this card is not yours any more.
broadcast-card-text-changed = The text has changed: look at the new card.
broadcast-card-editing = ✏️ You are changing the text of announcement no. { $number }: shall I approve the original?
broadcast-card-approve-original = ✅ Yes, approve the original
broadcast-card-keep-editing = ✏️ No, I will send the new text
broadcast-reject-cancelled = I did not reject it: announcement no. { $number } still waits for a decision.
broadcast-edit-cancelled = The text of announcement no. { $number } did not change: it still waits for a decision.
broadcast-card-held = 🚫 It cannot be approved like this: the text has { $kinds }, and it reaches members under 18. Edit the text or reject it.
broadcast-edit-held = 🚫 In the new text I found: { $kinds }. The announcement reaches members under 18: take the contacts out and write it again.
broadcast-reject-too-short = ✍️ A few more words, please: whoever wrote announcement no. { $number } needs to know what to change. Write a short reason, or /cancel.
broadcast-ask-reject = ✍️ Why are you rejecting announcement no. { $number }? Type a short reason: its sender will read it.
broadcast-ask-edit = ✏️ Type the new text of announcement no. { $number } (bold, italics and links are kept). Then the card comes back for you to approve it.

## To the sender, through the gate

broadcast-told-approved = ✅ A moderator approved your announcement no. { $number }: it's going out now.
broadcast-told-approved-later = ✅ A moderator approved your announcement no. { $number }: it goes out at the time you chose.
broadcast-told-rejected =
    ✖️ A moderator didn't approve your announcement no. { $number }. Their reason:
    “{ $reason }”

    Nothing was sent; you can write a new one with /broadcast.
broadcast-told-edited = ✏️ A moderator changed the text of your announcement no. { $number }. It now begins: “{ $text }”
    It still waits for a decision: I will tell you when it comes.
broadcast-told-held = 🚫 Your announcement no. { $number } did not go: it now also reaches members under 18 and has { $kind ->
    [phone] a phone number
    [email] an e-mail address
    [username] a @username
   *[app] an invitation to another app
  }{ $more ->
    [0] {""}
   *[other] {" "}and other contacts
  }. Write a new one with /broadcast, without contacts or for adults only.

## The log (/modlog)

modlog-do-broadcast-submitted = { $who } asked the moderators to approve announcement no. { $number }
modlog-do-broadcast-sent = { $who } sent announcement no. { $number }
modlog-do-broadcast-scheduled = { $who } scheduled announcement no. { $number }
modlog-do-broadcast-approved = { $who } approved announcement no. { $number } by { $whom }
modlog-do-broadcast-rejected = { $who } rejected announcement no. { $number } by { $whom }
modlog-do-broadcast-edited = { $who } changed the text of announcement no. { $number } by { $whom }
modlog-do-broadcast-rescheduled = { $who } moved scheduled announcement no. { $number } to another time
modlog-do-broadcast-unscheduled = { $who } cancelled announcement no. { $number } before it went out
modlog-do-broadcast-held_contacts = the bot stopped an announcement by { $who }: it had contact details and reached minors
modlog-detail-words = begins: “{ $value }”
modlog-detail-change = text: { $value }
