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
from tui.core.draft.resolve import (
    BODY_NOUNS,
    body_then_person,
    body_words,
    ends_in_a_body_noun,
    initials,
    is_body,
    person_tokens,
)
from tui.core.draft.words import BODY_NAME_WORDS, CAPITALISED_WORD, CLAUSE_OPENERS, OFFICE_MODIFIERS

# An office that speaks for the body named with it (not "mayor" or "district health
# officer": an office that is its own claimant)
_ROLE = (r"(?i:spokes(?:man|woman|person)|press\s+(?:officer|secretary)|director(?:[- ]general)?|"
         r"head|chief(?:\s+executive)?|official|coordinator|commissioner|chair(?:man|woman|person)?|president|"
         r"commander|superintendent|manager|secretary|ceo\b)")
# A title before a person's name, not part of it
_TITLE = (r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Engr|Sr|Sra|SP|ASP|DSP|Col|Gen|Maj|Capt|Lt|Sgt|Insp|Supt|"
          r"Senior|Assistant|Deputy|Commissioner|Brig|Rev|Colonel|General|Major|Captain|Lieutenant|"
          r"Brigadier|Inspector|Superintendent)\.?\s+)")
# A word of a person's name, or an Arabic one with its article ("al-Saadi")
_NAME_WORD = rf"(?:{CAPITALISED_WORD}|(?:al|el|as|ash|ad)-{CAPITALISED_WORD})"
# (up to four words: "Phan Thi Thu Ha")
_NAME = rf"(?P<name>{_TITLE}*{CAPITALISED_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
# What a body's name ends in, when a sentence opens with it
_BODY_HEADS = BODY_NOUNS | {"coordination"}
_ARTICLE = frozenset({"the", "a", "an"})
# Small words that join a body's name, never its first or last word
_JOINERS = frozenset({"of", "for", "and"})


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
        re.compile(rf"(?P<role>\b{_ROLE})(?:\s+(?:in|for)\s+{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,2}},)?"
                   rf",?\s+{_NAME}"),
        "before",
        "Health Ministry spokeswoman Chea Sophorn said the wells were closed. "
        "Sophorn said 12 people had died."),
    AffiliationRule(
        "name_role_of_body",
        re.compile(rf"{_NAME},\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}(?P<role>{_ROLE})"
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
                   rf"(?:the\s+)?(?P<body>[^,;:()]{{3,80}}?),\s+{_NAME}\s*,"),
        "body",
        "The director of the region's Civil Hospital, Rahim Shah, said the wards were full. "
        "Shah said 42 people had died."),
    AffiliationRule(
        "its_role_then_name",
        re.compile(rf"^(?:[A-Z][^,]{{0,40}},\s+)?(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){{0,2}}"
                   rf"(?P<role>{_ROLE})(?:\s+general)?(?:\s+for\s+[a-z-]+(?:\s+and\s+[a-z-]+)?)?"
                   rf",?\s+{_NAME}"),
        "before the sentence",
        "The state civil protection agency opened a shelter. Its head, Rodrigo Anaya "
        "Villaseñor, said 15 people had died."),
    AffiliationRule(
        "role_of_body_name",
        re.compile(rf"\b(?P<role>{_ROLE})\s+(?:of\s+(?:the\s+)?)?(?P<run>(?:{CAPITALISED_WORD}\s+|"
                   rf"(?:of|and|for)\s+){{1,9}}{CAPITALISED_WORD})"),
        "run",
        "Head of the Poltava Regional Military Administration Taras Lytvynenko said the "
        "fire was out. Lytvynenko said three people had died."),
    AffiliationRule(
        "the_bodys_role_then_name",
        re.compile(rf"\b[Tt]he\s+(?P<noun>[a-z]+)['’]s\s+(?:[a-z-]+\s+){{0,2}}(?P<role>{_ROLE}),\s+"
                   rf"{_NAME}\s*,"),
        "named before",
        "The Delta State Police Command opened an inquiry. The command's spokesperson, "
        "SP Tamara Ebikeme, said the road was shut. Ebikeme said 12 people had died."),
    AffiliationRule(
        "name_of_body",
        re.compile(rf"{_NAME}\s+of\s+the\s+(?P<role>)"),
        "after",
        "Dr Hang Vuthy of the provincial health department said the clinic was full. "
        "Vuthy said 12 people had died."),
)


class Affiliation(NamedTuple):
    """A person, the body they speak for, the rule that paired them and
    the sentence it read."""

    person: str
    body: str
    rule: str
    sentence: str = ""


