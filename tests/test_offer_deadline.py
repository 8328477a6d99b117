"""A freed seat offered to a minor: the time to confirm counts outside quiet hours only
(rule 15), so the deadline never falls in the night and a night does not eat the window."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.domain.quiet_hours import QuietHours
from bot.domain.waitlist import SHORTEST_OFFER, awake_after, offer_deadline
from tests.support.harness import RunningBot
from tests.test_events_service import new_event, reminded

ROME = ZoneInfo("Europe/Rome")
QUIET = QuietHours.parse("22:00-08:00")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=ROME)


def deadline(told: datetime, starts: datetime, *, minor: bool = True) -> datetime:
    return offer_deadline(told, starts, minor=minor, quiet=QUIET, zone=ROME).astimezone(ROME)


def test_an_adult_has_twelve_hours_round_the_clock() -> None:
    assert deadline(at(5, 16, 16), at(12, 10), minor=False) == at(6, 4, 16)


def test_a_minor_s_twelve_hours_skip_the_night() -> None:
    # Told at 16:16: 5h44 before 22:00, then 6h16 from 08:00.
    assert deadline(at(5, 16, 16), at(12, 10)) == at(6, 14, 16)
    assert deadline(at(5, 21, 0), at(12, 10)) == at(6, 19, 0)
    assert deadline(at(5, 8, 0), at(12, 10)) == at(5, 20, 0)  # a whole day: no night crossed
    assert deadline(at(5, 10, 0), at(12, 10)) == at(5, 22, 0)  # up to the start of the night


def test_told_in_the_night_the_window_starts_in_the_morning() -> None:
    assert deadline(at(5, 23, 0), at(12, 10)) == at(6, 20, 0)
    assert deadline(at(6, 3, 0), at(12, 10)) == at(6, 20, 0)


def test_an_event_the_next_morning_keeps_its_start_as_the_deadline() -> None:
    # Half the time left (7h) does not fit before the start outside the night: until the start.
    assert deadline(at(5, 20, 0), at(6, 10, 0)) == at(6, 10, 0)
    # An event that starts in the night: the deadline is when the night begins.
    assert deadline(at(5, 18, 0), at(6, 7, 0)) == at(5, 22, 0)


def test_told_just_before_the_night_a_minor_keeps_the_seat_till_the_start() -> None:
    # 21:59 and the event at 23:00: "by 22:00" would be one minute; she has until 23:00.
    assert deadline(at(5, 21, 59), at(5, 23, 0)) == at(5, 23, 0)
    assert deadline(at(5, 21, 50), at(6, 7, 0)) == at(6, 7, 0)
    # 15 minutes of evening are enough: the night is not held for her.
    assert deadline(at(5, 21, 45), at(6, 7, 0)) == at(5, 22, 0)


def test_across_two_nights_no_deadline_falls_in_quiet_hours() -> None:
    told = at(5, 0, 0)
    while told < at(7, 0, 0):
        for starts in (at(12, 10), at(7, 9), at(7, 18)):
            if starts <= told + timedelta(minutes=30):
                continue
            ends = deadline(told, starts)
            assert told < ends <= starts
            if ends != starts:  # "by 22:00" at the latest: never later in the night
                assert ends.time() == QUIET.start or not QUIET.contains(ends.time())
                awake = awake_after(told, SHORTEST_OFFER, QUIET, ROME).astimezone(ROME)
                assert awake <= ends  # never under 15 minutes of awake time
        told += timedelta(minutes=17)


async def test_a_sixteen_year_old_offered_a_seat_in_the_afternoon_keeps_it_past_the_night(
    bot: RunningBot,
) -> None:
    answers = bot.services.event_answers
    event_id = await bot.services.events.create(777, new_event(bot, 1, timedelta(days=5)))
    ada = await reminded(bot, "Ada")
    sofia = await reminded(bot, "Sofia", "05/2009")  # 16
    assert await answers.going(ada.id, event_id) == "going"
    assert await answers.going(sofia.id, event_id) == "waitlist"
    bot.clock.advance(hours=6, minutes=16)  # 16:16 in Turin
    assert await answers.cannot(ada.id, event_id) == sofia.id
    await bot.run_due_tasks()
    told = await sofia.next_reply()
    # Not "by Friday 04:16": the night does not count, she has her 12 hours.
    assert "Confirm by Friday 16 January, 14:16 to take it." in (told.text or "")
    bot.clock.advance(hours=12, minutes=1)  # 04:17: the seat is still hers
    await bot.run_due_tasks()
    assert await answers.confirm_offer(sofia.id, event_id)


async def test_a_seat_freed_at_night_reaches_a_minor_in_the_morning_with_a_full_day(
    bot: RunningBot,
) -> None:
    answers = bot.services.event_answers
    event_id = await bot.services.events.create(777, new_event(bot, 1, timedelta(days=5)))
    ada = await reminded(bot, "Ada")
    sofia = await reminded(bot, "Sofia", "05/2009")
    await answers.going(ada.id, event_id)
    await answers.going(sofia.id, event_id)
    bot.clock.advance(hours=13)  # 23:00
    assert await answers.cannot(ada.id, event_id) == sofia.id
    messages = len(sofia.messages)
    await bot.run_due_tasks()
    assert len(sofia.messages) == messages  # not at night
    bot.clock.advance(hours=9)  # 08:00
    await bot.run_due_tasks()
    told = await sofia.next_reply()
    assert "Confirm by Friday 16 January, 20:00 to take it." in (told.text or "")
    bot.clock.advance(hours=11, minutes=59)  # 19:59: still hers
    await bot.run_due_tasks()
    assert await answers.confirm_offer(sofia.id, event_id)
