"""What each pane's rows, the header and an item in full say: briefing
records as display text, built only through app/text.py's safe join."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from textual.content import Content

from tui.app.text import Part, for_terminal, join, plain
from tui.core.format.measures import claim_counts
from tui.core.format.model import (
    Briefing,
    CasualtyClaim,
    Count,
    Figure,
    Quote,
    Reaction,
    Source,
    TimelineEntry,
)
from tui.core.format.text import (
    claim_figures,
    format_when,
    readable_amount,
    readable_count,
    source_names,
)
from tui.core.story.disputes import Dispute, dispute_for
from tui.core.story.revisions import history_note
from tui.core.story.staleness import dated_versus, dispute_sides

if TYPE_CHECKING:
    from tui.core.story.history import ClaimAtCommit

# Theme colours, so that every theme reads right; the words (the stance's
# name, DISPUTED) carry the meaning, never the colour alone.
ALERT_STYLE = "bold $text-error"
STANCE_STYLES = {
    "condemns": "bold $text-error",
    "warns": "bold $text-warning",
    "concerned": "bold $text-warning",
    "calls-for-restraint": "bold $text-accent",
    "supports": "bold $text-success",
    "neutral": "bold",
    "other": "bold",
    "condolences": "bold $text-primary",
    "offers-aid": "bold $text-success",
}


def header(b: Briefing, file_name: str | None = None) -> Content:
    """Title; then date, place, last update and `file_name`; then how many
    numbers are disputed."""
    meta = [b.date.isoformat()]
    if b.place:
        meta.append(for_terminal(b.place))
    if b.updated is not None:
        meta.append("updated " + format_when(b.updated))
    if file_name:
        meta.append(for_terminal(file_name))
    count = len(b.disputes)
    disputes = f"   ⚠ {count} disputed number{'s' * (count != 1)}" if count else ""
    return join((b.title, "bold"), "\n", (" · ".join(meta), "dim"), (disputes, ALERT_STYLE))


def header_line(b: Briefing, width: int) -> Content:
    """The header in one line of `width` cells, for a short terminal: the
    title, cut with an ellipsis to leave room for how many numbers are
    disputed."""
    count = len(b.disputes)
    disputes = join((f"  ⚠ {count} disputed", ALERT_STYLE)) if count else Content("")
    room = max(1, width - disputes.cell_length)
    return join(plain(b.title).stylize("bold").truncate(room, ellipsis=True), disputes)


def attribution(q: Quote) -> list[str | None]:
    """Who said it, where and when, as the quote's row shows it after the speaker."""
    return [q.role, q.country.name if q.country else None, q.medium,
            format_when(q.said) if q.said else None]


def quote_line(q: Quote) -> Content:
    words = join("“", q.text, "”")
    if q.partial:
        words = join("“…", q.text, "…”", ("  (partial quote)", "italic dim"))
    details = " · ".join(for_terminal(x) for x in attribution(q) if x)
    return join((q.speaker, "bold"), ("  " + details if details else "", "dim"), "\n", words)


EVIDENCE_WORDS = {"provided": "evidence provided", "not-provided": "no evidence given",
                  "unknown": "evidence unknown"}




def versus(d: Dispute, b: Briefing | None = None) -> str:
    """`78 vs 171`; with each side's `said` and the stale one marked when the
    briefing `b` the dispute comes from is given: `78 (5 Aug, stale) vs 171
    (30 Aug)` (core.story.staleness)."""
    if b is None:
        return d.versus
    return dated_versus(dispute_sides(b, d), b.zone, d.unit)


