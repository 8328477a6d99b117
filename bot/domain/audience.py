"""Who a broadcast is for: conditions on members, combined with AND, each one included or
excluded. Within one condition the values are alternatives (climate OR education). No
condition at all means everyone. Pure: stored as JSON, resolved by `bot/services/audiences.py`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.domain.projects import parse_age_band


class Field(StrEnum):
    CAUSE = "cause"  # a catalog key of the member's causes
    SKILL = "skill"  # a catalog key of the member's skills
    CITY = "city"  # a city as stored in profiles ("remote" for remote only)
    AGE_BAND = "age_band"  # a band of bot/domain/age_bands.py, e.g. "16–17"
    AGE = "age"  # an age range, "<min>-<max>" inclusive: an event's ages
    LANGUAGE = "language"  # "it" or "en": the language the member reads the bot in
    PROJECT = "project"  # the accepted participants of a project (its id, as text)
    EVENT = "event"  # the answers to an event: "<event id>:<answer>", e.g. "12:going"


# Conditions that pick people through a project of someone's: what a coordinator may use on
# their own (their projects' people); anything wider needs a moderator's approval.
THROUGH_PROJECTS = frozenset({Field.PROJECT, Field.EVENT})


ADULT = 18
OLDEST = 99  # the open end of a typed "18+"


def _range(value: str) -> tuple[int, int] | None:
    low, _, high = value.partition("-")
    return (int(low), int(high)) if low.isdigit() and high.isdigit() else None


_AND_OVER = re.compile(r"^\s*(\d{1,2})\s*(?:\+|anni in su|e più|or over|and over)\s*$", re.I)


def typed_ages(text: str) -> str | None:
    """An age range as people type it ("16-25", "da 16 a 25", "18+") as a condition's value
    ("16-25", "18-99"); None when it is not one."""
    over = _AND_OVER.match(text)
    if over:
        return f"{int(over[1])}-{OLDEST}"
    band = parse_age_band(text)
    if band is None or band[0] > band[1]:
        return None
    return f"{band[0]}-{band[1]}"


@dataclass(frozen=True)
class Condition:
    field: Field
    values: tuple[str, ...]
    exclude: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field.value, "values": list(self.values), "exclude": self.exclude}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Condition:
        return cls(
            Field(raw["field"]),
            tuple(str(value) for value in raw.get("values", ())),
            bool(raw.get("exclude", False)),
        )


@dataclass(frozen=True)
class Audience:
    conditions: tuple[Condition, ...] = ()

    @property
    def everyone(self) -> bool:
        return not self.conditions

    def with_condition(self, condition: Condition) -> Audience:
        """This audience and one more condition (one per field and side: a second replaces
        the first)."""
        kept = tuple(
            existing
            for existing in self.conditions
            if (existing.field, existing.exclude) != (condition.field, condition.exclude)
        )
        return Audience((*kept, condition) if condition.values else kept)

    def without(self, field: Field, *, exclude: bool = False) -> Audience:
        return Audience(
            tuple(c for c in self.conditions if (c.field, c.exclude) != (field, exclude))
        )

    def values(self, field: Field, *, exclude: bool = False) -> tuple[str, ...]:
        for condition in self.conditions:
            if (condition.field, condition.exclude) == (field, exclude):
                return condition.values
        return ()

    def project_ids(self) -> frozenset[int]:
        """The projects whose people it reaches: participants, or answers to their events
        (the event's project is looked up by the service)."""
        return frozenset(
            int(value)
            for condition in self.conditions
            if condition.field is Field.PROJECT and not condition.exclude
            for value in condition.values
        )

    def event_ids(self) -> frozenset[int]:
        return frozenset(
            int(value.split(":", 1)[0])
            for condition in self.conditions
            if condition.field is Field.EVENT and not condition.exclude
            for value in condition.values
        )

    def only_through_projects(self) -> bool:
        """Whether an included project or event condition limits it (a coordinator's own)."""
        return any(c.field in THROUGH_PROJECTS and not c.exclude for c in self.conditions)

    def adults_only(self) -> Audience:
        """The same audience without anyone under 18 or of unknown age: an age range from 18
        (an existing range keeps its upper end). Unknown ages are in no range, so they leave."""
        ranges = [_range(value) for value in self.values(Field.AGE)] or [(ADULT, OLDEST)]
        kept = tuple(
            f"{max(low, ADULT)}-{high}" for low, high in (r for r in ranges if r) if high >= ADULT
        )
        return self.with_condition(Condition(Field.AGE, kept or (f"{ADULT}-{ADULT - 1}",)))

    def to_json(self) -> str:
        return json.dumps([condition.to_json() for condition in self.conditions])

    @classmethod
    def from_json(cls, text: str) -> Audience:
        raw = json.loads(text or "[]")
        return cls(tuple(Condition.from_json(item) for item in raw))
