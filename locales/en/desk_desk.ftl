## The coordinator's desk: counts, applications waiting, publishing all drafts, paged lists

desk-projects = 📋 <b>Your projects</b> ({ $count }){ $pages ->
        [1] {""}
       *[other] {" "}· page { $page } of { $pages }
    }
    { $lines }

    Tap a project to open it.
desk-project-line = { $number }. <b>{ $title }</b> · { $status }{ $shared ->
        [yes] {" "}🤝
       *[no] {""}
    }
    {"   "}{ $waiting ->
        [0] {""}
       *[other] ⏳ { $waiting } waiting ·{" "}
    }👥 { $taken } of { $places } · { $left ->
        [0] full
        [one] 1 place left
       *[other] { $left } places left
    }
desk-shared-legend = 🤝 = you run it with other coordinators
desk-project-status = Status: <b>{ $status }</b> · participants { $taken } of { $places }{ $waiting ->
        [0] {""}
       *[other] {" "}· ⏳ <b>{ $waiting } waiting</b>
    }
desk-coordinators = 👥 Coordinators: { $names }
desk-coordinator-admin = { $name } (admin)
desk-coordinator-an-admin = an admin
desk-participants = 👥 <b>{ $title }</b>: { $count ->
        [0] no participants yet.
        [one] one participant
       *[other] { $count } participants
    }
    { $lines }
desk-participant = • { $name }
desk-participant-by-you = • { $name } — accepted by you
desk-participant-by = • { $name } — accepted by { $who ->
        [admin] an admin
       *[staff] { $by }
    }
desk-back-to-project = ◀ Back to the project
desk-team-published = 🚀 { $who ->
        [admin] An admin
       *[staff] { $name }
    } published "{ $title }".
desk-team-reopened = ▶️ { $who ->
        [admin] An admin
       *[staff] { $name }
    } reopened "{ $title }".
desk-team-paused = ⏸️ { $who ->
        [admin] An admin
       *[staff] { $name }
    } paused "{ $title }".
desk-team-closed = 🔒 { $who ->
        [admin] An admin
       *[staff] { $name }
    } closed "{ $title }".
desk-team-many = 🚀 { $who ->
        [admin] An admin
       *[staff] { $name }
    } published { $count } projects you run together:
    { $titles }
desk-project-changed = The project changed meanwhile: here it is as it is now.
desk-project-now = "{ $title }" is { $status } now: you'll find it in /myprojects.
desk-waiting-button = { $count ->
        [one] ⏳ 1 application waiting
       *[other] ⏳ { $count } applications waiting
    }
desk-waiting-line = { $count ->
        [one] ⏳ <b>1 application</b> is waiting for your answer.
       *[other] ⏳ <b>{ $count } applications</b> are waiting for your answer.
    }
desk-waiting-reminder = { $count ->
        [one] In all, 1 application is waiting for an answer: here it is in the list.
       *[other] In all, { $count } applications are waiting for an answer in your projects: they're all in the list, oldest first.
    }
desk-waiting-open = ⏳ Open the list
desk-waiting-page = ⏳ <b>Waiting</b> · { $number } of { $count } (oldest first) · arrived { $day }
desk-waiting-none = ✅ No applications waiting right now.
desk-waiting-next = Next ▶
desk-waiting-previous = ◀ Previous
desk-waiting-after = ▶ Next ({ $count } waiting)
desk-publish-all-button = 🚀 Publish all drafts ({ $count })
desk-publish-all-preview = 🚀 <b>Publish { $count ->
        [one] 1 draft
       *[other] { $count } drafts
    }?</b>
    { $titles }

    { $count ->
        [one] Young people it suits will see it in /projects straight away. You can always pause it.
       *[other] Young people they suit will see them in /projects straight away. You can pause each one afterwards.
    }
desk-publish-all-late = ⚠️ These can't be published, their application deadline has passed (change it with ✏️ Edit):
    { $titles }
desk-publish-all-none = No drafts to publish.
desk-publish-all-yes = ✅ Yes, publish { $count ->
        [one] 1 project
       *[other] { $count } projects
    }
desk-publish-all-cancel = ✖️ Cancel
desk-publish-all-cancelled = All right: nothing was published.
desk-publish-all-done = 🚀 <b>Published { $count ->
        [one] 1 project
       *[other] { $count } projects
    }</b>:
    { $titles }

    { $count ->
        [one] Went out by mistake? Pause it with the button below.
       *[other] One went out by mistake? Choose it below to pause it.
    }
desk-publish-all-choose = ⏸️ Choose one to pause
desk-publish-all-which = ⏸️ <b>Which one to pause?</b> Your published projects, newest first. You can reopen it from /myprojects.
desk-publish-all-none-out = No published project to pause.
desk-publish-all-pause = ⏸️ { $title }
desk-publish-all-paused = ⏸️ Paused: { $title }
desk-title-line = • { $title }
desk-title-line-paused = • { $title } (⏸️ paused)
desk-page-heading =
    { $heading }
    📄 page { $page } of { $pages }
