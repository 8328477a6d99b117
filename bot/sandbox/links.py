"""Deep links to the bot (`https://t.me/<bot>?start=XYZ`): a guardian's consent, a staff
invitation and the group's "write to me" all travel as one. Numbered as they are shown, so
`/open 3` opens one as whoever the tester is now (Giulia's link, opened as her mother)."""

from __future__ import annotations

import re

_DEEP_LINK = re.compile(r"(?:https?://)?t\.me/(\w+)\?start=([\w-]{1,64})")


class DeepLinks:
    def __init__(self, bot_username: str) -> None:
        self._bot = bot_username.lower()
        self._payloads: list[str] = []

    def found_in(self, text: str) -> list[str]:
        """The payloads of the deep links to this bot in `text`, in order."""
        return [p for bot, p in _DEEP_LINK.findall(text) if bot.lower() == self._bot]

    def number(self, payload: str) -> int:
        """The link's number (the same payload keeps its number)."""
        if payload not in self._payloads:
            self._payloads.append(payload)
        return self._payloads.index(payload) + 1

    def payload(self, number: int) -> str | None:
        return self._payloads[number - 1] if 1 <= number <= len(self._payloads) else None

    def url(self, payload: str) -> str:
        return f"https://t.me/{self._bot}?start={payload}"

    def typed(self, text: str) -> str | None:
        """The payload when the tester pasted exactly one deep link to the bot."""
        found = _DEEP_LINK.fullmatch(text.strip())
        return found[2] if found and found[1].lower() == self._bot else None
