# The daily backup failed: told to the admins once, the night it fails.

backups-failed = ⚠️ Tonight's backup of the database ({ $day }) failed: { $reason }
    The bot keeps working, but without today's copy. Please check the folder { $folder } (is the disk full? can the bot's user write there?). I'll try again tomorrow night.
