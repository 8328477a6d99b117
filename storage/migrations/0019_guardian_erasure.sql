-- After a withdrawal or a moderator's revocation the child's data goes on a fixed day (the one the
-- guardian was told); a new link from the child does not move it. `withdrawn_by` is the guardian
-- who withdrew, kept past a new link so they can be told when the data is gone.
ALTER TABLE guardian_requests ADD COLUMN erase_at TEXT;
ALTER TABLE guardian_requests ADD COLUMN withdrawn_by INTEGER;
