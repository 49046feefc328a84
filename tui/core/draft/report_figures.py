"""Counts around the tolls of follow-up reports that are not a toll of
their own: another body's figure stated in a comparison ("two more than
the 13 counted by LASEMA"), an earlier year's event, counts still missing
or trapped, people displaced, how many more died, and a count that
another count includes."""

from __future__ import annotations

import re

from tui.core.draft.report_tolls import NUMBER, number, tolls_in
from tui.core.draft.words import WHEN_SAID
from tui.core.format.model import CasualtyClaim

# "two more than the 13 counted by the state emergency agency, LASEMA": the
# other body's figure, stated in the comparison
_COMPARED = re.compile(rf"\b(?:more|fewer|less|higher|lower|above|below) than the "
                       rf"(?P<n>{NUMBER}) (?:[a-z]+ )?(?:counted|confirmed|reported|given|"
                       r"recorded|announced) by (?:the )?(?P<name>[^.;]+?)"
                       # ("counted by the emergencies ministry last night": when, not whose)
                       r"(?:\s+" + WHEN_SAID + r")?"
                       r"\s*(?:[.;]|$)")


def compared_claim(sentence: str) -> CasualtyClaim | None:
    """The toll a sentence credits to another body in a comparison, with
    the group of the sentence's own toll."""
    from tui.core.format.model import parse_count

    m = _COMPARED.search(sentence)
    if m is None or (count := number(m["n"])) is None:
        return None
    name = m["name"].strip()
    if ", " in name:  # "the state emergency agency, LASEMA": the name after the comma
        head, _, after = name.rpartition(", ")
        name = after if after[:1].isupper() else head
    tolls = tolls_in(sentence)
    return CasualtyClaim(claimant=name, affected=tolls[0].group if tolls else "people",
                         killed=parse_count(count), note=sentence)


# A year an event happened in; not "since 2016" or "than in 2019" (a comparison)
_FULL_DATE = re.compile(r"\b(?:[A-ZÀ-ɏ][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-ZÀ-ɏ]"
                        r"[a-z]{2,8},? \d{4}|"
                        r"\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}, \d{4})\b")
_YEAR = re.compile(r"(?<!since )(?<!than in )\b(1[89]\d{2}|20\d{2})\b")


# "carbon monoxide killed 23 people last winter": a past season's toll, not this event's
# (not "the deadliest blaze since last year": a comparison, the toll still this event's)
_LAST_SEASON = re.compile(r"(?<!since )(?<!than )\b(?:last|the previous|the past)\s+(?:year|winter|"
                          r"summer|spring|autumn|fall|season|monsoon)\b", re.IGNORECASE)


def earlier_event(sentence: str, year: int) -> bool:
    """The sentence is about an event of an earlier year ("Floods in 2024
    killed more than 290 people"): its toll is not this event's."""
    # a full date is a dateline's or a report's, not another event's year
    undated = _FULL_DATE.sub(" ", sentence)
    years = {int(y) for y in _YEAR.findall(undated)}
    return (bool(years) and max(years) < year) or bool(_LAST_SEASON.search(sentence))


_STILL = r"(?P<w>missing|trapped|unaccounted for|under the rubble)"
_MISSING = re.compile(rf"(?<!aged )(?<!no )\b(?P<n>{NUMBER})(?<!,) (?:(?P<g>people|others|more|"
                      r"miners|workers|passengers|residents|hikers|climbers|fishermen)\s+)?"
                      r"(?:(?:are|were|remain|remained|still|is|was|believed to be)\s+)*"
                      + _STILL + r"(?! (?:and|or) )\b", re.IGNORECASE)
_NONE_LEFT = re.compile(r"\b(?:no one|nobody|none|no [a-z]+s) (?:remains?|is|are|was|were|"
                        r"is still|remains still|is now|was left) " + _STILL
                        + r"|\bleaving (?:no one|nobody|none) "
                        r"(?P<v>missing|trapped|unaccounted for)\b", re.IGNORECASE)
