-- A coordinator's text to a member under 18 that was held for contact details (rule 24) is kept
-- in the project's log, so the moderators alerted can read it where they read the rest; members
-- and coordinators never see it. NULL: the message went out.
ALTER TABLE project_messages ADD COLUMN held TEXT CHECK (held IN ('contacts'));
-- A message to participants under 18 written in quiet hours reaches them when the hours end:
-- the log says so, so that a moderator does not read the time written as the time received.
ALTER TABLE project_messages ADD COLUMN minors_from TEXT;
