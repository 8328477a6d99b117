# What happened to the copies of a message (rule 27): one phrasing for every sender.
delivery-sent-now = ✅ Sent now: { $count ->
        [one] 1 person.
       *[other] { $count } people.
    }
delivery-held = 🌙 Waiting until { $until }: { $count ->
        [one] 1 person under 18
       *[other] { $count } people under 18
    } (we don't message minors at night).
delivery-unreachable = 🚫 Can't be reached: { $count ->
        [one] 1 person
       *[other] { $count } people
    } (they blocked the bot or are gone).
delivery-switched-off = 🔕 Won't get it: { $count ->
        [one] 1 person has
       *[other] { $count } people have
    } switched these messages off.
delivery-nobody = There was nobody to send it to.
message-sent = ✉️ Message to the participants of "{ $title }":
review-told = 📬 The answer for { $name }:
review-gone = This application is no longer there: the person withdrew it or deleted their profile.
apply-keep-start = ✂️ Keep the first { $max } characters and send
projectlog-empty = 🗂️ "{ $title }": no messages so far.
projectlog-newer = ◀ Newer
projectlog-older = Older ▶
projectlog-file = 📄 All of it in a text file
projectlog-file-heading = Messages of "{ $title }" ({ $count }), oldest first
projectlog-file-caption = 🗂️ All the messages of "{ $title }", oldest first.
newevent-told = 📣 The notice of the change to those who answered:
apply-start-gone = ⌛ Some time has passed and I no longer have that message: the application wasn't sent. If you like, open /projects again and tap "🙋 I'm interested".
projectlog-held-line = [{ $when }] 🛡️ { $who } (held, not delivered: contact details): { $text }
projectlog-no-match = 🔎 No project is called “{ $typed }”. Pick one from the list:
projectlog-matches = 🔎 More than one project matches “{ $typed }”. Which one?
projectlog-file-again = 📄 I've just sent you the file: it's below.
projectlog-minors-from = 🌙 to members under 18 only from { $until } (quiet hours)
