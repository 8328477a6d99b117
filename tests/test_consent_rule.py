"""One rule decides every switch of a consent (safeguarding rule 2): below
GUARDIAN_CONSENT_BELOW only a guardian switches one on, on every screen that shows one."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.domain.age_gate import AgePolicy
from bot.domain.consent_rule import Decider, Refusal, guardian_decides, refusal
from bot.services.ages import Ages
from bot.services.consents import ConsentService, Refused, Switched
from handlers import routes  # noqa: F401  (imports every screen's buttons)
from handlers.consent_buttons import CONSENT_BUTTONS
from handlers.consent_checks import PaperRecord, PaperToggle
from handlers.guardian import GuardianChange, GuardianDecides, GuardianToggle
from handlers.kit.callback_data import CallbackData
from handlers.onboarding_buttons import ToggleConsent
from handlers.settings_command import SettingConsent
from storage.consents import ConsentRepository
from storage.db import Database
from storage.members import MemberRepository
from storage.profiles import ProfileRepository
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import reach_summary
from tests.test_guardian import open_as_guardian, thirteen
from tests.test_onboarding_flow import say, tap, tick

MODERATOR = 777
LOCKED_WHY = "Only your parent can switch these on: if you'd like them, ask them"
REFUSED = "🔒 Only your parent can switch this on: ask them."

# --- the rule ---------------------------------------------------------------------------------


@given(
    on=st.booleans(),
    by=st.sampled_from(Decider),
    age=st.none() | st.integers(0, 30),
    below=st.integers(0, 30),
)
def test_only_a_guardian_switches_on_below_the_consent_age(
    on: bool, by: Decider, age: int | None, below: int
) -> None:
    decides = guardian_decides(age, below)
    assert decides == (age is None or age < below)  # an unknown age counts as the youngest
    refused = refusal(on=on, by=by, guardian_decides=decides)
    assert (refused is Refusal.GUARDIAN_DECIDES) == (on and by is Decider.MEMBER and decides)
    assert refusal(on=False, by=by, guardian_decides=decides) is None  # withdrawing: always


# --- the service --------------------------------------------------------------------------


@pytest.fixture
def consents(db: Database, clock: FakeClock) -> ConsentService:
    clock.set(datetime(2026, 1, 15, 10, tzinfo=UTC))
    return ConsentService(
        repository=ConsentRepository(db),
        ages=Ages(profiles=ProfileRepository(db), clock=clock),
        policy=AgePolicy(13, 25, 14),
        clock=clock,
        notice_version="1",
    )


async def _born(db: Database, clock: FakeClock, member_id: int, year: int, month: int) -> None:
    await MemberRepository(db).record_contact(member_id, "it", clock.now())
    values = {"birth_year": year, "birth_month": month}
    await ProfileRepository(db).save(member_id, values, None, clock.now())


async def _stored(db: Database, member_id: int) -> set[tuple[str, int, str]]:
    rows = await db.fetch_all(
        "SELECT purpose, granted, given_by FROM consents WHERE member_id = ?", (member_id,)
    )
    return {(row["purpose"], row["granted"], row["given_by"]) for row in rows}


async def test_a_13_year_old_switches_off_but_never_on(
    consents: ConsentService, db: Database, clock: FakeClock
) -> None:
    await _born(db, clock, 1, 2012, 10)
    await consents.decide(1, "reminders", True, given_by="guardian")
    await consents.decide(1, "matching", False, given_by="guardian")
    assert await consents.switch(1, "matching", True) == Refused(
        "matching", Refusal.GUARDIAN_DECIDES
    )
    assert await consents.switch(1, "announcements", True) == Refused(
        "announcements", Refusal.GUARDIAN_DECIDES
    )
    # Pressing "off" on what is already off keeps the guardian's answer as it was given.
    assert await consents.switch(1, "matching", False) == Switched("matching", on=False)
    await consents.confirm_all(1)
    assert await _stored(db, 1) == {
        ("reminders", 1, "guardian"),
        ("matching", 0, "guardian"),
        ("announcements", 0, "member"),  # never answered: filled in as off
    }
    assert await consents.switch(1, "reminders", False) == Switched("reminders", on=False)
    assert ("reminders", 0, "member") in await _stored(db, 1)
    assert (await consents.of(1)).locked == {"matching", "reminders", "announcements"}
    # The guardian may switch on.
    await consents.switch(1, "announcements", True, by=Decider.GUARDIAN)
    assert ("announcements", 1, "guardian") in await _stored(db, 1)


async def test_an_unknown_age_counts_as_the_youngest(consents: ConsentService) -> None:
    assert await consents.guardian_decides(99)
    assert isinstance(await consents.switch(99, "matching", True), Refused)


async def test_from_14_the_member_decides(
    consents: ConsentService, db: Database, clock: FakeClock
) -> None:
    await _born(db, clock, 2, 2012, 1)  # 14 since 31 January 2026 at the latest
    assert isinstance(await consents.switch(2, "matching", True), Refused)
    clock.set(datetime(2026, 2, 1, 10, tzinfo=UTC))
    assert await consents.switch(2, "matching", True) == Switched("matching", on=True)
    assert await _stored(db, 2) == {("matching", 1, "member")}
    assert (await consents.of(2)).locked == frozenset()


# --- every screen, walked by a 13-year-old ------------------------------------------------


def test_every_button_that_carries_a_purpose_is_a_consent_button() -> None:
    """A new screen whose buttons switch a consent must be listed, so the walk below covers it."""
    with_purpose = {
        shape
        for family in CallbackData.families()
        for shape in family.shapes()
        if any(spec.name == "purpose" for spec in shape.field_specs())
    }
    assert with_purpose <= set(CONSENT_BUTTONS)


class Walk:
    """Nina presses consent buttons; each press is remembered, so the test can tell whether it
    pressed every consent button there is."""

    def __init__(self, nina: FakeUser) -> None:
        self.nina = nina
        self.pressed: set[type[CallbackData]] = set()

    async def press(self, label: str, message: BotMessage, data: type[CallbackData]) -> None:
        assert message.button_data(label).startswith(f"{data.prefix}:")
        self.pressed.add(data)
        await self.nina.press(label, message=message)

    async def forge(self, message: BotMessage, data: CallbackData) -> str:
        """Press `data` on `message` as a tampered client could: the pop-up she gets."""
        self.pressed.add(type(data))
        drawn = message.reply_markup
        before = len(self.nina.callback_answers)
        forged = {"text": "forged", "callback_data": data.encode()}
        message.reply_markup = {"inline_keyboard": [[forged]]}
        await self.nina.press("forged", message=message)
        message.reply_markup = drawn
        await self.nina.wait_until(lambda u: len(u.callback_answers) > before)
        return str(self.nina.callback_answers[-1].get("text") or "")


async def _consented_for_reminders_only(bot: RunningBot) -> tuple[FakeUser, str]:
    nina, explanation, invite = await thirteen(bot, "Nina")
    code = re.search(r"code: (\w{6})", explanation.text or "")
    assert code
    mum = bot.server.add_user("Laura", language_code="en")
    card = await open_as_guardian(mum, invite)
    await tick(mum, "⬜ Event reminders", card)
    await mum.press("✅ I give consent", message=card)
    await nina.next_reply()
    return nina, code[1]


async def _to_summary(bot: RunningBot, nina: FakeUser) -> BotMessage:
    """The rest of the onboarding answered (no consent question: mum chose), then the summary."""
    await bot.services.onboarding.answer_name(nina.id, "Nina")
    await reach_summary(bot, nina)
    summary = await say(nina, "/start")
    assert "👤 Nina" in (summary.text or "")
    return summary


def _locked_screen(screen: BotMessage, *locked: str) -> None:
    for label in locked:
        assert f"🔒 {label}: off" in (screen.text or "")
        assert f"⬜ {label}" not in screen.labels  # no button that could only fail


async def _walk_the_consent_question(walk: Walk, screen: BotMessage) -> None:
    """The onboarding's consent question, as the summary or /profile shows it again."""
    assert screen.labels == ["✅ Event reminders", "⬅️ Back", "Continue ➡️"]
    _locked_screen(screen, "Visible to projects", "Announcements")
    assert (screen.text or "").startswith(
        "✋ What may I do with your data? Your parent decides here."
    )
    assert LOCKED_WHY in (screen.text or "")
    for purpose in ("matching", "announcements"):
        assert (await walk.forge(screen, ToggleConsent(purpose, "on"))).startswith(REFUSED)
    # Back and forth on what she may switch: off is hers, on again is not.
    await walk.press("✅ Event reminders", screen, ToggleConsent)
    await walk.nina.wait_until(lambda _: "🔒 Event reminders: off" in (screen.text or ""))
    assert screen.labels == ["⬅️ Back", "Continue ➡️"]
    assert (await walk.forge(screen, ToggleConsent("reminders", "on"))).startswith(REFUSED)


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_a_13_year_old_cannot_switch_on_what_her_guardian_left_off(
    bot: RunningBot,
) -> None:
    bot.server.add_user("Mara", language_code="en", user_id=MODERATOR)  # gets the card to verify
    nina, code = await _consented_for_reminders_only(bot)
    walk = Walk(nina)
    guardian_rows = {("matching", 0, "guardian"), ("announcements", 0, "guardian")}

    # The summary at the end of the onboarding: ✏️ Consents.
    summary = await _to_summary(bot, nina)
    question = await tap(nina, "✏️ Consents", message=summary)
    await _walk_the_consent_question(walk, question)
    summary = await tap(nina, "Continue ➡️", message=question)
    assert "✋ ⬜ Visible to projects, ⬜ Event reminders, ⬜ Announcements" in (summary.text or "")
    done = await tap(nina, "✅ All correct", message=summary)
    assert (done.text or "").startswith("🎉 Done, Nina!")
    assert guardian_rows <= await _stored(bot.services.db, nina.id)

    # /profile → ✏️ Consents: everything is locked now; forged presses change nothing.
    profile = await say(nina, "/profile")
    question = await tap(nina, "✏️ Consents", message=profile)
    _locked_screen(question, "Visible to projects", "Event reminders", "Announcements")
    for purpose in ("matching", "reminders", "announcements"):
        assert (await walk.forge(question, ToggleConsent(purpose, "on"))).startswith(REFUSED)
    await tap(nina, "Continue ➡️", message=question)

    # /settings.
    panel = await say(nina, "/settings")
    _locked_screen(panel, "Visible to projects", "Event reminders", "Announcements")
    for purpose in ("matching", "reminders", "announcements"):
        assert (await walk.forge(panel, SettingConsent(purpose, "on"))).startswith(REFUSED)

    # The guardian's and the paper form's buttons, forged from her own account.
    for data in (
        GuardianToggle(code, "matching"),
        GuardianDecides("ok", code),
        GuardianChange(code, "matching"),
        PaperToggle(code, "matching"),
        PaperRecord(code),
    ):
        assert await walk.forge(panel, data) != ""

    assert walk.pressed == set(CONSENT_BUTTONS)  # every consent button there is
    assert await bot.services.consents.granted(nina.id) == dict.fromkeys(
        ("matching", "reminders", "announcements"), False
    )
    assert await _stored(bot.services.db, nina.id) == guardian_rows | {("reminders", 0, "member")}
    # Coordinators cannot find her; /projects says who decided and whom to ask.
    told = await say(nina, "/projects")
    assert (told.text or "").startswith('🔎 Your parent didn\'t switch on "Visible to projects"')
    assert "/guardian" in (told.text or "")


