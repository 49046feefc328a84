"""Who speaks for which body: a person an article names as a body's
spokesperson, director, chief or official ("Health Ministry spokeswoman
Chea Sophorn", "Dr Hang Vuthy, director of the Kampong Speu Provincial
Health Department"). The format's convention is that a body speaks through
its officials, so the figures such a person gives are the body's: the body
is their claimant, wherever in the article (or in which report) the person
was introduced. A quote stays its speaker's.

The rules are a table of named patterns, each with its example; each finds
a name, a role and where the body's words are; `affiliations_in` keeps a
pairing only when those words name a body (core.draft.resolve.is_body)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from tui.core.draft.attribution import news_agency
from tui.core.draft.heads import (
    heads_of_named_bodies,
    heads_of_place_bodies,
    ministers_of_named_ministries,
)
from tui.core.draft.referents import (
    BODY_KINDS,
    JOINERS,
    named_with,
    plain_case,
    referent,
    subject_body,
)
from tui.core.draft.resolve import (
    BODY_NOUNS,
    body_then_person,
    body_words,
    ends_in_a_body_noun,
    initials,
    is_body,
    person_tokens,
)
from tui.core.draft.words import (
    BODY_NAME_WORDS,
    CAPITALISED_WORD,
    CLAUSE_OPENERS,
    OFFICE_MODIFIERS,
    OFFICE_NOT_HELD,
    SAY_VERBS,
    person_name,
    without_titles,
)

# An office that speaks for the body named with it (not "mayor" or "district health
# officer": an office that is its own claimant)
_ROLE = (r"(?i:spokes(?:man|woman|person)|press\s+(?:officer|secretary)|director(?:[- ]general)?|"
         r"head|chief(?:\s+executive)?|official|coordinator|commissioner|chair(?:man|woman|person)?|"
         r"(?:vice[- ])?president|commander|superintendent|inspector(?:[- ]general)?|manager|"
         r"secretary(?:[- ]general)?|delegate|representative|ceo\b|"
         # (an officer who speaks: never any "police officer", a witness or a suspect)
         r"(?:information|communications?|public\s+relations|media|emergency)\s+officer|"
         # ("the rescue department's duty fire officer", "chief physician of emergency
         # medicine at HUS": who speaks for the service or the hospital that day)
         r"duty\s+(?:fire\s+)?officer|chief\s+physician)")
# ("assistant director of operations X", "regional director for Los Lagos, X": what the
# office is over, between the office and the name)
_REMIT = r"(?:\s+(?:of|for)\s+(?!the\b)[a-z]+|\s+(?:in|for)\s+" + CAPITALISED_WORD + \
    r"(?:\s+" + CAPITALISED_WORD + r"){0,2},)?"
_NAME = person_name("name")
_ARTICLE = frozenset({"the", "a", "an"})


class AffiliationRule(NamedTuple):
    """A named pattern: `name` and `role` groups, the body's words before
    the role (`before`) or after the match (`after`), and its example."""

    name: str
    pattern: re.Pattern[str]
    body_side: str  # "before": the words before the role; "after": after the match
    example: str


AFFILIATION_RULES: tuple[AffiliationRule, ...] = (
    AffiliationRule(
        "body_role_then_name",
        re.compile(rf"(?P<role>\b{_ROLE}){_REMIT},?\s+{_NAME}"),
        "before",
        "Health Ministry spokeswoman Chea Sophorn said the wells were closed. "
        "Sophorn said 12 people had died."),
    AffiliationRule(
        "name_role_of_body",
        # ("X, Deputy Governor of Y Province and Chairman of the Z Committee": the office
        # of the two that speaks for a body; "President and Chief Executive Officer of")
        re.compile(rf"{_NAME},\s+(?:[^,;:]{{0,60}}?\s+and\s+)?(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}"
                   rf"(?P<role>{_ROLE})(?:\s+and\s+(?:[A-Za-z-]+\s+){{0,2}}?{_ROLE})?"
                   r"\s+(?:of|for|at|with|in)\s+(?:the\s+)?"),
        "after",
        "Dr Hang Vuthy, director of the Kampong Speu Provincial Health Department, said "
        "the clinic was full. Vuthy said 12 people had died."),
    AffiliationRule(
        "name_body_role",
        re.compile(rf"{_NAME},\s+(?:the|a|an)\s+(?P<body>(?:[\w’'-]+\s+){{1,5}}?)"
                   rf"(?P<role>{_ROLE})\b"),
        "body",
        "Grace Nyangoma, a police spokeswoman, said the road was shut. "
        "Nyangoma said eight pupils had died."),
    AffiliationRule(
        "role_of_body_then_name",
        re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{0,2}}(?P<role>{_ROLE})\s+(?:of|for|at)\s+"
                   rf"(?:the\s+)?(?P<body>[^,;:()]{{3,80}}?)(?:\s*\([A-ZÀ-ɏ][A-Za-z]{{1,9}}\))?,\s+"
                   # (the name may close the sentence: "..., said the Chief of the Police
                   # Administration in Novi Sad, Nenad Ilić.")
                   rf"{_NAME}\s*(?:,|[.!?]?$)"),
        "body",
        "The director of the region's Civil Hospital, Rahim Shah, said the wards were full. "
        "Shah said 42 people had died."),
    AffiliationRule(
        "its_role_then_name",
        re.compile(rf"^(?:[A-ZÀ-ɏ][^,]{{0,40}},\s+)?(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){{0,2}}"
                   # ("Its coordinator for the West Region, Ardo Bouba Hamadou": the
                   # region is the office's remit, never the name)
                   rf"(?P<role>{_ROLE})(?:\s+general)?(?:\s+for\s+(?!the\b)[a-z-]+(?:\s+and\s+"
                   rf"[a-z-]+)?|\s+(?:for|in)\s+(?:the\s+)?{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})"
                   rf"{{0,2}}(?=,))?,?\s+{_NAME}"),
        "before the sentence",
        "The state civil protection agency opened a shelter. Its head, Rodrigo Anaya "
        "Villaseñor, said 15 people had died."),
    AffiliationRule(
        "its_role_after_its_subject",
        re.compile(rf",\s+(?:its|their)\s+(?:[a-z-]+\s+){{0,2}}(?P<role>{_ROLE}),?\s+{_NAME}"
                   rf"\s*,?\s+(?:{SAY_VERBS})\b"),
        "this sentence",
        "The Disaster Management Centre has put the toll at seven, its spokesman Ravi "
        "Perera told reporters. Perera said the search would go on."),
    AffiliationRule(
        "role_of_body_name",
        re.compile(rf"\b(?P<role>{_ROLE})\s+(?:of\s+(?:the\s+)?)?(?P<run>(?:{CAPITALISED_WORD}\s+|"
                   rf"(?:of|and|for)\s+){{1,9}}{CAPITALISED_WORD})"),
        "run",
        "Head of the Poltava Regional Military Administration Taras Lytvynenko said the "
        "fire was out. Lytvynenko said three people had died."),
    AffiliationRule(
        "the_bodys_role_then_name",
        # ("the ambulance service's spokesman", "the union's Puerto Alcorta secretary")
        re.compile(rf"\b[Tt]he\s+(?P<noun>(?:[a-z]+\s+)?[a-z]+)['’]s\s+(?:[A-Za-zÀ-ɏ-]+\s+){{0,2}}"
                   rf"(?P<role>{_ROLE}),\s+"
                   # (or closing the sentence: "..., said the company's general manager,
                   # Samer Nabulsi.")
                   rf"{_NAME}\s*(?:,|[.!?]?$)"),
        "named before",
        "The Delta State Police Command opened an inquiry. The command's spokesperson, "
        "SP Tamara Ebikeme, said the road was shut. Ebikeme said 12 people had died."),
    AffiliationRule(
        "name_the_bodys_role",
        re.compile(rf"{_NAME},\s+[Tt]he\s+(?P<noun>(?:[a-z]+\s+)?[a-z]+)['’]s\s+(?:[a-z-]+\s+){{0,2}}"
                   rf"(?P<role>{_ROLE})\b"),
        "named before",
        "The National Gendarmerie closed the road. Colonel Ahmed Zerrouki, the gendarmerie's "
        "commander in the province, said the road was shut. Zerrouki said 12 people had died."),
    AffiliationRule(
        "name_then_bodys_role",
        # ("Julie Marchand, MSF's emergency coordinator in Adré": a body named by its own
        # name, with its possessive)
        re.compile(rf"{_NAME},\s+(?P<body>{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,4}})['’]s\s+"
                   rf"(?:[a-z-]+\s+){{0,2}}(?P<role>{_ROLE})\b"),
        "body",
        "“We are out of beds,” said Julie Marchand, MSF's emergency coordinator in Adré. "
        "Marchand said 12 people had died."),
    AffiliationRule(
        "name_who_leads_the_body",
        re.compile(rf"{_NAME},\s+who\s+(?:coordinates|heads|leads|runs|directs|chairs)\s+"
                   r"(?P<role>)(?:the\s+)?"),
        "after",
        "“We carried them out,” said Emmanuel Lyimo, who coordinates the Red Cross in "
        "Morogoro. Lyimo said 15 residents had died."),
    AffiliationRule(
        "name_of_body",
        re.compile(rf"{_NAME}\s+of\s+the\s+(?P<role>)"),
        "after",
        "Dr Hang Vuthy of the provincial health department said the clinic was full. "
        "Vuthy said 12 people had died."),
)


# An office no longer held, or held for no body ("former", "retired", "off-duty",
# "shadow", "opposition"): its holder speaks for themselves
_NO_LONGER = re.compile(OFFICE_NOT_HELD + r"[\s-]", re.I)


class Affiliation(NamedTuple):
    """A person, the body they speak for, the rule that paired them and
    the sentence it read."""

    person: str
    body: str
    rule: str
    sentence: str = ""


# "NEMA's Lagos territorial coordinator": the owner is the body
_OWNER = re.compile(r"(?P<owner>[A-ZÀ-ɏ][\w-]*(?:\s+(?:of\s+)?[A-ZÀ-ɏ][\w-]*)*)['’]s\s+"
                    r"(?:[A-Za-z-]+\s+){0,3}$")


def _words_back(text: str) -> str:
    """A body's name as the words just before an office give it: "Albertine
    Region police" in "The Albertine Region police spokesperson"; "NEMA" in
    "NEMA's Lagos territorial coordinator"."""
    owner = _OWNER.search(text[-150:])  # (a name is short: never search a whole page)
    if owner is not None:
        return owner["owner"]
    words = re.split(r"\s+", text.rstrip())
    # ("... Management Authority (GBDMA) Director General X": the name before its initials)
    # ("... Department (JBPM) assistant director": the initials before the modifier too)
    while words and words[-1].lower() in OFFICE_MODIFIERS:
        words.pop()  # "Fire service deputy director Anisul Haque": the fire service's
    if words and re.fullmatch(r"\([A-ZÀ-ɏ][\w-]*\)", words[-1]):
        words.pop()
    taken: list[str] = []
    for word in reversed(words):
        bare = word.strip("’'\"“”")
        # ("Search and Rescue Office head": "and" inside a body's name is no opener)
        if not bare or bare[-1] in ",;:()." or (
                bare.lower() in CLAUSE_OPENERS and bare.lower() not in BODY_NAME_WORDS):
            break
        # ("Rescue 1122": a number in a body's name, after one of its words)
        if bare[:1].isupper() or bare.lower() in BODY_NAME_WORDS | BODY_NOUNS or bare.isdigit():
            taken.insert(0, bare)
            continue
        break
    while taken and (taken[0].lower() in _ARTICLE | JOINERS or taken[0].isdigit()):
        taken.pop(0)
    return " ".join(taken)


def _words_on(text: str) -> str:
    """A body's name as the words after "director of the" give it."""
    taken: list[str] = []
    for word in re.split(r"\s+", text.lstrip()):
        bare = word.rstrip(",;:.)")
        if (owner := re.match(r"(.+)['’]s$", bare)) is not None:
            # "head of the police's Huarochirí division": the police's official
            return " ".join([*taken, owner.group(1)])
        if bare[:1].isupper() or bare.lower() in BODY_NAME_WORDS:
            taken.append(bare)
            if bare != word:  # a comma or a full stop ends the name
                break
            continue
        break
    while taken and taken[-1].lower() in JOINERS:
        taken.pop()
    return " ".join(taken)


