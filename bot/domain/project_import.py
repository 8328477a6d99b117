"""Projects from a coordinator's spreadsheet (CSV or Excel). Pure: bytes in, drafts and problems
out.

The header may be in Italian or English and need not be the first row (a title above it is
fine); rows keep the numbers the spreadsheet shows. Lists inside a cell (causes, skills, days)
are separated by `|`, `/`, `,` or `;` and take any word of the `Vocabulary`. Every row is
checked: the report says row, column and problem, and the rows without problems are returned
too, so the coordinator may import those and fix the others later.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bot.domain.catalog import CHOICE_LISTS, parse_hours
from bot.domain.cities import city_problem, match_city
from bot.domain.import_words import Vocabulary, bare, names_a_day, plain
from bot.domain.projects import NewProject
from bot.domain.spreadsheet_table import MAX_BYTES, Table, excel_date, read_table

__all__ = ["MAX_BYTES", "MAX_ROWS", "ImportResult", "Problem", "parse_projects"]

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

# Headers a coordinator may write instead of ours (as `plain` reads them), in both languages.
HEADER_ALIASES = {
    "titolo": "title", "nome": "title", "nome progetto": "title", "project": "title",
    "descrizione": "description",
    "cause": "causes", "causa": "causes", "cause sociali": "causes",
    "competenze": "skills", "abilita": "skills",
    "citta": "city", "comune": "city", "luogo": "city", "dove": "city",
    "eta min": "min_age", "eta minima": "min_age", "minimum age": "min_age",
    "eta max": "max_age", "eta massima": "max_age", "maximum age": "max_age",
    "ore settimana": "hours_per_week", "ore a settimana": "hours_per_week",
    "ore settimanali": "hours_per_week", "ore": "hours_per_week", "hours": "hours_per_week",
    "hours a week": "hours_per_week",
    "giorni": "days", "quando": "days", "disponibilita": "days", "when": "days",
    "posti": "places", "posti disponibili": "places", "spots": "places",
    "scadenza": "deadline", "scadenza candidature": "deadline", "data di scadenza": "deadline",
}  # fmt: skip
REMOTE_WORDS = frozenset(
    {"remote", "remoto", "da remoto", "online", "a distanza", "distanza", "da casa", "ovunque",
     "from home", "anywhere"}
)  # fmt: skip
LIST_SEPARATORS = "|/;,\n"

# Problems with the whole file rather than with a row: nothing can be imported.
FILE_PROBLEMS = frozenset(
    {"too-big", "too-big-csv", "too-big-other", "empty", "unreadable", "not-spreadsheet",
     "old-excel", "open-document", "no-header", "missing-column", "no-rows", "too-many-rows",
     "only-example"}
)  # fmt: skip
EXISTING = "existing-title"  # a row whose title a project in the bot has already
DEFAULT_WORDS = Vocabulary.build()


@dataclass(frozen=True)
class Problem:
    row: int  # as the spreadsheet numbers it
    column: str
    what: str  # a locale key suffix: import-problem-<what>
    value: str = ""


@dataclass(frozen=True)
class ImportResult:
    """The rows that are good to import, and every problem of the others."""

    projects: tuple[NewProject, ...]
    problems: tuple[Problem, ...]
    sheet: str = ""  # the sheet read, if it is worth saying (see `Table.sheet`)
    sheets: int = 1
    rows: int = 0  # rows with a project in them (the header and blank rows not counted)
    skipped: tuple[int, ...] = field(default=())  # rows with problems, in order
    examples: tuple[int, ...] = field(default=())  # the template's example row, left out
    # The first days cell naming single days ("lunedì, mercoledì") and the keys it was read as:
    # said once a file, as the catalog knows only weekdays, weekends and evenings.
    days_read: tuple[str, tuple[str, ...]] | None = None

    @property
    def fatal(self) -> bool:
        """The file as a whole cannot be read: no row can be imported."""
        return any(problem.what in FILE_PROBLEMS for problem in self.problems)

    @property
    def to_fix(self) -> tuple[Problem, ...]:
        """The problems to fix: a row that is a project the bot has already is left as it is
        (the same file sent again, fixed), which needs nothing."""
        return tuple(problem for problem in self.problems if problem.what != EXISTING)

    @property
    def existing(self) -> tuple[int, ...]:
        """Rows that are projects the bot has already (by title)."""
        return tuple(problem.row for problem in self.problems if problem.what == EXISTING)


def header_key(name: str) -> str:
    key = plain(name.replace("_", " "))
    return HEADER_ALIASES.get(key, key.replace(" ", "_"))


def is_header(cells: Sequence[str]) -> bool:
    return len({header_key(cell) for cell in cells} & set(COLUMNS)) >= 3


def _parts(cell: str) -> list[str]:
    parts = [cell]
    for separator in LIST_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    return parts


def _keys(cell: str, column: str, words: Vocabulary) -> tuple[list[str], list[str]]:
    """(known keys in catalog order, unknown words) of a list cell."""
    known: set[str] = set()
    unknown: list[str] = []
    for part in _parts(cell):
        if not plain(part):
            continue
        key = words.key(column, part)
        if key is None:
            unknown.append(part.strip())
        else:
            known.add(key)
    return [key for key in CHOICE_LISTS[column] if key in known], unknown


def is_small_number(text: str) -> bool:
    """Plain ASCII digits, few enough to be a count (`²` or 5,000 digits are not)."""
    return text.isascii() and text.isdigit() and len(text) <= 6


# Month names and their short forms, Italian and English, as `plain` writes them.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("gennaio", "gen", "january", "jan"),
            ("febbraio", "feb", "february"),
            ("marzo", "mar", "march"),
            ("aprile", "apr", "april"),
            ("maggio", "mag", "may"),
            ("giugno", "giu", "june", "jun"),
            ("luglio", "lug", "july", "jul"),
            ("agosto", "ago", "august", "aug"),
            ("settembre", "set", "sett", "september", "sep", "sept"),
            ("ottobre", "ott", "october", "oct"),
            ("novembre", "nov", "november"),
            ("dicembre", "dic", "december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def parse_date(text: str) -> date | None:
    """`31/03/2027`, `31.03.2027`, `31-03-27`, `2027-03-31`, or with the month's name:
    `31 marzo 2027`, `31 mar 2027`, `31 March 2027`, `March 31, 2027`."""
    if named := _named_month(text):
        day, month, year = named
        if day is None:
            return None
        numbers = [day, month, year]
    else:
        parts = text.strip().replace(".", "/").replace("-", "/").split("/")
        try:
            numbers = [int(part) for part in parts]
        except ValueError:
            return None
    try:
        if len(numbers) == 3 and numbers[0] > 31:
            return date(numbers[0], numbers[1], numbers[2])
        day, month, year = numbers
        # A two-digit year, as a spreadsheet may show one: this century's.
        return date(year + 2000 if year < 100 else year, month, day)
    except (ValueError, OverflowError):
        return None


def lacks_day(text: str) -> bool:
    """A month and a year without the day ("marzo 2027"): a deadline needs its day."""
    named = _named_month(text)
    return named is not None and named[0] is None


def _named_month(text: str) -> tuple[int | None, int, int] | None:
    """(day or None, month, year) of a date written with its month's name, else None."""
    words = plain(text).split()
    months = [word for word in words if word in _MONTHS]
    numbers = [word for word in words if word.isascii() and word.isdigit() and len(word) <= 4]
    if len(months) != 1 or len(words) != len(numbers) + 1 or not 1 <= len(numbers) <= 2:
        return None
    year = int(numbers[-1])
    if len(numbers) == 1 and year <= 31:
        return None  # "31 marzo": a day without its year
    day = int(numbers[0]) if len(numbers) == 2 else None
    return day, _MONTHS[months[0]], year


