"""The rules of merging reports that need no state: when a quote was
reported twice, how a group or a thing counted is compared, which place a
generic group is in, a claim's values, a time as the format writes it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from difflib import SequenceMatcher

from tui.core.draft.groups import nationals_of, without_speakers_place
from tui.core.draft.words import RESPONDERS
from tui.core.export.yaml_edit import Field, list_item, scalar
from tui.core.format.model import CasualtyClaim, Count, When
from tui.core.format.names import subject_key


def when_text(value: When) -> str:
    """A time as the format writes it: 2025-02-11T10:30Z, 2025-02-11T15:30+05:30."""
    if isinstance(value, datetime):
        text = value.isoformat(timespec="minutes")
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return value.isoformat()


# Two words for one group of people: the fans at a stadium are its spectators.
SAME_GROUP = {"fan": "spectator", "supporter": "spectator"}


def group_key(affected: str) -> str:
    key = subject_key(affected).removeprefix("the ")
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
             for w in key.split()]
    return " ".join(SAME_GROUP.get(w, w) for w in words)


WORDS = re.compile(r"[\w’']+")


def quote_words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in WORDS.findall(text.casefold())]


def same_quote(a: str, b: str) -> bool:
    """One quote reported twice: punctuation, case or a word or two cut.
    A number that differs makes it another quote."""
    wa, wb = quote_words(a), quote_words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if {w for w in short if w.isdigit()} - {w for w in long_ if w.isdigit()}:
        return False
    matched = sum(block.size for block in
                  SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks())
    return matched >= max(len(short) - 2, 1) and matched >= 0.8 * len(short) and len(short) >= 4


def record_field(key: str, value: object, check: str | None) -> Field:
    if key in ("said", "when"):
        return (key, str(value), check)
    return (key, scalar(value), check)


def source_text(sources: list[str]) -> str:
    if len(sources) == 1:
        return scalar(sources[0])
    return "[" + ", ".join(list_item(s) for s in sources) + "]"


def count_value(count: Count) -> object:
    return int(count.text) if count.text.isdigit() else count.text


# Groups a drafter writes when the sentence names none of its own.
GENERIC = frozenset({"people", "person", "victim", "dead", "casualtie", "resident", "life",
                      "bodie", "body"})
_BOTH = re.compile(r"^(?:both\s+)(.+?)\s+and\s+(.+)$", re.IGNORECASE)


# Words that end a place's name: "Kambeya Government Hospital" is Kambeya's hospital.
_PLACE_ENDS = ("Government|Hospital|General|Airport|Stadium|Market|Mine|River|Province|Region|"
               "District|County|State|Police|Ministry|Department|Office|Authority|Agency|"
               "Centre|Center|School|University|Street|Road|Highway|Bridge|Port|Station")
# "in Karaçam", "hit Dhungepani", "in Villa Rica"; never a possessive ("in Indonesia's")
IN_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|hit|struck) (?:the (?:town|village|city|district) of )?"
                       r"([A-ZÀ-ɏ][\w-]+(?:\s+(?!(?:" + _PLACE_ENDS + r")\b)[A-ZÀ-ɏ][\w-]+){0,2})"
                       r"\b(?![’'])")


NOT_PLACES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "january", "february", "march", "april", "may", "june",
                         "july", "august", "september", "october", "november", "december",
                         "the", "a", "an", "hospital", "least", "most", "first", "last"})


_REGION = "province|region|state|district|county|governorate|prefecture"


def named_place(sentence: str, known: list[str]) -> str | None:
    """`PLACE residents` for a sentence about a place, when the known groups
    are named that way (a place, then the same generic word)."""
    for group in known:
        *place, kind = group.split()
        # ("Nampula province" beside "Zambezia": a region named as the known one is)
        if place and all(w[:1].isupper() for w in place) and (
                group_key(kind) in GENERIC or kind in _REGION.split("|")):
            m = IN_PLACE.search(sentence)
            if m is not None and m[1] != " ".join(place):
                return f"{m[1]} {kind}"
    return None


# A live blog's entry, not a whole article: short enough that one person named is the speaker.
SHORT_PART = 800
_OFFICE_NAME = re.compile(
    r"\b(?:Minister|President|Governor|Mayor|Secretary|Director|Commissioner|Chief|"
    r"Superintendent|Spokes(?:man|woman|person)|Dr|Prof(?:essor)?)\.?\s+"
    r"((?:[A-ZÀ-ɏ][\w’'-]+\s+){0,2}[A-ZÀ-ɏ][\w’'-]+)")


def one_person(text: str) -> str | None:
    """The one person a short text names with an office ("Health Minister
    Lina Koroma"), for a quote the drafter found no speaker for."""
    found = {m[1] for m in _OFFICE_NAME.finditer(text)}
    return found.pop() if len(found) == 1 else None


# "the Emergencies Ministry and Governor Yevgeny Korablev": a body's name ends
# before "and" only with the word that says what kind of body it is
_HEADS = frozenset({"ministry", "police", "service", "agency", "authority", "department",
                    "office", "council", "committee", "government", "administration", "army",
                    "directorate", "commission", "brigade", "bureau", "institute"})
_OFFICE_FIRST = frozenset({"governor", "minister", "mayor", "president", "premier", "chief",
                           "commissioner", "director", "spokesman", "spokeswoman", "head"})
_JOINT = re.compile(r"^(?:the\s+)?(.+?\s(\w+))\s+and\s+(?:the\s+)?([A-ZÀ-ɏ][\w’'-]*)(.*)$")


def split_both(name: str) -> list[str]:
    """The names of a claim two sources stated together: "both AFAD and the
    governor", "the Emergencies Ministry and Governor Yevgeny Korablev"; a
    name with "and" inside ("Ministry of Employment and Labor") stays one."""
    m = _BOTH.match(name.strip())
    if m:
        return [m[1], m[2]]
    from tui.core.draft.resolve import is_body

    m = _JOINT.match(name.strip())
    if m is None or m[2].lower() not in _HEADS or not m[1][:1].isupper():
        return [name]
    right = m[3] + m[4]
    if m[3].lower() in _OFFICE_FIRST or (is_body(right) and right.split()[-1].lower()
                                         in _HEADS):
        return [m[1], right]
    return [name]


def told_exactly(had: Mapping[str, object], now: Mapping[str, object]) -> bool:
    """`now` tells the counts `had` gave again, exactly where `had` said "at
    least" ("killing at least 19 ... 19 had died and 38 were injured"): each
    count of `had` is `now`'s, or `now`'s with a "+", one at least with the
    "+", and `now` drops none of them."""
    sharper = False
    for measure in ("killed", "injured"):
        if had.get(measure) is None:
            continue
        if now.get(measure) is None:
            return False
        if str(had[measure]) == f"{now[measure]}+":
            sharper = True
        elif str(had[measure]) != str(now[measure]):
            return False
    return sharper


def claim_order(fields: dict[str, object]) -> dict[str, object]:
    """A claim's fields in the order the format lists them."""
    order = ("claimant", "country", "affected", "killed", "injured", "evidence", "said", "note")
    return {k: fields[k] for k in sorted(fields, key=lambda k: order.index(k)
                                         if k in order else len(order))}


def claim_values(c: CasualtyClaim) -> tuple[str, ...]:
    return (c.killed.text if c.killed else "", c.injured.text if c.injured else "")


def covers(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """`new` states nothing `old` did not (a count left out is not a change; "11"
    after "at least 11", the same count told again without its bound)."""
    return all(n in ("", o, o.removesuffix("+")) for n, o in zip(new, old, strict=True)) \
        and any(new)


def what_key(what: str, unit: str | None) -> str:
    return f"{group_key(what)}|{subject_key(unit or '')}"


def only_header(key: str, header: set[str]) -> bool:
    """The event is the report's by-line, date line or headline, not news."""
    for line in sorted(header, key=len, reverse=True):
        if line:
            key = key.replace(line, " ")
    return not key.strip()


def has_headline(text: str) -> bool:
    """The first line is a headline (the drafter takes it as the title), not a sentence."""
    first = text.strip().splitlines()[0].strip()
    return len(first.split()) <= 16 and not first.endswith((".", ":", '"', "”"))


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b")


def dated_line(line: str) -> bool:
    """A by-line or date line ("ANKARA (AA) – 02.03.2026 04:52"), not a headline."""
    return bool(_CLOCK.search(line))


def event_key(text: str) -> str:
    return " ".join(quote_words(text))


# ("people in the town of Karaçam" is the drafter's longer way to say "in Karaçam")
_GENERIC_IN = re.compile(r"^(\w+) in (?:the (?:town|village|city|district|province|region|"
                         r"county) of )?([A-ZÀ-ɏ][\w’'-]+(?: [A-ZÀ-ɏ][\w’'-]+)?)"
                         r"(?: (province|region|state|district|county))?$")


# Groups that are a workforce: "workers" in a ministry's release are the miners
WORKFORCE = frozenset({"worker", "miner", "staff", "crew", "employee", "labourer", "labore"})


def known_group(key: str, known: list[str]) -> str | None:
    """The known group `key` names: the same, or the one known group it ends
    ("workers" -> "construction workers"), or for a workforce the one
    known workforce ("workers" -> "miners")."""
    if (same := next((k for k in known if group_key(k) == key), None)) is not None:
        return same
    ending = [k for k in known if group_key(k).endswith(f" {key}")]
    if len(ending) == 1:
        return ending[0]
    if key in WORKFORCE:
        work = {group_key(k): k for k in known if group_key(k).split()[-1:] and
                group_key(k).split()[-1] in WORKFORCE}
        if len(work) == 1:
            return next(iter(work.values()))
    return None


# "an adjacent three-storey residential building", "a neighbouring house": another
# place than the story's, whose people are a group of their own
_OTHER_PLACE = re.compile(r"\b(?:an?|the) (adjacent|neighbouring|neighboring|nearby) "
                          r"(?:[\w-]+ ){0,2}?(building|house|home|block|village|town)\b")
_OTHER_GROUP = re.compile(r"^(?:\w+) of the (?:adjacent|neighbouring|neighboring|nearby) \w+$")


def other_place_group(sentence: str, known: list[str]) -> str | None:
    """The group of another place the sentence names ("residents of the
    adjacent building"), or the one such group already known."""
    m = _OTHER_PLACE.search(sentence)
    if m is None:
        return None
    others = [k for k in known if _OTHER_GROUP.match(k)]
    return others[0] if len(others) == 1 else f"residents of the {m[1]} {m[2]}"


# "across Kenya", "nationwide", "across the country": the toll of the whole country
NATIONWIDE = re.compile(r"\b(?:nationwide|across the country|across [A-ZÀ-ɏ][\w-]+|"
                        r"countrywide)\b")
# "at the market": the people of where it happened
AT_THE = re.compile(r"\b(?:lost their lives|died|killed|dead) at the "
                    r"(?!(?:scene|time|moment|weekend|end|start|height|hands|age)\b)([a-z]+)\b")


# A place's people ("Karaçam residents"): the place counts only where the sentence
# puts the toll there ("in Karaçam"), not in a title ("NEMA's Lagos coordinator")
PLACED = re.compile(r"^[A-ZÀ-ɏ][\w’'-]*(?: [A-ZÀ-ɏ][\w’'-]*)* residents$")


def place_group(place: str, sentence: str = "") -> str:
    """The people of a place, as an editor names them: "Karaçam residents";
    a toll of a whole region is the region's ("Nampula province")."""
    # (the toll's own place: "11 people died in Nampula province", not "the village in
    # Astore district" a clause later)
    if (m := re.search(rf"\b(?:people|died|killed|dead|deaths|toll)\b[^,;.]{{0,25}}\bin "
                       rf"(?:[\w'’]+ ){{0,3}}{re.escape(place)} ({_REGION})\b", sentence)):
        return f"{place} {m[1]}"
    return f"{place} residents"


def responders(group: str) -> bool:
    """"rescuers of the SES", "other firefighters": those who came to help."""
    key = re.sub(r"^(?:other|fellow|two|three) ", "", group_key(group))
    return key in RESPONDERS or any(key.startswith(f"{r} ") for r in RESPONDERS)


def of_the_toll(sentence: str, place: re.Match[str]) -> bool:
    """The place is where the counted died or were found: it opens the
    sentence, or the words before it name the dead ("died in X", "bodies
    found at X"), not "according to its teams in Bukavu"."""
    before = sentence[:place.start()]
    return not before.strip(" ,") or bool(re.search(
        r"\b(?:died|dead|killed|deaths?|bodies|injured|wounded|drowned|buried|toll|people|"
        r"recovered|found)\b(?:\s+[\w’'-]+){0,2}\s*$", before, re.I))


def generic_group(affected: str, sentence: str, known: list[str], own: list[str],
                  claimant: str = "", weights: dict[str, int] | None = None,
                  story: str = "", apart: frozenset[str] = frozenset()) -> str:
    """The group as the briefing (or an earlier report) already writes it;
    a generic "people" becomes the known group the sentence names ("the
    toll in Karaçam" -> Karaçam residents), a group named the way the known
    ones are ("nine people died in Yeşilöz" -> Yeşilöz residents, beside
    Karaçam residents), the claimant's one group so far (`own`: keys), or
    the people of the place the sentence names. Never by default a group
    in `apart` (keys: helpers of whom only injuries were counted)."""
    placed, whole = None, sentence
    if (m := _GENERIC_IN.match(affected)) is not None and group_key(m[1]) in GENERIC:
        if m[2].endswith(("'s", "’s")) or m[2].lower() in NOT_PLACES:
            affected = m[1]  # "people in Saturday's": a day, not a place
        elif m[3]:
            return f"{m[2]} {m[3]}"  # "people in Nampula province": the province's toll
        else:
            # "people in Karaçam": the place the toll gave, not every place of the sentence
            affected, sentence, placed = m[1], f"in {m[2]}", m[2]
    key = group_key(affected)
    if key in GENERIC:
        sentence = without_speakers_place(sentence)
    if key in GENERIC and sentence and (other := other_place_group(sentence, known)):
        return other
    if key in GENERIC and NATIONWIDE.search(sentence):
        return next((k for k in known if "nationwide" in k), "people nationwide")
    if key == "resident" and (same := [k for k in known if group_key(k) == key]):
        return same[0]  # "residents" another claim counts apart from the story's other groups
    if key in GENERIC and sentence:
        # the claimant's own words name no group ("the police put the toll at 131")
        said = {w.casefold() for w in WORDS.findall(sentence)} - {
            w.casefold() for w in WORDS.findall(claimant)}
        hits = {g for g in known if any(
            w.casefold() in said and (not PLACED.match(g) or re.search(
                rf"\b(?:[Ii]n|[Aa]t|of|near|hit)\s+(?:the\s+\w+\s+of\s+)?{re.escape(w)}\b"
                # a local official of the place: "Lowaso County Commissioner Grace Chebet"
                rf"|\b{re.escape(w)}\s+(?:County\s+|District\s+|City\s+)?(?:Commissioner|"
                r"Governor|Mayor|Chief|Administrator)\b", sentence))
            for w in WORDS.findall(g) if len(w) > 3 and group_key(w) not in GENERIC)}
        # ("the number of bodies its rescuers recovered": those who came to help are named,
        # not counted; a toll of people is never theirs by a word)
        hits = {g for g in hits if not responders(g)}
        if len(hits) == 1:
            return hits.pop()
        if not hits and (place := named_place(sentence, known)) is not None:
            return place
        if placed is not None and not hits:
            return place_group(placed, whole)  # a place of its own is never another group
        if not hits and (m := IN_PLACE.search(sentence)) and m[1].lower() not in NOT_PLACES \
                and known and m[1] not in story and of_the_toll(sentence, m):
            # "At Lowaso, … recovered 9 bodies": another place than the story's own
            return place_group(m[1], sentence)
        if not hits and (same := [k for k in known if group_key(k) == key]):
            return same[0]  # "people" where the story already counts "people"
        if not hits and placed is None and (m := AT_THE.search(sentence)) is not None:
            return f"{affected} at the {m[1]}"  # "21 people lost their lives at the market"
        own = [k for k in own if group_key(k) not in apart]
        if not hits and len(set(own)) == 1:
            return next((k for k in known if group_key(k) == own[0]), affected)
        groups = {group_key(k): k for k in known if group_key(k) not in GENERIC
                  and group_key(k) not in apart}
        if not hits and len(groups) == 1 and not IN_PLACE.search(sentence):
            return next(iter(groups.values()))  # the story's one group so far
        # "people" is the one known group of people ("people at the market", not firefighters)
        of_people = [k for k in groups.values() if group_key(k).split()[0] == key]
        if not hits and len(of_people) == 1 and not IN_PLACE.search(sentence):
            return of_people[0]
        if not hits and (m := IN_PLACE.search(sentence)) and m[1].lower() not in NOT_PLACES:
            # two places' tolls are two groups, never a dispute
            return place_group(m[1], sentence)
        # the group most of the story's claims count, when it is most of them
        ranked = sorted(((k, n) for k, n in (weights or {}).items() if k not in apart),
                        key=lambda kv: -kv[1])
        if not hits and ranked and ranked[0][1] > sum(n for _, n in ranked[1:]):
            return next((k for k in known if group_key(k) == ranked[0][0]), affected)
    return known_group(key, known) or affected


def shouted(line: str) -> bool:
    """A flash in capitals ("INDONESIA: AT LEAST 8 KILLED … - POLICE"), read
    in title case so that its toll and source are found."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 4 and bool(letters) and all(c.isupper() for c in letters)


def named_by(group: str, sentence: str) -> bool:
    """The sentence names the group (its last word, or a word it starts
    with: "rescue teams" for rescuers); a group the drafter inferred
    ("cholera patients" for "died of cholera") is not named."""
    if not sentence or group_key(group) in GENERIC:
        return True
    # ("German nationals" for "six Germans": a nation's people by the nation's word)
    if group.endswith(" nationals") and any(
            nationals_of(w) == group for w in WORDS.findall(sentence)):
        return True
    last = group_key(group).split()[-1:]
    said = [group_key(w) for w in WORDS.findall(sentence.casefold())]
    return not last or any(w and (w.startswith(last[0]) or last[0].startswith(w))
                           for w in said if len(w) >= 3)
