"""Several reports into one briefing's additions: each report's parts are
drafted by the single-article drafter (`draft_yaml`), then merged against
what the briefing already holds. A claimant's new figure becomes its
revision (said = the part's time, source = the report's outlet; see
several_claims), a figure it already stated is not repeated, a quote
already carried gains the new source (several_quotes), and names resolve
across reports (several_names)."""

from __future__ import annotations

import re
from datetime import date, datetime

from tui.core.draft import draft_yaml
from tui.core.draft.attribution import not_a_claimant, said_after
from tui.core.draft.layout import STAND_IN_HEADLINE
from tui.core.draft.names import countries_in
from tui.core.draft.report import Report
from tui.core.draft.report_deaths import broken_down_tolls, listed_tolls, martyr_claims
from tui.core.draft.report_figures import (
    affected_in,
    compared_claim,
    displaced_in,
    listed_with,
    missing_in,
    same_toll_by,
)
from tui.core.draft.report_issuer import (
    body_above_its_unit,
    issuing_body,
    published_by,
    released_by_outlet,
)
from tui.core.draft.report_tolls import clause_claims, extra_claims, place_claims, tolls_in
from tui.core.draft.resolve import acronym_of
from tui.core.draft.several_claims import Tolls
from tui.core.draft.several_items import Item, add, build_plan
from tui.core.draft.several_names import Naming, settle_descriptions, settle_vague
from tui.core.draft.several_quotes import Sayings
from tui.core.draft.several_rules import (
    SHORT_PART,
    dated_line,
    event_key,
    has_headline,
    one_person,
    only_header,
    shouted,
    when_text,
)
from tui.core.draft.several_settle import (
    join_halves,
    settle_offices,
    settle_officials,
    settle_people,
    settle_places,
    settle_to_the_briefings_groups,
)
from tui.core.draft.text import sentences
from tui.core.export.yaml_edit import Plan
from tui.core.format.errors import BriefingError
from tui.core.format.load import parse_briefing
from tui.core.format.model import (
    Briefing,
    CasualtyClaim,
    Quote,
    Reaction,
    When,
    parse_count,
)
from tui.core.format.names import subject_key
from tui.core.format.when import when_sort_key

# An entry that opens with a speaker's name and their words: `Ortiz: "…"`.
_NAMED_QUOTE = re.compile(r"^([A-ZÀ-ɏ][\w’'-]+(?:\s+[A-ZÀ-ɏ][\w’'-]+){0,2}):\s*[\"“]")


