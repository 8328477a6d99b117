"""/modlog: the audit log in plain words for moderators, paged and about one member; every
action the code audits has a phrase in both languages; the mirror in MOD_LOG_CHAT_ID posts each
entry once, in order, batched, after a restart and after Telegram refused for a while."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from telegram_test_server import FakeGroup, FakeTelegram, FakeUser

from bot.core.clock import FakeClock
from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.core.settings import Settings
from bot.domain.audit_actions import KNOWN_ACTIONS, phrase_key
from tests.support.harness import RunningBot, running_bot
from tests.support.onboarding_steps import onboard
from tests.support.staff_members import enrolled
from tests.test_group_moderation import COMMUNITY, scene
from tests.test_onboarding_flow import say, tap
from tests.test_telegram_failures import QUICK_RETRIES

ADMIN = 777
ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
# Action names built at run time from a variable part: every value it takes.
EXPANSIONS = {
    "application.": {"withdrawn", "left", "invite_declined", "accepted", "declined"},
    "project.": {"open", "paused", "closed"},
    "sanction.": {"warn", "mute", "ban", "kick"},
    "sanction.un": {"warn", "mute", "ban"},
    "sanction.lifted.": {"warn", "mute", "ban", "kick"},
    "appeal.": {"upheld", "lifted"},
}


def _strings_assigned(tree: ast.Module, name: str) -> set[str]:
    """Every string a module assigns to `name` (a constant, or `a if … else b`)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            found |= {
                leaf.value
                for leaf in ast.walk(node.value)
                if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str)
            }
    return found


def _action_names(argument: ast.expr, tree: ast.Module) -> set[str]:
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return {argument.value}
    if isinstance(argument, ast.Name):
        return _strings_assigned(tree, argument.id)
    if isinstance(argument, ast.JoinedStr):
        head = argument.values[0]
        assert isinstance(head, ast.Constant), ast.unparse(argument)
        prefix = str(head.value)
        assert prefix in EXPANSIONS, f"say which names {ast.unparse(argument)} takes"
        return {prefix + end for end in EXPANSIONS[prefix]}
    raise AssertionError(f"an action name the test cannot read: {ast.unparse(argument)}")


def audited_actions() -> set[str]:
    """Every action name passed to `audit.record(...)` in the product's code."""
    found: set[str] = set()
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/**/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and "audit" in ast.unparse(node.func.value)
                and len(node.args) >= 2
            ):
                found |= _action_names(node.args[1], tree)
    return found


def test_every_audited_action_has_a_phrase_in_both_languages() -> None:
    actions = audited_actions()
    assert len(actions) > 30, actions  # the scan found the calls
    assert actions - KNOWN_ACTIONS == set(), "add these to bot/domain/audit_actions.py"
    translate = Translator.load("it")
    for language in SUPPORTED_LANGUAGES:
        for action in KNOWN_ACTIONS:
            text = translate(
                language,
                phrase_key(action),
                who="Ada",
                whom="Giulia",
                number="3",
                outcome="",
                warnings="1",
                limit="3",
            )
            assert "{" not in text, (language, action, text)
            assert action not in text, (language, action, text)


def test_an_unknown_action_gets_a_generic_phrase_never_its_name() -> None:
    translate = Translator.load("it")
    key = phrase_key("sanction.future_thing")
    for language in SUPPORTED_LANGUAGES:
        text = translate(language, key, who="Ada", whom="")
        assert "future_thing" not in text
        assert "{" not in text
        assert text.startswith("Ada ")


async def _members(bot: RunningBot) -> tuple[FakeUser, FakeUser, FakeUser]:
    giulia = bot.server.add_user("Giulia", language_code="en", username="giulia_t")
    other = bot.server.add_user("Giulia", language_code="en", username="giulia_m")
    marco = bot.server.add_user("Marco", language_code="en")
    for user in (giulia, other, marco):
        await onboard(bot, user, user.first_name)
    await bot.services.db.execute(
        "UPDATE profiles SET city = 'Moncalieri', birth_year = 2010 WHERE member_id = ?",
        (other.id,),
    )
    return giulia, other, marco


