"""Names across several reports: who a toll sentence says stated it (and
the agency that relayed it), a name cut short completed from its sentence,
every name resolved to its person or body (core.draft.resolve, seeded with
the briefing's own names and `aliases`), and the `sources` entry of each
outlet or relaying agency; a toll credited to "authorities" or "fire
officials" given to the body the story names (`settle_vague`, read after
every report is merged, so that a body a later report names is known)."""

from __future__ import annotations

import re
from pathlib import Path

from tui.core.draft.affiliation import (
    Affiliation,
    affiliation_of_role,
    affiliations_in,
    body_for,
    offices_in,
    spoken_for,
)
from tui.core.draft.attribution import (
    complete_name,
    generic_body,
    is_relay,
    not_a_claimant,
    relay_in,
    subjects,
    written_name,
)
from tui.core.draft.names import countries_in, organisations_in
from tui.core.draft.report import Report
from tui.core.draft.resolve import (
    DESCRIPTION_OF_A_BODY,
    Group,
    Names,
    body_then_person,
    body_words,
    initials,
    is_body,
    person_tokens,
    same_body_word,
)
from tui.core.draft.several_items import Item
from tui.core.draft.several_rules import group_key
from tui.core.draft.words import DEMONYMS
from tui.core.export.yaml_edit import NewRecord, scalar
from tui.core.format.model import Briefing
from tui.core.format.names import subject_key

_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their"})


# "The Punjab Emergency Service, known as Rescue 1122, ...": two names of one body
_KNOWN_AS = re.compile(r"(?:\b[Tt]he\s+)?(?<![\w’'-])(?P<name>[A-ZÀ-ɏ][\w-]*"
                       r"(?:\s+(?:[A-ZÀ-ɏ][\w-]*|of|for|and)){0,8})"
                       r",\s+"
                       r"(?:also\s+|better\s+|widely\s+|locally\s+)?known\s+as\s+(?:the\s+)?"
                       r"(?P<other>[A-ZÀ-ɏ][\w-]*(?:\s+(?:[A-ZÀ-ɏ][\w-]*|\d{2,5})){0,5})")


# The words of an office one person holds ("Governor of the West Region", "Mayor")
_AN_OFFICE = re.compile(r"\b(?i:governor|mayor|minister|prefect|premier|president|chief|"
                        r"commissioner|director|secretary|administrator|sheriff|collector|"
                        r"spokes(?:man|woman|person)|chair(?:man|woman|person)?|head|"
                        r"commander|coordinator)\b")


