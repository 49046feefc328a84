"""Names that are one person or body (a briefing's `aliases`), and how a
claimant, speaker or actor is compared: its canonical name, without case or
extra spaces. A name is always shown as written; only comparing resolves it.
"""

from __future__ import annotations

from collections.abc import Iterable


def subject_key(text: str) -> str:
    """How names are compared (affected groups, figures, claimants): case and
    spacing ignored."""
    return " ".join(text.split()).casefold()


class NameKeys:
    """The comparison key of each name under a briefing's aliases."""

    __slots__ = ("_canonical",)

    def __init__(self, canonical: dict[str, str]) -> None:
        # subject_key of an alias -> subject_key of its canonical name
        self._canonical = canonical

    @classmethod
    def of(cls, aliases: Iterable[tuple[str, Iterable[str]]]) -> NameKeys:
        table = {subject_key(alias): subject_key(canonical)
                 for canonical, names in aliases for alias in names}
        return cls(table)

    def merged(self, other: NameKeys) -> NameKeys:
        """Both tables, `other`'s winning where they differ (the diff of an old
        and a new briefing compares both sides under both tables)."""
        return NameKeys({**self._canonical, **other._canonical})

    def key(self, name: str) -> str:
        """The canonical name's key for `name` (its own key when it is no alias)."""
        own = subject_key(name)
        return self._canonical.get(own, own)


NO_ALIASES = NameKeys({})

