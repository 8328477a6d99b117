"""/stats as a moderator uses it: a few lines and one chart that opens as an image, with the
figures of a seeded community; small cities and causes merged so no bar points at one young
person; an empty community gets a kind word and no chart; coordinators and members are refused;
each look is audited. The figures themselves are checked on the pure aggregation."""

from __future__ import annotations

import io
import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from telegram_test_server import FakeUser
from telegram_test_server.html import parse_html

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.domain.age_bands import AGE_BANDS
from bot.domain.catalog import CAUSES
from bot.domain.cities import city_names
from bot.domain.community_stats import (
    APPLICATION_STATUSES,
    OTHER,
    PROJECT_STATUSES,
    REMOTE,
    CommunityFacts,
    EventFacts,
    MemberFacts,
    community_stats,
    join_small_bands,
    merge_small,
    weekly_growth,
)
from bot.domain.onboarding_steps import Step
from bot.domain.projects import NewProject
from bot.services.stats_chart import chart_figure, draw_chart
from handlers.dashboards import chart_labels, stats_caption
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import choose, reach
from tests.test_onboarding_flow import say
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

NOW = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)


async def seeded_member(
    bot: RunningBot,
    name: str,
    born: str = "03/2006",
    city: str | None = "Torino",
    causes: tuple[str, ...] = ("climate",),
) -> FakeUser:
    """A member who finished the onboarding, answered through the service."""
    user = bot.server.add_user(name, language_code="en")
    onboarding = bot.services.onboarding
    await reach(bot, user, Step.BIRTH)
    await onboarding.answer_birth_text(user.id, born)
    await onboarding.answer_name(user.id, name)
    if city is None:
        await onboarding.choose_remote(user.id)
    else:
        await onboarding.answer_city(user.id, city)
    for cause in causes:
        await onboarding.toggle_choice(user.id, "causes", cause)
    await onboarding.finish_choices(user.id, "causes")
    await onboarding.finish_choices(user.id, "skills")
    await choose(bot, user, "days", "weekends")
    await onboarding.answer_hours(user.id, 5)
    await onboarding.finish_consents(user.id)
    await onboarding.confirm(user.id)
    return user


def a_project(title: str) -> NewProject:
    return NewProject(
        title=title,
        description="Orti condivisi in quartiere.",
        causes=("climate",),
        skills=(),
        city="Torino",
        min_age=14,
        max_age=25,
        hours_per_week=2,
        days=("weekends",),
        places=10,
        deadline=None,
    )


async def seed_community(bot: RunningBot) -> list[FakeUser]:
    """Six in Torino (climate), five in Milano (education), one in Chieri and one online only
    (each alone: merged), over three weeks; a project with two applications; a past event
    with 20 seats and three going, and one to come."""
    members = []
    for number in range(6):
        members.append(await seeded_member(bot, f"Tori{number}", born="05/2010"))  # 15
    bot.clock.advance(weeks=1)
    for number in range(5):
        members.append(
            await seeded_member(bot, f"Mila{number}", city="Milano", causes=("education",))
        )
    bot.clock.advance(weeks=1)
    members.append(await seeded_member(bot, "Chiara", city="Chieri", causes=("animals",)))
    members.append(await seeded_member(bot, "Remo", city=None, causes=("climate", "animals")))
    projects = bot.services.projects
    project = await projects.create(ADMIN, a_project("Orti in Barriera"), [], publish=True)
    await projects.create(ADMIN, a_project("Radio giovani"), [], publish=False)
    repository = projects.repository
    for member in members[:2]:
        await repository.apply(project, member.id, None, bot.clock.now())
    now = bot.clock.now()
    past = await bot.services.events.create(ADMIN, open_event(now + timedelta(days=1), capacity=20))
    await bot.services.events.create(ADMIN, open_event(now + timedelta(days=30), title="Festa"))
    for member in members[:3]:
        await bot.services.event_answers.going(member.id, past)
    bot.clock.advance(days=2)
    return members


async def moderator(bot: RunningBot) -> FakeUser:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    return await join(bot, await invited(bot, admin, "moderator"), "Mara")


