-- Reports, after the first tries by real people.

-- Everyone who reported the same group message, as a keyed hash of their Telegram id (the
-- report's own reporter too): the same person reporting again is thanked, not counted twice;
-- a second person is added to the same report. A hash, so erasing a person leaves no id here.
CREATE TABLE report_reporters (
    report_id INTEGER NOT NULL REFERENCES reports (id),
    reporter_hash TEXT NOT NULL,
    PRIMARY KEY (report_id, reporter_hash)
);
CREATE INDEX reports_by_message ON reports (chat_id, message_id) WHERE message_id IS NOT NULL;

-- Why a report was dismissed or what rule a sanction from it cited (optional, except to
-- dismiss a minor's plea).
ALTER TABLE reports ADD COLUMN note TEXT;

-- The messages between the leads and whoever made a report, through the bot (rule 17: every
-- lead and the moderators' chat see each one; never an unseen one-to-one channel). Kept with
-- the report; the names are first names, as on the card.
CREATE TABLE report_messages (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id),
    at TEXT NOT NULL,
    from_reporter INTEGER NOT NULL,
    author_name TEXT,
    text TEXT NOT NULL
);
CREATE INDEX report_messages_by_report ON report_messages (report_id, id);
