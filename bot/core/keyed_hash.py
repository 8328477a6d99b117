"""Keyed hashes of Telegram ids: what the bot keeps when it must recognise someone again
without keeping who they are (age retries, rule 23; later sanctions that survive /deleteme and
the list of erased ids kept for backups).

HMAC-SHA256 with a secret key: without the key, a copy of the database cannot be checked
against a list of known Telegram ids (a plain hash of a number that small could be).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_BYTES = 32
OWNER_ONLY = 0o600


class KeyedHash:
    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("a hash key needs at least 16 bytes")
        self._key = key

    def of_id(self, telegram_id: int) -> str:
        return hmac.new(self._key, str(telegram_id).encode(), hashlib.sha256).hexdigest()

    def of_words(self, purpose: str, text: str) -> str:
        """A short text kept only to be matched again (a surname on a statement), never to be
        read: `purpose` keeps the same words hashed for two uses apart, and apart from ids."""
        message = f"{purpose}\0{text}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def stretched(self, purpose: str, text: str) -> bytes:
        """64 bytes from a short secret (a statement's code), slow on purpose: scrypt with the
        key as its salt, so even with the database and the key every guess costs tens of
        milliseconds and a code's 40 bits cannot be run through."""
        message = f"{purpose}\0{text}".encode()
        return hashlib.scrypt(message, salt=self._key, n=2**14, r=8, p=1, dklen=64)

    def joined(self, secret: bytes) -> KeyedHash:
        """Keyed by this key and `secret` together: what it hashes can be matched again only
        by someone who has both."""
        return KeyedHash(self._key + secret)

    def key_check(self) -> str:
        """Which key made a list of hashes (the same key, the same value), revealing nothing
        of the key or of any id."""
        return hmac.new(self._key, b"key check", hashlib.sha256).hexdigest()[:16]


def key_file_beside(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".hashkey")


def load_or_create_key(path: Path) -> bytes:
    """The key kept in `path`, created on first use readable by the bot's user only."""
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_bytes(KEY_BYTES)
    # O_EXCL: two processes starting at once cannot each write their own key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    except FileExistsError:
        return bytes.fromhex(path.read_text().strip())
    with os.fdopen(fd, "w") as file:
        file.write(key.hex())
    return key
