"""A semantic diff of two briefings, for a person: what a newer version says
differently, not which lines moved.

Records are matched by their natural keys (a claim by claimant and affected
group, a figure by claimant, what and unit, a quote by speaker and text, a
reaction by country or organisation and actor, a timeline entry by when and
event, a source by name), never by position: reordering a file is no change.
A claimant, speaker or actor is compared by its canonical name under both
briefings' `aliases` (the newer's winning), so adding an alias is no change.
Claims and figures are compared as each claimant's current claim (see
core.revisions), so a revision is one "revised" line.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from datetime import date
from typing import NamedTuple, TypeVar

from tui.core.format.measures import CLAIM_MEASURES
from tui.core.format.model import Briefing, CasualtyClaim, Figure, Quote, Reaction
from tui.core.format.names import NameKeys
from tui.core.format.text import (
    claim_figures,
    format_when,
    one_line,
    readable_amount,
    readable_count,
    subject_key,
)
from tui.core.story.revisions import claim_key, figure_key

T = TypeVar("T")

# The sections of a diff, in the order they are printed.
SECTIONS = ("Briefing", "Casualty claims", "Figures", "Disputes", "Quotes", "Reactions",
            "Timeline", "Sources", "Key points", "Summary")


class Change(NamedTuple):
    """One difference: its section, what happened (added, removed, revised,
    withdrawn, changed, appeared, resolved, or `-`/`+` for a summary line),
    and what it is about."""

    section: str
    kind: str
    text: str


def _claim_changes(old: CasualtyClaim, new: CasualtyClaim) -> list[str]:
    changes = []
    for measure in CLAIM_MEASURES:
        before, after = getattr(old, measure), getattr(new, measure)
        if before != after:
            changes.append(f"{measure} {readable_count(before) if before else 'none'} -> "
                           f"{readable_count(after) if after else 'none'}")
    if old.evidence != new.evidence:
        changes.append(f"evidence {old.evidence} -> {new.evidence}")
    if old.note != new.note:
        changes.append("note changed")
    return changes


def _matched(old: Iterable[T], new: Iterable[T], key: Callable[[T], object]
             ) -> tuple[list[T], list[tuple[T, T]], list[T]]:
    """Records only in `old`, in both (old, new), only in `new`; in file order."""
    old_by = {key(r): r for r in old}
    new_by = {key(r): r for r in new}
    return ([r for k, r in old_by.items() if k not in new_by],
            [(r, new_by[k]) for k, r in old_by.items() if k in new_by],
            [r for k, r in new_by.items() if k not in old_by])


def _quote_key(q: Quote, names: NameKeys) -> tuple[str, str]:
    return (names.key(q.speaker), " ".join(q.text.split()))


def _reaction_key(r: Reaction, names: NameKeys) -> tuple[str, str]:
    who = r.country.code if r.country else subject_key(r.organisation or "")
    return (who, names.key(r.actor or ""))


def _amount(f: Figure) -> str:
    return readable_amount(f.value, f.unit)


def _short(text: str, limit: int = 80) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def diff_briefings(old: Briefing, new: Briefing, claims_only: bool = False) -> list[Change]:
    """Every difference from `old` to `new`, section by section."""
    out: list[Change] = []
    add = out.append
    names = old.names.merged(new.names)

    if not claims_only:
        for name in ("title", "date", "place", "updated", "timezone"):
            before, after = getattr(old, name), getattr(new, name)
            if before != after:
                add(Change("Briefing", "changed", f"{name}: {_value(before)} -> {_value(after)}"))
        if old.aliases != new.aliases:
            add(Change("Briefing", "changed", "aliases"))

    gone, both, came = _matched(old.current_claims, new.current_claims,
                                lambda c: claim_key(c, names))
    for c in gone:
        add(Change("Casualty claims", "withdrawn", f"{c.claimant}, {c.affected}: "
                   f"{claim_figures(c)}"))
    for before, after in both:
        if changes := _claim_changes(before, after):
            add(Change("Casualty claims", "revised",
                       f"{after.claimant}, {after.affected}: {'; '.join(changes)}"))
    for c in came:
        add(Change("Casualty claims", "added", f"{c.claimant}, {c.affected}: "
                   f"{claim_figures(c)}"))

    gone_f, both_f, came_f = _matched(old.current_figures, new.current_figures,
                                      lambda f: figure_key(f, names))
    for f in gone_f:
        add(Change("Figures", "withdrawn", f"{f.claimant}, {f.what}: {_amount(f)}"))
    for before_f, after_f in both_f:
        if before_f.value != after_f.value:
            add(Change("Figures", "revised", f"{after_f.claimant}, {after_f.what}: "
                       f"{_amount(before_f)} -> {_amount(after_f)}"))
    for f in came_f:
        add(Change("Figures", "added", f"{f.claimant}, {f.what}: {_amount(f)}"))

    old_disputes = {(subject_key(d.subject), d.measure, subject_key(d.unit or "")): d
                    for d in old.disputes}
    new_disputes = {(subject_key(d.subject), d.measure, subject_key(d.unit or "")): d
                    for d in new.disputes}
    for k, d in old_disputes.items():
        if k not in new_disputes:
            add(Change("Disputes", "resolved", f"{d.label}: was {d.versus}"))
    for k, d in new_disputes.items():
        if k not in old_disputes:
            add(Change("Disputes", "appeared", f"{d.label}: {d.versus}"))
        elif old_disputes[k].versus != d.versus:
            add(Change("Disputes", "changed", f"{d.label}: {old_disputes[k].versus} -> "
                       f"{d.versus}"))
    if claims_only:
        return out

    gone_q, _, came_q = _matched(old.quotes, new.quotes, lambda q: _quote_key(q, names))
    out += [Change("Quotes", "removed", f"{q.speaker}: “{_short(q.text)}”") for q in gone_q]
    out += [Change("Quotes", "added", f"{q.speaker}: “{_short(q.text)}”") for q in came_q]

    gone_r, both_r, came_r = _matched(old.reactions, new.reactions,
                                      lambda r: _reaction_key(r, names))
    out += [Change("Reactions", "removed", _reaction_text(r)) for r in gone_r]
    out += [Change("Reactions", "changed", _reaction_text(after_r))
            for before_r, after_r in both_r if before_r != after_r]
    out += [Change("Reactions", "added", _reaction_text(r)) for r in came_r]

    gone_t, _, came_t = _matched(old.timeline_in_order, new.timeline_in_order,
                                 lambda e: (format_when(e.when), one_line(e.event)))
    out += [Change("Timeline", "removed", f"{format_when(e.when)} {_short(e.event)}")
            for e in gone_t]
    out += [Change("Timeline", "added", f"{format_when(e.when)} {_short(e.event)}")
            for e in came_t]

    gone_s, both_s, came_s = _matched(old.sources, new.sources, lambda s: s.name)
    out += [Change("Sources", "removed", s.name) for s in gone_s]
    out += [Change("Sources", "changed", after_s.name)
            for before_s, after_s in both_s if before_s != after_s]
    out += [Change("Sources", "added", s.name) for s in came_s]

    gone_k, _, came_k = _matched(old.key_points, new.key_points, one_line)
    out += [Change("Key points", "removed", _short(p)) for p in gone_k]
    out += [Change("Key points", "added", _short(p)) for p in came_k]

    if old.summary.strip() != new.summary.strip():
        for line in difflib.ndiff(old.summary.strip().splitlines(),
                                  new.summary.strip().splitlines()):
            if line[:1] in "+-":
                add(Change("Summary", line[0], line[2:]))
    return out


def _reaction_text(r: Reaction) -> str:
    who = r.who + (f" ({r.actor})" if r.actor else "")
    stance = f"[{r.stance}] " if r.stance else ""
    return f"{who}: {stance}{_short(r.summary)}"


def _value(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, date):  # a datetime is a date too
        return format_when(value)
    return one_line(str(value))


def diff_text(changes: list[Change], markdown: bool = False) -> str:
    """The changes for a person: a plain listing, or Markdown for a changelog."""
    lines: list[str] = []
    for section in SECTIONS:
        found = [c for c in changes if c.section == section]
        if not found:
            continue
        if markdown:
            lines += [f"#### {section}", ""]
            lines += [f"- **{c.kind}** {_md(c.text)}" if c.kind not in "+-"
                      else f"- `{c.kind}` {_md(c.text)}" for c in found]
            lines.append("")
        else:
            lines.append(section)
            lines += [f"  {c.kind:<10} {one_line(c.text)}" for c in found]
    return "\n".join(lines).rstrip() + "\n" if lines else ""


def _md(text: str) -> str:
    from tui.core.export.markdown import inline

    return inline(text.replace(" -> ", " → "))  # an arrow Markdown leaves alone
