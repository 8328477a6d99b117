"""Dates and times people type for events, in Italian or English: `12/03 18:30`,
`12 marzo 18:30`, `domani 18:30`, `sabato 10`, `tomorrow 6:30pm`, `2027-03-12 18:30`.
Pure: no I/O.

dateparser does the reading. Around it: numeric dates are day/month in both languages; a bare
hour after a day (`sabato 10`) is an hour, not a date; a time is required; the result is in
TIMEZONE, where the night clocks go forward has a missing hour (refused, with why) and the night
they go back has a repeated one (the first is taken, and the caller says so). Past times are
refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

import dateparser

MAX_TEXT = 60
# A day-and-month this recent is taken as a mistake about the past, not as next year.
RECENT_PAST = timedelta(days=60)
_YEAR = re.compile(r"\b\d{4}\b")
# `alle 10`, `ore 10`, `at 10`, or a bare `10` at the end: an hour, not a day of the month.
_BARE_HOUR = re.compile(r"^(?P<day>.*?\S)\s+(?:(?:alle|ore|at)\s+)?(?P<hour>\d{1,2})$")
_HAS_TIME = re.compile(r"\d{1,2}\s*(?::|\.)\s*\d{2}|\d{1,2}\s*(?:am|pm)\b")
_DOTTED_TIME = re.compile(r"(\d{1,2})\.(\d{2})\b")
# A date with dots, followed by a time: `12.03 18.30`, `12.03.2027 18:30`.
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?=\s+(?:alle\s+|ore\s+|at\s+)?\d)")
_DAYS_AHEAD = {"dopodomani": 2, "day after tomorrow": 2}
_TONIGHT = re.compile(r"\b(stasera|stanotte|stamattina|oggi pomeriggio|tonight|this evening)\b")
# Weekday names (and their usual shortenings) in both languages, Monday = 0.
_WEEKDAYS = {
    "lun": 0, "mon": 0, "mar": 1, "tue": 1, "mer": 2, "wed": 2, "gio": 3, "thu": 3,
    "ven": 4, "fri": 4, "sab": 5, "sat": 5, "dom": 6, "sun": 6,
}  # fmt: skip
# "mar" is also March: only "martedì" names a Tuesday.
_WEEKDAY_WORDS = frozenset(
    {*(_WEEKDAYS.keys() - {"mar"}), "lunedì", "lunedi", "martedì", "martedi", "mercoledì",
     "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi", "sabato", "domenica", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tues", "thur", "thurs"}
)  # fmt: skip
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{2}|\d{4}))?\b")
_NAMED_DATE = re.compile(r"\b(\d{1,2})\s+(?:di\s+|of\s+)?([a-z]{3,})")
_NAMED_DATE_MONTH_FIRST = re.compile(r"\b([a-z]{3,})\s+(\d{1,2})\b")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b")
# The first three letters of month names, Italian and English.
_MONTHS = {
    "gen": 1, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "may": 5, "giu": 6, "jun": 6,
    "lug": 7, "jul": 7, "ago": 8, "aug": 8, "set": 9, "sep": 9, "ott": 10, "oct": 10, "nov": 11,
    "dic": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
)  # fmt: skip
FARTHEST = timedelta(days=2 * 366)
_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "future",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


class WhenProblem(Enum):
    NOT_UNDERSTOOD = "not-understood"
    NO_TIME = "no-time"  # a day without an hour: we never guess the hour
    PAST = "past"
    SKIPPED_HOUR = "skipped-hour"  # the night clocks go forward: that time does not exist
    WRONG_WEEKDAY = "wrong-weekday"  # "venerdì 17 gennaio" when the 17th is a Saturday
    NO_SUCH_DAY = "no-such-day"  # 31 February, 32/01
    NO_SUCH_TIME = "no-such-time"  # 24:30, 18:75
    TOO_FAR = "too-far"  # more than a year and a bit ahead: a typo, most likely


@dataclass(frozen=True)
class When:
    at: datetime | None  # aware, in the zone
    problem: WhenProblem | None = None
    ambiguous: bool = False  # the night clocks go back: the first of the two was taken


def month_number(word: str) -> int | None:
    """The month a word names, in Italian or English, whole or shortened ("apr", "sett")."""
    if len(word) < 3 or not any(name.startswith(word) for name in _MONTH_NAMES):
        return None
    return _MONTHS[word[:3]]


def weekday_number(word: str) -> int | None:
    """The weekday a word names (Monday = 0), whole or shortened; None for any other word."""
    return _WEEKDAYS[word[:3]] if word in _WEEKDAY_WORDS else None


# A time alone, no day: `alle 19`, `ore 18.30`, `19:00`, `at 7pm`.
_TIME_ONLY = re.compile(r"^(?:(?:alle|ore|at|h)\s*)*\d{1,2}(?:\s*[:.]\s*\d{2})?\s*(?:am|pm)?$")


def on_day(text: str, day: date) -> str:
    """A time typed without a day, as that time on `day` (an edit keeps the event's own day:
    `alle 19` while changing 7 January is 7 January at 19:00, not tomorrow); else `text`."""
    if not _TIME_ONLY.match(_plain(text)):
        return text
    return f"{day.day:02d}/{day.month:02d}/{day.year} {text}"


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKC", text)
    return " ".join(decomposed.casefold().split())[:MAX_TEXT]


def _normalized(text: str, now: datetime, zone: ZoneInfo) -> str:
    """Dotted dates (`12.03 18.30`), bare hours (`sabato 10`), dotted times (`18.30`) and the
    Italian words dateparser lacks (`dopodomani`, `stasera`) as dateparser reads them."""
    today = now.astimezone(zone).date()
    for word, days in _DAYS_AHEAD.items():
        if re.search(rf"\b{word}\b", text):
            day = today + timedelta(days=days)
            text = re.sub(rf"\b{word}\b", f"{day.day:02d}/{day.month:02d}/{day.year}", text)
    text = _TONIGHT.sub(f"{today.day:02d}/{today.month:02d}/{today.year}", text)
    text = _DOTTED_DATE.sub(lambda m: m[0].replace(".", "/"), text)
    text = _DOTTED_TIME.sub(r"\1:\2", text)
    if not _HAS_TIME.search(text):
        found = _BARE_HOUR.match(text)
        if found and int(found["hour"]) <= 23 and not found["day"].endswith("/"):
            return f"{found['day']} {int(found['hour'])}:00"
    return text


def _impossible(plain: str, this_year: int) -> WhenProblem | None:
    """A day or a time that no calendar has (dateparser would guess something else)."""
    for hour, minute in _CLOCK.findall(plain):
        if int(hour) > 23 or int(minute) > 59:
            return WhenProblem.NO_SUCH_TIME
    days: list[tuple[int, int, int | None]] = []
    for year, month, day in _ISO_DATE.findall(plain):
        days.append((int(day), int(month), int(year)))
    rest = _ISO_DATE.sub(" ", plain)
    rest = _CLOCK.sub(" ", rest)
    for day, month, year in _NUMERIC_DATE.findall(rest):
        full_year = None if not year else int(year) + (2000 if len(year) == 2 else 0)
        days.append((int(day), int(month), full_year))
    for day, name in _NAMED_DATE.findall(rest):
        if name[:3] in _MONTHS:
            days.append((int(day), _MONTHS[name[:3]], None))
    for name, day in _NAMED_DATE_MONTH_FIRST.findall(rest):
        if name[:3] in _MONTHS:
            days.append((int(day), _MONTHS[name[:3]], None))
    for day, month, year in days:
        years = (year,) if year is not None else (this_year, this_year + 1)
        if not any(_exists(y, month, day) for y in years):
            return WhenProblem.NO_SUCH_DAY
    return None


def _named_weekday(plain: str) -> int | None:
    """The weekday named in the text, if one is (`venerdì`, `fri`, `Friday`)."""
    for word in re.findall(r"[a-zì]+", plain):
        if word in _WEEKDAY_WORDS:
            return _WEEKDAYS[word[:3]]
    return None


def _has_date(plain: str) -> bool:
    """A day of the month is given too (then the weekday named must agree with it)."""
    rest = _CLOCK.sub(" ", plain)
    return bool(
        _ISO_DATE.search(rest)
        or _NUMERIC_DATE.search(rest)
        or any(name[:3] in _MONTHS for _, name in _NAMED_DATE.findall(rest))
        or any(name[:3] in _MONTHS for name, _ in _NAMED_DATE_MONTH_FIRST.findall(rest))
    )


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def parse_when(text: str, now: datetime, zone: ZoneInfo) -> When:
    plain = _normalized(_plain(text), now, zone)
    impossible = _impossible(plain, now.astimezone(zone).year)
    if impossible is not None:
        return When(None, impossible)
    if not plain or not _HAS_TIME.search(plain):
        if plain and dateparser.parse(plain, languages=["it", "en"], settings=_settings(now, zone)):
            return When(None, WhenProblem.NO_TIME)
        return When(None, WhenProblem.NOT_UNDERSTOOD)
    naive = _read(plain, now, zone)
    if naive is None:
        return When(None, WhenProblem.NOT_UNDERSTOOD)
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    if _round_trip(first) != first.replace(tzinfo=None) and _round_trip(second) != second.replace(
        tzinfo=None
    ):
        return When(None, WhenProblem.SKIPPED_HOUR)
    return _checked(plain, first, now, ambiguous=first.utcoffset() != second.utcoffset())


def _read(plain: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """dateparser's reading, if it is a date a time zone can hold."""
    try:
        naive: datetime | None = dateparser.parse(
            plain, languages=["it", "en"], settings=_settings(now, zone)
        )
    except (ValueError, OverflowError):
        return None
    if naive is None or not 1900 <= naive.year <= 9000:  # year 1 or 9999 cannot change zone
        return None
    return naive


