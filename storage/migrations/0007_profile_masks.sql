-- Causes, skills and days also as bitmasks (bit i = the i-th key of bot/catalog.py), so the
-- candidates query can score members in SQL. Keys are only ever appended to the catalog, so a
-- bit keeps its meaning. Existing profiles are filled in from their JSON lists.
ALTER TABLE profiles ADD COLUMN causes_mask INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profiles ADD COLUMN skills_mask INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profiles ADD COLUMN days_mask INTEGER NOT NULL DEFAULT 0;
UPDATE profiles SET causes_mask = (SELECT coalesce(sum(CASE value WHEN 'climate' THEN 1 WHEN 'education' THEN 2 WHEN 'inclusion' THEN 4 WHEN 'health' THEN 8 WHEN 'digital' THEN 16 WHEN 'culture' THEN 32 WHEN 'poverty' THEN 64 WHEN 'civic' THEN 128 WHEN 'animals' THEN 256 WHEN 'migrants' THEN 512 WHEN 'equality' THEN 1024 WHEN 'sport' THEN 2048 ELSE 0 END), 0)
    FROM json_each(causes));
UPDATE profiles SET skills_mask = (SELECT coalesce(sum(CASE value WHEN 'design' THEN 1 WHEN 'social' THEN 2 WHEN 'video' THEN 4 WHEN 'writing' THEN 8 WHEN 'coding' THEN 16 WHEN 'events' THEN 32 WHEN 'languages' THEN 64 WHEN 'tutoring' THEN 128 WHEN 'music' THEN 256 WHEN 'speaking' THEN 512 WHEN 'manual' THEN 1024 WHEN 'data' THEN 2048 WHEN 'cooking' THEN 4096 WHEN 'care' THEN 8192 ELSE 0 END), 0)
    FROM json_each(skills));
UPDATE profiles SET days_mask = (SELECT coalesce(sum(CASE value WHEN 'weekdays' THEN 1 WHEN 'weekends' THEN 2 WHEN 'evenings' THEN 4 ELSE 0 END), 0)
    FROM json_each(days));
CREATE INDEX profiles_by_birth ON profiles (birth_year * 12 + birth_month)
    WHERE completed_at IS NOT NULL;
