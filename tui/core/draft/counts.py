"""The counts a sentence states: how many killed or injured, bounds, ranges, revisions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.draft.words import KILLED_WORDS, NOT_PEOPLE, NUM, NUMBER_WORDS, VAGUE

_BOUND = r"(?:\b(more than|at least|over|about|nearly|some|around|almost|up to)\s+)?"
# Up to three words naming who was counted: words, not "-", "before he was" or verbs.
_NOUN = (r"((?:(?!(?:before|after|when|while|as|he|she|they|it|and|but|then|had|have|has|been|"
         r"was|were)\b)[“”\"]?[A-Za-z][\w’'\-]*[”\"]?\s+){0,3}?)")
# Who is counted: a plural noun ("skiers", "fishermen") or one of the words
# that are plural without an s.
_GROUP = (r"((?!(?:days|hours|weeks|months|years|times|minutes|seconds|miles|kilometres|"
          r"kilometers|metres|meters|percent|this|was|has|is|its|his|thus|always|across|"
          r"towards|less|unless|whereas)\b)(?:[a-z][\w\-]*(?<!ou)s|[a-z]*men|people|children|police|crew|staff|"
          r"personnel)\b)")
# (pattern, measure): each finds a number, with a bound before it and the group counted.
_COUNT_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "the death toll rose to 44", "revised the death toll from 95 to 84": the last figure
    # (and the earlier one, a revision)
    (re.compile(r"\b(?:death )?toll\b[^.;]*?\b(?:from\s+" + NUM + r"\s+)?"
                r"(?:to|at|of|reached|stood at|is|was)\s+" + _BOUND + NUM, re.I), "toll"),
    # "put the number of dead at 29", "the number of injured at 284"
    # "the number of injured treated in Manila hospitals was 63"
    (re.compile(r"\bnumber of (?:[A-Z][\w\-]+\s+)?(dead|deaths|people killed|injured|wounded)"
                r"(?:\s+[a-z][^,.;\d]{0,40}?)?\s+(?:at|to|was|is|stood at|"
                r"(?:had |has )?(?:reached|risen to|rose to|climbed to|stood at))\s+"
                + _BOUND
                + NUM, re.I), "number"),
    # "killing at least nine people", "wounding 12 people", "killing four skiers"
    # "had “neutralised” more than 60 attackers": the army's word for killed
    (re.compile(r"\b(killing|killed|kill|injuring|injured|wounding|wounded|"
                r"[“\"]?neutrali[sz]ed[”\"]?)\s+" + _BOUND + NUM
                + r"\s+(?:of the\s+)?(?:[a-z][\w\-]*\s+)?" + _GROUP, re.I), "verb first"),
    # "it had treated more than 2,700 pilgrims"
    # (not "treated 5,600 patients with measles": a disease's patients are no casualties)
    (re.compile(r"\b(?:treated|hospitali[sz]ed|admitted)\s+" + _BOUND + NUM
                + r"\s+(?!patients|cases)" + _GROUP, re.I), "treated"),
    # "helped to bury 27 people", "27 people were buried"
    (re.compile(r"\b(?:bury|buried|burying)\s+" + _BOUND + NUM + r"\s+(people|bodies|"
                r"victims|villagers|residents|miners|workers|children|men|women|members|"
                r"relatives|soldiers|civilians)\b", re.I), "buried"),
    # "killing four skiers and injuring six", "and wounded 28 on Friday": no noun of its own
    (re.compile(r"(?:\band|,)\s+(injuring|wounding|injured|wounded|killing|killed)\s+" + _BOUND
                + NUM + r"(?=\s*(?:[,.;]|$)|\s+(?:others|more|on|in|at|and|before|after|when|"
                r"as)\b)", re.I),
     "verb first"),
    # "between 40 and 60 people were killed", "40 to 60 people died": a range
    (re.compile(r"\bbetween\s+" + NUM + r"\s+and\s+" + NUM + r"\s+" + _NOUN
                + r"(?:were |was |had been |have been )?"
                r"(killed|dead|died|injured|wounded|bodies)\b",
                re.I), "range"),
    # "52 bodies had been buried", "the bodies of four fishermen"
    (re.compile(_BOUND + NUM + r"\s+bodies\b|\bbodies of\s+" + _BOUND + NUM, re.I),
     "bodies"),
    # "21 civilians and three members of the security forces had died": two groups
    (re.compile(_BOUND + NUM + r"\s+((?:[\w\-]+\s+){0,2}?[\w\-]+)\s+and\s+" + _BOUND + NUM
                + r"\s+((?:[\w\-]+\s+){0,5}?[\w\-]+)\s+(?:had |have |were |was )?(?:been )?"
                r"(killed|died|dead)\b", re.I), "pair"),
    # "nine injured people succumbed", "12 wounded later died": dead, not injured
    (re.compile(_BOUND + NUM + r"\s+(?:injured|wounded)\s+" + _NOUN
                + r"(?:had |have |later )?(succumbed|died)\b", re.I), "number first"),
    # "19 people were being treated in hospital", "36 people were taken to Mulago hospital"
    (re.compile(_BOUND + NUM + r"\s+" + _NOUN + r"(?:were |was |are |had been )?(?:being )?"
                r"(?:treated|hospitali[sz]ed|remained in hospital|in hospital|kept in hospital|"
                r"taken to (?:[A-Z][\w\-]*\s+){0,3}hospitals?)\b", re.I),
     "hospital"),
    # "16 people had been pulled from the river alive and flown to hospitals"
    (re.compile(_BOUND + NUM + r"\s+(people|passengers|workers|others|survivors|children)\s+"
                r"[^.;\d]{0,60}?\b(?:taken|flown|rushed|airlifted|admitted|evacuated)\s+to\s+"
                r"(?:[A-Z][\w\-]*\s+)?hospitals?\b", re.I), "hospital"),
    # "A farm worker, 52, died", "A police officer was among the dead": one person
    (re.compile(r"(?<![\w’'])(?:[Aa]n?|[Oo]ne)\s+((?:(?!(?:whose|who|that|which)\b)[A-Za-z][\w\-]*\s+)"
                r"{0,3}?[a-z][\w\-]*)"
                r"(?:,\s*\d{1,3},)?\s+(?:also\s+)?(?:was\s+(?:killed|shot dead|found dead|"
                r"confirmed dead|among the dead)|(?:had\s+|has\s+)?(?:later\s+)?died|"
                r"was\s+(?:seriously\s+|badly\s+)?(injured|wounded|hurt))\b"), "one"),
    # "Two of the victims were German": the victims of a deadly event are its dead
    (re.compile(_BOUND + NUM + r"\s+of the (?:dead|victims)\s+(?:were|was)\b", re.I),
     "of the dead"),
    # "31 people were killed", "12 people were shot dead", "38 people in western Kenya
    # this week" (after "killed")
    (re.compile(_BOUND + NUM + r"(?!\s+of\s+(?:whom|them)\b)\s+" + _NOUN
                # "two engineers who worked at the plant were among the injured"
                + r"(?:(?:who|that)\s+(?:[\w’'\-]+\s+){1,6}?)?"
                # "Two women, aged 19 and 20, died"; "two of its citizens, the pilot and
                # the flight engineer, had died"
                + r"(?:[\w’'\-]+,[^,]{1,40},\s*)?"
                + r"(?:were |was |had been |have been |had |"
                r"have |later )?(?:seriously |badly |critically |severely |slightly |lightly )?"
                r"(?:shot |found |confirmed |burned |crushed )?"
                r"(killed|dead|died|drowned|neutrali[sz]ed|(?:crushed|burned|burnt|trampled|stabbed|"
                r"beaten|frozen) to death|(?<!of the )injured|(?<!of the )wounded|"
                r"hurt|treated for injuries|succumbed|lost their lives|among the dead|"
                r"among the (?:injured|wounded)|buried|had (?:serious |severe )?burns|deaths)\b"
                # not "the two attacks had killed 29": the number is the object's
                r"(?!\s+(?:more than |at least |over |about |nearly )?(?:\d|(?:"
                + "|".join(NUMBER_WORDS) + r")\b))", re.I),
     "number first"),
]

@dataclass
class Count:
    """A count a sentence states: `bound` is "at least", "about", ... or a
    range's text ("40-60"); `earlier` is the figure a revision replaced."""

    measure: str  # "killed" or "injured"
    number: int
    bound: str | None
    noun: str
    earlier: int | None = None
    included: bool = False  # "..., including two firefighters": part of another count
    start: int = -1  # where the count stands in its sentence
    kind: str = ""  # the pattern that found it
    parts: tuple[int, int] | None = None  # "nine died at the scene and five others later"

    @property
    def text(self) -> int | str:
        """The count as the format writes it: 9, "9+", "40-60"."""
        bound = (self.bound or "").lower()
        if bound in VAGUE:
            return "unknown"
        if "-" in bound:
            return bound
        return f"{self.number}+" if bound in ("more than", "at least", "over") else self.number

    @property
    def check(self) -> str | None:
        """Why the figure is only approximately the article's."""
        if self.parts:
            return f"the sum of the article's {self.parts[0]} and {self.parts[1]}"
        bound = (self.bound or "").lower()
        if bound in VAGUE:
            return f"the article says '{bound}'; no figure"
        if bound in ("about", "nearly", "some", "around", "almost", "up to"):
            return f"the article says '{bound} {self.number:,}'"
        return None