def _body_of(rule: AffiliationRule, m: re.Match[str], sentence: str) -> str:
    if rule.body_side == "before":
        return plain_case(_words_back(sentence[:m.start("role")]))
    if rule.body_side == "body":
        # ("the region's Civil Hospital": the hospital, by its name)
        words = re.sub(r"^[\w-]+['’]s\s+(?=[A-ZÀ-ɏ])", "", m["body"].strip()).split()
        if words and (owner := re.fullmatch(r"(.+)['’]s", words[-1])) is not None:
            words[-1] = owner.group(1)  # "the Government of Aragon's director": its own
        while words and words[-1].lower() in OFFICE_MODIFIERS:
            words.pop()  # "the fire service deputy director": the fire service's
        return " ".join(words)
    return _words_on(sentence[m.end():])


def affiliations_in(sentences: Iterable[str], known: Iterable[str] = ()) -> list[Affiliation]:
    """Every person the sentences name as speaking for a body, in order;
    `known` are the names a story gave before (a minister's ministry may be
    one of them)."""
    text = list(sentences)  # (read twice: the rules', then the offices heading a body)
    found: list[Affiliation] = []
    recent: list[str] = []  # the sentences just before, nearest last
    for sentence in text:
        for rule in AFFILIATION_RULES:
            for m in rule.pattern.finditer(sentence):
                named = ""
                # (whether the body is the one "its" or "the group" points back to: a
                # body though its name may not say so, "Shreenath Organics ... Its")
                referred = False
                if rule.body_side == "run":
                    if (split := body_then_person(m["run"])) is None:
                        continue
                    body, named = split
                elif rule.body_side == "before the sentence":
                    # ("Its head, X, said": the body the sentence before is about)
                    body = subject_body(recent[-1] if recent else "") or referent(recent)
                    referred = True
                elif rule.body_side == "this sentence":
                    # ("The DMC has put the toll at seven, its spokesman X told ...": the
                    # body the sentence opens with, unless another name stands nearer: "The
                    # fire brigade reached the Kenyatta Hospital, its director X said")
                    body, referred = subject_body(sentence), True
                    if re.search(r"\s[A-ZÀ-ɏ]", sentence[len(body) + 5: m.start()]):
                        continue
                elif rule.body_side == "named before":
                    body = named_with(m["noun"], recent)
                    if not body and m["noun"] in BODY_KINDS:
                        body, referred = referent(recent, m["noun"]), True
                    if not body and " " in m["noun"] and is_body(m["noun"]):
                        # ("the ambulance service's spokesman" with no name before: the
                        # body as described, for the names of the story to resolve)
                        body = m["noun"]
                else:
                    body = _body_of(rule, m, sentence)
                    if (kind := _points_back(rule, m, sentence)) is not None:
                        body, referred = referent(recent, kind), True
                if _NO_LONGER.search(sentence[max(0, m.start() - 30):m.end()]):
                    continue  # "a former director of the Red Cross": none of its officials
                person = named if rule.body_side == "run" else without_titles(m["name"])
                # (one word is a name after a title: "NEMA spokesman Colonel Enkhbayar")
                titled = rule.body_side != "run" and person != m["name"].strip()
                if not body or not (referred or is_body(body)) or news_agency(body) or is_body(
                        person) or len(person_tokens(person)) < (1 if titled else 2):
                    continue
                found.append(Affiliation(person, body, rule.name, sentence))
        recent = [*recent[-2:], sentence]
    return found + [Affiliation(person, body, "heads_the_body", sentence)
                    for person, body, sentence in heads_of_named_bodies(text)] + [
        Affiliation(person, body, "minister_of_a_named_ministry", sentence)
        for person, body, sentence in ministers_of_named_ministries(text, known)] + [
        Affiliation(person, body, "prefect_of_a_named_prefecture", sentence)
        for person, body, sentence in heads_of_place_bodies(text, known)]


