"""The tolls a sentence states: its counts (by `counts.counts_in`) read
together as the dead and the injured of one group, the other groups' dead,
and the figures that are projections, not tolls."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from tui.core.draft.count_rules import AMONG_THOSE_WHO, EARLIER_COUNT_RULES, ZERO_RULES
from tui.core.draft.counts import counts_in
from tui.core.draft.groups import (
    SEPARATE_INCIDENT,
    background,
    breakdown,
    disease,
    incident_remark,
    place_of_sentence,
    qualifier,
    where_place,
)
from tui.core.draft.measured import told_as_a_toll
from tui.core.draft.names import countries_in
from tui.core.draft.stated import StatedCount, Tolls, parse_number
from tui.core.draft.words import (
    DEAD_LABELS,
    GROUPS_OF_PEOPLE,
    INJURED_LABELS,
    NUM,
    REGION_WORD,
    RESPONDERS,
)


def _where(sentence: str, start: int, who: str) -> str:
    """`who` with the place its clause names: "people in Colombo", or the place
    the clause opens with ("In Sindh province 23 people died")."""
    clause = re.split(r"[,;.]", sentence[start:], maxsplit=1)[0]
    # ("in the Western Visayas Region", "in the Provinces of Cavite and Laguna")
    place = re.search(r"\bin (?:the )?((?:[A-ZÀ-ɏ][\w’'\-]+\s*(?:(?:of|and)\s+(?=[A-ZÀ-ɏ]))?)+"
                      r"(?:" + REGION_WORD + r"\b)?)", clause)
    opening = _OPENING_PLACE.search(sentence[:start])
    if place is None and opening is not None and opening.end() == start:
        return f"{who} in {opening.group(1)}"
    return f"{who} in {place.group(1).strip()}" if place else f"{who} (another group)"


# A clause that opens with its place: "In Sindh province 23 people died" (ends at the count)
_OPENING_PLACE = re.compile(r"(?:^|[-–—,;:]\s|\s[-–—]\s)\s*[Ii]n\s+((?:the\s+)?[A-ZÀ-ɏ][\w’'\-]+"
                            r"(?:\s+(?:[A-ZÀ-ɏ][\w’'\-]+|province|district|state|county|region))"
                            r"{0,3}),?\s+$")


_RESPONDER = re.compile(r"\b(?:" + "|".join(sorted(RESPONDERS, key=lambda w: (-len(w), w)))
                        + r")s?\b", re.IGNORECASE)


# "- Slightly injured: 9", "Seriously wounded: 3": how badly, not whose
_SEVERITY_LABEL = re.compile(r"\s*(?:slightly|lightly|seriously|severely|critically|badly|"
                             r"moderately)\s+(?:injured|wounded|hurt)\b", re.IGNORECASE)


def _kind(noun: str | None) -> str:
    """The last word of a count's noun, singular: "soldier" of "other soldiers"."""
    last = (noun or "").split()[-1:] or [""]
    return last[0].lower().removesuffix("s")


_AMONG_THOSE = re.compile(r"[^,;.]*\bamong\s+those\s+(?:"
                          + "|".join(w.replace(" ", r"\s+") for w in AMONG_THOSE_WHO) + r")\b")


def _a_nations_part(sentence: str, count: StatedCount) -> bool:
    """A count of one nation's people among a toll ("one of the injured was a
    Moldovan citizen", "two Malagasy nationals are among those injured")."""
    return count.rule in ("one_of_a_nation", "of_the_dead_first") or bool(
        _AMONG_THOSE.match(sentence[count.start:]))


def _of_responders(noun: str | None) -> bool:
    """A count's noun names those who came to help ("three firefighters")."""
    return noun is not None and _RESPONDER.search(noun) is not None


