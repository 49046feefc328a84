"""Words for a death that the single-article drafter does not read as one:
soldiers or police "martyred", who "embraced shahadat" (martyrdom), the
words of a military's or a government's releases in much of South Asia
and the Middle East, and of the outlets that quote them."""

from __future__ import annotations

import re

from tui.core.draft.report_tolls import NUMBER, number, sentences
from tui.core.draft.words import DEAD_LABELS, INJURED_LABELS
from tui.core.format.model import CasualtyClaim, parse_count

# "three soldiers were martyred", "Five soldiers, including an officer, embraced shahadat"
_MARTYRED = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?P<group>[a-z]+(?:\s+(?!(?:were|was|have|had|are)\b)[a-z]+)?)(?:,[^,]{{1,80}},)?\s+"
    r"(?:(?:were|have been|had been|was|are)\s+)?"
    r"(?:martyred|embraced\s+(?:shahadat|shahadah|martyrdom)|attained\s+martyrdom)\b",
    re.IGNORECASE)


def martyrs_in(sentence: str) -> tuple[str, str] | None:
    """The group and count a sentence says were martyred, if it does."""
    m = _MARTYRED.search(sentence)
    if m is None or (count := number(m["n"])) is None:
        return None
    return m["group"].lower(), count


# A situation report's casualty list: "a. Dead: seven (7) hikers (validated)",
# "Injured: eleven (11) hikers; three (3) residents of Brgy. Malinao, Dalipay"
# ("Deceased: 12", "Injured: 31": a table's line, its group the report's own)
_LISTED = re.compile(r"^\s*(?:[a-z0-9]{1,3}[.)]\s+)?(?P<kind>"
                     + "|".join((*DEAD_LABELS, *INJURED_LABELS)) + r")\s*:\s*(?P<rest>.+)$",
                     re.IGNORECASE | re.MULTILINE)
_LISTED_ITEM = re.compile(rf"^\s*(?P<n>{NUMBER})(?:\s*\(\d[\d,]*\))?(?:\s+(?P<group>[^,;(]+?))?\s*"
                          r"(?:\(|,|$)", re.IGNORECASE)


