-- The audit log's mirror in a chat (MOD_LOG_CHAT_ID): per chat, the last entry posted there. The
-- entries themselves are the queue (they are never changed), so a restart or a Telegram outage
-- loses nothing and posts nothing twice: the mirror goes on after `last_id`, in order.
CREATE TABLE audit_mirror (
    chat_id  INTEGER PRIMARY KEY,
    last_id  INTEGER NOT NULL
) STRICT;
