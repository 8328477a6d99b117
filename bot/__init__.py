"""Gen C bot: the Telegram bot of Generazione Changemaker."""