# "NEMA's Lagos territorial coordinator": the owner is the body
_OWNER = re.compile(r"(?P<owner>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)['’]s\s+"
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
    if words and re.fullmatch(r"\([A-Z][\w-]*\)", words[-1]):
        words.pop()
    while words and words[-1].lower() in OFFICE_MODIFIERS:
        words.pop()  # "Fire service deputy director Anisul Haque": the fire service's
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
    while taken and (taken[0].lower() in _ARTICLE | _JOINERS or taken[0].isdigit()):
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
    while taken and taken[-1].lower() in _JOINERS:
        taken.pop()
    return " ".join(taken)


def _plain_case(body: str) -> str:
    """"Fire service" at a sentence's start is the fire service; a proper
    name ("East Java Police") keeps its capitals."""
    words = body.split()
    if words and all(w.islower() for w in words[1:]) and not words[0].isupper():
        return body[:1].lower() + body[1:]
    return body


def _body_of(rule: AffiliationRule, m: re.Match[str], sentence: str) -> str:
    if rule.body_side == "before":
        return _plain_case(_words_back(sentence[:m.start("role")]))
    if rule.body_side == "body":
        # ("the region's Civil Hospital": the hospital, by its name)
        words = re.sub(r"^[\w-]+['’]s\s+(?=[A-Z])", "", m["body"].strip()).split()
        if words and (owner := re.fullmatch(r"(.+)['’]s", words[-1])) is not None:
            words[-1] = owner.group(1)  # "the Government of Aragon's director": its own
        while words and words[-1].lower() in OFFICE_MODIFIERS:
            words.pop()  # "the fire service deputy director": the fire service's
        return " ".join(words)
    return _words_on(sentence[m.end():])


def affiliations_in(sentences: Iterable[str]) -> list[Affiliation]:
    """Every person the sentences name as speaking for a body, in order."""
    found: list[Affiliation] = []
    recent: list[str] = []  # the sentences just before, nearest last
    for sentence in sentences:
        for rule in AFFILIATION_RULES:
            for m in rule.pattern.finditer(sentence):
                named = ""
                referred = False  # the body is the one "its", "the group" points back to
                # ("Its head, X, said": the body the sentence before is about)
                if rule.body_side == "run":
                    if (split := body_then_person(m["run"])) is None:
                        continue
                    body, named = split
                elif rule.body_side == "before the sentence":
                    body = _subject_body(recent[-1] if recent else "") or _referent(recent)
                    referred = True
                elif rule.body_side == "named before":
                    body = _named_with(m["noun"], recent)
                    if not body and m["noun"] in _KINDS:
                        body, referred = _referent(recent), True
                else:
                    body = _body_of(rule, m, sentence)
                    if _points_back(rule, m, sentence):
                        body, referred = _referent(recent), True
                person = named if rule.body_side == "run" else re.sub(
                    rf"^{_TITLE}+", "", m["name"]).strip()
                # (what "its" points back to is a body, though its name may not say so:
                # "Shreenath Organics ... Its spokesperson")
                if not body or not (referred or is_body(body)) or news_agency(body) or is_body(
                        person) or len(person_tokens(person)) < 2:
                    continue
                found.append(Affiliation(person, body, rule.name, sentence))
        recent = [*recent[-2:], sentence]
    return found + _heads_of_named_bodies(sentences)


# Offices that head a body, and the body's name as copy writes it: a district's
# collector, deputy commissioner or chief district officer heads its district
# administration; a sheriff the sheriff's office.
_HEADED = (
    (r"(?:district\s+)?collector|deputy\s+commissioner|district\s+commissioner|"
     r"chief\s+district\s+officer|district\s+magistrate",
     re.compile(r"(?:\b[A-Z][\w-]*\s+)?(?i:district\s+administration)(?:\s+Office)?"
                r"(?:,\s+[A-Z][\w-]+(?=[\s,.]))?")),
    (r"(?:county\s+)?sheriff",
     re.compile(r"(?:\b[A-Z][\w-]*\s+){0,3}(?i:sheriff['’]s\s+office)")),
)


def _heads_of_named_bodies(sentences: Iterable[str]) -> list[Affiliation]:
    """A person introduced by an office that heads a body the same report
    names ("Collector Anjali Raval" where "the Bharuch district
    administration" gives figures too) speaks for that body (`heads_the_body`);
    where the report names no such body, the office stays the person's own."""
    text = list(sentences)
    found: list[Affiliation] = []
    for office, body_name in _HEADED:
        bodies = [m[0].strip() for s in text for m in body_name.finditer(s)]
        if not bodies:
            continue
        body = max(bodies, key=len)
        introduced = re.compile(
            rf"\b(?i:{office})(?:\s*\([A-Z]{{2,4}}\))?(?:\s+of\s+[A-Z][\w-]+)?,?\s+{_NAME}"
            rf"|{_NAME.replace('?P<name>', '?P<name2>')},\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}"
            rf"(?i:{office})\b")
        for sentence in text:
            for m in introduced.finditer(sentence):
                person = re.sub(rf"^{_TITLE}+", "", m["name"] or m["name2"]).strip()
                if len(person_tokens(person)) >= 2 and not is_body(person):
                    found.append(Affiliation(person, re.sub(r"^(?:The|the)\s+", "", body),
                                             "heads_the_body", sentence))
    return found


# A body's kind, as "the group's president" or "a secretary of the group" names the
# body the sentences before were about
_KINDS = frozenset({"group", "company", "firm", "union", "organisation", "organization",
                    "association", "federation", "society", "coalition", "operator"})


def _points_back(rule: AffiliationRule, m: re.Match[str], sentence: str) -> bool:
    """The office's body is given as "its" ("signed by its managing director,
    X") or by its kind alone ("X, a joint secretary of the group")."""
    if rule.body_side == "before":
        return re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$",
                         sentence[:m.start("role")]) is not None
    if rule.body_side == "after":
        kind = re.match(r"\s*([a-z]+)\b", sentence[m.end():])
        return kind is not None and kind[1] in _KINDS
    return False


