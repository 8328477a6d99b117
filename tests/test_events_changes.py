"""Events after they are published, at the service level on the FakeClock: more or fewer seats,
who may come, notices held for quiet hours, and members who blocked the bot."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from telegram_test_server import FakeUser

from bot.services.event_answers import Refusal
from bot.services.events import ChangeResult
from storage.events import EventRepository, NewEvent
from tests.support.events import message_after
from tests.support.harness import RunningBot
from tests.test_events_service import ada_going, new_event, reminded
from tests.test_onboarding_flow import say
from tests.test_projects_flow import coordinator_with_projects, publish
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def seat_and_waitlist(bot: RunningBot, event_id: int) -> tuple[FakeUser, FakeUser]:
    """Ada takes the event's one seat; Bea, after her, goes on the waitlist."""
    answers = bot.services.event_answers
    ada, bea = [await reminded(bot, n) for n in ("Ada", "Bea")]
    assert await answers.going(ada.id, event_id) == "going"
    assert await answers.going(bea.id, event_id) == "waitlist"
    return ada, bea


async def test_more_seats_go_to_the_waitlist_fewer_than_taken_are_refused(
    bot: RunningBot,
) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    new = new_event(bot, 1, timedelta(days=3))
    event_id = await events.create(ADMIN, new)
    ada, bea, cleo = [await reminded(bot, n) for n in ("Ada", "Bea", "Cleo")]
    assert await answers.going(ada.id, event_id) == "going"
    assert await answers.going(bea.id, event_id) == "waitlist"
    assert await answers.going(cleo.id, event_id) == "waitlist"
    assert (await events.update(ADMIN, event_id, replace(new, capacity=3)))[0] is ChangeResult.SAVED
    for user in (bea, cleo):
        rsvp = await answers.rsvp(user.id, event_id)
        assert rsvp is not None
        assert rsvp.answer == "offered"
    await bot.run_due_tasks()
    for user in (bea, cleo):
        await user.wait_until(lambda u: "A seat has freed up" in (u.messages[-1].text or ""))
    assert await answers.confirm_offer(bea.id, event_id)
    refused, _ = await events.update(ADMIN, event_id, replace(new, capacity=1))
    assert refused is ChangeResult.TOO_FEW_SEATS
    event = await events.get(event_id)
    assert event is not None
    assert event.capacity == 3
    # Only the creator or an admin may change it.
    assert (await events.update(ada.id, event_id, new))[0] is ChangeResult.NOT_YOURS


