"""Tolls in the ways follow-up reports state them, for the sentences where
the single-article drafter found none: "the number of passengers killed
rose to 23", "put the number of miners killed at seven", "bringing crew
deaths to three", "fifteen (15) patients lost their lives", "52 dead and
310 injured in Karaçam". A toll needs a claimant: the name before a verb
of saying, else (a press release) the body that issued it. Anything less
certain is left out: a missed toll is cheaper than a false one."""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.core.draft.report_issuer import issuing_body as issuing_body
from tui.core.draft.report_issuer import published_by as published_by
from tui.core.draft.report_issuer import released_by_outlet as released_by_outlet
from tui.core.format.model import CasualtyClaim

_UNIT_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
               "fourteen fifteen sixteen seventeen eighteen nineteen")
_UNITS = _UNIT_WORDS.split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# (never a time of day: "the toll established at 9:00 a.m.")
_NUMBER = (r"(?:at least |more than )?(?:(?<!\d[:.])\d[\d,]*(?![:.]\d)|(?:" + "|".join(_TENS)
           + r")(?:-(?:"
           + "|".join(_UNITS[1:10]) + r"))?|" + "|".join(_UNITS) + r"|a third|a second)"
           r"(?:\s*\(\d+\))?")
NUMBER = _NUMBER  # a count as written, for the rules of report_figures
_AUX = r"(?:had|have|has|also|were|was|are|is|been)\b"
_GROUP = (r"(?:members of (?:the )?(?:[\w'’-]+['’]s )?)?"
          rf"(?P<group>(?!{_AUX})[a-z][a-z-]+(?: (?!{_AUX})[a-z][a-z-]+)?)"
          # "two firefighters of the municipal corps died"
          r"(?: of (?:the )?[a-z]+(?: [a-z]+)?(?: of [A-ZÀ-ɏ][\w-]+)?"
          r"(?= (?:have |had |has |were |was |also |died)))?"
          r"(?:, [^,]{1,30},)?")
# "on the bridge", "aboard the bus": where a group was
_WHERE = r"(?:on|in|at|aboard|inside) (?:the |a )?[a-z]+"
# "died", "were also killed", "have now died", "had been killed", "lost their lives"
_DIED = r"(?:(?:have|had|has|were|was)\s+)?(?:(?:also|now|since)\s+)?(?:been\s+)?" \
        r"(?:died|killed|lost their lives|dead)\b"