def _checked(plain: str, first: datetime, now: datetime, *, ambiguous: bool) -> When:
    """A real local time: in the past, too far, on another weekday than named, or fine."""
    if first.astimezone(UTC) <= now.astimezone(UTC):
        return When(first, WhenProblem.PAST)
    zone = first.tzinfo
    assert isinstance(zone, ZoneInfo)
    if not _YEAR.search(plain) and first.year > now.astimezone(zone).year:
        # `05/03` typed on 10 March: a slip about a day just gone, not next year's 5 March.
        try:
            last_year = first.replace(year=first.year - 1)
        except ValueError:  # 29 February
            last_year = None
        if last_year is not None and now - RECENT_PAST <= last_year <= now:
            return When(last_year, WhenProblem.PAST)
    if first.astimezone(UTC) > now.astimezone(UTC) + FARTHEST:
        return When(first, WhenProblem.TOO_FAR)
    named = _named_weekday(plain)
    if named is not None and _has_date(plain) and named != first.weekday():
        return When(first, WhenProblem.WRONG_WEEKDAY)
    return When(first, None, ambiguous=ambiguous)


def _settings(now: datetime, zone: ZoneInfo) -> dict[str, object]:
    return {**_SETTINGS, "RELATIVE_BASE": now.astimezone(zone).replace(tzinfo=None)}


def _round_trip(local: datetime) -> datetime:
    """The wall-clock time this local time really is (differs when it does not exist)."""
    zone = local.tzinfo
    assert isinstance(zone, ZoneInfo)
    return local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
