# The daily backup failed: told to the admins once, the night it fails.

backups-failed = ⚠️ Tonight's backup of the database ({ $day }) did not work.
    Why: <code>{ $reason }</code>
    The bot keeps working, but without today's copy. Please check the folder <code>{ $folder }</code>: is the disk full? Can the bot's user write there? I'll try again tomorrow night.
