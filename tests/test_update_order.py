"""One person's updates keep their order; different people's run side by side."""

from __future__ import annotations

import asyncio
import random

from telegram import Update

from handlers.kit.update_order import PerUserOrderedProcessor, ordering_key


def _update(update_id: int, user_id: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 0,
                "chat": {"id": user_id, "type": "private"},
                "from": {"id": user_id, "is_bot": False, "first_name": "U"},
                "text": str(update_id),
            },
        },
        None,
    )


async def test_order_per_user_with_overlap_between_users() -> None:
    processor = PerUserOrderedProcessor(max_running=8)
    seen: dict[int, list[int]] = {}
    running = 0
    most_at_once = 0
    rng = random.Random(7)

    async def handle(update: Update) -> None:
        nonlocal running, most_at_once
        running += 1
        most_at_once = max(most_at_once, running)
        await asyncio.sleep(rng.random() / 500)
        assert update.effective_user is not None
        seen.setdefault(update.effective_user.id, []).append(update.update_id)
        running -= 1

    updates = [_update(i, user_id=i % 5) for i in range(100)]
    async with processor:
        await asyncio.gather(*(processor.process_update(u, handle(u)) for u in updates))
    for user_id, ids in seen.items():
        assert ids == sorted(ids), user_id
    assert most_at_once > 1
    assert processor._locks == {}


async def test_one_busy_person_does_not_hold_up_the_others() -> None:
    processor = PerUserOrderedProcessor(max_running=4)
    release = asyncio.Event()
    done: list[int] = []

    async def handle(update: Update) -> None:
        assert update.effective_user is not None
        if update.effective_user.id == 1:
            await release.wait()
        done.append(update.update_id)

    flood = [_update(i, user_id=1) for i in range(50)]
    other = _update(100, user_id=2)
    async with processor:
        pending = [asyncio.create_task(processor.process_update(u, handle(u))) for u in flood]
        await asyncio.wait_for(processor.process_update(other, handle(other)), timeout=1)
        assert done == [100]  # served while the first person's 50 updates still wait
        release.set()
        await asyncio.gather(*pending)
    assert done[1:] == list(range(50))


def test_ordering_key() -> None:
    assert ordering_key(_update(1, 42)) == 42
    assert ordering_key(object()) is None
