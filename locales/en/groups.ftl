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
    { $found }{ $context }
    { $removed ->
        [yes] I removed the message.
       *[no] ⚠️ I could not remove it: please remove it yourselves.
    } { $told ->
        [now] I explained why to them in private, at once.
        [earlier] I had explained why to them in private a few minutes ago.
       *[unreachable] I cannot explain it to them: they have not started the bot.
    }
groups-contacts-reply = ↩️ They were replying to { $name } ({ $band ->
        [unknown] age unknown
       *[other] aged { $band }
    }), who had written: <i>"{ $quote }"</i>
groups-contacts-adult =
    🛡️ I took your message out of the group "{ $group }": it had a contact in it (a number, an e-mail, an @username or an invitation to another app).
    The group's rule 2 is for everyone: many members there are minors, and meet-ups are planned in the group. Thank you!
groups-solicit-alert =
    🚨 <b>An adult asking for contacts or secrets in a group</b>
    { $adult } (aged { $band }) wrote in the group "{ $group }"{ $to }:
    <i>"{ $quote }"</i>
    { $removed ->
        [yes] I removed the message because it had a contact in it.
       *[no] The message is still in the group: please look at it.
    }
groups-solicit-to = , replying to { $minor } ({ $band ->
        [unknown] age unknown
       *[other] aged { $band }
    })
groups-released-barred = ✅ You have finished introducing yourself! In the group, though, you cannot write for now: the moderators' decision still stands.
groups-released-paused = ✅ You have finished introducing yourself! In the group the moderators' pause still runs: you can write from { $until }. Until then you can read.
groups-rejoined-barred = ⏸️ You are back in the group, but the moderators' pause still runs: for now you can only read.
groups-rejoined-paused = ⏸️ You are back in the group, but the moderators' pause still runs: you can write from { $until }. Until then you can read.
groups-welcome-summary-held = 🇬🇧 Welcome! For now you can only read here: say hi to the bot in private (two minutes) and you can write.
groups-welcome-summary-open = 🇬🇧 Welcome! No phone numbers, @names or other apps here. Say hi to the bot in private to find projects and events.
groups-welcome-summary-back = 🇬🇧 Welcome back! You can write now: no phone numbers, @names or other apps here.
guardian-status-group = ✍️ You can write in the community group as soon as a moderator checks your parent's OK.
modlog-do-groups-adult_asked = { $who } flagged a message by { $whom } in the group: it asked for contacts, a private chat or secrecy
