-- Staff invites name the person they are for, and the role starts only when an admin confirms
-- who opened one (safeguarding rule 20). The table is rebuilt for a short id that buttons carry.
CREATE TABLE staff_invites_v2 (
    id                   INTEGER PRIMARY KEY,
    token_hash           TEXT NOT NULL UNIQUE,
    -- The press or message that asked for it: a second tap on the same button finds it made.
    nonce                TEXT UNIQUE,
    role                 TEXT NOT NULL CHECK (role IN ('moderator', 'coordinator')),
    invitee              TEXT CHECK (length(invitee) BETWEEN 1 AND 64),  -- as the admin named them
    created_by           INTEGER NOT NULL,
    created_by_name      TEXT,
    created_at           TEXT NOT NULL,
    expires_at           TEXT NOT NULL,
    opened_by            INTEGER,
    -- How Telegram showed the opener, for the admin to recognise them; cleared once decided.
    opener_display       TEXT,
    opener_username      TEXT,
    opener_language      TEXT,
    name                 TEXT,               -- the name the opener typed
    conduct_accepted_at  TEXT,               -- from then on the admin is asked
    decision             TEXT CHECK (decision IN ('confirmed', 'rejected')),
    decided_by           INTEGER,
    decided_by_name      TEXT,
    decided_at           TEXT
) STRICT;

INSERT INTO staff_invites_v2 (token_hash, role, created_by, created_at, expires_at, opened_by,
                              name, decision, decided_at)
SELECT token_hash, role, created_by, created_at, expires_at, opened_by, name,
       CASE WHEN used_at IS NULL THEN NULL ELSE 'confirmed' END, used_at
FROM staff_invites;

DROP TABLE staff_invites;
ALTER TABLE staff_invites_v2 RENAME TO staff_invites;
CREATE INDEX staff_invites_open ON staff_invites (opened_by) WHERE decision IS NULL;

-- Who brought each staff member in, and when (shown by /staff).
ALTER TABLE staff ADD COLUMN invited_by INTEGER;
ALTER TABLE staff ADD COLUMN invited_by_name TEXT;
ALTER TABLE staff ADD COLUMN confirmed_by INTEGER;
ALTER TABLE staff ADD COLUMN confirmed_by_name TEXT;
ALTER TABLE staff ADD COLUMN confirmed_at TEXT;
