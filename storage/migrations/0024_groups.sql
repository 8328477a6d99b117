-- The bot in the community groups.

-- Newcomers kept read-only until they finish the onboarding (ONBOARDING_REQUIRED). Keyed by the
-- Telegram id, with no link to `members`: someone who never started the bot, or who erased their
-- data while held, has not finished, so the hold stays until they do or they leave the group.
CREATE TABLE group_holds (
    chat_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    held_at TEXT NOT NULL,
    PRIMARY KEY (chat_id, member_id)
) WITHOUT ROWID;
CREATE INDEX group_holds_by_member ON group_holds (member_id);

-- The welcome last posted in each group: deleted when the next one is posted ("clean welcome"),
-- and joiners within a short while of it are greeted by it rather than by a message each.
-- `kind` is the welcome's variant; `cannot_restrict` notes that the group's admins were told the
-- bot may not restrict newcomers, so they are told once.
CREATE TABLE group_state (
    chat_id INTEGER PRIMARY KEY,
    welcome_id INTEGER,
    welcome_kind TEXT,
    welcomed_at TEXT,
    cannot_restrict INTEGER NOT NULL DEFAULT 0
);
