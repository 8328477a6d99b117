-- Invitations to projects can be switched off on their own (safeguarding rule 15 (d)), apart
-- from being visible to projects. On unless the member switches them off.
ALTER TABLE preferences ADD COLUMN invitations INTEGER NOT NULL DEFAULT 1
    CHECK (invitations IN (0, 1));
