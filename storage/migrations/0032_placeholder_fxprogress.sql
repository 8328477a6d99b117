-- Placeholder so this branch numbers its migrations without a gap: another branch owns 0032.
-- On merge, take theirs.
SELECT 1;