def tolls_in(sentence: str) -> Tolls | None:
    """The casualties a sentence states, or None if it counts none."""
    low = sentence.lower()
    for rule in ZERO_RULES:
        if (zero := rule.find(sentence)) is not None and not (
                rule.without_counts and counts_in(sentence)):
            return zero
    killed: StatedCount | None = None
    injured: StatedCount | None = None
    others: list[StatedCount] = []
    affected = "check"
    found = counts_in(sentence)
    # ("Of the dead, ...", "the dead included ...", "137 victims were Han, while 46 ...")
    if not found and (of := re.search(r"\bof the (dead|victims|injured|wounded)\b|\bthe "
                                      r"(dead|victims) included\b|\b\d[\d,]*\s+(victims)\s+"
                                      r"(?:were|was)\b", low)) \
            and (parts := breakdown(sentence, StatedCount(
                "injured" if of.group(1) in ("injured", "wounded") else "killed", 0, None,
                "", start=of.start(), rule="breakdown_by_place"))):
        # "Of the dead, 12 were in Kano and 8 in Kaduna": the places' groups
        first, *rest = parts
        if first.measure == "killed":
            return Tolls(first, None, tuple(rest), first.noun)
        return Tolls(None, first, (), first.noun)
    if not found:
        return None
    projections = tuple(c for c in found if c.projected)
    found = _first_then_later(sentence, _current(c for c in found if not c.projected))
    if any(not c.increment for c in found):
        found = [c for c in found if not c.increment]  # "..., bringing the toll to 88"
    if not found:
        return Tolls(None, None, (), "people", projections)
    # ("23 deaths have been confirmed ... following an initial count of 15": the 23 is
    # the toll, the 15 the figure it had before)
    told_before = [c for c in found if c.measure == "killed" and c.rule in EARLIER_COUNT_RULES]
    now = [c for c in found if c.measure == "killed" and c.rule not in EARLIER_COUNT_RULES
           and not c.included]
    if len(told_before) == 1 and now:
        found = [c for c in found if c is not told_before[0]]
    # a toll stated as one first ("the toll rose to 44"), then in the sentence's order
    found.sort(key=lambda c: (c.kind not in ("toll", "number")
                              and not told_as_a_toll(sentence, c.start), c.start))
    for count in found:
        # each figure keeps its own bound: "at least 9 dead and 40 injured"
        if count.measure == "killed" and killed is None:
            killed = count
        elif count.measure == "injured" and injured is None:
            injured = count
        elif (count.measure == "killed" and killed is not None and not count.included
              and count.start > killed.start and count.number != killed.number
              and count.kind != "bodies"
              and re.search(r",\s+(?:and|while|whereas)\s+|;\s",
                            sentence[killed.start:count.start])
              # (not "and that two of the wounded later passed away": of the injured)
              and not re.match(r"[\w,\-]+\s+of\s+the\s+(?:[\w-]+\s+)?(?:injured|wounded)\b",
                               sentence[count.start:], re.I)):
            # "Eight people drowned in Galle, and two died in Colombo": two places,
            # two groups (the same group would make the second a revision); "while 14
            # died in Punjab" the same
            count = replace(count, noun=_where(sentence, count.start, count.noun or "people"),
                            rule="breakdown_by_place")
            if not killed.noun or killed.noun == "people":
                affected = _where(sentence, killed.start, "people")
                killed = replace(killed, noun=affected, rule="breakdown_by_place")
            others.append(count)
        elif (count.measure == "killed" and killed is not None and count.noun
              and not count.included
              and killed.noun and count.noun != killed.noun
              # (the same number of two groups a sentence pairs: "two Germans and two
              # Canadians died")
              and (count.number != killed.number
                   or (count.rule == killed.rule == "two_groups_dead"
                       and not count.noun.startswith("of ")))):
            # "17 soldiers had been killed and ... neutralised 60 attackers":
            # another group's dead, a claim of its own
            if count.noun.startswith(("in ", "near ")):
                # "Eleven villagers in Kora and six in Belu": villagers in Belu
                count = replace(count, noun=re.sub(r"\s+(?:in|near)\s+.*$", "", killed.noun)
                                + f" {count.noun}")
            others.append(count)
        elif (count.measure == "injured" and injured is not None and count is not injured
              and count.rule in ("two_groups_injured", "two_groups_hurt")
              and count.noun != injured.noun):
            others.append(count)  # "31 pupils and one teacher sustained injuries"
        if count.noun and affected == "check":
            affected = count.noun
    if killed is not None and injured is not None and not injured.included \
            and _of_responders(injured.noun) and (not _of_responders(killed.noun) or _kind(
                killed.noun) != _kind(injured.noun)) \
            and killed.start < injured.start \
            and not re.match(r"[^,;.]*\bamong\s+(?:the|them|those)\s+(?:[a-z]+\s+)?"
                             r"(?:injured|wounded|hurt|casualties|victims|dead)\b",
                             sentence[injured.start:]):
        # "confirms nine dead ... and says three firefighters have been injured": those
        # who came to help are a group of their own, never the group of the dead
        others.append(injured)
        injured = None
        affected = killed.noun or "check"
    if others and killed is not None:
        # the groups' claims in the order the sentence gives them
        first, *others = sorted([killed, *others], key=lambda c: c.start)
        if first is not killed:
            affected, killed = first.noun or affected, first
    if killed is not None and injured is not None and killed.noun != injured.noun and (
            part := next((c for c in (injured, killed) if _a_nations_part(sentence, c) or (
                # ("four of the dead and two of the injured were Britons": two parts, not
                # "none of the dead were", a zero of no one's part)
                c.rule == "of_the_injured" and killed.rule == "of_the_dead"
                and not (killed.noun or "people").startswith("people "))), None)):
        # ("Two Malagasy nationals are among those injured, ... the fire killed 12 people":
        # a nation's part of one toll is a claim of its own, never the other's group)
        others.append(part)
        if part is injured:
            injured, affected = None, killed.noun or "check"
        else:
            killed, affected = None, injured.noun or "check"
    if affected == "check" and (label := _LABEL.match(sentence)) is not None \
            and not label[1].lower().startswith(DEAD_LABELS + INJURED_LABELS) \
            and not _SEVERITY_LABEL.match(label[1]) \
            and not countries_in(label[1]) and _names_people(label[1]):
        # "- Guests: 12 dead; 21 injured": a list's line, its label the group
        affected = label[1].strip().lower()
    if affected == "check":
        affected = "people"
    if killed is not None and killed.earlier is None and len(told_before) == 1 and now \
            and told_before[0].number != killed.number:
        killed = replace(killed, earlier=told_before[0].number)
    # "47 have died ..., up from 29 deaths reported in the last update": a revision of
    # the dead ("eight dead and 19 injured, up from five": of the dead, as copy means
    # it); "58 people have been treated, up from 41": of the injured, when no dead
    # are counted before it
    # (", against 41 in its first report" after "died and 58 were injured": the count
    # nearest before it, the injured's)
    if killed is not None and injured is not None and killed.start < injured.start and (
            both := _UP_FROM_BOTH.search(sentence, injured.start)) is not None:
        # ("13 deaths ... and 58 people injured, up from 9 and 40": each its own)
        killed = replace(killed, earlier=parse_number(both[1]))
        injured = replace(injured, earlier=parse_number(both[2]))
    nearer_injured = _nearer_count(sentence, killed, injured)
    if killed is not None and killed.earlier is None and not nearer_injured:
        killed = _up_from(sentence, killed)
    if injured is not None and injured.earlier is None and (
            killed is None or killed.start > injured.start or nearer_injured):
        injured = _up_from(sentence, injured)
    if killed is not None and killed.earlier is None and (previous := _PREVIOUS.search(
            sentence)) and (before := parse_number(next(g for g in previous.groups() if g))) \
            is not None \
            and before != killed.number and not (
                # ("Two were killed and 14 injured, not 12 as earlier reported": the injured's)
                injured is not None and killed.start < injured.start < previous.start()):
        # "54 bodies had been recovered, raising its previous death toll of 37"
        killed = replace(killed, earlier=before)
        # (the earlier figure is no group of its own: "which initially reported six deceased")
        others = [o for o in others if not previous.start() <= o.start < previous.end()]
    if killed is not None and (parts := breakdown(sentence, killed, frozenset(
            c.start for c in found if c.measure != "killed"))):
        # "40 people in Turkey and 12 in Syria": each place's dead a group of its own
        taken = {c.start for c in others}
        if parts[0].start == killed.start and parts[0].rule == "breakdown_by_kind" and (
                killed.noun not in ("", "people")):
            parts = parts[1:]  # "16 of the dead were South Sudanese oil workers": its own noun
        elif parts[0].rule == "breakdown_by_nation" and _holds(parts, killed):
            # ("six Germans, four Britons and two Canadians were among the dead": the count
            # is an item of the list, each item its nation's; the sentence's injured, "12
            # people were injured, and six Germans ... were killed", a claim of their own)
            killed, others = _list_for_its_item(parts, others)
            affected = killed.noun
            if injured is not None and not _holds(parts, injured):
                others, injured = [*others, injured], None
            parts = []
        elif parts[0].start == killed.start:
            killed, parts = parts[0], parts[1:]
            affected = killed.noun
        others += [p for p in parts if p.start not in taken and p.number != killed.number]
    if injured is not None and killed is None and (parts := breakdown(sentence, injured)) and all(
            p.rule == "breakdown_by_nation" for p in parts):
        if _holds(parts, injured):
            # ("six Germans, four Britons and two Canadians were injured": the count is an
            # item of the list, each item its nation's)
            injured, others = _list_for_its_item(parts, others)
            affected = injured.noun
        else:
            # "44 people were wounded, including six Tunisians and 13 Italians": each
            # nation's injured a group of its own
            others += [p for p in parts if p.number != injured.number]
    if injured is not None and killed is not None and others and (
            injured_at := re.match(r"[^,;.]{0,30}?\bin\s+([A-ZÀ-ɏ][\w’'\-]+)",
                                   sentence[injured.start:])) \
            and f" in {injured_at.group(1)}" not in killed.noun and (same := next(
                (o for o in others if f" in {injured_at.group(1)}" in o.noun), None)):
        # "... in Zambezia to 13 and in Nampula to 34, with 140 injured in Nampula": the
        # injured are the group of their place's dead, so that group's claim leads
        others = [killed if o is same else o for o in others]
        killed, affected = same, same.noun
    lead = min((c for c in (killed, injured) if c is not None), key=lambda c: c.start,
               default=None)
    if lead is not None and not others and (where := qualifier(sentence, lead)):
        affected = f"{affected} {where}"  # "passengers of the ferry", "people in Tamar"
    elif lead is not None and not others and affected == "people" and (
            among := _among_a_group(sentence[lead.start:])):
        affected = among  # "two dead and 19 injured among our audience and our orchestra"
    elif lead is not None and not others and (place := where_place(sentence, lead)):
        affected = f"{affected} in {place}"  # "its state of West Bengal, where two died"
    elif lead is not None and not others and affected == "people" and (
            place := place_of_sentence(sentence)):
        affected = f"people in {place}"  # "In the province's Orla County, 11 died"
    if sick := disease(sentence):
        affected = sick  # "died of cholera in the camps": the cholera's dead
    if when := background(sentence):
        # "the toll since the war began", "last year": not this event's group
        affected = f"{affected} ({when})"
    if other := SEPARATE_INCIDENT.search(sentence):
        # "In a separate attack, four guards were killed": another incident's group
        affected = f"{affected} {incident_remark(other.group(0))}"
    if any(c is not None and c.increment for c in (killed, injured)):
        # an increment compared with a toll would be a false dispute
        affected = f"{affected} (more, added to an earlier count)"
    return Tolls(killed, injured, tuple(others), affected, projections)