class Naming:
    """The people, bodies and sources of a briefing and of the reports merged into it."""

    def __init__(self, base: Briefing) -> None:
        self.names = Names()
        # (a person among a body's aliases is its official: found by name as the
        # person, the speaker of their quotes, whose figures are the body's)
        officials: list[Affiliation] = []
        for alias in base.aliases:
            people = [o for o in alias.others if _official(alias.name, o)]
            group = self.names.add_fixed(alias.name, tuple(o for o in alias.others
                                                           if o not in people))
            for person in people:
                self.names.also_known_as(group, person)
                officials.append(Affiliation(person, alias.name, "official_in_aliases", ""))
        # (a quote's speaker whose role is a claimant of the briefing, "Augustin Awono
        # Mvondo, Governor of the West Region" beside the claimant "Governor of the West
        # Region": the holder of that office, whose figures are its)
        # (only an office one person holds, never a group's word, "Witnesses", nor a
        # speaker who is a claimant or a body of their own)
        offices = {subject_key(c.claimant): c.claimant for c in base.casualty_claims}
        held: dict[str, set[str]] = {}
        for q in base.quotes:
            held.setdefault(subject_key(q.role or ""), set()).add(subject_key(q.speaker))
        for q in base.quotes:
            role = re.sub(r"^the\s+", "", q.role or "", flags=re.I)
            office = offices.get(subject_key(role))
            if office is not None and subject_key(q.speaker) not in offices and (
                    self.names.find(q.speaker) is None) and len(
                    held[subject_key(q.role or "")]) == 1 and not is_body(
                    q.speaker) and _AN_OFFICE.search(role):
                group = self.names.find(office) or self.names.add_fixed(office)
                self.names.also_known_as(group, q.speaker)
                officials.append(Affiliation(q.speaker, office, "role_names_a_claimant",
                                             q.role or ""))
        for name in [*(c.claimant for c in base.casualty_claims),
                     *(f.claimant for f in base.figures), *(q.speaker for q in base.quotes),
                     *(r.actor for r in base.reactions if r.actor)]:
            if self.names.find(name) is None:
                self.names.add_fixed(name)
        self.source_names = {subject_key(s.name): s.name for s in base.sources}
        self.source_urls = {s.url: s.name for s in base.sources if s.url}
        self.new_sources: list[NewRecord] = []
        # (a file's name given to a report with no outlet, and the path it came from)
        self.file_sources: dict[str, str] = {}
        # (a base's aliases entry is the editor's: never a second one for that name)
        self.base_aliases = {subject_key(n) for a in base.aliases for n in (a.name, *a.others)}
        # who speaks for which body, every report's and the briefing's quotes' roles
        self.affiliations: list[Affiliation] = officials + [
            a for q in base.quotes if q.role and (a := affiliation_of_role(q.speaker, q.role))]
        self.base_affiliations = len(self.affiliations)  # (the reports' come after)

    def learn_affiliations(self, sentences: list[str]) -> None:
        """A report's officials of bodies: their figures in any report are the
        body's; and people with an office of their own ("The governor of the
        Mopti region, Colonel Boubacar Kanouté"), whom "the regional governor"
        names later."""
        # ("Deputy Health Minister X" in a report that names no ministry: the one an
        # earlier report or the briefing named; a prefect's prefecture too)
        known = [n for g in self.names.groups for n in (g.canonical(), *g.names)
                 if re.search(r"ministry|prefect", n, re.I)]
        self.affiliations += affiliations_in(sentences, known)
        for sentence in sentences:
            if "known as" not in sentence:
                continue  # (the pattern has no start of its own: read only where it can be)
            for m in _KNOWN_AS.finditer(sentence):
                # "The Punjab Emergency Service, known as Rescue 1122, said": one body
                name, other = m["name"], m["other"]
                if not (is_body(name) or is_body(other)):
                    continue
                group = self.names.find(name) or self.names.find(other)
                if group is None:
                    group = self.names.resolve(name)
                if group is not None and not group.person:
                    for each in (name, other):
                        if self.names.find(each) is None:
                            self.names.join(group, each)
        for person, office in offices_in(sentences):
            if (group := self.names.resolve(person)) is not None and group.person:
                self.names.join(group, f"{office.title()} {person}")

    def source_for(self, report: Report) -> str | None:
        """The name of the report's `sources` entry, added when new."""
        if report.url and report.url in self.source_urls:
            return self.source_urls[report.url]
        name, check = report.outlet, report.outlet_check
        if not name:
            # (one entry a report, even when nothing names its outlet: the file's name,
            # for the editor to replace; its whole path when another folder's file of
            # that name came first)
            name = Path(report.name).name or report.name
            if self.file_sources.setdefault(name, report.name) != report.name:
                name = report.name
            check = "no outlet found in the report: name it"
        if (known := self.known_source(name)) is not None:
            return known
        entry: NewRecord = [("name", scalar(name), check)]
        if report.url and report.url.startswith(("http://", "https://")):
            entry.append(("url", scalar(report.url), None))
            self.source_urls[report.url] = name
        entry.append(("accessed", report.accessed.isoformat(), None))
        self.new_sources.append(entry)
        self.source_names[subject_key(name)] = name
        return name

    def known_source(self, name: str) -> str | None:
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

    def relay_source(self, name: str) -> str:
        """The `sources` entry of an agency that carried a figure (no URL)."""
        if (known := self.known_source(name)) is not None:
            return known
        self.new_sources.append([("name", scalar(name), "the agency that carried the figure")])
        self.source_names[subject_key(name)] = name
        return name

    def attribute(self, claimant: str, sentence: str) -> tuple[str, str | None]:
        """The claimant the sentence names, and the agency that carried the
        figure (None when none did): a drafter's claimant that is the
        agency, a weekday or a bare place is read again from the sentence."""
        relay = relay_in(sentence)
        if relay is not None and is_relay(claimant, relay):
            found = subjects(sentence, relay.name)
            return self._as_written(found[0] if found else claimant, sentence), relay.short
        # (a bare pronoun is never the claimant read again: "It had reported 11 deaths"
        # is whoever the drafter resolved "it" to)
        # (nor one named through a pronoun: "Her office had reported 12 deaths")
        found = [n for n in subjects(sentence, relay.name if relay else None)
                 if n.casefold() not in _PRONOUNS
                 and not re.match(r"(?:his|her|its|their)\s", n, re.IGNORECASE)]
        if not_a_claimant(claimant) or (
                self.names.find(claimant) is None and not is_body(claimant)
                and len(claimant.split()) == 1) or (
                # a claimant the drafter remembered from an earlier sentence
                sentence and not body_words(claimant) & body_words(sentence)):
            if found:
                claimant = found[0]
        elif found and found[0].startswith("both "):
            claimant = found[0]  # "Both the health office and the police put the toll at"
        elif (fuller := [n for n in found if not n.startswith("both ")
                         and n.endswith(f" {claimant.strip()}") and n[:1].isupper()
                         and body_then_person(n) is None]):
            claimant = fuller[0]  # "Mexico's civil protection agency" cut from a longer name
        return self._as_written(claimant, sentence), relay.short if relay is not None else None

    @staticmethod
    def _as_written(claimant: str, sentence: str) -> str:
        """The name as the sentence gives it (see attribution.written_name),
        or the body its spokesperson speaks for."""
        claimant = written_name(claimant, sentence)
        return spoken_for(claimant, sentence) or claimant

    def complete(self, name: str, sentence: str) -> str:
        """A new name as the sentence writes it in full (a known one stays)."""
        return name if self.names.find(name) is not None else complete_name(name, sentence)

    def resolve_in(self, name: str, sentence: str, part_text: str) -> Group | None:
        """The group of a claimant; a name the drafter cut short is
        completed from its sentence when that names one known body; "the
        company" is the one known body the part names."""
        if (official := body_for(name, self.affiliations)) is not None and (
                group := self.resolve_in(official.body, sentence, part_text)) is not None:
            # (by the name the article gives the person, without their titles)
            self.names.also_known_as(group, official.person)
            return group
        if self.names.find(name) is None and sentence:
            group = self.names.in_sentence(name, sentence)
            if group is not None:
                return group
            if (full := self.names.described_in(name, part_text)) is not None:
                group = self.names.resolve(full)
                if group is not None:
                    self.names.join(group, name)  # the description is one of its names
                return group
            if generic_body(name) and (group := self.names.named_in(part_text)) is not None \
                    and (group.person or _names_its_kind(group, name)):
                return group
            if generic_body(name) and (group := _kind_before(self.names, name, part_text)):
                return group
        return self.names.resolve(name)

    def aliases(self) -> list[tuple[str, list[str]]]:
        """New groups with several names: the canonical one and the others,
        and a body's officials by name. A group the briefing already names
        gains only its officials, and only if the editor wrote no entry."""
        absorbed = self._officials_to_bodies()
        out: list[tuple[str, list[str]]] = []
        for g in self.names.groups:
            # "fire authorities" stands for a body (settle_vague): no name of its own
            if id(g) in absorbed or vague_kind(g.canonical(), "") is not None:
                continue
            canonical = g.canonical()
            if g.fixed is not None:
                if subject_key(canonical) in self.base_aliases:
                    continue
                others = list(g.officials)
            else:
                # (a name written one way only is its own canonical name)
                named = g.names if len(g.names) >= 2 else []
                others = [n for n in [*named, *g.officials]
                          if subject_key(n) != subject_key(canonical)]
            others = [n for n in others if subject_key(n) not in self.base_aliases]
            # (two groups the reports could not join that end with one canonical name,
            # a letterhead's body and its name in another language: one entry)
            same = next((o for c, o in out if subject_key(c) == subject_key(canonical)), None)
            if same is not None:
                same += [n for n in others if n not in same]
            elif others:
                out.append((canonical, others))
        # (the format forbids a name listed twice, or both listed and a table entry)
        keys = {subject_key(c) for c, _ in out}
        seen: set[str] = set()
        kept = []
        for canonical, others in out:
            others = [n for n in others if subject_key(n) not in keys | seen]
            seen.update(subject_key(n) for n in others)
            if others:
                kept.append((canonical, others))
        return kept

    def _officials_to_bodies(self) -> set[int]:
        """Each person who speaks for a known body is listed among its names;
        the ids of their own groups, which then need no entry."""
        absorbed: set[int] = set()
        for g in self.names.groups:
            if not g.person or (official := body_for(g.canonical(), self.affiliations)) is None:
                continue
            body = self.names.find(official.body)
            if body is not None and body.person and body is not g:
                # ("Shreenath Organics ... Its spokesperson": named like a person, but
                # a body, since someone speaks for it)
                body.person = False
            if body is None or body.person:
                continue
            # ("SSP Jayasundara said", whom another sentence names "Police Media Spokesman
            # SSP Nihal Jayasundara": the person by the fullest name, listed as written too)
            full = person_tokens(official.person)
            if len(full) > len(person_tokens(g.canonical())) and full[-1:] == person_tokens(
                    g.canonical())[-1:]:
                self.names.join(g, official.person)
            for name in dict.fromkeys([g.canonical(), *g.names]):
                self.names.also_known_as(body, name)
            absorbed.add(id(g))
        for official in self.affiliations[self.base_affiliations:]:
            # ("Jussi Lahti, a spokesman for the Kuopio rescue department, said": a body's
            # claim given through a person named beside it, who is no name of their own
            # yet; listed, so that a later report's "Lahti said" is the body's too)
            body = self.names.find(official.body)
            if body is not None and not body.person and len(person_tokens(
                    official.person)) >= 2 and self.names.find(official.person) is None:
                self.names.also_known_as(body, official.person)
        return absorbed


