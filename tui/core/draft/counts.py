"""The counts a sentence states: how many killed or injured, bounds, ranges, revisions."""

from __future__ import annotations

import re
from dataclasses import replace

from tui.core.draft.count_rules import COUNT_RULES, ORDINALS
from tui.core.draft.groups import background, nation_of_people
from tui.core.draft.measured import measured_counts
from tui.core.draft.names import countries_in
from tui.core.draft.stated import StatedCount, parse_number
from tui.core.draft.words import (
    COUNT_WORD,
    CURRENCY_SIGNS,
    DEAD_LABELS,
    GROUPS_OF_PEOPLE,
    IN_TREATMENT,
    KILLED_WORDS,
    MONTHS,
    NOT_CASUALTIES,
    NOT_PEOPLE,
    NUM,
    NUMBER_WORDS,
    SAY,
    SAY_VERBS,
    VAGUE,
)

# A currency just before a number: an amount of money ("Tk 10,000", "$1,200", "Rs. 5 lakh")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₹₦₱]|\b(?:" + "|".join(map(re.escape, CURRENCY_SIGNS))
                           + r"))\.?\s*$")
# "two dozen", "three dozens of": a count in dozens
_DOZENS = re.compile(r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+dozens?(?:\s+of)?\b", re.I)


# "a hundred", "a thousand": one of each, as a figure
_A_HUNDRED = re.compile(r"\b[Aa]\s+(hundred|thousand)\b(?!\s+(?:and|of)\b)", re.I)


# The word after "340 dead", when it names what died and no person's trade follows it
# ("340 dead cattle", "600 head of cattle were dead"; never "12 dead cattle herders")
_ANIMALS_AFTER = re.compile(r"\s+(?:head\s+of\s+)?([a-z]+)(?=\s*(?:[,.;:)]|$)|\s+(?:were|was|"
                            r"had|have|has|are|is|and|or|in|on|at|from|of|near|after|that|"
                            r"which|lay|lie|died|perished|as|by|to|with|across)\b)")


def _as_dozens(m: re.Match[str]) -> str:
    n = parse_number(m.group(1))
    # (padded with zeros, not spaces: a figure is read with its zeros, and a run of
    # spaces between numbers is slow to read)
    return f"{n * 12}".zfill(len(m.group(0))) if n is not None and n <= 20 else m.group(0)


# A day of a month: "9 September", "21 Oct."
# A month's name, in full or short: "September", "Sept.", "Aug"
_MONTH = ("(?:" + "|".join(m.title() for m in MONTHS)
          + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_MONTH_AFTER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?![\w])")
# A day after its month ("on August 15", "Aug. 15"), or an hour told in words ("by nine
# that night", "at ten in the morning", "seven o'clock"): (before, the number, after)
# (a day "on" its date, or with its ordinal or a comma after it: not "Since January 40
# people"; an hour after "by", "at", "until": not "the toll rose to nine that night")
_DAY_OR_HOUR = re.compile(
    r"(\b(?i:on)\s+" + _MONTH + r"\s+)([1-9]|[12]\d|3[01])((?:st|nd|rd|th)?(?!\d|,\d))"
    r"|(\b(?i:by|at|until|till|before|around|about|past)\s+)"
    r"((?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"(\s+(?:o[’']clock|that\s+(?:night|morning|evening|afternoon)|"
    r"in\s+the\s+(?:morning|evening|afternoon))\b)")


# The group a toll's figure names right after it: "risen to 11 tourists"
_GROUP_AFTER = re.compile(r"\s+((?!(?:people|persons|dead|deaths|killed|injured|martyrs|victims|"
                          r"fatalities|casualties|bodies|souls|lives|others|so|far|on|in|at|"
                          r"and|after|as|since|from|by|with|when|while|but|or|the)\b)[a-z]+(?:s|men))\b")


# Whose bodies a count of bodies names after it: "11 bodies of illegal gold panners"
_BODIES_OF = re.compile(r"\s+of\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*"
                        r"(?:s|men|people|children))\b")


def _plural(word: str) -> str:
    """"rescuer" -> "rescuers", "fireman" -> "firemen", "child" -> "children"."""
    irregular = {"child": "children", "person": "people"}
    if word in irregular:
        return irregular[word]
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"


# "the number of civilians who perished": whose count it is
_NUMBER_OF_WHO = re.compile(r"\bnumber of (?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                            r"(?:who|that)\b", re.I)
# "the number of passengers killed" in a toll: whose toll it is
_NUMBER_OF_WHOM_KILLED = re.compile(r"\bnumber\s+of\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
                                    r"(?:killed|dead)\b")


# Where a count sums several events: "in the two disasters", "in three separate
# incidents" (not "the twin explosions", one event)
_SEVERAL_EVENTS = (r"\b(?:in|from)\s+(?:the\s+|both\s+)?(?:two|three|four|five|both|several)\s+"
                   r"(?:separate\s+|unrelated\s+|different\s+)?"
                   r"(?:disasters|incidents|accidents|bombings|attacks|crashes|fires|floods|"
                   r"explosions|blasts|shootings|storms|quakes|earthquakes|landslides|"
                   r"collisions)\b")
_IN_SEVERAL_EVENTS = re.compile(r"[^.;]{0,40}?" + _SEVERAL_EVENTS, re.I)
# A clause that names several events anywhere: "in two accidents that left eight dead"
_CLAUSE_OF_SEVERAL_EVENTS = re.compile(_SEVERAL_EVENTS, re.I)


# ("two Iraqi citizens, a mother and her 11-year-old son from Basra, are among the dead")
_WHO_THEY_WERE = re.compile(r"(\b(?:" + COUNT_WORD + r"|\d{1,3})\s+(?:[\w\-]+\s+){0,2}"
                            r"[a-z][\w\-]*s(?:\s+of\s+(?:our|the|its|their)\s+[a-z][\w\-]*)?),\s+"
                            r"(?:an?|the)\s+[^,;.]{3,120}?\s+and\s+(?:an?|the|her|his|their)\s+"
                            r"[^,;.]{3,80},(?=\s+(?:(?:had|have|were)\s+(?:been\s+)?)?(?:lost\s+their\s+"
                            r"lives|died|killed|perished|injured|wounded|hurt)\b|\s+(?:are|were)\s+"
                            r"among\s+the\s+(?:dead|injured|wounded|victims)\b)", re.I)
_NO_ONE_ELSE = re.compile(r"\b(no\s+one|nobody|none)\s+else\b", re.I)


def _no_one_else(found: re.Match[str], sentence: str) -> str:
    """"no one else": "no one", the same length; or blank where the words before
    already count the same measure."""
    killed_before = re.search(r"\b(?:killed|died|dead|deaths?)\b", sentence[: found.start()], re.I)
    hurt_before = re.search(r"\b(?:injured|wounded|hurt)\b", sentence[: found.start()], re.I)
    verb = re.match(r"\s+(?:was|were|had been|has been)\s+(\w+)", sentence[found.end():])
    same = verb is not None and ((verb[1].lower() in ("killed", "dead") and killed_before) or (
        verb[1].lower() in ("hurt", "injured", "wounded") and hurt_before))
    return " " * len(found[0]) if same else found[1].ljust(len(found[0]))


def _blanked(found: re.Match[str]) -> str:
    """A `_DAY_OR_HOUR` match with its number as spaces (the same length)."""
    before, number, after = (found[1], found[2], found[3]) if found[2] is not None \
        else (found[4], found[5], found[6])
    return before + " " * len(number) + after


# A sayer after a comma, closing the sentence: ", the embassy said.", ", according to
# the embassy" (never those counted speaking: ", who said", ", and said")
_SAYER_AFTER = re.compile(r",\s+(?:according\s+to\b|(?!(?:who|which|that|they|he|she|and|but)\b)"
                          r"[^,;]{1,60}?\s+(?:" + SAY_VERBS + r")\b[^,;]{0,40}$)")


def _a_nation_or_people(after: str) -> bool:
    """The words after "N of the injured were" name a nation's people ("Kenyans",
    "South Koreans", "New Zealand citizens") or a group of people ("UN
    peacekeepers"), never a name or a time ("Ali Hassan", "Tuesday discharged")."""
    # (never one person, "a Kenya national team player": a part of the injured is plural)
    found = re.match(r"\s+(?!an?\s)((?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)\s*(?:[,.;]|\band\b|$)",
                     after)
    if found is None:
        return False
    words = found[1].split()
    return any(nation_of_people(" ".join(words[:n])) for n in (1, 2)) or bool(
        countries_in(found[1])) or words[-1].lower() in GROUPS_OF_PEOPLE


def counts_in(sentence: str) -> list[StatedCount]:
    """Each count the sentence states, the way a figure is stated most plainly first."""
    out: list[StatedCount] = []
    taken: set[int] = set()  # where each number counted so far stands: one number, one count
    read: set[int] = set()  # where each number a rule read stands, counted or set aside
    sentence = re.sub(r"[“”\"]", "", sentence)  # had killed “more than 60” people
    # "six (6) of our personnel": the figure written twice, as official texts do
    sentence = _REPEATED_FIGURE.sub(lambda m: " " * len(m.group(0)), sentence)
    # "more than two dozen(s) of workers": 24, written where the words were (the same
    # length, so every position in the sentence stays where it was)
    sentence = _DOZENS.sub(_as_dozens, sentence)
    # "over a hundred people": 100, written where the words were (the same length)
    sentence = _A_HUNDRED.sub(lambda m: ("100" if m[1].lower() == "hundred" else "1000").zfill(
        len(m[0])), sentence)
    # "on August 15 that five ...", "By nine that night the police said": a day after its
    # month and an hour in words are no counts; blanked, so the count after them is read
    sentence = _DAY_OR_HOUR.sub(_blanked, sentence)
    # ("9 people died, but the brigade said no one else was hurt": no one, and "else"
    # no group of people; but "12 died ...; no one else was killed" adds no one to the
    # dead already counted, no toll of none)
    sentence = _NO_ONE_ELSE.sub(lambda m: _no_one_else(m, sentence), sentence)
    # ("two members of our university, a doctoral student and a postdoctoral researcher,
    # lost their lives": who they were, set aside, so the count meets its verb)
    sentence = _WHO_THEY_WERE.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), sentence)
    # ("The agency, which had reported 11 deaths on Sunday, now says ...": what it
    # said before, set aside, never a current count)
    before = [r.span() for r in _HAD_REPORTED.finditer(sentence)]
    for pattern, kind, rule, _ in COUNT_RULES:
        for m in pattern.finditer(sentence):
            groups = m.groups()
            at = next((m.start(i + 1) for i, g in enumerate(groups) if g is not None
                       and (parse_number(g) is not None or g.lower() in VAGUE)), m.start())
            read.add(at)
            if at in taken or any(start <= at < end for start, end in before):
                continue
            if kind == "hospital" and re.search(
                    r"\b(?:of whom|of them|among them)\s+$|\b[Oo]f\s+the\s+(?:[\d,]+\s+)?"
                    r"(?:injured|wounded|hurt)\b[^.;]*$", sentence[:m.start()]):
                # "61 injured, of whom 17 are still in hospital", "Of the injured, 29 are
                # undergoing treatment at the district hospital": a part of a count
                continue
            if kind == "hospital" and (
                    re.search(r"\blater\s+in\s+hospital", m.group(0))
                    or re.search(r"\b(?:at the scene|on the spot)\s+and\s+$", sentence[:at])) \
                    and re.search(r"\b(?:died|killed|dead)\b", sentence[:at]):
                # "Three died on the spot and two others later in hospital"; "Ten people
                # were certified dead, seven at the scene and three in hospital": dead
                continue
            if _MONTH_AFTER.match(sentence, at):
                continue  # "on 9 September": a date, no count
            if _MONEY_BEFORE.search(sentence[:at]):
                continue  # "Tk 10,000 to each injured person": an amount of money, no count
            if _IN_SEVERAL_EVENTS.match(sentence, m.end()):
                continue  # "Thirteen people died in the two disasters": a sum, no one toll
            if re.search(r"\ball but\s*$", sentence[:at], re.I):
                continue  # "All but one were found dead": the one is who survived
            if re.search(r"\b(?i:flight|route|highway|bus|train|ward|room|gate|platform|No\.?)"
                         r"\s+(?:[A-ZÀ-ɏ]{1,3}[-\s]?)?$", sentence[:at]):
                continue  # "our flight VH 512", "bus 12": the number in a thing's name
            if re.fullmatch(r"(?:19|20)\d\d", sentence[at:at + 4]) and (re.search(
                    r"\b(?:in|since|by|until|from|of)\s+$", sentence[:at], re.I) or re.search(
                        _MONTH + r",?\s+$", sentence[:at])):
                # "And in 2016 two workers had died", "on Thursday 18th June 2026 passed
                # away": a year, no count
                continue
            if re.search(r"\b(?:families|relatives|funerals?)\s+of\s+(?:the\s+)?$", sentence[:at],
                         re.I) or (re.search(r"\bfamily\s+of\s+(?:the\s+)?$", sentence[:at], re.I)
                                   and re.match(r"[\w,\-]+\s+of\b", sentence[at:])):
                # "support to the family of one of our residents who lost her life" (not
                # "the family of five died": how many they were)
                continue
            if re.search(r"\b(?:man|woman|boy|girl|child|person|mother|father)\s+of\s+$",
                         sentence[:at], re.I):
                continue  # "A woman of 31 from Ljubljana died": her age, no count
            if re.search(r"\b(?:figure|number|toll|count|tally)\s+(?:also\s+)?"
                         r"(?:includes?|included)\s+$|\b(?:includes?|included)\s+in\s+(?:this|that|"
                         r"the|its|their)\s+(?:number|figure|toll|count)\s+$", sentence[:at], re.I):
                continue  # "the number includes 2 persons who died at the site": a part
            if rule == "earlier_toll_of" and re.search(
                    r"\b(?:raising|raised|updating|updated|revising|revised|from)\s+"
                    r"(?:(?:its|the|their|an?)\s+)?$", sentence[:m.start()], re.I):
                continue  # "raising its previous death toll of 37": the rise is the count
            if kind == "toll" and _BEFORE_AN_EARLIER_TOLL.search(sentence[:m.start()]):
                # "up from a death toll of 19", "raising its previous death toll of 37":
                # the earlier figure of the count
                continue
            # (or further on in what he saw: "he saw smoldering bodies and scores of
            # wounded people lying on the ground")
            if re.search(r"\b(?:saw|seen|seeing)\s+(?:\w+\s+){0,2}$|\b(?:he|she|they|I|we)\s+"
                         r"(?:saw|had seen)\s+[^.;,]{0,60}$", sentence[:at]):
                continue  # "he saw three or four people dead": what a witness saw, no toll
            if re.search(r"\b(?:\d[\d,]*|" + "|".join(NUMBER_WORDS) + r"|some|most|many|several|"
                         r"none|each|half)\s+(?:of|among)\s+the\s+$", sentence[:at], re.I):
                continue  # "five of the 15 suffered burns": the 15 were counted before
            if re.match(r"[\w\-]+\s+of\s+(?:his|her|my)\s+(?:own\s+)?[a-z]", sentence[at:]):
                continue  # "four of his relatives were buried": one man's loss, not a toll
            if kind == "number first" and re.fullmatch(r"\s*The\s+", sentence[:at]):
                continue  # "The two people killed were the driver and ...": told before
            taken.add(at)
            earlier = None
            if kind == "pair":
                if any(w in NOT_PEOPLE | NOT_CASUALTIES for g in (groups[2], groups[5])
                       for w in g.lower().split()):
                    # "30 houses burned and 7 people died", "400 homeless and 11 dead":
                    # each number has its own verb
                    taken.discard(at)
                    continue
                # ("and the pilot": one person)
                first = parse_number(groups[1])
                second = 1 if groups[4].lower() in ("the", "a", "an") else parse_number(groups[4])
                if first is None or second is None:
                    continue
                taken.add(m.start(5))
                measure = "killed" if groups[6].lower() in ("killed", "died", "dead") \
                    else "injured"
                out.append(StatedCount(measure, first, groups[0], groups[2], start=m.start(2),
                                       rule=rule))
                out.append(StatedCount(measure, second, groups[3], groups[5], start=m.start(5),
                                       rule=rule))
                continue
            if kind == "toll":
                n = parse_number(groups[2])
                earlier = parse_number(groups[0] or groups[3]) if groups[0] or groups[3] \
                    else None
                measure, bound, noun = "killed", groups[1], ""
                if counted := _NUMBER_OF_WHOM_KILLED.search(m.group(0)):
                    noun = counted[1]  # "raising to 16 the number of passengers killed"
                if re.search(r"\b(?:past|above|beyond|topped|exceeded|surpassed|passed)\s+$",
                             sentence[:at]):
                    bound = "more than"  # "climbed past 300": more than 300
            elif kind == "number":
                n = parse_number(groups[2])
                # ("children in hospital": children injured)
                # (a label's "deceased children", "children receiving inpatient treatment")
                phrase = re.sub(r"\s+(?:in\s+hospital|hospitali[sz]ed|" + IN_TREATMENT + r")$",
                                " injured", groups[0].lower())
                phrase = re.sub(r"^(?:deceased|dead)\s+(.+)$", r"\1 dead", phrase)
                *whose, word = phrase.split()
                measure = "killed" if phrase in KILLED_WORDS or word in KILLED_WORDS or word in (
                    "martyrs", "victims", *DEAD_LABELS) else "injured"
                # ("the number of passengers killed": the passengers; not "seriously")
                bound = groups[1]
                noun = "" if phrase in KILLED_WORDS else " ".join(
                    w for w in whose if not w.endswith("ly") and w not in ("confirmed", "reported"))
                if rule == "table_line" and len(groups) > 3 and groups[3]:
                    noun = groups[3]  # "Deceased: 6 workers"
                if not noun and (of_whom := _NUMBER_OF_WHO.search(m.group(0))) and \
                        of_whom[1].lower() not in ("those", "them", "these", "people"):
                    noun = of_whom[1]  # "the number of pupils who died remains five": pupils
                if not noun and (after := _GROUP_AFTER.match(sentence, m.end())):
                    noun = after.group(1)  # "the number of deaths has risen to 11 tourists"
            elif kind == "range":
                low, high = parse_number(groups[0] or groups[1]), parse_number(groups[2])
                if low is None or high is None:
                    continue
                word = groups[4].lower()
                measure = "killed" if word in ("killed", "dead", "died", "bodies") else "injured"
                out.append(StatedCount(measure, low, f"{low}-{high}", groups[3].strip(), rule=rule))
                continue
            elif kind == "bodies" and _UNNAMED.match(sentence, m.end()):
                continue  # "Eleven bodies remain there without names": a part, not a toll
            elif kind == "bodies":
                n = parse_number(groups[1] or groups[3])
                # "the bodies of four fishermen": the fishermen are the group
                measure, bound, noun = "killed", groups[0] or groups[2], groups[4] or ""
                noun = "" if noun.lower() in ("others", "more") else noun
                if not noun and (of := _BODIES_OF.match(sentence, m.end())):
                    noun = of.group(1)  # "11 bodies of illegal gold panners": the panners
            elif kind == "hospital":
                n = parse_number(groups[1])
                measure, bound = "injured", groups[0]
                noun = re.sub(r"^of (?:them|whom|the \w+)\s*", "", (
                    f"{groups[2] or ''}{groups[3] or ''}" if rule == "in_hospital"
                    else groups[2] or "").strip())
                if noun.lower() in ("patients", "patient"):
                    if re.search(r"\b(?:evacuat\w*|precaution\w*|transferred|relocated|moved)\b|"
                                 r"\bnone\s+of\s+them\b", sentence, re.I):
                        continue  # ("120 patients were taken to Korva hospital as a precaution")
                    if re.search(r"\b(?:brought|taken|rushed|admitted)\s+to\b", m.group(0)):
                        # ("nine patients have been brought to Ålesund hospital": the injured,
                        # of no group but the event's; not "2 patients are in intensive care")
                        noun = ""
            elif kind == "treated":
                n, measure, bound, noun = parse_number(groups[1]), "injured", groups[0], groups[2]
            elif kind == "buried":
                n, measure, bound, noun = parse_number(groups[1]), "killed", groups[0], groups[2]
            elif kind == "one body":
                n, measure, bound, noun = 1, "killed", None, ""
            elif kind == "one":
                # ("one of its sailors died": a sailor of the body that says so)
                n, bound = 1, None
                noun = re.sub(r"^of\s+(?:its|their|his|her|our)\s+", "", groups[0])
                measure = "injured" if groups[1] else "killed"
            elif kind == "grouped":
                n, bound, noun = parse_number(groups[1]), groups[0], f"{groups[2]} {groups[3]}"
                measure = "killed" if groups[4].lower() in KILLED_WORDS else "injured"
            elif kind == "among":
                n = parse_number(groups[3] or groups[5])
                injured_part = groups[0].lower() in ("wounded", "injured")
                measure, bound = ("injured" if injured_part else "killed"), groups[2] or groups[4]
                noun = (f"{(groups[1] or groups[6]).strip()} among the "
                        f"{'injured' if injured_part else 'dead'}")
            elif kind == "name and others":
                n = (parse_number(groups[1]) or 0) + 1
                measure = "killed" if groups[2].lower() == "killed" else "injured"
                bound, noun = None, ""
            elif kind == "lives":
                n, measure, bound, noun = parse_number(groups[1]), "killed", groups[0], groups[2]
            elif kind == "loss" and background(sentence[:m.end()]):
                continue  # "the 2008 disaster, which resulted in the deaths of 80,000": another
            elif kind == "loss":
                n, measure = parse_number(groups[1] or groups[4]), "killed"
                bound, noun = groups[0] or groups[3], "" if groups[2] else groups[5]
            elif kind == "ordinal":
                n, measure, bound, noun = ORDINALS[groups[0].lower()], "killed", None, ""
            elif kind == "ordinal hurt":
                n, measure, bound = ORDINALS[groups[0].lower()], "injured", None
                noun = _plural(groups[1].lower())  # ("a third rescuer": the rescuers)
            elif kind == "later":
                n, measure, bound, noun = parse_number(groups[1]), "killed", groups[0], ""
                # ("first said 41 people had been injured, then corrected its figure to
                # 38": the later figure of the count it corrects, the injured)
                # (only a figure corrected, of a count of the injured alone before it)
                said = {w.lower() for w in re.findall(
                    r"\b(injured|wounded|hurt|treated|hospitali[sz]ed|dead|died|killed|deaths|"
                    r"lives)\b", sentence[:m.start()], re.I)}
                if said and said <= {"injured", "wounded", "hurt", "treated", "hospitalised",
                                     "hospitalized"} and re.search(
                        r"\b(?:revised|corrected|lowered|raised)\b", m.group(0), re.I):
                    measure = "injured"
            elif kind == "of the dead":
                n, measure, bound = parse_number(groups[1]), "killed", groups[0]
                if re.search(r"\bthe (?:injured|wounded|hurt)\b", m.group(0), re.I):
                    # (said before, or by a sayer after a comma: "Two of the injured were
                    # Germans, the embassy said"; not "Germans, who said they were lucky")
                    if not (SAY.search(sentence[:m.start()]) or _SAYER_AFTER.search(
                            sentence, m.end())) or not _a_nation_or_people(sentence[m.end():]):
                        # ("Relatives said two of the injured were Ali Hassan and his wife",
                        # "were Tuesday discharged": only a nation's part, or a group of
                        # people: "Kenyans", "UN peacekeepers", "Hindu pilgrims")
                        # ("Our count is 21 injured. Two of the injured are Brazilian": the
                        # whole's own breakdown; a nation's part only as a body says it)
                        continue
                    measure = "injured"
                # "Four of the dead were forestry workers": a part of the toll, its own group
                # (past "and two of the injured were": the words both parts share)
                shared = re.sub(r"^\s+and\s+[\w-]+\s+of\s+the\s+(?:injured|wounded)\s+(?:were|are)"
                                r"(?=\s)", "", sentence[m.end():])
                part = re.match(r"\s+((?:(?!(?:who|which|that|and|from|in|on|at|when|after)\b)"
                                r"[\w’'\-]+\s*){1,4})", shared)
                who = part.group(1).strip() if part else ""
                if "born" in who.lower().split():
                    continue  # ("one of the dead was born in 1984": who, not a part)
                if not who or who.split()[0].lower().endswith("ed"):
                    who = "people"  # "Ten of the dead were killed when ...": a part, unnamed
                noun = f"{who} among the {'dead' if measure == 'killed' else 'injured'}"
                if (where := _DEAD_FROM_PLACE.match(sentence, m.end())) and not countries_in(
                        where.group(1)):
                    # "Fifty-three of the dead were from the province of Maguindanao" (not
                    # "from Germany": a nationality, the part it always was)
                    noun, rule = f"people in {where.group(1)}", "dead_from_place"
            elif kind == "verb first":
                n = parse_number(groups[2])
                verb = groups[0].lower().strip("“”\"")
                measure = "killed" if verb.startswith(("kill", "neutrali", "los")) \
                    else "injured"
                bound, noun = groups[1], (groups[3] if len(groups) > 3 else "") or ""
            else:
                n = parse_number(groups[1])
                measure = "killed" if groups[3].lower() in KILLED_WORDS else "injured"
                bound, noun = groups[0], groups[2].strip().strip("“”\"")
                # "41 of its citizens had died": the citizens; "25 people are injured":
                # the people, not their verb
                # ("dozens of people have died": the people)
                noun = re.sub(r"^of (?:(?:its|their|his|her|our|the)\b\s*)?(?:own\s+)?", "", noun)
                noun = re.sub(r"\s+(?:are|were|is|was|have|has|had|who|that|which)$", "", noun)
                if noun.lower() in ("others", "other", "more", "injured", "wounded"):
                    noun = ""
                elif not noun and "," in sentence[m.end(2):m.end()] and (
                        aside := re.match(r"\s+(?:of\s+(?:its|their|his|her|our)\s+)?"
                                          r"([a-z][\w\-]*),", sentence[m.end(2):])):
                    # "seven patients, among them three children, died"; "one of its
                    # sailors, Leading Seaman X (27), died": a sailor
                    noun = aside.group(1)
                if rule == "number_binds_to_its_verb":
                    noun = _head_of(noun)
                if noun.split()[:1] == ["person"]:
                    noun = "person"  # "1 person waiting at the stop died": a person, counted
            # "people reported killed", "Dozens are feared to have died", "70 others in
            # hospital": the group is the words before the verb's, and no other count's
            # ("17 workers remain in hospital": the workers)
            noun = re.split(r"\s+(?:are|is|were|was|have|has|had|feared|believed|reported|"
                            r"confirmed|known|thought|presumed|remain|remains|remained|still)\b",
                            f" {noun}")[0].strip()
            # ("seven injured miners were in hospital": the miners)
            noun = re.sub(r"^(?:injured|wounded)\s+(?=[a-z])", "", noun)
            # ("three of its own volunteers were treated": its volunteers)
            noun = re.sub(r"^of\s+(?:its|their|our|his|her)\s+(?:own\s+)?(?=[a-z])", "", noun)
            if noun.lower() in ("others", "other", "more", "injured", "wounded", "killed", "dead",
                                "remain", "remained", "remains", "still", "further",
                                "additional", "new", "cases", "case") or not set(
                                    noun.lower().split()) - {"of", "the", "a", "an", "in", "at"}:
                # ("Of the 45 injured, 12 remain in hospital", "has reached thirty-six (36)
                # cases": no group named)
                noun = ""
            if n == 0 and noun.lower() == "one":
                noun = ""  # "no one was hurt": no one, of no group named
            if accounted := re.search(r"(?:^|[-–—:]\s+)((?:[A-ZÀ-ɏ][\w’'\-]*|[a-z][\w’'\-]*)"
                                      r"(?:\s+[\w’'\-]+){0,5})\s+accounted\s+for\s+$",
                                      sentence[:at]):
                noun = accounted.group(1)  # "Workers at the plant accounted for 9 of the dead"

            if not noun and (animals := _ANIMALS_AFTER.match(sentence, m.end())) and (
                    animals[1] in NOT_PEOPLE):
                continue  # "340 dead cattle", "12 injured horses": what died is no person
            if noun.lower().split()[-1:] and (noun.lower().split()[-1] in NOT_PEOPLE
                                              or noun.lower().split()[0] in NOT_PEOPLE):
                # "150 houses had been buried", "4.7 million sheep died", "25,000 pounds to
                # every injured person"
                continue
            vague = next((g.lower() for g in groups if g and g.lower() in VAGUE), None)
            if n is None and vague and kind == "number first" and groups[3].lower() == "buried":
                continue  # "dozens were buried": under the rubble, uncounted; no toll
            if n is None and vague:
                n, bound = 0, vague  # "wounding dozens"
            if re.match(r"[^.;,]{0,40}?\b(?:(?:every|each|per) (?:year|month|week)|annually)\b"
                        r"|\s+(?:[a-z]+\s+)?a\s+(?:year|month|week)\b(?!\s+(?:ago|earlier|later))"
                        r"|\s*(?:%|per\s*cent\b|percent\b)", sentence[m.end():]):
                # "dozens of miners died every year", "claims 600,000 lives a year": a
                # rate; "have risen to 30 percent of all deaths": a share, not a toll
                continue
            if re.match(r"\s+(?:or|and)\s+(?:missing|unaccounted(?:\s+for)?)(?=\s*(?:[,.;)]|$)|"
                        r"\s+(?:after|in|on|when|following|since|from)\b)", sentence[m.end():],
                        re.I) \
                    or re.search(r"\bbetween\s+(?:the\s+)?dead\s+and\s+(?:the\s+)?injured",
                                 sentence[m.start():m.end() + 30], re.I) or re.search(
                    r"\b(?:if|whether|unless)\s+(?:\w+\s+)?$", sentence[:m.start()], re.I):
                # "nearly 300 people dead or missing", "100 people between dead and
                # injured": two measures in one figure; "if a person died": no event
                continue
            if n is not None and kind == "number first" and (rest := re.match(
                    # ("and five others of our team sustained injuries": injured)
                    r"[^.;\d]{0,40}?\band\s+" + NUM + r"\s+others\b(?!(?:\s+(?:of|from|in|at)\s+"
                    r"(?:[\w’']+\s+){0,2}?[\w’']+)?\s+(?:were|was|had|have|"
                    r"are|is|still|remain|remained|missing|unaccounted|"
                    r"suffered|sustained|received|injured|wounded|hurt|"
                    # ("and six others went missing": a verb of their own, not the dead's)
                    r"went|gone|go|disappeared|vanished|escaped|survived|fled|were\s+rescued)\b)",
                    sentence[m.end():], re.I)):
                # "nine people had died on the spot and five others on the way to hospital"
                more = parse_number(rest.group(1))
                if more is not None:
                    out.append(StatedCount(measure, n + more, bound, noun, start=at, kind=kind,
                                           parts=(n, more), rule=rule))
                    taken.add(m.end() + rest.start(1))
                    continue
            if n is not None and kind == "verb first" and measure == "killed" and (one := re.match(
                    r"\s+and\s+(?:a|an|one)\s+((?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)(?=\s*(?:[,.;]|and\b))",
                    sentence[m.end():])) and not NOT_PEOPLE & set(one.group(1).split()):
                # "killing eight pupils and a security guard": the guard is a group of one
                out.append(StatedCount("killed", 1, None, one.group(1),
                                       start=m.end() + one.start(1), kind=kind, rule=rule))
            if n is not None:
                included = bool(re.search(r"\b(?:including|among them|of them)\s+$",
                                          sentence[:m.start()], re.I))
                projected, feared = _projected(sentence, at, m.end())
                out.append(StatedCount(measure, n, bound, noun, earlier, included, at, kind,
                                       rule=rule, projected=projected, feared=feared,
                                       increment=_increment(sentence, at, measure)))
    # the numbers no rule read, read by the measure word beside them (a number a rule
    # read and set aside, "The 40 rebels killed", "in two separate attacks", stays aside)
    for count in measured_counts(sentence, read):
        # (the sentence before the count and its clause after: "In two separate fires, 4
        # persons without life were found")
        clause = re.split(r"[;:]", sentence[:count.start])[-1] + re.split(
            r"[;:]", sentence[count.start:], maxsplit=1)[0]
        if not any(start <= count.start < end for start, end in before) and \
                not _CLAUSE_OF_SEVERAL_EVENTS.search(clause):
            # ("in two accidents that left eight workers dead": a sum, no one toll)
            projected, feared = _projected(sentence, count.start, count.start + 1)
            out.append(replace(count, projected=projected, feared=feared,
                               increment=_increment(sentence, count.start, count.measure)))
    return out


# "of the dead were from the southern province of Maguindanao": the place of a part
_DEAD_FROM_PLACE = re.compile(r"\s+(?:(?:were|was)\s+)?(?:from|in)\s+(?:the\s+)?"
                              r"(?:[a-z][\w\-]*\s+){0,3}?"
                              r"(?:(?:province|district|state|region|county|town|city|village)\s+"
                              r"of\s+)?([A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2})")


# A relative clause with what its body said before: ", which had reported 11 deaths,"
# (", which reported three deaths early on Tuesday, said six had died": a time of its
# own says so too, when the main clause gives a figure after it)
_HAD_REPORTED = re.compile(r",\s*(?:which|who)\s+had\s+(?:earlier\s+|previously\s+|first\s+)?"
                           r"(?:reported|said|given|put|counted|confirmed|announced)\b[^,;]*,|"
                           r",\s*(?:which|who)\s+(?:earlier\s+|previously\s+|first\s+|"
                           r"initially\s+)?(?:reported|gave|put|counted|confirmed|announced)\b"
                           r"(?=[^,;]*\b(?:earlier|first|initially|yesterday|(?:Mon|Tues|Wednes|"
                           r"Thurs|Fri|Satur|Sun)day)\b)[^,;]*,(?=[^.;]*\d|[^.;]*\b(?:"
                           + "|".join(NUMBER_WORDS) + r")\b)")


# What is said of bodies that are a part of the dead: "remain there without names"
_UNNAMED = re.compile(r"[^.;,]{0,30}?\b(?:unidentified|unclaimed|without names|not yet "
                      r"identified|yet to be identified)\b", re.I)
# "up from a death toll of 19": what comes before the earlier figure of a count
# ("raising its previous death toll of 37": so does this)
_BEFORE_AN_EARLIER_TOLL = re.compile(
    r"\b(?:(?:up|down)\s+from\s+(?:an?\s+|the\s+)?(?:(?:earlier|previous|first)\s+)?"
    r"|(?:its|the|their|a|an)\s+(?:previous|earlier|initial|first)\s+)(?:death\s+)?$", re.I)
# A figure repeated in digits beside its words: "six (6)", or "(6) six" as some
# translations put it.
_REPEATED_FIGURE = re.compile(r"(?<=[a-z])\s+\(\d[\d,]*\)|\(\d[\d,]*\)\s+(?=[a-z])")
# Words that make a figure one to come: "may climb to", "is expected to rise to".
# ("which seemed to raise the toll to four": an inference, not a count given)
_PROJECTION = re.compile(r"\b(?:may|might|could|would|expected|likely|projected|possibly|"
                         r"seemed|seems|appeared|appears|"
                         r"threatens? to|set to rise)\b")
# "are feared dead", "feared to have died": missing people, counted as a toll with a check
_FEARED = re.compile(r"\b(?:feared|fear|fears)\b")


# Words for people that say little until what they are of is said: "residents of
# the village" (while "rescuers of the ministry" are rescuers).
_BARE_HEADS = frozenset({"members", "residents", "citizens", "people", "persons", "staff",
                         "employees", "relatives", "families", "inhabitants", "natives"})
_PREPOSITION = re.compile(r"\s+(?:of|at|in|from|on|near|aboard|inside|with|for|by|during)\b")


def _head_of(noun: str) -> str:
    """The people a long description counts: its words up to the first preposition,
    one phrase more when those words are a bare "residents" or "members"."""
    cuts = list(_PREPOSITION.finditer(noun))
    if not cuts:
        return noun
    head = noun[:cuts[0].start()]
    if head.lower() == "members" and (body := re.fullmatch(
            r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w\-]+[’']s\s+)?([a-z][\w\s\-]*?)",
            noun[cuts[0].start():(cuts[1].start() if len(cuts) > 1 else None)])):
        # "members of the ferry's crew": the crew
        # (but "members of our university" are its people, of no group named)
        return body.group(1) if re.search(r"\b(?:crew|staff|teams?|family|families|delegation|"
                                          r"group|choir|club|band|congregation|unit|squad|"
                                          r"party|expedition|forces?|guard|brigade|police|"
                                          r"service|army|navy|militia|battalion|"
                                          r"regiment)$", body.group(1)) else ""
    if not head or head.split()[-1].lower() not in _BARE_HEADS:
        return head
    return noun[:cuts[1].start()] if len(cuts) > 1 else noun


def _increment(sentence: str, at: int, measure: str) -> bool:
    """The number at `at` counts what was added: "another 30", "five more"
    (but "another 14 were injured", after the dead, counts the injured)."""
    if measure == "killed" and re.search(r"\b(?:another|a further|an additional)\s+$",
                                         sentence[:at], re.I):
        return True
    if re.match(r"[^.;,]{0,40}?\b(?:has|had)\s+since\s+died\b", sentence[at:], re.I):
        return True  # "a passenger has since died": one more than the count before
    if measure == "killed" and re.search(r"\b[Oo]f\s+the\s+(?:[\d,]+\s+)?(?:injured|wounded)"
                                         r"(?:\s+[a-z]+)?\s*,?\s*$", sentence[:at]):
        return True  # "Of the injured persons, 4 subsequently died": more dead, of the injured
    if measure == "injured" and re.search(r"\b(?:killed|killing|died|dead)\b", sentence[:at]):
        return False  # "killed 33 people and injured 13 more": the injured are others
    # ("15 new deaths since the last report": added to it)
    # ("seven further deaths have been reported", "12 additional deaths")
    return bool(re.match(r"[\w,\-]*\s+(?:more\b(?!\s+than)|(?:new|further|additional)\s+"
                         r"(?:deaths|cases|victims|bodies|fatalities)\b)", sentence[at:], re.I))


def _projected(sentence: str, at: int, end: int) -> tuple[bool, bool]:
    """Whether the clause of the count, up to its end, speaks of a projection,
    and whether of a fear."""
    clause = sentence[max(sentence.rfind(mark, 0, at) for mark in ",;:") + 1:end]
    return bool(_PROJECTION.search(clause)), bool(_FEARED.search(clause))
