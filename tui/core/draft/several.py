"""Several reports into one briefing's additions: each report's parts are
drafted by the single-article drafter (`draft_yaml`), then merged against
what the briefing already holds. A claimant's new figure becomes its
revision (said = the part's time, source = the report's outlet), a figure
it already stated is not repeated, a quote already carried gains the new
source, and names resolve across reports (core.draft.resolve)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from tui.core.draft import draft_yaml
from tui.core.draft.attribution import (
    complete_name,
    generic_body,
    is_relay,
    not_a_claimant,
    relay_in,
    subjects,
)
from tui.core.draft.report import Report
from tui.core.draft.report_tolls import (
    clause_claims,
    extra_claims,
    injured_who_died,
    issuing_body,
    only_quoted,
    place_claims,
    subset_of_toll,
)
from tui.core.draft.resolve import Group, Names, body_words, initials, is_body
from tui.core.draft.several_rules import (
    SHORT_PART,
    claim_order,
    claim_values,
    count_value,
    covers,
    event_key,
    generic_group,
    group_key,
    has_headline,
    one_person,
    only_header,
    record_field,
    same_quote,
    source_text,
    split_both,
    what_key,
    when_text,
)
from tui.core.export.yaml_edit import NewRecord, Plan, scalar
from tui.core.format.errors import BriefingError
from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing, CasualtyClaim, Count, Figure, Quote, Reaction, When
from tui.core.format.names import subject_key
from tui.core.format.when import when_sort_key


@dataclass
class _Item:
    """A record to add, with the group its name resolved to."""

    section: str
    fields: dict[str, object]
    checks: dict[str, str] = field(default_factory=dict)
    group: Group | None = None
    name_key: str = ""  # the field that holds the group's name
    sources: list[str] = field(default_factory=list)
    key: tuple[int, str] | None = None  # a claim's claimant and group


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
                self._seen(self.claims, (id(g), group_key(c.affected)), c.said,
                           claim_values(c))
        for f in base.figures:
            if (g := self.names.find(f.claimant)) is not None:
                self._seen(self.figures, (id(g), what_key(f.what, f.unit)), f.said,
                           (f.value.text,))
        self.quotes = [_Existing("quotes", i, q.text, list(q.source))
                       for i, q in enumerate(base.quotes)]
        self.reactions = [_Existing("reactions", i, r.summary, list(r.source))
                          for i, r in enumerate(base.reactions)]
        self.events = {event_key(e.event) for e in base.timeline}
        self.source_names = {subject_key(s.name): s.name for s in base.sources}
        self.source_urls = {s.url: s.name for s in base.sources if s.url}
        self.items: list[_Item] = []
        self.new_sources: list[NewRecord] = []
        self.latest: When | None = None
        self.part_text = ""  # the text of the part being merged
        self.issuer: str | None = None  # the body whose press release it is
        self.warnings: list[str] = []

    def _seen(self, table: dict[tuple[int, str], list[tuple[int, int, tuple[str, ...]]]],
              key: tuple[int, str], said: When | None, values: tuple[str, ...]) -> None:
        order = when_sort_key(said, self.zone) if said is not None else (0, 0)
        table.setdefault(key, []).append((order[0], order[1], values))

    def _restated(self, table: dict[tuple[int, str], list[tuple[int, int, tuple[str, ...]]]],
                  key: tuple[int, str], values: tuple[str, ...]) -> bool:
        """The claimant said this before (its current figure or an older one)."""
        return any(covers(old, values) for *_, old in table.get(key, []))

    def source_for(self, report: Report) -> str | None:
        """The name of the report's `sources` entry, added when new."""
        if report.url and report.url in self.source_urls:
            return self.source_urls[report.url]
        name = report.outlet
        if not name:
            return None
        if (known := self._known_source(name)) is not None:
            return known
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
            text = part.text if whole and has_headline(part.text) else f"Report\n\n{part.text}"
            # the part's own day bounds the dates the drafter guesses, not the clock's
            day = part.said.date() if isinstance(part.said, datetime) else part.said
            try:
                draft = parse_briefing(draft_yaml(text, today=day), report.name)
            except BriefingError as exc:
                self.warnings.append(f"{report.name}: a part was not drafted ({exc})")
                continue
            lines = [line for line in report.text.splitlines() if line.strip()]
            header = {event_key(line) for line in lines[:8] if len(line.split()) <= 12}
            headlines = {event_key(line) for line in lines[:3] if has_headline(line)
                         and len(line.split()) >= 4}
            self.part_text = part.text
            self.issuer = issuing_body(report.text)
            self._merge(draft, part.said, source, report.name, header, headlines)

    def _merge(self, d: Briefing, said: datetime | date, source: str | None, where: str,
               header: set[str], headlines: set[str] | None = None) -> None:
        said_text = when_text(said)
        note = f"from {where}"
        read_again: set[str] = set()
        for c in d.casualty_claims:
            # a headline's toll is the body's, told again: the body's sentence names who
            if any(event_key(c.note or "").startswith(h) for h in headlines or ()):
                continue
            # "X said 19 died, while Y put the toll at 23": each clause its own claim
            if (c.note or "") in read_again:
                continue
            if len(places := place_claims(c)) >= 2:  # one toll for each of two places
                read_again.add(c.note or "")
                for place in places:
                    self._claim(place, said, said_text, source, note)
                continue
            if len(clauses := clause_claims(c.note or "")) >= 2:
                read_again.add(c.note or "")
                for clause in clauses:
                    self._claim(clause, said, said_text, source, note)
                continue
            self._claim(c, said, said_text, source, note)
        body = self.part_text.split("\n", 1)[-1] if headlines else self.part_text
        for c in extra_claims(body, [c.note or "" for c in d.casualty_claims], self.issuer):
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
            key = event_key(e.event)
            if key in self.events or only_header(key, header) or '"' in e.event \
                    or "“" in e.event:
                continue
            self.events.add(key)
            self.items.append(_Item("timeline", {"when": when_text(e.when), "event": e.event},
                                    {"event": f"shorten to the event ({note})"}))

    def _claim(self, c: CasualtyClaim, said: When, said_text: str, source: str | None,
               note: str) -> None:
        sentence = c.note or ""
        if only_quoted(sentence):
            return  # the speaker's words, kept as a quote; tolls are what is reported
        if subset_of_toll(sentence):
            return  # "four of the dead were contractors": part of a toll, not one
        if len(both := split_both(c.claimant)) > 1:  # "according to both AFAD and the governor"
            for name in both:
                self._claim(c._replace(claimant=name), said, said_text, source, note)
            return
        if c.injured is not None and c.killed is not None and injured_who_died(sentence):
            c = c._replace(injured=None)  # "two more injured passengers had died": deaths
        claimant, carried_by = self._attribute(c.claimant, sentence)
        if carried_by is not None:
            source = self._relay_source(carried_by)
        claimant = self._complete(claimant, sentence)
        group = self._resolve_in(claimant, sentence)
        if group is not None:
            self.names.learn_titles(group, claimant, sentence)
        affected = self._affected(c.affected, sentence, group)
        values = claim_values(c)
        key = (id(group), group_key(affected)) if group is not None else None
        if key is not None:
            if self._complements(key, said_text, c):
                return
            if self._restated(self.claims, key, values):
                return
            self._seen(self.claims, key, said, values)
        fields: dict[str, object] = {"claimant": claimant}
        if c.country is not None:
            fields["country"] = c.country.code
        fields["affected"] = affected
        for name in ("killed", "injured"):
            count: Count | None = getattr(c, name)
            if count is not None:
                fields[name] = count_value(count)
        if c.evidence != "unknown":
            fields["evidence"] = c.evidence
        fields["said"] = said_text
        if c.note:
            fields["note"] = c.note
        item = _Item("casualty_claims", fields,
                     {"claimant": f"claimant from the attribution ({note})",
                      "note": "the sentence this claim came from"}, group, "claimant")
        item.key = key
        self._add(item, source)

    def _attribute(self, claimant: str, sentence: str) -> tuple[str, str | None]:
        """The claimant the sentence names, and the agency that carried the
        figure (None when none did): a drafter's claimant that is the
        agency, a weekday or a bare place is read again from the sentence."""
        relay = relay_in(sentence)
        if relay is not None and is_relay(claimant, relay):
            found = subjects(sentence, relay.name)
            return (found[0] if found else claimant), relay.short
        if not_a_claimant(claimant) or (
                self.names.find(claimant) is None and not is_body(claimant)
                and len(claimant.split()) == 1) or (
                # a claimant the drafter remembered from an earlier sentence
                sentence and not body_words(claimant) & body_words(sentence)):
            found = subjects(sentence, relay.name if relay else None)
            if found:
                claimant = found[0]
        return claimant, relay.short if relay is not None else None

    def _known_source(self, name: str) -> str | None:
        """The `sources` entry already named `name`, or its acronym (`PTI`
        for Press Trust of India), or spelled out for it."""
        if subject_key(name) in self.source_names:
            return self.source_names[subject_key(name)]
        short = initials(name)
        for known in self.source_names.values():
            if (known.isupper() and known == short) or (
                    name.isupper() and initials(known) == name):
                return known
        return None

    def _relay_source(self, name: str) -> str:
        """The `sources` entry of an agency that carried a figure (no URL)."""
        if (known := self._known_source(name)) is not None:
            return known
        self.new_sources.append([("name", scalar(name), "the agency that carried the figure")])
        self.source_names[subject_key(name)] = name
        return name

    def _complements(self, key: tuple[int, str], said_text: str, c: CasualtyClaim) -> bool:
        """One statement the drafter read as two claims (38 killed; 120
        injured): the second fills in the count the first left out."""
        for item in reversed(self.items):
            if item.key != key or item.fields.get("said") != said_text:
                continue
            for have, add in (("killed", c.injured), ("injured", c.killed)):
                other = "injured" if have == "killed" else "killed"
                if have in item.fields and other not in item.fields and add is not None \
                        and getattr(c, have) is None:
                    item.fields[other] = count_value(add)
                    item.fields = claim_order(item.fields)
                    killed, injured = item.fields.get("killed"), item.fields.get("injured")
                    self._seen(self.claims, key, None, (
                        "" if killed is None else str(killed),
                        "" if injured is None else str(injured)))
                    return True
            return False
        return False

    def _complete(self, name: str, sentence: str) -> str:
        """A new name as the sentence writes it in full (a known one stays)."""
        return name if self.names.find(name) is not None else complete_name(name, sentence)

    def _resolve_in(self, name: str, sentence: str) -> Group | None:
        """The group of a claimant; a name the drafter cut short is
        completed from its sentence when that names one known body; "the
        company" is the one known body the part names."""
        if self.names.find(name) is None and sentence:
            group = self.names.in_sentence(name, sentence)
            if group is not None:
                return group
            if generic_body(name) and (group := self.names.named_in(self.part_text)) is not None:
                return group
        return self.names.resolve(name)

    def _affected(self, affected: str, sentence: str = "", group: Group | None = None) -> str:
        """The group as the briefing (or an earlier report) already writes
        it, or the group a generic one is (see several_rules.generic_group)."""
        known = list(dict.fromkeys([c.affected for c in self.base.casualty_claims] + [
            str(i.fields["affected"]) for i in self.items if i.section == "casualty_claims"]))
        own = [k for g, k in self.claims if group is not None and g == id(group)]
        return generic_group(affected, sentence, known, own)

    def _figure(self, f: Figure, said: When, said_text: str, source: str | None,
                note: str) -> None:
        group = self._resolve_in(f.claimant, f.note or "")
        if group is not None:
            key = (id(group), what_key(f.what, f.unit))
            if self._restated(self.figures, key, (f.value.text,)):
                return
            self._seen(self.figures, key, said, (f.value.text,))
        fields: dict[str, object] = {"what": f.what, "claimant": f.claimant,
                                     "value": count_value(f.value)}
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
        speaker = q.speaker
        if not_a_claimant(speaker) and len(self.part_text) <= SHORT_PART and (
                only := one_person(self.part_text)) is not None:
            speaker = only  # "Health Minister Lina Koroma has arrived… she said: …"
        group = self.names.resolve(speaker)
        fields: dict[str, object] = {"speaker": speaker}
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
                record.append(record_field(key, value, item.checks.get(key)))
            if item.sources:
                record.append(("source", source_text(item.sources), None))
            plan.sections.setdefault(item.section, []).append(record)
        if self.new_sources:
            plan.sections["sources"] = list(self.new_sources)
        return plan
