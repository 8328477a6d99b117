"""Who hears of a new event: the coordinator chooses when publishing, among the people the event
is for, its project's participants, or nobody. Pure: the audience is resolved by
`bot/services/audiences.py`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.audience import Audience, Condition, Field


class Reach(StrEnum):
    EVERYONE = "all"  # everyone the event is for (its ages; a project's participants)
    PARTICIPANTS = "project"  # only the participants of its project
    NOBODY = "none"


@dataclass(frozen=True)
class EventFor:
    """Who an event is for, as its answers say."""

    min_age: int | None
    max_age: int | None
    project_id: int | None
    participants_only: bool = False


# An age range left open on one side: the community's ages bound it anyway.
_NO_LOW, _NO_HIGH = 0, 200


def reaches(event: EventFor) -> tuple[Reach, ...]:
    """The choices offered: "only participants" needs a project; for an event that is for its
    participants only, "everyone it is for" is the same people, so it is not offered twice."""
    if event.project_id is None:
        return (Reach.EVERYONE, Reach.NOBODY)
    if event.participants_only:
        return (Reach.PARTICIPANTS, Reach.NOBODY)
    return (Reach.EVERYONE, Reach.PARTICIPANTS, Reach.NOBODY)


def event_audience(event: EventFor, reach: Reach) -> Audience | None:
    """The members told of the event; None for nobody. Whatever the choice, never anyone the
    event is not for: a participants-only event never goes to everyone, and an event's ages
    hold for its participants too."""
    if reach is Reach.NOBODY:
        return None
    audience = Audience()
    if event.min_age is not None or event.max_age is not None:
        low = _NO_LOW if event.min_age is None else event.min_age
        high = _NO_HIGH if event.max_age is None else event.max_age
        audience = audience.with_condition(Condition(Field.AGE, (f"{low}-{high}",)))
    if reach is Reach.PARTICIPANTS or event.participants_only:
        if event.project_id is None:
            return None  # participants of no project: nobody
        audience = audience.with_condition(Condition(Field.PROJECT, (str(event.project_id),)))
    return audience
