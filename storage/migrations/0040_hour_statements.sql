-- Statements of volunteering hours handed out as PDF. What was printed is kept so a school can
-- verify it by its code, except the code and the surname: the code only as a slow keyed hash to
-- find the statement by (scrypt, the bot's key as salt), the surname only as a hash keyed by the
-- bot's key and the code together, so without the printed code it cannot be tried against a
-- list of surnames. Erasing the member withdraws her statements.
CREATE TABLE hour_statements (
    code_hash      TEXT PRIMARY KEY,
    member_id      INTEGER NOT NULL REFERENCES members (telegram_id) ON DELETE CASCADE,
    first_name     TEXT NOT NULL,
    surname_hash   TEXT NOT NULL,
    school_year    INTEGER NOT NULL,        -- 2026: September 2026 to August 2027
    total_minutes  INTEGER NOT NULL,
    lines          TEXT NOT NULL,           -- JSON: the events as printed (title, date, minutes)
    issued_at      TEXT NOT NULL
) STRICT;

CREATE INDEX hour_statements_by_member ON hour_statements (member_id);

-- The codes of withdrawn statements (their member erased, or back to age-only keeping), so a
-- verifier is told the statement was withdrawn, not that the code is unknown. Only the code's
-- hash stays, and it names nobody: nothing else of the statement stays.
CREATE TABLE withdrawn_statements (
    code_hash  TEXT PRIMARY KEY
) STRICT;

CREATE TRIGGER hour_statements_withdrawn AFTER DELETE ON hour_statements
BEGIN
    INSERT OR IGNORE INTO withdrawn_statements (code_hash) VALUES (OLD.code_hash);
END;
