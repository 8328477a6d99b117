"""Projects from a coordinator's spreadsheet (CSV). Pure: bytes in, drafts or problems out.

Excel's exports are read as they come: `;` or `,` separators, a UTF-8 byte-order mark, or
Windows-1252 when the bytes are not UTF-8. Lists inside a cell (causes, skills, days) are
separated by `|`, `/` or `,`, and take our keys or their Italian or English names. Every row is
checked; a file with any problem imports nothing, and the report says row, column and problem.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import date

from bot.domain.catalog import CAUSES, DAYS, SKILLS, parse_hours
from bot.domain.cities import city_problem, match_city
from bot.domain.projects import NewProject

MAX_BYTES = 1_000_000
MAX_ROWS = 500
MAX_TITLE = 80
MAX_DESCRIPTION = 1000
MAX_PLACES = 500

COLUMNS = (
    "title",
    "description",
    "causes",
    "skills",
    "city",
    "min_age",
    "max_age",
    "hours_per_week",
    "days",
    "places",
    "deadline",
)
REQUIRED = frozenset(COLUMNS) - {"skills", "deadline"}

# Italian headers a coordinator may write instead of ours.
HEADER_ALIASES = {
    "titolo": "title",
    "descrizione": "description",
    "cause": "causes",
    "competenze": "skills",
    "citta": "city",
    "eta_min": "min_age",
    "eta_max": "max_age",
    "ore_settimana": "hours_per_week",
    "giorni": "days",
    "posti": "places",
    "scadenza": "deadline",
}
REMOTE_WORDS = frozenset({"remote", "remoto", "online", "a distanza", "distanza"})

# Names people write for our keys, in Italian and English.
NAMES: dict[str, dict[str, str]] = {
    "causes": {
        "clima": "climate", "istruzione": "education", "educazione": "education",
        "inclusione": "inclusion", "salute": "health", "benessere": "health",
        "digitale": "digital", "digital for good": "digital", "cultura": "culture",
        "arte": "culture", "arts": "culture", "poverta": "poverty",
        "partecipazione": "civic", "partecipazione civica": "civic",
        "civic participation": "civic", "animali": "animals", "migranti": "migrants",
        "rifugiati": "migrants", "refugees": "migrants", "parita di genere": "equality",
        "gender equality": "equality", "sport per tutti": "sport",
    },
    "skills": {
        "grafica": "design", "graphic design": "design", "social media": "social",
        "foto": "video", "foto e video": "video", "photo": "video", "scrittura": "writing",
        "programmazione": "coding", "eventi": "events", "organizzare eventi": "events",
        "lingue": "languages", "lingue straniere": "languages", "aiuto compiti": "tutoring",
        "musica": "music", "parlare in pubblico": "speaking", "public speaking": "speaking",
        "lavori manuali": "manual", "fogli di calcolo": "data", "spreadsheets": "data",
        "cucina": "cooking", "cura": "care", "ascolto": "care",
    },
    "days": {
        "feriali": "weekdays", "giorni feriali": "weekdays", "fine settimana": "weekends",
        "weekend": "weekends", "sera": "evenings", "sere": "evenings", "evening": "evenings",
    },
}  # fmt: skip
LISTS = {"causes": CAUSES, "skills": SKILLS, "days": DAYS}


@dataclass(frozen=True)
class Problem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    what: str  # a locale key suffix: import-problem-<what>
    value: str = ""


@dataclass(frozen=True)
class ImportResult:
    projects: tuple[NewProject, ...]
    problems: tuple[Problem, ...]


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("_", " ").split())


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _separator(first_line: str) -> str:
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _header(name: str) -> str:
    key = _plain(name).replace(" ", "_")
    return HEADER_ALIASES.get(key, key)


def _keys(cell: str, field: str) -> tuple[list[str], list[str]]:
    """(known keys, unknown words) of a list cell."""
    catalog = LISTS[field]
    parts = [p for chunk in cell.replace("/", "|").split("|") for p in chunk.split(",")]
    known: list[str] = []
    unknown: list[str] = []
    for part in parts:
        word = _plain(part)
        if not word:
            continue
        key = word if word in catalog else NAMES[field].get(word)
        if key is None:
            unknown.append(part.strip())
        elif key not in known:
            known.append(key)
    return [k for k in catalog if k in known], unknown


def is_small_number(text: str) -> bool:
    """Plain ASCII digits, few enough to be a count (`²` or 5,000 digits are not)."""
    return text.isascii() and text.isdigit() and len(text) <= 6


def parse_date(text: str) -> date | None:
    """`2027-03-31` or `31/03/2027`."""
    text = text.strip()
    try:
        if "/" in text:
            day, month, year = (int(part) for part in text.split("/"))
            return date(year, month, day)
        return date.fromisoformat(text)
    except (ValueError, OverflowError):
        return None


def parse_projects(
    data: bytes, today: date, min_age: int, max_age: int, taken_titles: set[str]
) -> ImportResult:
    """`taken_titles`: titles already used (case-folded)."""
    table = _table(data)
    if isinstance(table, Problem):
        return ImportResult((), (table,))
    header, body = table
    missing = [column for column in COLUMNS if column in REQUIRED and column not in header]
    if missing:
        return ImportResult((), tuple(Problem(1, column, "missing-column") for column in missing))
    if not body:
        return ImportResult((), (Problem(2, "", "no-rows"),))
    if len(body) > MAX_ROWS:
        return ImportResult((), (Problem(MAX_ROWS + 2, "", "too-many-rows"),))
    rules = _Rules(today, min_age, max_age)
    problems: list[Problem] = []
    projects: list[NewProject] = []
    for number, row in body:
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        taken = taken_titles | {project.title.casefold() for project in projects}
        reader = _RowReader(number, cells, rules, taken)
        found = reader.project()
        problems += reader.problems
        if found is not None:
            projects.append(found)
    if problems:
        return ImportResult((), tuple(problems))
    return ImportResult(tuple(projects), ())


def _table(data: bytes) -> tuple[list[str], list[tuple[int, list[str]]]] | Problem:
    """The header (our column names) and the numbered rows that are not blank."""
    if not data.strip():
        return Problem(1, "", "empty")
    if len(data) > MAX_BYTES:
        return Problem(1, "", "too-big")
    text = decode(data)
    if not text.strip():
        return Problem(1, "", "empty")
    lines = text.splitlines()
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_separator(lines[0] if lines else "")
    )
    try:
        rows = [row for row in reader]
    except csv.Error:
        return Problem(1, "", "unreadable")
    if not rows or not any(cell.strip() for cell in rows[0]):
        return Problem(1, "", "empty")
    body = [
        (number, row) for number, row in enumerate(rows[1:], start=2) if any(c.strip() for c in row)
    ]
    return [_header(cell) for cell in rows[0]], body


@dataclass(frozen=True)
class _Rules:
    today: date
    min_age: int
    max_age: int


class _RowReader:
    """One row of the spreadsheet, each cell checked; `problems` says what is wrong."""

    def __init__(
        self, number: int, cells: dict[str, str], rules: _Rules, taken_titles: set[str]
    ) -> None:
        self.row = number
        self.cells = cells
        self.rules = rules
        self.taken_titles = taken_titles
        self.problems: list[Problem] = []

    def problem(self, column: str, what: str, value: str = "") -> None:
        self.problems.append(Problem(self.row, column, what, value[:40]))

    def title(self) -> str:
        title = " ".join(self.cells.get("title", "").split())
        if not 3 <= len(title) <= MAX_TITLE:
            self.problem("title", "title-length", title)
        elif title.casefold() in self.taken_titles:
            self.problem("title", "duplicate-title", title)
        return title

    def description(self) -> str:
        description = self.cells.get("description", "").strip()
        if not 1 <= len(description) <= MAX_DESCRIPTION:
            self.problem("description", "description-length")
        return description

    def choices(self, field: str) -> tuple[str, ...]:
        keys, unknown = _keys(self.cells.get(field, ""), field)
        for word in unknown:
            self.problem(field, "unknown-choice", word)
        if field in {"causes", "days"} and not keys and not unknown:
            self.problem(field, "empty-list")
        return tuple(keys)

    def city(self) -> str | None:
        cell = self.cells.get("city", "")
        if _plain(cell) in REMOTE_WORDS:
            return None
        found = match_city(cell)
        if not cell or city_problem(cell) is not None or not found.known:
            self.problem("city", "city", cell)
            return None
        return found.city

    def whole(self, field: str, low: int, high: int) -> int:
        raw = self.cells.get(field, "")
        if not is_small_number(raw) or not low <= int(raw) <= high:
            self.problem(field, "number", raw)
            return 0
        return int(raw)

    def hours(self) -> int:
        """A number of hours, or one of the buttons' ranges (`3-5`), which reads back as such."""
        raw = self.cells.get("hours_per_week", "")
        hours = parse_hours(raw)
        if hours is None:
            self.problem("hours_per_week", "number", raw)
            return 0
        return hours

    def deadline(self) -> date | None:
        raw = self.cells.get("deadline")
        if not raw:
            return None
        deadline = parse_date(raw)
        if deadline is None:
            self.problem("deadline", "date", raw)
        elif deadline < self.rules.today:
            self.problem("deadline", "past-date", raw)
        return deadline

    def project(self) -> NewProject | None:
        # In the order of the columns, so problems are listed as the sheet reads.
        title, description = self.title(), self.description()
        causes, skills, days = self.choices("causes"), self.choices("skills"), self.choices("days")
        city = self.city()
        ages = (self.rules.min_age, self.rules.max_age)
        min_age, max_age = self.whole("min_age", *ages), self.whole("max_age", *ages)
        hours = self.hours()
        places = self.whole("places", 1, MAX_PLACES)
        if min_age and max_age and min_age > max_age:
            self.problem("max_age", "ages-order", self.cells["max_age"])
        deadline = self.deadline()
        if self.problems:
            return None
        return NewProject(
            title=title,
            description=description,
            causes=causes,
            skills=skills,
            city=city,
            min_age=min_age,
            max_age=max_age,
            hours_per_week=hours,
            days=days,
            places=places,
            deadline=deadline,
        )


def template() -> bytes:
    """A spreadsheet to fill in: our headers and one example row, as Excel in Italy saves it."""
    example = [
        "Orti urbani a Barriera",
        "Curiamo insieme gli orti del quartiere, il sabato mattina.",
        "climate|animals",
        "manual|social",
        "Torino",
        "16",
        "25",
        "3",
        "weekends",
        "10",
        "",
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerow(example)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
