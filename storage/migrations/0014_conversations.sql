-- One conversation per person: which guided flow they are in, at which step, with its data.
-- It replaces the onboarding's progress, the two kinds of drafts and the typed-text questions,
-- which each kept their own table (a person could be in several at once, and typed text had
-- to guess which it answered).
CREATE TABLE conversations (
    telegram_id  INTEGER PRIMARY KEY,
    flow         TEXT NOT NULL CHECK (flow IN (
                     'onboarding', 'profile_edit', 'staff_join',
                     'project_draft', 'event_draft', 'question')),
    step         TEXT NOT NULL,
    data         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
    updated_at   TEXT NOT NULL
) STRICT;

-- What was half done moves in; where someone was in two, the one touched last stays.
INSERT INTO conversations (telegram_id, flow, step, data, updated_at)
SELECT member_id,
       CASE WHEN return_to = 'profile' THEN 'profile_edit' ELSE 'onboarding' END,
       step,
       json_object('return_to', return_to, 'pending', pending, 'paused', paused),
       updated_at
FROM onboarding WHERE true
ON CONFLICT (telegram_id) DO NOTHING;

INSERT INTO conversations (telegram_id, flow, step, data, updated_at)
SELECT coordinator_id, 'project_draft', step, data, updated_at FROM project_drafts WHERE true
ON CONFLICT (telegram_id) DO UPDATE SET
    flow = excluded.flow, step = excluded.step, data = excluded.data,
    updated_at = excluded.updated_at
WHERE excluded.updated_at > conversations.updated_at;

INSERT INTO conversations (telegram_id, flow, step, data, updated_at)
SELECT coordinator_id, 'event_draft', step, data, updated_at FROM event_drafts WHERE true
ON CONFLICT (telegram_id) DO UPDATE SET
    flow = excluded.flow, step = excluded.step, data = excluded.data,
    updated_at = excluded.updated_at
WHERE excluded.updated_at > conversations.updated_at;

INSERT INTO conversations (telegram_id, flow, step, data, updated_at)
SELECT telegram_id, 'question', kind, json_object('ref', ref), created_at
FROM pending_inputs WHERE true
ON CONFLICT (telegram_id) DO UPDATE SET
    flow = excluded.flow, step = excluded.step, data = excluded.data,
    updated_at = excluded.updated_at
WHERE excluded.updated_at > conversations.updated_at;

DROP TABLE onboarding;
DROP TABLE project_drafts;
DROP TABLE event_drafts;
DROP TABLE pending_inputs;
