# The delivery of broadcasts (the engine): what moderators read in the log.
modlog-do-broadcast-stopped = { $who } ha fermato un annuncio mentre partiva
modlog-detail-unsent = { $value } non inviati
