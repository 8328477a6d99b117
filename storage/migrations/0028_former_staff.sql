-- Who was on the staff and was removed: the name they had, so the audit log and its mirror
-- still say who did what before (a demoted moderator's warnings, the demotion itself) instead
-- of "someone". Only the name the admin confirmed and the role; nothing else outlives the role.
CREATE TABLE former_staff (
    telegram_id  INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL,
    removed_at   TEXT NOT NULL
) STRICT;
