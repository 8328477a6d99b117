-- Foundation: people who talked to the bot, durable background tasks, the audit log.
-- Every timestamp is UTC text in the format of storage.db.to_db_time (it sorts like time).

-- One row per person who started the bot. Everything else about a person hangs off this row with
-- ON DELETE CASCADE, so erasing a person is one DELETE.
CREATE TABLE members (
    telegram_id   INTEGER PRIMARY KEY,
    language      TEXT CHECK (language IN ('it', 'en')),   -- their choice; NULL until they choose
    app_language  TEXT,                                    -- their Telegram app's, as last seen
    reachable     INTEGER NOT NULL DEFAULT 1 CHECK (reachable IN (0, 1)),
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL
) STRICT;

-- Durable tasks: the database, not the scheduler's memory, is the source of truth.
-- pending → running (claimed) → done | failed; a task found running at start-up was cut short by a
-- crash and becomes interrupted: it is never run again (at most once).
CREATE TABLE tasks (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    payload      TEXT NOT NULL DEFAULT '{}',
    due_at       TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'running', 'done', 'failed', 'interrupted', 'cancelled')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    member_id    INTEGER REFERENCES members (telegram_id) ON DELETE CASCADE,
    dedupe_key   TEXT UNIQUE,
    created_at   TEXT NOT NULL,
    claimed_at   TEXT,
    finished_at  TEXT,
    last_error   TEXT
) STRICT;
CREATE INDEX tasks_pending_by_due ON tasks (due_at) WHERE state = 'pending';
CREATE INDEX tasks_by_member ON tasks (member_id) WHERE member_id IS NOT NULL;

-- Audit: entries name people through audit_parties, never directly. Erasing a person clears their
-- telegram_id there, so the entries keep the action but no longer point at anyone.
CREATE TABLE audit_parties (
    id           INTEGER PRIMARY KEY,
    telegram_id  INTEGER UNIQUE
) STRICT;

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER REFERENCES audit_parties (id),
    action      TEXT NOT NULL,
    subject_id  INTEGER REFERENCES audit_parties (id),
    details     TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_log_by_at ON audit_log (at);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
