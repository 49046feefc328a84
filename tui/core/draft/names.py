"""Who a phrase names: a person and their role, a body, a country, an organisation."""

from __future__ import annotations

import re

from tui.core.draft.resolve import ends_in_a_body_noun, is_body
from tui.core.draft.words import (
    A_FIGURE,
    ADVERBS,
    BARE_SPEAKERS,
    BODY_NAME_LOWER_WORDS,
    DEMONYMS,
    DETERMINERS,
    GROUP_NOUN,
    GROUP_NOUNS,
    METONYMS,
    MINISTRY_NAME,
    MONTHS,
    NUMBER_WORDS,
    OFFICES_OF_A_PLACE,
    ORGANISATIONS,
    PERSON_LABELS,
    PERSON_NAME_PARTICLES,
    PERSON_WORD,
    PERSON_WORDS,
    PLACE_WORDS,
    REGION_WORD,
    ROLE_WORDS,
    SAY,
    SAY_VERBS,
    SUBJECT_NOUNS,
    WEEKDAYS,
    WHEN_SAID,
)
from tui.core.format.countries import lookup_country
from tui.core.format.model import Country

# Small words inside names: "Osama bin Laden", "Jama'at Nusrat al-Islam wal-Muslimin"
_NAME_PARTICLE = re.compile("(?:" + "|".join(sorted(PERSON_NAME_PARTICLES)) + ")"
                            r"|(?:al|el|wal|ad|as|ash|an|ar)-[A-ZÀ-ɏ][\w’'\-]*")
# A company's legal form at its name's end, written with points or in lower case:
# "Sportinfra Nord S.à r.l.", "Jadran Turist d.o.o."
_LEGAL_FORM = (r"(?:\s+(?:S\.à\s+r\.l\.|S\.A\.|S\.p\.A\.|S\.r\.l\.|d\.o\.o\.|s\.r\.o\.|a\.s\.|"
               r"B\.V\.|N\.V\.|Ltd\.|Inc\.|plc))?")
# Where a story happens: "in northern Burkina Faso", "off the coast of western Libya"
PLACE = re.compile(r"\b(?:in|near|off|outside|across|outskirts of|coast of)\s+(?:the\s+)?"
                    r"((?:[a-z][\w\-]*\s+){0,2}[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2})")
# Titles written short: "Col. Abdoulaye Maiga" is Col Abdoulaye Maiga, a role and a name.
HONORIFIC = re.compile(r"\b(Col|Gen|Lt|Sgt|Capt|Maj|Cmdr|Adm|Brig|Dr|Prof|Gov|Sen|Rep)\.")


# A courtesy title or a rank before a person's name of two or three words: "Mr Yaw
# Boateng-Sarfo", "Brigadier Dickson Gatluak" (the role keeps what they are)
# (a cleric's, an envoy's or a premier's too: "Father Tomás Irías", "H.E. Kong Sothea")
_TITLE_OR_RANK = re.compile(r"^(?:Mr|Mrs|Ms|Mme|Commodore|Captain|Capt|Major|Colonel|Col|"
                            r"Lieutenant|Lt|Sergeant|Sgt|Corporal|Cpl|Brigadier|Admiral|Adm|"
                            r"General|Gen|Father|Fr|Sister|Imam|Pastor|Bishop|Rev|Reverend|"
                            r"Sheikh|H\.E|Premier|Dr|Prof|Engr|Hon|Datuk|Dato[’']?|Datin|Tan Sri|"
                            r"(?:Asst|Deputy)\.? Comm|ACP|DCP)"
                            # ("Lieutenant Nur Aisyah binte Rahmat": a particle in the name)
                            r"\.?\s+(?=[A-ZÀ-ɏ][\w’'\-]+(?:\s+(?:" + "|".join(
                                sorted(PERSON_NAME_PARTICLES)) + r")\s+[A-ZÀ-ɏ][\w’'\-]+"
                            r"|\s+[A-ZÀ-ɏ][\w’'\-]+){1,3}$)")


# "Energy Minister Taner Yildiz": an office's words before a person's name
_OFFICE_BEFORE_NAME = re.compile(r"^(?:[A-ZÀ-ɏ][\w’'\-]+\s+){1,3}?(?:Minister|Governor|Mayor)\s+"
                                 r"(?=[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){1,2}$)")


def without_title(name: str) -> str:
    """A person's name without the courtesy title, rank or office before it."""
    return _OFFICE_BEFORE_NAME.sub("", _TITLE_OR_RANK.sub("", name))


# Words that open a sentence before a name, never a name's own ("Earlier Yildiz said";
# not "First Bank", "Today FM")
_OPENING_ADVERBS = frozenset({"earlier", "later", "initially", "previously", "separately",
                              "yesterday", "also", "again", "meanwhile"})
# A date's month before a body's letters ("on 11 February NEMA raised")
_MONTH_BEFORE_LETTERS = re.compile(r"^(?:" + "|".join(m.title() for m in MONTHS)
                                   + r")\s+(?=[A-ZÀ-ɏ]{2,}\b)")


def clean_name(text: str) -> str:
    words = text.strip(" ,.;:").split()
    while words and (words[0].lower() in DETERMINERS or (
            words[0].lower() in _OPENING_ADVERBS and len(words) > 1)):
        words = words[1:]
    return _MONTH_BEFORE_LETTERS.sub("", " ".join(words))


def capitalised(word: str) -> bool:
    """A word that can be part of a name: "Saleh", "al-Wadei", "bin"."""
    return word[:1].isupper() or bool(re.fullmatch(_NAME_PARTICLE, word))


# Patterns of subject_at made from the word lists, compiled once.
_ROLE_OF_PLACE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w\-]*\s+){0,2}(?:"
    + "|".join(sorted(PERSON_WORDS | ROLE_WORDS | GROUP_NOUNS))
    + r")\s+of\s+(?:[A-ZÀ-ɏ][\w’'\-]*\s+){1,4}(?:province|state|region|district|county)?)\s*$")
# An office named by what it is in charge of: "the minister of health", "the
# director of public works" (lower case, so no place).
_ROLE_OF_PORTFOLIO = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w\-]*\s+){0,2}(?:minister|ministry|secretary|director|"
    r"head|chief|commissioner|department|directorate|office|bureau)\s+of\s+(?:the\s+)?"
    r"[a-z][\w\-]*(?:\s+(?:and\s+)?[a-z][\w\-]*){0,2})\s*$")