# Words that open a sentence before its subject ("But the Shigar Porters Association says")
# (or a live entry's time: "4:50 PM — The pipeline operator ...")
_CONNECTOR = re.compile(r"^(?:\d{1,2}[:.h]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[—–-]\s*)?"
                        r"(?:But|And|Meanwhile|However|Separately|Also)?\b,?\s*")
# A subject that says: a proper name, perhaps after its description ("The pipeline
# operator, Orhonigbe Gas Transmission Company Limited (OGTCL), has confirmed") or
# before a clause of its own ("Shreenath Organics, which on Thursday had put ..., said")
_SAYING_SUBJECT = re.compile(
    r"^(?:[Tt]he\s+[a-z][\w’'\s-]{0,40},\s+)?(?:[Tt]he\s+)?"
    r"(?!(?:It|They|He|She|We|This|That|These|Those|There)\b)"
    rf"(?P<name>{CAPITALISED_WORD}(?:\s+(?:(?:of|and|for|de|del)\s+)?[A-Z0-9][\w’'&-]*){{0,6}})"
    r"(?:\s*\([A-Z][\w-]*\))?(?:,[^,]{3,90},)?,?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:said|says|confirmed|announced|stated|reported|gave|put|told)\b")


def _referent(recent: list[str]) -> str:
    """The body the nearest sentence before opens with as its subject, or ""."""
    for sentence in reversed(recent):
        opened = _CONNECTOR.sub("", sentence.lstrip("“\"‘' "))
        if name := _subject_body(opened):
            return name
        if (m := _SAYING_SUBJECT.match(opened)) is not None:
            return m["name"]
    return ""


def _named_with(noun: str, recent: list[str]) -> str:
    """The body the nearest of `recent` sentences names with `noun` as its
    last word ("the Delta State Police Command" for "the command's"), or ""."""
    for sentence in reversed(recent):
        m = re.search(rf"(?:\b(?:[A-Z][\w-]*|of|and)\s+){{1,6}}(?i:{re.escape(noun)})\b",
                      sentence)
        if m is None:
            continue
        words = m[0].split()
        while words and (words[0] in _JOINERS or not words[0][:1].isupper()):
            words.pop(0)
        if words:
            return " ".join(words)
    return ""


def _subject_body(sentence: str) -> str:
    """The body a sentence opens with as its subject ("The Valoria Civil
    Protection Coordination says ..."): its name's words, capitalised or a
    body's, up to the word that says what kind of body it is; or ""."""
    words = re.sub(r"^(?:The|the)\s+", "", sentence).split()
    taken: list[str] = []
    name = ""
    for word in words[:8]:
        bare = word.strip(",;:.")
        if not (bare[:1].isupper() or bare.lower() in BODY_NAME_WORDS
                or re.fullmatch(r"[\w-]+['’]s", bare)):
            break
        taken.append(bare)
        if bare.lower() in _BODY_HEADS:
            name = " ".join(taken)  # (the last such word: "Civil Protection Coordination")
        if bare != word:
            break
    return _plain_case(name) if name else ""


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
                person = re.sub(rf"^{_TITLE}+", "", m["name"]).strip()
                if not is_body(person) and len(person_tokens(person)) >= 2:
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
    body = re.sub(r"\s+", " ", re.sub(r"^[\w-]+['’]s\s+(?=[A-Z])", "", rest)).strip()
    return Affiliation(person, body, "role_in_the_briefing", role) \
        if body and is_body(body) and len(body.split()) <= 8 else None


def spoken_for(name: str, sentence: str) -> str | None:
    """The body `name` speaks for, by its sentence ("NEMA's Lagos territorial
    coordinator, Ibrahim Musa, said") or by the words of the name itself
    ("Hwaseon Fire Station chief Kang Min-jun")."""
    found = body_for(name, affiliations_in([sentence, f"{name} said."]))
    return found.body if found is not None else None