async def test_projects_tells_a_child_who_switched_visibility_off(bot: RunningBot) -> None:
    nina, _, invite = await thirteen(bot, "Nina")
    mum = bot.server.add_user("Laura", language_code="it")
    card = await open_as_guardian(mum, invite)
    await tick(mum, "⬜ Visibile ai progetti", card)
    await mum.press("✅ Do il consenso", message=card)
    await nina.next_reply()
    await tap(nina, "✅ All correct", message=await _to_summary(bot, nina))
    panel = await say(nina, "/settings")
    await nina.press("✅ Visible to projects", message=panel)
    await nina.wait_until(lambda _: "🔒 Visible to projects: off" in (panel.text or ""))
    told = await say(nina, "/projects")
    assert (told.text or "").startswith(
        '🔎 "Visible to projects" is off, so I don\'t use your profile to pick them.'
        " To switch it back on, ask your parent: they can do it with /guardian."
    )


async def test_a_button_on_an_old_screen_switches_only_the_way_it_shows(bot: RunningBot) -> None:
    nina, _ = await _consented_for_reminders_only(bot)
    await tap(nina, "✅ All correct", message=await _to_summary(bot, nina))
    old = await say(nina, "/settings")
    new = await say(nina, "/settings")
    await nina.press("✅ Event reminders", message=new)
    await nina.wait_until(lambda _: "🔒 Event reminders: off" in (new.text or ""))
    await nina.press("✅ Event reminders", message=old)  # "switch off": it is off already
    await nina.wait_until(lambda _: "🔒 Event reminders: off" in (old.text or ""))
    assert nina.callback_answers[-1].get("text") == "✅ Saved"
    assert await _stored(bot.services.db, nina.id) == {
        ("matching", 0, "guardian"),
        ("reminders", 0, "member"),
        ("announcements", 0, "guardian"),
    }