# (a place of several words, particles too: "Davao de Oro's provincial government",
# "South Sudan's army")
_COUNTRYS_BODY = re.compile(r"((?:[A-ZÀ-ɏ][\w\-]+\s+(?:(?:de|do|da|del|di|la|el)\s+)?){0,3}"
                            r"[A-ZÀ-ɏ][\w\-]+[’']s(?:\s+(?:and|[a-z][\w\-]*)){0,4}\s+(?:"
                            + GROUP_NOUN + r"))\s*$")
_COUNTRYS_BODY_OF = re.compile(r"([A-ZÀ-ɏ][\w\-]+[’']s\s+(?:[a-z][\w\-]*\s+){0,2}(?:"
                               + GROUP_NOUN + r")\s+of\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s*$")
_STATE_BODY_OF = re.compile(
    r"(?:\b[Tt]he\s+)?((?:Government|Ministry|Ministries|Presidency|Cabinet|Embassy)"
    r"(?:\s+of\s+(?:[A-ZÀ-ɏ][\w’'\-]+\s+(?:and\s+)?){0,3}[A-ZÀ-ɏ][\w’'\-]+)?"
    r"\s+of\s+(?:the\s+)?(?:[A-ZÀ-ɏ][\w’'\-]+\s+(?:of\s+)?){0,4}[A-ZÀ-ɏ][\w’'\-]+)\s*$")
