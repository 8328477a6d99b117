"""The onboarding's questions, in order, and which of them can be asked again on their own.
Pure: no I/O."""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    LANGUAGE = "language"
    NOTICE = "notice"
    BIRTH = "birth"
    GUARDIAN = "guardian"  # paused: waiting for a guardian's consent (safeguarding rule 2)
    AGE_CHECK = "age_check"  # paused: a changed birth date waits for a moderator (rule 23)
    NAME = "name"
    CITY = "city"
    CAUSES = "causes"
    SKILLS = "skills"
    AVAILABILITY = "availability"
    HOURS = "hours"
    CONSENTS = "consents"
    SUMMARY = "summary"


ORDER: tuple[Step, ...] = (
    Step.LANGUAGE,
    Step.NOTICE,
    Step.BIRTH,
    Step.NAME,
    Step.CITY,
    Step.CAUSES,
    Step.SKILLS,
    Step.AVAILABILITY,
    Step.HOURS,
    Step.CONSENTS,
    Step.SUMMARY,
)

# Questions that can be asked again on their own to change one answer.
EDITABLE: tuple[Step, ...] = (
    Step.NAME,
    Step.BIRTH,
    Step.CITY,
    Step.CAUSES,
    Step.SKILLS,
    Step.AVAILABILITY,
    Step.CONSENTS,
)

# Multi-select questions: the profile field each one fills.
CHOICE_STEPS: dict[str, Step] = {
    "causes": Step.CAUSES,
    "skills": Step.SKILLS,
    "days": Step.AVAILABILITY,
}
REQUIRED_CHOICES = frozenset({"causes", "days"})  # skills are optional (safeguarding rule 6)


class ReturnTo(StrEnum):
    SUMMARY = "summary"
    PROFILE = "profile"


def step_after(step: Step) -> Step:
    if step in {Step.GUARDIAN, Step.AGE_CHECK}:
        return Step.NAME
    position = ORDER.index(step)
    return ORDER[min(position + 1, len(ORDER) - 1)]


def step_before(step: Step) -> Step:
    if step in {Step.GUARDIAN, Step.AGE_CHECK}:
        return Step.BIRTH
    position = ORDER.index(step)
    return ORDER[max(position - 1, 0)]
