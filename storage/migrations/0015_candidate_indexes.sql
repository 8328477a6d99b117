-- /candidates reads the members who consented to matching: a small index of exactly those, so
-- the query walks it instead of every consent of every member. The index on birth months is
-- dropped: SQLite chose it for the age range and then read profiles in random order, four times
-- slower than walking the consents (a typical age range holds half the members).
CREATE INDEX consents_to_matching ON consents (member_id)
    WHERE purpose = 'matching' AND granted = 1;
DROP INDEX profiles_by_birth;