_BODY_ACRONYM = re.compile(r"\b(?:" + GROUP_NOUN + r")\s+([A-ZÀ-ɏ]{2,8})\s*$")
# ("the factory's owner": a possessive before the person)
_DESCRIBED_PERSON = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+((?:[a-z][\w’'\-]*\s+){0,2}(?:"
                               + PERSON_WORD + r"))$")
# ", which has personnel in Iraq,", ", whose capital lies across the river,"
# (never past a semicolon: "A, whose volunteers helped; to B, which ...": two items)
# (a figure's thousands are no clause's end: ", which announced CAD 750,000 for ...,")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b(?:[^,;]|(?<=\d),(?=\d{3}\b))*"
                              r",(?!\d{3}\b)")


def without_relative_clauses(sentence: str) -> str:
    """The sentence without its ", which/who/whose ...," clauses, so that a
    subject stands next to its verb ("Qatar and Egypt, which mediate, said")."""
    return _RELATIVE_CLAUSE.sub("", sentence)


# "Mayor of Quilca Ana Ruiz", "Deputy Commissioner (DC) of Jamalpur Nasreen Sultana
# Chowdhury": an office of a place run into the holder's name with no comma (an
# office that has a place: a minister's or a secretary's "of" names a portfolio)
_PLACE_OFFICES = frozenset({"mayor", "governor", "commissioner", "collector", "prefect",
                            "president", "premier", "administrator", "magistrate", "dc"})
# The office's words before "of" ("Deputy Commissioner (DC) of")
_OFFICE_OF = r"(?P<role>(?:[A-ZÀ-ɏ][\w’'-]*\s+){1,3}(?:\([A-ZÀ-ɏ]{2,6}\)\s+)?)of\s+"
_OFFICE_OF_PLACE = re.compile(rf"^{_OFFICE_OF}(?:the\s+)?"
                              r"(?P<run>[A-ZÀ-ɏ][\w’'-]*(?:\s+[A-ZÀ-ɏ][\w’'-]*){2,6})$")
# The first words of places of two words ("New York", "Los Angeles", "South Sudan")
_PLACE_PREFIXES = frozenset({"new", "los", "las", "san", "santa", "são", "sao", "south", "north",
                             "east", "west", "upper", "lower", "greater", "saint", "st", "port",
                             "fort", "mount", "el", "la", "le", "al", "rio", "kuala", "hong",
                             "sri", "abu", "puerto", "cape", "costa"})


def _place_then_name(run: str) -> tuple[str, str] | None:
    """A run of capitalised words that is a place and then a person's name of
    two to four words ("New York Eric Adams": New York, Eric Adams), or None."""
    words = run.split()
    length = next((n for n in (3, 2) if len(words) > n and lookup_country(" ".join(words[:n]))),
                  2 if words[0].lower() in _PLACE_PREFIXES else 1)
    if len(words) > length and words[length].lower() in PLACE_WORDS:
        length += 1  # "Lagos State Babajide Sanwo-Olu"
    name = words[length:]
    if not 2 <= len(name) <= 4 or any(w.lower() in SUBJECT_NOUNS | GROUP_NOUNS | PLACE_WORDS
                                      for w in name):
        return None
    return " ".join(words[:length]), " ".join(name)


def _a_place_office(role: str) -> bool:
    """The office's words name one that has a place ("Mayor", "(DC)")."""
    return bool({w.strip("()").lower() for w in role.split()} & _PLACE_OFFICES)


def _office_of_a_place(phrase: str) -> tuple[str, str] | None:
    """(name, role) when `phrase` is an office of a place and its holder's name."""
    m = _OFFICE_OF_PLACE.match(phrase)
    if m is None or not _a_place_office(m["role"]):
        return None
    if (split := _place_then_name(m["run"])) is None:
        return None
    return split[1], f"{m['role']}of {split[0]}"


def place_of_an_office(head: str, found: str) -> str:
    """`found`, the words before a verb, without the place of the office
    before it ("... (DC) of Jamalpur Nasreen Sultana Chowdhury" is Nasreen
    Sultana Chowdhury)."""
    office = re.search(rf"{_OFFICE_OF}$", head[: len(head) - len(found)])
    if office is None or not _a_place_office(office["role"]):
        return found
    split = _place_then_name(found)
    return split[1] if split is not None else found


def split_role(phrase: str) -> tuple[str, str | None]:
    """'US Defence Secretary Mark Esper' -> ('Mark Esper', 'US Defence Secretary')."""
    cleaned = clean_name(re.sub(HONORIFIC, r"\1", phrase))
    if (office := _office_of_a_place(cleaned)) is not None:
        return office
    words = cleaned.split()
    i = 0
    while i < len(words) - 1:
        w = words[i].lower().strip("’'s")
        base = re.sub(r"[’']s$", "", words[i]).lower()
        # (a country by a code only in capitals: "Li Wei" is no Liechtenstein)
        country = re.sub(r"[’']s$", "", words[i])
        if (w in ROLE_WORDS or base in ROLE_WORDS or base in DEMONYMS
                or ((len(country) > 3 or country.isupper())
                    and lookup_country(country) is not None)):
            i += 1
            continue
        break
    if i == 0 and len(words) >= 3 and words[0].lower() in PERSON_LABELS and all(
            capitalised(w) and w.lower() not in PERSON_WORDS | ROLE_WORDS for w in words[1:]):
        # "Survivor Thabo Ramokgopa": who the person is, then the name (`label_before_name`)
        return " ".join(words[1:]), words[0].lower()
    if i == 0:
        # "Mines Minister Ana Lima": a role word last before a name of two or more words
        i = next((j + 1 for j in range(len(words) - 3, -1, -1)
                  if words[j].lower() in ROLE_WORDS and words[j][:1].isupper()), 0)
    if i == 0 or i >= len(words) or all(w.lower() in ROLE_WORDS for w in words[i:]):
        return " ".join(words), None
    name = words[i:]
    # (nor a body: "Malawi Defence Force" is the force, not a "Force" with a role)
    if any(w.lower() in SUBJECT_NOUNS | GROUP_NOUNS for w in name) \
            or not all(map(capitalised, name)):
        return " ".join(words), None
    return " ".join(name), " ".join(words[:i])


# "... of Banjarnegara Regency, Central Java, said", "The police in Lahore, Pakistan,
# said": the wider place after a place, between commas, before the verb
# (or where it lies: "Fire officials in Ibaraki Prefecture, northeast of Tokyo, say")
_WHERE_IT_LIES = (r"(?:about\s+|some\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                  r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+")
_WIDER_PLACE = re.compile(r"(\b(?:of|in|at)\s+(?:[A-ZÀ-ɏ][\w’'\-]*\s+){0,3}[A-ZÀ-ɏ][\w’'\-]*)"
                          r",\s+((?:" + _WHERE_IT_LIES + r")?"
                          r"(?:[A-ZÀ-ɏ][\w’'\-]*\s+){0,2}[A-ZÀ-ɏ][\w’'\-]*),\s*$")


def _without_wider_place(text: str) -> str:
    """The words before a verb without the wider place that follows a body's
    own place ("the agency of Banjarnegara Regency, Central Java, said": the
    agency, not Central Java)."""
    found = _WIDER_PLACE.search(text)
    if found is None:
        return text
    wider = found.group(2)
    # (a country, a region, or a part named by its direction: never a person's name,
    # "the governor of Kano, Abba Yusuf, said")
    # (or where it lies from another: "northeast of Tokyo", "about 200 km north of Dhaka")
    if not (countries_in(wider) or re.search(r"\b" + REGION_WORD + r"$", wider, re.I)
            or re.match(r"(?:Central|North|South|East|West|Northern|Southern|Eastern|"
                        r"Western|Upper|Lower)\b", wider)
            or re.match(_WHERE_IT_LIES, wider)):
        return text
    return text[: found.end(1)] + " "


# "two more than the police have reported": a number compared with a body's, whose
# verb follows (never "No fewer than three ministers said": the speakers)
_A_COMPARISON = re.compile(r"(?<!\bNo )(?<!\bno )(?<!\bNow )(?<!\bnow )\b(?:more|fewer|less|higher|"
                           r"lower)\s+than\s+(?!(?:\d|(?i:" + "|".join(NUMBER_WORDS) + r"))\b)"
                           r"(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}(?:(?:had|have|has)\s+)?$")


# A count in words ("the four the police have confirmed")
_NUMBER_WORD = "(?:" + "|".join(sorted((w for w, n in NUMBER_WORDS.items()
                                         if isinstance(n, int) and n >= 1
                                         and w not in ("a", "an", "both")),
                                        key=len, reverse=True)) + ")"


def subject_before(text: str) -> str | None:
    """The noun phrase before a say-verb in `text` ("Iranian state television"),
    trying the last verb first ("X said it launched ... and called it ...")."""
    verbs = list(SAY.finditer(text))
    for match in reversed(verbs):
        if match is not verbs[0] and re.search(r"\b(?:after|when|because|before|since|"
                                               r"until|once)\s+[^,;]*$", text[:match.start()],
                                               re.I) and not A_FIGURE.search(text[match.end():]):
            # "Ixcoy said two were missing, after relatives of two passengers told
            # authorities ...": a verb of a clause that says when or why, not the subject's
            # (unless the figure is what that clause says: "mourning after the health
            # ministry said 45 people had died")
            continue
        if re.search(r",\s*where\s+[^,;]*$", text[:match.start()]) \
                and A_FIGURE.search(text[:match.start()]) and not A_FIGURE.search(
                    text[match.end():]) and not re.search(
                    r"\b(?:figures?|toll|count|number|dead|deaths|those|it|that|preliminary)\b",
                    text[match.end():], re.I):
            # ("The official toll stands at 3,394 dead, although those figures cover two
            # zones, where U.N. officials say hundreds of thousands are without shelter":
            # a side clause's speaker, who says nothing of the figure before it)
            continue
        if match.group(0) == "blamed" and re.match(r"\s+on\s", text[match.end():]):
            continue  # "Bombings blamed on rebels have killed ...": a participle, not a verb
        if re.search(r",\s*(?:which|who)\s+(?:had\s+|has\s+)?$", text[:match.start()]):
            continue  # "..., which reported 31": a relative clause's verb, not the subject's
        if match.group(0).endswith("ed") and re.search(
                r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w]*[\d\-][\w\-]*\s+)?$", text[:match.start()]):
            continue  # "the collapse of a 117-year-old condemned building": an adjective
        if re.search(r"\b(?:the|from|of|than)\s+(?:\d{1,3}(?:,\d{3})?|" + _NUMBER_WORD
                     + r")\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,4}$",
                     text[max(0, match.start() - 80):match.start()], re.I):
            # "up from the 14 the agency reported", "the four the police have confirmed": a
            # figure's clause, not the subject
            continue
        if _A_COMPARISON.search(text[max(0, match.start() - 80):match.start()]):
            continue  # "two more than the police have reported": a comparison, not the subject
        # ("the Suðurnes Police (Lögreglan á Suðurnesjum) say": the name in the story's
        # language, in brackets after the name, is not the subject)
        before = re.sub(r"(?<=[\w.])\s*\([^()]*\s[^()]*\)\s*$", " ", text[: match.start()])
        # ("the Regional Disaster Management Agency (BPBD) of Banjarnegara": the name
        # whole, its short form apart)
        # (and before the verb: "..., the Group for Peace and Development (CPD), said")
        before = _without_wider_place(re.sub(r"\s+\([A-Z][A-Za-z\-]{1,9}\)(?=\s+of\s|\s*,?\s*$)",
                                             "", before))
        found = subject_at(before)
        if not found:
            # ("President William Ruto, speaking earlier today, however, said": asides
            # between the subject and its verb; "We are aware that the Ministry of Health
            # told ZNS": the clause's subject), when the words whole name no one
            before = _KNOWN_THAT.sub("", _ASIDES_AT_END.sub(" ", before))
            found = subject_at(before)
        if found and (ministry := _MINISTRY_AT_END.search(before.rstrip())) \
                and ministry[0].endswith(found) and len(ministry[0]) > len(found):
            # ("The Ministry of Labour, Health and Social Affairs said": one name with its
            # commas, not its last fields)
            found = ministry[0]
        if found:
            found = place_of_an_office(before.rstrip(), found)
        if found and re.search(r"\b(?:whom|which|who)\s+(?:it|he|she|they)\s*$",
                               text[: match.start()]):
            continue  # "..., whom it says were found later": an aside, not the subject
        if found:
            return found
    return None


