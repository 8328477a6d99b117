-- Reserved: this number belongs to a branch merged alongside this one (issue 12). Delete this
-- file at the merge, once that branch's own 0019 migration is in.
SELECT 1;
