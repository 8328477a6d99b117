"""A change from a date on, end to end: it sets the time typed on every date (also on one
moved alone before), refuses to move the day (the rule would no longer say it), and says
plainly when a date changed meanwhile."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

import pytest

from bot.services.events import ChangeResult
from storage.events import Event
from storage.tasks import NewTask
from tests.support.harness import RunningBot
from tests.test_events_flow import answer_text, coordinator
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say, tap
from tests.test_series_changes import dates_of, event, local_time, open_date, weekly
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_a_new_time_is_set_on_every_date_and_the_day_stays(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    # 12 February moved alone to Friday 13 at 20:00 first.
    moved = await event(bot, ids[3])
    friday = datetime(2026, 2, 13, 20, 0, tzinfo=bot.services.settings.zone)
    result, _ = await bot.services.events.update(carla.id, ids[3], replace(moved, starts_at=friday))
    assert result is ChangeResult.SAVED

    screen = await dates_of(carla)
    await open_date(carla, screen, "📅 Thursday 5 February, 18:30")
    edit = await tap(carla, "✏️ Change from this date on", message=screen)
    assert "a new time is set on each date; the day stays" in (edit.text or "")
    await tap(carla, "✏️ Start", message=edit)
    again = await say(carla, "6/2 21:00")  # refused as typed, the question still open
    assert "From this date on, the time can change but not the day" in (again.text or "")
    assert [local_time(await event(bot, i)) for i in ids[2:4]] == [
        "Thu 05 Feb 18:30",
        "Fri 13 Feb 20:00",
    ]
    read_back = await say(carla, "5/2 21:00")
    preview = await tap(carla, "✅ Yes", message=read_back)
    saved = await tap(carla, "💾 Save changes", message=preview)
    assert (saved.text or "").startswith("✅ Changes saved on every open date"), saved.text
    times = [local_time(await event(bot, i)) for i in ids]
    assert times[:2] == ["Thu 22 Jan 18:30", "Thu 29 Jan 18:30"]
    assert times[3] == "Fri 13 Feb 21:00"  # its own day, the time typed
    assert [t[:3] for t in times[2:] if t != times[3]] == ["Thu"] * 9
    assert {t[-5:] for t in times[2:]} == {"21:00"}  # across the clock change too
    listing = await say(carla, "/manageevents")
    assert "every Thursday" in listing.buttons[0][0]


async def test_a_date_changed_meanwhile_is_said_so(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id, dates=4)
    screen = await dates_of(carla, "4 dates")
    await open_date(carla, screen, "📅 Thursday 29 January, 18:30")
    edit = await tap(carla, "✏️ Change from this date on", message=screen)
    await tap(carla, "✏️ Place", message=edit)
    preview = await say(carla, "Cascina Roccafranca")
    changes = bot.services.series_changes.repository
    change_all = changes.change_all

    async def meanwhile(
        dates: Sequence[tuple[Event, int]],
        now: datetime,
        prefixes: Sequence[str],
        tasks: Sequence[NewTask],
    ) -> bool:
        await bot.services.events.cancel_event(carla.id, ids[3])  # a colleague, just before
        return await change_all(dates, now, prefixes, tasks)

    monkeypatch.setattr(changes, "change_all", meanwhile)
    before = len(carla.callback_answers)
    await carla.press("💾 Save changes", message=preview)
    await carla.wait_until(lambda u: len(u.callback_answers) > before)
    assert answer_text(carla) == (
        "Someone changed one of these dates meanwhile: nothing was saved."
        " Look at the dates again from /manageevents."
    )
    assert [(await event(bot, i)).place for i in ids] == ["Parco Dora"] * 4


async def test_who_answers_while_the_change_is_planned_keeps_her_reminders(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id, dates=4)
    ada = await reminded(bot, "Ada")
    screen = await dates_of(carla, "4 dates")
    await open_date(carla, screen, "📅 Thursday 29 January, 18:30")
    edit = await tap(carla, "✏️ Change from this date on", message=screen)
    await tap(carla, "✏️ Start", message=edit)
    read_back = await say(carla, "29/1 19:00")
    preview = await tap(carla, "✅ Yes", message=read_back)
    changes = bot.services.series_changes.repository
    change_all = changes.change_all

    async def meanwhile(
        dates: Sequence[tuple[Event, int]],
        now: datetime,
        prefixes: Sequence[str],
        tasks: Sequence[NewTask],
    ) -> bool:
        # Ada says Going just before the change is saved: her reminders, planned for 18:30,
        # go with the old time.
        await bot.services.event_answers.answer(ada.id, ids[2], "going")
        return await change_all(dates, now, prefixes, tasks)

    monkeypatch.setattr(changes, "change_all", meanwhile)
    saved = await tap(carla, "💾 Save changes", message=preview)
    assert (saved.text or "").startswith("✅ Changes saved on every open date"), saved.text
    rows = await bot.services.db.fetch_all(
        "SELECT dedupe_key, due_at FROM tasks WHERE member_id = ? AND state = 'pending'"
        " AND dedupe_key LIKE ?",
        (ada.id, f"reminder:{ids[2]}:%"),
    )
    assert len(rows) == 2  # 24h and 1h before the date as it is now
    assert all(row["dedupe_key"].startswith(f"reminder:{ids[2]}:r1:") for row in rows)
