"""A series is made, up to 100 dates, with its draft marked published in the same
transaction: a crash right after cannot make Publish create it a second time."""

from __future__ import annotations

import pytest

from bot.domain.event_audience import Reach
from bot.services.draft_flow import Draft
from tests.support.harness import RunningBot
from tests.test_events_flow import coordinator
from tests.test_onboarding_flow import say, tap
from tests.test_series_flow import rest_of_it, up_to_repeat
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_a_crash_after_the_series_is_made_publishes_it_once(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    carla = await coordinator(bot)
    asked = await up_to_repeat(carla)
    until = await tap(carla, "🔁 Every week (Thursday)", message=asked)
    length = await tap(carla, "🗓️ For 3 months", message=until)
    preview = await rest_of_it(carla, length)
    await tap(carla, "🚀 Publish", message=preview)
    drafts = bot.services.event_drafts
    put = drafts._put  # the write a crash cuts short

    async def crash(coordinator_id: int, draft: Draft) -> None:
        if "published" in draft.data:
            raise ConnectionAbortedError("the bot stopped after the series was made")
        await put(coordinator_id, draft)

    with monkeypatch.context() as patch:
        patch.setattr(drafts, "_put", crash)
        with pytest.raises(ConnectionAbortedError):
            await drafts.finish(carla.id, Reach.NOBODY)
    again = await say(carla, "/newevent")
    assert "Who should I tell about it?" in (again.text or ""), again.text
    [nobody] = [label for row in again.buttons for label in row if "Nobody" in label]
    done = await tap(carla, nobody, message=again)
    assert (done.text or "").startswith("🚀 Published!"), done.text
    rows = await bot.services.db.fetch_all("SELECT id FROM event_series")
    assert len(rows) == 1
    events = await bot.services.db.fetch_all("SELECT id FROM events")
    assert len(events) == 13
