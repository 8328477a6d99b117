-- What coordinators wrote to one participant alone stays in the log when she goes (rule 17:
-- moderators read what adults wrote to members), detached from her: to_member_id NULL, and
-- here a key that keeps her thread apart from the others without saying whose it was (the id
-- of its first message). NULL: to a member still here, or to all the project's participants.
ALTER TABLE project_messages ADD COLUMN to_former INTEGER;
