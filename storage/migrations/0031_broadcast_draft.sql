-- The /broadcast flow is a conversation like the drafts: the table's list of flows gains it.
-- SQLite cannot change a CHECK in place, so the table is rebuilt with its rows.
CREATE TABLE conversations_new (
    telegram_id  INTEGER PRIMARY KEY,
    flow         TEXT NOT NULL CHECK (flow IN (
                     'onboarding', 'profile_edit', 'staff_join',
                     'project_draft', 'event_draft', 'question', 'broadcast_draft')),
    step         TEXT NOT NULL,
    data         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
    updated_at   TEXT NOT NULL
) STRICT;

INSERT INTO conversations_new (telegram_id, flow, step, data, updated_at)
SELECT telegram_id, flow, step, data, updated_at FROM conversations;

DROP TABLE conversations;
ALTER TABLE conversations_new RENAME TO conversations;
