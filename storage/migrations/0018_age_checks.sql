-- Age retries (safeguarding rule 23). One row per person who got a refusal or a guardian step at
-- the age question in the last 30 days: a keyed hash of the Telegram id (never the id), the
-- outcome and the month/year declared (a moderator compares it with a later answer). It hangs
-- off nothing, so /deleteme and a refusal leave it; the retention task drops it after 30 days.
CREATE TABLE age_checks (
    id           INTEGER PRIMARY KEY,
    subject      TEXT NOT NULL UNIQUE,
    outcome      TEXT NOT NULL CHECK (outcome IN ('too-young', 'needs-guardian', 'too-old')),
    birth_year   INTEGER NOT NULL,
    birth_month  INTEGER NOT NULL CHECK (birth_month BETWEEN 1 AND 12),
    answered_at  TEXT NOT NULL
) STRICT;
CREATE INDEX age_checks_by_time ON age_checks (answered_at);

-- A later answer that would change the outcome, waiting for a moderator. It belongs to the
-- person (erased with them, as rule 2 data) and names the check it would override.
CREATE TABLE age_retries (
    member_id    INTEGER PRIMARY KEY REFERENCES members (telegram_id) ON DELETE CASCADE,
    check_id     INTEGER NOT NULL UNIQUE REFERENCES age_checks (id) ON DELETE CASCADE,
    birth_year   INTEGER NOT NULL,
    birth_month  INTEGER NOT NULL CHECK (birth_month BETWEEN 1 AND 12),
    asked_at     TEXT NOT NULL
) STRICT;