async def test_who_may_come(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    project = next(
        p for p in await bot.services.projects.projects_of(carla.id) if p.status == "open"
    )
    only_them = NewEvent(
        **{
            **vars(new_event(bot, None, timedelta(days=2))),
            "project_id": project.id,
            "participants_only": True,
        }
    )
    event_id = await events.create(carla.id, only_them)
    banded = await events.create(
        carla.id, replace(new_event(bot, None, timedelta(days=2)), min_age=13, max_age=17)
    )
    giulia = await reminded(bot, "Giulia", born="05/2008")  # 17
    adult = await reminded(bot, "Marco", born="05/2000")
    page = await answers.upcoming(giulia.id, 0, 5)
    assert not isinstance(page, Refusal)
    assert [e.id for e in page.items] == [banded]
    assert (await answers.answer(adult.id, banded, "going")).refusal is Refusal.AUDIENCE
    assert (await answers.answer(giulia.id, event_id, "going")).refusal is Refusal.AUDIENCE
    application = await bot.services.applications.apply(giulia.id, project.id, None)
    assert application is not None
    assert await bot.services.applications.review(carla.id, application.id, True, None)
    page = await answers.upcoming(giulia.id, 0, 5)
    assert not isinstance(page, Refusal)
    assert {e.id for e in page.items} == {event_id, banded}
    assert (await answers.answer(giulia.id, event_id, "going")).answer == "going"
    # Without a finished profile, nothing.
    stranger = bot.server.add_user("Zoe", language_code="en")
    assert await answers.upcoming(stranger.id, 0, 5) is Refusal.PROFILE


async def test_a_minor_hears_of_a_change_after_quiet_hours(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    new = new_event(bot, 1, timedelta(days=3))
    event_id = await events.create(ADMIN, new)
    teen = await reminded(bot, "Teo", born="05/2009")  # 16
    adult = await reminded(bot, "Ada")
    assert await answers.going(adult.id, event_id) == "going"
    assert await answers.going(teen.id, event_id) == "waitlist"
    bot.clock.advance(hours=13)  # 23:00 in Rome: quiet hours for the 16-year-old
    seen = len(teen.messages)
    assert await answers.cannot(adult.id, event_id) == teen.id
    await bot.run_due_tasks()
    assert len(teen.messages) == seen  # not at 23:00
    rsvp = await answers.rsvp(teen.id, event_id)
    assert rsvp is not None
    assert rsvp.offer_expires_at is not None
    # The window to confirm starts when the offer can be read: 08:00 plus 12 hours.
    assert rsvp.offer_expires_at - bot.clock.now() >= timedelta(hours=9 + 12)
    bot.clock.advance(hours=9)  # 08:00
    assert (await message_after(bot, teen, seen)).startswith("🎟️ A seat has freed up for you!")


async def test_members_who_blocked_the_bot_get_nothing(bot: RunningBot) -> None:
    _, ada = await ada_going(bot, ADMIN, new_event(bot, None, timedelta(days=3)))
    ada.block()
    bot.clock.advance(days=2, seconds=1)  # the 24h reminder: refused with 403, marked
    await bot.run_due_tasks()
    member = await bot.services.members.get(ada.id)
    assert member is not None
    assert not member.reachable
    calls = len(bot.server.calls)
    bot.clock.advance(hours=23)  # the 1h reminder: not even tried
    await bot.run_due_tasks()
    assert not [c for c in bot.server.calls[calls:] if c.method == "sendMessage"]


async def test_a_seat_freed_just_before_a_crash_is_offered_at_start_up(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(ADMIN, new_event(bot, 1, timedelta(days=3)))
    ada, bea = await seat_and_waitlist(bot, event_id)
    # The seat is freed, and the process dies before the offer (storage only, no service).
    repository = EventRepository(bot.services.db)
    assert await repository.answer_without_seat(event_id, ada.id, "no", bot.clock.now())
    assert await answers.recover() == 1
    rsvp = await answers.rsvp(bea.id, event_id)
    assert rsvp is not None
    assert rsvp.answer == "offered"
    assert await answers.recover() == 0  # nothing left to offer


async def test_new_reminder_offsets_replace_the_old_ones(bot: RunningBot) -> None:
    events = bot.services.events
    new = new_event(bot, None, timedelta(days=3))
    event_id, ada = await ada_going(bot, ADMIN, new)
    changed = replace(new, reminder_minutes=(24 * 60, 120))  # 1h becomes 2h; 24h stays
    assert (await events.update(ADMIN, event_id, changed))[0] is ChangeResult.SAVED
    rows = await bot.services.db.fetch_all(
        "SELECT dedupe_key, state FROM tasks WHERE kind = 'event_reminder' ORDER BY id"
    )
    pending = sorted(row["dedupe_key"] for row in rows if row["state"] == "pending")
    assert pending == [
        f"reminder:{event_id}:r1:{ada.id}:120",
        f"reminder:{event_id}:r1:{ada.id}:1440",
    ]
    assert {row["state"] for row in rows if ":r0:" in row["dedupe_key"]} == {"cancelled"}
    bot.clock.advance(days=3, minutes=-90)  # both overdue: only the most recent goes out
    seen = len(ada.messages)
    await bot.run_due_tasks()
    assert (await message_after(bot, ada, seen)).startswith("⏰ Starts in 90 minutes!")


async def test_finished_tasks_are_forgotten_after_30_days(bot: RunningBot) -> None:
    await ada_going(bot, ADMIN, new_event(bot, None, timedelta(days=2)))
    bot.clock.advance(days=3)  # the reminders ran (or were skipped), the event is over
    await bot.run_due_tasks()
    counts = await bot.services.db.fetch_one(
        "SELECT count(*) AS n FROM tasks WHERE kind = 'event_reminder' AND state = 'done'"
    )
    assert counts is not None
    assert counts["n"] == 2
    bot.clock.advance(days=29)
    assert (await bot.services.retention.run()).purged_tasks == 0  # kept 30 days
    bot.clock.advance(days=2)
    assert (await bot.services.retention.run()).purged_tasks >= 2
    left = await bot.services.db.fetch_one(
        "SELECT count(*) AS n FROM tasks WHERE kind = 'event_reminder'"
    )
    assert left is not None
    assert left["n"] == 0


async def test_reminders_for_maybe_switched_on_later_cover_earlier_answers(
    bot: RunningBot,
) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(ADMIN, new_event(bot, None, timedelta(days=3)))
    ada = await reminded(bot, "Ada")
    assert (await answers.answer(ada.id, event_id, "maybe")).answer == "maybe"
    listing = await say(ada, "/settings")
    await ada.press('⬜ Reminders for "Maybe" too', message=listing)
    await ada.wait_until(lambda u: '✅ Reminders for "Maybe" too' in str(listing.buttons))
    bot.clock.advance(days=2, seconds=1)
    seen = len(ada.messages)
    assert (await message_after(bot, ada, seen)).startswith("⏰ Starts in 24 hours!")


async def test_a_seat_left_by_deleteme_goes_to_the_first_waiting(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(ADMIN, new_event(bot, 1, timedelta(days=3)))
    ada, bea = await seat_and_waitlist(bot, event_id)
    warning = await say(ada, "/deleteme")
    await ada.press("🗑️ Yes, delete everything", message=warning)
    await ada.wait_until(lambda u: (warning.text or "") != "" and warning.edits > 0)
    rsvp = await answers.rsvp(bea.id, event_id)
    assert rsvp is not None
    assert rsvp.answer == "offered"


async def test_a_narrower_audience_releases_those_it_leaves_out(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    new = new_event(bot, 2, timedelta(days=3))
    event_id = await events.create(ADMIN, new)
    teen = await reminded(bot, "Teo", born="05/2009")  # 16
    adult = await reminded(bot, "Ada")
    waiting = await reminded(bot, "Bea")
    for user in (teen, adult):
        assert await answers.going(user.id, event_id) == "going"
    assert await answers.going(waiting.id, event_id) == "waitlist"
    # Adults only, and an hour later: the teen hears only that they are out.
    adults_only = replace(new, min_age=18, max_age=25, starts_at=new.starts_at + timedelta(hours=1))
    assert (await events.update(ADMIN, event_id, adults_only))[0] is ChangeResult.SAVED
    rsvp = await answers.rsvp(teen.id, event_id)
    assert rsvp is not None
    assert rsvp.answer == "no"
    offered = await answers.rsvp(waiting.id, event_id)
    assert offered is not None
    assert offered.answer == "offered"  # the seat went to the first waiting
    await bot.run_due_tasks()
    await teen.wait_until(lambda u: "now for a different group" in (u.messages[-1].text or ""))
    assert not any("The event has moved" in (m.text or "") for m in teen.messages)
    await adult.wait_until(lambda u: "The event has moved" in (u.messages[-1].text or ""))


async def test_a_minor_s_reminder_late_after_downtime_waits_for_the_morning(
    bot: RunningBot,
) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    # Saturday 17 January, 10:00 in Rome; a reminder 12 hours before would be 22:00 Friday.
    starts = replace(
        new_event(bot, None, timedelta(days=2)),
        starts_at=bot.clock.now() + timedelta(days=2),
        reminder_minutes=(12 * 60,),
    )
    event_id = await events.create(ADMIN, starts)
    teen = await reminded(bot, "Teo", born="05/2009")
    assert await answers.going(teen.id, event_id) == "going"
    task = await bot.services.db.fetch_one(
        "SELECT due_at FROM tasks WHERE kind = 'event_reminder' AND member_id = ?", (teen.id,)
    )
    assert task is not None
    assert task["due_at"].startswith("2026-01-16T20:59")  # 21:59 in Rome, before quiet hours
    bot.clock.advance(days=1, hours=13, minutes=30)  # the bot was down: now 23:30 on Friday
    seen = len(teen.messages)
    await bot.run_due_tasks()
    assert len(teen.messages) == seen  # not in the night
    bot.clock.advance(hours=8, minutes=30)  # 08:00 on Saturday
    assert (await message_after(bot, teen, seen)).startswith("⏰ Starts in 2 hours!")


async def test_an_offer_held_for_the_night_gives_the_whole_window_from_the_morning(
    bot: RunningBot,
) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    # Tomorrow (Friday) 10:00 in Rome, one seat.
    new = replace(
        new_event(bot, 1, timedelta(days=1)), starts_at=bot.clock.now() + timedelta(days=1)
    )
    event_id = await events.create(ADMIN, new)
    adult = await reminded(bot, "Ada")
    teen = await reminded(bot, "Teo", born="05/2009")
    assert await answers.going(adult.id, event_id) == "going"
    assert await answers.going(teen.id, event_id) == "waitlist"
    bot.clock.advance(hours=11, minutes=50)  # 21:50: the offer is made, outside quiet hours
    assert await answers.cannot(adult.id, event_id) == teen.id
    bot.clock.advance(minutes=20)  # a backlog: the notice runs at 22:10
    seen = len(teen.messages)
    await bot.run_due_tasks()
    assert len(teen.messages) == seen
    rsvp = await answers.rsvp(teen.id, event_id)
    assert rsvp is not None
    assert rsvp.offer_expires_at is not None
    morning = bot.clock.now() + timedelta(hours=9, minutes=50)  # 08:00
    assert rsvp.offer_expires_at >= morning + timedelta(minutes=15)
    bot.clock.advance(hours=6)  # 04:10: the first deadline has passed; the offer stands
    await bot.run_due_tasks()
    rsvp = await answers.rsvp(teen.id, event_id)
    assert rsvp is not None
    assert rsvp.answer == "offered"
    bot.clock.set(morning)
    assert (await message_after(bot, teen, seen)).startswith("🎟️ A seat has freed up for you!")


async def test_a_minor_answering_at_night_gets_the_morning_reminder(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    # Friday 09:00 in Rome, reminders 24h and 2h before (07:00: fine for anyone).
    new = replace(
        new_event(bot, None, timedelta(days=1)),
        starts_at=bot.clock.now() + timedelta(days=1),
        reminder_minutes=(24 * 60, 3 * 60),
    )
    event_id = await events.create(ADMIN, new)
    teen = await reminded(bot, "Teo", born="05/2009")
    bot.clock.advance(hours=13, minutes=30)  # 22:30 on Thursday
    assert await answers.going(teen.id, event_id) == "going"
    # The 3h one (06:00) falls in quiet hours: moved before them, already past; it goes at 08:00.
    seen = len(teen.messages)
    bot.clock.advance(hours=9, minutes=30)  # 08:00
    assert (await message_after(bot, teen, seen)).startswith("⏰ Starts in one hour!")


async def test_taking_back_an_answer_needs_one(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(ADMIN, new_event(bot, None, timedelta(days=1)))
    stranger = bot.server.add_user("Zoe", language_code="en")
    answered = await answers.answer(stranger.id, event_id, "no")  # a forged or old button
    assert answered.refusal is Refusal.PROFILE
    assert await answers.rsvp(stranger.id, event_id) is None  # nothing stored about them


async def test_an_offer_told_late_after_downtime_gets_its_whole_window(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(ADMIN, new_event(bot, 1, timedelta(days=3)))
    ada, bea = await seat_and_waitlist(bot, event_id)
    assert await answers.cannot(ada.id, event_id) == bea.id
    bot.clock.advance(hours=11)  # the bot was down: 11 of the 12 hours have gone
    await bot.run_due_tasks()
    await bea.wait_until(lambda u: "A seat has freed up" in (u.messages[-1].text or ""))
    rsvp = await answers.rsvp(bea.id, event_id)
    assert rsvp is not None
    assert rsvp.offer_expires_at == bot.clock.now() + timedelta(hours=12)


async def test_a_paused_member_s_seats_go_to_those_waiting(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(ADMIN, new_event(bot, 1, timedelta(days=3)))
    other = await events.create(ADMIN, new_event(bot, None, timedelta(days=4)))
    nina, bea = [await reminded(bot, n) for n in ("Nina", "Bea")]
    assert await answers.going(nina.id, event_id) == "going"
    assert (await answers.answer(nina.id, other, "maybe")).answer == "maybe"
    assert await answers.going(bea.id, event_id) == "waitlist"
    assert await answers.withdraw_member(nina.id) == 2  # what a guardian's withdrawal does
    for event in (event_id, other):
        rsvp = await answers.rsvp(nina.id, event)
        assert rsvp is not None
        assert rsvp.answer == "no"
    offered = await answers.rsvp(bea.id, event_id)
    assert offered is not None
    assert offered.answer == "offered"
