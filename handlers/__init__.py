"""Telegram handlers, grouped by feature; `handlers.routes.register` is the whole routing map."""
