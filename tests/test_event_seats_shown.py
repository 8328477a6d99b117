"""Free seats have one source: the stored seats taken. The event's card, its organiser's screen
and the preview of a change all count them the same way."""

from __future__ import annotations

import pytest

from tests.support.harness import RunningBot
from tests.test_events_flow import two_going
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_the_preview_of_a_change_counts_the_seats_already_taken(bot: RunningBot) -> None:
    carla, _, _ = await two_going(bot)
    cleo = await reminded(bot, "Cleo")
    card = await say(cleo, "/events")
    assert "3 left" in (card.text or "")

    listing = await say(carla, "/manageevents")
    await carla.press("Pulizia del parco · Friday 16 January, 18:30", message=listing)
    await carla.wait_until(lambda u: "👥 3 seats left of 5" in (listing.text or ""))
    preview = await tap(carla, "✏️ Edit", message=listing)
    assert "👥 3 seats left of 5" in (preview.text or "")
    # More seats: the preview counts them on top of those taken.
    seats = await tap(carla, "✏️ Seats", message=preview)
    assert seats.text
    changed = await say(carla, "8")
    assert "👥 6 seats left of 8" in (changed.text or "")
