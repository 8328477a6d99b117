-- Placeholder so this branch numbers its migrations without a gap: the guardian branch owns
-- 0016 (guardian verification). On merge, take theirs.
SELECT 1;
