"""Staff roles: invites that name their invitee, joining with a name and the code of conduct,
the admin's confirmation, /staff, /demote, and the staff /help."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable

import pytest
from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.groups import Member
from telegram_test_server.html import parse_html
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.core.settings import Settings
from bot.domain.onboarding_steps import Step
from bot.services.staff import Role
from handlers.help_command import section_screen, sections
from handlers.kit.person import Person
from handlers.screens import Screens
from tests.support.harness import ErrorCollector, RunningBot, running_bot
from tests.support.onboarding_steps import reach
from tests.test_onboarding_flow import say, tap

ADMIN = 777
pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
CONFIRM, REJECT = "✅ Yes, confirm", "❌ No, reject"


def invite_token(message: BotMessage) -> str:
    found = re.search(r"start=(staff_[A-Za-z0-9_-]+)", message.text or "")
    assert found, message.text
    return found[1]


def popup(user: FakeUser) -> str:
    return str(user.callback_answers[-1].get("text") or "")


async def invited(
    bot: RunningBot, admin: FakeUser, role: str = "coordinator", invitee: str = "Carla Rossi"
) -> str:
    return invite_token(await say(admin, f"/invite {role} {invitee}"))


async def opened(bot: RunningBot, token: str, name: str) -> FakeUser:
    """An adult opens the link, types a name and accepts the code of conduct: now they wait."""
    adult = bot.server.add_user(name, language_code="en")
    asked = await say(adult, f"/start {token}")
    assert (asked.text or "").startswith("👋 Welcome! You've been invited as")
    conduct = await say(adult, f"{name} Rossi")
    assert "📜 Staff code of conduct" in (conduct.text or "")
    await adult.press("✅ I accept the code of conduct", message=conduct)
    await bot.server.wait_until(lambda _: conduct.edits == 1)
    assert (conduct.text or "").startswith(f"✅ Thanks, {name} Rossi! One last step")
    return adult


async def join(bot: RunningBot, token: str, name: str, user_id: int | None = None) -> FakeUser:
    """Opened, then confirmed by the admin from the card the bot sent them."""
    adult = await opened(bot, token, name)
    admin = bot.server.state.users[ADMIN]
    card = await admin.next_reply()
    await admin.press(CONFIRM, message=card)
    confirmed = await adult.next_reply()
    assert (confirmed.text or "").startswith("🎉 An admin confirmed you")
    await admin.wait_until(lambda _: card.edits == 1)
    assert (card.text or "").startswith("✅ Confirmed by Ada")
    return adult


async def test_an_admin_names_the_invitee_and_confirms_who_opened_it(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    choose = await say(admin, "/invite")
    await admin.press("coordinator", message=choose)
    await admin.wait_until(lambda _: choose.edits == 1)  # edited in place: no role buttons
    assert not choose.buttons
    assert (choose.text or "").startswith("✍️ Who is the coordinator invite for?")
    link = await say(admin, "Carla Rossi")
    assert "invite for <b>Carla Rossi</b>" in (link.text or "") or "Carla Rossi" in (
        link.text or ""
    )
    assert "valid 72 hours" in (link.text or "")

    carla = bot.server.add_user("Carla", language_code="en", last_name="R.", username="carla_r")
    await say(carla, f"/start {invite_token(link)}")
    conduct = await say(carla, "Carla Rosi")  # a typo: typed again, it is corrected
    assert "Your name: <b>Carla Rosi</b>" in (conduct.text or "") or "Carla Rosi" in (
        conduct.text or ""
    )
    conduct = await say(carla, "Carla Rossi")
    await carla.press("✅ I accept the code of conduct", message=conduct)
    await bot.server.wait_until(lambda _: conduct.edits == 1)
    assert "an admin checks that the invite really reached you" in (conduct.text or "")
    assert bot.services.staff.role_of(carla.id) is None  # not before the admin confirms
    assert (await say(carla, "/newproject")).text == "This command is for project coordinators."

    card = await admin.next_reply()
    assert "Someone opened your coordinator invite for Carla Rossi" in (card.text or "")
    assert "Name on Telegram: Carla R." in (card.text or "")
    assert "Username: @carla_r" in (card.text or "")
    assert "Name they typed: Carla Rossi" in (card.text or "")
    # Text while waiting is no new name: the waiting screen again, with its button.
    chat = await say(carla, "when do I start?")
    assert "an admin checks" in (chat.text or "")
    # A typo noticed while waiting: corrected, and the admin sees the new name.
    asked = await tap(carla, "✏️ Correct my name", message=chat)
    assert (asked.text or "").startswith("✍️ Type your name again")
    corrected = await say(carla, "Carla Maria Rossi")
    assert (corrected.text or "").startswith("✏️ I've corrected your name")
    card = await admin.next_reply()
    assert "They corrected the name" in (card.text or "")
    assert "Name they typed: Carla Maria Rossi" in (card.text or "")

    # A double tap on Confirm: one decision, and the second press hears who made it.
    answered = len(admin.callback_answers)
    await asyncio.gather(admin.press(CONFIRM, message=card), admin.press(CONFIRM, message=card))
    await admin.wait_until(lambda user: len(user.callback_answers) == answered + 2)
    welcome = await carla.next_reply()
    assert (welcome.text or "").startswith("🎉 An admin confirmed you: you're on the staff as")
    assert bot.services.staff.role_of(carla.id) is Role.COORDINATOR
    assert await bot.services.members.get(carla.id) is None  # not a member
    answers = [str(a.get("text") or "") for a in admin.callback_answers[answered:]]
    assert any(text.startswith("Already decided by Ada") for text in answers), answers
    greeting = await say(carla, "/start")
    assert (greeting.text or "").startswith("Hi Carla! You're on the")

    listing = await say(admin, "/staff")
    assert "• Carla Maria Rossi — coordinator" in (listing.text or "")
    assert "invited by Ada · confirmed by Ada" in (listing.text or "")
    actions = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    assert [row["action"] for row in actions] == ["staff.invited", "staff.joined"]

    # The same link again, by anyone: refused.
    again = await say(
        bot.server.add_user("Eve", language_code="en"), f"/start {invite_token(link)}"
    )
    assert (again.text or "").startswith("🤔 This invite isn't valid")

    # Demoted: the role goes at once.
    menu = await say(admin, "/demote")
    await admin.press("✖️ Carla Maria Rossi (coordinator)", message=menu)
    await bot.server.wait_until(lambda _: menu.edits == 1)
    await admin.press("✅ Yes, remove Carla Maria Rossi", message=menu)
    await bot.server.wait_until(lambda _: menu.edits == 2)
    assert "removed you from the Gen C staff" in ((await carla.next_reply()).text or "")
    assert bot.services.staff.role_of(carla.id) is None
    assert (await say(carla, "/pending")).text == "This command is for moderators and admins."
    actions = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    assert [row["action"] for row in actions][-1] == "staff.demoted"


async def test_a_stranger_who_opens_a_moderator_invite_never_becomes_one(
    bot: RunningBot,
) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    token = await invited(bot, admin, "moderator", "Marco Rossi")
    eve = bot.server.add_user("Eve", language_code="en", last_name="Vil", username="eve")
    await say(eve, f"/start {token}")
    conduct = await say(eve, "Marco Rossi")
    await eve.press("✅ I accept the code of conduct", message=conduct)
    card = await admin.next_reply()
    assert "Name on Telegram: Eve Vil" in (card.text or "")
    assert "Username: @eve" in (card.text or "")
    assert not bot.services.staff.is_moderator(eve.id)

    # The real Marco opens the same link: refused, and the admin is told who he is.
    marco = bot.server.add_user("Marco", language_code="en", last_name="Rossi")
    taken = await say(marco, f"/start {token}")
    assert "I've told the admin" in (taken.text or "")
    assert "don't sign up as a young member" in (taken.text or "")
    # The admin sees both accounts, and can reject the first one right from this warning.
    warning = await admin.next_reply()
    assert "Another account tried to open your moderator invite for Marco Rossi" in (
        warning.text or ""
    )
    assert "Name on Telegram: Marco Rossi" in (warning.text or "")
    assert "Name on Telegram: Eve Vil" in (warning.text or "")
    assert "Username: @eve" in (warning.text or "")
    assert "Name they typed: Marco Rossi" in (warning.text or "")
    assert warning.buttons == [[CONFIRM, REJECT]]
    # Marco's /start meanwhile: he waits for a new link, not the youth sign-up.
    waiting = await say(marco, "/start")
    assert (waiting.text or "").startswith("⏳ You're waiting for a new link from the admin")
    assert await bot.services.onboarding.profile(marco.id) is None

    # Eve's /start while waiting: where she is, never the youth onboarding (also once the
    # link's 72 hours are over: the admin was asked in time).
    bot.clock.advance(hours=73)
    assert "an admin checks" in ((await say(eve, "/start")).text or "")

    await admin.press(REJECT, message=warning)
    told = await eve.next_reply()
    assert (told.text or "").startswith("🙏 Thanks for your patience")
    assert not bot.services.staff.is_staff(eve.id)
    await admin.wait_until(lambda _: warning.edits == 1)
    assert "Rejected by Ada" in (warning.text or "")
    assert "Eve" not in (warning.text or "")  # nothing more of hers than needed
    card = warning
    kept = await bot.services.db.fetch_one(
        "SELECT opener_display, opener_username, name FROM staff_invites WHERE id = 1"
    )
    assert kept is not None
    assert tuple(kept) == (None, None, None)
    # Tapped twice: one new link.
    await asyncio.gather(
        admin.press("✉️ New link for Marco Rossi", message=card),
        admin.press("✉️ New link for Marco Rossi", message=card),
    )
    fresh = await admin.next_reply()
    assert "Marco Rossi" in (fresh.text or "")
    await admin.wait_until(lambda user: "already been made" in popup(user))
    # The old link stays dead, for Eve too.
    refused = await say(eve, f"/start {token}")
    assert (refused.text or "").startswith("🤔 This invite isn't valid")

    await say(marco, f"/start {invite_token(fresh)}")
    conduct = await say(marco, "Marco Rossi")
    await marco.press("✅ I accept the code of conduct", message=conduct)
    fresh_card = await admin.next_reply()
    await admin.press(CONFIRM, message=fresh_card)
    confirmed = await marco.next_reply()
    assert (confirmed.text or "").startswith("🎉 An admin confirmed you")
    assert bot.services.staff.role_of(marco.id) is Role.MODERATOR
    actions = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    assert [row["action"] for row in actions] == [
        "staff.invited",
        "staff.rejected",
        "staff.invited",
        "staff.joined",
    ]


async def test_one_tap_one_invite(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    choose = await say(admin, "/invite")
    await asyncio.gather(
        admin.press("moderator", message=choose), admin.press("moderator", message=choose)
    )
    await admin.wait_until(lambda user: len(user.callback_answers) == 2)
    assert "Type the name" in popup(admin) or "Type the name" in str(
        admin.callback_answers[-2].get("text")
    )
    link = await say(admin, "Marco Rossi")
    assert "Marco Rossi" in (link.text or "")
    assert not choose.buttons
    invites = await bot.services.db.fetch_all("SELECT * FROM staff_invites")
    audited = await bot.services.db.fetch_all(
        "SELECT 1 FROM audit_log WHERE action = 'staff.invited'"
    )
    assert (len(invites), len(audited)) == (1, 1)
    # A bad name is asked again, kindly; nothing is made from it.
    choose = await say(admin, "/invite")
    await admin.press("coordinator", message=choose)
    await admin.wait_until(lambda _: choose.edits == 1)
    bad = await say(admin, "https://example.org")
    assert (bad.text or "").startswith("✍️ Type just a first name and surname")
    assert len(await bot.services.db.fetch_all("SELECT * FROM staff_invites")) == 1


async def test_invites_that_must_not_work(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    # Only admins invite or demote; only staff see the staff list.
    stranger = bot.server.add_user("Sly", language_code="en")
    for command in ("/invite coordinator", "/demote"):
        assert (await say(stranger, command)).text == "This command is for admins."
    assert (await say(stranger, "/staff")).text == "This command is for moderators and admins."
    # A youth member cannot be made staff.
    token = await invited(bot, admin)
    kid = bot.server.add_user("Kid", language_code="en")
    await say(kid, "/start")
    await reach(bot, kid, Step.NAME)
    refused = await say(kid, f"/start {token}")
    assert (refused.text or "").startswith("This account is registered as a young member")
    stuck = await admin.next_reply()  # an adult member: the admin hears they are stuck
    assert (stuck.text or "").startswith("⚠️ Carla Rossi can't join the staff (coordinator)")
    # One the bot knows is under 18: kindly told the link is not for them.
    young = bot.server.add_user("Young", language_code="en")
    await reach(bot, young, Step.BIRTH)
    await bot.services.onboarding.answer_birth_text(young.id, "05/2011")
    refused = await say(young, f"/start {token}")
    assert (refused.text or "").startswith("This link is for the adult volunteers")
    assert "/deleteme" not in (refused.text or "")  # no hint to delete for a minor
    # Opened by one adult, then another.
    first = bot.server.add_user("Tom", language_code="en")
    await say(first, f"/start {token}")
    taken = await say(bot.server.add_user("Ann", language_code="en"), f"/start {token}")
    assert (taken.text or "").startswith("This invite was already opened by another account")
    warning = await admin.next_reply()  # the admin hears of it: Tom gave no name yet
    assert "Name they typed: not typed yet" in (warning.text or "")
    assert warning.buttons == [[REJECT]]  # nothing to confirm yet, only to refuse
    # Expired after 72 hours.
    late_token = await invited(bot, admin, "moderator", "Lou Bianchi")
    bot.clock.advance(hours=72, seconds=1)
    late = await say(bot.server.add_user("Lou", language_code="en"), f"/start {late_token}")
    assert (late.text or "").startswith("⌛ This invite has expired")
    # A moderator sees names and roles, not who invited whom.
    moderator_token = await invited(bot, admin, "moderator", "Mo Rossi")
    mo = await join(bot, moderator_token, "Mo")
    listing = await say(mo, "/staff")
    assert "• Mo Rossi — moderator" in (listing.text or "")
    assert "• Ada — admin" in (listing.text or "")  # whom to turn to when it can't wait
    assert "invited by" not in (listing.text or "")
    # A client replaying the admin's buttons from another account.
    menu = await say(admin, "/demote")
    await stranger.press("✖️ Mo Rossi (moderator)", message=menu)
    await stranger.wait_until(lambda user: bool(user.callback_answers))
    assert "for admins" in popup(stranger)
    await admin.press("✖️ Mo Rossi (moderator)", message=menu)
    await admin.wait_until(lambda _: menu.edits == 1)
    await stranger.press("✅ Yes, remove Mo Rossi", message=menu)
    await stranger.wait_until(lambda user: bool(user.callback_answers))
    assert "for admins" in popup(stranger)
    assert len(await bot.services.staff.staff()) == 1
    # The moderator pressing Confirm on a card meant for the admin: refused too.
    waiting_token = await invited(bot, admin, "coordinator", "Pia Verdi")
    await opened(bot, waiting_token, "Pia")
    card = await admin.next_reply()
    answered = len(mo.callback_answers)
    await mo.press(CONFIRM, message=card)
    await mo.wait_until(lambda user: len(user.callback_answers) > answered)
    assert "for admins" in popup(mo)
    assert len(await bot.services.staff.staff()) == 1


async def test_a_waiting_opener_is_on_the_admins_staff_list(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await opened(bot, await invited(bot, admin), "Carla")
    await admin.next_reply()  # the card, missed
    listing = await say(admin, "/staff")
    assert "others: 0" in (listing.text or "")
    assert ((await admin.next_reply()).text or "").startswith("⏳ Waiting for your decision: 1")
    card = await admin.next_reply()
    assert "Name they typed: Carla Rossi" in (card.text or "")
    await admin.press(CONFIRM, message=card)
    await bot.server.wait_until(lambda _: card.edits == 1)
    assert len(await bot.services.staff.staff()) == 1


async def test_staff_help_shows_one_role_at_a_time(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    shown = await say(admin, "/help")
    assert (shown.text or "").startswith("🛡 Admin\n/invite")
    assert shown.labels == [
        "🧭 Moderation",
        "👮 In the group",
        "🧩 Projects and events",
        "👤 For everyone",
    ]
    await admin.press("🧭 Moderation", message=shown)
    await admin.wait_until(lambda _: shown.edits == 1)
    assert (shown.text or "").startswith("🧭 Moderation\n/staff")
    assert "/pending" in (shown.text or "")
    assert "🛡 Admin" in shown.labels
    coordinator = await join(bot, await invited(bot, admin), "Carla")
    theirs = await say(coordinator, "/help")
    assert (theirs.text or "").startswith("🧩 Projects and events\n/newproject")
    assert theirs.labels == ["👤 For everyone"]
    # The admin's button replayed from the coordinator's account shows nothing of it.
    answered = len(coordinator.callback_answers)
    await coordinator.press("🛡 Admin", message=shown)
    await coordinator.wait_until(lambda user: len(user.callback_answers) > answered)
    assert popup(coordinator).startswith("That question already has an answer")
    last = coordinator.last_message
    assert last is not None
    assert "🛡 Admin" not in (last.text or "")
    member = bot.server.add_user("Giulia", language_code="en")
    plain = (await say(member, "/help")).text or ""
    assert plain.startswith("Here's what you can ask me (")
    assert "👤" not in plain


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_each_help_section_fits_a_phone(language: str) -> None:
    roles = frozenset(Role)
    person = Person(1, 1, "Ada", language, roles, Screens(Translator.load("it"), language))
    for section in sections(roles):
        screen = section_screen(person, section)
        shown = parse_html(screen.text)  # also proves the HTML is valid for Telegram
        rows = screen.keyboard.inline_keyboard if screen.keyboard else ()
        assert len(shown) <= 700
        assert shown.count("\n") + 1 + len(rows) <= 20, section


async def test_an_opener_waiting_across_a_restart_still_hears_the_decision(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    bot_errors: ErrorCollector,
) -> None:
    settings = make_settings(TELEGRAM_API_URL=server.api_url, ADMIN_IDS=str(ADMIN))
    async with running_bot(server, settings, clock) as bot:
        admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
        eve = await opened(bot, await invited(bot, admin, "moderator", "Marco Rossi"), "Eve")
        card = await admin.next_reply()
    async with running_bot(server, settings, clock) as bot:
        await admin.press(REJECT, message=card)
        told = await eve.next_reply()
        assert (told.text or "").startswith("🙏 Thanks for your patience")
        assert not bot.services.staff.is_staff(eve.id)
    assert bot_errors.records == [], bot_errors.describe()


async def test_the_staff_list_is_paged(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    for n in range(10):
        await join(bot, await invited(bot, admin, "coordinator", f"Person {n:02}"), f"P{n:02}")
    listing = await say(admin, "/staff")
    assert "others: 10" in (listing.text or "")
    assert (listing.text or "").count("• ") == 1 + 8  # the admins head every page
    assert listing.labels == ["· 1/2 ·", "Next ➡️"]
    await admin.press("Next ➡️", message=listing)
    await admin.wait_until(lambda _: listing.edits == 1)
    assert (listing.text or "").count("• ") == 1 + 2
    assert "P09 Rossi" in (listing.text or "")


async def test_an_adult_member_frees_the_account_and_opens_the_same_link(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    token = await invited(bot, admin, "moderator", "Marco Neri")
    marco = bot.server.add_user("Marco", language_code="en", last_name="Neri")
    await say(marco, "/start")
    await reach(bot, marco, Step.CITY)  # signed up as a young member by mistake; 20 years old
    refused = await say(marco, f"/start {token}")
    assert "Delete your youth profile with /deleteme" in (refused.text or "")
    assert "open the same link again" in (refused.text or "")
    stuck = await admin.next_reply()
    assert (stuck.text or "").startswith("⚠️ Marco Neri can't join the staff (moderator)")
    assert "name on Telegram: Marco Neri" in (stuck.text or "")
    told = len(admin.messages)
    await say(marco, f"/start {token}")  # tried again: the admin is not told twice
    assert len(admin.messages) == told

    confirm = await say(marco, "/deleteme")
    await marco.press("🗑️ Yes, delete everything", message=confirm)
    await marco.wait_until(lambda _: confirm.edits == 1)
    asked = await say(marco, f"/start {token}")
    assert (asked.text or "").startswith("👋 Welcome! You've been invited as moderator")


async def test_whoever_waits_for_a_new_link_is_not_signed_up_as_a_young_member(
    bot: RunningBot,
) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    token = await invited(bot, admin, "moderator", "Lou Bianchi")
    bot.clock.advance(hours=73)
    lou = bot.server.add_user("Lou", language_code="en")
    assert ((await say(lou, f"/start {token}")).text or "").startswith("⌛ This invite has expired")
    waiting = await say(lou, "/start")
    assert (waiting.text or "").startswith("⏳ You're waiting for a new link from the admin")
    assert ((await say(lou, "hello?")).text or "").startswith("⏳ You're waiting")
    assert await bot.services.onboarding.profile(lou.id) is None
    # Days later, the wait is over: /start is the ordinary welcome.
    bot.clock.advance(hours=73)
    assert "which language do you prefer" in ((await say(lou, "/start")).text or "")

    # A young person who tried a forwarded link: one tap, and the youth sign-up starts.
    kid = bot.server.add_user("Kid", language_code="en")
    await say(kid, f"/start {token}")
    waiting = await say(kid, "/start")
    signup = await tap(kid, "🙋 I'm not waiting for an invite: sign me up as a young member")
    assert "which language do you prefer" in (signup.text or "")
    assert not waiting.buttons


def test_italian_staff_texts_have_no_gendered_slashes() -> None:
    """«Benvenuto/a», «coordinatore/coordinatrice» read badly on a phone."""
    slashed = re.compile(r"[a-zàèéìòù]/[a-zàèéìòù]")
    lines = []
    for name in ("staff_invites.ftl", "bot.ftl"):
        with open(f"locales/it/{name}", encoding="utf-8") as ftl:
            key = ""
            for line in ftl:
                key = line.split(" =")[0] if not line.startswith((" ", "#")) else key
                staff = name != "bot.ftl" or key.startswith(
                    ("role-", "join-", "staff-", "invite-which", "demote-")
                )
                if staff and "http" not in line and slashed.search(line):
                    lines.append(line.strip())
    assert lines == []


async def _demote_menu(bot: RunningBot) -> tuple[FakeUser, FakeUser, BotMessage]:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    token = invite_token(await say(admin, "/invite moderator Dario Neri"))
    dario = await join(bot, token, "Dario")
    return admin, dario, await say(admin, "/demote")


async def test_demote_asks_first_names_the_person_and_tells_them(bot: RunningBot) -> None:
    admin, dario, menu = await _demote_menu(bot)
    await admin.press("✖️ Dario Rossi (moderator)", message=menu)
    await admin.wait_until(lambda _: menu.edits == 1)
    assert (menu.text or "").startswith("Remove Dario Rossi (moderator) from the staff?")
    assert bot.services.staff.role_of(dario.id) is Role.MODERATOR  # nothing yet
    await admin.press("↩️ No, leave it", message=menu)
    await admin.wait_until(lambda _: menu.edits == 2)
    assert menu.text == "👍 All right: Dario Rossi stays on the staff."
    assert bot.services.staff.role_of(dario.id) is Role.MODERATOR

    menu = await say(admin, "/demote")
    await admin.press("✖️ Dario Rossi (moderator)", message=menu)
    await admin.wait_until(lambda _: menu.edits == 1)
    await admin.press("✅ Yes, remove Dario Rossi", message=menu)
    told = await dario.next_reply()
    await admin.wait_until(lambda _: menu.edits == 2)
    assert menu.text == (
        "✅ Done: Dario Rossi is no longer on the staff (was moderator). I've recorded it."
        "\nI've told them in private."
    )
    assert (told.text or "").startswith("Hi Dario Rossi, an admin has removed you from the")
    assert "(you were in moderation)" in (told.text or "")
    assert bot.services.staff.role_of(dario.id) is None
    assert not menu.buttons  # nothing left to press twice
    assert await bot.services.db.fetch_one(
        "SELECT name FROM former_staff WHERE telegram_id = ?", (dario.id,)
    )


async def test_a_demoted_moderator_can_be_taken_out_of_the_moderators_chat(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    mod_chat = server.add_group("Moderatori")
    settings = make_settings(
        TELEGRAM_API_URL=server.api_url, ADMIN_IDS=str(ADMIN), MOD_CHAT_ID=str(mod_chat.id)
    )
    async with running_bot(server, settings, clock) as bot:
        admin, dario, menu = await _demote_menu(bot)
        mod_chat.members[dario.id] = Member(status="member")
        await admin.press("✖️ Dario Rossi (moderator)", message=menu)
        await admin.wait_until(lambda _: menu.edits == 1)
        await admin.press("✅ Yes, remove Dario Rossi", message=menu)
        reminder = await admin.next_reply()
        assert (reminder.text or "").startswith(
            "⚠️ Dario Rossi is still in the moderators' chat, where reports arrive."
        )
        await admin.press("🚪 Remove Dario Rossi from the moderators' chat", message=reminder)
        await admin.wait_until(lambda _: reminder.edits == 1)
        assert reminder.text == "✅ Dario Rossi is no longer in the moderators' chat."
        assert mod_chat.status_of(dario) in {"left", "kicked"}
        # Not in the chat: no reminder at all.
        token = invite_token(await say(admin, "/invite moderator Ugo Bianchi"))
        ugo = await join(bot, token, "Ugo")
        menu = await say(admin, "/demote")
        await admin.press("✖️ Ugo Rossi (moderator)", message=menu)
        await admin.wait_until(lambda _: menu.edits == 1)
        ugo.block()  # he cannot be told: the admin is asked to tell him
        await admin.press("✅ Yes, remove Ugo Rossi", message=menu)
        await admin.wait_until(lambda _: menu.edits == 2)
        assert (menu.text or "").endswith(
            "I couldn't write to Ugo Rossi in private: please tell them yourself."
        )
        assert bot.server.calls_to("getChatMember")