# "19 injured among the passengers", "two dead and 19 injured among our audience and our
# orchestra": the group a count is of, right after its casualty word (not "panic among
# the residents", "no injuries among the passengers", "mostly among the worshippers")
_AMONG = re.compile(r"\b(?:dead|killed|died|deaths|injured|wounded|hurt|injuries|casualties|"
                    r"martyrs|fatalities|victims)\s+among\s+(?:the|our|its|their)\s+([a-z][\w\-]*"
                    r"(?:\s+and\s+(?:(?:the|our|its|their)\s+)?[a-z][\w\-]*)?)\b")


def _among_a_group(after: str) -> str | None:
    """The group named by "... injured among the ..." after a count, when
    every noun of it names people and no other number or negation stands
    between."""
    found = _AMONG.search(after)
    if found is None:
        return None
    before = after[:found.start()]
    # (the count's own "no" is its figure: "no fatalities among the tourists")
    if re.search(r"[.;]|\b(?:no|not|none|mostly|most|including)\b",
                 re.sub(r"^\s*no\s+", "", before)) or len(counts_in(before)) > 2:
        return None
    nouns = re.sub(r"\b(?:the|our|its|their)\s+", "", found.group(1))
    if not all(noun in GROUPS_OF_PEOPLE for noun in nouns.split(" and ")):
        return None
    return nouns


