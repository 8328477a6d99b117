"""BroadcastService (rule 21): who sends decides whether a moderator approves first; approved
or not needing it, a broadcast goes now or at its time, to the audience of that moment; every
step audited; a second decision, or a demoted moderator's, changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.audience import Audience, Condition, Field
from storage.broadcasts import BroadcastContent, BroadcastState
from tests.support.broadcast_people import accepted_in, member, project, staff
from tests.support.harness import RunningBot

TURIN_CLIMATE = Audience((Condition(Field.CITY, ("Torino",)), Condition(Field.CAUSE, ("climate",))))
HELLO = BroadcastContent(body="<b>Clean-up</b> on Saturday!")


@dataclass
class Launched:
    """Stands in for the delivery engine: what it was asked to send."""

    launches: list[tuple[int, list[int]]] = field(default_factory=list)
    tests: list[int] = field(default_factory=list)

    async def launch(self, broadcast_id: int, member_ids: Sequence[int]) -> None:
        self.launches.append((broadcast_id, list(member_ids)))

    async def send_test(self, sender_id: int, content: BroadcastContent) -> bool:
        self.tests.append(sender_id)
        return True


def launched(bot: RunningBot) -> Launched:
    engine = Launched()
    bot.services.broadcasts.delivery = engine
    return engine


def said(user: FakeUser, words: str) -> BotMessage:
    """The latest message the user got that contains `words`."""
    found = [m for m in user.messages if words in (m.text or "")]
    assert found, f"{user.first_name} never got {words!r}: {user.transcript()}"
    return found[-1]


async def actions(bot: RunningBot) -> list[str]:
    rows = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    return [row["action"] for row in rows if row["action"].startswith("broadcast.")]


async def test_a_coordinators_broadcast_to_minors_waits_for_a_moderator(bot: RunningBot) -> None:
    engine = launched(bot)
    coordinator = await staff(bot, "Carla", "coordinator")
    marta = await staff(bot, "Marta", "moderator")
    adult = await member(bot, "Anna")
    teens = [await member(bot, name, born="06/2009") for name in ("Bea", "Ciro")]
    await member(bot, "Milanese", city="Milano")

    submitted = await bot.services.broadcasts.submit(coordinator.id, HELLO, TURIN_CLIMATE, None)
    assert submitted.state is BroadcastState.AWAITING_APPROVAL
    assert (submitted.count.total, submitted.count.minors) == (3, 2)
    assert engine.launches == []
    card = said(marta, "waits for approval")
    assert "Carla" in (card.text or "")
    assert "2 under 18" in (card.text or "")
    copy = said(marta, "Clean-up on Saturday!")
    assert copy.method == "sendMessage"

    decision = await bot.services.broadcasts.approve(submitted.broadcast_id, marta.id)
    assert decision.done
    assert engine.launches == [(submitted.broadcast_id, sorted([adult.id, *(t.id for t in teens)]))]
    told = said(coordinator, "approved")
    assert "no. 1" in (told.text or "")
    again = await bot.services.broadcasts.approve(submitted.broadcast_id, marta.id)
    assert (again.done, again.decided_by_name) == (False, "Marta")
    assert len(engine.launches) == 1
    assert await actions(bot) == ["broadcast.submitted", "broadcast.approved"]


async def test_moderators_send_directly_and_coordinators_to_their_own_adults(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    marta = await staff(bot, "Marta", "moderator")
    coordinator = await staff(bot, "Carla", "coordinator")
    adult = await member(bot, "Anna")
    teen = await member(bot, "Bea", born="06/2009")
    radio = await project(bot, "Radio", coordinator.id)
    await accepted_in(bot, radio, adult.id)

    direct = await bot.services.broadcasts.submit(marta.id, HELLO, Audience(), None)
    assert direct.state is BroadcastState.SENDING
    assert engine.launches == [(direct.broadcast_id, sorted([adult.id, teen.id]))]

    own = Audience((Condition(Field.PROJECT, (str(radio),)),))
    mine = await bot.services.broadcasts.submit(coordinator.id, HELLO, own, None)
    assert mine.state is BroadcastState.SENDING
    assert engine.launches[-1] == (mine.broadcast_id, [adult.id])

    wider = await bot.services.broadcasts.submit(
        coordinator.id, HELLO, TURIN_CLIMATE.without(Field.CITY), None
    )
    assert wider.state is BroadcastState.AWAITING_APPROVAL  # beyond their projects' people
    assert await actions(bot) == ["broadcast.sent", "broadcast.sent", "broadcast.submitted"]


async def test_reject_tells_the_sender_the_reason_and_a_demoted_moderator_cannot_decide(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    coordinator = await staff(bot, "Carla", "coordinator")
    marta = await staff(bot, "Marta", "moderator")
    luca = await staff(bot, "Luca", "moderator")
    await member(bot, "Bea", born="06/2009")
    submitted = await bot.services.broadcasts.submit(coordinator.id, HELLO, Audience(), None)

    rejected = await bot.services.broadcasts.reject(
        submitted.broadcast_id, marta.id, "Too vague: say where."
    )
    assert rejected.done
    told = said(coordinator, "Too vague: say where.")
    assert "didn't approve" in (told.text or "")
    late = await bot.services.broadcasts.approve(submitted.broadcast_id, luca.id)
    assert not late.done
    assert late.broadcast is not None
    assert late.broadcast.state == BroadcastState.REJECTED
    assert engine.launches == []


async def test_a_scheduled_broadcast_goes_to_the_audience_of_its_moment(bot: RunningBot) -> None:
    engine = launched(bot)
    marta = await staff(bot, "Marta", "moderator")
    anna = await member(bot, "Anna")
    at = bot.clock.now() + timedelta(days=1)
    submitted = await bot.services.broadcasts.submit(marta.id, HELLO, TURIN_CLIMATE, at)
    assert submitted.state is BroadcastState.SCHEDULED
    later = await member(bot, "Bruno")  # joined before it goes: gets it
    moved = at + timedelta(hours=2)
    assert await bot.services.broadcasts.reschedule(submitted.broadcast_id, marta.id, moved)

    bot.clock.set(at + timedelta(minutes=1))
    await bot.run_due_tasks()
    assert engine.launches == []  # the old time does nothing
    bot.clock.set(moved + timedelta(minutes=1))
    await bot.run_due_tasks()
    assert engine.launches == [(submitted.broadcast_id, sorted([anna.id, later.id]))]
    assert await actions(bot) == ["broadcast.scheduled", "broadcast.rescheduled"]


async def test_a_scheduled_broadcast_cancelled_before_it_starts_never_goes(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    marta = await staff(bot, "Marta", "moderator")
    coordinator = await staff(bot, "Carla", "coordinator")
    await member(bot, "Anna")
    at = datetime(2026, 1, 16, 9, 0, tzinfo=UTC)
    submitted = await bot.services.broadcasts.submit(marta.id, HELLO, Audience(), at)
    assert not await bot.services.broadcasts.cancel_scheduled(
        submitted.broadcast_id, coordinator.id
    )
    assert await bot.services.broadcasts.cancel_scheduled(submitted.broadcast_id, marta.id)
    assert not await bot.services.broadcasts.cancel_scheduled(submitted.broadcast_id, marta.id)
    bot.clock.set(at + timedelta(minutes=1))
    await bot.run_due_tasks()
    assert engine.launches == []
    assert await actions(bot) == ["broadcast.scheduled", "broadcast.unscheduled"]
