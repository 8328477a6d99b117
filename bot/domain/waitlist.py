"""How long a freed seat is held for the first on the waitlist. Pure: no I/O."""

from __future__ import annotations

from datetime import datetime, timedelta

LONGEST_OFFER = timedelta(hours=12)
SHORTEST_OFFER = timedelta(minutes=15)


def offer_window(now: datetime, starts_at: datetime) -> timedelta:
    """12 hours, or half the time left before the start if less, never under 15 minutes."""
    half_left = (starts_at - now) / 2
    return max(min(LONGEST_OFFER, half_left), SHORTEST_OFFER)
