-- Where each copy of an application card went (one per coordinator of the project, and the
-- 3-day reminder's), so that a decision is drawn on every copy at once, after a restart too, in
-- the language the copy was written in; and who decided, so colleagues read "accepted by Emma".
CREATE TABLE application_cards (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    coordinator_id INTEGER NOT NULL,
    chat_id        INTEGER NOT NULL,
    message_id     INTEGER NOT NULL,
    language       TEXT NOT NULL,
    PRIMARY KEY (chat_id, message_id)
) STRICT;
CREATE INDEX application_cards_by_application ON application_cards (application_id);

ALTER TABLE applications ADD COLUMN decided_by INTEGER;
