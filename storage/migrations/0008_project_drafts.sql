-- A project being written with /newproject: one per coordinator, saved at every answer so a
-- restart resumes at the same question. `data` holds the answers so far (JSON).
CREATE TABLE project_drafts (
    coordinator_id  INTEGER PRIMARY KEY,
    step            TEXT NOT NULL,
    data            TEXT NOT NULL DEFAULT '{}',
    updated_at      TEXT NOT NULL
) STRICT;