def _official(body: str, name: str) -> bool:
    """`name`, among the aliases of `body`, is a person who speaks for it."""
    return is_body(body) and not is_body(name) and len(person_tokens(name)) >= 2


def _names_its_kind(group: Group, generic: str) -> bool:
    """"the ministry" is a body named a ministry; "the company" or "the
    operator" any body (a company's name rarely says it is one)."""
    kind = body_words(generic)
    return bool(kind & {"company", "operator"}) or any(kind <= body_words(n)
                                                        for n in group.names)


_VAGUE = re.compile(r"^(?:the\s+)?(?:(?P<kind>[a-z]+)\s+)?(?:authorities|officials)$|"
                    # ("..., a regional official said": one official of that kind)
                    r"^(?:an?\s+)?(?P<one>[a-z]+)\s+official$", re.IGNORECASE)
# "…, provincial authorities said": the kind the drafter left off the claimant
_KIND_IN = re.compile(r"\b(?P<kind>[a-z]+)\s+(?:authorities|officials)\b", re.IGNORECASE)
# words before `authorities` that name no kind of body
_NO_KIND = frozenset({"the", "local", "said", "and", "other", "some", "senior", "top"})


def vague_kind(claimant: str, sentence: str) -> str | None:
    """None when `claimant` names a body; else the word before
    `authorities` or `officials` ("" when there is none to go by)."""
    m = _VAGUE.match(claimant.strip())
    return None if m is None else _kind_of(m, sentence)