def _points_back(rule: AffiliationRule, m: re.Match[str], sentence: str) -> str | None:
    """The kind of body the office's body is given as ("" for "its": "signed
    by its managing director, X"; "group" for "X, a joint secretary of the
    group"), or None when the office names its body itself."""
    if rule.body_side == "before":
        before = sentence[:m.start("role")]
        if not re.search(r"\bits\s+(?:[\w-]+\s+){0,2}$", before):
            return None
        if re.fullmatch(r"\s*(?:[A-ZÀ-ɏ][^,]{0,40},\s+)?[Ii]ts\s+(?:[\w-]+\s+){0,2}", before):
            return ""  # "Its spokesperson X said": what the sentence before was about
        # (inside a sentence, "its" is what the sentence names by its kind: "signed by
        # its managing director, X, the company blamed ..."; else it is unsure whose)
        kind = re.search(rf"\bthe\s+({'|'.join(sorted(BODY_KINDS))})\b", sentence)
        return kind[1] if kind is not None else None
    if rule.body_side == "after":
        kind = re.match(r"\s*([a-z]+)\b", sentence[m.end():])
        return kind[1] if kind is not None and kind[1] in BODY_KINDS else None
    return None


def as_named(body: str, names: list[str]) -> str:
    """The one name among `names` (an article's claimants) that names
    `body` more or less fully ("national police" for "police"), else `body`."""
    words = body_words(body)
    same = {n for n in names if is_body(n) and (words <= body_words(n) or body_words(n) <= words)
            and body_words(n)}
    return same.pop() if len(same) == 1 else body


