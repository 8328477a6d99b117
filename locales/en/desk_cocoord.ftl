# Co-coordinators: who is added to a project, who decided an application, who changed an event.
cocoord-added = 🤝 { $who ->
        [admin] An admin
       *[staff] { $name }
    } added you as a co-coordinator of "{ $title }". From now on you get the project's applications and the participants' messages too, and see its events in /manageevents.
cocoord-step-down = 🙅 Step down
cocoord-step-down-confirm = Leave "{ $title }"? You will no longer get its applications or the participants' messages. The other coordinators will be told.
cocoord-step-down-yes = Yes, step down
cocoord-step-down-no = No, I'll stay
cocoord-stays = 👍 You stay on "{ $title }": applications and messages come to you too. If you change your mind, open the project from /myprojects and tap 🙅 Leave the project.
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
    } took you off the coordinators of "{ $title }": the applications and messages of "{ $title }" now go to the other coordinators. Thanks for your help!
modlog-do-project-cocoordinator_added = { $who } added { $whom } to a project's coordinators
modlog-do-project-cocoordinator_removed = { $who } took { $whom } off a project's coordinators
modlog-do-project-stepped_down = { $who } stepped down as a project's coordinator
sandbox-role-giorgio = coordinator, on no project yet (Emma can add him)
review-card-withdrawn = ↩️ Withdrawn by the applicant · { $time }
cocoord-added-team = 👥 You run it with { $team }.
cocoord-leave-project = 🙅 Leave the project
cocoord-an-admin = an admin
cocoord-admin-name = { $name } (admin)
cocoord-and = { $first } and { $last }
cocoord-colleague-left = 👋 { $name } is no longer staff: you now run "{ $title }". The project's applications and messages come to you.
cocoord-colleague-left-team = 👋 { $name } is no longer staff: you now run "{ $title }" with { $team }.
cocoord-preview-team = 🤝 Other coordinators: { $team }
cocoord-preview-team-none = 🤝 Other coordinators: none
demote-projects-alone = ⚠️ These projects would be left with no coordinator:
    { $titles }
    Their applications would go to the admins until someone takes them on.
demote-projects-left = ⚠️ Without { $name }, these projects have no coordinator left:
    { $titles }
    Their applications go to the admins. Take them on with the button: you'll then find them in /myprojects, where you can add a coordinator (✏️ Edit › ✏️ Coordinators) or close them.
demote-take-on = 🙋 I'll take them on
demote-take-on-none = These projects already have someone running them: nothing more to do.
demote-taken-on = ✅ You now run:
    { $titles }
    You'll find them in /myprojects: from there add a coordinator (✏️ Edit › ✏️ Coordinators) or close them.
modlog-do-project-taken_on = { $who } took on a project left with no coordinator
