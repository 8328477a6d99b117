"""`python -m bot sandbox`: the bot against the built-in Telegram test server, in a terminal."""
