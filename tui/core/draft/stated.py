"""A count as a sentence states it: the record the count rules make and the
group and claim stages read."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.draft.words import NUMBER_WORDS, VAGUE


@dataclass(frozen=True)
class StatedCount:
    """A count a sentence states (the model's Count is a briefing's figure):
    `bound` is "at least", "about", ... or a range's text ("40-60");
    `earlier` is the figure a revision replaced."""

    measure: str  # "killed" or "injured"
    number: int
    bound: str | None
    noun: str
    earlier: int | None = None
    included: bool = False  # "..., including two firefighters": part of another count
    start: int = -1  # where the count stands in its sentence
    kind: str = ""  # how the rule that found it is read
    parts: tuple[int, int] | None = None  # "nine died at the scene and five others later"
    rule: str = ""  # the name of the rule that found it
    # "the toll may climb to 500", "dozens are feared dead": a projection or a
    # fear, not a count of the dead so far
    projected: bool = False
    feared: bool = False  # "61 people are feared dead": missing, not yet counted dead
    increment: bool = False  # "another 30 deaths", "eight more bodies": added to a toll

    @property
    def text(self) -> int | str:
        """The count as the format writes it: 9, "9+", "40-60"."""
        bound = (self.bound or "").lower()
        if bound in VAGUE:
            return "unknown"
        if "-" in bound:
            return bound
        return f"{self.number}+" if bound in ("more than", "at least", "over", "not less than",
                                              "no less than", "no fewer than") else self.number

    @property
    def by(self) -> str:
        """The rule a drafted figure names: the count's, or why it is no total."""
        return "increment_is_not_a_toll" if self.increment else self.rule

    @property
    def check(self) -> str | None:
        """Why the figure is only approximately the article's."""
        if self.parts:
            return f"the sum of the article's {self.parts[0]} and {self.parts[1]}"
        if self.increment:
            return "an increment ('more', 'another'): added to an earlier toll, not a total"
        if self.feared:
            return "the article says feared dead: missing, not confirmed dead"
        bound = (self.bound or "").lower()
        if bound in VAGUE:
            return f"the article says '{bound}'; no figure"
        if bound in ("about", "nearly", "some", "around", "almost", "up to"):
            return f"the article says '{bound} {self.number:,}'"
        return None


@dataclass(frozen=True)
class Tolls:
    """What one sentence says of casualties: the dead and the injured it counts,
    other groups' dead it counts apart, and whose casualties they are."""

    killed: StatedCount | None
    injured: StatedCount | None
    others: tuple[StatedCount, ...]
    affected: str
    projections: tuple[StatedCount, ...] = ()


def parse_number(text: str) -> int | None:
    t = text.lower().replace(",", "").replace(" ", "").replace("\u00a0", "")
    if t.isdigit():
        # (a run of figures read as one, "24 24 24 ...", is no count: never a number
        # too long to be one, nor one too long for int() to read)
        return int(t) if len(t.lstrip("0")) <= 12 else None
    if "-" in t:  # "twenty-one"
        tens, _, unit = t.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return NUMBER_WORDS.get(t)
