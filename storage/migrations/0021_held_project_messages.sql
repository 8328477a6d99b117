-- A coordinator's text to a member under 18 that was held for contact details (rule 24) is kept
-- in the project's log, so the moderators alerted can read it where they read the rest; members
-- and coordinators never see it. NULL: the message went out.
ALTER TABLE project_messages ADD COLUMN held TEXT CHECK (held IN ('contacts'));
