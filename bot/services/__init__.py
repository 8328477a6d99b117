"""One service per feature. No Telegram: people are reached through the notifications port."""
