"""The counts no named count rule read: a number and the word of death or injury
that stands next to it in its clause ("3 persons without life", "19 residents
have received treatment", "the number of the deceased victims at 5 people").

One reading for every wording the count rules do not spell out: the number, up
to four words of whom it counts, an auxiliary or two, then the measure word; or
a "number|toll of the <measure>" frame that ends on the number. It runs after
the rules, on the numbers they left, so a rule's reading always wins."""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.core.draft.stated import StatedCount, parse_number
from tui.core.draft.words import (
    INJURY_MEASURES,
    KILLED_MEASURES,
    MONTHS,
    NOT_CASUALTIES,
    NOT_PEOPLE,
    NUM,
    NUMBER_WORDS,
    VAGUE,
)


def _alternatives(phrases: tuple[str, ...]) -> str:
    """The phrases as one alternation, longest first, their spaces any spacing."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=lambda p: (-len(p), p)))


_MEASURE = (r"(?P<killed>" + _alternatives(KILLED_MEASURES) + r")|(?P<injured>"
            + _alternatives(INJURY_MEASURES) + r")")
_BOUNDS = r"more than|at least|over|about|nearly|some|around|almost|up to"
_BOUND = r"(?:(?P<bound>" + _BOUNDS + r")\s+)?"
# Words that may stand between a number and its measure: whom it counts ("persons",
# "football fans"), an auxiliary, an adverb; never another number, a clause's opening
# word or a verb of speech.
# (nor a determiner, a negation, or a verb of helping: "150 soldiers helped evacuate the
# injured", "12 passengers were not hurt", "20 doctors providing medical assistance")
_BETWEEN = (r"(?:(?!(?:and|or|but|while|who|which|that|of|in|on|at|from|to|by|for|with|"
            r"after|before|since|said|says|told|than|among|those|them|whom|including|the|a|an|"
            r"its|their|his|her|not|no|never|narrowly|escaped|avoided|helped|help|helping|"
            r"providing|offering|giving|treating|evacuate|evacuated|evacuating)\b)(?!\d)"
            r"[A-Za-z][\w’'\-]*\s+){0,4}?")
_AUXILIARIES = ("are", "is", "were", "was", "have", "has", "had", "been", "being", "also", "now",
                "reportedly", "already")
_AUXILIARY = r"(?:(?:" + "|".join(_AUXILIARIES) + r")\s+)*"
# "19 residents have received treatment": the number, whom it counts, the measure
_COUNT_THEN_MEASURE = re.compile(
    r"\s+(?P<who>" + _BETWEEN + r")" + _AUXILIARY + r"(?:" + _MEASURE + r")\b", re.I)
# "the number of the deceased victims at 5", "the toll of dead ... to 12": a frame of
# the measure that ends on the number
_FRAME_THEN_COUNT = re.compile(
    r"\b(?:number|toll|count|tally|figure)\s+of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:" + _MEASURE + r")\b(?!\s+or\s+missing)(?:\s+(?:victims|persons|people))?"
    r"(?:(?!\b(?:died|dead|killed|missing|injured|wounded)\b)[^;:,.\d]){0,40}?"
    r"\s(?:at|to|reached|is|was|stands\s+at|stood\s+at)\s+" + _BOUND + r"$", re.I)
# "its count stood at nine", "the death toll was 12": a noun that is itself a count of
# the dead, with nothing of whom after it, ending on the number
# (a count said to be of the dead by its owner or its kind, never "the missing count",
# "the vote count", "the medal tally")
_TOLL_THEN_COUNT = re.compile(
    r"(?:\b(?:death\s+)?toll|(?:\b(?:the|its|their|his|her|death|official|latest|new|final|"
    r"police|overall|total)|[’']s)\s+(?:count|tally))\s+(?:now\s+|then\s+|still\s+|had\s+|has\s+)?"
    r"(?:was|is|stood\s+at|stands\s+at|reached|rose\s+to|risen\s+to|climbed\s+to|"
    r"fell\s+to|dropped\s+to)\s+" + _BOUND + r"$", re.I)
# "its crews are treating more than twenty people": the injured, verb first
# (being treated now: not "capable of treating 500", "was treating 200 people a day")
_TREATING_THEN_COUNT = re.compile(r"\b(?:are|is)\s+(?:still\s+|now\s+)?(?:treating|"
                                  r"hospitali[sz]ing)\s+" + _BOUND + r"$", re.I)
# What follows a count that makes it no toll of this event: a rate, a role ("3 people
# as suspects")
_RATE_OR_ROLE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:a|per|each)\s+(?:day|week|month|year)\b"
                           r"|\s+(?:[a-z]+\s+)?(?:daily|as\s+suspects?)\b", re.I)
# What may follow a count said to be the toll: the end of its clause, "dead", a time
# or a place (not "200 rescued", "400 houses", "30 drones")
_AFTER_A_TOLL = re.compile(r"\s*(?:[.,;:)—–-]|$)|\s+(?:dead|deaths|killed|people|persons|victims|"
                           r"fatalities|on|by|in|at|as|after|when|with|early|late|this|that|"
                           r"yesterday|today|overnight|since|ever\s+since|"
                           r"and\s+(?:\d|[a-z]+\s+(?:injured|wounded)))"
                           r"\b", re.I)
# A number in a name, or a date's day: "Highway 8", "Gate 3", "unit 2", "February 6",
# "magnitude 5", "Temperatures of 45"
_NAMED_NUMBER = re.compile(
    r"(?:\b(?-i:[A-Z][a-z][\w’'\-]*)|\b(?:unit|building|platform|exit|gate|district|camp|block|ward|"
    r"route|highway|line|level|category|magnitude|phase|sector|zone|page|article|section|"
    r"temperatures?\s+of|winds?\s+of))\s+$", re.I)
# A measure word used as a verb with its object after it: "Highway 8 killed three
# people", "Typhoon 10 injured 22": the number before it is no victim count
_VERB_WITH_OBJECT = re.compile(r"\s*(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|"
                               r"nearly\s+|the\s+|an?\s+|\d|(?:" + "|".join(
                                   (*NUMBER_WORDS, *VAGUE)) + r")\b)", re.I)
# A number that is no count of people: a date, a time, an age, a share, an amount, a
# measure of length or weight, a number in a name.
_NOT_A_HEADCOUNT_AFTER = re.compile(
    r"[\s-]*(?:%|per\s*cent|percent|years?\b|year-old|months?\b|weeks?\b|days?\b|hours?\b|"
    r"minutes?\b|km|kilomet|met(?:re|er)s?\b|miles?\b|kg|tonnes?\b|tons?\b|degrees?\b|"
    r"°|a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT|UTC|(?:" + "|".join(MONTHS) + r")\b)", re.I)
_NOT_A_HEADCOUNT_BEFORE = re.compile(
    r"(?:[$€£¥₹₦₱]|\b(?:No|no|number|Flight|flight|Route|route|Ward|ward|Room|room|aged|"
    r"age|the|Situation\s+Report|Report|Update|UPDATE|Level|level|in|since|from|until|"
    r"by|on|at|around|between)\.?\s*(?-i:[A-Z]{1,3}[-\s]?)?)$", re.I)

# What makes a number no toll whatever follows it: an alternative to another number
# ("three or four people dead"), what a witness saw ("he saw ... four people dead").
_SET_ASIDE = re.compile(r"\bor\s+$|\b(?:saw|seen|seeing)\s+(?:\w+\s+){0,3}$"
                        r"|\b(?:he|she|they|I|we)\s+(?:saw|had seen)\s+[^.;,]{0,60}$")


class MeasuredRule(NamedTuple):
    """One of the two readings, by name, with a sentence it reads a count in."""

    name: str
    example: str


# The readings in the order tried, each with its example (a test drafts each)
MEASURED_RULES = (
    MeasuredRule("frame_of_the_measure",
                 "By noon the agency still gave the number of the deceased victims at 6."),
    MeasuredRule("toll_then_its_number",
                 "By Friday the brigade's count stood at nine, its chief said."),
    MeasuredRule("treating_then_its_number",
                 "The ambulance service says its crews are treating more than twenty people."),
    MeasuredRule("number_beside_its_measure",
                 "The clinic said 23 workers have received treatment for fumes."),
)


_NUMBER = re.compile(NUM)


def measured_counts(sentence: str, taken: set[int]) -> list[StatedCount]:
    """The counts of numbers at no position in `taken` that a measure word reads."""
    out: list[StatedCount] = []
    for number in _NUMBER.finditer(sentence):
        at, end = number.start(1), number.end(1)
        value = parse_number(number.group(1))
        if at in taken or value is None or number.group(1).lower() in VAGUE:
            continue
        if _NOT_A_HEADCOUNT_AFTER.match(sentence, end) or re.fullmatch(
                r"(?:19|20)\d\d", number.group(1)) or _RATE_OR_ROLE.match(sentence, end):
            continue
        if sentence[:at].strip() and _NAMED_NUMBER.search(_without_bound(sentence[:at])):
            continue  # "Highway 8", "February 6", "magnitude 5": the number of a name
        if (frame := _FRAME_THEN_COUNT.search(sentence[:at])) is not None:
            measure = "killed" if frame.group("killed") else "injured"
            out.append(StatedCount(measure, value, frame.group("bound"), "", start=at,
                                   kind="measured", rule="frame_of_the_measure"))
        elif (toll := _TOLL_THEN_COUNT.search(sentence[:at])) is not None and \
                _AFTER_A_TOLL.match(sentence, end):
            # (not "the count stood at 40 injured", "at 200 rescued": what follows says
            # whom it counts)
            out.append(StatedCount("killed", value, toll.group("bound"), "", start=at,
                                   kind="measured", rule="toll_then_its_number"))
        elif (treating := _TREATING_THEN_COUNT.search(sentence[:at])) is not None and \
                re.match(r"\s+(?:[a-z]+\s+)?(?:people|persons|patients|victims|residents|"
                         r"passengers|workers|others)\b", sentence[end:]):
            out.append(StatedCount("injured", value, treating.group("bound"), "", start=at,
                                   kind="measured", rule="treating_then_its_number"))
        elif _NOT_A_HEADCOUNT_BEFORE.search(_without_bound(sentence[:at])) or _SET_ASIDE.search(
                sentence[:at]):
            continue
        elif (read := _COUNT_THEN_MEASURE.match(sentence, end)) is not None:
            if not read.group("who").strip() and (read.group("killed") or read.group(
                    "injured") or "").lower() in ("killed", "injured", "wounded", "hurt") and \
                    _VERB_WITH_OBJECT.match(sentence, read.end()):
                continue  # "Typhoon 10 killed six people": the measure's object is the count
            if re.match(r"\s+(?:jackets?|vests?|belts?|rafts?|buoys?|boats?|saving)\b",
                        sentence[read.end():], re.I):
                continue  # "60 passengers without life jackets": equipment, no casualty
            who = read.group("who").strip(" ,")
            if NOT_PEOPLE & set(who.lower().split()) or NOT_CASUALTIES & set(
                    who.lower().split()):
                continue  # "12 houses destroyed", "9 missing and presumed dead"
            bound = _bound_before(sentence[:at])
            measure = "killed" if read.group("killed") else "injured"
            if re.search(r"\b(?:including|among them|of them|of whom)\b[^,;]*$", sentence[:at],
                         re.I):
                # ("including one child and two women, died": a part of the count before)
                continue
            out.append(StatedCount(measure, value, bound, _people(who), start=at,
                                   kind="measured", rule="number_beside_its_measure"))
    return out


def told_as_a_toll(sentence: str, start: int) -> bool:
    """The number at `start` ends a "count stood at", "toll was": the toll itself,
    before any other count of the sentence ("brought up the last two bodies, the
    ministry's count stood at eight dead")."""
    number = _NUMBER.match(sentence, start)
    return _TOLL_THEN_COUNT.search(sentence[:start]) is not None and number is not None and \
        _AFTER_A_TOLL.match(sentence, number.end()) is not None


def _without_bound(before: str) -> str:
    """The text before a number without its bound ("at least"): what the bound follows."""
    return re.sub(r"\b(?:" + _BOUNDS + r")\s*$", "", before, flags=re.I).rstrip() + " "


def _bound_before(before: str) -> str | None:
    found = re.search(r"\b(" + _BOUNDS + r")\s+$", before, re.I)
    return found.group(1).lower() if found else None


def _people(who: str) -> str:
    """Whom a count counts, from the words before its measure: "residents" of
    "residents have", nothing of "persons"."""
    words = [w for w in re.sub(r",", "", who).split() if w.lower() not in _AUXILIARIES]
    # (up to its first verb: "persons" of "persons solicited medical assistance")
    verb = next((i for i, w in enumerate(words) if re.search(r"[a-z](?:ed|ing)$", w)
                 or w.lower() in ("sought", "got", "took", "went", "came", "gave", "saw")), None)
    noun = " ".join(words[:verb])
    return "" if noun.lower() in ("", "people", "persons", "person", "others", "more") else noun