def claim_line(c: CasualtyClaim, disputes: list[Dispute],
               history: Sequence[CasualtyClaim] = (), b: Briefing | None = None) -> Content:
    """A claimant's current claim; `history`, its revisions (oldest first),
    shows beside each figure how it came to be; `b`, the briefing, dates
    each side of a dispute."""
    parts: list[Part] = [(c.claimant, "bold")]
    if c.country and c.country.name != c.claimant:
        parts.append((f" ({c.country.name})", "dim"))
    parts.append("\n  ")
    for measure, count in claim_counts(c):
        parts.append(f"{measure} {readable_count(count)}")
        if note := history_note(history, measure):
            parts.append((f" ({note})", "italic"))
        if d := dispute_for(disputes, c.affected, measure, c.claimant):
            parts.append((f" ⚠ DISPUTED ({versus(d, b)})", ALERT_STYLE))
        parts.append("  ")
    parts.append((EVIDENCE_WORDS[c.evidence], "italic"))
    if c.note:
        parts += ["\n  ", (c.note, "dim")]
    return join(*parts)


def dispute_line(d: Dispute, b: Briefing | None = None) -> Content:
    """A dispute and each side; with the briefing `b`, each side's `said`
    and the stale one marked."""
    if b is None:
        who = "; ".join(f"{name}: {readable_amount(count, d.unit)}" for name, count in d.claims)
    else:
        who = "; ".join(
            f"{side.claimant}: {readable_amount(side.value, d.unit)}"
            + (f" ({format_when(side.said)}{', stale' if side.stale else ''})"
               if side.said is not None else "")
            for side in dispute_sides(b, d))
    return join(("⚠ DISPUTED ", ALERT_STYLE), (f"{d.label}: {versus(d, b)}", "bold"), "\n  ",
                (who, "dim"))


def stance_label(r: Reaction) -> str:
    return f"[{r.stance or '—'}]"


def stance_column(reactions: Iterable[Reaction]) -> int:
    """The width of the reactions' stance column: its widest label and two spaces."""
    return max((len(stance_label(r)) for r in reactions), default=0) + 2


def reaction_line(r: Reaction, column: int) -> Content:
    style = STANCE_STYLES.get(r.stance or "", "bold")
    more = [x for x in (r.actor, format_when(r.said) if r.said is not None else None,
                        f"source: {source_names(r.source)}" if r.source else None) if x]
    return join((stance_label(r).ljust(column), style), r.summary,
                ("\n  " + " · ".join(more) if more else "", "dim italic"))


def figure_line(f: Figure, disputes: list[Dispute], history: Sequence[Figure] = (),
                b: Briefing | None = None) -> Content:
    flag: Part = ""
    if d := dispute_for(disputes, f.what, "value", f.claimant, f.unit):
        flag = (f"  ⚠ DISPUTED ({versus(d, b)})", ALERT_STYLE)
    note = history_note(history, "value")
    return join((f.what, "bold"), ": ", (readable_amount(f.value, f.unit), "bold"),
                (f" ({note})" if note else "", "italic"), flag, "\n  ",
                ("according to ", "dim"), f.claimant,
                ("\n  " + f.note if f.note else "", "dim"))


def _when_parts(e: TimelineEntry) -> tuple[str, str]:
    """An entry's date, and its time (with any offset) or "" for a date alone."""
    date_part, _, time_part = format_when(e.when).partition(" ")
    return date_part, time_part


def when_column(entries: Iterable[TimelineEntry]) -> int:
    """The width of the timeline's when column: its longest date and two spaces.

    Only the date: a time and offset (`21:45+03:00`) would make the column
    wider than half a narrow pane, and then no entry's text could wrap
    under itself. The time starts the entry's text instead.
    """
    return max((len(_when_parts(e)[0]) for e in entries), default=0) + 2


def timeline_line(e: TimelineEntry, column: int) -> Content:
    date_part, time_part = _when_parts(e)
    return join((date_part.ljust(column), "bold"), (time_part + "  " if time_part else "", "bold"),
                e.event)


def source_line(s: Source) -> Content:
    # The URL is shown as text, not a clickable link: a briefing is untrusted.
    return join((s.name, "bold"), ("\n  " + s.url if s.url else "", "underline"),
                (f"  accessed {s.accessed.isoformat()}" if s.accessed else "", "dim"))


