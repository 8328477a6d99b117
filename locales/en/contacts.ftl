## Contact details in relayed texts and in the profile (safeguarding rule 24).

contacts-found-phone = • a phone number
contacts-found-email = • an e-mail address
contacts-found-username = • an @username
contacts-found-app = • an invitation to chat on another app (WhatsApp, Instagram, TikTok, Snapchat, Discord, Telegram…)
contacts-held =
    🛡️ <b>I didn't send it.</b> In the message I found:
    { $found }
    To keep you safe, personal contacts (numbers, e-mails, @usernames, other apps) don't go through the bot: you and the staff write to each other only here.
    ✍️ Write it again without them and I'll send it straight away.
contacts-held-reported =
    🛡️ <b>I didn't send it.</b> In the message I found:
    { $found }
    { $minors ->
        [one] The member who would get it is under 18: to keep them safe,
       *[other] { $minors } of the members who would get it are under 18: to keep them safe,
    } phone numbers, e-mails, @usernames and invitations to other apps don't go through the bot. The moderators get a copy, as for every message like this.
    ✍️ Write it again without them and I'll send it straight away: a place and a time are fine, and members answer you here in the bot.
contacts-alert =
    🛡️ <b>Message held</b> · { $at }
    { $named ->
        [yes] { $sender }
       *[no] An admin
    } wrote in the project “{ $project }” a message with personal contact details. It was not delivered; the sender knows and can write it again.
    { $recipients ->
        [1] 👤 It was for: { $minors }
       *[other] 👥 It was for the { $recipients } participants, { $count ->
            [one] 1 of them under 18
           *[other] { $count } of them under 18
        }: { $minors }
    }
    { $times ->
        [1] The first time in the last 30 days.
       *[other] ⚠️ <b>{ $times } times</b> in the last 30 days, this one included.
    }
    The text:
    <i>{ $text }</i>
contacts-alert-log = 🗂️ Open the project's log
contacts-alert-more = others
name-problem-not-a-name = 😊 Just your first name or a nickname is enough: one or two words, letters only (no numbers, @ or symbols).

## The city question (point 11): a real town or remote only.
city-unknown = 🤔 I can't find “{ $city }” among Italy's towns or the big cities abroad. Type the name of the town or city you live in, for example <code>Torino</code>, or tap “Remote only”. If you live in a small town abroad, type the nearest city.
