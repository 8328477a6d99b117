# The delivery of broadcasts (the engine): what moderators read in the log.
modlog-do-broadcast-stopped = { $who } stopped an announcement while it was going out
modlog-detail-unsent = { $value } not sent
