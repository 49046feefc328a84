"""Briefing -> CommonMark/GFM text, with every briefing string rendered literally.

Every string from a briefing goes through `inline()` (or `cell()` inside a
table): Markdown punctuation is backslash-escaped, so `[sic]`, `*`, `_`,
`<b>` and a line starting `#` or `1.` come out as the characters written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tui.core.export.terminal_text import strip_controls
from tui.core.format.measures import CLAIM_MEASURES
from tui.core.format.model import (
    Briefing,
    CasualtyClaim,
    Count,
    Figure,
    Reaction,
    When,
    reactions_by_country,
)
from tui.core.format.text import (
    format_when,
    one_line,
    readable_amount,
    source_names,
)
from tui.core.story.disputes import Dispute, Measure, dispute_for
from tui.core.story.revisions import history_note
from tui.core.story.staleness import dated_versus, dispute_sides

# Characters with inline meaning in CommonMark or GFM (tables, strikethrough,
# autolinks, entities, HTML). Escaping them is always allowed and harmless.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")
# Characters that start a block when they open a line: headings, quotes,
# lists, thematic breaks, setext underlines, fences, tables.
_LINE_START = re.compile(r"^(\s*)([-+=>#]|\d+(?=[.)]))")


def inline(text: str) -> str:
    """One paragraph of literal text: escaped, control characters removed.

    Single newlines stay (CommonMark reads them as soft breaks); leading and
    trailing spaces of each line are dropped so no line turns into code.
    """
    lines = []
    for raw in strip_controls(text).split("\n"):
        line = _INLINE_SPECIAL.sub(r"\\\1", raw.strip())
        line = _LINE_START.sub(_escape_line_start, line)
        lines.append(line)
    return "\n".join(line for line in lines if line)


def _escape_line_start(m: re.Match[str]) -> str:
    marker = m.group(2)
    if marker.isdigit():
        # `1.` -> `1\.`: the digits stay, the list marker is escaped.
        return m.group(1) + marker + "\\"
    return m.group(1) + "\\" + marker


def mid_line(text: str) -> str:
    """Literal text inside a line (never at its start, so no block marker to
    escape): `2.5%` stays `2.5%`, a unit's `*` or `|` is escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", one_line(text))


def single_line(text: str) -> str:
    """Literal text on one line: whitespace runs (newlines too) become one space."""
    return inline(one_line(text))


def cell(text: str) -> str:
    """Literal text for a GFM table cell: one line, `|` escaped."""
    return single_line(text) or " "


def _paragraphs(text: str) -> list[str]:
    parts = re.split(r"\n\s*\n", strip_controls(text))
    return [p for p in (inline(part) for part in parts) if p]


def _disputed_cell(count: Count | None, dispute: Dispute | None, unit: str | None = None) -> str:
    if count is None:
        return ""
    shown = mid_line(readable_amount(count, unit))  # a unit is the author's text
    if dispute is None:
        return shown
    return f"**{shown}** (disputed: {mid_line(dispute.versus)})"


def _sources(names: tuple[str, ...]) -> str:
    return single_line(source_names(names))


def _claim_cell(claim: CasualtyClaim, measure: Measure, disputes: list[Dispute]) -> str:
    return _disputed_cell(getattr(claim, measure),
                          dispute_for(disputes, claim.affected, measure, claim.claimant))


def _history_cell(history: Sequence[CasualtyClaim] | Sequence[Figure],
                  measures: tuple[str, ...]) -> str:
    """How each figure of a revised claim came to be: `killed was 12 at 09:40`."""
    notes = [(m, history_note(history, m)) for m in measures]
    return "; ".join(f"{m} {note}" if m != "value" else note for m, note in notes if note)


def _meta_line(b: Briefing) -> str:
    parts = [b.date.isoformat()]
    if b.place:
        parts.append(single_line(b.place))
    if b.updated is not None:
        parts.append(f"updated {format_when(b.updated)}")
    if b.timezone:  # how a time written without an offset is to be read
        parts.append(f"times in {single_line(b.timezone)}")
    return " · ".join(parts)


def _dispute_lines(b: Briefing, disputes: Iterable[Dispute]) -> list[str]:
    """`78 (5 Aug, stale) vs 171 (30 Aug)`: each side dated (core.staleness)."""
    lines = []
    for d in disputes:
        who = "; ".join(f"{inline(name)}: {mid_line(readable_amount(count, d.unit))}"
                        for name, count in d.claims)
        versus = dated_versus(dispute_sides(b, d), b.zone, d.unit)
        lines.append(f"- **Disputed** — {inline(d.label)}: {mid_line(versus)} ({who})")
    return lines


