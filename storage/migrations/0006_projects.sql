-- Projects, their coordinators, applications and the messages exchanged through the bot.
CREATE TABLE projects (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(title) BETWEEN 3 AND 80),
    description     TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    causes          TEXT NOT NULL,     -- JSON list of catalog keys
    skills          TEXT NOT NULL,     -- JSON list of catalog keys
    city            TEXT,              -- NULL: remote
    min_age         INTEGER NOT NULL,
    max_age         INTEGER NOT NULL,
    hours_per_week  INTEGER NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
    days            TEXT NOT NULL,     -- JSON list of catalog keys
    places          INTEGER NOT NULL CHECK (places BETWEEN 1 AND 500),
    deadline        TEXT,              -- YYYY-MM-DD, last day to apply
    status          TEXT NOT NULL CHECK (status IN ('draft', 'open', 'paused', 'closed')),
    created_by      INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    published_at    TEXT,
    CHECK (min_age <= max_age)
) STRICT;

CREATE INDEX projects_open ON projects (status) WHERE status = 'open';

CREATE TABLE project_coordinators (
    project_id      INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    coordinator_id  INTEGER NOT NULL,
    PRIMARY KEY (project_id, coordinator_id)
) STRICT;

CREATE INDEX project_coordinators_by_coordinator ON project_coordinators (coordinator_id);

-- One row per member and project: an application, an invitation, and what became of it.
CREATE TABLE applications (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (telegram_id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN
                    ('invited', 'applied', 'accepted', 'declined', 'withdrawn', 'left',
                     'invite_declined')),
    message     TEXT CHECK (length(message) <= 300),
    reason      TEXT CHECK (length(reason) <= 200),
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    invited_at  TEXT,              -- when a coordinator invited the member, if they did
    UNIQUE (project_id, member_id)
) STRICT;

CREATE INDEX applications_by_member ON applications (member_id);

-- Coordinator <-> participant messages (safeguarding rule 17): all of them go through the bot and
-- are kept for moderators. A member's own messages go with them when they are erased.
CREATE TABLE project_messages (
    id           INTEGER PRIMARY KEY,
    project_id   INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    member_id    INTEGER REFERENCES members (telegram_id) ON DELETE CASCADE,  -- from a member
    staff_id     INTEGER,                                                     -- from staff
    text         TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    sent_at      TEXT NOT NULL
) STRICT;

CREATE INDEX project_messages_by_project ON project_messages (project_id, sent_at);

-- A typed answer the bot is waiting for outside the onboarding (an application's message, a
-- decline reason, a message to a project): one per person, replaced by the next.
CREATE TABLE pending_inputs (
    telegram_id  INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    ref          INTEGER NOT NULL,
    created_at   TEXT NOT NULL
) STRICT;
