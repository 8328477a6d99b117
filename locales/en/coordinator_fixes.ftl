## Coordinators: answering applications
review-decline-not-sent = ⚠️ The decline for { $name } ("{ $title }") was <b>not</b> sent: the application is still waiting. Choose below whenever you like.
review-stamp-accepted = ✅ Accepted by you · { $time }
review-stamp-declined = ✖️ Declined by you · { $time }
review-stamp-declining = ✍️ You are declining: type the reason below, or tap "Decline without a reason".
review-already-accepted = This application has already been accepted: nothing more to do.
review-already-declined = This application has already been declined: nothing more to do.
moderator-only = This command is for moderators and admins.

## Coordinators: /candidates
why-candidate-hours = time: fits the project

## Coordinators: /newproject
newproject-cocoordinators-none = 🤝 ({ $number }/{ $total }) Other coordinators for this project? There are no other coordinators yet: tap Done.
