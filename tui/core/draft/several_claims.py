"""Casualty claims and figures merged from several reports: who a toll is
credited to (several_names), which group it counts (several_rules), what
is no toll (report_tolls, report_figures), and a claimant's new count as
its revision in time order (several_revisions). The Merger (several)
reads each part and hands its claims and figures here."""

from __future__ import annotations

import re

from tui.core.draft.attribution import news_agency, not_a_claimant, subjects
from tui.core.draft.groups import listed_under, of_another_incident, separate_incident_group
from tui.core.draft.merge import earlier_figure_sentence
from tui.core.draft.report_deaths import found_dead, martyrs_in
from tui.core.draft.report_figures import (
    compound,
    counted_within,
    earlier_event,
    increment,
    missing_group,
    missing_in,
    stated_before,
)
from tui.core.draft.report_tolls import (
    NUMBER,
    injured_in,
    injured_who_died,
    number,
    only_quoted,
    subset_of_toll,
    tolls_in,
)
from tui.core.draft.resolve import Group, is_body
from tui.core.draft.several_items import Item, add, counted_in, toll_before
from tui.core.draft.several_names import Naming, vague_kind
from tui.core.draft.several_revisions import Revisions, complements
from tui.core.draft.several_rules import (
    GENERIC,
    PLACED,
    WORKFORCE,
    claim_order,
    claim_values,
    count_value,
    generic_group,
    group_key,
    named_by,
    other_place_group,
    responders,
    shouted,
    split_both,
    what_key,
)
from tui.core.draft.several_words import (
    ACCORDING,
    COUNT_WORDS,
    INJURIES,
    IT_SAID,
    OWN_REGION,
    PRONOUNS,
    REGIONAL,
    TREATED_IN,
)
from tui.core.format.model import Briefing, CasualtyClaim, Count, Figure, When, parse_count

# "the Ministry's working group at the scene": a part of the body of that kind
_ITS_OWN = re.compile(r"^(?:the\s+)?(Ministry|Department|Agency|Committee|Institute|Office|"
                      r"Service|Authority)['’]s\s", re.IGNORECASE)


# "the toll to 28 passengers of the bus": a group named by what it belongs to
_OF_GROUP = re.compile(rf"\b(?P<n>{NUMBER}) (?P<g>passengers|crew|crew members|occupants|"
                       r"workers|pupils|students|patients|residents) of (?:a|an|the) "
                       r"(?P<of>[a-z]+)\b")


# A group named only by where its people were: "persons in the cabin"
_PEOPLE_IN_THE = re.compile(r"^(?:people|persons|those)\s+(?:travelling\s+|traveling\s+|"
                            r"who were\s+)?(?:in|on|aboard|inside)\s+the\s+([a-z][\w\-]*)$",
                            re.IGNORECASE)