def body_for(person: str, known: list[Affiliation]) -> Affiliation | None:
    """The one body `person` (a full name or a surname, with titles or not)
    speaks for, by the article's own pairings; None if none, or two that
    are not one body named more and less fully ("Health Ministry" and
    "the ministry" are one)."""
    tokens = person_tokens(person)
    if not tokens or is_body(person):
        return None
    # (a surname alone, or a surname of two words: "Anaya Villaseñor" of "Rodrigo Anaya
    # Villaseñor")
    hits = [a for a in known if person_tokens(a.person)[-len(tokens):] == tokens]
    # ("federation chief executive X" and "ZMF chief executive X": a body named by
    # its kind alone is whichever body the other names)
    hits = [a for a in hits if not _kind_alone(a.body)] or hits
    # ("the DGPC's communication officer X" and "the spokesman of the Civil Protection,
    # X": letters the article never spells out are the short form of the body it names)
    # (a translated name's letters rarely match its English words: VUGD is the State Fire
    # and Rescue Service; a former office is no pairing at all, so the risk is a person
    # who holds two offices at once)
    hits = [a for a in hits if not re.fullmatch(r"[A-ZÀ-ɏ]{2,8}", a.body)] or hits
    if not hits:
        return None
    fullest = max(hits, key=lambda a: len(body_words(a.body)))
    widest = body_words(fullest.body)
    # ("DSEMA Executive Secretary Onoriode Egbedi" is the Delta State Emergency
    # Management Agency's: a body's initials are that body)
    return fullest if all(body_words(a.body) <= widest or a.body == initials(fullest.body)
                          for a in hits) else None