# Asides that stand between a subject and its verb of saying: ", however,", ", for its
# part,", ", speaking to reporters," (with its commas, or none: "X speaking earlier")
_ASIDES_AT_END = re.compile(r"(?:,?\s+speaking\s+(?!of\b)[^,;]{1,60}?|,\s*(?:however|though|"
                            r"meanwhile|too|in turn|for (?:its|his|her|their) part))"
                            r"(?:,\s*(?:however|though|too))?\s*,?\s*$")


# What a speaker knows, before the clause whose subject speaks: "We are aware that the
# Ministry told", "It is understood that police said"
_KNOWN_THAT = re.compile(r"^.*\b(?:aware|understood|clear|known|learned|learnt|believe|believes|"
                         r"recall|recalls|note|notes|noted)\s+that\s+(?=(?:the\s+)?[A-ZÀ-ɏ])")


# A ministry's name that ends the words before a verb of saying
_MINISTRY_AT_END = re.compile(MINISTRY_NAME.pattern + r"\s*$")


# "the district health authority in Muzaffargarh": a body of the kind, in a place
# (owned by a body: "The National Police's regional command in Santo Antão")
_BODY_IN_PLACE = re.compile(r"(?:^|,\s*|\s)[Tt]he\s+((?:(?:[A-ZÀ-ɏ][\w’'\-]*\s+){0,3}"
                            r"[A-ZÀ-ɏ][\w\-]*['’]s\s+)?(?:[a-z][\w’'\-]*\s+){0,3}[a-z][\w’'\-]*)"
                            r"\s+in\s+([A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2})\s*$")


# Words before a plural speaker that say when or where, not which ("this morning police")
_NOT_A_DESCRIPTION = frozenset({"the", "this", "that", "these", "those", "morning", "afternoon",
                                "evening", "night", "today", "tonight", "yesterday", "on", "in",
                                "at", "by", "of", "for", "with", "from", "and", "or", "said",
                                "says", "statement", "earlier", "later", "so", "far", "until",
                                "recently", "many", "few", "not", "all", "some", "most",
                                "several", "other", "more", "both", "now", "also", "still",
                                "even", "only", "just", "two", "three",
                                *(d.lower() for d in WEEKDAYS), *(m.lower() for m in MONTHS)})


# A time said after the subject, before its verb ("last night", "this morning")
_WHEN_AT_THE_END = re.compile(r"(?<=[a-z])\s+" + WHEN_SAID + r"\s*$")