def listed_tolls(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """The tolls a situation report lists under "Dead:" and "Injured:", per
    group: (group, killed, injured, the lines they came from)."""
    from tui.core.draft.groups import heading_of_people, people_named

    found: dict[str, list[str | None]] = {}
    lines: dict[str, list[str]] = {}
    # (the group a list's heading names, "Visitors:", above its "Deceased: 7")
    headings = {m.start(): heading_of_people(line.strip()) for m in re.finditer(r"(?m)^.*$", text)
                if (line := m.group(0)).strip().endswith(":")}
    for m in _LISTED.finditer(text):
        field = 0 if m["kind"].lower() in DEAD_LABELS else 1
        above = max((at for at in headings if at < m.start()), default=None)
        between = text[above:m.start()].splitlines()[1:] if above is not None else []
        heading = headings[above] if above is not None and all(
            _LISTED.match(line) or not line.strip() for line in between) else None
        for entry in m["rest"].split(";"):
            item = _LISTED_ITEM.match(entry)
            if item is None or (count := number(item["n"])) is None:
                continue
            group = (item["group"] and people_named(item["group"].strip())) or heading \
                or (item["group"] or "people").strip()
            found.setdefault(group, [None, None])[field] = count
            lines.setdefault(group, []).append(m[0].strip())
    return [(group, killed, injured, " ".join(dict.fromkeys(lines[group])))
            for group, (killed, injured) in found.items()]


# A sentence that gives a total and opens a list of its parts: "the health facilities
# had received forty-six (46) patients ..., broken down as follows:"
_TOTAL_OPENS_A_LIST = re.compile(rf"\b{NUMBER}\s+(?P<who>[a-z]+)\b(?=[^:]*:$)", re.IGNORECASE)
# (and says that what follows are its parts: not "After the 12 deaths, the following
# teams were deployed:")
_ITS_PARTS = re.compile(r"\b(?:broken down|as follows|divided|distributed|of whom|among (?:them|"
                        r"whom)|including|namely)\b", re.IGNORECASE)
# (a total's word that says its measure: never "victims" or "casualties", which may
# be either, nor a total of both, "12 dead and 30 injured")
_INJURED_WHO = re.compile(r"^(?:patients|injured|wounded)$")
_DEAD_WHO = re.compile(r"^(?:dead|deaths|bodies|fatalities)$")
# One part of it: "- thirty-nine (39) residents of the village of Mbankouop;", "- four
# (04) herders found on the rim of the lake;"
# (what follows the group says how or where, and is no part of its name)
_PART = re.compile(rf"^\s*[-•*▪]\s*(?P<n>{NUMBER})\s+(?P<group>[A-Za-z][^;,.:()]*?)"
                   r"(?=\s+(?:found|who|which|presenting|admitted|taken|namely)\b|\s*[;,.:(]|$)",
                   re.IGNORECASE)


def broken_down_tolls(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """The parts of a total a release lists under the sentence that gives it
    ("received forty-six (46) patients ..., broken down as follows:" then
    "- thirty-nine (39) residents of ...;"): (group, killed, injured, line)
    for each part that names a group of people, each its own group."""
    from tui.core.draft.groups import people_named

    out: list[tuple[str, str | None, str | None, str]] = []
    measure: int | None = None
    for line in text.splitlines():
        if line.strip().endswith(":"):
            if not _ITS_PARTS.search(line):
                measure = None
                continue
            whos = [m["who"].lower() for m in _TOTAL_OPENS_A_LIST.finditer(line.strip())]
            kinds = {1 if _INJURED_WHO.match(who) else 0 for who in whos
                     if _INJURED_WHO.match(who) or _DEAD_WHO.match(who)}
            measure = kinds.pop() if len(kinds) == 1 else None
            continue
        part = _PART.match(line) if measure is not None else None
        if part is None or (count := number(part["n"])) is None or (
                group := people_named(part["group"])) is None:
            measure = None if line.strip() and part is None else measure
            continue
        out.append((group, count if measure == 0 else None, count if measure == 1 else None,
                    line.strip()))
    return out


# People treated for what the event did to them are its injured: "27 residents of
# neighbourhoods downwind … had been treated in hospital", "58 residents had now been
# treated for smoke inhalation", "the number of residents who sought hospital
# treatment … rose to 41", "more than 200 residents with symptoms"
_TREATED = (
    re.compile(rf"\b(?P<n>{NUMBER}) (?P<group>[a-z]+)(?: of [^,.;]{{1,60}}?)? (?:had |have |has )?"
               r"(?:now |so far )?been (?:treated|hospitali[sz]ed)\b"),
    re.compile(r"\bnumber of (?P<group>[a-z]+) who (?:sought|received|needed) (?:hospital )?"
               rf"treatment\b[^,.;]*? (?:rose|has risen|had risen|climbed|increased) to "
               rf"(?P<n>{NUMBER})\b"),
    re.compile(rf"\b(?P<n>(?:more than |over )?{NUMBER}) (?P<group>[a-z]+) with symptoms\b"),
)


# "The bodies of the two missing crew members of the sand barge were found"
_FOUND_DEAD = re.compile(rf"\bbodies of (?:the )?(?P<n>{NUMBER}) (?:missing )?(?P<g>[a-z]+"
                         r"(?: members)?)(?: of (?:a|an|the) (?:[a-z]+ )?(?P<of>[a-z]+))?"
                         r"[^.;]{0,40}? (?:were|have been|had been) (?:found|recovered|"
                         r"retrieved)\b", re.IGNORECASE)


def found_dead(sentence: str) -> tuple[str, str] | None:
    """The group and count of people a sentence says were found dead."""
    from tui.core.draft.report_figures import compound

    m = _FOUND_DEAD.search(sentence)
    if m is None or (count := number(m["n"])) is None:
        return None
    return compound(m["g"], m["of"]), count


def treated_in(sentence: str) -> tuple[str, str] | None:
    """The group and count of people a sentence says were treated (the
    injured of a release of smoke or gas, who are counted as treated)."""
    for pattern in _TREATED:
        if (m := pattern.search(sentence)) is not None and (
                count := number(m["n"].replace("over ", "more than "))) is not None:
            return m["group"].lower(), count
    return None


def martyr_claims(text: str, drafted_notes: list[str], issuer: str | None
                  ) -> list[CasualtyClaim]:
    """Claims for the sentences of `text` the drafter gave none for that
    say who was martyred ("The ISPR said three soldiers were martyred"),
    or how many were treated (their injured)."""
    from tui.core.draft.attribution import relay_in, subjects

    def key(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))

    notes = [key(n) for n in drafted_notes if n]
    out = []
    for sentence in sentences(text):
        k = key(sentence)
        if not k or any(k in n or n in k for n in notes):
            continue
        martyred, treated = martyrs_in(sentence) or found_dead(sentence), treated_in(sentence)
        if martyred is None and treated is None:
            continue
        relay = relay_in(sentence)
        named = subjects(sentence, relay.name if relay else None)
        if (claimant := named[0] if named else issuer) is None:
            continue
        if martyred is not None:
            out.append(CasualtyClaim(claimant=claimant, affected=martyred[0],
                                     killed=parse_count(martyred[1]), note=sentence))
        elif treated is not None:
            out.append(CasualtyClaim(claimant=claimant, affected=treated[0],
                                     injured=parse_count(treated[1]), note=sentence))
    return out