# A list's line that opens with who it counts: "- Hotel staff: 2 dead; 1 injured",
# "Vendors under the stand: 2 people dead and 11 injured"
# (not a list's heading: "Updated figures from the governor's office: 14 killed")
# (a line of a list, whose bullet the layout took off; not "Police said: 12 dead")
_LABEL = re.compile(r"^[-•*–—]?\s*((?![\w’'\- ]*\b(?:figures?|toll|tolls|update|updated|latest|"
                    r"statement|report|count|total|casualties|breakdown|from|by|according|"
                    r"said|says|told|reported|summary|overview|situation|day)\b)"
                    r"[A-ZÀ-ɏ][a-z][\w’'\-]*(?:\s+[\w’'\-]+){0,4}?):\s+(?=" + NUM + r"\b)")

# Words of one word that name people without a plural's s
_PEOPLE_WORDS = frozenset({"children", "staff", "crew", "police", "people", "personnel", "women",
                           "men"})


def _holds(parts: list[StatedCount], count: StatedCount) -> bool:
    """The count is one item of the list `parts` reads."""
    return any(p.start == count.start for p in parts)


def _list_for_its_item(parts: list[StatedCount], others: list[StatedCount],
                       ) -> tuple[StatedCount, list[StatedCount]]:
    """The list's first item in the place of the count it holds, and the
    sentence's other counts with the list's items in place of theirs."""
    starts = {p.start for p in parts}
    return parts[0], [o for o in others if o.start not in starts] + parts[1:]


