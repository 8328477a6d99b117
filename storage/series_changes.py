"""Changing a series after it is published: a change or a cancellation of every open date from
one on, saved at once (the events, the reminders they
replace, the notices, and the series' sequence raised: one transaction)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime

from storage.db import Repository, Transaction
from storage.events import Event, cancel_open_event, update_open_event
from storage.tasks import NewTask, cancel_keyed_tasks, insert_tasks


class _Refused(Exception):
    """One date could not be saved: the whole change is undone."""


class SeriesChanges(Repository):
    async def change_all(
        self,
        changes: Sequence[tuple[Event, int]],
        now: datetime,
        cancel_prefixes: Sequence[str],
        tasks: Sequence[NewTask],
    ) -> bool:
        """Each (event as it will be, the revision it was read at) saved, the tasks they
        replace cancelled and `tasks` stored, or nothing at all if any date is no longer open,
        was changed meanwhile or would have fewer seats than taken."""

        async def save(tx: Transaction) -> bool:
            return all([await update_open_event(tx, event, old) for event, old in changes])

        return await self._all_or_nothing(save, now, cancel_prefixes, tasks)

    async def cancel_all(
        self,
        event_ids: Sequence[int],
        now: datetime,
        cancel_prefixes: Sequence[str],
        tasks: Sequence[NewTask],
    ) -> bool:
        """The dates cancelled with their pending tasks, and the notices stored; or nothing if
        any of them is no longer open."""

        async def cancel(tx: Transaction) -> bool:
            return all([await cancel_open_event(tx, event_id, now) for event_id in event_ids])

        return await self._all_or_nothing(cancel, now, cancel_prefixes, tasks)

    async def _all_or_nothing(
        self,
        dates: Callable[[Transaction], Awaitable[bool]],
        now: datetime,
        cancel_prefixes: Sequence[str],
        tasks: Sequence[NewTask],
    ) -> bool:
        """`dates` changed, the tasks they replace cancelled and `tasks` stored in one
        transaction, undone whole if `dates` says one of them could not be."""
        try:
            async with self._db.transaction() as tx:
                if not await dates(tx):
                    raise _Refused
                for prefix in cancel_prefixes:
                    await cancel_keyed_tasks(tx, prefix, now)
                await insert_tasks(tx, tasks, now)
        except _Refused:
            return False
        return True
