"""/export as an admin uses it: four CSV files Excel opens as they are (BOM, `;`, CRLF), with no
name, username or Telegram id of any member, formulas kept as text, and an audit entry naming
the files; a legend says in the admin's language what each code means; moderators and members
are refused."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram_test_server import BotMessage, FakeUser

from bot.domain.spreadsheet import BOM, csv_bytes, guarded
from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say
from tests.test_staff import ADMIN, invited, join
from tests.test_stats import a_project, seed_community, seeded_member

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

FILES = ("members.csv", "projects.csv", "events.csv", "attendance.csv", "legend.csv")


def read_back(content: bytes) -> list[dict[str, str]]:
    assert content.startswith(BOM.encode())
    text = content.decode("utf-8-sig")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


async def exported(bot: RunningBot, admin: FakeUser) -> tuple[BotMessage, dict[str, bytes]]:
    intro = await say(admin, "/export")
    files: dict[str, bytes] = {}
    for _ in FILES:
        message = await admin.next_reply()
        assert message.document is not None
        name, content = message.document
        files[name] = content
    return intro, files


async def test_an_admin_gets_four_spreadsheets_without_names_or_ids(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    members = await seed_community(bot)
    formula = a_project('=HYPERLINK("http://x")')
    await bot.services.projects.create(ADMIN, formula, [], publish=True)

    intro, files = await exported(bot, admin)

    text = intro.text or ""
    assert text.startswith("📦 The community's data, in 5 files")
    assert "👥 Members: 13 · 🧩 Projects: 3 · 📅 Events: 2 · ✅ Answers to events: 3" in text
    assert tuple(files) == FILES
    rows = read_back(files["members.csv"])
    assert len(rows) == 13
    assert rows[0] == {
        "row": "1",
        "age_band": "13–15",
        "city": "Torino",
        "remote_only": "0",
        "causes": "climate",
        "skills": "",
        "availability": "weekends",
        "hours_per_week": "5",
        "language": "en",
        "joined": "2026-01-01",  # a date Excel keeps: "2026-01" would become "gen-26"
        "consents": "",
    }
    remote = rows[12]
    assert (remote["city"], remote["remote_only"], remote["causes"]) == ("", "1", "climate|animals")
    everything = b"".join(files.values()).decode("utf-8-sig")
    for user in members:
        assert str(user.id) not in everything
        assert user.first_name not in everything
    projects = read_back(files["projects.csv"])
    assert [p["title"] for p in projects] == [
        "Orti in Barriera",
        "Radio giovani",
        '\'=HYPERLINK("http://x")',
    ]
    assert (projects[0]["status"], projects[0]["applications"], projects[0]["waiting"]) == (
        "open",
        "2",
        "2",
    )
    events = read_back(files["events.csv"])
    assert [(e["title"], e["seats"], e["going"]) for e in events] == [
        ("Pulizia del parco", "20", "3"),
        ("Festa", "", "0"),
    ]
    assert events[0]["starts"] == "2026-01-30 10:00"  # 09:00 UTC, local time in Rome
    answers = read_back(files["attendance.csv"])
    assert [(a["title"], a["member_row"], a["answer"]) for a in answers] == [
        ("Pulizia del parco", "1", "going"),
        ("Pulizia del parco", "2", "going"),
        ("Pulizia del parco", "3", "going"),
    ]
    audit = await bot.services.db.fetch_all(
        "SELECT details FROM audit_log WHERE action = 'export_made'"
    )
    assert len(audit) == 1
    assert '"members.csv": 13' in audit[0]["details"]
    assert '"attendance.csv": 3' in audit[0]["details"]


async def test_export_is_for_admins_only(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    mara = await join(bot, await invited(bot, admin, "moderator"), "Mara")
    giulia = await seeded_member(bot, "Giulia")
    await say(giulia, "/start")

    for person in (mara, giulia):
        refused = await say(person, "/export")
        assert refused.document is None
        assert (refused.text or "") == "This command is for admins."
    assert not any(m.document for m in mara.messages + giulia.messages)
    audit = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'export_made'"
    )
    assert audit == []


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_starts_like_a_formula_stays_text(start: str) -> None:
    assert guarded(f"{start}1+1") == f"'{start}1+1"
    assert guarded(-3) == "-3"  # a number stays a number
    assert guarded(None) == ""


@given(st.lists(st.lists(st.text(), min_size=2, max_size=2), max_size=5))
def test_any_text_reads_back_as_written(rows: list[list[str]]) -> None:
    content = csv_bytes(("a", "b"), rows)

    back = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))

    assert back[0] == ["a", "b"]
    assert back[1:] == [[guarded(cell) for cell in row] for row in rows]


async def test_the_legend_says_what_each_code_means_in_the_admins_language(
    bot: RunningBot,
) -> None:
    admin = bot.server.add_user("Ada", language_code="it", user_id=ADMIN)
    await say(admin, "/start")
    await seed_community(bot)

    intro, files = await exported(bot, admin)

    assert "il file legend.csv dice cosa vuol dire ciascuno" in (intro.text or "")
    legend = read_back(files["legend.csv"])
    meaning = {(row["colonna"], row["codice"]): row["significato"] for row in legend}
    assert meaning[("causes", "climate")] == "Clima"
    assert meaning[("availability", "weekends")] == "Nel fine settimana"
    assert meaning[("consents", "matching")] == "Visibile ai progetti"
    assert meaning[("language", "en")] == "Inglese"
    assert meaning[("answer", "going")] == "Vengo"
    assert meaning[("remote_only", "1")] == meaning[("online", "1")] == "Sì"
    assert legend[0]["file"] == "members.csv, projects.csv"
    members = read_back(files["members.csv"])
    used = {code for row in members for code in row["causes"].split("|")}
    assert used <= {code for column, code in meaning if column == "causes"}