def subject_at(head: str) -> str | None:
    head = re.sub(HONORIFIC, r"\1", head)  # ", Dr. Jairo Mkumbo," has no sentence end in it
    # "18:10 COT — Óscar Villegas ... has just told": a live blog's time opens no
    # subject, and "has just" is the verb's (`stamp_and_has_just`)
    head = re.sub(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?"
                  r"(?:[A-ZÀ-ɏ]{2,5}\s*)?[-–—]\s+", "", head)
    # "Havana, Aug 12 (EFE).- Cuba's Interior Ministry said": an agency's dateline, as
    # Spanish copy punctuates it, opens no subject either
    head = re.sub(r"^[^()]{0,60}\([A-ZÀ-ɏ][\w .]{1,20}\)\.[-–—]\s*", "", head)
    head = re.sub(r"\s+(?:has|have|had)\s+(?:just|now|already|also|since|earlier)\s*$", " ", head)
    # ("The emergencies ministry last night said", "The governor in Tarsa this morning
    # said": when, taken off before the place is read)
    head = re.sub(_WHEN_AT_THE_END, " ", head)
    # "the UN Humanitarian Affairs (UNOCHA) in Afghanistan said": the body, not where
    # it is (a body's name ends in a capital or its acronym before the place)
    if (at := re.search(r"(?:\b[A-ZÀ-ɏ][\w’'\-]*|\))(\s+in\s+(?:[A-ZÀ-ɏ][\w’'\-]+\s*){1,3})$",
                        head)) is not None and (organisations_in(body := head[:at.start(1)])
                                                or is_body(body.split(",")[-1])):
        head = body
    elif (office := re.search(r"(?:^|\s[-–—]\s+|,\s+)\s*(?:[Aa]n?|[Tt]he)\s+((?:[a-z][\w\-]*\s+)"
                              r"{0,2}(?:" + PERSON_WORD + r"))\s+in\s+"
                              r"(?:[A-ZÀ-ɏ][\w’'\-]+\s*){1,3}$",
                              head)) is not None:
        # "A regional commissioner in Tanzania put the toll at 86": the office, not where
        return office.group(1)
    elif (placed := _BODY_IN_PLACE.search(head)) is not None and ends_in_a_body_noun(placed[1]):
        # "The district health authority in Muzaffargarh said": that place's authority
        # (an owned one by its owner's name: "National Police's regional command")
        return placed[1] if re.search(r"['’]s\s", placed[1]) else f"{placed[2]} {placed[1]}"
    # "In a statement the company puts ...", "In its latest bulletin, the agency said":
    # where it was said opens the sentence, not who
    head = re.sub(r"^\s*[Ii]n\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
                  r"communiqu[eé]|release|update|bulletin|post|report|briefing)\s*,?\s+", "", head)
    # "The statement by the commissioner's office said", "An initial statement by Rescue
    # 1122 said": whose statement it is
    head = re.sub(r"^\s*(?:[Tt]he|[Aa]n?)\s+(?:(?:initial|first|latest|new|official|joint|"
                  r"earlier|later)\s+)?(?:statement|report|bulletin|update|communiqu[eé]|release)"
                  r"\s+(?:by|from)\s+", "", head)
    # "By the afternoon its director ...", "By that evening the brigade had counted":
    # when, not who
    # ("In the afternoon the ministry raised", "By the next morning the Ministry of Health
    # was reporting", "That evening the police said": the same)
    # (never a name's own words: "The Sunday Telegraph reported")
    # (after a dateline too: "REYKJAVIK - The next day police said")
    head = re.sub(r"(?:^\s*|(?<=\s[-–—]\s))(?:(?:By|In|During|On)\s+(?:the\s+|that\s+|this\s+)?"
                  r"(?:(?:next|following|same)\s+)?|(?:That|This)\s+|The\s+(?:next|following|same)\s+)"
                  # ("On the fourth day the ministry's count", "The next day police said")
                  r"(?:(?:(?:first|second|third|fourth|fifth|sixth|seventh|last)\s+)?(?:day|week)|"
                  r"morning|afternoon|evening|night|midday|"
                  r"noon|then|nightfall|dawn|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|"
                  r"afternoon|evening|night))?)(?=,|\s+(?:the|a|an|its|their|police|officials|authorities|rescuers|"
                  r"firefighters|doctors|residents|witnesses|[A-ZÀ-ɏ]))\s*,?\s+",
                  "", head)
    # ("The Volunteer Firefighters (Bomberos Voluntarios), the first ...": the name in
    # its own language, between brackets, is no part of the English one)
    head = re.sub(r"(?<=[A-Za-z])\s+\((?![A-ZÀ-ɏ]{2,}\))[A-ZÀ-ɏ][a-z][\w’'\-]*"
                  r"(?:\s+[A-Za-z][\w’'\-]*){1,3}\)(?=\s*,)", "", head)
    # "The National Disaster Management Authority (NDMA) said": the body, by its name
    head = re.sub(r"(?<=[A-Za-z])\s+\([A-ZÀ-ɏ][A-Za-z]{1,9}(?:\s[A-ZÀ-ɏ][A-Za-z]{1,9})?\)\s*$", " ",
                  head)  # ("... service (ZZS JMK) said": a short form of two words too)
    # "Police on Wednesday raised ...": the day is when, not who
    # ("The ministry Wednesday lowered", "police late Tuesday raised": the same, as
    # agency copy writes it without "on")
    head = re.sub(r"\s+(?:late |early )?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                  r"(?:\s+(?:morning|afternoon|evening|night))?\s*$", " ", head)
    # ("the Governor of Diyala, Mr. Sabah Khalil al-Karkhi,": the name, its particles too)
    head = re.sub(r"(?<=,\s)(?:Mr|Mrs|Ms)\.?\s+(?=[A-ZÀ-ɏ])", "", head)
    # ("A local police chief, V N Deshmukh,": initials without points)
    if m := re.search(r",\s*(?:the\s+)?((?:(?:[A-ZÀ-ɏ]|al-|el-|ad-|as-)[\w’'\-]*\s+"
                      r"(?:(?:for|of|on|and)\s+(?:the\s+)?)?){1,6}(?:[A-ZÀ-ɏ]|al-|el-|ad-|as-)"
                      r"[\w’'\-]+" + _LEGAL_FORM + r")(?:,\s*\d{1,3})?,\s*$", head):
        # "The mayor's spokeswoman, Ana Lima," said; "A rights group, the National
        # Human Rights Defense Network," said; "A resident, Eleni Papadaki, 72,": the name
        return m.group(1)
    # "Rescue 1122 said": a body whose name ends in its number (not "Since March 2024",
    # a date) (`named_with_a_number`)
    if (m := re.search(r"(?:^|,\s*)(?:the\s+)?((?:[A-ZÀ-ɏ][\w’'\-]+\s+){1,3}\d{2,5})\s*$", head)) \
            and not re.search(r"\b(?:1[89]|20)\d\d\s*$", m[1]) \
            and not set(m[1].split()) & {*MONTHS, *WEEKDAYS}:
        return m.group(1)
    # "Mozambique's disaster management institute, INGD, on Monday raised": the body by
    # its short name
    if m := re.search(r"\b(?:[a-z][\w\-]*|[A-ZÀ-ɏ][\w\-]*[’']s)\s+(?:[a-z][\w\-]*\s+){0,3}"
                      r"[a-z][\w\-]*,\s*([A-ZÀ-ɏ]{2,8}),\s*$", head):
        return m.group(1)
    # "local administrations and media reports said": the body; the media relay it
    if m := re.search(r"(?:^|,\s*)(?:the\s+)?((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)\s+and\s+"
                      r"(?:local\s+|state\s+)?(?:media|news|press)\s+reports\s*$", head):
        return m.group(1)
    # "police and rescue officials said": the officials of both
    if m := re.search(r"\b((?:police|rescue|health|hospital|government|military|security|local|"
                      r"provincial|district|state|city|fire)\s+and\s+(?:[a-z]+\s+)?(?:officials|"
                      r"authorities|sources))\s*$", head):
        return m.group(1)
    # "Earlier on Saturday, local media reported": the media, however described
    # ("Private radio and television channels, however, put the toll at 65")
    head = re.sub(r",\s*(?:however|meanwhile|though|too|also|for (?:its|their) part),?\s*$", " ",
                  head)
    if m := re.search(r"\b((?:(?:local|state|state-run|official|foreign|international|national|"
                      r"[A-ZÀ-ɏ][\w\-]+)\s+){1,3}(?:(?:radio|television|TV)\s+and\s+)?"
                      r"(?:media|television|radio|press|TV)(?:\s+(?:channels|stations|"
                      r"networks|outlets))?)\s*$", head):
        return m.group(1)
    # "Villagers contacted by telephone said": the villagers, however they were reached
    head = re.sub(r"\s+(?:contacted|reached|interviewed)\s+(?:by|on|in)\s+[^,]*$", " ", head)
    # "A resident of the village, who goes only by the name Surendra, said": the name
    if m := re.search(r",\s+who\s+(?:goes|went)\s+(?:only\s+)?by\s+(?:the\s+name\s+)?"
                      r"([A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2}),\s*$", head):
        return m.group(1)
    # "Two doctors at the hospital, who spoke on condition of anonymity, said": the doctors
    head = re.sub(r",\s*(?:who|which|where|when)\b[^,]*,\s*$", " ", head)
    # ("The ... Agency (NEMA), which reported three deaths, said": its short name again)
    head = re.sub(r"(?<=[A-Za-z])\s+\([A-ZÀ-ɏ][A-Za-z]{1,9}\)\s*$", " ", head)
    head = re.sub(r"([A-ZÀ-ɏ][\w’'\-]+),\s*\d{1,3}\s*$", r"\1 ", head)  # "Sunita Deshmukh, 52,"
    # "A nurse who asked not to be named said": the person described, before "who"
    if m := re.search(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+((?:[a-z][\w\-]*\s+){0,2}(?:"
                      + PERSON_WORD + r"))\s+who\b[^,“”\"]*$", head):
        return m.group(1)
    if (after_that := re.search(r"\bthat\s+((?:the\s+)?[A-ZÀ-ɏ][^,]*?)\s+(?:has|have|had)\s*$",
                                head)) and not SAY.search(head[: after_that.start()]):
        # "We are aware that the Labour Rights Network has said": the network says it
        head = after_that.group(1) + " "
    # "We know that the Joint Rescue Coordination Centre said": what we know, who said it
    if (known := re.search(r"\b(?:know|knows|knew|understand|understood|learned|learnt|heard|"
                           r"hear)\s+that\s+(.+)$", head)) is not None:
        head = known.group(1)
    head = re.sub(r"\s+(?:that|which)\s+[^,]*$", " ", head)  # "a charity that runs the morgue"
    # "the mayor of the town where it happened said": the mayor, not where
    # (but "Leyte province where local officials have said": they are the subject)
    head = re.sub(r"(?<=[a-z])\s+where\s+[^,]*?\b(?:happened|occurred|took\s+place|struck|hit|"
                  r"started|began|broke\s+out)\b[^,]*$", " ", head)
    head = re.sub(r"\b(" + PERSON_WORD + r")\s+of\s+the\s+(?:[a-z][\w-]*\s+)?(?:town|city|village|"
                  r"district|province|region|county|area|municipality)\s*$", r"\1 ", head)
    if re.search(rf"\b(?:{SAY_VERBS})(?:\s+[\w’'\-]+){{0,3}}\s*$", head):
        # "The agency said in Lyon that it ... and urged": the verb before is the subject's
        return None
    # "The Government of the Dominican Republic sent", "the Ministry of Foreign Affairs
    # of the Republic of Tunisia said": a state's body, named with its country
    # (and "the Ministry of the Interior said", a ministry named by what it is of)
    # (not "Brazil's Ministry of Foreign Affairs": whose it is, said before it)
    if (m := _STATE_BODY_OF.search(head)) and (countries_in(m.group(1)) or (
            m.group(1).startswith("Ministry ") and re.search(
                r"(?:^|,\s*|\b[Tt]he\s+)$", head[:m.start(1)]))):
        return m.group(1)
    # "Analyst Sana Mirza of the Lahore Policy Institute said": the person
    if m := re.search(r"((?:[A-ZÀ-ɏ][\w’'\-]+\s+){1,2}[A-ZÀ-ɏ][\w’'\-]+)\s+of\s+the\s+"
                      r"(?:[A-ZÀ-ɏ][\w’'\-]+\s*){1,5}$", head):
        if m[1].split()[-1].lower() in OFFICES_OF_A_PLACE and m[1].split()[0] in ("The", "the"):
            # ("The Governor of the West Region says": the office with its region)
            return re.sub(r"^[Tt]he\s+", "", m[0]).strip()
        return m.group(1)
    # "The Embassy of India in Kathmandu confirmed": the embassy, not where it is
    if m := re.search(r"(?:[Tt]he\s+)?((?:Embassy|Consulate(?:\s+General)?|High\s+Commission|"
                      r"Permanent\s+Mission)\s+of\s+(?:the\s+)?[A-ZÀ-ɏ][\w’'\-]+"
                      # ("of the Republic of Türkiye": a country's long name)
                      r"(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ɏ][\w’'\-]+)*)"
                      r"\s+(?:in|at|to)\s+[^,]*$", head):
        return m.group(1)
    # "Local officials in the Indian-held area said": who, not where
    if m := re.search(r"((?:[A-ZÀ-ɏ][\w’'.\-]+\s+){0,2}(?i:officials|police|authorities|sources|"
                      r"residents|witnesses|diplomat|officer|official|embassy|consulate|doctors?|"
                      r"medics?|nurses?|rescuers|firefighters|workers|staff|high commission|"
                      r"mission|office|ministry|agency|service)(?:\s+general)?)\s+(?:in|at|from|near)\s+"
                      r"[^,]*$", head):
        words = m.group(1).split()
        return " ".join(words[1:] if words[0].lower() in NUMBER_WORDS else words)
    # "Human rights groups in Guinea claim", "Civil society groups in Goma said": the
    # groups, described, not where they are
    if m := re.search(r"(?:^|[,;:]\s*|\s[-–—]\s+|\b(?:[Tt]he|[Ss]ome|[Ss]everal|[Tt]wo)\s+)"
                      r"(?:(?:But|And|Yet|So|Meanwhile),?\s+)?((?:[A-Za-z][\w’'\-]*\s+)"
                      r"{1,2}(?:groups|organi[sz]ations|activists|unions|associations))\s+"
                      r"(?:in|at|from|near)\s+[^,]*$", head):
        return m.group(1)
    # "Saudi Arabia's ambassador to Yemen said": the ambassador's country, not the host
    if m := re.search(r"((?:[A-ZÀ-ɏ][\w\-]+\s+)?[A-ZÀ-ɏ][\w\-]+[’']s\s+(?:[a-z]+\s+)?(?:ambassador|"
                      r"envoy|embassy|mission|representative))\s+(?:to|in)\s+[^,]*$", head):
        return m.group(1)
    # "the governor of South Kivu province said"
    if m := _ROLE_OF_PLACE.search(head):
        return m.group(1).strip()
    # "the minister of health said", "the director of public health said": the office
    if m := _ROLE_OF_PORTFOLIO.search(head):
        return m.group(1).strip()
    # "A coalition of opposition parties and civil society groups said": the whole body
    if m := re.search(r"\b(?:[Tt]he|[Aa]n?)\s+((?:coalition|alliance|association|federation|union|"
                      r"network|group|committee|council)\s+of\s+(?:[\w’'\-]+\s+){1,6}?"
                      r"[\w’'\-]+)\s*$", head):
        return m.group(1)
    # "Jama'at Nusrat al-Islam wal-Muslimin, an al Qaeda affiliate known as JNIM, said"
    if m := re.search(r"\bknown as ([A-ZÀ-ɏ][\w’'\-]+),?\s*$", head):
        return m.group(1)
    # "Norvale's ministry of civil affairs said": the body, with what it is of
    if m := _COUNTRYS_BODY_OF.search(head):
        return m.group(1)
    # "Peru's energy and mines ministry said"
    if m := _COUNTRYS_BODY.search(head):
        return m.group(1)
    if m := _BODY_ACRONYM.search(head):
        return m.group(1)  # "the country's disaster agency AFAD said": the agency's name
    head = re.sub(r",[^,]*,\s*$", " ", head)  # drop ", which has personnel in Iraq,"
    tokens = head.split()
    # "the ministry later said", "South Africa temporarily closed"
    while tokens and (tokens[-1].lower() in ADVERBS
                      or (tokens[-1].islower() and tokens[-1].endswith("ly"))):
        tokens.pop()
    # "the coast guard", "the Libyan coast guard", "the Houthi-run health ministry"
    if m := re.search(r"\b([Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|"
                      r"[Ss]ome)\s+((?:[\w’'\-]+\s+){0,4}"
                      r"[a-z][\w\-]*)$",
                      " ".join(tokens)):
        words = m.group(2).split()
        # ("Two villagers told AP": people of a kind that speak, however many)
        counted = m.group(1).lower() in ("two", "three", "several", "some")
        plural_people = words[-1] in BARE_SPEAKERS or (
            words[-1].endswith("s") and words[-1][:-1] in PERSON_WORDS)
        # ("the Indonesian consulate general", "the directorate general": the body's
        # noun before its "general")
        if words[-1] in GROUP_NOUNS or (words[-1] == "general" and len(words) > 1
                                        and words[-2] in GROUP_NOUNS) or (
                words[-1] in BARE_SPEAKERS and "and" in words) or (
                counted and len(words) == 1 and plural_people):
            # "the coast guard said", "the regional health office said", "a local rescue
            # group and residents said"
            return m.group(2)
    # "The Borikhamxay provincial committee for disaster prevention and control told":
    # a body described in lower case with what it is for
    if m := re.search(r"\b(?:[Tt]he|[Aa]n?)\s+((?:(?!of\b)[\w’'\-]+\s+){0,3}(?:" + GROUP_NOUN
                      + r")\s+(?:for|of|on)\s+(?!the\b)(?:[a-z][\w\-]*\s+){0,5}[a-z][\w\-]*)$",
                      " ".join(tokens)):
        return m.group(1)
    # "A local official said": a person described, with an adjective
    if m := _DESCRIBED_PERSON.search(" ".join(tokens)):
        return m.group(1)
    # "Opposition medics said", "But local doctors have said": people who speak as a
    # plural, described by a word or two
    if m := re.fullmatch(r"(?:(?:But|And|However|Meanwhile|Yet),?\s+)?((?:[A-Za-z][\w-]*\s+){1,2}"
                         r"(?:" + "|".join(sorted(BARE_SPEAKERS)) + r"))", " ".join(tokens)):
        described = m.group(1).split()[:-1]
        if not any(w.lower() in DETERMINERS | _NOT_A_DESCRIPTION for w in described):
            return m.group(1)
    taken: list[str] = []
    for position in range(len(tokens) - 1, -1, -1):
        tok = tokens[position]
        bare = tok.strip(",;:()“”\"")
        # (nor past a quotation's end: "... county headquarters,” Leek said")
        if not bare or (tok.endswith((",", ";", ":", "”", "\"")) and taken):
            break
        # (and in a Nordic or German name: "Helse Møre og Romsdal", "Rotes Kreuz und ...")
        if (bare in ("of", "on", "for", "and", "og", "och", "und") and taken
                and taken[-1][:1].isupper() and position > 0
                and tokens[position - 1][:1].isupper()):
            taken.append(bare)  # "Commission on Human Rights", "Ministry of Health"
            continue
        # (and a body that speaks as a plural, alone after a comma: "..., doctors said")
        # (and a French or Spanish name's lower-case words after a capital: "Gendarmerie
        # nationale", "Protection civile")
        if (bare[0].isupper() or bare.lower() in SUBJECT_NOUNS | ROLE_WORDS | GROUP_NOUNS
                or (bare in BODY_NAME_LOWER_WORDS and position > 0
                    and tokens[position - 1][:1].isupper())
                or (bare.lower() in BARE_SPEAKERS and not taken
                    and (position == 0 or tokens[position - 1].endswith((",", ";", ":"))))
                or re.fullmatch(_NAME_PARTICLE, bare)):
            taken.append(bare)
            continue
        break
    taken.reverse()
    while taken and taken[0].lower() in {"but", "and", "while", "as", "the"}:
        taken = taken[1:]
    core = [t for t in taken if t.lower() not in DETERMINERS]
    if not core:
        return None
    if all(t.lower() in SUBJECT_NOUNS and t.islower() for t in core):
        # "A source said": a bare noun needs its article to read as a speaker,
        # except the bodies that speak as plurals ("police said") and names of
        # more than one word ("state media reported")
        if (len(core) == 1 and core[0] in BARE_SPEAKERS) or len(core) > 1:
            return " ".join(core)
        return " ".join(taken) if len(taken) > len(core) else None
    return " ".join(t for t in taken if t.lower() not in ("the",))


def countries_in(text: str) -> list[Country]:
    """Countries named, implied by a nationality adjective, or by a capital/institution."""
    found: list[Country] = []
    text = text.replace("’", "'")  # ("Côte d’Ivoire" as the tables write it)

    def add(code: str | None, name: str | None = None) -> None:
        c = lookup_country(code) if code else (lookup_country(name) if name else None)
        if c is not None and c not in found:
            found.append(c)

    lowered = text.lower()
    for key, metonym_code in METONYMS.items():
        for m in re.finditer(rf"(?<![\w.]){re.escape(key)}(?![\w])", lowered):
            # (the word before, or the one before a "federal" or "national": "Germany's
            # Federal Foreign Office")
            words_before = [re.sub(r"[’']s$", "", w) for w in lowered[: m.start()].split()[-2:]]
            # (a word of two or three letters is no country here: "in Baghdad" is
            # Iraq, not India's "foreign office")
            if any(before in DEMONYMS or (len(before) > 3 and lookup_country(before) is not None)
                   for before in words_before[-1:] + (
                       words_before[:1] if words_before[-1:] in (["federal"], ["national"])
                       else [])):
                continue  # "the German foreign office" is Germany's, not the UK's
            add(metonym_code)
            break
    # runs of capitalised words, with "of" and "and" inside ("Bosnia and Herzegovina");
    # an elided "d'" before a capital too ("Côte d'Ivoire")
    for m in re.finditer(r"[A-ZÀ-ɏ][\w\-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?:d['’])?"
                         r"[A-ZÀ-ɏ][\w\-]*){0,3}", text):
        words = m.group(0).split()
        start = 0
        while start < len(words):  # "The Kyrgyz": from each word on, not only the first
            # try the longest run first ("United Kingdom", then "United")
            for n in range(len(words) - start, 0, -1):
                base = re.sub(r"[’']s$", "", " ".join(words[start:start + n]))
                code = DEMONYMS.get(base.lower())
                # a three-letter word is a code only in capitals ("Pan", "Col" are not)
                if code is None and (len(base) > 3 or base in ("US", "UK")
                                     or (len(base) == 3 and base.isupper()
                                         and not _spelt_out(base, text))):
                    code = c.code if (c := lookup_country(base)) is not None else None
                if code is not None:
                    add(code)
                    start += n
                    break
            else:
                start += 1
    return found


def _spelt_out(acronym: str, text: str) -> bool:
    """The text names the body `acronym` abbreviates: "the Disaster Management
    Authority (DMA)" (DMA is then no country's code, Dominica's)."""
    glue = r"\s+(?:(?:of|for|and|the|de|du|des|la)\s+)*"
    return re.search(r"\b" + glue.join(f"{letter}[\\w’'\\-]*" for letter in acronym),
                     text) is not None


def _whole_words(alternatives: str) -> str:
    """A pattern for `alternatives` standing alone, not inside a longer word."""
    return rf"(?<![\w-])(?:{alternatives})(?![\w-])"


# Every spelling of an organisation, longest first, with its pattern compiled
# once: organisations_in runs on almost every phrase drafted. Acronyms
# ("UN") match in capitals only, other spellings in any case.
_SPELLINGS = sorted(((spelling, name) for name, spellings in ORGANISATIONS.items()
                     for spelling in spellings), key=lambda pair: -len(pair[0]))
_ORGANISATION_PATTERNS = tuple(
    (re.compile(_whole_words(re.escape(spelling)), 0 if spelling.isupper() else re.I), name)
    for spelling, name in _SPELLINGS)
# Matches wherever any spelling does (and more: acronyms in any case), so a
# phrase that names no organisation is answered with one search.
_ANY_ORGANISATION = re.compile(
    _whole_words("|".join(re.escape(spelling) for spelling, _ in _SPELLINGS)), re.I)


def organisations_in(text: str) -> list[str]:
    """Organisations named in `text`, canonical names, longest match first
    ("the Chilean Red Cross" is the Red Cross, not Chile)."""
    if not _ANY_ORGANISATION.search(text):
        return []
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, name in _ORGANISATION_PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), name))
    return [name for _, name in sorted(found)]


