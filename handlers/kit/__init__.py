"""The Telegram edge kit shared by every feature's handlers."""