def parse_projects(
    data: bytes,
    today: date,
    min_age: int,
    max_age: int,
    taken_titles: set[str],
    words: Vocabulary = DEFAULT_WORDS,
) -> ImportResult:
    """`taken_titles`: titles already used (case-folded)."""
    return check_table(load(data), Limits(today, min_age, max_age, words), taken_titles)


def load(data: bytes) -> Table | str:
    """The file's rows, or why there are none: the slow part, done once a file."""
    return read_table(data, is_header)


@dataclass(frozen=True)
class Limits:
    """What a row is checked against."""

    today: date
    min_age: int
    max_age: int
    words: Vocabulary = DEFAULT_WORDS


def check_table(loaded: Table | str, limits: Limits, taken_titles: set[str]) -> ImportResult:
    """Every row of a loaded file checked. `taken_titles`: titles in use (case-folded)."""
    if isinstance(loaded, str):
        return ImportResult((), (Problem(1, "", loaded),))
    return _parse_table(loaded, limits, taken_titles)


def _parse_table(table: Table, rules: Limits, taken_titles: set[str]) -> ImportResult:
    found = _header_row(table)
    if found is None:
        return ImportResult((), (Problem(1, "", "empty"),))
    header_at, header = found
    if not set(header) & set(COLUMNS):
        # Not one column title we know (a text file renamed .xlsx, or the titles deleted):
        # said once, not as a missing column each.
        return ImportResult((), (Problem(header_at, "", "no-header"),), table.sheet, table.sheets)
    missing = [column for column in COLUMNS if column in REQUIRED and column not in header]
    body = [(number, row) for number, row in table.rows if number > header_at]
    # The template's example row, kept by a coordinator who wrote her projects under it.
    titled = header.index("title") if "title" in header else None
    examples = tuple(
        number
        for number, row in body
        if titled is not None and titled < len(row) and rules.words.is_example(row[titled])
    )
    body = [(number, row) for number, row in body if number not in examples]
    fatal = [Problem(header_at, column, "missing-column") for column in missing]
    if not fatal and not body:
        first = examples[0] if examples else header_at + 1
        fatal = [Problem(first, "", "only-example" if examples else "no-rows")]
    if not fatal and len(body) > MAX_ROWS:
        fatal = [Problem(body[MAX_ROWS][0], "", "too-many-rows")]
    if fatal:
        return ImportResult((), tuple(fatal), table.sheet, table.sheets)
    problems: list[Problem] = []
    projects: list[NewProject] = []
    skipped: list[int] = []
    days_read: tuple[str, tuple[str, ...]] | None = None
    for number, row in body:
        cells = {name: (row[i] if i < len(row) else "") for i, name in enumerate(header)}
        empty = {header[i] for n, i in table.no_value if n == number and i < len(header)}
        earlier = {project.title.casefold() for project in projects}
        reader = _RowReader(number, cells, rules, _Titles(taken_titles, earlier))
        for column in sorted(empty & set(COLUMNS)):
            reader.problem(column, "formula")
        project = reader.project()
        days_read = days_read or reader.days_read
        problems += reader.problems
        if project is not None:
            projects.append(project)
        else:
            skipped.append(number)
    return ImportResult(
        tuple(projects),
        tuple(problems),
        table.sheet,
        table.sheets,
        len(body),
        tuple(skipped),
        examples,
        days_read,
    )