def _kind_of(m: re.Match[str], sentence: str) -> str:
    """The kind a vague claimant's match names (see `vague_kind`)."""
    if m["one"]:
        return "" if m["one"].lower() in _NO_KIND else m["one"].lower()
    kind = m["kind"] or ((k := _KIND_IN.search(sentence)) and k["kind"]) or ""
    # ("Tanzanian authorities": a country's, of no one kind)
    return "" if kind.lower() in _NO_KIND or kind.lower() in DEMONYMS else kind.lower()


def settle_vague(items: list[Item], base: Briefing, names: Names,
                 texts: tuple[str, ...] = ()) -> None:
    """Credit each vague claim to the body it stands for (one the reports
    only name, "according to the Hwaseon Fire Station", counts for "fire
    authorities" too); a tentative one (the drafter named no one at all)
    that stands for none is dropped."""
    claims = [i for i in items if i.section == "casualty_claims"]
    counted: list[tuple[Group, str]] = [
        (g, c.affected) for c in base.casualty_claims
        if (g := names.find(c.claimant)) is not None and vague_kind(c.claimant, "") is None]
    counted += [(i.group, str(i.fields["affected"])) for i in claims if i.group is not None
                and vague_kind(str(i.fields["claimant"]), "") is None]
    drop = []
    settled: dict[int, Group] = {}  # a vague name's group -> the body it stands for
    for item in claims:
        if (vague := _VAGUE.match(str(item.fields["claimant"]).strip())) is None:
            continue
        kind = _kind_of(vague, str(item.fields.get("note", "")))
        body = _stands_for(kind, group_key(str(item.fields["affected"])), counted, names,
                           one=vague["one"] is not None)
        if body is None and kind and (full := _named_of_kind(kind, texts)) is not None:
            body = names.resolve(full)
        if body is not None:
            if item.group is not None and vague_kind(item.group.canonical(), "") is not None:
                settled[id(item.group)] = body
            item.group = body
            item.fields["claimant"] = body.canonical()
            if _told_in_full(item, claims):
                drop.append(item)
        elif item.tentative:
            drop.append(item)
    items[:] = [i for i in items if not any(i is d for d in drop)]
    # a count the same sentence gives ("… fire officials said, with two still missing")
    # is the body's too
    bodies = {str(i.fields.get("note", "")): i.group for i in items
              if i.section == "casualty_claims" and i.group is not None}
    for item in items:
        if item.section != "figures" or vague_kind(str(item.fields["claimant"]), "") is None:
            continue
        body = bodies.get(str(item.fields.get("note", ""))) or (
            settled.get(id(item.group)) if item.group is not None else None)
        if body is not None:
            item.group = body
            item.fields["claimant"] = body.canonical()