def counts_in(sentence: str) -> list[Count]:
    """Each count the sentence states, the way a figure is stated most plainly first."""
    out: list[Count] = []
    taken: set[int] = set()  # where each number counted so far stands: one number, one count
    sentence = re.sub(r"[“”\"]", "", sentence)  # had killed “more than 60” people
    for pattern, kind in _COUNT_PATTERNS:
        for m in pattern.finditer(sentence):
            groups = m.groups()
            at = next((m.start(i + 1) for i, g in enumerate(groups) if g is not None
                       and (parse_number(g) is not None or g.lower() in VAGUE)), m.start())
            if at in taken:
                continue
            taken.add(at)
            earlier = None
            if kind == "pair":
                first, second = parse_number(groups[1]), parse_number(groups[4])
                if first is None or second is None:
                    continue
                taken.add(m.start(5))
                out.append(Count("killed", first, groups[0], groups[2], start=m.start(2)))
                out.append(Count("killed", second, groups[3], groups[5], start=m.start(5)))
                continue
            if kind == "toll":
                n = parse_number(groups[2])
                earlier = parse_number(groups[0]) if groups[0] else None
                measure, bound, noun = "killed", groups[1], ""
            elif kind == "number":
                n = parse_number(groups[2])
                measure = "killed" if groups[0].lower() in ("dead", "deaths", "people killed") \
                    else "injured"
                bound, noun = groups[1], ""
            elif kind == "range":
                low, high = parse_number(groups[0]), parse_number(groups[1])
                if low is None or high is None:
                    continue
                word = groups[3].lower()
                measure = "killed" if word in ("killed", "dead", "died", "bodies") else "injured"
                out.append(Count(measure, low, f"{low}-{high}", groups[2].strip()))
                continue
            elif kind == "bodies":
                n = parse_number(groups[1] or groups[3])
                measure, bound, noun = "killed", groups[0] or groups[2], ""
            elif kind == "hospital":
                n = parse_number(groups[1])
                measure, bound = "injured", groups[0]
                noun = re.sub(r"^of (?:them|whom|the \w+)\s*", "", (groups[2] or "").strip())
            elif kind == "treated":
                n, measure, bound, noun = parse_number(groups[1]), "injured", groups[0], groups[2]
            elif kind == "buried":
                n, measure, bound, noun = parse_number(groups[1]), "killed", groups[0], groups[2]
            elif kind == "one":
                n, bound, noun = 1, None, groups[0]
                measure = "injured" if groups[1] else "killed"
            elif kind == "of the dead":
                n, measure, bound, noun = parse_number(groups[1]), "killed", groups[0], ""
            elif kind == "verb first":
                n = parse_number(groups[2])
                verb = groups[0].lower().strip("“”\"")
                measure = "killed" if verb.startswith(("kill", "neutrali")) else "injured"
                bound, noun = groups[1], (groups[3] if len(groups) > 3 else "") or ""
            else:
                n = parse_number(groups[1])
                measure = "killed" if groups[3].lower() in KILLED_WORDS else "injured"
                bound, noun = groups[0], groups[2].strip().strip("“”\"")
                # "41 of its citizens had died": the citizens
                noun = re.sub(r"^of (?:its|their|his|her|the)\s+", "", noun)
                if noun.lower() in ("others", "other", "more", "injured", "wounded"):
                    noun = ""
            if noun.lower().split()[-1:] and noun.lower().split()[-1] in NOT_PEOPLE:
                continue  # "150 houses had been buried", "4.7 million sheep died"
            vague = next((g.lower() for g in groups if g and g.lower() in VAGUE), None)
            if n is None and vague:
                n, bound = 0, vague  # "wounding dozens"
            if re.match(r"[^.;,]{0,40}?\b(?:(?:every|each|per) (?:year|month|week)|annually)\b",
                        sentence[m.end():]):
                continue  # "dozens of miners died every year": a rate, not a toll
            if n is not None and kind == "number first" and (rest := re.match(
                    r"[^.;\d]{0,40}?\band\s+" + NUM + r"\s+others\b(?!\s+(?:were|was|had|have)\b)",
                    sentence[m.end():], re.I)):
                # "nine people had died on the spot and five others on the way to hospital"
                more = parse_number(rest.group(1))
                if more is not None:
                    out.append(Count(measure, n + more, bound, noun, start=at, kind=kind,
                                     parts=(n, more)))
                    taken.add(m.end() + rest.start(1))
                    continue
            if n is not None:
                included = bool(re.search(r"\b(?:including|among them|of them)\s+$",
                                          sentence[:m.start()], re.I))
                out.append(Count(measure, n, bound, noun, earlier, included, at, kind))
    return out


