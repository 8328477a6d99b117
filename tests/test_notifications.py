"""The notifications gate on its own: real SQLite, a controllable clock, a sender that records
what it was asked to send (the Telegram side is tested through the fake server elsewhere)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.clock import FakeClock
from bot.core.i18n import Translator
from bot.core.settings import Settings
from bot.core.tasks import RetryLater
from bot.services.notifications import (
    DeliveryReport,
    Later,
    Note,
    Outcome,
    Purpose,
    Recipient,
    Text,
)
from bot.wiring import Services, open_services

NOON = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)  # 12:00 in Turin
NIGHT = datetime(2026, 6, 10, 21, 30, tzinfo=UTC)  # 23:30 in Turin
MORNING = datetime(2026, 6, 11, 6, 0, tzinfo=UTC)  # 08:00 in Turin, when quiet hours end


@dataclass
class RecordingSender:
    sent: list[tuple[Recipient, Note]]
    blocked: set[int]

    async def send(self, recipient: Recipient, note: Note) -> bool:
        if recipient.telegram_id in self.blocked:
            return False
        self.sent.append((recipient, note))
        return True


@pytest.fixture
def sender() -> RecordingSender:
    return RecordingSender([], set())


@pytest.fixture
async def services(
    make_settings: Callable[..., Settings], clock: FakeClock, sender: RecordingSender
) -> AsyncIterator[Services]:
    clock.set(NOON)
    settings = make_settings(ADMIN_IDS="900")
    opened = await open_services(settings, clock, Translator.load("it"), sender)
    yield opened
    await opened.close()


async def member(services: Services, telegram_id: int, born: tuple[int, int] | None) -> int:
    await services.members.first_contact(telegram_id, "en")
    if born is not None:
        await services.onboarding._profiles.save(
            telegram_id, {"birth_year": born[0], "birth_month": born[1]}, None, NOON
        )
    for purpose in ("matching", "reminders", "announcements"):
        await services.consents.decide(telegram_id, purpose, True)
    return telegram_id


ADULT = (2000, 1)
MINOR = (2011, 1)


async def test_an_adult_gets_it_now_in_their_language(
    services: Services, sender: RecordingSender, clock: FakeClock
) -> None:
    ada = await member(services, 1, ADULT)
    clock.set(NIGHT)
    delivery = await services.notifications.deliver(ada, Text("stray-text"), Purpose.REMINDER)
    assert delivery.outcome is Outcome.SENT
    assert sender.sent == [(Recipient(ada, "en"), Text("stray-text"))]


@pytest.mark.parametrize("born", [MINOR, None], ids=["minor", "unknown-age"])
async def test_a_minor_or_unknown_age_waits_for_the_end_of_quiet_hours(
    services: Services, sender: RecordingSender, clock: FakeClock, born: tuple[int, int] | None
) -> None:
    teen = await member(services, 2, born)
    clock.set(NIGHT)
    delivery = await services.notifications.deliver(teen, Text("stray-text"), Purpose.CONSEQUENCE)
    assert delivery == type(delivery)(Outcome.HELD, MORNING)
    assert sender.sent == []
    assert await services.tasks.run_due() == 0
    clock.set(MORNING)
    assert await services.tasks.run_due() == 1
    assert [note for _, note in sender.sent] == [Text("stray-text")]


async def test_a_deadline_before_the_end_of_quiet_hours_sends_now(
    services: Services, sender: RecordingSender, clock: FakeClock
) -> None:
    teen = await member(services, 3, MINOR)
    clock.set(NIGHT)
    soon = NIGHT + timedelta(hours=2)
    delivery = await services.notifications.deliver(
        teen, Text("stray-text"), Purpose.CONSEQUENCE, deadline=soon
    )
    assert delivery.outcome is Outcome.SENT


async def test_drop_and_caller_keep_nothing(
    services: Services, sender: RecordingSender, clock: FakeClock
) -> None:
    teen = await member(services, 4, MINOR)
    clock.set(NIGHT)
    gate = services.notifications
    dropped = await gate.deliver(teen, Text("stray-text"), Purpose.ANNOUNCEMENT, later=Later.DROP)
    assert dropped.outcome is Outcome.DROPPED
    with pytest.raises(RetryLater) as held:
        await gate.deliver_in_task(teen, Text("stray-text"), Purpose.REMINDER)
    assert held.value.delay == MORNING - NIGHT
    assert not held.value.counted
    clock.set(MORNING)
    assert await services.tasks.run_due() == 0  # nothing was kept by the gate itself


@pytest.mark.parametrize(
    ("purpose", "consent"),
    [
        (Purpose.REMINDER, "reminders"),
        (Purpose.ANNOUNCEMENT, "announcements"),
        (Purpose.INVITATION, "matching"),
    ],
)
async def test_each_purpose_can_be_switched_off(
    services: Services, sender: RecordingSender, purpose: Purpose, consent: str
) -> None:
    ada = await member(services, 5, ADULT)
    await services.consents.decide(ada, consent, False)
    delivery = await services.notifications.deliver(ada, Text("stray-text"), purpose)
    assert delivery.outcome is Outcome.SWITCHED_OFF
    consequence = await services.notifications.deliver(ada, Text("stray-text"), Purpose.CONSEQUENCE)
    assert consequence.outcome is Outcome.SENT  # (a) needs no consent


async def test_invitations_switched_off_in_settings(services: Services) -> None:
    ada = await member(services, 6, ADULT)
    await services.preferences.set_invitations(ada, False)
    delivery = await services.notifications.deliver(ada, Text("stray-text"), Purpose.INVITATION)
    assert delivery.outcome is Outcome.SWITCHED_OFF


async def test_unknown_blocked_and_unreachable(services: Services, sender: RecordingSender) -> None:
    gate = services.notifications
    stranger = await gate.deliver(404, Text("stray-text"), Purpose.CONSEQUENCE)
    assert stranger.outcome is Outcome.UNREACHABLE
    bea = await member(services, 7, ADULT)
    sender.blocked.add(bea)
    blocked = await gate.deliver(bea, Text("stray-text"), Purpose.CONSEQUENCE)
    assert blocked.outcome is Outcome.UNREACHABLE
    stored = await services.members.get(bea)
    assert stored is not None
    assert not stored.reachable
    sender.blocked.clear()
    again = await gate.deliver(bea, Text("stray-text"), Purpose.CONSEQUENCE)
    assert again.outcome is Outcome.UNREACHABLE  # until they come back


async def test_staff_have_no_quiet_hours_and_need_no_member_record(
    services: Services, sender: RecordingSender, clock: FakeClock
) -> None:
    clock.set(NIGHT)
    delivery = await services.notifications.deliver(900, Text("stray-text"), Purpose.STAFF)
    assert delivery.outcome is Outcome.SENT
    assert sender.sent[0][0].telegram_id == 900


async def test_a_kept_note_is_decided_again_when_it_goes_out(
    services: Services, sender: RecordingSender, clock: FakeClock
) -> None:
    teen = await member(services, 8, MINOR)
    clock.set(NIGHT)
    await services.notifications.deliver(teen, Text("stray-text"), Purpose.ANNOUNCEMENT)
    await services.consents.decide(teen, "announcements", False)  # switched off overnight
    clock.set(MORNING)
    assert await services.tasks.run_due() == 1
    assert sender.sent == []


async def test_a_note_that_cannot_be_kept_is_refused_loudly(
    services: Services, clock: FakeClock
) -> None:
    @dataclass(frozen=True)
    class Live(Note):
        value: object

    teen = await member(services, 9, MINOR)
    clock.set(NIGHT)
    with pytest.raises(TypeError, match="cannot be kept"):
        await services.notifications.deliver(teen, Live(object()), Purpose.CONSEQUENCE)


def test_a_delivery_report_counts_each_outcome() -> None:
    from bot.services.notifications import Delivery

    report = DeliveryReport()
    for delivery in (
        Delivery(Outcome.SENT),
        Delivery(Outcome.HELD, MORNING),
        Delivery(Outcome.HELD, NIGHT),
        Delivery(Outcome.UNREACHABLE),
        Delivery(Outcome.SWITCHED_OFF),
    ):
        report = report.add(delivery)
    assert report == DeliveryReport(
        sent=1, held=2, held_until=MORNING, unreachable=1, switched_off=1
    )
