"""The buttons of the onboarding conversation (`ob:…`) and of /profile edits (`pf:<step>`).

Every onboarding button names, or implies, the question it answers (`question`); the handler
refuses it unless the person is at that question now.
"""

from __future__ import annotations

from typing import Annotated, Literal

from bot.domain.onboarding_steps import CHOICE_STEPS, Step
from handlers.kit.callback_data import CallbackData, Shape

WORD = Shape(r"[a-z]{1,16}")
# The question each button answers, by its tag (or, for a `Plain` one, its action).
QUESTIONS: dict[str, Step] = {
    "lang": Step.LANGUAGE,
    "notice": Step.NOTICE,
    "year": Step.BIRTH,
    "years": Step.BIRTH,
    "month": Step.BIRTH,
    "older": Step.BIRTH,
    "younger": Step.BIRTH,
    "name": Step.NAME,
    "city": Step.CITY,
    "remote": Step.CITY,
    "hours": Step.HOURS,
    "c": Step.CONSENTS,
    "consents": Step.CONSENTS,
    "edit": Step.SUMMARY,
    "confirm": Step.SUMMARY,
}


class Onboarding(CallbackData, prefix="ob"):
    @property
    def question(self) -> Step | None:
        return QUESTIONS.get(self.tag or "")


class Plain(Onboarding):
    """A button that carries nothing but what it does: accept the notice, other birth years,
    born earlier (too old) or later (too young) than the years shown, the Telegram name, remote
    only, consents done, confirm the summary; `forget`, after /cancel,
    erases the answers so far (and answers no question)."""

    action: Literal[
        "notice",
        "years",
        "older",
        "younger",
        "name",
        "remote",
        "consents",
        "confirm",
        "forget",
    ]

    @property
    def question(self) -> Step | None:
        return QUESTIONS.get(self.action)


class ChooseLanguage(Onboarding, tag="lang"):
    code: Annotated[str, Shape(r"[a-z]{2}")]


class PickYear(Onboarding, tag="year"):
    year: int


class PickMonth(Onboarding, tag="month"):
    year: int
    month: int


class PickCity(Onboarding, tag="city"):
    city: str


class PickHours(Onboarding, tag="hours"):
    hours: int


# What a consent's button asks for: the other state than the one it shows. Carried by the
# button, so a press on an old screen never switches the wrong way.
Wanted = Literal["on", "off"]


def wanted(on_now: bool) -> Wanted:
    return "off" if on_now else "on"


class ToggleConsent(Onboarding, tag="c"):
    purpose: Annotated[str, WORD]
    to: Wanted


class ToggleChoice(Onboarding, tag="t"):
    """One cause, skill or time of the week, on or off."""

    field: Annotated[str, WORD]
    key: Annotated[str, WORD]

    @property
    def question(self) -> Step | None:
        return CHOICE_STEPS.get(self.field)


class FinishChoices(Onboarding, tag="done"):
    field: Annotated[str, WORD]

    @property
    def question(self) -> Step | None:
        return CHOICE_STEPS.get(self.field)


class Back(Onboarding, tag="back"):
    step: Step

    @property
    def question(self) -> Step | None:
        return self.step


class EditAnswer(Onboarding, tag="edit"):
    """From the summary: that question again."""

    step: Step


class EditField(CallbackData, prefix="pf"):
    """/profile: change one answer."""

    step: Step