def _kind_alone(body: str) -> bool:
    """"federation", "the police": a body's kind with no name of its own."""
    words = re.sub(r"^(?:the|its|their)\s+", "", body.strip(), flags=re.I).split()
    return 0 < len(words) <= 2 and all(w.islower() for w in words) and ends_in_a_body_noun(body)


# An office a person holds in their own name (their figures are theirs), as an
# article introduces them: "The governor of the Mopti region, Colonel Boubacar
# Kanouté, told ...", "Ana Ruiz, the mayor of Quilca, said"
OWN_OFFICES = ("governor", "mayor", "minister", "collector", "sheriff", "prefect", "premier")
_OFFICE = rf"(?P<office>{'|'.join(OWN_OFFICES)})"
_OFFICE_THEN_NAME = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{_OFFICE}\s+of\s+[^,;:]{{2,60}}?,"
                               rf"\s+{_NAME}\s*,")
_NAME_THEN_OFFICE = re.compile(rf"{_NAME},\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{_OFFICE}\s+of\b")
# ("citing the regional governor, Col. Boubacar Kanouté, that ...")
_OFFICE_COMMA_NAME = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{_OFFICE},\s+{_NAME}\s*[,.]")


def offices_in(sentences: Iterable[str]) -> list[tuple[str, str]]:
    """Each person the sentences introduce by an office of their own, and
    the office: "the regional governor" later in a story is that person."""
    found: list[tuple[str, str]] = []
    for sentence in sentences:
        for pattern in (_OFFICE_THEN_NAME, _NAME_THEN_OFFICE, _OFFICE_COMMA_NAME):
            for m in pattern.finditer(sentence):
                person = without_titles(m["name"])
                # (never a place the sentence opens with: "In Mourdéla, the governor of ...")
                if not is_body(person) and len(person_tokens(person)) >= 2 and not re.match(
                        r"(?:In|At|On|From|After|During|Near|By|For|With|Across|Outside)\s",
                        person):
                    found.append((person, m["office"]))
    return found


def affiliation_of_role(person: str, role: str) -> Affiliation | None:
    """The body a quote's `role` says its speaker speaks for: "Health Ministry
    spokeswoman", "Director, Kampong Speu Provincial Health Department",
    "head of the Kendari Search and Rescue Office" (the briefing's own words,
    read when a report does not introduce the person again)."""
    if not re.search(rf"\b{_ROLE}\b", role, re.I) or is_body(person):
        return None
    rest = re.sub(rf"\b(?:{'|'.join(sorted(OFFICE_MODIFIERS))})\b|\b{_ROLE}\b", " ", role,
                  flags=re.I)
    rest = re.sub(r"^[\s,]*(?:(?:of|for|at|with|in)\s+)?(?:the\s+)?|[\s,]+$", "", rest)
    body = re.sub(r"\s+", " ", re.sub(r"^[\w-]+['’]s\s+(?=[A-ZÀ-ɏ])", "", rest)).strip()
    return Affiliation(person, body, "role_in_the_briefing", role) \
        if body and is_body(body) and len(body.split()) <= 8 else None


def spoken_for(name: str, sentence: str) -> str | None:
    """The body `name` speaks for, by its sentence ("NEMA's Lagos territorial
    coordinator, Ibrahim Musa, said") or by the words of the name itself
    ("Hwaseon Fire Station chief Kang Min-jun")."""
    found = body_for(name, affiliations_in([sentence, f"{name} said."]))
    return found.body if found is not None else None
