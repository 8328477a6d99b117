-- Broadcasts (announcements to chosen members) and their delivery queue.
--
-- A broadcast is written by staff (a coordinator, a moderator, an admin), may wait for a
-- moderator's approval (rule 21), may be scheduled, then goes out: its recipients are fixed at
-- that moment, one row each, and every row records what happened to that one copy.

CREATE TABLE broadcasts (
    id                 INTEGER PRIMARY KEY,
    sender_id          INTEGER NOT NULL,          -- staff; staff may have no member row
    kind               TEXT NOT NULL CHECK (kind IN ('announcement', 'event')),
    body               TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 8192),  -- Telegram HTML
    media_kind         TEXT CHECK (media_kind IN ('photo', 'document')),
    media_file_id      TEXT,
    media_name         TEXT,                      -- a document's file name, for the preview
    event_id           INTEGER REFERENCES events (id) ON DELETE SET NULL,
    audience           TEXT NOT NULL DEFAULT '[]',    -- JSON (bot/domain/audience.py)
    state              TEXT NOT NULL CHECK (state IN
                           ('awaiting_approval', 'scheduled', 'sending', 'done',
                            'cancelled', 'rejected')),
    send_at            TEXT,                      -- UTC; NULL: as soon as it may go
    created_at         TEXT NOT NULL,
    decided_by         INTEGER,                   -- the moderator who approved or rejected
    decided_at         TEXT,
    reject_reason      TEXT CHECK (length(reject_reason) <= 500),
    started_at         TEXT,
    finished_at        TEXT,
    cancelled_by       INTEGER,
    status_chat_id     INTEGER,                   -- the sender's progress message
    status_message_id  INTEGER,
    recipients         INTEGER                    -- how many copies, fixed when it starts
) STRICT;

CREATE INDEX broadcasts_by_state ON broadcasts (state, send_at);
CREATE INDEX broadcasts_by_sender ON broadcasts (sender_id, created_at);

-- One row per copy. pending → sending (claimed, committed before the request leaves) → sent |
-- held (quiet hours: `held_until`, then pending again) | blocked | switched_off | failed |
-- gone | cancelled. A row found `sending` at start-up was in flight at a crash: it becomes
-- `unknown` and is never sent again (at most once).
-- A member erased mid-broadcast leaves the row, without the id (ON DELETE SET NULL), so the
-- counts stay true and nothing points at them.
CREATE TABLE broadcast_recipients (
    id            INTEGER PRIMARY KEY,
    broadcast_id  INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    member_id     INTEGER REFERENCES members (telegram_id) ON DELETE SET NULL,
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN
                      ('pending', 'sending', 'sent', 'held', 'blocked', 'switched_off',
                       'failed', 'unknown', 'gone', 'cancelled')),
    held_until    TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    message_id    INTEGER,                        -- the copy's message, to edit an event card
    updated_at    TEXT NOT NULL,
    UNIQUE (broadcast_id, member_id)
) STRICT;

CREATE INDEX broadcast_recipients_to_send
    ON broadcast_recipients (broadcast_id, state, held_until);
CREATE INDEX broadcast_recipients_by_member
    ON broadcast_recipients (member_id) WHERE member_id IS NOT NULL;
