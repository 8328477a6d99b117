"""The plain references the bot's fast paths must equal, written for clarity, not speed: tests
compare them on random data, and bench/matching.py times them as baselines. The bot never
uses this module.

- `rank`: every eligible project for a member, scored with sets and fully sorted (the fast
  path is `top` in bot/domain/matching.py, on bitmasks, keeping only the best).
- `candidates_reference`: every member read, filtered and scored in Python (the fast path is
  `ProjectCatalogue.candidates`, filtered, scored and sorted in SQL).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from bot.domain.age_gate import AgeDecision
from bot.domain.birth_month import BirthMonth
from bot.domain.matching import WEIGHTS, Match, MemberFacts, ProjectFacts, Weights, explain
from bot.services.project_catalogue import facts_of
from bot.services.project_matching import Candidate
from bot.wiring import Services
from storage.profiles import decode_profile


def eligible(member: MemberFacts, project: ProjectFacts, today: date) -> bool:
    return (
        member.consents_to_matching
        and member.guardian_cleared
        and project.open
        and project.places_left > 0
        and (project.deadline is None or project.deadline >= today)
        and project.min_age <= member.age <= project.max_age
        and project.id not in member.excluded
    )


def _order(match: Match) -> tuple[int, float, int]:
    # Best score first; among equals the newest, then the lowest id: always the same order.
    return (-match.score, -match.project.published_at.timestamp(), match.project.id)


def rank(
    member: MemberFacts,
    projects: Iterable[ProjectFacts],
    now: datetime,
    weights: Weights = WEIGHTS,
) -> list[Match]:
    """Every eligible project, best first, with its reasons."""
    today = now.date()
    matches = [explain(member, p, now, weights) for p in projects if eligible(member, p, today)]
    return sorted(matches, key=_order)


async def candidates_reference(services: Services, project_id: int) -> list[Candidate]:
    """Every member who may be suggested to the project's coordinators, best first (then by
    id): every profile read with what decides it, each rule checked in Python."""
    project = await services.projects.get(project_id)
    assert project is not None
    now = services.clock.now()
    today = now.date()
    policy = services.onboarding.policy
    facts = facts_of(project)
    rows = await services.db.fetch_all(
        "SELECT p.*, m.reachable, c.granted AS to_matching, pr.invitations,"
        " g.status AS guardian, g.verified_at, a.id AS application"
        " FROM profiles p JOIN members m ON m.telegram_id = p.member_id"
        " LEFT JOIN consents c ON c.member_id = p.member_id AND c.purpose = 'matching'"
        " LEFT JOIN preferences pr ON pr.member_id = p.member_id"
        " LEFT JOIN guardian_requests g ON g.member_id = p.member_id"
        " LEFT JOIN applications a ON a.member_id = p.member_id AND a.project_id = ?",
        (project_id,),
    )
    found = []
    for row in rows:
        profile = decode_profile(row)
        if (
            profile.completed_at is None
            or profile.birth_year is None
            or profile.birth_month is None
            or not row["reachable"]
            or not row["to_matching"]
            or row["invitations"] == 0
            or row["application"] is not None
        ):
            continue
        born = BirthMonth(profile.birth_year, profile.birth_month)
        if not project.min_age <= born.youngest_age_on(today) <= project.max_age:
            continue
        needs_guardian = policy.decide(born, today) is AgeDecision.NEEDS_GUARDIAN
        if needs_guardian and row["guardian"] != "consented":
            continue
        if row["guardian"] is not None and (
            row["guardian"] != "consented" or row["verified_at"] is None
        ):
            continue  # adults may not reach them until a moderator checks the consent
        found.append(services.matching.candidate(profile, facts, now))
    return sorted(found, key=lambda c: (-c.score, c.member_id))
