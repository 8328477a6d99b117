"""Running the bot for years: serving (polling or webhook), backups and restores, the check."""