# "All the hikers who had been on the mountain are now accounted for"
_ALL_FOUND = re.compile(r"\b(?:all|every one of) (?:the |of the )?[a-z]+ .{0,60}?"
                        r"(?:are|were|have been) (?:now |all )?accounted for\b", re.IGNORECASE)
# "The bodies of the two soldiers who were missing have been recovered"
_MISSING_FOUND = re.compile(rf"\bbodies of (?:the )?(?:{NUMBER}|all) (?:missing )?[a-z]+"
                            r"(?: [a-z]+)?(?: who (?:were|had been) missing)?[^.;]{0,60}?"
                            r"\b(?:have been|were|had been) (?:found|recovered|retrieved)\b",
                            re.IGNORECASE)


def missing_in(sentence: str) -> list[tuple[str, str]]:
    """The counts of people still missing or trapped a sentence states, as
    (missing or trapped, count): "13 remain missing", "with nine still
    missing", "14 remained trapped", "no one remains trapped" (0)."""
    # a count in someone's words ("until the two missing workers are found") is theirs
    sentence = re.sub(r"[\"“][^\"”]*[\"”]", " ", sentence)
    # "the two missing crew members were found, leaving no one missing": none left
    if none := [((m["w"] or m["v"]).lower(), "0") for m in _NONE_LEFT.finditer(sentence)]:
        return none
    out = [(m["w"].lower(), n) for m in _MISSING.finditer(sentence)
           if (n := number(m["n"])) is not None]
    if not out and (m := _MISSING_OF.search(sentence)) and (n := number(m["n"])):
        out.append(("missing", n))
    if not out and _ALL_FOUND.search(sentence):
        out.append(("unaccounted for", "0"))
    if not out and (m := _MISSING_FOUND.search(sentence)) is not None and "missing" in m[0]:
        out.append(("missing", "0"))
    return out


# "Two crew members of a sand barge that was passing under the bridge were missing"
_MISSING_OF = re.compile(rf"\b(?P<n>{NUMBER}) (?P<g>[a-z]+(?: members)?) of (?:a|an|the) "
                         r"(?:[a-z]+ )?(?P<of>[a-z]+)\b[^.;]{0,100}? (?:were|are|remain|"
                         r"remained) (?:still )?missing\b", re.IGNORECASE)


def compound(group: str, of: str | None) -> str:
    """A group named by what it belongs to, as an editor writes it: "crew
    members" of a barge are the "barge crew", passengers of a bus "bus
    passengers"."""
    head = group.lower().removesuffix(" members")
    return f"{of.lower()} {head}" if of else head


def missing_group(sentence: str) -> str | None:
    """The group a count still missing names ("Six hikers are still
    unaccounted for": hikers), None for people in general."""
    if (of := _MISSING_OF.search(sentence)) is not None:
        return compound(of["g"], of["of"])
    m = _MISSING.search(sentence)
    group = m["g"].lower() if m is not None and m["g"] else None
    return group if group not in (None, "people", "others", "more") else None


_INCLUDES = re.compile(rf"\binclud(?:es|ing|ed|e)\s+(?P<n>{NUMBER})\b", re.IGNORECASE)


def counted_within(sentence: str, count: str) -> bool:
    """`count` is the part another count includes ("the health office's
    count, which includes four victims who died in hospital"), not a toll."""
    return any(number(m["n"]) == count for m in _INCLUDES.finditer(sentence))


_DISPLACED = re.compile(rf"\b(?:an estimated |some |about |around )?(?P<n>{NUMBER}) people "
                        r"(?:have |had |were |are )?(?:been |now )?(?:displaced|evacuated|"
                        r"left homeless)\b", re.IGNORECASE)


def displaced_in(sentence: str) -> str | None:
    """The count of people displaced a sentence states ("An estimated
    40,000 people have been displaced"), for the figure `people displaced`."""
    m = _DISPLACED.search(sentence)
    return number(m["n"]) if m is not None else None


_AFFECTED = re.compile(rf"\b(?:an estimated |some |about |around )?(?P<n>{NUMBER}) people "
                       r"(?:have |had |were |are )?(?:been |now )?affected\b", re.IGNORECASE)


