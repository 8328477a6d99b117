"""Who hears of a new event (pure): never anyone the event is not for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.audience import Audience, Condition, Field
from bot.domain.event_audience import EventFor, Reach, event_audience, reaches


def test_everyone_it_is_for_is_everyone_without_limits() -> None:
    assert event_audience(EventFor(None, None, None), Reach.EVERYONE) == Audience()


def test_everyone_it_is_for_keeps_the_ages() -> None:
    audience = event_audience(EventFor(16, 25, None), Reach.EVERYONE)
    assert audience == Audience((Condition(Field.AGE, ("16-25",)),))


def test_participants_only_names_the_project_and_keeps_the_ages() -> None:
    audience = event_audience(EventFor(14, 17, 7), Reach.PARTICIPANTS)
    assert audience is not None
    assert audience.values(Field.PROJECT) == ("7",)
    assert audience.values(Field.AGE) == ("14-17",)


def test_a_participants_only_event_never_goes_to_everyone() -> None:
    event = EventFor(None, None, 7, participants_only=True)
    assert Reach.EVERYONE not in reaches(event)
    audience = event_audience(event, Reach.EVERYONE)
    assert audience == Audience((Condition(Field.PROJECT, ("7",)),))


def test_nobody_is_nobody() -> None:
    assert event_audience(EventFor(16, 25, 7), Reach.NOBODY) is None


def test_participants_are_offered_only_with_a_project() -> None:
    assert reaches(EventFor(None, None, None)) == (Reach.EVERYONE, Reach.NOBODY)
    assert reaches(EventFor(None, None, 3)) == (Reach.EVERYONE, Reach.PARTICIPANTS, Reach.NOBODY)
    assert event_audience(EventFor(None, None, None), Reach.PARTICIPANTS) is None


@given(
    low=st.one_of(st.none(), st.integers(13, 25)),
    high=st.one_of(st.none(), st.integers(13, 25)),
    project=st.one_of(st.none(), st.integers(1, 10_000)),
    only=st.booleans(),
    reach=st.sampled_from(list(Reach)),
)
def test_never_wider_than_the_event(
    low: int | None, high: int | None, project: int | None, only: bool, reach: Reach
) -> None:
    event = EventFor(low, high, project, participants_only=only and project is not None)
    audience = event_audience(event, reach)
    if audience is None:
        return
    assert not any(condition.exclude for condition in audience.conditions)
    if low is not None or high is not None:
        assert len(audience.values(Field.AGE)) == 1
    if event.participants_only or reach is Reach.PARTICIPANTS:
        assert audience.values(Field.PROJECT) == (str(project),)
    # Stored as JSON and read back unchanged.
    assert Audience.from_json(audience.to_json()) == audience