@dataclass
class Tolls:
    """What one sentence says of casualties: the dead and the injured it counts,
    other groups' dead it counts apart, and whose casualties they are."""

    killed: Count | None
    injured: Count | None
    others: list[Count]
    affected: str


def _where(sentence: str, start: int, who: str) -> str:
    """`who` with the place its clause names: "people in Colombo"."""
    clause = re.split(r"[,;.]", sentence[start:], maxsplit=1)[0]
    place = re.search(r"\bin ((?:[A-Z][\w’'\-]+\s*)+)", clause)
    return f"{who} in {place.group(1).strip()}" if place else f"{who} (another group)"


def tolls_in(sentence: str) -> Tolls | None:
    """The casualties a sentence states, or None if it counts none."""
    low = sentence.lower()
    killed: Count | None = None
    injured: Count | None = None
    others: list[Count] = []
    affected = "check"
    if m := re.search(r"\bnone of (?:their|its|his|her) (\w+)", low):
        affected = m.group(1)
        if "killed" in low or "dead" in low or "victims" in low:
            killed = Count("killed", 0, None, affected)
        else:
            injured = Count("injured", 0, None, affected)
    elif m := re.search(r"\b(?:no|not suffer(?: any)?|did not suffer|not aware of any)\s+"
                        r"((?:\w+\s+)?)casualties", sentence, re.I):
        killed = Count("killed", 0, None, "")
        word = m.group(1).strip()
        affected = ("civilians" if word == "civilian"
                    else f"{word} personnel" if word not in ("", "any") else "forces")
        if re.search(r"\b(its|their) forces\b", low):
            affected = "forces"
    else:
        found = counts_in(sentence)
        if not found:
            return None
        # a toll stated as one first ("the toll rose to 44"), then in the sentence's order
        found.sort(key=lambda c: (c.kind not in ("toll", "number"), c.start))
        for count in found:
            # each figure keeps its own bound: "at least 9 dead and 40 injured"
            if count.measure == "killed" and killed is None:
                killed = count
            elif count.measure == "injured" and injured is None:
                injured = count
            elif (count.measure == "killed" and killed is not None and not count.included
                  and count.start > killed.start and count.number != killed.number
                  and count.kind != "bodies"
                  and re.search(r",\s+and\s+|;\s", sentence[killed.start:count.start])):
                # "Eight people drowned in Galle, and two died in Colombo": two places,
                # two groups (the same group would make the second a revision)
                count.noun = _where(sentence, count.start, count.noun or "people")
                if not killed.noun or killed.noun == "people":
                    killed.noun = affected = _where(sentence, killed.start, "people")
                others.append(count)
            elif (count.measure == "killed" and killed is not None and count.noun
                  and not count.included
                  and killed.noun and count.noun != killed.noun
                  and count.number != killed.number):
                # "17 soldiers had been killed and ... neutralised 60 attackers":
                # another group's dead, a claim of its own
                others.append(count)
            if count.noun and affected == "check":
                affected = count.noun
        if others and killed is not None:
            # the groups' claims in the order the sentence gives them
            first, *others = sorted([killed, *others], key=lambda c: c.start)
            if first is not killed:
                affected, killed = first.noun or affected, first
        if affected == "check":
            affected = "people"
    return Tolls(killed, injured, others, affected)


def parse_number(text: str) -> int | None:
    t = text.lower().replace(",", "").replace(" ", "").replace("\u00a0", "")
    if t.isdigit():
        return int(t)
    if "-" in t:  # "twenty-one"
        tens, _, unit = t.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return NUMBER_WORDS.get(t)
