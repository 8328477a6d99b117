-- Where each copy of a broadcast's approval card went (a moderator's private chat or the
-- moderators' chat), so that a decision, a withdrawal or a new time is drawn on every copy at
-- once, after a restart too, in the language the copy was written in.
CREATE TABLE broadcast_cards (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id),
    chat_id      INTEGER NOT NULL,
    message_id   INTEGER NOT NULL,
    language     TEXT NOT NULL,
    PRIMARY KEY (chat_id, message_id)
) STRICT;
CREATE INDEX broadcast_cards_by_broadcast ON broadcast_cards (broadcast_id);
