"""Who a broadcast reaches (bot/services/audiences.py): each field, AND, exclusions, and those
who never receive one (switched off, unreachable, a guardian's consent waiting or unchecked,
onboarding not finished)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.domain.audience import Audience, Condition, Field
from tests.support.broadcast_people import (
    accepted_in,
    guardian_consent_unchecked,
    member,
    project,
)
from tests.support.harness import RunningBot


def only(field: Field, *values: str, exclude: bool = False) -> Audience:
    return Audience((Condition(field, values, exclude),))


async def test_everyone_means_those_an_announcement_may_reach(bot: RunningBot) -> None:
    giulia = await member(bot, "Giulia")
    await member(bot, "Off", announcements=False)
    gone = await member(bot, "Gone")
    await bot.services.members.mark_unreachable(gone.id)
    await member(bot, "Halfway", finish=False)
    waiting = await member(bot, "Waiting", born="06/2011")
    await guardian_consent_unchecked(bot, waiting.id)

    audiences = bot.services.audiences
    assert await audiences.member_ids(Audience()) == [giulia.id]
    count = await audiences.count(Audience())
    assert (count.total, count.minors) == (1, 0)


async def test_fields_combine_with_and_and_exclusions_negate(bot: RunningBot) -> None:
    climate_turin = await member(bot, "Anna", causes=("climate",), skills=("design",))
    education_turin = await member(bot, "Bruno", causes=("education",), language="it")
    climate_milan = await member(bot, "Carla", city="Milano", causes=("climate", "education"))
    remote = await member(bot, "Dario", city="remote", causes=("climate",))
    teen = await member(bot, "Elisa", born="06/2009", causes=("climate",))

    audiences = bot.services.audiences

    async def ids(audience: Audience) -> set[int]:
        return set(await audiences.member_ids(audience))

    assert await ids(only(Field.CAUSE, "climate")) == {
        climate_turin.id,
        climate_milan.id,
        remote.id,
        teen.id,
    }
    assert await ids(only(Field.CAUSE, "climate", "education")) == {
        climate_turin.id,
        education_turin.id,
        climate_milan.id,
        remote.id,
        teen.id,
    }
    assert await ids(only(Field.SKILL, "design")) == {climate_turin.id}
    assert await ids(only(Field.CITY, "torino")) == {
        climate_turin.id,
        education_turin.id,
        teen.id,
    }
    assert await ids(only(Field.CITY, "remote")) == {remote.id}
    assert await ids(only(Field.LANGUAGE, "it")) == {education_turin.id}
    assert await ids(only(Field.AGE_BAND, "16–17")) == {teen.id}
    assert await ids(only(Field.AGE, "14-17")) == {teen.id}
    turin_climate = Audience(
        (Condition(Field.CITY, ("Torino",)), Condition(Field.CAUSE, ("climate",)))
    )
    assert await ids(turin_climate) == {climate_turin.id, teen.id}
    not_minors = turin_climate.with_condition(Condition(Field.AGE_BAND, ("16–17",), True))
    assert await ids(not_minors) == {climate_turin.id}
    assert await ids(only(Field.CAUSE, "climate", exclude=True)) == {education_turin.id}


async def test_projects_and_events_pick_their_people(bot: RunningBot) -> None:
    anna = await member(bot, "Anna")
    bruno = await member(bot, "Bruno")
    radio = await project(bot, "Radio", 500)
    await accepted_in(bot, radio, anna.id)
    audiences = bot.services.audiences
    assert await audiences.member_ids(only(Field.PROJECT, str(radio))) == [anna.id]
    assert await audiences.member_ids(only(Field.PROJECT, str(radio), exclude=True)) == [bruno.id]
    await bot.services.db.execute(
        "INSERT INTO events (id, title, starts_at, duration_minutes, project_id, status,"
        " created_by, created_at) VALUES (7, 'Clean-up', ?, 60, ?, 'open', 500, ?)",
        ("2026-02-01T10:00:00.000000Z", radio, "2026-01-01T10:00:00.000000Z"),
    )
    await bot.services.db.execute(
        "INSERT INTO rsvps (event_id, member_id, answer, answered_at) VALUES (7, ?, 'maybe', ?)",
        (bruno.id, "2026-01-01T10:00:00.000000Z"),
    )
    assert await audiences.member_ids(only(Field.EVENT, "7:maybe")) == [bruno.id]
    assert await audiences.member_ids(only(Field.EVENT, "7:going")) == []
    assert await audiences.own_projects_only(500, only(Field.EVENT, "7:maybe"))
    assert await audiences.own_projects_only(500, only(Field.PROJECT, str(radio)))
    assert not await audiences.own_projects_only(501, only(Field.PROJECT, str(radio)))
    assert not await audiences.own_projects_only(500, only(Field.CAUSE, "climate"))


async def test_count_tells_minors_and_quiet_hours(bot: RunningBot) -> None:
    await member(bot, "Anna")
    await member(bot, "Elisa", born="06/2009")
    await member(bot, "Fabio", born="01/2010")
    audiences = bot.services.audiences
    day = await audiences.count(Audience())
    assert (day.total, day.minors, day.minors_in_quiet_now) == (3, 2, 0)
    bot.clock.set(datetime(2026, 1, 15, 22, 0, tzinfo=UTC))  # 23:00 in Rome
    night = await audiences.count(Audience())
    assert (night.total, night.minors, night.minors_in_quiet_now) == (3, 2, 2)
    assert night.quiet_until == datetime(2026, 1, 16, 7, 0, tzinfo=UTC)
