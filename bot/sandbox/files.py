"""Photos and documents the bot sends, saved where the tester can open them."""

from __future__ import annotations

import re
from pathlib import Path

from telegram_test_server import BotMessage

_UNSAFE = re.compile(r"[^\w.-]+")


class Files:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._paths: dict[int, Path] = {}  # a bot message's seq → where its file went
        self.problems: dict[int, str] = {}  # a bot message's seq → why its file is not saved

    def keep(self, message: BotMessage) -> None:
        """Save the message's photo or document, once."""
        if message.seq in self._paths:
            return
        content, name = self._content(message)
        if content is None:
            return
        path = self.folder / f"{message.seq:04d}-{name}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        except OSError as error:
            self.problems[message.seq] = error.strerror or str(error)
            return
        self._paths[message.seq] = path

    def saved(self, message: BotMessage) -> str | None:
        path = self._paths.get(message.seq)
        return None if path is None else str(path)

    def name_of(self, message: BotMessage) -> str:
        """What a file without a caption is called in one line."""
        path = self._paths.get(message.seq)
        return "" if path is None else path.name

    @staticmethod
    def _content(message: BotMessage) -> tuple[bytes | None, str]:
        if message.document is not None:
            name, content = message.document
            return content, _UNSAFE.sub("_", name) or "document"
        if message.photo is not None:
            extension = "png" if message.photo.startswith(b"\x89PNG") else "jpg"
            return message.photo, f"photo.{extension}"
        return None, ""
