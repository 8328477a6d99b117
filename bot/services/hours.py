"""Volunteering hours: a member's credited events by school year, statements of hours for
school and their verification by code.

The code and the surname printed on a statement are kept nowhere: the code only as a slow keyed
hash to find the statement by, the surname only as a hash keyed by the bot's key and (what is
derived from) the code, so a verifier who has the paper can be told whether the surname matches,
and whoever has the database and the key, but not the paper, cannot try surnames against it."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.keyed_hash import KeyedHash
from bot.domain.hour_statement import CODE_ALPHABET, CODE_LENGTH, code_from, read_code, surname_key
from bot.domain.school_year import school_year_of, total_minutes
from storage.attendance import AttendanceRepository, CameRecord
from storage.hours import HourRepository, HourStatement, StatementLine

SURNAME_PURPOSE = "statement-surname"
CODE_PURPOSE = "statement-code"
_LOOKUP_BYTES = 32

# Makes the PDF of a statement with its code, before anything is stored.
Render = Callable[[str, HourStatement], Awaitable[bytes]]


@dataclass(frozen=True)
class IssuedStatement:
    code: str  # as printed; kept nowhere
    statement: HourStatement
    document: bytes


@dataclass(frozen=True)
class YearOfHours:
    year: int  # 2026: September 2026 to August 2027
    events: tuple[CameRecord, ...]

    @property
    def minutes(self) -> int:
        return total_minutes(event.minutes for event in self.events)


class Verdict(Enum):
    GENUINE = "genuine"
    # The code is a statement's, but the surname given is not the one printed on it: the paper
    # may have been altered (anything but GENUINE makes `python -m bot verify` exit non-zero).
    SURNAME_DIFFERS = "surname-differs"
    MALFORMED = "malformed"
    UNKNOWN = "unknown"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    code: str | None  # as printed, when the typed one could be read
    statement: HourStatement | None = None
    surname_matches: bool | None = None  # None: no surname given, or no statement


@dataclass(kw_only=True, eq=False)
class HourService:
    repository: HourRepository
    attendance: AttendanceRepository  # the marks organisers made: what hours are made of
    hasher: KeyedHash
    audit: AuditLog
    clock: Clock
    zone: ZoneInfo

    def local_day(self, instant: datetime) -> str:
        return instant.astimezone(self.zone).date().isoformat()

    async def years(self, member_id: int) -> list[YearOfHours]:
        """The school years she has hours in, the latest first, each with its events in order."""
        by_year: dict[int, list[CameRecord]] = {}
        for event in await self.attendance.of_member(member_id):
            year = school_year_of(event.starts_at.astimezone(self.zone).date())
            by_year.setdefault(year, []).append(event)
        return [YearOfHours(year, tuple(by_year[year])) for year in sorted(by_year, reverse=True)]

    async def has_year(self, member_id: int, year: int) -> bool:
        return any(found.year == year for found in await self.years(member_id))

    def current_year(self) -> int:
        return school_year_of(self.clock.now().astimezone(self.zone).date())

    def _keys(self, code: str) -> tuple[str, KeyedHash]:
        """What a code is looked up by, and the hasher its statement's surname is kept by."""
        derived = self.hasher.stretched(CODE_PURPOSE, code)
        return derived[:_LOOKUP_BYTES].hex(), self.hasher.joined(derived[_LOOKUP_BYTES:])

    async def _keys_of(self, code: str) -> tuple[str, KeyedHash]:
        # Some tens of milliseconds of CPU (on purpose): not on the loop other updates wait on.
        return await asyncio.to_thread(self._keys, code)

    async def issue(
        self, member_id: int, year: int, first_name: str, surname: str, render: Render
    ) -> IssuedStatement | None:
        """A statement of that school year's hours under a new code: its PDF made first, then
        kept and audited (never with the code or the surname), so a PDF that cannot be made
        leaves nothing behind; None if she has no hours that year."""
        found = next((y for y in await self.years(member_id) if y.year == year), None)
        if found is None:
            return None
        lines = tuple(
            StatementLine(event.title, self.local_day(event.starts_at), event.minutes)
            for event in found.events
        )
        while True:
            code = code_from("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)))
            lookup, surname_hasher = await self._keys_of(code)
            statement = HourStatement(
                code_hash=lookup,
                member_id=member_id,
                first_name=first_name,
                surname_hash=surname_hasher.of_words(SURNAME_PURPOSE, surname_key(surname)),
                school_year=year,
                total_minutes=found.minutes,
                lines=lines,
                issued_at=self.clock.now(),
            )
            # A code once given is never given again: it would verify the wrong statement.
            if await self.repository.withdrawn(lookup) or await self.repository.statement(lookup):
                continue
            document = await render(code, statement)
            if await self.repository.add_statement(statement):
                break
        await self.audit.record(
            member_id,
            "statement.issued",
            member_id,
            year=year,
            count=len(lines),
            ref=statement.reference,
        )
        return IssuedStatement(code, statement, document)

    async def verify(
        self, typed_code: str, surname: str | None, verifier: int | None
    ) -> Verification:
        """Whether a code is a statement's, and what it certifies. Audited: a verifier (None:
        from the server's shell) reads a member's hours."""
        code = read_code(typed_code)
        if code is None:
            return Verification(Verdict.MALFORMED, None)
        lookup, surname_hasher = await self._keys_of(code)
        statement = await self.repository.statement(lookup)
        if statement is None:
            withdrawn = await self.repository.withdrawn(lookup)
            return Verification(Verdict.WITHDRAWN if withdrawn else Verdict.UNKNOWN, code)
        matches = None
        if surname is not None and surname.strip():
            typed = surname_hasher.of_words(SURNAME_PURPOSE, surname_key(surname))
            matches = secrets.compare_digest(typed, statement.surname_hash)
        await self.audit.record(
            verifier,
            "statement.verified",
            statement.member_id,
            year=statement.school_year,
            ref=statement.reference,
            source="shell" if verifier is None else None,
        )
        verdict = Verdict.SURNAME_DIFFERS if matches is False else Verdict.GENUINE
        return Verification(verdict, code, statement, matches)

    async def statements_of(self, member_id: int) -> list[HourStatement]:
        return await self.repository.statements_of(member_id)
