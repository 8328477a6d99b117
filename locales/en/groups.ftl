## The bot in the community groups, and contact details posted there (safeguarding rule 26).

groups-pointer =
    👋 Hi! To introduce yourself, discover projects and events or ask for help (/help), write to me in private: tap the button below.
    Here in the group I stay quiet, so the chat is not filled up.
groups-pointer-button = 💬 Write to me in private
groups-rules =
    📌 <b>The group's rules</b>
    1. Respect everyone: no insults, mocking or leaving people out.
    2. No phone numbers, e-mails, @usernames or invitations to other apps: meet-ups are planned here.
    3. No spam, ads or adult content.
    4. If something is wrong, write /report: we listen.
groups-welcome-held =
    👋 <b>Welcome to the { $community } group!</b>
    { groups-rules }
    ✍️ For now you can only read here: introduce yourself to the bot in private (two minutes) and you can write straight away.
groups-welcome-guardian = 👨‍👩‍👧 If you are under { $below }, a parent's OK is needed too: the bot explains how, and you can write as soon as a moderator checks it.
groups-welcome-open =
    👋 <b>Welcome to the { $community } group!</b>
    { groups-rules }
    ✨ Introduce yourself to the bot in private (two minutes): it will show you projects and events that suit you.
groups-welcome-back =
    👋 <b>Welcome to the { $community } group!</b> We have met in the bot already: you can write straight away.
    { groups-rules }
groups-welcome-button = 👋 Introduce yourself
groups-cannot-restrict =
    ⚠️ <b>For the group's admins</b>
    Newcomers should only read until they introduce themselves to the bot, but I am not allowed to restrict members.
    Give me the "Ban users" right in the administrators' settings. Until then newcomers can write at once.
groups-released = 🔓 You can now write in the community group too. Enjoy the chat!
groups-still-held = ⏳ You can write in the community group as soon as a moderator checks your parent's consent. I will tell you when it is done.
groups-contacts-member =
    🛡️ I took your message out of the group "{ $group }": it had a personal contact in it (a number, an e-mail, an @username or an invitation to another app).
    The group has many people you do not know: for your safety, contacts are not swapped there. You are not in trouble 🙂
    You can write the message again without it. If someone asked for your contact and it makes you uneasy, write /report.
groups-contacts-alert =
    🛡️ <b>Contact removed from a group</b>
    { $name } ({ $band ->
        [unknown] age unknown: not yet introduced to the bot
       *[other] aged { $band }
    }) wrote in the group "{ $group }" a message with:
    { $found }
    { $removed ->
        [yes] I removed the message and explained why in private (if they started the bot).
       *[no] ⚠️ I could not remove it: please remove it yourselves.
    }
