"""The buttons of the onboarding conversation (`ob:…`) and of /profile edits (`pf:<step>`).

Every onboarding button names, or implies, the question it answers (`question`); the handler
refuses it unless the person is at that question now.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from bot.services.onboarding import CHOICE_STEPS, Step
from handlers.kit.callback_data import CallbackData, Shape

WORD = Shape(r"[a-z]{1,16}")


class Onboarding(CallbackData, prefix="ob"):
    QUESTION: ClassVar[Step | None] = None

    @property
    def question(self) -> Step | None:
        return self.QUESTION


class ChooseLanguage(Onboarding, tag="lang"):
    QUESTION = Step.LANGUAGE
    code: Annotated[str, Shape(r"[a-z]{2}")]


class AcceptNotice(Onboarding, tag="notice"):
    QUESTION = Step.NOTICE


class PickYear(Onboarding, tag="year"):
    QUESTION = Step.BIRTH
    year: int


class OtherYears(Onboarding, tag="years"):
    QUESTION = Step.BIRTH


class PickMonth(Onboarding, tag="month"):
    QUESTION = Step.BIRTH
    year: int
    month: int


class BornEarlier(Onboarding, tag="older"):
    """Born before the years shown: too old."""

    QUESTION = Step.BIRTH


class BornLater(Onboarding, tag="younger"):
    """Born after the years shown: too young."""

    QUESTION = Step.BIRTH


class UseTelegramName(Onboarding, tag="name"):
    QUESTION = Step.NAME


class PickCity(Onboarding, tag="city"):
    QUESTION = Step.CITY
    city: str


class RemoteOnly(Onboarding, tag="remote"):
    QUESTION = Step.CITY


class KeepTypedCity(Onboarding, tag="keep"):
    QUESTION = Step.CITY


class PickHours(Onboarding, tag="hours"):
    QUESTION = Step.HOURS
    hours: int


class ToggleConsent(Onboarding, tag="c"):
    QUESTION = Step.CONSENTS
    purpose: Annotated[str, WORD]


class ConsentsDone(Onboarding, tag="consents"):
    QUESTION = Step.CONSENTS


class ToggleChoice(Onboarding, tag="t"):
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

    QUESTION = Step.SUMMARY
    step: Step


class Confirm(Onboarding, tag="confirm"):
    QUESTION = Step.SUMMARY


class Forget(Onboarding, tag="forget"):
    """After /cancel: erase the answers given so far (at no question)."""


class EditField(CallbackData, prefix="pf"):
    """/profile: change one answer."""

    step: Step
