"""Which group a count is of, from what the sentence says: "passengers of the
ferry", "people in Tamar", another incident's dead, the dead of each place
in a breakdown ("40 in Turkey and 12 in Syria"). Only claims about the same
group are compared, so naming the group is what keeps false disputes away."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from tui.core.draft.count_rules import AMONG_THE, NOT_THE_DEAD_ALONE
from tui.core.draft.names import countries_in
from tui.core.draft.stated import StatedCount, parse_number
from tui.core.draft.words import (
    A_FIGURE,
    DEMONYMS,
    DISEASES,
    GROUPS_OF_PEOPLE,
    MONTHS,
    NATIONALS_BY_NOUN,
    NUM,
    PERSON_WORDS,
    REGION_WORD,
    WEEKDAYS,
)

WEEKDAY_NAMES = {day.title() for day in WEEKDAYS}
# Names of a time, never of a place a toll is of ("killed 23 people in March")
_TIME_NAMES = WEEKDAY_NAMES | {month.title() for month in MONTHS}
# Times a count is "at", never places: "2 at New Year", "4 at dawn" (lower case is no place)
# (the whole place: "Christmas Island", "New Delhi", "Easter Road" are places)
_TIMES_AT = re.compile(r"(?:" + "|".join(sorted(_TIME_NAMES)) + r"|Christmas(?: Day| Eve)?|"
                       r"Easter(?: Sunday| Monday)?|New Year(?:['’]s(?: Eve| Day)?)?|Eid|Ramadan|"
                       r"Diwali|Hanukkah|Thanksgiving|Passover|Midnight|Noon|Dawn)")
# A number that is someone's age or children, after a person's noun and "of" ("a mother
# of three", "a pensioner of 80"; not "a toll of 14", "a crew of 14", "the deaths of 8")
_NOT_A_COUNT_OF = re.compile(r"\b(?:" + "|".join(sorted(PERSON_WORDS | {
    "boy", "girl", "child", "baby", "infant", "toddler", "son", "daughter", "pensioner",
    "teenager", "grandmother", "grandfather", "veteran", "wife", "husband",
    # (and what holds things or people: "a fleet of 12 boats", "a village of 300")
    "fleet", "village", "town", "city", "population", "flotilla"})) + r")\s+of\s+$")
# Another incident in the same story: its dead are another group, not a revision.
SEPARATE_INCIDENT = re.compile(r"\b(?:separate|unrelated|second|third|another)\s+(?:incident|"
                               r"attack|accident|crash|blast|explosion|fire|shooting|bombing|"
                               r"strike|raid|collision|landslide|mudslide|flood|quake|earthquake|"
                               r"storm|stampede|collapse|derailment|avalanche|tornado)\b", re.I)
# Where another incident happened: "near Debre Birhan", "in Kasese" (not a day or a month)
_INCIDENT_PLACE = re.compile(r"\b(?:near|in|at)\s+((?:[A-ZÀ-ɏ][\w’'\-]+)"
                             r"(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2})")


def separate_incident_group(sentence: str) -> str | None:
    """"In a separate accident Saturday, six people were killed ... near Debre
    Birhan": the group of the other incident, by its place when the sentence
    names one ("victims near Debre Birhan"), else "victims of the separate
    accident"; never a group of the story's own incident."""
    other = SEPARATE_INCIDENT.search(sentence)
    # (the sentence opens with the other incident, before any figure: not "13 died,
    # including a man ... shot in a separate incident")
    if other is None or A_FIGURE.search(sentence, 0, other.start()):
        return None
    for place in _INCIDENT_PLACE.finditer(sentence, other.end()):
        words = place.group(1).split()
        if words[0] not in WEEKDAY_NAMES and words[0].lower() not in MONTHS:
            return f"victims {place.group(0)}"
    return f"victims of {_the_incident(other.group(0).lower())}"


def _the_incident(incident: str) -> str:
    """"the separate accident", "another attack" (never "the another attack")."""
    return incident if incident.startswith("another ") else f"the {incident}"


def incident_remark(incident: str) -> str:
    """The remark a group of another incident's dead carries, "(in the separate
    accident)", "(in another attack)": never a group the story's toll is of."""
    return f"(in {_the_incident(incident.lower())})"