async def test_modlog_pages_newest_first_in_plain_words(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    mara = await enrolled(bot, "Mara")
    giulia, other, marco = await _members(bot)
    audit = bot.services.audit
    await audit.record(mara.id, "guardian_consent.verified", giulia.id)
    for _ in range(9):
        bot.clock.advance(minutes=1)
        await audit.record(marco.id, "application.sent", marco.id, project=999)
    bot.clock.advance(minutes=1)
    await audit.record(ADMIN, "staff.demoted", 424242, role="coordinator")
    await audit.record(None, "sanction.future_thing", other.id, secret_id=123456789)

    first = await say(mara, "/modlog")
    text = first.text or ""
    assert text.startswith("📜 Log of actions — 12 in all · page 1 of 2, newest first")
    lines = text.split("\n\n", 1)[1].splitlines()
    assert (
        "the bot did something this version of the bot can't describe yet, about Giulia"
        in (lines[0])
    )
    assert "Ada removed someone without a profile from the staff" in lines[1]  # never staff
    assert "↳ role: coordinator" in lines[2]
    assert "Marco applied to a project" in text
    for hidden in (str(giulia.id), str(marco.id), "123456789", "424242", "giulia_t", "@"):
        assert hidden not in text, hidden

    await mara.press("Next ➡️", message=first)
    await mara.wait_until(lambda _: first.edits == 1)
    page2 = first.text or ""
    assert "page 2 of 2" in page2
    assert "Mara checked the guardian's consent for Giulia: valid" in page2

    only = await say(mara, "/modlog marco")
    assert (only.text or "").startswith("📜 Log about Marco — 9 in all · page 1 of 2")

    choose = await say(mara, "/modlog GIULIA")
    assert (choose.text or "").startswith("👥 More than one member matches “GIULIA”")
    labels = choose.labels
    assert labels == ["Giulia · 18–21 · Torino", "Giulia · 13–15 · Moncalieri"]
    about = await tap(mara, "Giulia · 13–15 · Moncalieri", message=choose)
    assert (about.text or "").startswith("📜 Log about Giulia — 1 in all · page 1 of 1")
    assert "can't describe yet, about Giulia" in (about.text or "")

    nobody = await say(mara, "/modlog Zorro")
    assert (nobody.text or "").startswith("🤔 No member is called “Zorro”")
    refused = await say(marco, "/modlog")
    assert "moderators" in (refused.text or "")


async def test_modlog_speaks_italian_to_an_italian_moderator(bot: RunningBot) -> None:
    mara = await enrolled(bot, "Mara", language="it")
    await bot.services.audit.record(mara.id, "staff.invited", None, role="moderator")
    page = await say(mara, "/modlog")
    assert "Mara ha creato un invito per lo staff" in (page.text or "")
    assert "ruolo: moderazione" in (page.text or "")


def with_log_chat(
    server: FakeTelegram, make_settings: Callable[..., Settings]
) -> tuple[FakeGroup, Settings]:
    """A group the bot is in, as MOD_LOG_CHAT_ID (the log's default language: English)."""
    group = server.add_group("Registro")
    settings = make_settings(
        TELEGRAM_API_URL=server.api_url,
        ADMIN_IDS=str(ADMIN),
        MOD_LOG_CHAT_ID=str(group.id),
        DEFAULT_LANGUAGE="en",
    )
    return group, settings


async def test_the_mirror_posts_each_entry_once_in_order_batched_and_after_a_restart(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    group, settings = with_log_chat(server, make_settings)
    async with running_bot(server, settings, clock) as bot:
        await say(server.add_user("Ada", language_code="en", user_id=ADMIN), "/start")
        mara = await enrolled(bot, "Mara")
        for role in ("coordinator", "moderator", "coordinator"):
            await bot.services.audit.record(mara.id, "staff.invited", None, role=role)
        clock.advance(seconds=3)
        assert await bot.run_due_tasks() >= 1
        await server.wait_until(lambda _: len(group.messages) == 1)
        post = group.messages[0].text or ""
        assert post.count("Mara made a staff invite") == 3
        roles = re.findall(r"role: (\w+)", post)
        assert roles == ["coordinator", "moderator", "coordinator"]  # oldest first

        # Written, then the bot stops before its mirror runs.
        await bot.services.audit.record(mara.id, "member.viewed", None)
        await bot.services.audit.record(ADMIN, "staff.demoted", mara.id, role="moderator")
    async with running_bot(server, settings, clock, retries=QUICK_RETRIES) as bot:
        clock.advance(seconds=3)
        await bot.run_due_tasks()
        await server.wait_until(lambda _: len(group.messages) == 2)
        assert "Mara opened the card of" in (group.messages[1].text or "")
        assert "Ada removed Mara from the staff" in (group.messages[1].text or "")
        clock.advance(seconds=3)
        await bot.run_due_tasks()
        assert len(group.messages) == 2  # nothing twice

        # Telegram cannot be reached for a while: the entries wait, then go once, in order.
        await server.refuse_connections()
        await bot.services.audit.record(mara.id, "staff.invited", None, role="moderator")
        clock.advance(seconds=3)
        await bot.run_due_tasks()
        waiting = await bot.services.db.fetch_one(
            "SELECT state, last_error FROM tasks WHERE kind = 'modlog_mirror' ORDER BY id DESC"
        )
        assert waiting is not None
        assert (waiting["state"], waiting["last_error"]) == ("pending", "no connection to Telegram")
        assert len(group.messages) == 2
        await bot.services.audit.record(mara.id, "staff.invited", None, role="coordinator")
        server.accept_connections()
        clock.advance(minutes=5)
        await bot.run_due_tasks()
        await server.wait_until(lambda _: len(group.messages) == 3)
        assert re.findall(r"role: (\w+)", group.messages[2].text or "") == [
            "moderator",
            "coordinator",
        ]


async def test_a_burst_of_entries_is_a_few_posts_not_one_each(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    group, settings = with_log_chat(server, make_settings)
    async with running_bot(server, settings, clock) as bot:
        for _ in range(20):
            await bot.services.audit.record(
                ADMIN, "staff.invited", None, role="moderator", reason="x" * 500
            )
        for _ in range(3):
            clock.advance(seconds=3)
            await bot.run_due_tasks()
        await server.wait_until(lambda _: len(group.messages) == 3)
        counts = [(m.text or "").count("made a staff invite") for m in group.messages]
        assert counts == [8, 8, 4]
        assert all(len(m.text or "") < 4096 for m in group.messages)
        clock.advance(seconds=3)
        assert await bot.run_due_tasks() == 0  # nothing left to post


async def test_without_a_mirror_chat_nothing_is_posted(bot: RunningBot) -> None:
    await bot.services.audit.record(ADMIN, "staff.invited", None, role="moderator")
    bot.clock.advance(seconds=3)
    await bot.run_due_tasks()
    assert bot.server.calls_to("sendMessage") == []


async def test_staff_former_staff_leads_and_group_admins_are_named_alike_in_both_places(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    group = server.add_group("Registro")
    paola = server.add_user("Paola", language_code="it")
    settings = make_settings(
        TELEGRAM_API_URL=server.api_url,
        ADMIN_IDS=str(ADMIN),
        MOD_LOG_CHAT_ID=str(group.id),
        SAFEGUARDING_IDS=str(paola.id),
        DEFAULT_LANGUAGE="it",
    )
    async with running_bot(server, settings, clock) as bot:
        admin = server.add_user("Ada", language_code="it", user_id=ADMIN)
        await say(admin, "/start")
        await say(paola, "/start")
        mara = await enrolled(bot, "Mara Verdi", language="it")
        dario = await enrolled(bot, "Dario", language="it")
        luca = server.add_user("Luca", language_code="it")
        await onboard(bot, luca, "Luca")
        audit = bot.services.audit
        await audit.record(dario.id, "sanction.warn", luca.id, reason="insulti")
        assert await bot.services.staff.demote(ADMIN, dario.id)
        await audit.record(mara.id, "sanction.mute", luca.id, duration="1d", minutes=1440)
        await audit.record(paola.id, "report.handled", None, report=3, outcome="dismissed")
        await audit.record(4242, "sanction.kick", luca.id)
        await audit.record(group.id, "sanction.ban", luca.id)
        await audit.record(
            None, "sanction.mute", luca.id, source="flood", duration="10m", minutes=10
        )
        await audit.record(luca.id, "sanction.refused", None, attempted="warn", chat=group.id)
        clock.advance(seconds=3)
        await bot.run_due_tasks()
        await server.wait_until(lambda _: len(group.messages) == 1)
        posted = group.messages[0].text or ""
        page = (await say(mara, "/modlog")).text or ""
    for text in (posted, page):
        assert "Dario ha dato un avviso a Luca" in text
        assert "Ada ha tolto Dario dallo staff" in text
        assert "Mara Verdi ha silenziato Luca" in text
        assert "Paola ha ignorato la segnalazione n. 3" in text
        assert "un admin del gruppo ha tolto Luca dal gruppo" in text
        assert "un admin del gruppo ha bannato Luca" in text
        assert "il bot ha silenziato Luca nel gruppo" in text
        assert "per 10 minuti · in automatico: troppi messaggi di fila" in text
        assert "voleva usare /warn" in text
        assert "senza profilo" not in text
        assert str(group.id) not in text
        assert str(luca.id) not in text
    lines = [line for line in page.split("\n\n", 1)[1].splitlines() if "Luca" in line]
    for line in lines:
        assert line.split(" · ", 1)[1] in posted  # the same words, the same details


@pytest.mark.bot_settings(
    COMMUNITY_CHAT_IDS=str(COMMUNITY), ADMIN_IDS=str(ADMIN), DEFAULT_LANGUAGE="it"
)
async def test_a_warning_says_which_of_the_limit_it_was(bot: RunningBot) -> None:
    s = await scene(bot)
    for reason in ("spam", "", "insulti"):
        await s.says(s.moderator, f"/warn {reason}".strip(), reply_to=await s.line())
        await s.member.next_reply()
    text = (await say(s.moderator, "/modlog")).text or ""
    assert "Marta Bianchi ha dato un avviso a Luca nel gruppo (1 su 3)" in text
    assert "Marta Bianchi ha dato un avviso a Luca nel gruppo (2 su 3)" in text
    assert (
        "Marta Bianchi ha dato un avviso a Luca nel gruppo (3 su 3)\n   ↳ motivo: “insulti”" in text
    )
    assert "Marta Bianchi ha silenziato Luca nel gruppo" in text  # her third warning did it
    assert "per 1 giorno · in automatico: troppi avvisi" in text
    assert "4w2d" not in text
    # The member card says the same warnings led to the mute, not that "the bot lifted" them.
    card = await say(s.moderator, "/member Luca")
    await s.moderator.press("⚠️ Sanzioni", message=card)
    await s.moderator.wait_until(lambda _: card.edits == 1)
    section = card.text or ""
    assert section.count("· da Marta Bianchi · ha portato al silenzio automatico del") == 3
    assert "tolta dal bot" not in section
