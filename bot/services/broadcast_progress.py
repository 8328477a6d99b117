"""How a broadcast's sender is shown its progress: the port the delivery engine calls."""

from __future__ import annotations

from typing import Protocol

from storage.broadcasts import Broadcast, BroadcastCounts


class BroadcastProgressPort(Protocol):
    async def show(self, broadcast: Broadcast, counts: BroadcastCounts, *, final: bool) -> None: ...


class NoProgress:
    """Shows nothing (tests of the engine alone, and until a progress port is attached)."""

    async def show(self, broadcast: Broadcast, counts: BroadcastCounts, *, final: bool) -> None:
        return None