async def test_stats_sends_a_chart_that_opens_as_an_image(bot: RunningBot) -> None:
    await seed_community(bot)
    mara = await moderator(bot)

    chart = await say(mara, "/stats")

    assert chart.photo is not None
    image = Image.open(io.BytesIO(chart.photo))
    assert image.format == "PNG"
    image.verify()
    width, height = Image.open(io.BytesIO(chart.photo)).size
    assert 600 <= width <= 1280
    assert height > width  # tall: one panel under the other, read by scrolling on a phone
    caption = chart.text or ""
    assert len(caption) <= 1024
    assert caption.startswith("📊 The community on 31/01/2026")
    assert "👥 Members: 13 (13 in the last 12 weeks)" in caption
    assert "🎂 13–15: 6 · 16–17: 0 · 18–21: 7 · 22–25: 0" in caption
    assert "📍 Torino: 6 · Milano: 5 · Other: 2" in caption
    assert "Chieri" not in caption
    assert "🧩 Open projects: 1 of 2\n📝 Applications: 2 waiting, 0 accepted" in caption
    assert (
        "📅 Events held: 1 · coming: 1. The latest with limited seats: 3 “Going” for 20 seats."
        in caption
    )
    assert "fewer than 5 members are counted under “Other”" in caption
    actions = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'stats_viewed'"
    )
    assert len(actions) == 1


async def test_an_empty_community_gets_a_kind_word_and_no_chart(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="it", user_id=ADMIN)
    await say(admin, "/start")

    answer = await say(admin, "/stats")

    assert answer.photo is None
    assert (answer.text or "").startswith("📊 Ancora nessun iscritto")