# The remark `incident_remark` writes (or "(in another incident)", a toll of one on
# nobody's word)
_INCIDENT_REMARK = re.compile(r"\(in (?:the (?:separate|unrelated|second|third)|another) ")


def has_incident_remark(group: str) -> bool:
    """The group is another incident's: it carries an incident's remark."""
    return _INCIDENT_REMARK.search(group) is not None


# A short line that heads a list of figures: "Visitors (bathers):", "Workers of the
# complex:" (no figure of its own, no sentence)
LIST_HEADING = re.compile(r"^[A-ZÀ-ɏ][^\d:.;]{2,60}:$")
# A line of such a list: "Deceased: 7", "Injured: 23 (6 of them ...)", "Missing: 1"
FIGURE_LINE = re.compile(r"^[A-ZÀ-ɏ][\w -]{1,30}:\s*\d")
# Where a group's name goes on to say where or how: "workers | of the complex",
# "herders | found on the rim"
_AFTER_THE_HEAD = re.compile(r"\s+(?:of|from|at|in|on|to|aboard|who|which|found|taken|"
                             r"admitted|presenting|namely|under|over|aged|between|with)\b.*$",
                             re.IGNORECASE)


def people_named(phrase: str) -> str | None:
    """The group of people a list's heading or part names ("Visitors
    (bathers)" -> "visitors", "Red Cross volunteers", "workers of the
    complex"), None when it names no group of people ("Summary", "Actions
    taken", "In the town of Tarsa", "coffins", "have been discharged")."""
    group = re.sub(r"\s*\([^()]*\)", "", phrase).strip()
    words = _AFTER_THE_HEAD.sub("", group).split()
    if not words or words[-1].lower() not in GROUPS_OF_PEOPLE or len(words) > 4:
        return None
    if group.isupper():
        return group.lower()  # "VISITORS:", a heading in capitals
    first, _, rest = group.partition(" ")
    # (a capital that only opens the line goes; a proper name keeps its capitals:
    # "Red Cross volunteers")
    opens_only = not rest[:1].isupper() and (first[1:].islower() or len(first) == 1)
    return f"{first.lower()} {rest}".strip() if opens_only else group


def heading_of_people(line: str) -> str | None:
    """The group a list's heading line names, if it is one: "Workers of the
    complex:" -> "workers of the complex"."""
    return people_named(line.rstrip(": ")) if LIST_HEADING.match(line) else None


