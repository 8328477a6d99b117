"""The report `python -m bot check` prints: sections of one-line findings and a verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Mark(StrEnum):
    GOOD = "✓"
    FIX = "✗"  # must be fixed before the bot can run as intended
    NOTE = "!"  # worth knowing; the bot runs


@dataclass(frozen=True)
class Finding:
    mark: Mark
    text: str  # a ✗ or ! says what to do, in plain words


def good(text: str) -> Finding:
    return Finding(Mark.GOOD, text)


def fix(text: str) -> Finding:
    return Finding(Mark.FIX, text)


def note(text: str) -> Finding:
    return Finding(Mark.NOTE, text)


@dataclass
class Section:
    title: str
    findings: list[Finding] = field(default_factory=list)

    def add(self, *findings: Finding) -> None:
        self.findings.extend(findings)


def count(sections: list[Section], mark: Mark) -> int:
    return sum(1 for section in sections for finding in section.findings if finding.mark is mark)


def verdict(sections: list[Section]) -> str:
    to_fix, notes = count(sections, Mark.FIX), count(sections, Mark.NOTE)
    worth = f"{notes} worth knowing (!)" if notes else "nothing else to note"
    if to_fix:
        things = "thing" if to_fix == 1 else "things"
        return f"Not ready: {to_fix} {things} to fix (✗), {worth}."
    return f"Ready to run: nothing to fix, {worth}."


def render(sections: list[Section]) -> str:
    lines: list[str] = []
    for section in sections:
        lines.append(section.title)
        lines.extend(f"  {finding.mark} {finding.text}" for finding in section.findings)
        lines.append("")
    lines.append(verdict(sections))
    return "\n".join(lines)