def _names_people(label: str) -> bool:
    """A list's label of one word names people when it is a plural ("Guests",
    "Workers"; not "Lagos", "Texas": a place's name ends so rarely);
    a longer label ("Hotel staff", "Vendors under the stand") is taken as it is."""
    words = label.split()
    if len(words) > 1:
        return True
    word = words[0].lower()
    return word in _PEOPLE_WORDS or re.search(r"(?:[^aeiosu]s|es)$", word) is not None


# ("up from a death toll of 19 on Wednesday": the same)
# ("up from an earlier 160", "up from 30 reported on Monday": the same, the figure
# bare when nothing after it says it counts something else)
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:an?\s+(?:earlier|previous)\s+)?(?:(?:an?\s+)?"
                      r"(?:(?:earlier|previous)\s+)?(?:death\s+)?toll\s+of\s+" + NUM + r"|" + NUM
                      + r"\s+(?:deaths|dead|killed|fatalities)|(?:an?\s+|the\s+)?(?:(?:earlier|"
                      r"previous|initial|first)\s+)?" + NUM + r"(?=\s*(?:[,.;]|$|\s+(?:reported|"
                      r"given|announced|confirmed|earlier|previously|on|in\s+the|the\s+day|"
                      # ("up from five this afternoon", "up from 12 overnight")
                      r"yesterday|last|this\s+(?:morning|afternoon|evening)|overnight|"
                      # ("up from 4 in its first report", "up from 118 at the time of",
                      # "up from 17 in Sitrep No. 1": a numbered report's)
                      r"in\s+(?:its|their|the|his|her)|at\s+the\s+time|"
                      r"in\s+(?:[A-Z][\w\-]*\s+){0,2}(?:Sitrep|Situation\s+Report|Bulletin|"
                      r"Update|Report|Statement|Communiqu[eé]|Release|Notice)\s+(?:No\.?\s*)?\d|"
                      r"in\s+(?:[A-Z][\w\-]*\s+){1,3}No\.?\s*\d))))\b"
                      # (", against 7 in Situation Report No. 1": the report before)
                      # (its own: not "against 56 in the official report", a rival's)
                      r"|,\s+against\s+" + NUM + r"(?=\s+in\s+(?:(?:its|their|our)\s+|the\s+"
                      r"(?=first|previous|last|earlier|initial|latest|second)|(?-i:(?=[A-Z])))"
                      r"(?:[\w.’']+\s+){0,2}?(?:report|update|bulletin|statement|count)\b)",
                      re.I)


def _nearer_count(sentence: str, killed: StatedCount | None,
                  injured: StatedCount | None) -> bool:
    """An ", against N" (which says no direction) stands after the injured, nearer
    than the dead: it is the injured's earlier figure."""
    if killed is None or injured is None or injured.start < killed.start:
        return False
    up = _UP_FROM.search(sentence, injured.start)
    return up is not None and up.group(0).lstrip(", ").lower().startswith("against")


# "up from 9 and 40": the earlier figures of the dead and the injured before it
_UP_FROM_BOTH = re.compile(r"\b(?:up|down)\s+from\s+" + NUM + r"\s+and\s+" + NUM + r"\b", re.I)


# An earlier figure of another event: "up from 30 in the attack on Odesa"
_OF_ANOTHER_EVENT = re.compile(r"\s+(?:\w+\s+){0,3}?(?:attack|strike|blast|explosion|bombing|"
                               r"quake|earthquake|fire|flood|crash|raid|shelling|storm)\b", re.I)


