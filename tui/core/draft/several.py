"""Several reports into one briefing's additions: each report's parts are
drafted by the single-article drafter (`draft_yaml`), then merged against
what the briefing already holds. A claimant's new figure becomes its
revision (said = the part's time, source = the report's outlet), a figure
it already stated is not repeated, a quote already carried gains the new
source, and names resolve across reports (core.draft.resolve)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from difflib import SequenceMatcher

from tui.core.draft import draft_yaml
from tui.core.draft.report import Report
from tui.core.draft.resolve import Group, Names
from tui.core.export.yaml_edit import Field, NewRecord, Plan, scalar
from tui.core.format.errors import BriefingError
from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing, CasualtyClaim, Count, Figure, Quote, Reaction, When
from tui.core.format.names import subject_key
from tui.core.format.when import when_sort_key


def when_text(value: When) -> str:
    """A time as the format writes it: 2025-02-11T10:30Z, 2025-02-11T15:30+05:30."""
    if isinstance(value, datetime):
        text = value.isoformat(timespec="minutes")
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return value.isoformat()


def _group_key(affected: str) -> str:
    key = subject_key(affected).removeprefix("the ")
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                    for w in key.split())


_WORDS = re.compile(r"[\w’']+")


def _quote_words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORDS.findall(text.casefold())]


def same_quote(a: str, b: str) -> bool:
    """One quote reported twice: punctuation, case or a word or two cut.
    A number that differs makes it another quote."""
    wa, wb = _quote_words(a), _quote_words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if {w for w in short if w.isdigit()} - {w for w in long_ if w.isdigit()}:
        return False
    matched = sum(block.size for block in
                  SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks())
    return matched >= max(len(short) - 2, 1) and matched >= 0.8 * len(short) and len(short) >= 4


@dataclass
class _Item:
    """A record to add, with the group its name resolved to."""

    section: str
    fields: dict[str, object]
    checks: dict[str, str] = field(default_factory=dict)
    group: Group | None = None
    name_key: str = ""  # the field that holds the group's name
    sources: list[str] = field(default_factory=list)


@dataclass
class _Existing:
    """A record of the base briefing that new sources may join."""

    section: str
    index: int
    text: str
    sources: list[str]
    added: list[str] = field(default_factory=list)


class Merger:
    """What reports add to a briefing (which may be a bare skeleton)."""

    def __init__(self, base: Briefing) -> None:
        self.base = base
        self.zone: tzinfo = base.zone
        self.names = Names()
        for alias in base.aliases:
            self.names.add_fixed(alias.name, alias.others)
        for name in [*(c.claimant for c in base.casualty_claims),
                     *(f.claimant for f in base.figures), *(q.speaker for q in base.quotes),
                     *(r.actor for r in base.reactions if r.actor)]:
            if self.names.find(name) is None:
                self.names.add_fixed(name)
        # (group id, group or what key) -> [(said, values)] in the order stated
        self.claims: dict[tuple[int, str], list[tuple[int, int, tuple[str, ...]]]] = {}
        self.figures: dict[tuple[int, str], list[tuple[int, int, tuple[str, ...]]]] = {}
        for c in base.casualty_claims:
            if (g := self.names.find(c.claimant)) is not None:
                self._seen(self.claims, (id(g), _group_key(c.affected)), c.said,
                           _claim_values(c))
        for f in base.figures:
            if (g := self.names.find(f.claimant)) is not None:
                self._seen(self.figures, (id(g), _what_key(f.what, f.unit)), f.said,
                           (f.value.text,))
        self.quotes = [_Existing("quotes", i, q.text, list(q.source))
                       for i, q in enumerate(base.quotes)]
        self.reactions = [_Existing("reactions", i, r.summary, list(r.source))
                          for i, r in enumerate(base.reactions)]
        self.events = {_event_key(e.event) for e in base.timeline}
        self.source_names = {subject_key(s.name): s.name for s in base.sources}
        self.source_urls = {s.url: s.name for s in base.sources if s.url}
        self.items: list[_Item] = []
        self.new_sources: list[NewRecord] = []
        self.latest: When | None = None
        self.warnings: list[str] = []

    def _seen(self, table: dict[tuple[int, str], list[tuple[int, int, tuple[str, ...]]]],
              key: tuple[int, str], said: When | None, values: tuple[str, ...]) -> None:
        order = when_sort_key(said, self.zone) if said is not None else (0, 0)
        table.setdefault(key, []).append((order[0], order[1], values))

    def _restated(self, table: dict[tuple[int, str], list[tuple[int, int, tuple[str, ...]]]],
                  key: tuple[int, str], values: tuple[str, ...]) -> bool:
        """The claimant said this before (its current figure or an older one)."""
        return any(_covers(old, values) for *_, old in table.get(key, []))

    def source_for(self, report: Report) -> str | None:
        """The name of the report's `sources` entry, added when new."""
        if report.url and report.url in self.source_urls:
            return self.source_urls[report.url]
        name = report.outlet
        if not name:
            return None
        if subject_key(name) in self.source_names:
            return self.source_names[subject_key(name)]
        entry: NewRecord = [("name", scalar(name), None if report.outlet else "name the outlet")]
        if report.url and report.url.startswith(("http://", "https://")):
            entry.append(("url", scalar(report.url), None))
            self.source_urls[report.url] = name
        entry.append(("accessed", report.accessed.isoformat(), None))
        self.new_sources.append(entry)
        self.source_names[subject_key(name)] = name
        return name

    def add_report(self, report: Report) -> None:
        source = self.source_for(report)
        parts = sorted(report.parts, key=lambda p: when_sort_key(p.said, self.zone))
        if self.latest is None or when_sort_key(report.said, self.zone) > when_sort_key(
                self.latest, self.zone):
            self.latest = report.said
        whole = len(report.parts) == 1
        for part in parts:
            if not part.text.strip():
                continue
            text = part.text if whole and _has_headline(part.text) else f"Report\n\n{part.text}"
            try:
                draft = parse_briefing(draft_yaml(text), report.name)
            except BriefingError as exc:
                self.warnings.append(f"{report.name}: a part was not drafted ({exc})")
                continue
            header = {_event_key(line) for line in report.text.splitlines()[:8]}
            self._merge(draft, part.said, source, report.name, header)

    def _merge(self, d: Briefing, said: datetime | date, source: str | None, where: str,
               header: set[str]) -> None:
        said_text = when_text(said)
        note = f"from {where}"
        for c in d.casualty_claims:
            self._claim(c, said, said_text, source, note)
        for f in d.figures:
            self._figure(f, said, said_text, source, note)
        claim_notes = {subject_key(c.note or "") for c in d.casualty_claims}
        for q in d.quotes:
            self._quote(q, said_text, source, note)
        for r in d.reactions:
            if subject_key(r.summary) not in claim_notes:
                self._reaction(r, said_text, source, note)
        for e in d.timeline:
            key = _event_key(e.event)
            if key in self.events or key in header or '"' in e.event or "“" in e.event:
                continue
            self.events.add(key)
            self.items.append(_Item("timeline", {"when": when_text(e.when), "event": e.event},
                                    {"event": f"shorten to the event ({note})"}))

    def _claim(self, c: CasualtyClaim, said: When, said_text: str, source: str | None,
               note: str) -> None:
        group = self._resolve_in(c.claimant, c.note or "")
        values = _claim_values(c)
        if group is not None:
            key = (id(group), _group_key(c.affected))
            if self._restated(self.claims, key, values):
                return
            self._seen(self.claims, key, said, values)
        fields: dict[str, object] = {"claimant": c.claimant}
        if c.country is not None:
            fields["country"] = c.country.code
        fields["affected"] = self._affected(c.affected)
        for name in ("killed", "injured"):
            count: Count | None = getattr(c, name)
            if count is not None:
                fields[name] = _count_value(count)
        if c.evidence != "unknown":
            fields["evidence"] = c.evidence
        fields["said"] = said_text
        if c.note:
            fields["note"] = c.note
        self._add(_Item("casualty_claims", fields,
                        {"claimant": f"claimant from the attribution ({note})",
                         "note": "the sentence this claim came from"},
                        group, "claimant"), source)

    def _resolve_in(self, name: str, sentence: str) -> Group | None:
        """The group of a claimant; a name the drafter cut short is
        completed from its sentence when that names one known body."""
        if self.names.find(name) is None and sentence:
            group = self.names.in_sentence(name, sentence)
            if group is not None:
                return group
        return self.names.resolve(name)

    def _affected(self, affected: str) -> str:
        """The group as the briefing already writes it, when it is the same."""
        key = _group_key(affected)
        for c in self.base.casualty_claims:
            if _group_key(c.affected) == key:
                return c.affected
        return affected

    def _figure(self, f: Figure, said: When, said_text: str, source: str | None,
                note: str) -> None:
        group = self._resolve_in(f.claimant, f.note or "")
        if group is not None:
            key = (id(group), _what_key(f.what, f.unit))
            if self._restated(self.figures, key, (f.value.text,)):
                return
            self._seen(self.figures, key, said, (f.value.text,))
        fields: dict[str, object] = {"what": f.what, "claimant": f.claimant,
                                     "value": _count_value(f.value)}
        if f.unit:
            fields["unit"] = f.unit
        fields["said"] = said_text
        if f.note:
            fields["note"] = f.note
        self._add(_Item("figures", fields, {"what": f"what is counted? ({note})"},
                        group, "claimant"), source)

    def _quote(self, q: Quote, said_text: str, source: str | None, note: str) -> None:
        for old in self.quotes:
            if same_quote(old.text, q.text):
                if source and source not in old.sources and source not in old.added:
                    old.added.append(source)
                return
        for item in self.items:
            if item.section == "quotes" and same_quote(str(item.fields["text"]), q.text):
                if source and source not in item.sources:
                    item.sources.append(source)
                if len(q.text) > len(str(item.fields["text"])):
                    item.fields["text"] = q.text  # the fuller report of it
                return
        group = self.names.resolve(q.speaker)
        fields: dict[str, object] = {"speaker": q.speaker}
        if q.role:
            fields["role"] = q.role
        if q.country is not None:
            fields["country"] = q.country.code
        fields["text"] = q.text
        if q.partial:
            fields["partial"] = True
        if q.medium:
            fields["medium"] = q.medium
        fields["said"] = said_text
        self._add(_Item("quotes", fields, {"speaker": f"who said it ({note})"}, group,
                        "speaker"), source)

    def _reaction(self, r: Reaction, said_text: str, source: str | None, note: str) -> None:
        for old in self.reactions:
            if r.who and subject_key(old.text) == subject_key(r.summary):
                if source and source not in old.sources and source not in old.added:
                    old.added.append(source)
                return
        fields: dict[str, object] = {}
        if r.country is not None:
            fields["country"] = r.country.code
        if r.organisation:
            fields["organisation"] = r.organisation
        if r.actor:
            fields["actor"] = r.actor
        if r.stance:
            fields["stance"] = r.stance
        fields["summary"] = r.summary
        fields["said"] = said_text
        self.reactions.append(_Existing("reactions", -1, r.summary, []))
        self._add(_Item("reactions", fields, {"summary": f"trim to what was said ({note})"}),
                  source)

    def _add(self, item: _Item, source: str | None) -> None:
        if source:
            item.sources.append(source)
        self.items.append(item)

    def aliases(self) -> list[tuple[str, list[str]]]:
        """New groups with several names: the canonical one and the others.
        A group the briefing already names is left as the editor wrote it."""
        out = []
        for g in self.names.groups:
            if g.fixed is not None or len(g.names) < 2:
                continue
            canonical = g.canonical()
            others = [n for n in g.names if subject_key(n) != subject_key(canonical)]
            if others:
                out.append((canonical, others))
        return out

    def plan(self, now_updated: bool = True) -> Plan:
        plan = Plan()
        if now_updated and self.latest is not None and self.items + self.new_sources:
            plan.updated = when_text(self.latest)
        plan.aliases = self.aliases()
        for old in [*self.quotes, *self.reactions]:
            if old.added and old.index >= 0:
                plan.grow_sources.append((old.section, old.index, old.added))
        for item in self.items:
            record: NewRecord = []
            if item.group is not None:
                item.fields[item.name_key] = item.group.canonical()
            for key, value in item.fields.items():
                record.append(_field(key, value, item.checks.get(key)))
            if item.sources:
                record.append(("source", _source_text(item.sources), None))
            plan.sections.setdefault(item.section, []).append(record)
        if self.new_sources:
            plan.sections["sources"] = list(self.new_sources)
        return plan


