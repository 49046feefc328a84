"""The records a merge of several reports adds to a briefing, the base's
records that gain a source, and the plan that inserts both into its text
(core.export.yaml_edit)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.draft.resolve import Group
from tui.core.draft.several_rules import group_key, record_field, source_text
from tui.core.export.yaml_edit import NewRecord, Plan


@dataclass
class Item:
    """A record to add, with the group its name resolved to."""

    section: str
    fields: dict[str, object]
    checks: dict[str, str] = field(default_factory=dict)
    group: Group | None = None
    name_key: str = ""  # the field that holds the group's name
    sources: list[str] = field(default_factory=list)
    key: tuple[int, str] | None = None  # a claim's claimant and group
    tentative: bool = False  # credited to vague officials only: dropped if no body is found
    placed: bool = False  # a generic group named after the place the sentence gives
    kept: bool = False  # a generic word the sentence counts as a group of its own


@dataclass
class Existing:
    """A record of the base briefing (or one added) that new sources may join."""

    section: str
    index: int  # in the base's list; -1 for a record this merge adds
    text: str
    sources: list[str]
    added: list[str] = field(default_factory=list)


def add(items: list[Item], item: Item, source: str | None) -> None:
    """Add `item` to the merge's additions, from `source` (the report's outlet)."""
    if source:
        item.sources.append(source)
    items.append(item)


def build_plan(items: list[Item], grown: list[Existing], new_sources: list[NewRecord],
               aliases: list[tuple[str, list[str]]], updated: str | None) -> Plan:
    """The plan of every addition: items under their sections (each name
    written as its group's canonical one), sources grown, new sources."""
    plan = Plan()
    plan.updated = updated
    plan.aliases = aliases
    for old in grown:
        if old.added and old.index >= 0:
            plan.grow_sources.append((old.section, old.index, old.added))
    for item in items:
        record: NewRecord = []
        if item.group is not None:
            item.fields[item.name_key] = item.group.canonical()
        for key, value in item.fields.items():
            record.append(record_field(key, value, item.checks.get(key)))
        if item.sources:
            record.append(("source", source_text(item.sources), None))
        plan.sections.setdefault(item.section, []).append(record)
    if new_sources:
        plan.sections["sources"] = list(new_sources)
    return plan


def counted_in(items: list[Item], found: tuple[str, str], said_text: str) -> bool:
    """The dead found (group, count) are counted in a toll of their group
    that the statement of `said_text` gave."""
    group, count = found
    key = group_key(group)
    return count.isdigit() and any(
        i.section == "casualty_claims" and i.fields.get("said") == said_text
        and group_key(str(i.fields["affected"])) == key
        and str(i.fields.get("killed", "")).isdigit()
        and int(str(i.fields["killed"])) >= int(count) for i in items)


def toll_before(items: list[Item], part_text: str, sentence: str, said_text: str
                ) -> Item | None:
    """The part's claim whose sentence comes last before `sentence` (the
    last one drafted when the text does not tell)."""
    at = part_text.find(sentence)
    before = [(where, i) for i in items if i.section == "casualty_claims"
              and i.fields.get("said") == said_text
              and 0 <= (where := part_text.find(str(i.fields.get("note", "")))) <= at]
    if at < 0 or not before:
        return next((i for i in reversed(items) if i.section == "casualty_claims"
                     and i.fields.get("said") == said_text), None)
    return max(before, key=lambda pair: pair[0])[1]