class Merger:
    """What reports add to a briefing (which may be a bare skeleton)."""

    def __init__(self, base: Briefing) -> None:
        self.base = base
        self.zone = base.zone
        self.naming = Naming(base)
        self.names = self.naming.names
        self.sayings = Sayings(base)
        self.events = {event_key(e.event) for e in base.timeline}
        self.items: list[Item] = []
        self.tolls = Tolls(base, self.naming, self.items)
        self.latest: When | None = None
        self.part_text = ""  # the text of the part being merged
        self.texts: list[str] = []  # every report's text, for the bodies they name
        self.warnings: list[str] = []
        # the story's own country, the last its place names ("Sohar, ..., Oman"): its
        # bodies' actions are the story, never a reaction
        home = countries_in(base.place or "")
        self.home = home[-1].code if home else None

    def add_report(self, report: Report) -> None:
        source = self.naming.source_for(report)
        self.texts.append(report.text)
        self.naming.learn_affiliations(
            [s for line in report.text.splitlines() for s in sentences(line)])
        parts = sorted(report.parts, key=lambda p: when_sort_key(p.said, self.zone))
        if self.latest is None or when_sort_key(report.said, self.zone) > when_sort_key(
                self.latest, self.zone):
            self.latest = report.said
        whole = len(report.parts) == 1
        for part in parts:
            if not part.text.strip():
                continue
            text = part.text if whole and has_headline(part.text) \
                else f"{STAND_IN_HEADLINE}\n\n{part.text}"
            # the part's own day bounds the dates the drafter guesses, not the clock's
            day = part.said.date() if isinstance(part.said, datetime) else part.said
            try:
                # (a report's lead toll on nobody's word is its issuer's here, so a lead's
                # whole beside another body's parts would be that issuer's rival toll)
                draft = parse_briefing(draft_yaml(text, today=day, keep_lead_whole=False),
                                       report.name)
            except BriefingError as exc:
                self.warnings.append(f"{report.name}: a part was not drafted ({exc})")
                continue
            lines = [line for line in report.text.splitlines() if line.strip()]
            header = {event_key(line) for line in lines[:8] if len(line.split()) <= 12}
            headlines = {event_key(line) for line in lines[:3] if has_headline(line)
                         and len(line.split()) >= 4 and not dated_line(line)}
            if all(event_key(line) in headlines or dated_line(line) for line in lines):
                headlines = set()  # a flash that is all headline: its toll is the news
            self.part_text = self.tolls.part_text = part.text
            self.tolls.issuer = issuing_body(report.text) or published_by(
                lines[0] if lines else "", report.outlet, report.url) or released_by_outlet(
                report.text, report.outlet)
            if self.tolls.issuer is not None and (body := body_above_its_unit(
                    report.text, self.tolls.issuer, report.outlet)) is not None:
                # (the unit is one more name of its body: "the Traffic Directorate said
                # nine" in another report is the body's figure)
                group = self.names.find(body) or self.names.resolve(body)
                if group is not None and self.names.find(self.tolls.issuer) is None:
                    self.names.join_unit(group, self.tolls.issuer)
                self.tolls.issuer = body
            if self.tolls.issuer is not None:
                self._learn_letterhead_acronym(self.tolls.issuer, lines[:8], report.text)
            self._merge(draft, part.said, source, report.name, header, headlines)

    def _learn_letterhead_acronym(self, issuer: str, lines: list[str], text: str) -> None:
        """"DIRECTION GENERALE DE LA PROTECTION CIVILE (DGPC)" on the letterhead of
        the issuer: its acronym is the issuer's, and "the Directorate General of
        Civil Protection (DGPC)" in the text is the issuer named another way."""
        for line in lines:
            acronym = acronym_of(line)
            if not acronym or subject_key(line.replace(f"({acronym})", " ")) != subject_key(
                    issuer.replace(f"({acronym})", " ")):
                continue
            spelt = re.compile(r"((?:[A-ZÀ-ɏ][\w’'-]*[ ]+(?:(?:of|de|la|du|des|and|for|the)[ ]+)*)"
                               r"{1,8})\(" + re.escape(acronym) + r"\)")
            # (the name in the text's own words, not the letterhead's capitals again)
            other = next((re.sub(r"^The\s+", "", m[1].strip()) for m in spelt.finditer(text)
                          if subject_key(m[1]) != subject_key(issuer) and not m[1].isupper()),
                         None)
            # (only a body already known by that name: a briefing's, or an earlier
            # report's; the drafter's own vague names are settled later)
            group = self.names.find(other) if other else None
            if group is not None:
                for name in (issuer, acronym):
                    self.names.join(group, name)
            return

    def _merge(self, d: Briefing, said: datetime | date, source: str | None, where: str,
               header: set[str], headlines: set[str] | None = None) -> None:
        said_text = when_text(said)
        note = f"from {where}"
        read_again: set[str] = set()
        told_in_the_body = {f for c in d.casualty_claims
                            if not any(event_key(c.note or "") in h for h in headlines or ())
                            for f in _figures(c)}
        for c in d.casualty_claims:
            # a headline's toll is the body's, told again: the body's sentence names who
            if (key := event_key(c.note or "")) and any(key.startswith(h)
                                                        for h in headlines or ()):
                continue
            # (a clause of it as well, when the body gives its figures: "Haiti lowers
            # toll to 15; town's mayor says 20 died")
            if key and len(key.split()) >= 3 and any(f" {key} " in f" {h} "
                                                     for h in headlines or ()) \
                    and _figures(c) <= told_in_the_body:
                continue
            # "X said 19 died, while Y put the toll at 23": each clause its own claim
            if (c.note or "") in read_again:
                continue
            if len(places := place_claims(c)) >= 2:  # one toll for each of two places
                read_again.add(c.note or "")
                for place in places:
                    self.tolls.claim(place, said, said_text, source, note)
                continue
            if len(clauses := clause_claims(c.note or "")) >= 2:
                read_again.add(c.note or "")
                for clause in clauses:
                    self.tolls.claim(clause, said, said_text, source, note)
                continue
            self.tolls.claim(c, said, said_text, source, note)
        body = self.part_text.split("\n", 1)[-1] if headlines else self.part_text
        # a headline below the outlet's name is the body's toll told again, too
        body = "\n".join(line for line in body.splitlines()
                         if not headlines or event_key(line) not in headlines)
        body = "\n".join(line.title() if shouted(line) else line for line in body.splitlines())
        drafted = [c.note or "" for c in d.casualty_claims]
        for c in [*extra_claims(body, drafted, self.tolls.issuer),
                  *martyr_claims(body, drafted, self.tolls.issuer)]:
            self.tolls.claim(c, said, said_text, source, note)
        # a situation report's "Dead:" and "Injured:" lists, a release's parts of a total
        if self.tolls.issuer is not None:
            for group, killed, injured, lines in [*listed_tolls(body),
                                                  *broken_down_tolls(body)]:
                self.tolls.claim(CasualtyClaim(
                    claimant=self.tolls.issuer, affected=group, note=lines,
                    killed=parse_count(killed) if killed else None,
                    injured=parse_count(injured) if injured else None),
                    # (a group the list names is kept as written; its "people" is the story's)
                    said, said_text, source, note, named=True, listed=group != "people")
        # (each line's sentences as the drafter splits them: "Dr." or "R.K." ends none)
        for sentence in (s for line in body.splitlines() for s in sentences(line)):
            sentence = re.sub(r"^[-•*]\s+", "", sentence.strip())
            if (other := compared_claim(sentence)) is not None:
                self.tolls.claim(other, said, said_text, source, note, named=True)
            if (who := same_toll_by(sentence)) is not None:
                self.tolls.same_toll(who, sentence, said, said_text, source, note)
            if (affected := affected_in(sentence)) is not None:
                self.tolls.displaced(affected, sentence, said, said_text, source, note,
                                     "people affected")
            if (displaced := displaced_in(sentence)) is not None:
                self.tolls.displaced(displaced, sentence, said, said_text, source, note)
            if missing_in(sentence) and not tolls_in(sentence):
                self.tolls.missing_alone(sentence, said, said_text, source, note)
        for f in d.figures:
            self.tolls.figure(f, said, said_text, source, note)
            for what, value in listed_with(f.what, f.value.text, f.note or ""):
                # "destroyed 27 shops and four vehicles": the drafter read one of the two
                self.tolls.figure(f._replace(what=what, value=parse_count(value)), said,
                                  said_text, source, note)
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
            self.items.append(Item("timeline", {"when": when_text(e.when), "event": e.event},
                                   {"event": f"shorten to the event ({note})"}))

    def _quote(self, q: Quote, said_text: str, source: str | None, note: str) -> None:
        if self.sayings.known_quote(q.text, source, self.items, q.partial):
            return
        speaker = q.speaker
        if not_a_claimant(speaker) and len(self.part_text) <= SHORT_PART and (
                only := one_person(self.part_text)) is not None:
            speaker = only  # "Health Minister Lina Koroma has arrived… she said: …"
        if not_a_claimant(speaker) and (m := _NAMED_QUOTE.match(self.part_text.strip())) \
                and (who := self.names.find(m[1])) is not None and who.person:
            speaker = m[1]  # a blog entry "Ortiz: "We will not rest…"" of a known person
        if not_a_claimant(speaker) and (after := said_after(q.text, self.part_text)):
            speaker = after  # ""This is a dark day…," Youth and Sports Minister … said"
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
        add(self.items, Item("quotes", fields, {"speaker": f"who said it ({note})"}, group,
                       "speaker"), source)

    def _reaction(self, r: Reaction, said_text: str, source: str | None, note: str) -> None:
        if self.sayings.known_reaction(r.summary, source, bool(r.who)):
            return
        if r.country is not None and r.country.code == self.home:
            return  # "The Royal Oman Police has opened an investigation", in Oman
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
        add(self.items, Item("reactions", fields, {"summary": f"trim to what was said ({note})"}),
                  source)

    def plan(self, now_updated: bool = True) -> Plan:
        settle_places(self.items, self.base)
        settle_people(self.items, self.base, self.names, self.tolls.story)
        settle_to_the_briefings_groups(self.items, self.base, self.names)
        settle_offices(self.items, self.names, tuple(self.texts))
        settle_officials(self.items, self.names, tuple(self.texts))
        settle_vague(self.items, self.base, self.names, tuple(self.texts))
        settle_descriptions(self.items, self.names)
        join_halves(self.items)
        updated = None
        if now_updated and self.latest is not None and self.items + self.naming.new_sources:
            updated = when_text(self.latest)
        return build_plan(self.items, self.sayings.grown(), self.naming.new_sources,
                          self.naming.aliases(), updated)


def _figures(claim: CasualtyClaim) -> set[tuple[str, str]]:
    """The measures a claim gives and their figures."""
    return {(m, count.text) for m in ("killed", "injured")
            if (count := getattr(claim, m)) is not None}
