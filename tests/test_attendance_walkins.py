"""Walk-ins and the door: someone who came without answering this date is found (one who
answered another date of the series, or anyone the event is for, by the start of a first name,
accents and case aside, never one whose guardian's consent is still being checked); during an
event its organisers see it on top of /manageevents and can check who's coming, read only;
and a press on an event that can no longer be changed says why."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from telegram_test_server import FakeUser

from bot.domain.recurrence import Frequency, Rule
from storage.db import to_db_time
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_attendance import audited, new_message, redrawn, screen, typed
from tests.test_events_flow import coordinator
from tests.test_projects_flow import member
from tests.test_series_changes import FIRST
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def consent_in_check(bot: RunningBot, user: FakeUser) -> None:
    """A guardian's consent given but not yet verified by a moderator (rule 2)."""
    now = to_db_time(bot.clock.now())
    await bot.services.db.execute(
        "INSERT INTO guardian_requests (member_id, reference_code, telegram_name, status,"
        " created_at, link_expires_at) VALUES (?, ?, ?, 'consented', ?, ?)",
        (user.id, f"REF{user.id}", user.first_name, now, now),
    )


async def test_one_who_answered_another_date_of_the_series_can_be_added(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    rule = Rule(Frequency.WEEKLY, FIRST.replace(tzinfo=None), count=3)
    new = open_event(FIRST.astimezone(UTC), title="Giovedì insieme")
    first, second, _ = (await bot.services.event_series.create(carla.id, rule, new)).event_ids
    ada = await member(bot, "Ada", "05/2003", ("climate",))
    bea = await member(bot, "Bea", "05/2003", ("climate",))
    assert await bot.services.event_answers.going(ada.id, first) == "going"
    assert await bot.services.event_answers.going(bea.id, second) == "going"
    bot.clock.advance(days=15, hours=12)  # 30 January: the second Thursday has ended
    (listing,) = await typed(carla, "/manageevents")
    await redrawn(carla, "📋 Ended events: attendance", listing)
    assert listing.labels[0].startswith("Giovedì insieme · Thu 29 Jan"), screen(listing)
    await redrawn(carla, listing.labels[0], listing)
    await redrawn(carla, "➕ Add a member who came", listing)
    assert listing.buttons[0] == ["Ada · another date"], screen(listing)
    await redrawn(carla, "Ada · another date", listing)
    assert listing.button("✅ Ada · 2 h") is not None, screen(listing)
    assert await audited(bot, "attendance.marked") == 1


async def test_a_walk_in_is_found_by_the_start_of_her_first_name(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    event_id = await bot.services.events.create(
        carla.id, open_event(bot.clock.now() + timedelta(days=1), min_age=16, max_age=25)
    )
    nicolo = await member(bot, "Nicolò", "05/2003", ("climate",))
    await member(bot, "Nico", "05/2010", ("climate",))  # 15: the event is not for him
    nina = await member(bot, "Nina", "05/2003", ("climate",))
    await consent_in_check(bot, nina)
    nives = await member(bot, "Nives", "05/2003", ("climate",))
    assert await bot.services.event_answers.going(nives.id, event_id) == "going"
    bot.clock.advance(days=3)
    # Nilde started the bot two days after the event: she cannot have come.
    await member(bot, "Nilde", "05/2003", ("climate",))
    bot.clock.advance(hours=2, minutes=20)
    (listing,) = await typed(carla, "/manageevents")
    await redrawn(carla, "📋 Ended events: attendance", listing)
    await redrawn(carla, listing.labels[0], listing)
    assert listing.button("⬜ Nives") is not None, screen(listing)
    await redrawn(carla, "➕ Add a member who came", listing)
    assert listing.buttons == [["🔎 Type a first name"], ["⬅️ Back to the list"]], screen(listing)

    ask = await new_message(carla, "🔎 Type a first name", listing)
    assert (ask.text or "").startswith('🔎 Who came to "Pulizia del parco"?'), ask.text
    (none,) = await typed(carla, "Zoe")
    assert (none.text or "").startswith('I can\'t find anyone whose name starts with "Zoe"')
    # One letter would list a good part of the community.
    (short,) = await typed(carla, "n")
    assert (short.text or "").startswith("Type at least two letters of the name"), screen(short)
    (found,) = await typed(carla, "ni")  # the question still waited
    # Not Nico (15), not Nina (consent in check), not Nives: she said Going, she is on the list;
    # not Nilde, who joined after.
    assert found.buttons[0] == ["Nicolò · 22–25"], screen(found)
    assert len(found.buttons) == 2, screen(found)
    assert (
        await audited(bot, "attendance.searched") == 2
    )  # "Zoe" and "ni"; what was typed is not kept
    text = screen(found)
    assert str(nicolo.id) not in text
    assert "@" not in text
    ask = await new_message(carla, "🔎 Look for another name", found)
    (found,) = await typed(carla, "NICOLO")  # no accent, any case
    assert found.buttons[0] == ["Nicolò · 22–25"], screen(found)
    await redrawn(carla, "Nicolò · 22–25", found)
    assert found.button("✅ Nicolò · 2 h") is not None, screen(found)
    row = await bot.services.db.fetch_one(
        "SELECT added FROM attendance WHERE event_id = ? AND member_id = ?", (event_id, nicolo.id)
    )
    assert row is not None
    assert row["added"] == 1
    assert await audited(bot, "attendance.marked") == 1

    # /cancel leaves the question: a name typed after is no search.
    await redrawn(carla, "➕ Add a member who came", found)
    await new_message(carla, "🔎 Type a first name", found)
    await typed(carla, "/cancel")
    (stray,) = await typed(carla, "Nicolò")
    assert (stray.text or "").startswith("For now I answer commands and buttons"), screen(stray)


async def test_an_event_in_progress_is_on_top_and_who_s_coming_opens_read_only(
    bot: RunningBot,
) -> None:
    carla = await coordinator(bot)
    event_id = await bot.services.events.create(
        carla.id, open_event(bot.clock.now() + timedelta(days=1))
    )
    ada = await member(bot, "Ada", "05/2003", ("climate",))
    assert await bot.services.event_answers.going(ada.id, event_id) == "going"
    (before,) = await typed(carla, "/manageevents")
    await redrawn(carla, before.labels[0], before)  # the card, with Edit, before it starts
    assert before.button("✏️ Edit") is not None, screen(before)

    bot.clock.advance(days=1, minutes=30)  # under way
    (listing,) = await typed(carla, "/manageevents")
    assert listing.labels[0] == "🟢 in progress · Pulizia del parco · until 12:00", screen(listing)
    await redrawn(carla, listing.labels[0], listing)
    assert "Going (1): Ada" in (listing.text or ""), screen(listing)
    assert listing.buttons == [["⬅️ Your events"]], screen(listing)

    said = await redrawn(carla, "✏️ Edit", before)
    assert said.startswith("This event has already started: it can't be changed"), said
    bot.clock.advance(hours=2)  # over: Who's coming no longer opens, and says where to go
    said = await redrawn(carla, "👥 Who's coming", before)
    assert said.startswith("This event has already ended"), said
    assert "📋 Ended events: attendance" in said
    await bot.services.db.execute(
        "UPDATE events SET status = 'cancelled' WHERE id = ?", (event_id,)
    )
    said = await redrawn(carla, "👥 Who's coming", before)
    assert said == "This event was cancelled.", said