class Tolls:
    """The claims and figures added so far, with each claimant's counts in
    time order; `items` is the merge's one list of additions."""

    def __init__(self, base: Briefing, naming: Naming, items: list[Item]) -> None:
        self.base = base
        self.naming = naming
        self.names = naming.names
        self.items = items
        self.claims = Revisions(base.zone)
        self.figures = Revisions(base.zone)
        for c in base.casualty_claims:
            if (g := self.names.find(c.claimant)) is not None:
                self.claims.seen((id(g), group_key(c.affected)), c.said, claim_values(c))
        for f in base.figures:
            if (g := self.names.find(f.claimant)) is not None:
                self.figures.seen((id(g), what_key(f.what, f.unit)), f.said, (f.value.text,))
        self.part_text = ""  # the text of the part being merged
        self.issuer: str | None = None  # the body whose press release it is
        self.read_missing: set[tuple[str, str]] = set()  # (claimant, sentence) read
        # the counts a statement told again, by claimant and group and its time
        self.told_now: dict[tuple[tuple[int, str], str], tuple[str, ...]] = {}
        # where the story happens, as its heading says: a toll there is no other place's
        self.story = " ".join([base.title, base.summary, base.place or ""])

    def claim(self, c: CasualtyClaim, said: When, said_text: str, source: str | None,
               note: str, named: bool = False, listed: bool = False) -> None:
        """Add a drafted claim (unless it states nothing new); `named`: its
        claimant is already read from the sentence; `listed`: its group is a
        part a release lists, kept as the list names it."""
        # (the sentence itself, not the drafter's remark before it)
        told_before = earlier_figure_sentence(c.note or "")
        sentence = told_before if told_before is not None else c.note or ""
        # a flash in capitals is read as words for who said it (its note and groups stay)
        reading = sentence.title() if shouted(sentence) else sentence
        if only_quoted(sentence):
            return  # the speaker's words, kept as a quote; tolls are what is reported
        if (found := found_dead(sentence)) is not None and counted_in(self.items, found, said_text):
            return  # "the bodies of the two missing soldiers were recovered": of the five
        if earlier_event(sentence, said.year):
            return  # "Floods in 2024 killed 290 people": another event's toll
        if subset_of_toll(sentence, tuple(n.text for n in (c.killed, c.injured) if n)) or any(
                count is not None and counted_within(sentence, count.text)
                for count in (c.killed, c.injured)):
            return  # "four of the dead were contractors", "which includes four": part of one
        if c.killed is None and (martyred := martyrs_in(sentence)) is not None:
            # "five soldiers embraced shahadat, while two were injured": deaths too
            c = c._replace(killed=parse_count(martyred[1]), affected=martyred[0]
                           if group_key(c.affected) in GENERIC else c.affected)
        if c.killed is not None and c.injured is None and (hurt := injured_in(sentence)) \
                and hurt[1] != c.killed.text and group_key(hurt[0]) in {
                    *GENERIC, group_key(c.affected)}:
            # "persons confirmed dead has risen to 17, while 43 persons sustained burns"
            c = c._replace(injured=parse_count(hurt[1]))
        if c.injured is not None and c.killed is not None and injured_who_died(sentence):
            c = c._replace(injured=None)  # "two more injured passengers had died": deaths
        if c.killed is not None and c.injured is None and increment(sentence, c.killed.text):
            return  # "two injured passengers died overnight": how many more, not a toll
        if c.killed is not None and stated_before(sentence, c.killed.text):
            return  # "police had earlier counted 19": an old figure told again, not a new one
        if c.killed is None and c.injured is not None and len(t := tolls_in(sentence)) == 1 \
                and t[0].injured == c.injured.text:
            # "put the number … killed at nine, with 11 injured": the drafter read the injured
            c = c._replace(killed=parse_count(t[0].killed), affected=t[0].group)
        if named:
            claimant, carried_by = c.claimant, None
        else:
            claimant, carried_by = self.naming.attribute(c.claimant, reading)
        if self.issuer is not None and (m := _ITS_OWN.match(claimant)) is not None \
                and m[1].lower() in self.issuer.lower():
            claimant = self.issuer  # a ministry's release: "the Ministry's working group"
        if len(both := split_both(claimant)) > 1:  # "according to both AFAD and the governor"
            for name in both:
                self.claim(c._replace(claimant=name), said, said_text, source, note,
                            named=True)
            return
        if c.killed is None and c.injured is not None and not subjects(reading) \
                and not named and self._goes_on(said_text, c, claimant):
            return  # "Thirty were injured.": the injured of the toll just before
        if news_agency(claimant):
            return  # an agency that carried a toll it did not say whose: a false claimant
        tentative = False
        if not_a_claimant(claimant) and self.issuer is None and (
                kind := vague_kind("officials", sentence)):
            # "fire officials said": the fire station, if the story names one (several_vague)
            claimant, tentative = f"{kind} officials", True
        if not_a_claimant(claimant):
            if self.issuer is None:
                return  # a toll nobody is named for: a missed one is cheaper than a false one
            claimant = self.issuer  # a release states its own figures
        if carried_by is not None:
            source = self.naming.relay_source(carried_by)
        if len(split_both(full := self.naming.complete(claimant, sentence))) == 1:
            claimant = full  # never completed back into the two names it was split from
        group = self.naming.resolve_in(claimant, sentence, self.part_text)
        if group is not None:
            self.names.learn_titles(group, claimant, sentence)
        # "people (since 2019)": the drafter's remark is not part of the group
        c = c._replace(affected=re.sub(r"\s*\([^()]*\)", "", c.affected).strip() or "people")
        c = c._replace(affected=COUNT_WORDS.sub("", c.affected))
        if group_key(c.affected) in INJURIES:
            c = c._replace(affected="people")
        if re.search(r"\b(?:of|on|in) the$", c.affected) and (
                cut := re.search(rf"\b{re.escape(c.affected)}\s+([a-z][\w-]*)", sentence)):
            c = c._replace(affected=f"{c.affected} {cut[1]}")  # "occupants of the" minibus
        elif re.search(r"\bof [A-ZÀ-ɏ][\w.-]*$", c.affected) and (
                cut := re.search(rf"\b{re.escape(c.affected)}\s+([A-ZÀ-ɏ][\w-]*)\b", sentence)):
            c = c._replace(affected=f"{c.affected} {cut[1]}")  # "residents of Barangay" Malinao
        if c.killed is not None and re.search(rf"\d[:.]{re.escape(c.killed.text)}\b", sentence):
            # "11:32 am Four dead": the drafter read the clock; the sentence's toll is four
            tolls = tolls_in(sentence)
            if len(tolls) != 1:
                return
            c = c._replace(killed=parse_count(tolls[0].killed), affected=tolls[0].group)
        if not listed and not named_by(c.affected, sentence) and not listed_under(
                c.affected, sentence, self.part_text):
            c = c._replace(affected="people")  # "died of cholera": not "cholera patients"
        if group_key(c.affected) in GENERIC and len(tolls := tolls_in(sentence)) == 1 \
                and group_key(tolls[0].group) not in GENERIC and c.killed is not None \
                and tolls[0].killed == c.killed.text:
            c = c._replace(affected=tolls[0].group)  # "the bodies of nine construction workers"
        if group_key(c.affected) in GENERIC and c.killed is not None and (
                of := _OF_GROUP.search(sentence)) and number(of["n"]) == c.killed.text:
            c = c._replace(affected=compound(of["g"], of["of"]))  # "28 passengers of the bus"
        if group_key(c.affected) in GENERIC and (
                region := OWN_REGION.search(sentence)) is not None and (
                who := REGIONAL.match(claimant)) is not None:
            # "the Zambezia provincial government reports 12 deaths in the province"
            c = c._replace(affected=f"{who[1]} {region[1]}")
        kept = False
        if group_key(c.affected) == "resident" and "residents" in sentence and any(
                group_key(g).split()[-1:] and group_key(g).split()[-1] in WORKFORCE
                for g in self._groups()) and other_place_group(sentence, []) is None:
            affected = "residents"  # a plant's neighbours, never its workforce
            kept = True
        elif listed:
            affected, kept = c.affected, True  # a list's part: the group as the list names it
        else:
            affected = self._affected(c.affected, sentence, group, claimant)
        if (apart := separate_incident_group(sentence)) is not None and not any(
                re.search(rf"\b{re.escape(w)}\b", sentence) for w in re.findall(
                    r"[A-ZÀ-ɏ][\w’'\-]+", affected)):
            # another incident's dead, never compared with the story's (unless the
            # group the drafter found is named there: "killing three in Dhungepani")
            affected, kept = apart, True
        placed = group_key(c.affected).split()[0] in GENERIC and bool(PLACED.match(
            affected)) and affected.casefold() not in sentence.casefold()
        if c.killed is None and c.injured is not None and group is not None and not listed \
                and group_key(c.affected) in GENERIC and affected not in self._groups() \
                and self._injured_of(group, said_text, c):
            return
        self._missing(claimant, affected, said, said_text, source, note, sentence)
        key = (id(group), group_key(affected)) if group is not None else None
        if key is not None and c.killed is None and c.injured is not None and (
                told := self.told_now.get((key, said_text))) and told[0]:
            # "47 have died: 34 in Nampula … now says 152 were injured": the same
            # statement's dead, told again, and its new injured
            c = c._replace(killed=parse_count(told[0]))
        values = claim_values(c)
        if group is not None and told_before is not None and any(
                self.claims.restated((id(group), k), values)
                for k in self.claims.keys_of(id(group))):
            return  # "Her office had reported 12 deaths": its figure before, already held
        if key is not None:
            if complements(self.items, self.claims, key, said_text, c):
                return
            if self.claims.restated(key, values):
                self.told_now[(key, said_text)] = values
                return
            self.claims.seen(key, said, values)
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
        item = Item("casualty_claims", fields,
                    {"claimant": f"claimant from the attribution ({note})",
                     "note": "the sentence this claim came from"}, group, "claimant")
        item.key = key
        item.tentative = tentative
        item.placed = placed
        item.kept = kept
        add(self.items, item, source)

    def _goes_on(self, said_text: str, c: CasualtyClaim, claimant: str) -> bool:
        """A sentence that names no one and only an injured count fills in
        the toll the part stated just before it, if that gave none (and the
        drafter read no other claimant in it: "Minsap also lowered the number of
        injured to 104" after the interior ministry's toll is the ministry of
        health's), unless the injured are a group of their own ("three
        firefighters")."""
        last = next((i for i in reversed(self.items) if i.section == "casualty_claims"), None)
        if last is None or last.fields.get("said") != said_text or "injured" in last.fields \
                or "killed" not in last.fields or c.injured is None:
            return False
        if responders(c.affected) and not responders(str(last.fields["affected"])):
            return False
        # (a role in lower case, "the executive secretary said", is the body just named)
        if not not_a_claimant(claimant) and claimant[:1].isupper() and claimant.casefold() != str(
                last.fields["claimant"]).casefold():
            return False
        last.fields["injured"] = count_value(c.injured)
        last.fields = claim_order(last.fields)
        return True

    def _groups(self) -> list[str]:
        """Every claim's group so far, the base's and the added ones', once per claim."""
        every = [c.affected for c in self.base.casualty_claims] + [
            str(i.fields["affected"]) for i in self.items if i.section == "casualty_claims"]
        return [g for g in every if not of_another_incident(g)]

    def _injured_of(self, group: Group, said_text: str, c: CasualtyClaim) -> bool:
        """An injured count of people in general ("60 people were injured and
        taken to hospitals in Toluca") fills in the claimant's toll of the
        same statement that gave none."""
        for item in reversed(self.items):
            if item.section != "casualty_claims" or item.group is not group \
                    or item.fields.get("said") != said_text:
                continue
            if "injured" in item.fields or "killed" not in item.fields or c.injured is None:
                return False
            item.fields["injured"] = count_value(c.injured)
            item.fields = claim_order(item.fields)
            if item.key is not None:
                self.claims.seen(item.key, None, (str(item.fields["killed"]), c.injured.text))
            return True
        return False

    def _affected(self, affected: str, sentence: str = "", group: Group | None = None,
                  claimant: str = "") -> str:
        """The group as the briefing (or an earlier report) already writes
        it, or the group a generic one is (see several_rules.generic_group)."""
        every = self._groups()
        if (where := _PEOPLE_IN_THE.match(affected.strip())) is not None and len(known := [
                g for g in dict.fromkeys(every) if where[1].casefold() in
                group_key(g).split()]) == 1:
            return known[0]  # "persons in the cabin" are the "cabin passengers" named before
        weights: dict[str, int] = {}
        for name in every:
            if group_key(name) not in GENERIC:
                weights[group_key(name)] = weights.get(group_key(name), 0) + 1
        own = self.claims.keys_of(id(group)) if group is not None else []
        # neither this claimant's words nor another's the sentence names name a group
        names = " ".join(n for n in [claimant, *subjects(sentence)] if is_body(n))
        # where the injured were treated is not where the toll is
        sentence = TREATED_IN.sub(" ", sentence)
        # (nor helpers of whom only injuries were counted: "nine dead ... and three
        # firefighters injured"; helpers who died may be the toll itself)
        dead = {group_key(c.affected) for c in self.base.casualty_claims
                if c.killed is not None} | {
            group_key(str(i.fields["affected"])) for i in self.items
            if i.section == "casualty_claims" and "killed" in i.fields}
        hurt = frozenset(group_key(g) for g in every if responders(g)) - dead
        return generic_group(affected, sentence, list(dict.fromkeys(every)), own, names,
                             weights, self.story, hurt)

    def displaced(self, count: str, sentence: str, said: When, said_text: str,
                  source: str | None, note: str, what: str = "people displaced") -> None:
        """"40,000 people have been displaced": the figure `people displaced`
        (or `what`) of whoever the sentence credits (a release's issuer when
        none; the part's last claimant when "it said")."""
        claimant, carried_by = self.naming.attribute("Unknown", sentence)
        if news_agency(claimant):
            return  # an agency that carried a toll it did not say whose: a false claimant
        if not_a_claimant(claimant) and IT_SAID.search(sentence) and (last := next((
                i for i in reversed(self.items) if i.section == "casualty_claims"
                and i.fields.get("said") == said_text), None)) is not None:
            claimant = str(last.fields["claimant"])  # "…, it said": the body just named
        if not_a_claimant(claimant) and (by := ACCORDING.match(sentence)) is not None:
            claimant = by[1]  # "According to INGD, some 186,000 people are affected."
        if not_a_claimant(claimant):
            if self.issuer is None:
                return
            claimant = self.issuer
        if carried_by is not None:
            source = self.naming.relay_source(carried_by)
        self.figure(Figure(what=what, claimant=claimant,
                            value=parse_count(count), note=sentence), said, said_text, source,
                     note)

    def same_toll(self, who: str, sentence: str, said: When, said_text: str,
                  source: str | None, note: str) -> None:
        """"The provincial office gave the same toll": its claim of the toll
        the part stated just before."""
        last = next((i for i in reversed(self.items) if i.section == "casualty_claims"
                     and i.fields.get("said") == said_text), None)
        if last is None or not_a_claimant(who) or news_agency(who):
            return
        counts = {k: parse_count(str(last.fields[k])) if k in last.fields else None
                  for k in ("killed", "injured")}
        self.claim(CasualtyClaim(claimant=who, affected=str(last.fields["affected"]),
                                 killed=counts["killed"], injured=counts["injured"],
                                 note=sentence), said, said_text, source, note, named=True)

    def missing_alone(self, sentence: str, said: When, said_text: str, source: str | None,
                      note: str) -> None:
        """A sentence with only a count still missing ("Nineteen people remain
        missing."): the figure of whom it names, else of the part's toll just
        before it."""
        claimant, carried_by = self.naming.attribute("Unknown", sentence)
        if not_a_claimant(claimant) or news_agency(claimant):
            last = toll_before(self.items, self.part_text, sentence, said_text)
            # people unaccounted for, whom no one is named for, are the toll's only in a
            # body's own release (not "according to a list kept by …")
            if last is None or (self.issuer is None and not all(
                    word in ("missing", "trapped") or count == "0"
                    for word, count in missing_in(sentence))):
                return
            claimant = str(last.fields["claimant"])
            affected = str(last.fields["affected"])
        else:
            affected = missing_group(sentence) or "people"
            if carried_by is not None:
                source = self.naming.relay_source(carried_by)
        self._missing(claimant, affected, said, said_text, source, note, sentence)

    def _missing(self, claimant: str, affected: str, said: When, said_text: str,
                 source: str | None, note: str, sentence: str) -> None:
        """The counts still missing or trapped that a toll's sentence gives,
        as the claimant's figures ("13 remain missing"), each sentence once."""
        if (claimant, sentence) in self.read_missing:
            return
        self.read_missing.add((claimant, sentence))
        known = [f.what for f in self.base.figures] + [
            str(i.fields["what"]) for i in self.items if i.section == "figures"]
        for word, count in missing_in(sentence):
            same = [w for w in known if word in w.lower().split() or (
                " " in word and w.lower().endswith(word))]
            if not same and count == "0" and word in ("missing", "unaccounted for"):
                # "no workers remain unaccounted for": none of those missing is left
                same = [w for w in known if w.lower().endswith(("missing", "unaccounted for"))]
            # the missing of a group the toll names are that group's ("soldiers missing")
            what = same[0] if same else word if word == "missing" and (group_key(
                affected) in GENERIC or PLACED.match(affected) or not named_by(
                affected, sentence)) else f"{affected} {word}"
            self.figure(Figure(what=what, claimant=claimant, value=parse_count(count),
                                note=sentence), said, said_text, source, note)

    def figure(self, f: Figure, said: When, said_text: str, source: str | None,
                note: str) -> None:
        if group_key(f.what) in GENERIC or f.claimant.casefold() in PRONOUNS:
            return  # "120 people": no thing counted; "it": the drafter found no one
        if (martyred := martyrs_in(f.note or "")) is not None and f.value.text == martyred[1]:
            return  # "three soldiers were martyred": a toll (report_deaths), not a figure
        group = self.naming.resolve_in(f.claimant, f.note or "", self.part_text)
        if group is not None:
            key = (id(group), what_key(f.what, f.unit))
            if self.figures.restated(key, (f.value.text,)):
                return
            self.figures.seen(key, said, (f.value.text,))
        fields: dict[str, object] = {"what": f.what, "claimant": f.claimant,
                                     "value": count_value(f.value)}
        if f.unit:
            fields["unit"] = f.unit
        fields["said"] = said_text
        if f.note:
            fields["note"] = f.note
        add(self.items, Item("figures", fields, {"what": f"what is counted? ({note})"},
                       group, "claimant"), source)