def _header_row(table: Table) -> tuple[int, list[str]] | None:
    """The header: the first row that looks like one, or else the first row."""
    if not table.rows:
        return None
    for number, row in table.rows[:10]:
        if is_header(row):
            return number, [header_key(cell) for cell in row]
    number, row = table.rows[0]
    return number, [header_key(cell) for cell in row]


@dataclass(frozen=True)
class _Titles:
    """Titles a row may not take (case-folded): projects the bot has, and earlier rows'."""

    in_the_bot: set[str]
    earlier_rows: set[str]


class _RowReader:
    """One row of the spreadsheet, each cell checked; `problems` says what is wrong."""

    def __init__(self, number: int, cells: dict[str, str], rules: Limits, titles: _Titles) -> None:
        self.row = number
        self.cells = cells
        self.rules = rules
        self.titles = titles
        self.problems: list[Problem] = []
        self.days_read: tuple[str, tuple[str, ...]] | None = None

    def problem(self, column: str, what: str, value: str = "") -> None:
        if Problem(self.row, column, "formula") in self.problems:
            return  # the cell reads empty because of its formula: one problem is enough
        if not value and what in {"number", "city"}:
            what = "empty-cell"  # «» is not a number: say the cell is empty
        self.problems.append(Problem(self.row, column, what, value[:40]))

    def title(self) -> str:
        title = " ".join(self.cells.get("title", "").split())
        if not 3 <= len(title) <= MAX_TITLE:
            self.problem("title", "title-length", title)
        elif title.casefold() in self.titles.in_the_bot:
            self.problem("title", EXISTING, title)
        elif title.casefold() in self.titles.earlier_rows:
            self.problem("title", "duplicate-title", title)
        return title

    def description(self) -> str:
        description = self.cells.get("description", "").strip()
        if not 1 <= len(description) <= MAX_DESCRIPTION:
            self.problem("description", "description-length")
        return description

    def choices(self, field: str) -> tuple[str, ...]:
        keys, unknown = _keys(self.cells.get(field, ""), field, self.rules.words)
        for word in unknown:
            # A word of another list column ("Ascolto e cura" among the causes): say where.
            elsewhere = self.rules.words.column_of(word)
            if elsewhere is not None and elsewhere != field:
                self.problem(field, f"wrong-column-{elsewhere}", bare(word))
            else:
                self.problem(field, "unknown-choice", word)
        if field in {"causes", "days"} and not keys and not unknown:
            self.problem(field, "empty-list")
        if field == "days" and keys and any(map(names_a_day, _parts(self.cells["days"]))):
            self.days_read = (" ".join(self.cells["days"].split()), tuple(keys))
        return tuple(keys)

    def city(self) -> str | None:
        cell = self.cells.get("city", "")
        if plain(cell) in REMOTE_WORDS or self.rules.words.is_remote(cell):
            return None
        found = match_city(cell)
        if not cell or city_problem(cell) is not None or not found.known:
            self.problem("city", "city", cell)
            return None
        return found.city

    def whole(self, field: str, low: int, high: int, *, what: str = "number") -> int:
        raw = self.cells.get(field, "")
        if not is_small_number(raw) or not low <= int(raw) <= high:
            self.problem(field, what if is_small_number(raw) else "number", raw)
            return 0
        return int(raw)

    def hours(self) -> int:
        """A number of hours, or one of the buttons' ranges (`3-5`), which reads back as such."""
        raw = self.cells.get("hours_per_week", "")
        hours = parse_hours(raw) or self.rules.words.hours_of(raw)
        if hours is None:
            self.problem("hours_per_week", "number", raw)
            return 0
        return hours

    def deadline(self) -> date | None:
        raw = self.cells.get("deadline")
        if not raw:
            return None
        # A plain number is a date as Excel stores it, in a cell not formatted as a date.
        serial = is_small_number(raw)
        deadline = excel_date(int(raw)) if serial else parse_date(raw)
        if deadline is None:
            self.problem("deadline", "date-no-day" if lacks_day(raw) else "date", raw)
        elif deadline < self.rules.today:
            # Excel's day number means nothing to a person: the date it is, then the number.
            shown = f"{deadline:%d/%m/%Y} ({raw})" if serial else raw
            self.problem("deadline", "past-date", shown)
        return deadline

    def project(self) -> NewProject | None:
        # In the order of the columns, so problems are listed as the sheet reads.
        title, description = self.title(), self.description()
        causes, skills, days = self.choices("causes"), self.choices("skills"), self.choices("days")
        city = self.city()
        ages = (self.rules.min_age, self.rules.max_age)
        min_age = self.whole("min_age", *ages, what="age-range")
        max_age = self.whole("max_age", *ages, what="age-range")
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


