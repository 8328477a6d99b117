-- Reports (safeguarding rule 19), beside 0021's `reports` table.

-- Where each copy of a report's card went (a lead's private chat, the moderators' chat), so
-- that every copy shows the outcome once someone handled it.
CREATE TABLE report_cards (
    report_id INTEGER NOT NULL REFERENCES reports (id),
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    PRIMARY KEY (report_id, chat_id, message_id)
);

-- A report being written in the private chat: its category, the words and, for a report
-- started from a group, nothing (those are filed at once). One per person; gone once sent,
-- cancelled, or when the person erases their data.
CREATE TABLE report_drafts (
    member_id INTEGER PRIMARY KEY,
    category TEXT CHECK (category IN ('bullying', 'harassment', 'safety', 'spam', 'other')),
    text TEXT,
    at TEXT NOT NULL
);

-- What a card shows that Telegram told only when it happened: the group's title, the first
-- names of the two people (rule 16: first names only) and of whoever handled the report (a
-- lead need not be on the staff list). Erasing a person clears their name with their id.
ALTER TABLE reports ADD COLUMN chat_title TEXT;
ALTER TABLE reports ADD COLUMN reporter_name TEXT;
ALTER TABLE reports ADD COLUMN reported_name TEXT;
ALTER TABLE reports ADD COLUMN handled_name TEXT;
