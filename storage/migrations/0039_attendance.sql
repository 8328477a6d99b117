-- Who came to an event, marked by its organisers after it ended, and the time credited to each
-- (the event's length, or what the organiser set for that person). Unmarking deletes the row;
-- every mark and correction is audited. Erasing a member takes her rows with her.
CREATE TABLE attendance (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (telegram_id) ON DELETE CASCADE,
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 10080),
    -- 1: came without having answered Going (added by the organiser)
    added       INTEGER NOT NULL DEFAULT 0 CHECK (added IN (0, 1)),
    marked_by   INTEGER NOT NULL,
    marked_at   TEXT NOT NULL,
    PRIMARY KEY (event_id, member_id)
) STRICT;

CREATE INDEX attendance_by_member ON attendance (member_id);

-- When the organisers were asked who came (the sweep after an event ends asks once; a moved
-- event that has not ended yet is asked after its new end). NULL: not asked yet.
ALTER TABLE events ADD COLUMN attendance_asked_at TEXT;
