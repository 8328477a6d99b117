-- Events change after they are published: who may come, and a revision that moves reminders.
-- revision goes up when the start time changes: reminder tasks carry it in their dedupe key, so
-- the reminders of the new time are scheduled afresh while the old ones are cancelled.
ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
-- 1: only the participants of project_id may come; 0: everyone in the age band.
ALTER TABLE events ADD COLUMN participants_only INTEGER NOT NULL DEFAULT 0
    CHECK (participants_only IN (0, 1));
ALTER TABLE events ADD COLUMN cancelled_at TEXT;

CREATE INDEX events_by_creator ON events (created_by, starts_at);

-- Events being written with /newevent (or edited), one per coordinator.
CREATE TABLE event_drafts (
    coordinator_id  INTEGER PRIMARY KEY,
    step            TEXT NOT NULL,
    data            TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
