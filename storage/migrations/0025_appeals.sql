-- Appeals (table `appeals`, 0021): where each copy of an appeal's card went, so the decision can
-- be shown on every copy, and how an appeal ended when its sanction ended before anyone decided.

-- One row per copy of a card: a moderator's private chat or the moderators' chat, and the
-- language it was written in (the outcome is drawn over it in the same language).
CREATE TABLE appeal_cards (
    appeal_id INTEGER NOT NULL REFERENCES appeals (id),
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX appeal_cards_by_appeal ON appeal_cards (appeal_id);

-- 'expired' or 'lifted': the sanction had already ended when a moderator opened the appeal,
-- so nobody decided it. NULL: a moderator decided.
ALTER TABLE appeals ADD COLUMN ended_before TEXT CHECK (ended_before IN ('expired', 'lifted'));
-- The deciding moderator's first name as Telegram showed it then (an admin has no staff row),
-- so that a second moderator can be told who decided.
ALTER TABLE appeals ADD COLUMN decided_by_name TEXT;

-- Erasure (rule 11): an erased member's appeals keep neither their words nor the answer about
-- them, whichever happens first: their member row deleted, or their sanctions' ids cleared. An
-- erased moderator no longer names the appeals they decided.
CREATE TRIGGER appeals_forget_erased_member AFTER DELETE ON members
BEGIN
    UPDATE appeals SET text = NULL, decision_reason = NULL
    WHERE sanction_id IN (SELECT id FROM sanctions WHERE member_id = OLD.telegram_id);
    UPDATE appeals SET decided_by = NULL, decided_by_name = NULL
    WHERE decided_by = OLD.telegram_id;
END;
CREATE TRIGGER appeals_forget_cleared_sanction AFTER UPDATE OF member_id ON sanctions
WHEN OLD.member_id IS NOT NULL AND NEW.member_id IS NULL
BEGIN
    UPDATE appeals SET text = NULL, decision_reason = NULL WHERE sanction_id = NEW.id;
END;
