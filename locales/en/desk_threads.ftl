# Replying to one person, the copies for the other coordinators, /projectlog by person.
thread-reply = ↩️ Reply to { $name }
thread-reply-type = ✍️ Type your reply to { $name } ("{ $title }"). Only { $name } receives it{ $others ->
        [0] .
        [one] ; { $copies } also sees a copy, as the project's other coordinator.
       *[other] ; { $copies } also see a copy, as the project's other coordinators.
    } It goes through the bot and is recorded; no personal contacts. /cancel to leave it.
thread-reply-sent = ↩️ Your reply to { $name }:
thread-reply-gone = This person is no longer in the community: nothing was sent.
thread-reply-not-yours = You no longer coordinate this project: nothing was sent.
thread-reply-not-participant = { $name } no longer takes part in this project, and the bot passes messages only to its participants: nothing was sent.
thread-reply-not-sent = ↩️ Your reply was not sent. To answer, tap "Reply" again.
thread-reply-to-you =
    ✉️ <b>{ $project }</b> — { $author ->
        [none] a reply for you from the coordinators:
       *[other] { $author } replied to you:
    }
    { $text }
thread-copy-all =
    📋 <b>{ $title }</b> — { $author } → all participants:
    { $text }
thread-copy-one =
    📋 <b>{ $title }</b> — { $author } → { $name }:
    { $text }
projectlog-threads =
    🗂️ <b>Messages of "{ $title }"</b>: { $count } in { $threads ->
        [one] one thread
       *[other] { $threads } threads
    } · page { $page } of { $pages }
    A thread is one person's messages and the replies to them alone. Open one to read it in order.

    { $lines }
projectlog-everyone = all participants
projectlog-thread = 🙋 <b>{ $who }</b> · { $count ->
        [one] 1 message
       *[other] { $count } messages
    } · last { $last }
projectlog-thread-everyone = 👥 <b>{ $who }</b> · { $count ->
        [one] 1 message
       *[other] { $count } messages
    } · last { $last }
projectlog-thread-open = 🙋 { $who } ({ $count })
projectlog-thread-everyone-open = 👥 { $who } ({ $count })
projectlog-former = a former member
projectlog-thread-former = 🚪 <b>{ $who }</b> · { $count ->
        [one] 1 message
       *[other] { $count } messages
    } · last { $last }
projectlog-thread-former-open = 🚪 { $who } ({ $count })
projectlog-everything = 🕑 Everything, newest first
projectlog-page-before = ◀ Page { $page }
projectlog-page-after = Page { $page } ▶
projectlog-threads-back = ↩️ Threads by person
projectlog-thread-empty = 🗂️ No messages with { $who } any more.
projectlog-thread-page =
    🗂️ <b>"{ $title }" · { $who }</b> ({ $count }, oldest first) · page { $page } of { $pages }

    { $lines }
mythreads-button = 💬 Messages
thread-member-wrote =
    💬 <b>{ $title }</b> — { $name } writes:
    { $text }
modlog-do-project-thread_read = { $who } read the messages between a project and one person
modlog-do-project-reply_sent = { $who } replied privately to one person of a project
