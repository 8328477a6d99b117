"""Every onboarding screen, in both languages, fits a phone screen and Telegram's limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from telegram_test_server.html import parse_html

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.domain.age_gate import AgePolicy
from bot.domain.catalog import CAUSES, DAYS, SKILLS
from bot.domain.consent_rule import Decider
from bot.services.consents import MemberConsents
from handlers.consent_checks import paper_screen
from handlers.guardian import guardian_screen, manage_screen, relationship_screen
from handlers.privacy import SECTIONS, privacy_screen
from handlers.screens import Screen, Screens
from storage.guardians import GuardianRequest
from storage.profiles import Profile

LONGEST = Profile(
    member_id=1,
    birth_year=2006,
    birth_month=9,
    first_name="W" * 32,
    city="X" * 40,
    causes=CAUSES,
    skills=SKILLS,
    days=DAYS,
    hours_per_week=37,
    completed_at=datetime(2026, 1, 1, tzinfo=UTC),
)
REQUEST = GuardianRequest(
    member_id=1,
    reference_code="K7QX2M",
    telegram_name="W" * 64,
    status="opened",
    guardian_id=2,
    purposes=("matching",),
    method=None,
    created_at=datetime(2026, 1, 1, tzinfo=UTC),
    link_expires_at=datetime(2026, 1, 8, tzinfo=UTC),
    decided_at=None,
    has_link=True,
)
EVERYTHING = {"matching": True, "reminders": False, "announcements": True}
NOTHING = dict.fromkeys(EVERYTHING, False)
GIVEN_BY = dict.fromkeys(EVERYTHING, Decider.GUARDIAN)
MEMBER_OFF = dict.fromkeys(EVERYTHING, Decider.MEMBER)  # the child switched all off


def every_screen(screens: Screens) -> list[Screen]:
    policy = AgePolicy(13, 25, 14)
    return [
        screens.welcome("W" * 64),
        screens.notice(),
        screens.birth_years(policy.birth_years(date(2026, 1, 15))),
        screens.birth_months(2010),
        screens.name("W" * 32),  # offered only when it would pass as a name
        screens.city(),
        screens.city_suggestions("X" * 40, ("Torino", "Moncalieri", "Collegno")),
        screens.choices("causes", CAUSES),
        screens.choices("skills", ()),
        screens.choices("days", DAYS[:1]),
        screens.hours(),
        screens.consents(MemberConsents(EVERYTHING, GIVEN_BY, guardian_decides=False)),
        screens.consents(MemberConsents(NOTHING, GIVEN_BY, guardian_decides=True)),  # all locked
        screens.summary(LONGEST, EVERYTHING),
        screens.profile(LONGEST, EVERYTHING).with_hint(screens.text("profile-saved")),
        *(
            privacy_screen(screens, section, "X" * 120, 25, "Y" * 200)
            for section in ("home", *SECTIONS)
        ),
        guardian_screen(screens, REQUEST, "settembre 2012", "Y" * 200),
        guardian_screen(screens, REQUEST, "settembre 2012"),
        relationship_screen(screens, replace(REQUEST, guardian_name="Z" * 80)),
        manage_screen(screens, REQUEST, MemberConsents(NOTHING, MEMBER_OFF, guardian_decides=True)),
        paper_screen(screens, REQUEST, "settembre 2012"),
    ]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_screens_fit_a_phone_and_telegram(language: str) -> None:
    screens = Screens(Translator.load("it"), language)
    for screen in every_screen(screens):
        shown = parse_html(screen.text)  # also proves the HTML is valid for Telegram
        lines = (
            shown.count("\n") + 1 + len(screen.keyboard.inline_keyboard if screen.keyboard else ())
        )
        # About what a phone shows without scrolling: text plus keyboard rows.
        assert len(shown) <= 700, shown
        assert lines <= 16, shown
        for row in screen.keyboard.inline_keyboard if screen.keyboard else ():
            assert len(row) <= 4
            for button in row:
                assert button.callback_data is not None
                assert len(str(button.callback_data).encode()) <= 64
                assert 1 <= len(button.text) <= 50, button.text  # a full-width row