_PATTERNS = (
    re.compile(rf"\b(?P<n>{_NUMBER}) {_GROUP} {_DIED}", re.IGNORECASE),
    # a flash's "Four dead as …", "At least 8 killed in crush"
    re.compile(rf"^(?:[A-ZÀ-ɏ][\w ]*:\s+|.*?\b\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s+)?"
               rf"(?P<n>{_NUMBER}) (?P<group>dead|killed)\b", re.IGNORECASE),
    # "nine (09) people travelling on the bridge died": the group and where it was
    re.compile(rf"\b(?P<n>{_NUMBER}) (?P<group>[a-z]+(?:"
               rf" (?:travelling|traveling|riding|working|standing))? {_WHERE}) {_DIED}",
               re.IGNORECASE),
    # "put the number at 27": the toll of the group its claimant counts
    re.compile(rf"\bput(?:s|ting)? (?P<group>the number|the figure) at (?P<n>{_NUMBER})\b"
               r"(?! (?:percent|per cent|km|kilometres|metres|years|days|hours))"),
    re.compile(rf"\bnumber of (?P<group>[a-z]+(?: [a-z]+)?(?: {_WHERE})?) (?:killed|dead)\b"
               rf".{{0,80}}?"
               rf"\b(?:at|to) (?P<n>{_NUMBER})\b", re.IGNORECASE),
    re.compile(rf"\bbringing (?P<group>[a-z]+) deaths to (?P<n>{_NUMBER})\b", re.IGNORECASE),
    # "A police officer taking part in the rescue died": one
    re.compile(r"(?:^|[,;]\s+|\b(?:when|after)\s+)(?:A|An|One|a|an|one) (?P<n>)"
               r"(?P<group>[a-z][a-z ]{2,60}?) (?:died|was killed)\b"),
    # "All 72 people on board a Yeti Airlines flight … were killed"
    re.compile(rf"\b[Aa]ll (?P<n>{_NUMBER}) (?P<group>[a-z]+)\b[^.;]{{0,80}}? (?:were|have been|"
               r"had been|are) (?:killed|dead)\b|\b[Aa]ll (?P<n2>\d+) (?P<group2>[a-z]+)\b"
               r"[^.;]{0,80}? (?:died|have died|perished)\b"),
    # "confirmed 41 deaths", "recorded 22 deaths"
    re.compile(rf"\b(?:confirmed|recorded|counted|registered) (?P<n>{_NUMBER}) "
               r"(?P<group>deaths)\b", re.IGNORECASE),
    # "recovered the bodies of nine (9) construction workers", "recovered 9 bodies",
    # "11 bodies have been recovered"
    re.compile(rf"\brecovered (?:the )?bodies of (?P<n>{_NUMBER}) {_GROUP}", re.IGNORECASE),
    re.compile(rf"\brecovered (?P<n>{_NUMBER}) (?P<group>bodies)\b", re.IGNORECASE),
    re.compile(rf"\b(?P<n>{_NUMBER}) (?P<group>bodies) (?:have|had) been recovered\b",
               re.IGNORECASE),
    # "raised the death toll in Saturday's derailment to 25", "the toll rose to 40",
    # "maintains the toll is 23"
    re.compile(rf"\b(?P<group>death toll|toll)\b[^.;,]{{0,60}}?\b(?:to|at|is|was|stands at) "
               rf"(?P<n>{_NUMBER})\b"
               r"(?! (?:percent|per cent|km|kilometres|metres|years|days|hours))",
               re.IGNORECASE),
)
_TOLL_AT = re.compile(r"\bput(?:s|ting)? (?:it|the (?:death )?toll"
                      rf"(?: in (?P<place>[A-ZÀ-ɏ][\w’'-]+))?) at (?P<n>{_NUMBER})\b")
_INJURED = re.compile(rf"\b(?:and )?(?P<n>{_NUMBER}) (?:(?:[a-z]+ )?(?:were |are |have been )?"
                      rf"injured|[a-z]+ sustained injuries)", re.IGNORECASE)
_IN_TOWN = r"in (?:the )?(?:nearby )?(?:(?:town|village|city|district) of )?"
_PLACES = re.compile(rf"(?P<n>{_NUMBER}) (?:dead|(?:people )?(?:killed|died))"
                     rf"(?: and (?P<i>{_NUMBER}) injured)? {_IN_TOWN}(?P<place>[A-ZÀ-ɏ][\w’'-]+)")
# "killing 38 people in the town of Karaçam and three in the nearby village of Yeşilöz"
_KILLING_IN = re.compile(rf"\bkilling (?P<n>{_NUMBER}) (?:people )?{_IN_TOWN}"
                         rf"(?P<place>[A-ZÀ-ɏ][\w’'-]+)(?: and (?P<n2>{_NUMBER}) {_IN_TOWN}"
                         r"(?P<place2>[A-ZÀ-ɏ][\w’'-]+))?")
# Words after a number that count something other than people.
_NOT_PEOPLE = frozenset({"year", "years", "km", "metres", "meters", "days", "hours", "coaches",
                         "tents", "divers", "vessels", "trains", "engines", "per", "percent"})


# Words before a group that do not name it ("more people", "other passengers").
_MODIFIERS = frozenset({"more", "other", "further", "additional", "another", "also", "injured",
                        "missing", "all", "many", "some", "several", "the", "of", "its", "our",
                        "their"})


_PARTICIPLES = frozenset({"travelling", "traveling", "riding", "working", "standing",
                          # "the number of persons confirmed dead"
                          "confirmed", "reported", "recorded"})


