"""Appeals' test helpers: a community group with a member in it, and sanctions given there."""

from __future__ import annotations

from datetime import timedelta

from telegram import ChatPermissions
from telegram_test_server import FakeGroup, FakeUser

from storage.db import to_db_time
from tests.support.harness import RunningBot


async def sanctioned(
    bot: RunningBot,
    group: FakeGroup,
    member: FakeUser,
    *,
    kind: str = "mute",
    by: int | None = None,
    lasts: timedelta | None = None,
) -> int:
    """A sanction given in `group` (a mute also restricts the member there): its number."""
    now = bot.clock.now()
    if kind == "mute":
        await bot.application.bot.restrict_chat_member(
            group.id, member.id, ChatPermissions(can_send_messages=False)
        )
    row = await bot.services.db.fetch_one(
        "INSERT INTO sanctions (kind, chat_id, member_hash, member_id, reason, by_id, at, until)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            kind,
            group.id,
            f"hash-{member.id}",
            member.id,
            "insults in the chat",
            by,
            to_db_time(now),
            to_db_time(now + lasts) if lasts is not None else None,
        ),
    )
    assert row is not None
    return int(row["id"])
