"""A broadcast's text as Telegram counts it: the HTML the sender's formatting became, measured
after its tags are read (Telegram's limits are on what people see, in UTF-16 units). Pure."""

from __future__ import annotations

import hashlib
import html
import re

TEXT_LIMIT = 4096  # a message
CAPTION_LIMIT = 1024  # a photo's or a document's caption
STORED_LIMIT = 8192  # the HTML the database keeps (migration 0029)
_TAG = re.compile(r"<[^>]*>")


def visible(body: str) -> str:
    """What people read: the HTML without its tags and escapes."""
    return html.unescape(_TAG.sub("", body))


def visible_length(body: str) -> int:
    """Telegram's length: UTF-16 code units (an emoji may count 2)."""
    return len(visible(body).encode("utf-16-le")) // 2


def limit_for(has_media: bool) -> int:
    return CAPTION_LIMIT if has_media else TEXT_LIMIT


def text_problem(body: str, *, has_media: bool, reserve: int = 0) -> str | None:
    """Why this text cannot go: "empty" (a message without words; a photo may have none),
    "too-long" or "caption-too-long"; None if it can."""
    if not has_media and not visible(body).strip():
        return "empty"
    # `reserve`: what the copy's header and footer take of Telegram's limit.
    too_long = visible_length(body) > limit_for(has_media) - reserve or len(body) > STORED_LIMIT
    if too_long:
        return "caption-too-long" if has_media else "too-long"
    return None


def plain_preview(body: str, limit: int = 300) -> str:
    """The first words of a text, without formatting, for a short notice."""
    words = " ".join(visible(body).split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def fingerprint(body: str, media_file_id: str | None = None) -> str:
    """Six hex characters that change with the text or the media: an approval button carries
    them, so a press on a card drawn for an older text approves nothing it did not show."""
    digest = hashlib.sha256(f"{body}\x00{media_file_id or ''}".encode())
    return digest.hexdigest()[:6]