class Toll(NamedTuple):
    """A toll found in a sentence: its group, killed and injured as written."""

    group: str
    killed: str
    injured: str | None


def number(text: str) -> str | None:
    """A count as the format writes it: `12`, `12+` for "at least 12"."""
    text = text.strip().lower()
    plus = "+" if text.startswith(("at least ", "more than ")) else ""
    text = re.sub(r"^(?:at least|more than) ", "", text)
    if m := re.search(r"\((\d+)\)", text):
        return f"{int(m[1])}{plus}"
    text = text.replace(",", "")
    if text.isdigit():
        return f"{int(text)}{plus}"
    if text in ("a third", "a second"):
        return None  # "a third crew member": an ordinal, not a toll
    if text in _UNITS:
        return f"{_UNITS.index(text)}{plus}"
    tens, _, unit = text.partition("-")
    if tens in _TENS and (not unit or unit in _UNITS):
        return f"{_TENS[tens] + (_UNITS.index(unit) if unit else 0)}{plus}"
    return None


def tolls_in(sentence: str) -> list[Toll]:
    """The tolls a sentence states, by group (a place's when it names places)."""
    if (k := _KILLING_IN.search(sentence)) is not None and k["place2"]:
        both = [(k["n"], k["place"]), (k["n2"], k["place2"])]
        return [Toll(f"people in {place}", killed, None) for n, place in both
                if (killed := number(n)) is not None]
    places = list(_PLACES.finditer(sentence))
    if len(places) >= 2 or (places and " dead" in places[0].group(0)):
        out = []
        for place in places:
            killed = number(place["n"])
            if killed is not None:
                injured = number(place["i"]) if place["i"] else None
                out.append(Toll(f"people in {place['place']}", killed, injured))
        return out
    for pattern in _PATTERNS:
        m = pattern.search(sentence)
        if m is None:
            continue
        if "n2" in m.re.groupindex and m["n2"]:  # the second form of "All 72 … died"
            phrase, count_text = m["group2"].lower(), m["n2"]
        else:
            phrase, count_text = m["group"].lower(), m["n"]
        words = phrase.split()
        if not count_text and len(words) > 2 and "rescue" not in phrase:
            continue  # "a man who … died": too vague to count
        # "police officers", "construction workers": a group of two words; "more people" one
        words = [w for w in words if w not in _PARTICIPLES]  # "people travelling on the bridge"
        group = "rescuers" if "rescue" in phrase else " ".join(
            words[-1:] if words[0] in _MODIFIERS else words)
        if group in ("toll", "death toll", "deaths", "bodies", "dead", "killed", "the number",
                     "number", "the figure", "figure"):
            group = "people"  # whose toll: the story's group (see several_rules.generic_group)
        killed = number(count_text) if count_text else "1"  # "A police officer … died"
        if killed is None or group in _NOT_PEOPLE or group == "who":
            continue
        injured = None
        if (i := _INJURED.search(sentence, m.end())) is not None:
            injured = number(i["n"])
        return [Toll(group, killed, injured)]
    return []


# "During the works two rescuers of the ministry were injured", "12 people, including
# three children, have been hospitalized": a count of injured inside a sentence
_INJURED_WITHIN = re.compile(
    rf"(?<![\w,])(?P<n>{_NUMBER})(?: \(\d[\d,]*\))? (?P<group>[a-z]+)(?: of (?:the )?"
    r"[A-ZÀ-ɏ][\w-]*(?: (?:of )?[A-ZÀ-ɏ][\w-]*)*)?(?:, including [^,]{1,40},)? (?:were injured|"
    r"have been injured|had been injured|were hurt|have been hospitali[sz]ed|"
    r"were hospitali[sz]ed|sustained (?:various degrees of )?(?:burns|injuries))\b")


