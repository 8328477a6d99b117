-- Member profiles and onboarding progress. Both hang off members with ON DELETE CASCADE: a
-- person refused by the age gate, or who asks to be erased, leaves nothing behind.

CREATE TABLE profiles (
    member_id       INTEGER PRIMARY KEY REFERENCES members (telegram_id) ON DELETE CASCADE,
    birth_year      INTEGER,
    birth_month     INTEGER CHECK (birth_month BETWEEN 1 AND 12),
    first_name      TEXT CHECK (length(first_name) BETWEEN 1 AND 32),
    city            TEXT,                    -- NULL with remote_only = 1
    remote_only     INTEGER NOT NULL DEFAULT 0 CHECK (remote_only IN (0, 1)),
    causes          TEXT NOT NULL DEFAULT '[]',   -- JSON list of keys from a closed list
    skills          TEXT NOT NULL DEFAULT '[]',   -- JSON list of keys from a closed list
    days            TEXT NOT NULL DEFAULT '[]',   -- JSON list: weekdays, weekends, evenings
    hours_per_week  INTEGER CHECK (hours_per_week BETWEEN 1 AND 40),
    completed_at    TEXT                     -- NULL while onboarding
) STRICT;

-- Where a person is in the onboarding conversation, written at every step, so a crash or a
-- restart resumes at the same question.
CREATE TABLE onboarding (
    member_id   INTEGER PRIMARY KEY REFERENCES members (telegram_id) ON DELETE CASCADE,
    step        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
