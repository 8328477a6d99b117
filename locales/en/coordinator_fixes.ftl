## Coordinators: answering applications
review-decline-not-sent = ⚠️ The decline for { $name } ("{ $title }") was <b>not</b> sent: the application is still waiting. Choose below whenever you like.
