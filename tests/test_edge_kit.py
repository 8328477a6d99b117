"""The Telegram edge kit: typed callback data, the person resolved once per update, the command
table."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.domain.onboarding_steps import Step
from bot.services.staff import Role
from handlers import routes
from handlers.event_screens import AnswerEvent, EventDetails
from handlers.kit.callback_data import MAX_BYTES, CallbackData, Shape
from handlers.kit.commands import Command, commands_for
from handlers.onboarding_buttons import Back, EditField, PickMonth, Plain, ToggleChoice
from handlers.settings_command import SettingConsent, SettingLanguage
from handlers.staff import InviteAs
from handlers.staff_join import AcceptConduct
from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say

# The product's families (this module adds a few of its own, prefixed zz-test).
FAMILIES = tuple(f for f in CallbackData.families() if not f.prefix.startswith("zz-test"))
SHAPES = [shape for family in FAMILIES for shape in family.shapes()]


def instances(shape: type[CallbackData]) -> st.SearchStrategy[CallbackData]:
    """Any button of this shape: each field drawn from the text its regex allows."""
    fields = {
        spec.name: st.from_regex(spec.regex, fullmatch=True).map(spec.parse)
        for spec in shape.field_specs()
    }
    return st.builds(shape, **fields)


ANY_BUTTON = st.sampled_from(SHAPES).flatmap(instances)


def test_every_family_of_buttons_is_registered_once() -> None:
    prefixes = [family.prefix for family in FAMILIES]
    assert len(prefixes) == len(set(prefixes))
    assert len(FAMILIES) >= 20  # every handler module's families are imported by the routes
    assert routes.BUTTONS  # each family has its handler
    handled = {button.family for button in routes.BUTTONS}
    assert handled == set(FAMILIES)


@given(ANY_BUTTON)
def test_callback_data_round_trips_and_only_its_family_matches(data: CallbackData) -> None:
    parts = [data.prefix] if data.tag is None else [data.prefix, data.tag]
    parts += [spec.show(getattr(data, spec.name)) for spec in data.field_specs()]
    if len(":".join(parts).encode()) > MAX_BYTES:
        with pytest.raises(ValueError, match="64 bytes"):
            data.encode()
        return
    encoded = data.encode()
    assert encoded == ":".join(parts)
    assert 1 <= len(encoded.encode()) <= MAX_BYTES
    family = next(f for f in FAMILIES if isinstance(data, f))
    assert family.decode(encoded) == data
    assert type(data).decode(encoded) == data
    matching = [f for f in FAMILIES if re.fullmatch(f.pattern(), encoded)]
    assert matching == [family]


@given(st.text(max_size=70))
def test_decode_accepts_exactly_what_the_pattern_matches(text: str) -> None:
    for family in FAMILIES:
        decoded = family.decode(text)
        assert (decoded is not None) == (re.fullmatch(family.pattern(), text) is not None)
        if decoded is not None:
            assert family.decode(decoded.encode()) == decoded


def test_the_wire_format_is_the_one_buttons_already_carry() -> None:
    assert PickMonth(2010, 3).encode() == "ob:month:2010:3"
    assert ToggleChoice("causes", "climate").encode() == "ob:t:causes:climate"
    assert Back(Step.CITY).encode() == "ob:back:city"
    assert Plain("forget").encode() == "ob:forget"
    assert EditField(Step.NAME).encode() == "pf:name"
    assert SettingLanguage("en").encode() == "st:lang:en"
    assert SettingConsent("matching", "on").encode() == "st:c:matching:on"
    assert AnswerEvent("g", 5, "dl0").encode() == "ev:g:5:dl0"
    assert EventDetails(5, "a2").encode() == "ev:d:5:a2"
    assert AcceptConduct().encode() == "sj:accept"
    assert InviteAs(Role.MODERATOR, 42).encode() == "si:moderator:42"
    # A button drawn before its last field existed still decodes, with the default.
    assert AnswerEvent.decode("ev:n:7") == AnswerEvent("n", 7, "r")


@pytest.mark.parametrize(
    "forged",
    [
        "ob:",
        "ob:year:abc",
        "ob:year:²",  # a digit to str.isdigit, not to int()
        "ob:year:1:2",
        "ob:back:nowhere",
        "ob:month:2006",
        "si:admin",  # only the roles an admin may hand out
        "ev:g:5:x9",
        "dm:yes:999999999999",  # past any calendar
        "pf:name:extra",
        "lang:ITA",
        "",
    ],
)
def test_forged_data_is_no_button_of_ours(forged: str) -> None:
    assert all(family.decode(forged) is None for family in FAMILIES)


def test_encoding_refuses_what_would_not_come_back() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        ToggleChoice("causes", "a:b").encode()
    with pytest.raises(ValueError, match="does not fit"):
        PickMonth(-1, 3).encode()
    with pytest.raises(ValueError, match="64 bytes"):
        Wide("é" * 40).encode()


class Wide(CallbackData, prefix="zz-test-wide"):
    text: Annotated[str, Shape(r"[^:]{1,64}")]


def test_a_family_needs_a_prefix_of_its_own() -> None:
    with pytest.raises(TypeError, match="prefix"):

        class Again(CallbackData, prefix="zz-test-wide"):
            pass

    with pytest.raises(TypeError, match="int, str, Literal or an Enum"):

        class Floaty(CallbackData, prefix="zz-test-float"):
            x: float


def test_a_literal_field_takes_only_its_values() -> None:
    class Pick(CallbackData, prefix="zz-test-pick"):
        which: Literal["a", "b"]

    assert Pick.decode("zz-test-pick:a") == Pick("a")
    assert Pick.decode("zz-test-pick:c") is None
    assert Pick.pattern() == r"^(?:zz\-test\-pick:((?:a|b)))$"


# --- the command table ----------------------------------------------------------------------

EVERYONE = (
    "start",
    "projects",
    "myapplications",
    "events",
    "myevents",
    "hours",
    "profile",
    "settings",
    "report",
    "privacy",
    "mydata",
    "deleteme",
    "language",
    "about",
    "help",
    "cancel",
)
# The young people's own: they refuse staff, so staff are not shown them.
MEMBERS_ONLY = ("projects", "myapplications", "events", "myevents", "hours", "profile")
FOR_STAFF = tuple(name for name in EVERYONE if name not in MEMBERS_ONLY)
# /reports: the leads' list, for moderators too (in the table's order, after /report).
WITH_REPORTS = tuple(
    shown for name in FOR_STAFF for shown in ((name, "reports") if name == "report" else (name,))
)
COORDINATORS = (
    "newproject",
    "myprojects",
    "import",
    "candidates",
    "newevent",
    "manageevents",
    "broadcast",  # moderators' too
    "broadcasts",  # moderators' too
    "verify",  # moderators' too
)
MODERATORS = ("staff", "pending", "consent", "projectlog", "modlog", "member", "stats")
# Group moderation: listed for moderators, used in the community groups.
GROUP_MODERATION = ("warn", "unwarn", "warns", "mute", "unmute", "ban", "unban", "kick", "del")
ADMINS = ("invite", "demote", "export")


def test_each_role_sees_its_commands_then_everyone_s() -> None:
    assert commands_for(()) == EVERYONE
    assert commands_for({Role.COORDINATOR}) == COORDINATORS + FOR_STAFF
    moderators = (
        MODERATORS + GROUP_MODERATION + ("broadcast", "broadcasts", "verify") + WITH_REPORTS
    )
    assert commands_for({Role.MODERATOR}) == moderators
    admin = {Role.ADMIN, Role.MODERATOR, Role.COORDINATOR}
    everything = ADMINS + MODERATORS + GROUP_MODERATION + COORDINATORS + WITH_REPORTS
    assert commands_for(admin) == everything


def test_every_command_is_named_once_and_described_in_both_languages() -> None:
    names = [command.name for command in routes.COMMANDS]
    assert len(names) == len(set(names))
    translate = Translator.load("it")
    for language in SUPPORTED_LANGUAGES:
        for command in routes.COMMANDS:
            if command.listed:
                description = translate(language, f"command-{command.name}")
                assert 3 <= len(description) <= 256  # Telegram's limit for the menu


def test_a_new_command_is_one_row() -> None:
    async def hello(*_: Any) -> None:
        """A handler."""

    table = (*routes.COMMANDS, Command("hello", hello, Role.MODERATOR))
    assert commands_for({Role.MODERATOR}, table)[-1] == "hello"
    assert "hello" not in commands_for({Role.COORDINATOR}, table)
    route = table[-1].route()
    assert route.commands == frozenset({"hello"})


# --- the person, once per update --------------------------------------------------------------


async def test_the_person_is_read_once_per_update(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = bot.services.members
    reads: list[int] = []
    read = members.language_for

    async def counted(telegram_id: int, telegram_code: str | None) -> str:
        reads.append(telegram_id)
        return await read(telegram_id, telegram_code)

    monkeypatch.setattr(members, "language_for", counted)
    eva = bot.server.add_user("Eva", language_code="en")
    for command in ("/help", "/privacy", "/projects", "/settings"):
        reads.clear()
        answer = await say(eva, command)
        assert answer.text
        assert reads == [eva.id], command
