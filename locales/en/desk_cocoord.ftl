# Co-coordinators: who is added to a project, who decided an application, who changed an event.
cocoord-added = 🤝 { $who ->
        [admin] An admin
       *[staff] { $name }
    } added you as a co-coordinator of "{ $title }". From now on you get its applications and the participants' messages too, and see its events in /manageevents.
cocoord-step-down = 🙅 Step down
cocoord-step-down-confirm = Leave "{ $title }"? You will no longer get its applications or the participants' messages. The other coordinators will be told.
cocoord-step-down-yes = Yes, step down
cocoord-step-down-no = No, I'll stay
cocoord-stays = 👍 You stay on "{ $title }": applications and messages come to you too.
cocoord-stepped-down = 👋 Done: you no longer coordinate "{ $title }". The other coordinators were told.
cocoord-last-coordinator = You are the only coordinator of "{ $title }": a project always has at least one. To stop it, close it from /myprojects.
cocoord-not-on-team = You are no longer on this project: nothing to do.
cocoord-told-stepped-down = 👋 { $who ->
        [admin] An admin
       *[staff] { $name }
    } stepped down as coordinator of "{ $title }".
cocoord-stamp-accepted = ✅ Accepted by { $who ->
        [admin] an admin
       *[staff] { $name }
    } · { $time }
cocoord-stamp-declined = ✖️ Declined by { $who ->
        [admin] an admin
       *[staff] { $name }
    } · { $time }
cocoord-already-accepted = This application has already been accepted by { $who ->
        [admin] an admin
       *[staff] { $name }
    }: nothing more to do.
cocoord-already-declined = This application has already been declined by { $who ->
        [admin] an admin
       *[staff] { $name }
    }: nothing more to do.
cocoord-no-longer = You no longer coordinate "{ $title }": the other coordinators handle this application now.
cocoord-event-changed = ✏️ { $who ->
        [admin] An admin
       *[staff] { $name }
    } changed the event "{ $title }". You'll find it in /manageevents.
cocoord-event-cancelled = 🚫 { $who ->
        [admin] An admin
       *[staff] { $name }
    } cancelled the event "{ $title }": everyone who answered gets the notice.
cocoord-taken-off = { $who ->
        [admin] An admin
       *[staff] { $name }
    } took you off the coordinators of "{ $title }": its applications and messages now go to the others. Thanks for your help!
modlog-do-project-cocoordinator_added = { $who } added { $whom } to a project's coordinators
modlog-do-project-cocoordinator_removed = { $who } took { $whom } off a project's coordinators
modlog-do-project-stepped_down = { $who } stepped down as a project's coordinator
sandbox-role-giorgio = coordinator, on no project yet (Emma can add him)
review-card-withdrawn = ↩️ Withdrawn by the applicant · { $time }
