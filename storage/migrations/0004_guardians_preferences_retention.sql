-- Guardian consent for members under GUARDIAN_CONSENT_BELOW (safeguarding rule 2). One request per
-- member. The one-time link's token is kept only as a SHA-256 hash; it is cleared once consent is
-- given, so a link works once. `purposes` holds the guardian's choices until they confirm.
CREATE TABLE guardian_requests (
    member_id        INTEGER PRIMARY KEY REFERENCES members (telegram_id) ON DELETE CASCADE,
    reference_code   TEXT NOT NULL UNIQUE,
    token_hash       TEXT UNIQUE,
    telegram_name    TEXT NOT NULL,      -- the first name Telegram shows, for the guardian to see
    status           TEXT NOT NULL
                     CHECK (status IN ('pending', 'opened', 'consented', 'withdrawn')),
    guardian_id      INTEGER,            -- the account that opened the link
    purposes         TEXT NOT NULL DEFAULT '[]',
    method           TEXT CHECK (method IN ('bot', 'paper')),
    created_at       TEXT NOT NULL,
    link_expires_at  TEXT NOT NULL,
    decided_at       TEXT
) STRICT;

CREATE INDEX guardian_requests_by_guardian ON guardian_requests (guardian_id)
    WHERE guardian_id IS NOT NULL;

-- A member's preferences (safeguarding rule 12 covers the consents; these are the rest).
CREATE TABLE preferences (
    member_id     INTEGER PRIMARY KEY REFERENCES members (telegram_id) ON DELETE CASCADE,
    remind_maybe  INTEGER NOT NULL DEFAULT 0 CHECK (remind_maybe IN (0, 1))
) STRICT;

-- Retention (rule 13): when a member was warned of inactivity, and when one past MAX_AGE was told.
ALTER TABLE members ADD COLUMN inactivity_warned_at TEXT;
ALTER TABLE members ADD COLUMN aged_out_at TEXT;
CREATE INDEX members_by_last_seen ON members (last_seen_at);
