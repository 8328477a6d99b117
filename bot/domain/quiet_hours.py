"""Quiet hours for members under 18 (safeguarding rule 15). Pure: no I/O.

Announcements, invitations and non-urgent notices wait until quiet hours end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """`22:00-08:00`; ValueError if it is not two times of day."""
        found = _SPAN.match(text)
        if not found:
            raise ValueError("quiet hours look like 22:00-08:00")
        start = time(int(found[1]), int(found[2]))
        end = time(int(found[3]), int(found[4]))
        return cls(start, end)

    def contains(self, moment: time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end  # across midnight

    def next_allowed(self, now: datetime, zone: ZoneInfo) -> datetime:
        """`now` if outside quiet hours, else the moment they end (local time)."""
        local = now.astimezone(zone)
        if not self.contains(local.time().replace(tzinfo=None)):
            return now
        end_today = datetime.combine(local.date(), self.end, tzinfo=zone)
        return end_today if end_today > local else end_today + timedelta(days=1)
