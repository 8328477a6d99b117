"""/newevent's "Does it repeat?" and "Until when?": the repeat choice kept on the draft, read
back as a rule, and checked before the preview. Pure: the draft service stores what this gives.

The draft holds `repeat`: None (only once) or {"frequency", "week", "until", "count"}; a rule
refused on the way is kept as `repeat_refused`, so the same question shows why, with its numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal
from zoneinfo import ZoneInfo

from bot.domain.recurrence import (
    LAST,
    Frequency,
    Refused,
    Rule,
    RuleProblem,
    check,
    is_last_of_month,
    week_of_month,
)
from bot.domain.series_end import End, months_after, parse_end, school_year_end
from storage.db import from_db_time

REPEAT = "repeat"
REPEAT_END = "repeat_end"
# The ends offered as buttons: three months, the end of the school year, ten times.
EndPreset = Literal["m3", "june", "n10"]
END_PRESETS: tuple[EndPreset, ...] = ("m3", "june", "n10")


@dataclass(frozen=True)
class Step:
    """Where a repeat answer leads: the draft's next values, or the question again (`stay`)
    with why (kept on the draft as `repeat_refused`)."""

    values: dict[str, Any]
    stay: str | None = None


def first_local(data: dict[str, Any], zone: ZoneInfo) -> Any:
    """The draft's start as local wall-clock time (naive), the rule's first occurrence."""
    return from_db_time(data["starts_at"]).astimezone(zone).replace(tzinfo=None)


def monthly_weeks(first: date) -> tuple[int, ...]:
    """The weeks of the month a monthly series from `first` may repeat on: its own, and the
    last too when it is also the last one (a fifth one has only "the last")."""
    nth = week_of_month(first)
    if nth > 4:
        return (LAST,)
    return (nth, LAST) if is_last_of_month(first) else (nth,)


def rule_of(data: dict[str, Any], zone: ZoneInfo) -> Rule | None:
    """The draft's rule, or None for a single event."""
    repeat = data.get(REPEAT)
    if not repeat:
        return None
    until = repeat.get("until")
    return Rule(
        Frequency(repeat["frequency"]),
        first_local(data, zone),
        until=None if until is None else date.fromisoformat(until),
        count=repeat.get("count"),
        week_of_month=repeat.get("week"),
    )


def refusal_values(refused: Refused) -> dict[str, Any]:
    return {
        "problem": refused.problem.value,
        "would_be": refused.would_be,
        "last_fitting": None if refused.last_fitting is None else refused.last_fitting.isoformat(),
        "on": None if refused.on is None else refused.on.isoformat(),
    }


def choose_frequency(
    data: dict[str, Any], frequency: Frequency | None, week: int | None, zone: ZoneInfo
) -> Step:
    """Only once (None), or how often: then "Until when?". Monthly from a fifth weekday is
    refused here, with "the last one of the month" offered instead."""
    if frequency is None:
        return Step({REPEAT: None, "repeat_refused": None})
    first = first_local(data, zone).date()
    if frequency is Frequency.MONTHLY and week not in monthly_weeks(first):
        problem = RuleProblem.FIFTH_WEEKDAY if week_of_month(first) > 4 else RuleProblem.WRONG_WEEK
        return Step({"repeat_refused": refusal_values(Refused(problem))}, stay=REPEAT)
    repeat = {"frequency": frequency.value, "week": week, "until": None, "count": None}
    return Step({REPEAT: repeat, "repeat_refused": None}, stay=REPEAT_END)


def preset_end(data: dict[str, Any], preset: str, zone: ZoneInfo) -> End:
    first = first_local(data, zone).date()
    if preset == "m3":
        return End(until=months_after(first, 3))
    if preset == "june":
        return End(until=school_year_end(first))
    return End(count=10)


def typed_end(text: str, today: date) -> End:
    """A typed end; a date without its year is the first such one from `today` on (one before
    the first meeting is then refused, never moved to next year)."""
    return parse_end(text, today)


def with_end(data: dict[str, Any], end: End, zone: ZoneInfo) -> Step | None:
    """The series' end: the rule as it would be, checked; None if `end` was not understood."""
    if end.never:
        return Step(
            {"repeat_refused": refusal_values(Refused(RuleProblem.NO_END))}, stay=REPEAT_END
        )
    if (end.until is None and end.count is None) or (end.count is not None and end.count < 1):
        return None
    repeat = {**data[REPEAT], "until": None, "count": None}
    if end.until is not None:
        repeat["until"] = end.until.isoformat()
    else:
        repeat["count"] = end.count
    rule = rule_of({**data, REPEAT: repeat}, zone)
    assert rule is not None
    refused = check(rule, zone)
    if refused is not None:
        return Step({"repeat_refused": refusal_values(refused)}, stay=REPEAT_END)
    return Step({REPEAT: repeat, "repeat_refused": None})
