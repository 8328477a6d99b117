"""The rule of a repeating event: dates, local time across clock changes, and the refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.recurrence import (
    LAST,
    MAX_OCCURRENCES,
    Frequency,
    Rule,
    RuleProblem,
    check,
    local_starts,
    monthly_week,
    phrase,
    starts,
)
from bot.domain.series_end import JUST_PASSED, End, months_after, parse_end, school_year_end

ROME = ZoneInfo("Europe/Rome")


def test_a_weekly_meeting_keeps_its_local_time_across_the_march_clock_change() -> None:
    rule = Rule(Frequency.WEEKLY, datetime(2027, 1, 7, 18, 30), until=date(2027, 4, 6))
    assert check(rule, ROME) is None
    found = starts(rule, ROME)
    assert len(found) == 13
    assert found[0] == datetime(2027, 1, 7, 17, 30, tzinfo=UTC)  # CET, UTC+1
    assert found[-1] == datetime(2027, 4, 1, 16, 30, tzinfo=UTC)  # CEST, UTC+2
    assert {at.astimezone(ROME).strftime("%a %H:%M") for at in found} == {"Thu 18:30"}


def test_every_two_weeks_and_a_count() -> None:
    rule = Rule(Frequency.FORTNIGHTLY, datetime(2027, 1, 7, 18, 30), count=4)
    assert [s.date() for s in local_starts(rule)] == [
        date(2027, 1, 7),
        date(2027, 1, 21),
        date(2027, 2, 4),
        date(2027, 2, 18),
    ]


def test_monthly_on_the_second_saturday() -> None:
    rule = Rule(Frequency.MONTHLY, datetime(2027, 1, 9, 10, 0), count=3, week_of_month=2)
    assert check(rule, ROME) is None
    assert [s.date() for s in local_starts(rule)] == [
        date(2027, 1, 9),
        date(2027, 2, 13),
        date(2027, 3, 13),
    ]


def test_monthly_on_the_fifth_friday_is_refused_and_the_last_friday_offered() -> None:
    fifth = datetime(2027, 1, 29, 18, 0)  # the fifth Friday of January
    assert monthly_week(fifth.date()) == LAST
    refused = check(Rule(Frequency.MONTHLY, fifth, count=5, week_of_month=5), ROME)
    assert refused is not None
    assert refused.problem is RuleProblem.FIFTH_WEEKDAY
    last = Rule(Frequency.MONTHLY, fifth, count=3, week_of_month=LAST)
    assert check(last, ROME) is None
    assert [s.date() for s in local_starts(last)] == [
        date(2027, 1, 29),
        date(2027, 2, 26),
        date(2027, 3, 26),
    ]


def test_the_refusals_each_with_its_reason() -> None:
    first = datetime(2027, 1, 7, 18, 30)
    no_end = check(Rule(Frequency.WEEKLY, first), ROME)
    assert no_end is not None
    assert no_end.problem is RuleProblem.NO_END
    before = check(Rule(Frequency.WEEKLY, first, until=date(2026, 12, 1)), ROME)
    assert before is not None
    assert before.problem is RuleProblem.END_BEFORE_START
    too_many = check(Rule(Frequency.WEEKLY, first, count=150), ROME)
    assert too_many is not None
    assert too_many.problem is RuleProblem.TOO_MANY
    assert too_many.would_be == 150
    assert too_many.last_fitting == date(2028, 11, 30)  # the 100th Thursday
    long = check(Rule(Frequency.WEEKLY, first, until=date(2030, 1, 1)), ROME)
    assert long is not None
    assert long.would_be == 156
    assert long.last_fitting == date(2028, 11, 30)
    skipped = check(Rule(Frequency.WEEKLY, datetime(2027, 3, 14, 2, 30), count=3), ROME)
    assert skipped is not None
    assert skipped.problem is RuleProblem.NO_SUCH_TIME
    assert skipped.on == date(2027, 3, 28)


def test_the_phrases() -> None:
    first = datetime(2027, 1, 7, 18, 30)
    assert phrase(Rule(Frequency.WEEKLY, first, count=2)).key == "series-rule-weekly"
    assert phrase(Rule(Frequency.FORTNIGHTLY, first, count=2)).key == "series-rule-fortnightly"
    monthly = phrase(Rule(Frequency.MONTHLY, datetime(2027, 1, 9, 10), count=2, week_of_month=2))
    assert (monthly.key, monthly.weekday, monthly.week_of_month) == ("series-rule-monthly", 5, 2)
    last = phrase(Rule(Frequency.MONTHLY, datetime(2027, 1, 29), count=2, week_of_month=LAST))
    assert last.key == "series-rule-monthly-last"
    assert last.weekday == 4


def test_typed_ends() -> None:
    first = date(2027, 1, 7)
    assert parse_end("12", first) == End(count=12)
    assert parse_end("10 volte", first) == End(count=10)
    assert parse_end("30/06", first) == End(until=date(2027, 6, 30))
    assert parse_end("01/01", first) == End(until=date(2027, 1, 1))  # just passed: a slip, refused
    assert parse_end("01/10", first) == End(until=date(2027, 10, 1))
    assert parse_end("1/12/2026", first) == End(until=date(2026, 12, 1))
    assert parse_end("mai", first) == End(never=True)
    assert parse_end("boh", first) == End()
    assert parse_end("31/02/2027", first) == End()
    assert months_after(first, 3) == date(2027, 4, 6)
    assert school_year_end(date(2026, 10, 1)) == date(2027, 6, 30)
    assert school_year_end(date(2027, 3, 1)) == date(2027, 6, 30)


FIRSTS = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda at: at.replace(second=0, microsecond=0)
)


@given(
    first=FIRSTS,
    frequency=st.sampled_from(list(Frequency)),
    count=st.one_of(st.none(), st.integers(1, 150)),
    days=st.integers(0, 1200),
)
def test_every_accepted_rule_keeps_its_local_time_and_its_end(
    first: datetime, frequency: Frequency, count: int | None, days: int
) -> None:
    until = None if count is not None else (first + timedelta(days=days)).date()
    week = monthly_week(first.date()) if frequency is Frequency.MONTHLY else None
    rule = Rule(frequency, first, until=until, count=count, week_of_month=week)
    refused = check(rule, ROME)
    if refused is not None:
        assert refused.problem in {RuleProblem.TOO_MANY, RuleProblem.NO_SUCH_TIME}
        return
    local = local_starts(rule)
    found = starts(rule, ROME)
    assert 1 <= len(found) <= MAX_OCCURRENCES
    assert found == sorted(set(found))
    assert local[0] == first
    for wall, at in zip(local, found, strict=True):
        assert at.astimezone(ROME).replace(tzinfo=None) == wall
        assert (wall.hour, wall.minute, wall.weekday()) == (
            first.hour,
            first.minute,
            first.weekday(),
        )
    if count is not None:
        assert len(found) == count
    if until is not None:
        assert local[-1].date() <= until


@given(day=st.dates(min_value=date(2026, 1, 1), max_value=date(2099, 12, 31)))
def test_a_typed_date_with_its_year_reads_back(day: date) -> None:
    for typed in (f"{day.day}/{day.month}/{day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}"):
        assert parse_end(typed, date(2026, 1, 1)) == End(until=day)


@given(day=st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)))
def test_a_typed_date_without_its_year_is_the_next_one_from_the_start(day: date) -> None:
    found = parse_end(f"{day.day}/{day.month}", day)
    assert found == End(until=day)


MONTHS_IT = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


def test_ends_in_words() -> None:
    today = date(2026, 12, 5)
    assert parse_end("30 aprile", today) == End(until=date(2027, 4, 30))
    assert parse_end("fine aprile", today) == End(until=date(2027, 4, 30))
    assert parse_end("fino a giugno", today) == End(until=date(2027, 6, 30))
    assert parse_end("giugno", today) == End(until=date(2027, 6, 30))
    assert parse_end("end of April", today) == End(until=date(2027, 4, 30))
    assert parse_end("fine dicembre", today) == End(until=date(2026, 12, 31))
    assert parse_end("fino al 30/04", today) == End(until=date(2027, 4, 30))
    assert parse_end("2 novembre 2028", today) == End(until=date(2028, 11, 2))
    assert parse_end("giovedì 4 marzo", today) == End(until=date(2027, 3, 4))
    assert parse_end("08/12", today) == End(until=date(2026, 12, 8))  # not next year's
    # Just gone by: this year's, refused as before the first meeting; long gone: next year's.
    assert parse_end("01/12", today) == End(until=date(2026, 12, 1))
    assert parse_end("30/06", today) == End(until=date(2027, 6, 30))
    assert parse_end("31 aprile", today) == End()
    assert parse_end("aprile maggio", today) == End()
    assert parse_end("martedì", today) == End()


@given(
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)),
    today=st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)),
    english=st.booleans(),
)
def test_a_day_and_month_in_words_is_the_first_one_from_today(
    day: date, today: date, english: bool
) -> None:
    names = MONTHS_EN if english else MONTHS_IT
    typed = f"{day.day} {names[day.month - 1]}"
    found = parse_end(typed, today)
    assert found.until is not None
    assert (found.until.day, found.until.month) == (day.day, day.month)
    if found.until < today:  # it has just passed: a slip, refused later, not next year's
        assert today - found.until <= JUST_PASSED
    else:
        assert found.until <= today + timedelta(days=4 * 366)
    assert parse_end(f"{day.day}/{day.month}", today) == found
    assert parse_end(f"{typed} {day.year}", today) == End(until=day)


@given(
    today=st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)),
    month=st.integers(1, 12),
    lead=st.sampled_from(
        ["", "fine ", "fino a ", "fino a fine ", "end of ", "until ", "by the end of "]
    ),
)
def test_a_month_alone_is_its_last_day_from_today_on(today: date, month: int, lead: str) -> None:
    names = MONTHS_EN if lead[:1] in {"e", "u", "b"} else MONTHS_IT
    found = parse_end(f"{lead}{names[month - 1]}", today)
    assert found.until is not None
    assert found.until.month == month
    assert (found.until + timedelta(days=1)).day == 1  # the last day of its month
    assert today <= found.until < today + timedelta(days=366)


@given(text=st.text(max_size=40), today=st.dates())
def test_any_text_gives_an_answer(text: str, today: date) -> None:
    found = parse_end(text, today)
    assert found.until is None or found.count is None
