-- Staff (safeguarding rule 20): moderators and coordinators, adults who joined by an admin's
-- one-time invite and accepted the code of conduct. Admins come from ADMIN_IDS, not from here.
CREATE TABLE staff (
    telegram_id          INTEGER PRIMARY KEY,
    role                 TEXT NOT NULL CHECK (role IN ('moderator', 'coordinator')),
    name                 TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    language             TEXT,               -- their Telegram app's, when it is one of ours
    conduct_accepted_at  TEXT NOT NULL,
    added_at             TEXT NOT NULL
) STRICT;

-- One-time staff invites (72 hours). Only a hash of the token is kept. The adult who opens one
-- is remembered on it while they give a name and accept the code of conduct.
CREATE TABLE staff_invites (
    token_hash   TEXT PRIMARY KEY,
    role         TEXT NOT NULL CHECK (role IN ('moderator', 'coordinator')),
    created_by   INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    opened_by    INTEGER,
    name         TEXT,
    used_at      TEXT
) STRICT;

CREATE INDEX staff_invites_open ON staff_invites (opened_by) WHERE used_at IS NULL;