def to_markdown(b: Briefing, as_of: str | None = None, with_series: bool = False) -> str:
    """The whole briefing as Markdown. Deterministic: same input, same bytes.
    `as_of` labels a briefing cut at a moment (core.as_of); `with_series`
    adds the "History of figures" tables (see _history_of_figures)."""
    out: list[str] = [f"# {single_line(b.title)}", "", _meta_line(b), ""]
    if as_of is not None:
        out += [f"*As of {single_line(as_of)}: what was said by then; undated items kept.*", ""]
    if b.tags:
        out += ["Tags: " + ", ".join(inline(t) for t in b.tags), ""]

    out += ["## Summary", ""]
    for para in _paragraphs(b.summary):
        out += [para, ""]
    if b.key_points:
        out += ["**Key points**", ""]
        out += [f"- {single_line(p)}" for p in b.key_points]
        out.append("")

    if b.quotes:
        out += ["## Quotes", ""]
        for q in b.quotes:
            for para in _paragraphs(q.text):
                out += [f"> {line}" for line in para.split("\n")]
                out.append(">")
            if out[-1] == ">":
                out.pop()
            details = [f"**{inline(q.speaker)}**"]
            details += [inline(x) for x in (q.role,) if x]
            if q.country:
                details.append(q.country.name)
            details += [inline(x) for x in (q.medium,) if x]
            if q.said is not None:
                details.append(format_when(q.said))
            if q.partial:
                details.append("partial quote")
            if q.source:
                details.append(f"source: {_sources(q.source)}")
            out += ["", "— " + ", ".join(details), ""]
            if q.context:
                out += [f"*Context:* {single_line(q.context)}", ""]

    disputes = list(b.disputes)
    casualty_disputes = [d for d in disputes if not d.is_figure]
    if b.casualty_claims:
        out += ["## Casualty claims", ""]
        out += _dispute_lines(b, casualty_disputes)
        if casualty_disputes:
            out.append("")
        # Revised claims: each claimant's current claim, its history in a column.
        revised = len(b.current_claims) < len(b.casualty_claims)
        out += _table_head(["Affected", "Claimant", "Country", "Killed", "Injured", "Evidence",
                            "Said", "Source", "Note", *(["History"] if revised else [])])
        for c in b.current_claims if revised else b.casualty_claims:
            row = [
                cell(c.affected), cell(c.claimant), c.country.name if c.country else "",
                _claim_cell(c, "killed", casualty_disputes),
                _claim_cell(c, "injured", casualty_disputes),
                c.evidence, _said(c.said), cell(source_names(c.source)), cell(c.note or ""),
            ]
            if revised:
                row.append(cell(_history_cell(b.claim_history(c), CLAIM_MEASURES)))
            out.append("| " + " | ".join(row) + " |")
        out.append("")

    if b.figures:
        figure_disputes = [d for d in disputes if d.is_figure]
        out += ["## Figures", ""]
        out += _dispute_lines(b, figure_disputes)
        if figure_disputes:
            out.append("")
        revised = len(b.current_figures) < len(b.figures)
        out += _table_head(["What", "Claimant", "Value", "Said", "Source", "Note",
                            *(["History"] if revised else [])])
        for f in b.current_figures if revised else b.figures:
            row = [cell(f.what), cell(f.claimant),
                   _disputed_cell(f.value, dispute_for(figure_disputes, f.what, "value",
                                                       f.claimant, f.unit), f.unit),
                   _said(f.said), cell(source_names(f.source)), cell(f.note or "")]
            if revised:
                row.append(cell(_history_cell(b.figure_history(f), ("value",))))
            out.append("| " + " | ".join(row) + " |")
        out.append("")

    if with_series:
        out += _history_of_figures(b)

    if b.reactions:
        out += ["## Reactions", ""]
        groups = reactions_by_country(b)
        for heading, by_country in (("Countries", True), ("Organisations", False)):
            shown = [(who, rs) for who, rs in groups if (rs[0].country is not None) == by_country]
            if shown:
                out += [f"### {heading}", ""]
            for who, reactions in shown:
                out += [f"#### {inline(who)}", "", *map(_reaction_line, reactions), ""]

    if b.timeline:
        out += ["## Timeline", ""]
        for entry in b.timeline_in_order:
            out.append(f"- {format_when(entry.when)}: {single_line(entry.event)}")
        out.append("")

    if b.aliases:
        # Names the file treats as one person or body (revisions, disputes).
        out += ["## Also named", ""]
        out += [f"- **{single_line(alias.name)}**: " + ", ".join(single_line(n)
                                                              for n in alias.others)
                if alias.others else f"- **{single_line(alias.name)}**" for alias in b.aliases]
        out.append("")

    if b.sources:
        out += ["## Sources", ""]
        for s in b.sources:
            name = single_line(s.name)
            line = f"- [{name}](<{strip_controls(s.url)}>)" if s.url else f"- {name}"
            if s.accessed:
                line += f" (accessed {s.accessed.isoformat()})"
            out.append(line)
        out.append("")

    while out and out[-1] == "":
        out.pop()
    # Every briefing string above was cleaned; this pass makes sure of it, for
    # a field added later as much as for the URL written into a link.
    return strip_controls("\n".join(out) + "\n")


def _history_of_figures(b: Briefing) -> list[str]:
    """`export --with-series`: the chart's data (core.series) as a table per
    group some claimant revised (the claims table's History column already
    tells the others), each claimant's figures by time, undated first."""
    from tui.core.story.series import chart_groups, chronological, is_revised, series_for

    out: list[str] = []
    for group in chart_groups(b):
        series = series_for(b, group)
        if not is_revised(series):
            continue
        out += [f"### {single_line(group.label)}", "",
                *_table_head(["Said", "Claimant", "Figure"])]
        for s, point in chronological(b, series):
            said = format_when(point.said) if point.said is not None else "undated"
            figure = readable_amount(point.value, group.unit)
            out.append(f"| {said} | {cell(s.claimant)} | {cell(figure)} |")
        out.append("")
    return ["## History of figures", "", *out] if out else []


def _table_head(columns: list[str]) -> list[str]:
    return ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]


def _said(said: When | None) -> str:
    return format_when(said) if said is not None else ""


def _reaction_line(r: Reaction) -> str:
    stance = f"**{r.stance}**: " if r.stance else ""
    actor = f" — {single_line(r.actor)}" if r.actor else ""
    more = [*([format_when(r.said)] if r.said is not None else []),
            *([f"source: {_sources(r.source)}"] if r.source else [])]
    return f"- {stance}{single_line(r.summary)}{actor}" + (f" ({'; '.join(more)})" if more else "")

