-- Events and the answers to them. A seat is taken by one statement that counts the seats held
-- and inserts the answer together, so two people can never take the last seat twice.
CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL CHECK (length(title) BETWEEN 3 AND 80),
    description       TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
    starts_at         TEXT NOT NULL,                  -- UTC
    duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 10080),
    place             TEXT,
    link              TEXT,
    capacity          INTEGER CHECK (capacity IS NULL OR capacity >= 1),
    project_id        INTEGER REFERENCES projects (id) ON DELETE SET NULL,
    min_age           INTEGER,
    max_age           INTEGER,
    reminder_minutes  TEXT NOT NULL DEFAULT '[]',     -- JSON: offsets before the start
    status            TEXT NOT NULL CHECK (status IN ('open', 'cancelled')),
    created_by        INTEGER NOT NULL,
    created_at        TEXT NOT NULL
) STRICT;

CREATE INDEX events_upcoming ON events (starts_at) WHERE status = 'open';

-- answer: going (seat = 1), maybe, no, waitlist (queued_at orders it), offered (a freed seat
-- held for them until offer_expires_at: seat = 1).
CREATE TABLE rsvps (
    event_id          INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id         INTEGER NOT NULL REFERENCES members (telegram_id) ON DELETE CASCADE,
    answer            TEXT NOT NULL CHECK (answer IN ('going', 'maybe', 'no', 'waitlist', 'offered')),
    seat              INTEGER NOT NULL DEFAULT 0 CHECK (seat IN (0, 1)),
    queued_at         TEXT,
    offer_expires_at  TEXT,
    answered_at       TEXT NOT NULL,
    PRIMARY KEY (event_id, member_id)
) STRICT;

CREATE INDEX rsvps_waitlist ON rsvps (event_id, queued_at) WHERE answer = 'waitlist';
CREATE INDEX rsvps_by_member ON rsvps (member_id);
