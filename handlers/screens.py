"""What each onboarding and profile question looks like: its text and its buttons. Builds
messages from data and texts only (no Telegram calls, no database), so every screen can be
checked for length and callback-data size on its own. The buttons' data: onboarding_buttons.py.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.i18n import SUPPORTED_LANGUAGES, Html, Translator
from bot.domain.catalog import CAUSES, DAYS, HOURS_CHOICES, PURPOSES, SKILLS
from bot.domain.onboarding_steps import Step
from bot.services.consents import MemberConsents
from handlers.kit.callback_data import CallbackData
from handlers.onboarding_buttons import (
    Back,
    ChooseLanguage,
    EditAnswer,
    EditField,
    FinishChoices,
    PickCity,
    PickHours,
    PickMonth,
    PickYear,
    Plain,
    ToggleChoice,
    ToggleConsent,
    wanted,
)
from storage.profiles import Profile

# Which list each multi-select question draws from, and the prefix of its labels in locales/.
CHOICE_FIELDS: dict[str, tuple[tuple[str, ...], str]] = {
    "causes": (CAUSES, "cause"),
    "skills": (SKILLS, "skill"),
    "days": (DAYS, "days"),
}
# The city most members name gets a button of its own.
HOME_CITY = "Torino"


class PageEdge(CallbackData, prefix="pg"):
    """The slot of ⬅️ on the first page (f) or of ➡️ on the last (l): it only says so."""

    edge: Literal["f", "l"]


def pager(
    screens: Screens, to_page: Callable[[int], CallbackData], page: int, per_page: int, total: int
) -> list[InlineKeyboardButton]:
    """⬅️ Previous / Next ➡️ for a paged list, always in the same two places (a double tap on
    Next never goes back): on the first and the last page the missing one's place shows the
    page ("1/3") and does nothing. Empty on a single page."""
    pages = max(1, -(-total // per_page))
    if pages == 1:
        return []
    where = screens.label("page-edge", page=min(page, pages - 1) + 1, pages=pages)
    if page > 0:
        previous = to_page(page - 1).button(screens.text("page-previous"))
    else:
        previous = PageEdge("f").button(where)
    if page + 1 < pages:
        following = to_page(page + 1).button(screens.text("page-next"))
    else:
        following = PageEdge("l").button(where)
    return [previous, following]


@dataclass(frozen=True)
class Screen:
    text: str
    keyboard: InlineKeyboardMarkup | None = None

    def with_hint(self, hint: str) -> Screen:
        return Screen(f"{hint}\n\n{self.text}", self.keyboard)


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


class Screens:
    """The screens in one language."""

    def __init__(self, translate: Translator, language: str) -> None:
        self._translate = translate
        self.language = language

    def text(self, key: str, **args: object) -> str:
        return self._translate(self.language, key, **args)

    def speaking(self, language: str) -> Screens:
        return Screens(self._translate, language)

    def label(self, key: str, **args: object) -> str:
        """A button's text: buttons are plain text, so nothing in it is HTML-escaped (an
        apostrophe in a title stays an apostrophe)."""
        return html.unescape(self.text(key, **args))

    def button(self, key: str, data: CallbackData, **args: object) -> InlineKeyboardButton:
        return data.button(self.text(key, **args))

    def back(self, step: Step) -> InlineKeyboardButton:
        return self.button("button-back", Back(step))

    # --- the questions, in order ---------------------------------------------------------

    def welcome(self, name: str) -> Screen:
        languages = [
            ChooseLanguage(code).button(self._translate(code, "language-name"))
            for code in SUPPORTED_LANGUAGES
        ]
        return Screen(self.text("onboarding-welcome", name=name), InlineKeyboardMarkup([languages]))

    def notice(self) -> Screen:
        return Screen(
            self.text("onboarding-notice"),
            InlineKeyboardMarkup(
                [[self.button("notice-accept", Plain("notice"))], [self.back(Step.NOTICE)]]
            ),
        )

    def birth_years(self, years: range) -> Screen:
        """`years`: those the age policy offers; before or after them is answered at once."""
        first, last = years[0], years[-1]
        years_shown = [PickYear(year).button(str(year)) for year in years]
        rows = _rows(years_shown, 4)
        rows.append(
            [
                self.button("birth-before", Plain("older"), year=str(first)),
                self.button("birth-after", Plain("younger"), year=str(last + 1)),
            ]
        )
        rows.append([self.back(Step.BIRTH)])
        return Screen(self.text("birth-question"), InlineKeyboardMarkup(rows))

    def birth_months(self, year: int) -> Screen:
        months = [
            self.button(f"month-short-{month}", PickMonth(year, month)) for month in range(1, 13)
        ]
        rows = _rows(months, 4)
        rows.append([self.button("birth-other-year", Plain("years"))])
        return Screen(self.text("birth-month-question", year=str(year)), InlineKeyboardMarkup(rows))

    def name(self, telegram_name: str | None) -> Screen:
        rows = []
        if telegram_name:
            rows.append([self.button("name-use", Plain("name"), name=telegram_name)])
        rows.append([self.back(Step.NAME)])
        return Screen(self.text("name-question"), InlineKeyboardMarkup(rows))

    def city(self) -> Screen:
        return Screen(
            self.text("city-question"),
            InlineKeyboardMarkup(
                [
                    [
                        PickCity(HOME_CITY).button(HOME_CITY),
                        self.button("city-remote", Plain("remote")),
                    ],
                    [self.back(Step.CITY)],
                ]
            ),
        )

    def city_suggestions(self, typed: str, suggestions: tuple[str, ...]) -> Screen:
        rows = [[PickCity(city).button(city)] for city in suggestions]
        rows.append([self.back(Step.CITY)])
        return Screen(
            self.text("city-did-you-mean", city=typed, suggestion=suggestions[0]),
            InlineKeyboardMarkup(rows),
        )

    def choices(self, field: str, selected: tuple[str, ...]) -> Screen:
        keys, label_prefix = CHOICE_FIELDS[field]
        buttons = [
            ToggleChoice(field, key).button(
                self.text(
                    "choice-on" if key in selected else "choice-off",
                    label=self.text(f"{label_prefix}-{key}"),
                )
            )
            for key in keys
        ]
        rows = _rows(buttons, 1 if field == "days" else 2)
        finish = "skills-skip" if field == "skills" and not selected else "button-done"
        step = {"causes": Step.CAUSES, "skills": Step.SKILLS, "days": Step.AVAILABILITY}[field]
        rows.append([self.back(step), self.button(finish, FinishChoices(field))])
        return Screen(self.text(f"{field}-question"), InlineKeyboardMarkup(rows))

    def hours(self) -> Screen:
        buttons = [self.button(f"hours-{hours}", PickHours(hours)) for hours in HOURS_CHOICES]
        rows = _rows(buttons, 2)
        rows.append([self.back(Step.HOURS)])
        return Screen(self.text("hours-question"), InlineKeyboardMarkup(rows))

    def consent_rows(
        self,
        granted: Collection[str],
        data_of: Callable[[str], CallbackData],
        locked: Collection[str] = (),
    ) -> list[list[InlineKeyboardButton]]:
        """A toggle per purpose, one a row: the onboarding, the guardian, the paper form and
        /settings all draw consents the same way. A purpose the member may not switch on gets
        no button (a button that could only fail): `locked_note` shows it instead."""
        return [
            [
                data_of(purpose).button(
                    self.text(
                        "consent-on" if purpose in granted else "consent-off",
                        label=self.text(f"purpose-{purpose}"),
                    )
                )
            ]
            for purpose in PURPOSES
            if purpose not in locked
        ]

    def with_locked_note(self, text: str, locked: Collection[str], *, paper: bool = False) -> str:
        """Under a screen of consents: what only the guardian can switch on, and how to ask
        (`paper`: the guardian signed a form, so through a moderator)."""
        if not locked:
            return text
        lines = [
            self.text("consent-rule-locked", label=self.text(f"purpose-{purpose}"))
            for purpose in PURPOSES
            if purpose in locked
        ]
        why = "consent-rule-locked-why-paper" if paper else "consent-rule-locked-why"
        lines.append(self.text(why, count=len(lines)))
        return f"{text}\n\n" + "\n".join(lines)

    def consents(self, consents: MemberConsents) -> Screen:
        chosen = {purpose for purpose, on in consents.granted.items() if on}
        rows = self.consent_rows(
            chosen,
            lambda purpose: ToggleConsent(purpose, wanted(purpose in chosen)),
            consents.locked,
        )
        rows.append([self.back(Step.CONSENTS), self.button("consents-continue", Plain("consents"))])
        question = "consent-rule-question" if consents.guardian_decides else "consents-question"
        text = self.with_locked_note(self.text(question), consents.locked, paper=consents.by_paper)
        return Screen(text, InlineKeyboardMarkup(rows))

    def summary(self, profile: Profile, granted: dict[str, bool]) -> Screen:
        rows = _rows([self.button(key, EditAnswer(step)) for step, key in _EDIT_KEYS.items()], 2)
        rows.append([self.button("summary-confirm", Plain("confirm"))])
        text = f"{self.card(profile, granted)}\n\n{self.text('summary-question')}"
        return Screen(text, InlineKeyboardMarkup(rows))

    def profile(self, profile: Profile, granted: dict[str, bool]) -> Screen:
        rows = _rows([self.button(key, EditField(step)) for step, key in _EDIT_KEYS.items()], 2)
        text = f"{self.card(profile, granted)}\n\n{self.text('profile-edit-hint')}"
        return Screen(text, InlineKeyboardMarkup(rows))

    # --- the profile as text -------------------------------------------------------------

    def card(self, profile: Profile, granted: dict[str, bool]) -> str:
        return self.text(
            "profile-card",
            name=profile.first_name or self.text("profile-missing"),
            born=self.born(profile),
            city=profile.city if profile.city else self.text("city-remote-only"),
            causes=self.labels("cause", profile.causes),
            skills=self.labels("skill", profile.skills),
            days=self.labels("days", profile.days),
            hours=self.weekly_hours(profile.hours_per_week),
            consents=", ".join(
                self.text(
                    "consent-on" if granted.get(purpose) else "consent-off",
                    label=self.text(f"purpose-{purpose}"),
                )
                for purpose in PURPOSES
            ),
        )

    def weekly_hours(self, hours: int | None) -> str:
        """ "3–5 hours a week" for a button's range (stored as its top), "4 hours a week" for a
        typed number: what was chosen, never the bare top of the range."""
        if hours in HOURS_CHOICES:
            return self.text("hours-weekly", hours=Html(self.text(f"hours-{hours}")))
        return self.text("hours-typed", hours=hours or 0)

    def calendar_day(self, day: date) -> str:
        """ "31 marzo 2027": a day without a time (a deadline, the last day a link works)
        always carries its year, since it is written down and planned around; an event's start,
        with its weekday, names the year only when it is not this one (`when_with_year`)."""
        month = self.text(f"month-{day.month}")
        return self.text("day-month-year", day=str(day.day), month=month, year=str(day.year))

    def born(self, profile: Profile) -> str:
        if profile.birth_month is None or profile.birth_year is None:
            return self.text("profile-missing")
        return self.text(
            "born-on", month=self.text(f"month-{profile.birth_month}"), year=str(profile.birth_year)
        )

    def labels(self, prefix: str, keys: tuple[str, ...]) -> str:
        """Button labels without their leading emoji: the card's lines are long enough."""
        if not keys:
            return self.text("profile-none-chosen")
        return ", ".join(_without_icon(self.text(f"{prefix}-{key}")) for key in keys)


def _without_icon(label: str) -> str:
    icon, _, rest = label.partition(" ")
    return rest if rest and not any(c.isalnum() for c in icon) else label


_EDIT_KEYS: dict[Step, str] = {
    Step.NAME: "edit-name",
    Step.BIRTH: "edit-birth",
    Step.CITY: "edit-city",
    Step.CAUSES: "edit-causes",
    Step.SKILLS: "edit-skills",
    Step.AVAILABILITY: "edit-availability",
    Step.CONSENTS: "edit-consents",
}