def _field(key: str, value: object, check: str | None) -> Field:
    if key in ("said", "when"):
        return (key, str(value), check)
    return (key, scalar(value), check)


def _source_text(sources: list[str]) -> str:
    if len(sources) == 1:
        return scalar(sources[0])
    return "[" + ", ".join(scalar(s) for s in sources) + "]"


def _count_value(count: Count) -> object:
    return int(count.text) if count.text.isdigit() else count.text


def _claim_values(c: CasualtyClaim) -> tuple[str, ...]:
    return (c.killed.text if c.killed else "", c.injured.text if c.injured else "")


def _covers(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """`new` states nothing `old` did not (a count left out is not a change)."""
    return all(n == "" or n == o for n, o in zip(new, old, strict=True)) and any(new)


def _what_key(what: str, unit: str | None) -> str:
    return f"{_group_key(what)}|{subject_key(unit or '')}"


def _has_headline(text: str) -> bool:
    """The first line is a headline (the drafter takes it as the title), not a sentence."""
    first = text.strip().splitlines()[0].strip()
    return len(first.split()) <= 16 and not first.endswith((".", ":", '"', "”"))


def _event_key(text: str) -> str:
    return " ".join(_quote_words(text))


def latest_of(values: list[When], zone: tzinfo = UTC) -> When | None:
    return max(values, key=lambda v: when_sort_key(v, zone)) if values else None