async def test_stats_are_for_moderators_and_admins(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    carla = await join(bot, await invited(bot, admin), "Carla")  # a coordinator
    giulia = await seeded_member(bot, "Giulia")
    await say(giulia, "/start")

    for person in (carla, giulia):
        refused = await say(person, "/stats")
        assert refused.photo is None
        assert "moderators" in (refused.text or "")


def member(city: str | None = "Torino", *causes: str, age: int = 16) -> MemberFacts:
    return MemberFacts(age=age, city=city, causes=causes, joined=NOW.date())


def facts(*members: MemberFacts, events: tuple[EventFacts, ...] = ()) -> CommunityFacts:
    return CommunityFacts(members=members, projects={}, applications={}, events=events, now=NOW)


def test_cities_and_causes_under_five_go_into_other() -> None:
    many = [member("Torino", "climate") for _ in range(5)]
    few = [member("Chieri", "animals"), member(None, "animals"), member("Ivrea", "climate")]

    stats = community_stats(facts(*many, *few))

    assert stats.cities == (("Torino", 5), (OTHER, 3))
    assert stats.causes == (("climate", 6), (OTHER, 2))
    assert stats.merged


def test_no_group_under_five_ever_shows_and_other_holds_the_rest() -> None:
    counts, merged = merge_small(["a"] * 5 + ["b"] * 4 + ["c"] + [REMOTE] * 7, shown=1)

    assert counts == ((REMOTE, 7), (OTHER, 10))
    assert merged
    assert merge_small(["a"] * 5) == ((("a", 5),), False)
    assert merge_small([]) == ((), False)


def test_growth_counts_twelve_weeks_oldest_first_each_named_by_its_monday() -> None:
    today = date(2026, 1, 15)  # a Thursday
    joined = [today, date(2026, 1, 12), today - timedelta(weeks=1), today - timedelta(weeks=12)]

    growth = weekly_growth(joined, today)

    assert len(growth) == 12
    assert growth[-1] == (date(2026, 1, 12), 2)
    assert growth[-2] == (date(2026, 1, 5), 2 - 1)
    assert growth[0] == (date(2025, 10, 27), 0)
    assert sum(count for _, count in growth) == 3  # 12 weeks ago is outside the window


def test_turnout_counts_past_events_that_were_not_cancelled() -> None:
    def event(days: int, cancelled: bool = False) -> EventFacts:
        return EventFacts(f"E{days}", NOW + timedelta(days=days), 10, 4, cancelled)

    stats = community_stats(facts(member(), events=(event(-3), event(-2, True), event(5))))

    assert (stats.past_events, stats.upcoming_events) == (1, 1)
    assert [(t.title, t.going, t.capacity) for t in stats.turnout] == [("E-3", 4, 10)]


def test_ages_fall_in_every_band_in_order_and_a_small_band_joins_the_smaller_neighbour() -> None:
    people = [member(age=age) for age in (13, 15, 15, 14, 14, 17, 16, 17, 17, 16, 19, 20, 18)]
    stats = community_stats(facts(*people, *[member(age=22)] * 5))

    # 18–21 holds 3: joined to the adults next to it, not to the 16–17 year olds.
    assert stats.age_bands == (("13–15", 5), ("16–17", 5), ("18–25", 3 + 5))
    assert not stats.empty
    assert community_stats(facts()).empty


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_the_caption_fits_under_the_photo_at_its_longest(language: str) -> None:
    longest = sorted(city_names(), key=len)[-3:]
    members = [
        member(city, *CAUSES, age=age)
        for city in longest
        for age in (13, 16, 18, 22)
        for _ in range(1000)
    ]
    many = 1000
    full = CommunityFacts(
        members=tuple(members),
        projects=dict.fromkeys(PROJECT_STATUSES, many),
        applications=dict.fromkeys(APPLICATION_STATUSES, many),
        events=tuple(
            EventFacts("x" * 80, NOW - timedelta(days=day), 500, 499, False) for day in range(20)
        ),
        now=NOW,
    )

    caption = parse_html(
        stats_caption(Translator.load("it"), language, community_stats(full), "31/12/2026")
    )

    assert len(caption) <= 1024  # Telegram's limit for a caption
    assert len(caption) <= 800, caption  # and one phone screen under the chart
    assert all(city in caption for city in longest)


def test_the_fullest_chart_is_not_shrunk_by_telegram() -> None:
    cities = sorted(city_names(), key=len)[-9:]
    people = [
        MemberFacts(13 + n % 13, city, (CAUSES[n % 12],), (NOW - timedelta(days=n % 80)).date())
        for n, city in enumerate(cities * 40)
    ]
    events = tuple(
        EventFacts(
            "🎉 Festa di fine anno al Parco Dora", NOW - timedelta(days=day), 500, 300, False
        )
        for day in range(1, 12)
    )
    full = CommunityFacts(
        members=tuple(people),
        projects=dict.fromkeys(PROJECT_STATUSES, 1234),
        applications=dict.fromkeys(APPLICATION_STATUSES, 4321),
        events=events,
        now=NOW,
    )
    labels = chart_labels(Translator.load("it"), "it", "15/01/2026")

    png = draw_chart(community_stats(full), labels)

    width, height = Image.open(io.BytesIO(png)).size
    assert height <= 2560  # Telegram's largest photo side: nothing gets scaled down
    assert height / width <= 20  # and Telegram's limit on a photo's ratio


async def test_a_tiny_community_shows_no_age_band_that_points_at_one_member(
    bot: RunningBot,
) -> None:
    await seeded_member(bot, "Giulia", born="05/2011")  # 14: the only minor
    await seeded_member(bot, "Luca")
    await seeded_member(bot, "Sara")
    admin = bot.server.add_user("Ada", language_code="it", user_id=ADMIN)
    await say(admin, "/start")

    chart = await say(admin, "/stats")

    caption = chart.text or ""
    assert "👥 Iscritti: 3 (3 nelle ultime 12 settimane)" in caption
    assert "🧩 Ancora nessun progetto\n" in caption
    assert "🎂 13–25: 3\n" in caption
    assert "13–15" not in caption
    assert "le fasce d'età con meno di 5 sono unite a quella vicina" in caption


@given(st.lists(st.integers(min_value=0, max_value=12), min_size=4, max_size=4))
def test_joined_bands_hide_every_small_count_and_lose_no_one(counts: list[int]) -> None:
    bands = [[low, high, n] for (low, high), n in zip(AGE_BANDS, counts, strict=True)]

    joined = join_small_bands(bands)

    assert sum(n for _, _, n in joined) == sum(counts)
    assert len(joined) == 1 or all(n == 0 or n >= 5 for _, _, n in joined)
    assert joined[0][0] == 13
    assert joined[-1][1] == 25
    assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(joined))


def test_panels_with_nothing_to_draw_say_so_and_weeks_are_dates() -> None:
    stats = community_stats(facts(*[member(age=16)] * 5))  # no projects, no events, no causes
    labels = chart_labels(Translator.load("it"), "it", "15/01/2026")

    figure = chart_figure(stats, labels)

    ages, _, causes, growth, projects, turnout = figure.axes
    assert [text.get_text() for text in projects.texts] == ["Ancora nessun progetto"]
    assert [text.get_text() for text in causes.texts] == ["ancora niente"]
    assert [text.get_text() for text in turnout.texts] == ["Ancora nessun evento passato"]
    weeks = [label.get_text() for label in growth.get_xticklabels()]
    assert weeks[0] == "27/10"
    assert weeks[-1] == "12/1"  # the Monday of 15 January 2026
    assert [label.get_text() for label in ages.get_yticklabels()] == [
        "13–15",
        "16–17",
        "18–21",
        "22–25",
    ]
