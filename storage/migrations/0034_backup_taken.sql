-- When a copy of the database was taken: written into the copy only (never into the live
-- database), so `python -m bot restore` can say which moment it brings back, whatever happened
-- to the file's own dates on the way (copied to another host, unpacked from an archive).
CREATE TABLE backup_taken (
    taken_at TEXT NOT NULL
) STRICT;
