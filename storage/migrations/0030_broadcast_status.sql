-- The sender's status message of a broadcast (bot/services/broadcast_progress.py).
-- status_stopped: the sender could not be reached (blocked the bot): the message is no longer
-- edited, the broadcast goes on, its report stays in /broadcasts.
-- status_held: how many copies the final report said wait for quiet hours, so that the sender
-- is told once when they have gone.
ALTER TABLE broadcasts ADD COLUMN status_stopped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE broadcasts ADD COLUMN status_held INTEGER NOT NULL DEFAULT 0;
