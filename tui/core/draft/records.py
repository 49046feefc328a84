"""What the drafter builds: values with their `# check:` notes, records, the draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Value:
    """A field value with an optional `# check:` note."""

    value: object
    check: str | None = None


Record = dict[str, Value]


@dataclass
class Draft:
    title: str = ""
    date: Value = field(default_factory=lambda: Value(date.today().isoformat()))
    summary: str = ""
    key_points: list[str] = field(default_factory=list)
    quotes: list[Record] = field(default_factory=list)
    casualty_claims: list[Record] = field(default_factory=list)
    figures: list[Record] = field(default_factory=list)
    reactions: list[Record] = field(default_factory=list)
    timeline: list[Record] = field(default_factory=list)
