"""Telegram's formatted text as terminal text: bold and italic as ANSI styles on a terminal,
plain otherwise; a link's address is always shown, since a terminal cannot open it on a tap."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import Any

_RESET = "\x1b[0m"
_STYLES = {
    "bold": "\x1b[1m",
    "italic": "\x1b[3m",
    "underline": "\x1b[4m",
    "strikethrough": "\x1b[9m",
    "code": "\x1b[36m",
    "pre": "\x1b[36m",
    "text_link": "\x1b[4m",
    "spoiler": "\x1b[7m",
    "blockquote": "\x1b[2m",
}

Entity = Mapping[str, Any]


def _utf16_positions(text: str) -> dict[int, int]:
    """Python index of each UTF-16 offset that starts a character (entities count in UTF-16)."""
    positions: dict[int, int] = {}
    offset = 0
    for index, char in enumerate(text):
        positions[offset] = index
        offset += 2 if ord(char) > 0xFFFF else 1
    positions[offset] = len(text)
    return positions


def _spans(text: str, entities: Iterable[Entity]) -> list[tuple[int, int, Entity]]:
    positions = _utf16_positions(text)
    spans: list[tuple[int, int, Entity]] = []
    for entity in entities:
        start = positions.get(int(entity.get("offset", 0)))
        end = positions.get(int(entity.get("offset", 0)) + int(entity.get("length", 0)))
        if start is not None and end is not None and start < end:
            spans.append((start, end, entity))
    return spans


def render(
    text: str, entities: Iterable[Entity] = (), *, styled: bool = False, since: int = 0
) -> str:
    """`text` from index `since` with its entities: styles when `styled`, and " (address)"
    after each link."""
    spans = _spans(text, entities)
    links = {end: entity["url"] for _, end, entity in spans if entity.get("type") == "text_link"}
    cuts = sorted({0, since, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces: list[str] = []
    for start, end in itertools.pairwise(cuts):
        if start < since:
            continue
        active = [e for s, f, e in spans if s <= start and end <= f]
        codes = "".join(_STYLES.get(str(e.get("type")), "") for e in active) if styled else ""
        pieces.append(f"{codes}{text[start:end]}{_RESET}" if codes else text[start:end])
        if end in links and links[end] != text[start:end]:
            pieces.append(f" ({links[end]})")
    return "".join(pieces)


def first_line(text: str, width: int = 70) -> str:
    """A one-line glimpse of a message, for what others received."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= width else line[: width - 1] + "…"