# What a search looks at for an item: the words its row shows, so that a
# number or a date seen on screen is found (`80`, `killed 80`, `2020-01-08`).
# Built from the record rather than the row's Content, which is far slower
# to build for a big briefing.


def quote_words(q: Quote) -> list[str | None]:
    # The context is not on the row but in the quote's full view (enter).
    return [q.speaker, *attribution(q), q.text, q.context]


def claim_words(c: CasualtyClaim) -> list[str | None]:
    return [c.claimant, c.country.name if c.country else None, c.affected,
            *(f"{measure} {readable_count(count)}" for measure, count in claim_counts(c)),
            *(count.text for _, count in claim_counts(c)),  # `2750` finds `2,750` too
            EVIDENCE_WORDS[c.evidence], c.note]


def source_words(s: Source) -> list[str | None]:
    return [s.name, s.url, s.accessed.isoformat() if s.accessed else None]


def details(item: object) -> Content:
    """Every field of an item, labelled, for the full view (`enter`)."""
    from tui.core.format.model import Country

    lines: list[Part] = []
    names: tuple[str, ...] | None = getattr(item, "_fields", None)  # a NamedTuple record
    if names is None or isinstance(item, type):
        return plain(str(item))
    for name in names:
        value = getattr(item, name)
        if value is None or value == "":
            continue
        if isinstance(value, Country):
            shown = f"{value.name} ({value.code})"
        elif isinstance(value, Count):
            shown = readable_count(value)
        elif isinstance(value, bool):
            shown = "yes" if value else "no"
        elif isinstance(value, tuple):  # the names of an item's sources
            shown = source_names(value)
        elif hasattr(value, "isoformat"):
            shown = format_when(value)
        else:
            shown = str(value)
        lines += [(f"{name.replace('_', ' ')}: ", "bold"), shown, "\n"]
    return join(*lines).rstrip()


def revisions_text(history: Sequence[CasualtyClaim] | Sequence[Figure]) -> Content:
    """Every revision of a claim or figure, oldest first: when, the figures,
    evidence, source and note."""
    parts: list[Part] = [(f"Revisions ({len(history)}, oldest first)", "bold underline")]
    for record in history:
        said = format_when(record.said) if record.said is not None else "undated"
        if isinstance(record, CasualtyClaim):
            figures = claim_figures(record)
            more = [EVIDENCE_WORDS[record.evidence]]
        else:
            figures, more = readable_amount(record.value, record.unit), []
        if record.source:
            more.append(f"source: {source_names(record.source)}")
        parts += ["\n• ", (said, "bold"), f"  {figures}", ("  " + "; ".join(more), "dim")]
        if record.note:
            parts += ["\n  ", (record.note, "italic")]
    return join(*parts)


def history_text(through: Sequence[ClaimAtCommit]) -> Content:
    """A claim through the file's commits, newest first: each commit's date,
    hash, subject and author, and what the claim said then; first, the file
    as it is now when it differs from the last commit."""
    parts: list[Part] = []
    for step in through:
        commit = step.commit
        parts.append("\n" if parts else "")
        if commit is None:
            parts.append(("in the file, not committed", "bold"))
        else:
            parts += [(f"{commit.date} {commit.short}", "bold"), (f"  {commit.subject}", "dim"),
                      (f"  (by {commit.author})" if commit.author else "", "dim")]
        parts.append("\n  ")
        record = step.record
        if step.broken is not None:
            when = "now" if commit is None else "then"
            parts.append((f"not a valid briefing {when}: {step.broken}", "italic"))
        elif record is None:
            parts.append(("no such claim then", "italic"))
        elif isinstance(record, CasualtyClaim):
            figures = claim_figures(record)
            parts += [figures, ("  " + EVIDENCE_WORDS[record.evidence], "dim")]
        else:
            parts.append(readable_amount(record.value, record.unit))
    return join(*parts)
