"""What staff see instead of a member's age (rule 16): the band it falls in."""

from __future__ import annotations

AGE_BANDS = ((13, 15), (16, 17), (18, 21), (22, 25))


def age_band(age: int) -> str:
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}–{high}"
    return f"{age}"