# Where an embassy, a mission or a consulate sits ("the Turkish Embassy in Islamabad"):
# never "Mosques in Britain"
WHERE_IT_SITS = r"(?:(?<=Embassy)|(?<=Mission)|(?<=Consulate))\s+in\s+[A-ZÀ-ɏ][\w\-]+"


_OPENING_WORDS = (r"(?:However|Meanwhile|Separately|Elsewhere|Earlier|Later|Also|Still|Yet|"
                  r"Overall|Nonetheless|Instead|Similarly|Likewise|Moreover|Besides)")


def list_subject(sentence: str, verbs: str = SAY_VERBS, offices: bool = False) -> list[str]:
    """'Germany, Denmark, Norway and Poland said' -> the four names;
    'New Zealand and the Netherlands updated' -> the two. With `offices`, a
    name may be an office and its holder, or an office and where it is
    ("French Foreign Minister Bernard Kouchner and the Turkish Embassy in
    Islamabad issued")."""
    # ("The Islamic Republic of Iran and the Republic of Turkey have dispatched")
    # ("The United Arab Emirates and the State of Qatar", "The Presidents of the Republic
    # of Uzbekistan and the Kyrgyz Republic sent")
    name = (r"(?:the\s+)?[A-ZÀ-ɏ][\w\-]+(?:\s+[A-ZÀ-ɏ][\w\-]+){0," + ("5" if offices else "2")
            + r"}(?:\s+of\s+(?:the\s+)?[A-ZÀ-ɏ][\w\-]+){0,2}"
            + (rf"(?:{WHERE_IT_SITS})?" if offices else ""))
    # (never a sentence's opening word: "However, the United States Geological Survey",
    # "Meanwhile, Japan and South Korea offered", "In a joint statement, A, B and C
    # condemned": it is passed over)
    opening = rf"{_OPENING_WORDS},\s+" + (r"|(?:In|On|After)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+"
                                           if offices else "")
    m = re.match(rf"^(?:{opening})?(?:The\s+)?(?!{_OPENING_WORDS},)"
                 rf"((?:{name}(?:,\s+(?:and\s+)?|\s+and\s+))+{name})\s+"
                 rf"(?:(?:have|has|had)\s+)?(?:(?:also|all|both)\s+)?(?:{verbs})",
                 sentence)
    if not m or (organisations_in(m.group(1)) and "," not in m.group(1)):
        # "the Food and Agriculture Organization said": one name (but "Japan, South
        # Korea and the European Union pledged aid" is a list with one in it)
        return []
    parts = [re.sub(r"^the\s+", "", p.strip()) for p in
             re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if p.strip()]
    names: list[str] = []
    for part in parts:  # "Bosnia and Herzegovina" is one country
        if names and lookup_country(f"{names[-1]} and {part}") is not None:
            names[-1] = f"{names[-1]} and {part}"
        else:
            names.append(part)
    return names
