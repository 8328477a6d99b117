"""Reports (safeguarding rule 19): filed, handled once (the first decision wins), listed, the
copies of each card, and the reports people are still writing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, from_db_time, to_db_time
from storage.rows import from_row

OPEN = "open"


@dataclass(frozen=True)
class NewReport:
    reporter_id: int
    reporter_minor: bool
    category: str
    text: str | None = None
    chat_id: int | None = None
    message_id: int | None = None
    quoted: str | None = None
    reported_id: int | None = None
    reported_hash: str | None = None
    chat_title: str | None = None
    reporter_name: str | None = None
    reported_name: str | None = None


@dataclass(frozen=True)
class Report:
    id: int
    at: datetime
    reporter_id: int | None
    reporter_minor: bool
    category: str
    text: str | None
    chat_id: int | None
    message_id: int | None
    quoted: str | None
    reported_id: int | None
    reported_hash: str | None
    state: str
    handled_by: int | None
    handled_at: datetime | None
    outcome: str | None
    chat_title: str | None = None
    reporter_name: str | None = None
    reported_name: str | None = None
    handled_name: str | None = None
    note: str | None = None  # why it was dismissed, or the rule a sanction from it cited
    reporters: int = 1  # how many people reported the same group message

    @property
    def is_open(self) -> bool:
        return self.state == OPEN


@dataclass(frozen=True)
class Handled:
    """Who closed a report, when, and how (`state` handled or dismissed; `outcome`)."""

    state: str
    outcome: str
    by: int
    by_name: str
    at: datetime
    note: str | None = None


@dataclass(frozen=True)
class ReportDraft:
    member_id: int
    category: str | None
    text: str | None


@dataclass(frozen=True)
class ThreadMessage:
    """One message between the leads and the reporter (`from_reporter`), kept with the report."""

    at: datetime
    from_reporter: bool
    author_name: str | None
    text: str


@dataclass(frozen=True)
class CardCopy:
    chat_id: int
    message_id: int


def _report(row: sqlite3.Row) -> Report:
    # A report made before anyone was counted as its reporter still has one.
    return from_row(Report, row, reporters=max(1, int(row["reporters"])))


# Each report with the number of people who reported it.
SELECT = (
    "SELECT reports.*, (SELECT count(*) FROM report_reporters AS r"
    " WHERE r.report_id = reports.id) AS reporters FROM reports"
)


class ReportRepository(Repository):
    async def add(self, report: NewReport, at: datetime) -> int:
        async with self._db.transaction() as tx:
            return await tx.insert(
                "INSERT INTO reports (at, reporter_id, reporter_minor, category, text, chat_id,"
                " message_id, quoted, reported_id, reported_hash, chat_title, reporter_name,"
                " reported_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    to_db_time(at),
                    report.reporter_id,
                    int(report.reporter_minor),
                    report.category,
                    report.text,
                    report.chat_id,
                    report.message_id,
                    report.quoted,
                    report.reported_id,
                    report.reported_hash,
                    report.chat_title,
                    report.reporter_name,
                    report.reported_name,
                ),
            )

    async def get(self, report_id: int) -> Report | None:
        row = await self._db.fetch_one(f"{SELECT} WHERE id = ?", (report_id,))
        return _report(row) if row else None

    async def of_message(self, chat_id: int, message_id: int) -> Report | None:
        """The latest report of this group message, if any."""
        row = await self._db.fetch_one(
            f"{SELECT} WHERE chat_id = ? AND message_id = ? ORDER BY id DESC LIMIT 1",
            (chat_id, message_id),
        )
        return _report(row) if row else None

    async def add_reporter(self, report_id: int, reporter_hash: str) -> bool:
        """False if this person had already reported it."""
        changed = await self._db.execute(
            "INSERT OR IGNORE INTO report_reporters (report_id, reporter_hash) VALUES (?,?)",
            (report_id, reporter_hash),
        )
        return changed > 0

    async def has_reporter(self, report_id: int, reporter_hash: str) -> bool:
        row = await self._db.fetch_one(
            "SELECT 1 FROM report_reporters WHERE report_id = ? AND reporter_hash = ?",
            (report_id, reporter_hash),
        )
        return row is not None

    async def reopen(self, report_id: int) -> None:
        """A decision that changed nothing in the group: the report waits for another one."""
        await self._db.execute(
            "UPDATE reports SET state = 'open', handled_by = NULL, handled_name = NULL,"
            " handled_at = NULL, outcome = NULL, note = NULL WHERE id = ?",
            (report_id,),
        )

    async def close(self, report_id: int, handled: Handled) -> bool:
        """Open → handled or dismissed, in one statement: of two decisions at once, only the
        first changes the row; the second finds it closed and gets False."""
        changed = await self._db.execute(
            "UPDATE reports SET state = ?, handled_by = ?, handled_name = ?, handled_at = ?,"
            " outcome = ?, note = ? WHERE id = ? AND state = 'open'",
            (
                handled.state,
                handled.by,
                handled.by_name,
                to_db_time(handled.at),
                handled.outcome,
                handled.note,
                report_id,
            ),
        )
        return changed > 0

    async def count_open(self) -> int:
        row = await self._db.fetch_one("SELECT count(*) AS n FROM reports WHERE state = 'open'")
        return int(row["n"]) if row else 0

    async def count(self) -> int:
        row = await self._db.fetch_one("SELECT count(*) AS n FROM reports")
        return int(row["n"]) if row else 0

    async def page(self, limit: int, offset: int) -> list[Report]:
        """Open ones first (oldest first: they waited longest), then the handled, newest first."""
        rows = await self._db.fetch_all(
            f"{SELECT} ORDER BY state != 'open',"
            " CASE WHEN state = 'open' THEN id END ASC, handled_at DESC, id DESC"
            " LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [_report(row) for row in rows]

    async def add_card(self, report_id: int, chat_id: int, message_id: int) -> None:
        await self._db.execute(
            "INSERT OR IGNORE INTO report_cards (report_id, chat_id, message_id) VALUES (?,?,?)",
            (report_id, chat_id, message_id),
        )

    async def cards(self, report_id: int) -> list[CardCopy]:
        rows = await self._db.fetch_all(
            "SELECT chat_id, message_id FROM report_cards WHERE report_id = ?", (report_id,)
        )
        return [CardCopy(row["chat_id"], row["message_id"]) for row in rows]

    async def add_message(self, report_id: int, message: ThreadMessage) -> None:
        await self._db.execute(
            "INSERT INTO report_messages (report_id, at, from_reporter, author_name, text)"
            " VALUES (?,?,?,?,?)",
            (
                report_id,
                to_db_time(message.at),
                int(message.from_reporter),
                message.author_name,
                message.text,
            ),
        )

    async def messages(self, report_id: int) -> list[ThreadMessage]:
        rows = await self._db.fetch_all(
            "SELECT at, from_reporter, author_name, text FROM report_messages"
            " WHERE report_id = ? ORDER BY id",
            (report_id,),
        )
        return [
            ThreadMessage(
                from_db_time(row["at"]), bool(row["from_reporter"]), row["author_name"], row["text"]
            )
            for row in rows
        ]

    async def save_draft(self, draft: ReportDraft, at: datetime) -> None:
        await self._db.execute(
            "INSERT INTO report_drafts (member_id, category, text, at) VALUES (?,?,?,?)"
            " ON CONFLICT (member_id) DO UPDATE SET category = excluded.category,"
            " text = excluded.text, at = excluded.at",
            (draft.member_id, draft.category, draft.text, to_db_time(at)),
        )

    async def draft(self, member_id: int) -> ReportDraft | None:
        row = await self._db.fetch_one(
            "SELECT member_id, category, text FROM report_drafts WHERE member_id = ?",
            (member_id,),
        )
        return ReportDraft(row["member_id"], row["category"], row["text"]) if row else None

    async def drop_draft(self, member_id: int) -> None:
        await self._db.execute("DELETE FROM report_drafts WHERE member_id = ?", (member_id,))

    async def made_by(self, reporter_id: int) -> list[Report]:
        """The reports a person made, newest first (what /mydata shows them)."""
        rows = await self._db.fetch_all(
            SELECT + " WHERE reporter_id = ? ORDER BY at DESC, id DESC",
            (reporter_id,),
        )
        return [_report(row) for row in rows]