def headed_lines(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each line with the group the list heading above it names ("Workers of the
    complex:" above "Deceased: 1"), "" for a line under no such heading: a
    heading holds over the figure lines and blank lines under it."""
    heading = ""
    for line in lines:
        if LIST_HEADING.match(line):
            heading = heading_of_people(line) or ""
            yield line, ""
        elif heading and FIGURE_LINE.match(line):
            yield line, heading
        else:
            heading = heading if not line else ""
            yield line, ""


def listed_under(group: str, line: str, text: str) -> bool:
    """`line` is a line of the list of figures that `text` heads with `group`'s
    name ("Workers of the complex:" above "Deceased: 1")."""
    return any(each == line.strip() and heading == group for each, heading in headed_lines(
        re.sub(r"^[-•*▪]\s*", "", x.strip()) for x in text.splitlines()))


_OF_ANOTHER_INCIDENT = re.compile(r"^victims (?:near|in|at|of (?:the (?:separate|unrelated|second|"
                                  r"third)|another)) ")


def of_another_incident(group: str) -> bool:
    """A group `separate_incident_group` named: never a group that another
    toll of the story is taken to count."""
    return _OF_ANOTHER_INCIDENT.match(group) is not None


# A figure of the story's background, not of the event: "since the war began", "last
# year", "In 2008, ...", "the war, which began in April 2023, has killed ..."
_NOT_THE_FIRST = (r"\b(?:is|was)\s+not\s+the\s+first\s+(?:[\w-]+\s+){0,3}(?:accident|attack|fire|"
                  r"blast|explosion|disaster|incident|leak|crash|collapse|stampede|flood|"
                  r"tragedy)\b[^.;:]*:\s+(?:[^.;:]*?\s)?(?i:in)\s+(?:(?:January|February|March|April|"
                  r"May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b")
_BACKGROUND = re.compile(
    r"\bsince\s+the\s+(?:[a-z]+\s+){1,3}(?:began|started|erupted|broke out)\b"
    r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|war|conflict|coup|fighting|invasion|"
    r"uprising|\d{4}|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)"
    r"(?:\s+(?:of\s+the\s+)?(?!(?:and|or|but|when|as|after|before)\b)[a-z]+(?:\s+began)?)?"
    r"|\b(?:[Ll]ast|the previous|the past)\s+year\b|^In\s+\d{4}\b"
    # ("in August 2029": a month of another year)
    r"|\b[Ii]n\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:19|20)\d\d\b"
    # "The 2015 quake killed ...", "a fire in 2021", "in recent years", "over the past
    # decade": another time's toll (not a dateline's "3 October, 2019")
    r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:19|20)\d\d\s+(?=[a-z])|\bin\s+(?:19|20)\d\d\b"
    r"|\bin\s+recent\s+(?:years|decades)\b|\b(?:in|over)\s+the\s+(?:past|last)\s+"
    r"(?:decade|(?:\w+\s+)?(?:years|decades))\b"
    r"|\bwhich\s+began\s+in\s+(?:[A-ZÀ-ɏ][a-z]+\s+)?\d{4}"
    # ("eight years after the collapse of Spectrum Garments that left 64 workers dead")
    r"|\byears\s+(?:after|before|later|earlier)\b"
    # ("This is not the first chlorine accident in Fiji: in 2029 a leak ...": an earlier
    # one's toll after the colon, whatever its year; never this event's: "not the first
    # attack: gunmen killed 12 miners there on Tuesday")
    r"|" + _NOT_THE_FIRST)


# A superlative and the words of its clause after it ("the deadliest attack in the
# capital"; not "the second deadliest after one in 1998 that claimed 2,541 lives")
_SUPERLATIVE = (r"\b(?:deadliest|worst|biggest|largest|heaviest|most\s+\w+)\b"
                r"(?:(?!\b(?:after|than|before|behind|one)\b)[^,;.]){0,80}")


def time_of_toll(sentence: str, year: int | None = None) -> str | None:
    """When the sentence's toll is, by the words that would make it another
    time's (see `background`): "another" ("Road accidents killed 1,109 people
    in Benin in 2031", "Last year's floods killed 300": no claim about this
    event), "apart" (a toll "since" a date, which may hold this event's dead, or
    a sentence opening with its year: a group of its own), "this" (the words
    are no time of the toll: a year not before the article's `year`, a date an
    aside or a relative clause gives, "the hospital, which reopened in January
    2024,", or one that bounds a comparison, "the deadliest attack in recent
    years"), or None (no such words). A year is never another time's when the
    article's year is unknown."""
    verdict = None
    since_compared = compared_since(sentence) is not None
    for found in _BACKGROUND.finditer(sentence):
        before, words = sentence[: found.start()], found.group(0)
        # (a superlative bounded by a time: "the worst attack in the capital since 2011")
        compared = re.search(_SUPERLATIVE + "$", before)
        if (words.startswith("since") and not (compared and since_compared)) or words.startswith(
                "which began") or (found.start() == 0 and words.startswith("In")):
            return "apart"
        if re.search(_NOT_THE_FIRST, words):
            return "another"  # (an earlier accident's, told after the colon)
        dated = re.search(r"\b(?:19|20)\d\d\b", words)
        # ("a man born in 1984", "a market built in 1962": when someone or something came
        # to be, no time of the toll; never "the group was founded in 2005 and has killed")
        if re.search(r",\s*(?:which|that|who|where|when|completed|built|opened|reopened|"
                     r"founded|made)\b[^,]*$", before) or re.search(
                r"\b(?!(?:was|were|is|are|been|be)\b)[a-z]+\s+(?:born|built|founded|established)"
                r"\s*$", before) or compared or (
                dated is not None and (year is None or int(dated.group(0)) >= year)):
            verdict = "this"
            continue
        return "another"
    return verdict


# A superlative bounded by a time: "the worst attack in the capital since 2011"
_COMPARED_SINCE = re.compile(_SUPERLATIVE + r"?\bsince\b")


# The words of a toll: after the comparison, they are the other time's ("the worst
# since 1998, when 2,000 people died")
_TOLL_WORD = re.compile(r"\b(?:died|dead|deaths?|killed|killing|lives|injured|wounded|"
                        r"victims|toll)\b", re.IGNORECASE)


def compared_since(sentence: str) -> re.Match[str] | None:
    """A superlative bounded by a time after the sentence's toll ("killing 19
    people ... in the worst attack in the capital since 2011"), if there is
    one: never one a toll follows ("the worst since 1998, when 2,000 died")."""
    found = _COMPARED_SINCE.search(sentence)
    return found if found is not None and not _TOLL_WORD.search(sentence, found.start()) \
        else None


def only_compared(sentence: str) -> bool:
    """The sentence's words of another time only bound a comparison ("the
    worst attack in the capital since 2011"), and say nothing of its toll."""
    compared = compared_since(sentence)
    return compared is not None and all(
        found.start() >= compared.start() for found in _BACKGROUND.finditer(sentence))


def background(sentence: str) -> str | None:
    """The words that make the sentence's figure a background one, if any."""
    found = _BACKGROUND.search(sentence)
    if found is None:
        return None
    return re.sub(r"^In ", "in ", found.group(0)).removeprefix("which ")


# What names the group a count is of, right after its noun: "of the ferry", "at the
# Kova plant", "aboard the bus", "in Tamar" (a place's name, not "in an attack").
_OF_THE = re.compile(r"\s+((?:of|at|aboard|on board)\s+the\s+(?:[A-ZÀ-ɏ][\w’'\-]+\s+){0,2}"
                     r"(?!(?:attack|blast|explosion|crash|fire|flood|quake|earthquake|storm|"
                     r"incident|accident|collapse|disaster|strike|raid)\b)[a-z][\w\-]*)\b"
                     # (never half a name: not "of the municipal" of "of the municipal corps")
                     r"(?!\s+(?!(?:were|was|had|have|has|are|is|also|later|died|drowned|perished|"
                     r"killed|injured|wounded|and|or|in|on|at|near|from|who|which|when|after|"
                     r"while|as|during|said|says)\b)[a-z])")
# (or "in her town", "in the province of Karasu": a place of the toll, a group apart
# from the whole toll)
_IN_PLACE = re.compile(r"\s+((?:in|near)\s+(?:(?:[A-ZÀ-ɏ][\w’'\-]+)(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2}|"
                       r"(?:her|his|their|its)\s+(?:own\s+)?(?:town|village|city|district|"
                       r"province|region|county|area)\b|"
                       r"the\s+(?:town|village|city|district|province|region|county)\s+of\s+"
                       r"[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+)?))")


_DIED_OF = re.compile(r"\b(?:died|dead|deaths|killed)\s+(?:of|from|by)\s+(" + "|".join(
    sorted(DISEASES)) + r")\b", re.I)


def disease(sentence: str) -> str | None:
    """"11 people have died of cholera in the camps": the disease's patients, a
    group apart from the disaster's own dead."""
    found = _DIED_OF.search(sentence)
    return f"{found.group(1).lower()} patients" if found else None


# "In the province's Orla County, 11 died", "the death toll in Orla Province is
# 152": the place the count is of, when the count's own words name none
_OPENING_PLACE = re.compile(r"^In\s+(?:the\s+)?(?:[a-z][\w’'\-]*\s+){0,2}"
                            r"((?:[A-ZÀ-ɏ][\w’'\-]+\s+){0,2}"
                            r"(?:County|Province|District|State|Region|Prefecture))\s*,")
_TOLL_IN_PLACE = re.compile(r"\btoll\s+in\s+((?:[A-ZÀ-ɏ][\w’'\-]+\s+){0,2}(?:[A-ZÀ-ɏ][\w’'\-]+))")


# A body that speaks right after the sentence's opening place: the place is where it
# spoke, not where the dead were ("In Kinshasa, the national ministry gave a figure")
_SPEAKER_THERE = re.compile(r"\s*,?\s*(?:the\s+)?(?:[A-Za-z][\w’'\-]*\s+){0,8}?(?:said|says|gave|"
                            r"give|put|puts|announced|reported|reports|told|confirmed)\b")


def without_speakers_place(sentence: str) -> str:
    """The sentence without an opening "In Kinshasa," that says where the body
    after it spoke, not where the dead were."""
    opening = re.match(r"In\s+[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2}\s*,", sentence)
    if opening is not None and _SPEAKER_THERE.match(sentence, opening.end()):
        return sentence[opening.end():].lstrip()
    return sentence


def place_of_sentence(sentence: str) -> str | None:
    """The place a sentence opens with, or whose toll it gives."""
    opening = _OPENING_PLACE.match(sentence)
    if opening is not None and _SPEAKER_THERE.match(sentence, opening.end()):
        opening = None  # "In Kinshasa, the national ministry said ...": where it spoke
    found = opening or _TOLL_IN_PLACE.search(sentence)
    # ("killed in Thursday's crash": a day's, no place; nor any owner's "in X's", nor a
    # month's: "in March 2025")
    if found is None or found.group(1).split()[-1] in _TIME_NAMES or re.search(
            r"['’]s$", found.group(1)):
        return None
    return found.group(1).strip()


def where_place(sentence: str, count: StatedCount) -> str | None:
    """"Uganda said the border was also flooded, where three people drowned":
    the place the count is of (a named state or region, else the country)."""
    before = sentence[: max(count.start, 0)]
    if not re.search(r",\s+where\s+(?:\w+\s+){0,2}$", before):
        return None
    if named := re.search(r"\b(?:state|province|region|district|county) of "
                          r"((?:[A-ZÀ-ɏ][\w’'\-]+\s*)+)", before):
        return named.group(1).strip()
    return found[0].name if (found := countries_in(before)) else None


_VERB_AFTER = re.compile(r"\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?(?:died|"
                         r"killed|drowned|injured|wounded|hurt)\b")


_COUNTED_WORD = re.compile(r"[\w,]+\s+(?:deaths|dead|fatalities|casualties|injuries)\b")


def qualifier(sentence: str, count: StatedCount) -> str | None:
    """The words after a count's group that say which group it is, if any."""
    noun = count.noun or "people"
    at = sentence.find(noun, max(count.start, 0))
    counted = _COUNTED_WORD.match(sentence, max(count.start, 0))
    if at >= 0 and at - count.start <= 40:
        rest = sentence[at + len(noun):]
    elif counted is not None:
        rest = sentence[counted.end():]  # "report 35 deaths in the province": after its word
    else:
        return None
    # ("33 people had died in her town alone": the place after the verb)
    verb = _VERB_AFTER.match(rest)
    found = _OF_THE.match(rest) or _IN_PLACE.match(rest) or (
        verb and _IN_PLACE.match(rest, verb.end()))
    # ("killed in Thursday's crash": a day's, no place; nor any owner's "in X's", nor a
    # month's: "in March 2025")
    if found is None or found.group(1).split()[-1] in _TIME_NAMES or re.search(
            r"['’]s$", found.group(1)):
        return None
    return found.group(1)




# "12 in Kano", "40 people in Turkey", "8 died in Kaduna": a count and its place
# ("34 in Nampula province": the place with the word that says what it is)
_PLACE = r"[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2}(?:\s+" + REGION_WORD + r")?"
# ("eleven of them at Lolnavet": a village's dead, named by "at" as often as "in")
# ("213 of those deaths occurring in the region of Valencia": the region named after)
_PLACE_COUNT = re.compile(r"(?<![\w,.])(?<!\baged\s)(?i:" + NUM + r")\s+"
                          r"(?:(?!(?:in|at)\b)[a-z][\w\-]*\s+){0,4}?(in|at)\s+(?:the\s+(?:region|"
                          r"province|state|district|county|department)\s+of\s+)?(" + _PLACE + r")")


def breakdown(sentence: str, count: StatedCount,
              other_measure: frozenset[int] = frozenset()) -> list[StatedCount]:
    """The dead (or injured) of each place, when the sentence from `count` on
    gives two places or more; else nothing. The numbers at `other_measure`
    count the other measure ("31 have died and 112 have been injured in
    Nampula"): never a place's part of this one."""
    parts: list[StatedCount] = []
    noun = re.sub(r"\s+(?:in|near)\s+.*$", "", count.noun) or "people"
    for m in _PLACE_COUNT.finditer(sentence, max(count.start, 0)):
        n = parse_number(m.group(1))
        if n is None or m.group(3).split()[-1] in WEEKDAY_NAMES or m.start(1) in other_measure \
                or (m.group(2) == "at" and _TIMES_AT.fullmatch(m.group(3))) \
                or _NOT_A_COUNT_OF.search(sentence, 0, m.start(1)):
            # ("6 died at Christmas and 2 at New Year": times, no places; "a mother of
            # three in Kano", "a boy of 14": who someone is, though "a toll of 14" counts)
            continue
        parts.append(StatedCount(count.measure, n, None, f"{noun} {m.group(2)} {m.group(3)}",
                                 start=m.start(1), kind=count.kind, rule="breakdown_by_place"))
    if len({p.noun for p in parts}) < 2:
        # "raised the number killed in Zambezia province to 13 and in Nampula to 34"
        parts = [StatedCount(count.measure, n, None, f"{noun} in {m.group(1)}", start=m.start(2),
                             kind=count.kind, rule="breakdown_by_place")
                 for m in _PLACE_TO.finditer(sentence) if (n := parse_number(m.group(2)))
                 is not None and m.start(2) not in other_measure]
    if len({p.noun for p in parts}) < 2:
        parts = _parts_by_kind(sentence, count, other_measure)
    if len(parts) == 1 and parts[0].rule == "breakdown_by_nation" and parts[0].start < count.start:
        return parts  # ("three Egyptians were among the 20 dead": one nation's part of it)
    if len({p.noun for p in parts}) < 2:
        return []
    return parts


# "137 victims were Han, while 46 were Uighurs and one was a Hui": the dead of each
# people or nation; "one person from Colombia, one from Ecuador, 12 from El Salvador":
# of each country they came from
_KIND_COUNT = re.compile(r"(?<![\w,.])(?i:" + NUM + r")\s+(?:(?:victims|people|persons|of\s+them|"
                         r"of\s+the\s+(?:dead|victims))\s+)?(?:were|was)\s+(?:an?\s+)?"
                         # (one word of a people, never a person's name, a body's or a
                         # day's: "Ana Soler", "Red Cross", "Monday's shift")
                         r"(?P<kind>[A-ZÀ-ɏ][\w\-]+)(?![’'\w-]|\s+[A-ZÀ-ɏ])")
_FROM_COUNT = re.compile(r"(?<![\w,.])(?i:" + NUM + r")\s+(?:(?:person|people|persons|victims?|"
                         r"nationals?|citizens?)\s+)?(?:were\s+|was\s+)?from\s+(?:the\s+)?"
                         r"(?P<kind>[A-ZÀ-ɏ][\w\-]+(?:\s+[A-ZÀ-ɏ][\w\-]+)?)(?![’'\w-])")
# "two Tunisians, four Italians, one French and one Pole": one item of a list of a
# nation's people, each a count and the nation's word alone (never "Italian fans", "the
# 2015 French attacks"), after a comma or "and"
_NATION_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)?(?<![\w.])(?i:(?!(?:19|20)\d\d\b)"
                          + NUM + r")\s+(?P<kind>[A-ZÀ-ɏ][\w\-]+(?:\s+[A-ZÀ-ɏ][\w\-]+)?)"
                          r"(?:\s+(?:nationals?|citizens?))?(?=\s*(?:[,;:.)]|$)|\s+and\s)")
# The words that open a list of the count's parts: "including", "the dead included", ":"
_PARTS_OPEN = re.compile(r"\b(?:including|included|include|among\s+(?:them|whom)|of\s+whom|"
                         r"of\s+them|(?:were|are)\s+(?=\S))|:", re.IGNORECASE)
# Words that say a list counts others than the toll's dead or injured
_OTHERS_COUNTED = re.compile(r"\b(?:arrest\w*|rescu\w*|surviv\w*|evacuat\w*|displaced|missing|"
                             r"detained|fled|identified|carr(?:y|ying|ied)|passengers?|crew|"
                             r"members?|aboard|on\s+board|flown|employ\w*|crowd|fans|"
                             r"attackers?|assailants?|gunm[ae]n|suspects?|perpetrators?)\b",
                             re.IGNORECASE)


def _nations_listed(sentence: str, count: StatedCount,
                    other_measure: frozenset[int]) -> list[StatedCount]:
    """Each nation's people of a list that opens right after the count's
    clause ("44 were wounded, Vela said, including six Tunisians and 13
    Italians"; "the dead included two Tunisians, four Italians"): the count's
    measure, a group for each nation; nothing for a list of the arrested or
    the passengers, or one beside the other measure."""
    at = max(count.start, 0)
    for opened in _PARTS_OPEN.finditer(sentence, at):
        if opened.start() - at > 80:
            break
        if (found := _list_after(sentence, count, opened, other_measure)):
            return found
    return []


def _list_after(sentence: str, count: StatedCount, opened: re.Match[str],
                other_measure: frozenset[int]) -> list[StatedCount]:
    """The nations' parts of `count` listed right after `opened` (see
    `_nations_listed`), or none."""
    at = max(count.start, 0)
    between = sentence[at:opened.start()]
    other = r"injured|wounded|hurt" if count.measure == "killed" else r"dead|killed|died|deaths"
    # (nothing between the count and its list but the count's own words: no other
    # number, no others counted, not the other measure)
    if re.search(r"\d", between[len(str(count.number)):]) or _OTHERS_COUNTED.search(between) \
            or re.search(rf"\b(?:{other})\b", between, re.IGNORECASE):
        return []
    items, pos = _nation_items(sentence, opened.end(), other_measure)
    if len({g for _, g in items}) < 2 or _OTHERS_COUNTED.search(sentence, pos, pos + 40):
        return []
    return _by_nation(count, items)


def _nation_items(sentence: str, pos: int, other_measure: frozenset[int],
                  ) -> tuple[list[tuple[re.Match[str], str]], int]:
    """The items of a list of nations' people from `pos` on, each with its
    group, and where the list ends."""
    items: list[tuple[re.Match[str], str]] = []
    while (m := _NATION_ITEM.match(sentence, pos)) is not None and (
            group := nationals_of(m["kind"])) is not None:
        if m.start(1) not in other_measure and parse_number(m.group(1)) is not None:
            items.append((m, group))
        pos = m.end()
    return items, pos


def _by_nation(count: StatedCount, items: list[tuple[re.Match[str], str]]) -> list[StatedCount]:
    return [StatedCount(count.measure, parse_number(m.group(1)) or 0, None, group,
                        start=m.start(1), kind=count.kind, rule="breakdown_by_nation")
            for m, group in items]


# The last item of a list of nations' people: the toll's own count and its nation
_NATION_LAST = re.compile(r"(?<![\w.])(?i:" + NUM + r")\s+"
                          r"(?P<kind>[A-ZÀ-ɏ][\w\-]+(?:\s+[A-ZÀ-ɏ][\w\-]+)?)"
                          r"(?:\s+(?:nationals?|citizens?))?")
# Where a number opens a list; what joins its last item to the one before
_A_NUMBER = re.compile(r"(?<![\w.])(?i:" + NUM + r")\s")
_JOINT = re.compile(r"\s*,?\s*(?:and\s+)?")
# What a list of nations' people holding a toll's count is followed by: the count's
# verb ("six Germans, four Britons and two Canadians were among the dead")
_LISTED_AS = {measure: re.compile(
    r"\s+(?:(?:were|are|was|have\s+been|had\s+been)\s+(?:(?:also|reported)\s+)?)?"
    # ("among 14 people killed", "among the 12 foreigners killed": a total named there)
    r"(?:among\s+(?:the\s+)?\d[\d,]*\s+(?:[a-z]+\s+)?|" + AMONG_THE + r")?"
    r"(?:" + words + r")\b" + NOT_THE_DEAD_ALONE + more)
    for measure, words, more in (
        ("killed", r"killed|dead|died|victims", r"|\s+(?:have\s+|had\s+)?died\b"),
        ("injured", r"injured|wounded|hurt", ""))}


def _nations_before_verb(sentence: str, count: StatedCount,
                         other_measure: frozenset[int]) -> list[StatedCount]:
    """Each nation's people of a list that holds the count and ends at the
    count's verb ("six Germans, four Britons and two Canadians were among the
    dead"): a group for each nation."""
    listed_as = _LISTED_AS.get(count.measure)
    if listed_as is None or count.start < 0:
        return []
    for first in _A_NUMBER.finditer(sentence):
        if first.start() > count.start:
            break
        items, pos = _nation_items(sentence, first.start(), other_measure)
        joint = _JOINT.match(sentence, pos)
        last = _NATION_LAST.match(sentence, joint.end() if joint else pos)
        group = nationals_of(last["kind"]) if last else None
        verb = listed_as.match(sentence, last.end()) if last else None
        if last is not None and group is not None and verb is not None and not items \
                and verb.start() <= count.start < verb.end():
            # ("three Egyptians were among the 20 dead": one nation's part of the total)
            return _by_nation(count, [(last, group)])
        if not items or last is None or group is None or verb is None:
            continue
        items.append((last, group))
        # (the count is an item of the list, or the total it is among: "six Germans and
        # two Canadians were among the 14 dead")
        if (count.start in {m.start(1) for m, _ in items} or verb.start() <= count.start
                < verb.end()) and len({g for _, g in items}) >= 2:
            return _by_nation(count, items)
        return []
    return []


def nationals_of(words: str) -> str | None:
    """The group a nation's people make ("Tunisians", "French", "Pole",
    "South Africans" -> "Tunisian nationals" ...), None for no nation's."""
    found = _nation_of_people(words)
    return f"{found[1].title()} nationals" if found else None


def nation_of_people(words: str) -> str | None:
    """The country code of the nation whose people the words name
    ("Canadians", "Dutch" -> "CA", "NL"), None for no nation's."""
    found = _nation_of_people(words)
    return found[0] if found else None


def _nation_of_people(words: str) -> tuple[str, str] | None:
    """(the code, the adjective) of the nation whose people the words name."""
    low = words.lower()
    for each in (low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es")
                 else low):
        code = DEMONYMS.get(each) or NATIONALS_BY_NOUN.get(each)
        if code is not None:
            adjective = each if each in DEMONYMS else next(
                (a for a, c in DEMONYMS.items() if c == code), each)
            return code, adjective
    return None


# Words that say the numbers after them count someone else than the dead: those
# arrested, rescued, aboard, hurt ("4 were killed and 12 arrested, of whom 5 were
# Afghans")
_NOT_THE_DEAD = re.compile(r"\b(?:arrest\w*|rescu\w*|surviv\w*|evacuat\w*|aboard|on\s+board|"
                           r"carr(?:y|ying|ied)|passengers?|members?|wounded|injured|hurt|fled|"
                           r"displaced|missing|detained|treated|hospitali[sz]ed|admitted|"
                           r"capacity|crew)\b", re.I)


def _parts_by_kind(sentence: str, count: StatedCount,
                   other_measure: frozenset[int]) -> list[StatedCount]:
    """The dead of each people or country a list of two or more gives, from
    `count` on ("46 were Uighurs", "12 from El Salvador"); none when words
    between say the list counts others (the arrested, the passengers, the
    injured: their breakdown is not read)."""
    if (nationals := _nations_listed(sentence, count, other_measure)
            or _nations_before_verb(sentence, count, other_measure)):
        return nationals
    if count.measure != "killed":
        return []
    for pattern, joint in ((_KIND_COUNT, "who were"), (_FROM_COUNT, "from")):
        found = list(pattern.finditer(sentence, max(count.start, 0)))
        if len(found) < 2 or _NOT_THE_DEAD.search(sentence, max(count.start, 0), found[-1].end()):
            continue
        # (each part by its own kind alone: "people who were Chinese", not "South
        # Sudanese oil workers among the dead who were Chinese")
        parts = [StatedCount(count.measure, n, None, f"people {joint} {m['kind']}",
                             start=m.start(1), kind=count.kind, rule="breakdown_by_kind")
                 for m in found
                 if (n := parse_number(m.group(1))) is not None
                 and m.start(1) not in other_measure
                 and m["kind"].split()[0] not in _TIME_NAMES]
        if len({p.noun for p in parts}) >= 2:
            return parts
    return []


_PLACE_TO = re.compile(r"\bin\s+(" + _PLACE + r")\s+(?:to|at)\s+(?i:" + NUM + r")")
