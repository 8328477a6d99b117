-- Who the guardian says they are, and a moderator's check of an online consent (safeguarding rule
-- 2). The name and relationship are an adult's personal data: kept on the child's request only as
-- long as the request (so they go with the child's erasure), shown only to moderators and admins
-- and in the child's own /mydata. `signed_on` is the date on a paper form.
ALTER TABLE guardian_requests ADD COLUMN guardian_name TEXT;
ALTER TABLE guardian_requests ADD COLUMN relationship TEXT
    CHECK (relationship IN ('parent', 'legal_guardian'));
ALTER TABLE guardian_requests ADD COLUMN signed_on TEXT;
-- The language the guardian's Telegram app had when they opened the link: to tell them, later,
-- that a moderator found the consent void (a guardian is not a member, so has no other).
ALTER TABLE guardian_requests ADD COLUMN guardian_language TEXT;
-- An online consent is "to verify" until a moderator verifies it; a paper form is verified by the
-- moderator who records it. Until then adults (coordinators) cannot reach the child.
ALTER TABLE guardian_requests ADD COLUMN verified_at TEXT;
ALTER TABLE guardian_requests ADD COLUMN verified_by INTEGER;
UPDATE guardian_requests SET verified_at = decided_at WHERE status = 'consented';

-- Every change to a member's consents, in order (rule 3): given, verified, revoked, withdrawn or
-- changed; one purpose or all (NULL); who (their role, and their account: cleared when that person
-- is erased), how and under which notice. Rows are never changed; they go with the member.
CREATE TABLE consent_history (
    id              INTEGER PRIMARY KEY,
    member_id       INTEGER NOT NULL REFERENCES members (telegram_id) ON DELETE CASCADE,
    event           TEXT NOT NULL
                    CHECK (event IN ('given', 'verified', 'revoked', 'withdrawn', 'changed')),
    purpose         TEXT CHECK (purpose IN ('matching', 'reminders', 'announcements')),
    granted         INTEGER CHECK (granted IN (0, 1)),
    actor_id        INTEGER,
    actor_role      TEXT NOT NULL CHECK (actor_role IN ('member', 'guardian', 'moderator')),
    method          TEXT NOT NULL CHECK (method IN ('bot', 'paper')),
    notice_version  TEXT NOT NULL,
    at              TEXT NOT NULL
) STRICT;

CREATE INDEX consent_history_by_member ON consent_history (member_id, id);
CREATE INDEX consent_history_by_actor ON consent_history (actor_id) WHERE actor_id IS NOT NULL;

CREATE TRIGGER consent_history_append_only BEFORE UPDATE ON consent_history
WHEN NOT (OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
          AND OLD.id = NEW.id AND OLD.event = NEW.event AND OLD.at = NEW.at)
BEGIN
    SELECT RAISE(ABORT, 'consent history is append-only');
END;