def injured_in(sentence: str) -> tuple[str, str] | None:
    """A sentence that gives only an injured count: its group and count
    ("Twenty-one (21) patients sustained injuries")."""
    m = re.match(rf"(?P<n>{_NUMBER}) (?P<group>[a-z]+) (?:sustained injuries|were injured|"
                 r"are injured|have been injured|had been injured)", sentence.strip(),
                 re.IGNORECASE) or _INJURED_WITHIN.search(sentence)
    if m is None or (count := number(m["n"])) is None:
        return None
    return m["group"].lower(), count


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])|\n+")
def sentences(text: str) -> list[str]:
    """The sentences of a text, a list's bullet taken off."""
    return [re.sub(r"^[-•*]\s+", "", s.strip()) for s in _SENTENCE_END.split(text)]


def extra_claims(text: str, drafted_notes: list[str], issuer: str | None
                 ) -> list[CasualtyClaim]:
    """Claims for the sentences of `text` the drafter gave none for."""
    from tui.core.draft.attribution import relay_in, subjects
    from tui.core.format.model import parse_count

    def key(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))

    notes = [key(n) for n in drafted_notes if n]
    out: list[CasualtyClaim] = []
    for sentence in sentences(text):
        k = key(sentence)
        if not k or any(k in n or n in k for n in notes):
            continue
        relay = relay_in(sentence)
        named = subjects(sentence, relay.name if relay else None)
        claimant = named[0] if named else issuer
        if (extra := injured_in(sentence)) is not None and not tolls_in(sentence):
            group, count = extra
            last = out[-1] if out else None
            if last is not None and last.affected == group and last.injured is None:
                out[-1] = last._replace(injured=parse_count(count))
            elif claimant is not None:  # the merge joins it to the same statement's toll
                out.append(CasualtyClaim(claimant=claimant, affected=group,
                                         injured=parse_count(count), note=sentence))
            continue
        tolls = tolls_in(sentence)
        if not tolls or claimant is None:
            continue
        for toll in tolls:
            out.append(CasualtyClaim(
                claimant=claimant, affected=toll.group, killed=parse_count(toll.killed),
                injured=parse_count(toll.injured) if toll.injured else None, note=sentence))
    return out


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_ANY_NUMBER = re.compile(rf"\b(?:\d+|{'|'.join(_UNITS[1:])}|{'|'.join(_TENS)})\b", re.IGNORECASE)


def only_quoted(sentence: str) -> bool:
    """Every number of the sentence is inside a quotation: a speaker's words
    ("Our divers have recovered 23 bodies"), not a toll reported."""
    return bool(_QUOTED.search(sentence)) and not _ANY_NUMBER.search(
        _QUOTED.sub(" ", sentence))


_CLAUSE = re.compile(r",\s+while\s+|;\s+|,\s+but\s+|,\s+whereas\s+")


def clause_claims(sentence: str) -> list[CasualtyClaim]:
    """A sentence that gives two claimants' tolls, one a clause ("Nineteen
    passengers were killed, the ministry said, while the authority put the
    toll at 23"): a claim per clause, or none when it is not so."""
    from tui.core.draft.attribution import subjects
    from tui.core.format.model import parse_count

    clauses = _CLAUSE.split(sentence)
    if len(clauses) < 2:
        return []
    out: list[CasualtyClaim] = []
    group = None
    for clause in clauses:
        named = subjects(clause)
        if not named:
            return []
        if (tolls := tolls_in(clause)):
            toll = tolls[0]
            generic = toll.group == "people"
            group = group if generic else toll.group
            out.append(CasualtyClaim(claimant=named[0], affected="" if generic else toll.group,
                                     killed=parse_count(toll.killed),
                                     injured=parse_count(toll.injured) if toll.injured else None,
                                     note=sentence))
        elif (m := _TOLL_AT.search(clause)) is not None and (n := number(m["n"])) is not None:
            out.append(CasualtyClaim(claimant=named[0], affected=f"people in {m['place']}"
                                     if m["place"] else "", killed=parse_count(n),
                                     note=sentence))
    # "put the toll at 23": the toll of the group the other clause counts
    out = [c._replace(affected=c.affected or group or "people") for c in out]
    return out if len(out) >= 2 else []


