-- A series: an event that repeats by a rule. Each occurrence is a row of events (series_id set),
-- so answers, reminders, the waitlist and offers work per occurrence as for a single event, and
-- one occurrence can be moved or cancelled on its own.
CREATE TABLE event_series (
    id             INTEGER PRIMARY KEY,
    -- weekly; fortnightly (every two weeks); monthly on the same weekday of the month
    frequency      TEXT NOT NULL CHECK (frequency IN ('weekly', 'fortnightly', 'monthly')),
    -- monthly only: which weekday of the month, 1..4, or -1 for the last one
    week_of_month  INTEGER CHECK (week_of_month IS NULL OR week_of_month IN (1, 2, 3, 4, -1)),
    -- the first occurrence as local wall time 'YYYY-MM-DDTHH:MM' in time_zone: occurrences keep
    -- this local time across clock changes
    local_start    TEXT NOT NULL,
    time_zone      TEXT NOT NULL,
    until_date     TEXT,                                -- last possible local date, or NULL
    occurrences    INTEGER CHECK (occurrences IS NULL OR occurrences BETWEEN 1 AND 100),
    -- iCalendar SEQUENCE: raised on every change to the series or to one of its occurrences
    sequence       INTEGER NOT NULL DEFAULT 0,
    created_by     INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    CHECK ((until_date IS NULL) <> (occurrences IS NULL))
) STRICT;

ALTER TABLE events ADD COLUMN series_id INTEGER REFERENCES event_series (id) ON DELETE SET NULL;
-- The UTC start the rule gave this occurrence (its iCalendar RECURRENCE-ID); kept when the
-- occurrence alone is moved, so calendars know which one changed. NULL: not in a series.
ALTER TABLE events ADD COLUMN occurrence_start TEXT;

CREATE INDEX events_by_series ON events (series_id, occurrence_start) WHERE series_id IS NOT NULL;

-- A series' next open date, which /events and /manageevents look up for every row they list.
CREATE INDEX events_series_next ON events (series_id, starts_at) WHERE status = 'open';