def _up_from(sentence: str, count: StatedCount) -> StatedCount:
    """The count with the earlier figure an "up from N" after it gives, if one does."""
    if (up := _UP_FROM.search(sentence, count.start)) is None or _OF_ANOTHER_EVENT.match(
            sentence, up.end()):
        return count
    before = parse_number(next(g for g in up.groups() if g))
    return replace(count, earlier=before) if before not in (None, count.number) else count


_PREVIOUS = re.compile(r"\b(?:previous|earlier|initial|first)\s+(?:death\s+)?toll\s+of\s+" + NUM
                       # ("13 Filipino fatalities, not 14 as earlier reported")
                       + r"|,?\s+(?:and\s+)?not\s+" + NUM + r"\s+as\s+(?:was\s+)?(?:earlier|"
                       r"previously|initially|first|originally)\s+(?:reported|stated|said|"
                       r"announced|given)"
                       # ("two were killed, revising a report that three had been confirmed dead")
                       r"|\brevising\s+(?:an?|the|its|their)\s+(?:(?:earlier|previous|initial|"
                       r"first)\s+)?(?:report|figure|toll|count|estimate|tally)\s+(?:that|of)\s+"
                       + NUM + r"(?=\s+(?:[\w-]+\s+){0,4}?(?:dead|died|killed|deaths)\b)"
                       # ("..., which initially reported six deceased", "The death toll was
                       # originally six, before doubling to 12")
                       r"|,?\s+which\s+(?:had\s+)?(?:initially|first|earlier|originally|"
                       r"previously)\s+(?:reported|said|gave|put|counted)\s+" + NUM
                       + r"(?=\s+(?:[\w-]+\s+)?(?:dead|deceased|deaths|fatalities|killed|died|"
                       r"victims|bodies)\b)"
                       + r"|\b(?:death\s+)?toll\s+(?:was|stood\s+at|had\s+been)\s+(?:originally|"
                       r"initially|first)\s+" + NUM + r"\s*,?\s+before\b", re.I)


# A verb of giving a figure: what was first and later said, reported, counted
_REPORTED = (r"(?:said|say|says|reported|reports|put|gave|counted|announced|confirmed|revised|"
             r"raised|lowered|corrected)\b")


_FIRST_REPORTED = re.compile(r"\b(?:first|initially|at first|earlier)\s+(?:\w+\s+)?" + _REPORTED)
_LATER_REPORTED = re.compile(r"\b(?:later|then|subsequently|afterwards)\b[^;.]*?" + _REPORTED)
# ("then 9 injured": a later figure with no verb of its own)
_LATER_FIGURE = re.compile(r"\b(?:later|then|subsequently|afterwards)\b,?\s+(?:to\s+)?\d")


def _first_then_later(sentence: str, counts: list[StatedCount]) -> list[StatedCount]:
    """"The firefighters first reported seven people burned; later they said
    nine had been taken to hospital with burns": of two counts of one measure,
    the first said to be the first and the other said later, the later is
    the current figure and the first its earlier."""
    ordered = sorted(counts, key=lambda c: c.start)
    for first, later in pairwise(ordered):
        if first.measure != later.measure or first.number == later.number \
                or first.earlier is not None or later.earlier is not None or later.increment \
                or not _FIRST_REPORTED.search(sentence[:first.start]):
            continue
        between = sentence[first.start:later.start + 1]
        # (a later figure with no verb of its own revises only the same group in the same
        # place: "7 injured at the depot, then 9 at the port" are two)
        if _LATER_REPORTED.search(between) is None and (
                _LATER_FIGURE.search(between) is None or re.match(
                    r"\s*\d+\s+(?:[\w-]+\s+){0,2}?(?:in|at|on|among|to|inside|outside)\b",
                    sentence[later.start:]) or (later.noun and first.noun
                                                and later.noun != first.noun)):
            continue
        current = replace(later, noun=later.noun or first.noun, earlier=first.number)
        return [current if c is later else c for c in counts if c is not first]
    return counts


def _current(counts: Iterable[StatedCount]) -> list[StatedCount]:
    """The counts, with a figure given later in the sentence ("it later said
    29") as the current one and the first figure it replaced as its earlier."""
    found = list(counts)
    later = next((c for c in found if c.kind == "later"), None)
    if later is None:
        return found
    replaced = next((c for c in found if c.kind != "later" and c.start < later.start
                     and c.measure == later.measure), None)
    if replaced is None:
        return found  # "It later corrected the figure to 58": a revision of a claim before
    current = replace(later, noun=replaced.noun, earlier=replaced.number)
    return [current if c is later else c for c in found if c is not replaced]