_INJURED_DIED = re.compile(r"\binjured\s+(?:[a-z]+\s+)?(?:had|have|has|who)\s+(?:since\s+)?died\b"
                           # "Two people injured in the blast … have died in hospital"
                           r"|\b(?:people|persons|[a-z]+s)\s+injured\s+(?:in|at|on|during|by)\b"
                           r"[^.;]*?\b(?:had|have|has)\s+(?:since\s+)?died\b")


def injured_who_died(sentence: str) -> bool:
    """The sentence's only "injured" is of people who died since ("two more
    injured passengers had died"): a count of deaths, not of the injured."""
    return bool(_INJURED_DIED.search(sentence)) and sentence.count("injured") == 1


_SUBSET = re.compile(r"\b(?P<n>\d+|[a-z]+) of (?:the|them|those) (?:dead|injured|victims|killed|"
                     r"wounded)\b", re.IGNORECASE)


def subset_of_toll(sentence: str, counts: tuple[str, ...]) -> bool:
    """One of `counts` is part of a toll ("four of the dead were
    contractors", "12 of the injured are children"), not a toll; the
    sentence's other counts may be ("lowered the toll to 11, saying one of
    the dead had been a soldier")."""
    return any(number(m["n"]) in counts or m["n"].lower() in ("some", "most", "many", "several")
               for m in _SUBSET.finditer(sentence))


def place_claims(claim: CasualtyClaim) -> list[CasualtyClaim]:
    """A drafted claim whose sentence gives a toll for each of two places:
    a claim per place, by the same claimant (the first keeps its injured)."""
    from tui.core.format.model import parse_count

    tolls = tolls_in(claim.note or "")
    if len(tolls) == 1 and claim.killed is not None and (
            parts := breakdown(claim.note or "", claim.killed.text)):
        # "47 people have died: 34 in Nampula province and 13 in Zambezia"
        return [claim._replace(affected=f"people in {place}", killed=parse_count(count),
                               injured=None) for place, count in parts]
    if claim.killed is not None and (m := _AND_IN.search(claim.note or "")) is not None \
            and number(m["first"]) == claim.killed.text and (n := number(m["n"])):
        # "killed 23 people in Nampula province and six in neighbouring Zambezia"
        return [claim._replace(affected=f"people in {m['there']}"),
                claim._replace(affected=f"people in {m['place']}", killed=parse_count(n),
                               injured=None)]
    if len(tolls) < 2 or not all(t.group.startswith("people in ") for t in tolls):
        return []
    return [claim._replace(affected=t.group, killed=parse_count(t.killed),
                           injured=(parse_count(t.injured) if t.injured else
                                    claim.injured if i == 0 else None))
            for i, t in enumerate(tolls)]


_AND_IN = re.compile(rf"\b(?P<first>{_NUMBER}) people in (?:[^,;]*?\s)?(?P<there>[A-ZÀ-ɏ][\w-]*"
                     r"(?: (?:province|region|state|district|county))?) and "
                     rf"(?P<n>{_NUMBER}) in "
                     r"(?:neighbouring |neighboring |nearby )?(?P<place>[A-ZÀ-ɏ][\w-]*"
                     r"(?: (?:province|region|state|district|county))?)")
_PLACE_COUNT = re.compile(rf"(?P<n>{_NUMBER}) in (?P<place>[A-ZÀ-ɏ][\w-]*(?: [A-ZÀ-ɏ][\w-]*)?"
                          r"(?: (?:province|region|state|district|county))?)")


def breakdown(sentence: str, total: str) -> list[tuple[str, str]]:
    """The places a total is split between ("47 have died: 34 in Nampula
    province and 13 in Zambezia"), when their counts add up to it."""
    if ":" not in sentence:
        return []
    tail = sentence.split(":", 1)[1]
    parts = [(m["place"], n) for m in _PLACE_COUNT.finditer(tail)
             if (n := number(m["n"])) is not None]
    if len(parts) < 2 or not total.isdigit() or not all(n.isdigit() for _, n in parts):
        return []
    return parts if sum(int(n) for _, n in parts) == int(total) else []
