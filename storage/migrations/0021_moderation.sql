-- Moderation: warnings and sanctions in the community groups, appeals, and reports.
-- A person is kept by a keyed hash of their Telegram id (bot/core/keyed_hash.py) and, while they
-- have not erased their data, by the id itself: /deleteme sets the ids NULL and keeps the hash,
-- so that deleting an account does not lift a ban (safeguarding rule 11).

-- One row per warning, mute, ban or kick. A warning's `until` is when it expires; a mute's or
-- ban's is when it ends (NULL: until lifted). Rows are never deleted; lifting fills `lifted_*`.
CREATE TABLE sanctions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('warn', 'mute', 'ban', 'kick')),
    chat_id INTEGER NOT NULL,
    member_hash TEXT NOT NULL,
    member_id INTEGER,
    reason TEXT,
    -- Telegram id of the staff member or group admin who acted; NULL: the bot (warning limit,
    -- flood) or an erased person.
    by_id INTEGER,
    source TEXT NOT NULL DEFAULT 'command'
        CHECK (source IN ('command', 'warn_limit', 'flood', 'report')),
    report_id INTEGER REFERENCES reports (id),
    at TEXT NOT NULL,
    until TEXT,
    lifted_at TEXT,
    lifted_by INTEGER,
    lifted_reason TEXT
);
CREATE INDEX sanctions_by_member ON sanctions (member_hash, chat_id, kind);
CREATE INDEX sanctions_by_member_id ON sanctions (member_id) WHERE member_id IS NOT NULL;

-- A member's appeal against one sanction, and the moderator's answer.
CREATE TABLE appeals (
    id INTEGER PRIMARY KEY,
    sanction_id INTEGER NOT NULL REFERENCES sanctions (id),
    text TEXT,
    at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'upheld', 'lifted')),
    decided_by INTEGER,
    decided_at TEXT,
    decision_reason TEXT
);
CREATE UNIQUE INDEX one_open_appeal ON appeals (sanction_id) WHERE state = 'open';

-- Reports (rule 19): a message in a group, a person or a worry. The reported person is never
-- told. `quoted` keeps the reported message's text as it was, in case it is deleted.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reporter_id INTEGER,
    reporter_minor INTEGER NOT NULL DEFAULT 0,
    category TEXT NOT NULL
        CHECK (category IN ('bullying', 'harassment', 'safety', 'spam', 'other')),
    text TEXT,
    chat_id INTEGER,
    message_id INTEGER,
    quoted TEXT,
    reported_id INTEGER,
    reported_hash TEXT,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'handled', 'dismissed')),
    handled_by INTEGER,
    handled_at TEXT,
    outcome TEXT
);
CREATE INDEX open_reports ON reports (at) WHERE state = 'open';
