-- Start-up looks for tasks a crash left running: an index instead of a scan of every task ever
-- stored. Finished tasks are deleted after 30 days by the daily retention run.
CREATE INDEX tasks_running ON tasks (id) WHERE state = 'running';
CREATE INDEX tasks_finished ON tasks (finished_at) WHERE finished_at IS NOT NULL;