def affected_in(sentence: str) -> str | None:
    """The count of people affected a sentence states ("some 186,000 people
    are affected"), for the figure `people affected`."""
    m = _AFFECTED.search(sentence)
    return number(m["n"]) if m is not None else None


_MORE = re.compile(rf"\b(?P<n>{NUMBER}) (?:more\b|(?:[a-z]+ )?(?:injured|wounded) [a-z]+ "
                   r"(?:had |have |has )?(?:since |also )?died\b)", re.IGNORECASE)


def increment(sentence: str, count: str) -> bool:
    """`count` is how many more died ("two more people died", "two injured
    passengers died overnight"), an increase of a toll, not a toll."""
    return any(number(m["n"]) == count for m in _MORE.finditer(sentence))


# "Police had earlier counted 19 dead", "up from 23 on Sunday": a figure stated
# before, told again
# (a pluperfect alone is no sign: reported speech backshifts "have confirmed" to "had")
_EARLIER = re.compile(r"\b(?:(?:had |have )?(?:earlier|previously|initially|first) "
                      r"(?:put|counted|given|gave|reported|confirmed|said|recorded)|up from|"
                      r"down from|revised from)"
                      rf"[^.;]{{0,40}}?\b(?P<n>{NUMBER})\b", re.IGNORECASE)


# "the national agency had reported seven dead earlier on Monday"
# ("Her office had reported 12 deaths in a statement on Sunday morning": a figure of the
# one the story is about, told as before; not "Police had confirmed 18 deaths by Tuesday
# evening", the police's own latest)
_HAD_EARLIER = re.compile(rf"\bhad (?:reported|put|counted|given|confirmed|recorded|said)\s+"
                          rf"(?:the (?:death )?toll at\s+)?(?P<n>{NUMBER})\b[^.;]{{0,30}}?"
                          r"\b(?:earlier|previously|before)\b|"
                          r"^(?:his|her|its|their)\s+(?:[\w’'-]+\s+){1,3}?had\s+(?:reported|counted|"
                          rf"given|confirmed|recorded|put)\s+(?:the (?:death )?toll at\s+)?"
                          rf"(?P<m>{NUMBER})\b",
                          re.IGNORECASE)


def stated_before(sentence: str, count: str) -> bool:
    """`count` is a figure the sentence says was stated before, not now."""
    return any(number(m["n"] or m.groupdict().get("m") or "") == count
               for pattern in (_EARLIER, _HAD_EARLIER) for m in pattern.finditer(sentence))


# "The provincial disaster office in Negros Oriental gave the same toll"
_SAME_TOLL = re.compile(r"^(?:[Tt]he\s+)?(?P<who>[\w’' -]+?)"
                        r"(?:\s+in\s+[A-ZÀ-ɏ][\w-]*(?:\s+[A-ZÀ-ɏ][\w-]*)*)?"
                        r"\s+(?:gave|put|reported|confirmed|stated|had)\s+the same (?:death )?"
                        r"(?:toll|figures?|number|count|tally)\b")


def same_toll_by(sentence: str) -> str | None:
    """Who a clause says gave the toll just stated, if it says so."""
    for clause in re.split(r";|,\s+(?:and|while|but)\s+", sentence):
        if (m := _SAME_TOLL.match(clause.strip())) is not None:
            return m["who"]
    return None


_PAIR = re.compile(rf"\b(?P<a>{NUMBER}) (?P<x>[a-z]+) and (?P<b>{NUMBER}) (?P<y>[a-z]+)\b")


def listed_with(what: str, value: str, sentence: str) -> list[tuple[str, str]]:
    """The other count of a pair the figure is one of ("destroyed 27 shops
    and four vehicles": shops destroyed, 27, beside vehicles destroyed)."""
    words = what.split()
    if len(words) < 2:
        return []
    out = []
    for m in _PAIR.finditer(sentence):
        pairs = [(number(m["a"]), m["x"]), (number(m["b"]), m["y"])]
        for i, (count, noun) in enumerate(pairs):
            other_count, other = pairs[1 - i]
            if count == value and noun == words[0] and other_count is not None \
                    and other != noun and other not in ("people", "others"):
                out.append((" ".join([other, *words[1:]]), other_count))
    return out