# The template's example row, after its title, description and list cells (which are words).
EXAMPLE_NUMBERS = {"min_age": 16, "max_age": 25, "hours_per_week": 3, "places": 10}


def template(
    headers: Sequence[str],
    example: Sequence[str | int],
    *,
    sheet: str,
    words: tuple[str, Sequence[Sequence[str]]] | None = None,
) -> bytes:
    """An Excel workbook to fill in: a header row and one example row, in the coordinator's
    language; then, if given, a sheet of the words each list column accepts (its title, its
    rows with their header), to read while typing. The import reads the first sheet."""
    workbook = openpyxl.Workbook()
    page = workbook.active
    assert page is not None  # a new workbook always has its first sheet
    page.title = sheet[:31]
    _fill(page, [list(headers), list(example)])
    if words is not None:
        title, rows = words
        _fill(workbook.create_sheet(title[:31]), [list(row) for row in rows])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _fill(page: Worksheet, rows: list[list[str | int]]) -> None:
    """Rows under a bold, frozen header, in columns wide enough to read (up to a point)."""
    for row in rows:
        page.append(row)
    for index in range(1, max(len(row) for row in rows) + 1):
        longest = max(len(str(row[index - 1])) for row in rows if index <= len(row))
        page.column_dimensions[get_column_letter(index)].width = min(longest, 60) + 2
        page.cell(row=1, column=index).font = Font(bold=True)
    page.freeze_panes = "A2"
