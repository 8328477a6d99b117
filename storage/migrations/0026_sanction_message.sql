-- The group message a warning, mute, ban or kick answered (the command was a reply to it), so
-- the same command sent twice for the same message is refused instead of counted twice.
-- NULL: no message (a report's outcome, the warning limit, an older row).
ALTER TABLE sanctions ADD COLUMN message_id INTEGER;
