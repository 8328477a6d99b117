"""The buttons of a series' screens in /manageevents (handlers.series_changes), apart so that
/manageevents' list can point to them."""

from __future__ import annotations

from typing import Literal

from handlers.kit.callback_data import CallbackData


class SeriesDates(CallbackData, prefix="zd"):
    """A page of a series' dates; `event` is any of its occurrences."""

    event: int
    page: int


class SeriesDate(CallbackData, prefix="zc"):
    """On one date: o open it; e change it only; x ask to cancel it only, y cancel it;
    f change from it on; c ask to cancel from it on, z cancel them."""

    action: Literal["o", "e", "x", "y", "f", "c", "z"]
    event: int