_OWNER = re.compile(r"^(?:the\s+)?([\wÀ-ɏ’'-]+(?:\s+[A-ZÀ-ɏ][\w’'-]*)*)['’]s\s+")
_SUBNATIONAL = frozenset({"provincial", "province", "state", "regional", "region", "district",
                          "county", "municipal", "city", "local"})


def _owned_alike(description: str, body: Group) -> bool:
    """The description's owner does not contradict the body's names: "the
    country's" agency is no provincial one, "Malawi's" none of Mozambique,
    "the city's" service no national one."""
    if (m := _OWNER.match(description.strip())) is None:
        return True
    owner = m[1]
    words = {w.lower() for n in body.names for w in re.findall(r"[\w’'-]+", n)}
    if owner.lower() in ("country", "nation"):
        return not words & _SUBNATIONAL
    if owner.lower() in _SUBNATIONAL:
        return not words & {"national", "federal"}
    theirs = {c.code for n in body.names for c in countries_in(n)}
    if mine := {c.code for c in countries_in(owner)}:
        return not theirs or bool(mine & theirs)
    return owner.lower() in words  # "Punjab's" agency: the body names Punjab


def _no_name(name: str) -> bool:
    """A body written by what it is, not by a name of its own: "the
    country's civil protection agency", "civil protection"."""
    return bool(DESCRIPTION_OF_A_BODY.match(name.strip())) or name.strip() == name.strip().lower()


