"""What matching reads, for ProjectRepository (a module of its own for size): one member as
matching sees them, in one query, and the best candidates for a project, scored in SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass

from storage.db import Repository
from storage.guardians import adults_may_reach
from storage.profiles import Profile, decode_profile


@dataclass(frozen=True)
class MatchingProfile:
    """A member's profile with what matching needs besides it."""

    profile: Profile
    consents_to_matching: bool
    guardian_consented: bool  # a guardian gave consent (whether or not one is needed)
    excluded: frozenset[int]  # projects never to suggest again: any application but an invitation
    adults_may_reach: bool = True  # no guardian consent waits for a moderator's check


@dataclass(frozen=True)
class CandidateQuery:
    """Whom /candidates looks for, and the project's side of the score with its weights
    (bot/domain/matching.py decides them). Birth months are year * 12 + month, both ends
    included; `guardian` is the range of those who need a guardian's consent (empty when the
    first is above the last)."""

    project_id: int
    born: tuple[int, int]
    guardian: tuple[int, int]
    causes_mask: int
    skills_mask: int
    days_mask: int
    city: str | None
    hours_per_week: int
    weight_cause: int
    weight_skill: int
    weight_remote: int
    weight_city: int
    weight_days: int
    weight_hours: int


def shared_bits(column: str, bits: int) -> str:
    """How many of `bits` the mask in `column` has too, in SQL (SQLite has no popcount): one
    term per bit set in `bits`, so a project with two causes costs two terms, not twelve."""
    terms = [f"(({column} >> {bit}) & 1)" for bit in range(bits.bit_length()) if bits >> bit & 1]
    return " + ".join(terms) or "0"


class MatchingReads(Repository):
    async def matching_profile(self, member_id: int) -> MatchingProfile | None:
        row = await self._db.fetch_one(
            "SELECT p.*,"
            " coalesce((SELECT c.granted FROM consents c"
            "  WHERE c.member_id = p.member_id AND c.purpose = 'matching'), 0) AS to_matching,"
            " EXISTS (SELECT 1 FROM guardian_requests g"
            "  WHERE g.member_id = p.member_id AND g.status = 'consented') AS guardian_consented,"
            f" {adults_may_reach('p.member_id')} AS adults_may_reach,"
            " (SELECT json_group_array(a.project_id) FROM applications a"
            "  WHERE a.member_id = p.member_id AND a.status != 'invited') AS excluded"
            " FROM profiles p WHERE p.member_id = ?",
            (member_id,),
        )
        if row is None:
            return None
        return MatchingProfile(
            profile=decode_profile(row),
            consents_to_matching=bool(row["to_matching"]),
            guardian_consented=bool(row["guardian_consented"]),
            excluded=frozenset(json.loads(row["excluded"])),
            adults_may_reach=bool(row["adults_may_reach"]),
        )

    async def ranked_candidates(self, query: CandidateQuery, limit: int) -> list[Profile]:
        """The best `limit` members who may be suggested to the project's coordinators, best
        first (then by id): onboarded, visible to matching (rule 16), open to invitations (rule
        15), reachable, born in the months the age range allows, cleared by a guardian if they
        need one and that consent verified (rule 2), and with no application or invitation for
        the project yet. Tests check it against the plain reference in bench/reference.py.

        The walk starts from the index of consents to matching (migration 0015), and only the
        bits the project has are counted: about 30 ms for 100,000 members."""
        causes = shared_bits("p.causes_mask", query.causes_mask)
        skills = shared_bits("p.skills_mask", query.skills_mask)
        rows = await self._db.fetch_all(
            # The best ids first, then their profiles: sorting whole profile rows costs more.
            "SELECT p.* FROM (SELECT c.member_id,"
            f" ? * ({causes}) + ? * ({skills})"
            "  + CASE WHEN ? THEN ? WHEN p.city = ? THEN ? ELSE 0 END"
            "  + CASE WHEN (p.days_mask & ?) != 0 THEN ? ELSE 0 END"
            "  + CASE WHEN p.hours_per_week >= ? THEN ? ELSE 0 END AS score"
            " FROM consents c"
            " JOIN profiles p ON p.member_id = c.member_id"
            " JOIN members m ON m.telegram_id = c.member_id AND m.reachable = 1"
            " WHERE c.purpose = 'matching' AND c.granted = 1"
            " AND p.completed_at IS NOT NULL"
            " AND p.birth_year * 12 + p.birth_month BETWEEN ? AND ?"
            " AND (p.birth_year * 12 + p.birth_month NOT BETWEEN ? AND ?"
            "  OR EXISTS (SELECT 1 FROM guardian_requests g"
            "   WHERE g.member_id = c.member_id AND g.status = 'consented'))"
            f" AND {adults_may_reach('c.member_id')}"
            " AND NOT EXISTS (SELECT 1 FROM applications a"
            "  WHERE a.project_id = ? AND a.member_id = c.member_id)"
            " AND NOT EXISTS (SELECT 1 FROM preferences pr"
            "  WHERE pr.member_id = c.member_id AND pr.invitations = 0)"
            " ORDER BY score DESC, c.member_id LIMIT ?) best"
            " JOIN profiles p ON p.member_id = best.member_id"
            " ORDER BY best.score DESC, best.member_id",
            (
                query.weight_cause,
                query.weight_skill,
                int(query.city is None),
                query.weight_remote,
                query.city,
                query.weight_city,
                query.days_mask,
                query.weight_days,
                query.hours_per_week,
                query.weight_hours,
                *query.born,
                *query.guardian,
                query.project_id,
                limit,
            ),
        )
        return [decode_profile(row) for row in rows]
