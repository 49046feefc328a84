"""What the drafter's stages pass on: the article's layout and sentences, each
drafted value with its `# check:` note and the rule that produced it, the
drafted items with their sentence, the amendments the merge stage applies,
and the draft itself. All frozen: a stage never rewrites another's output."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date

from tui.core.format.model import Country


@dataclass(frozen=True)
class Value:
    """A field value, an optional `# check:` note, and the rule that found it."""

    value: object
    check: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class Item(Mapping[str, Value]):
    """One drafted record (a quote, a claim, a figure, a reaction, a timeline
    entry): its fields in the order the format writes them, the rule that
    drafted it and the sentence it came from (its provenance)."""

    section: str  # the briefing's list it belongs in: "quotes", "casualty_claims", ...
    fields: tuple[tuple[str, Value], ...]
    rule: str
    sentence: str

    def __getitem__(self, key: str) -> Value:
        for name, value in self.fields:
            if name == key:
                return value
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def with_value(self, key: str, value: Value) -> Item:
        """This item with `key` set: in its place if it has one, else last."""
        if key in self:
            fields = tuple((k, value if k == key else v) for k, v in self.fields)
        else:
            fields = (*self.fields, (key, value))
        return replace(self, fields=fields)


def item(section: str, rule: str, sentence: str, fields: dict[str, Value]) -> Item:
    """An Item of `fields`, in their order."""
    return Item(section, tuple(fields.items()), rule, sentence)


@dataclass(frozen=True)
class NoEvidence:
    """The article says the last claim came without evidence."""

    sentence: str
    rule: str = "no_evidence"


@dataclass(frozen=True)
class Renamed:
    """A claimant described ("a local volunteer group") is named in a later
    sentence: the claims drafted so far with the description take the name."""

    described: str
    name: str
    sentence: str
    rule: str = "named_in_next_sentence"


@dataclass(frozen=True)
class Alias:
    """A body and the people who gave its figures (the briefing's `aliases`):
    the rule that paired them and the sentence it read."""

    body: str
    names: tuple[str, ...]
    rule: str
    sentence: str


# What the sentence stages emit, in the order of the article.
Event = Item | NoEvidence | Renamed


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body: its number (from 1), its paragraph's, its text,
    and the heading of the list of figures it is a line of ("Workers of the
    complex:" above "Deceased: 1"), if any."""

    number: int
    paragraph: int
    text: str
    list_heading: str = ""


@dataclass(frozen=True)
class Layout:
    """The article read as a page: headline, body paragraphs, its date (and
    whether the year was assumed), the country where the story happens, and
    the day the draft is made on."""

    title: str
    paragraphs: tuple[str, ...]
    article_date: date | None
    year_assumed: bool
    host: Country | None
    today: date
    author: str | None = None  # the body a statement is by: its "we"
    # the paragraphs in the order things happened, when that is not the page's
    # (a live blog's entries, newest first); empty when it is the page's
    chronological: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """The merged draft: what the YAML stage writes."""

    title: str
    date: Value
    summary: str
    key_points: tuple[str, ...]
    quotes: tuple[Item, ...] = ()
    casualty_claims: tuple[Item, ...] = ()
    figures: tuple[Item, ...] = ()
    reactions: tuple[Item, ...] = ()
    timeline: tuple[Item, ...] = ()
    # outlets that relayed a claim ("the state news agency reported, quoting ..."),
    # each named by a claim's `source` and so listed in the briefing's sources
    relays: tuple[str, ...] = ()
    # bodies and the officials who gave their figures: the briefing's `aliases`
    aliases: tuple[Alias, ...] = ()

    def items(self) -> tuple[Item, ...]:
        """Every drafted item, section by section."""
        return (*self.quotes, *self.casualty_claims, *self.figures, *self.reactions,
                *self.timeline)