def settle_descriptions(items: list[Item], names: Names) -> None:
    """A body first met by a description ("the country's civil protection
    agency") and later by its name ("Direction Générale de la Protection
    Civile") is one body, whichever report came first: the description's
    names join the one named body it fits, and its records follow."""
    for described in list(names.groups):
        if described.person or described.fixed is not None or not all(
                _no_name(n) for n in described.names):
            continue
        fits = {id(g): g for n in described.names for g in names.fitting(n)
                if g is not described and vague_kind(g.canonical(), "") is None
                and not all(_no_name(m) for m in g.names) and _owned_alike(n, g)}
        if len(fits) != 1:
            continue
        body = next(iter(fits.values()))
        names.absorb(body, described)
        for item in items:
            if item.group is described or (item.group is body and item.name_key):
                item.group = body
                item.fields[item.name_key] = body.canonical()


def _told_in_full(item: Item, claims: list[Item]) -> bool:
    """The body's claim of the same statement gives the same count and
    more ("the toll rose to 19, officials said … the authority said 19
    were killed and nine injured"): the vague telling adds nothing."""
    for other in claims:
        if other is item or other.group is not item.group or other.fields.get(
                "said") != item.fields.get("said") or group_key(str(
                other.fields["affected"])) != group_key(str(item.fields["affected"])):
            continue
        if all(other.fields.get(k) == item.fields[k] for k in ("killed", "injured")
               if k in item.fields):
            return True
    return False


# A body's full name in a report: capitalised words ending in what kind of body it is
_BODY_NAME = re.compile(r"\b(?!The\s)[A-ZÀ-ɏ][\w-]*(?:\s+[A-ZÀ-ɏ][\w-]*){0,4}\s+(?:Station|Service|"
                        r"Department|Brigade|Authority|Agency|Office|Police)\b")


def _named_of_kind(kind: str, texts: tuple[str, ...]) -> str | None:
    """The one body of that kind ("fire") the reports name in full."""
    found = {m[0] for text in texts for m in _BODY_NAME.finditer(text)
             if kind in m[0].lower().split()}
    return found.pop() if len(found) == 1 else None


# A body of no state, by the word that says what it is ("Moroccan Workers' Union")
_NOT_A_STATES = re.compile(r"\b(?:union|unions|association|federation|confederation|syndicate|"
                           r"society|company|party|church|diocese|observatory|network|"
                           r"coalition|ltd|inc|plc|corporation)\b", re.IGNORECASE)


def _stands_for(kind: str, affected: str, counted: list[tuple[Group, str]],
                names: Names, one: bool = False) -> Group | None:
    # ("a regional official" may be the one named with that word in a title:
    # "Regional Commissioner Halima Sengo")
    bodies = [g for g in names.groups if ((one and kind) or not g.person)
              and vague_kind(g.canonical(), "") is None
              # (authorities are a state's: not the Red Cross, a union or a company)
              and (kind or not any(organisations_in(n) or _NOT_A_STATES.search(n)
                                   for n in g.names))]
    if kind:  # "fire authorities": only a body with "fire" in its name
        # ("prison authorities": a penitentiary institute, by the word it uses)
        bodies = [g for g in bodies if any(
            kind in _words(n) or kind in {same_body_word(w) for w in _words(n)}
            for n in g.names)]
    same = [g for g in bodies if any(h is g and group_key(a) == affected for h, a in counted)]
    if len(same) == 1:
        return same[0]
    # the one body of that kind, when it counts no other group
    if kind and len(bodies) == 1 and not any(h is bodies[0] for h, _ in counted):
        return bodies[0]
    return None


def _words(name: str) -> set[str]:
    # plain words: body_words drops a level ("provincial") that is the kind here
    return set(re.findall(r"[a-z]+", name.lower()))


def _kind_before(names: Names, generic: str, text: str) -> Group | None:
    """"the agency" after "the national disaster agency INGD said": the one
    known body the text names right after that kind of body."""
    kind = generic.split()[-1].lower()
    hits = {id(g): g for g in names.groups if not g.person and any(
        re.search(rf"\b{re.escape(kind)}\s+(?:\w+\s+)?{re.escape(n)}\b", text, re.IGNORECASE)
        for n in g.names if len(n) >= 2)}
    return next(iter(hits.values())) if len(hits) == 1 else None
