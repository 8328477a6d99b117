# The sandbox (python -m bot sandbox): texts of the terminal chat itself, not of the bot.

sandbox-welcome =
    Gen C bot — the sandbox.
    This is the real bot talking to a pretend Telegram on this computer: try every flow as
    the people below. Nothing leaves this computer, and { $kept ->
        [yes] the database and the log stay when you quit (--keep).
       *[no] everything is forgotten when you quit.
    }
sandbox-people-title = You can be:
# Who each demo person is (bot/sandbox/people.py has the same in English).
sandbox-role-sofia = 16, new: try the onboarding (born { $born })
sandbox-role-giulia = 13, new: needs her parent's consent (born { $born })
sandbox-role-anna = Giulia's mother
sandbox-role-luca = 22, a member already (writes in English)
sandbox-role-emma = coordinator of five projects and a draft
sandbox-role-marco = moderator, safeguarding lead
sandbox-role-paola = admin
sandbox-person-line = { $number }. { $name } — { $role }
sandbox-pick-hint = Type a number to be that person, or /as and a name.
sandbox-commands-short =
    The commands that matter:
      /as NAME    be someone else, e.g. /as giulia (/people lists everyone)
      /wait 2h    move the clock forward (or /wait 17:00, /wait tomorrow 9:00): reminders, offers
      /sandbox    every sandbox command
    Anything else goes to the bot. A number presses that button of your latest message with buttons;
    to type a number to the bot (e.g. 4 hours) put \ before it: \4
sandbox-log = The bot's log: { $path } (removed when you quit, unless you start with --keep).
sandbox-log-kept = The bot's log: { $path } (it stays when you quit: you started with --keep).
sandbox-you-are = 🙋 You are { $name } — { $role }.
sandbox-first-step = Type /start to talk to the bot as { $name }.
sandbox-help =
    Sandbox commands (anything else goes to the bot, as the person you are):
      /as NAME or /as N       be someone else (/people lists them with their numbers)
      /people                 who you can be
      /wait SPAN              move the clock forward: 30m, 2h, 1d, 1d12h; what fell due runs
      /wait 17:00             until the next 17:00 (/wait tomorrow 9:00: until 9 tomorrow)
      /group TEXT             say TEXT in the community group
      /group reply N TEXT     answer its message number N, e.g. /group reply 12 /report
      /open N                 open link N (shown after 🔗), as the person you are
      /send FILE [caption]    send a photo (.jpg, .png) or a document, e.g. a spreadsheet
      /sandbox                this help
      /quit                   stop (Ctrl-D and Ctrl-C too)
    A number presses a button of your latest message with buttons: [1], [2]…
    To send a number as text instead, put a backslash before it: \5
    Pasting a link t.me/…?start=… opens it too.
sandbox-got = 📨 { $name } got: { $text }
sandbox-got-edit = ✏️ { $name }: a message was edited: { $text }
sandbox-got-deleted = 🗑️ { $name }: a message was deleted: { $text }
sandbox-in-group = 📨 in { $title }, message #{ $number } from the bot: { $text }
sandbox-in-group-edit = ✏️ in { $title }, the bot edited message #{ $number }: { $text }
sandbox-in-group-deleted = 🗑️ in { $title }, the bot deleted message #{ $number }: { $text }
sandbox-edited = ✏️ The bot edited “{ $text }”, now it reads:
sandbox-edited-end = ✏️ The bot edited “{ $text }”, it now ends with:
sandbox-group-sent = 👥 { $title }, message #{ $number } from the bot:
sandbox-group-edited = ✏️ { $title }: the bot edited message #{ $number } “{ $text }”, now it reads:
sandbox-group-edited-end = ✏️ { $title }: the bot edited message #{ $number } “{ $text }”, it now ends with:
sandbox-group-deleted = 🗑️ { $title }: message #{ $number } (the bot's: { $text }) deleted by the bot
sandbox-group-post = 👥 { $title } #{ $number } · { $name }: { $text }
sandbox-group-removed = 🗑️ { $title }: message #{ $number } ({ $name }: { $text }) removed by the bot
sandbox-buttons-changed = ✏️ New buttons on “{ $text }”:
sandbox-deleted = 🗑️ deleted: { $text }
sandbox-photo = 🖼️ photo saved to { $path }
sandbox-document = 📄 document saved to { $path }
sandbox-not-saved = ⚠️ The file could not be saved in { $folder }: { $reason }
sandbox-link = 🔗 /open { $number } → { $link }
sandbox-toast = 💬 { $text }
sandbox-alert = ⚠️ { $text }
sandbox-away = While you were someone else, { $name } got { $count ->
        [one] this message:
       *[other] these { $count } messages:
    }
sandbox-away-earlier = { $count ->
        [one] (1 earlier message not shown)
       *[other] ({ $count } earlier messages not shown)
    }
sandbox-wait-usage = Write how long, or until what time: /wait 30m, /wait 2h, /wait 1d, /wait 17:00 or /wait tomorrow 9:00.
sandbox-wait-now = ⏩ It is now { $when } (the sandbox's clock is { $ahead } ahead).
sandbox-wait-done = { $count ->
        [0] ⏩ Nothing fell due.
        [one] ⏩ One message went out meanwhile.
       *[other] ⏩ { $count } messages went out meanwhile.
    }
sandbox-no-button = Your latest message with buttons has { $count }: there is no button { $number }. To send { $number } to the bot as text, type \{ $number }
sandbox-press-hint = 💡 “{ $number }” pressed button [{ $number }] “{ $label }”. To send the bot a number as text (e.g. 4 hours), type \4
sandbox-who-usage = Who? /as and a name or a number from /people, e.g. /as anna.
sandbox-group-usage = /group TEXT says TEXT in the community group; /group reply N TEXT answers its message number N, e.g. /group reply 12 /report.
sandbox-not-in-group = { $name } is not in { $title }.
sandbox-no-message = There is no message { $number } in { $title }.
sandbox-open-usage = /open N opens link number N (shown after 🔗).
sandbox-no-link = There is no link { $number } yet.
sandbox-url = 🌐 A web link: { $link } (the sandbox opens no web pages).
sandbox-send-usage = /send FILE, e.g. /send projects.csv, /send "My projects.xlsx" or /send poster.jpg A caption.
sandbox-send-missing = Cannot read { $path }: { $reason }
sandbox-refused = The pretend Telegram refused that: { $reason }
sandbox-bye = Bye! Everything the sandbox made is forgotten.
sandbox-kept = The sandbox's database and log are kept in { $folder }.
