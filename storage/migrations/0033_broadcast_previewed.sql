-- How many members the sender was shown in the preview (and the moderator on the card) when the
-- broadcast was submitted. The recipients are fixed only when it starts; members who blocked the
-- bot or switched announcements off in between are then missing, and the report names them
-- (safeguarding rule 27) instead of letting them vanish from "sent to 5 of 5".
ALTER TABLE broadcasts ADD COLUMN previewed INTEGER;
