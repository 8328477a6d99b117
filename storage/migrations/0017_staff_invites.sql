-- Placeholder so this branch numbers its migrations without a gap: the staffinvite branch owns
-- 0017 (staff invites). On merge, take theirs.
SELECT 1;
