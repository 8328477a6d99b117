-- Consent per purpose (safeguarding rule 3): the current answer for each purpose, with when, under
-- which notice version, who gave it (the member or a guardian) and how (in the bot or on paper).
CREATE TABLE consents (
    member_id       INTEGER NOT NULL REFERENCES members (telegram_id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('matching', 'reminders', 'announcements')),
    granted         INTEGER NOT NULL CHECK (granted IN (0, 1)),
    notice_version  TEXT NOT NULL,
    given_by        TEXT NOT NULL CHECK (given_by IN ('member', 'guardian')),
    method          TEXT NOT NULL CHECK (method IN ('bot', 'paper')),
    decided_at      TEXT NOT NULL,
    PRIMARY KEY (member_id, purpose)
) STRICT;

-- The onboarding table also serves single-field edits (from the summary or from /profile):
-- return_to says where to go back once the field is answered. `pending` holds a typed city that
-- awaits a "Did you mean…?" answer; `paused` is set by /cancel so stray text is not taken as an
-- answer until /start.
ALTER TABLE onboarding ADD COLUMN return_to TEXT CHECK (return_to IN ('summary', 'profile'));
ALTER TABLE onboarding ADD COLUMN pending TEXT;
ALTER TABLE onboarding ADD COLUMN paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1));
