"""The erasure ledger's file: an erasure recorded while old ones are trimmed is never lost."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage.erasure_ledger import Erasure, LedgerFile

KEY_CHECK = "k" * 16
OLD = datetime(2026, 1, 1, tzinfo=UTC)
NEW = datetime(2026, 12, 5, tzinfo=UTC)


def test_an_erasure_during_a_trim_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = LedgerFile(tmp_path / "genc.sqlite3.erasures")
    ledger.append(Erasure(OLD, "a" * 64), KEY_CHECK)
    real_replace = os.replace
    racing: list[threading.Thread] = []

    def replace_while_someone_erases(source: Path, target: Path) -> None:
        # A /deleteme in another thread, between the trim's read and its rename.
        erasing = threading.Thread(target=ledger.append, args=(Erasure(NEW, "b" * 64), KEY_CHECK))
        erasing.start()
        racing.append(erasing)
        erasing.join(timeout=0.2)  # it waits for the trim: still alive here
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_while_someone_erases)
    assert ledger.keep_since(NEW - timedelta(days=1)) == 1
    racing[0].join(timeout=5)
    assert [erasure.hashed_id[0] for erasure in ledger.read().erasures] == ["b"]
