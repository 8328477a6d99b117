-- A coordinator's reply to one participant (not to all of them): whom it was for, so the log
-- reads as threads by person and the reply goes when that member is erased, like their own
-- messages. NULL: from a member, or to all the project's participants.
ALTER TABLE project_messages ADD COLUMN to_member_id INTEGER
    REFERENCES members (telegram_id) ON DELETE CASCADE;

CREATE INDEX project_messages_to_member ON project_messages (to_member_id)
    WHERE to_member_id IS NOT NULL;
