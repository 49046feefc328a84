"""Which names across reports are one person or body: "Health Minister
Lina Koroma", "Dr Lina Koroma" and "Koroma" are one speaker; "the Health
Ministry", "the ministry of health" and "Sierra Leone's health ministry"
are one claimant. A briefing's own names (canonical and `aliases`) are
matched first. A name that could belong to two groups joins neither: a
split is cheaper to fix than a wrong merge."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from tui.core.draft.known_bodies import other_names
from tui.core.draft.short_names import abbreviates, has_capitals, words_key
from tui.core.draft.words import (
    BODY_WORDS_TRANSLATED,
    LEGAL_FORMS,
    MONTHS,
    NAME_PARTICLES,
    NEVER_A_PERSONS_NAME,
    PERSONAL_TITLES,
    TITLES_BEFORE_NAME,
    WEEKDAYS,
)
from tui.core.format.countries import lookup_country
from tui.core.format.names import subject_key

# Letters whose stroke is no combining accent, so that decomposing leaves them whole
# ("Søren" is written "Soren" by outlets without the letter)
_STROKED = str.maketrans("øØłŁđĐħĦı", "oOlLdDhHi")


def unaccented(word: str) -> str:
    """A word without its accents, its capitals kept ("Türk" is "Turk", never
    "TURK" or "HAMAS" a "Hamas")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_STROKED))
                   if not unicodedata.combining(c))


def fold(word: str) -> str:
    """A name's word compared without accents, hyphens or case: "Peñaranda"
    is "penaranda", "Abdel-Rahman" is "abdelrahman"."""
    return re.sub(r"[-‐’']", "", unaccented(word)).casefold()


# Words before a person's name that are a title or office, not the name.
_TITLE_WORDS = """
dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame hon hon. honourable the
minister president governor mayor secretary general chief deputy commissioner director
spokesman spokeswoman spokesperson superintendent inspector officer official head
health interior home foreign defence defense prime state regional district county
police fire senior medical hospital's hospital acting federal provincial national local
vice chairman chairwoman chair lieutenant colonel major captain commander
collector magistrate sheriff prefect coroner cdo ceo dc sp mp mla igp dig
"""
# (each also as person_tokens folds it: "hospital's" is "hospitals")
# (and every title words.py reads before a name: "SSP", "Pol Col")
_TITLES = frozenset(_TITLE_WORDS.split()) | frozenset(fold(w) for w in _TITLE_WORDS.split()) \
    | frozenset(t.lower() for t in TITLES_BEFORE_NAME)
# Words that make a name a body's, not a person's.
_BODY_WORDS = """
ministry department agency authority service services police society cross office
administration company union federation force forces government council commission
bureau railways railway hospital army navy ministry's corps committee organisation
organization institute university agency's directorate brigade team unit court
management network centre center association group board secretariat
prefecture governorship governorate
press news trust protection inspectorate prosecutor's guard station headquarters
ltd limited inc plc llc gmbh corporation corp gendarmerie command
"""
BODY_NOUNS = frozenset(_BODY_WORDS.split())
# A body's name of two words neither of which is one: "the General Staff" ("staff"
# alone is people)
_GENERAL_STAFF = "general staff"
# Services named by what they do, with no body's noun: "the General Staff", "Selangor
# Fire and Rescue", "Civil Defence"
_SERVICES = (_GENERAL_STAFF, "fire and rescue", "civil defence", "civil defense",
             "search and rescue")
# Words that do not tell bodies apart ("the local administration" is the district's;
# "a fire service official" speaks for the fire service).
# (and the "and" of a body's name in its own language: "Emergência e Proteção Civil")
_STOP = frozenset({"the", "of", "for", "and", "e", "y", "et", "og", "och", "und", "on", "in",
                   "a", "an", "&", "local", "official", "officials", "spokesman", "spokeswoman",
                   "spokesperson", "source", "sources"})
_POSSESSIVE = re.compile(r"^(?:[A-ZÀ-ɏ][\w-]*\s+){0,3}[A-ZÀ-ɏ][\w-]*['’]s\s+")
_PAREN = re.compile(r"\s*\(([^()]+)\)\s*")
UNKNOWN = frozenset({"", "unknown", "unnamed", "an official", "officials"})


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=4096)
def is_body(name: str) -> bool:
    # ("Secretaría de Salud", "Corpo de Bombeiros": a body's words in its own language)
    words = {BODY_WORDS_TRANSLATED.get(fold(w), w)
             for w in (w.strip(".,'’").lower() for w in name.split())}
    raw = name.split()
    titled = [i for i, w in enumerate(raw) if w.strip(".,").lower() in _TITLES - {"the"}]
    if titled and 2 <= len(after := raw[titled[-1] + 1:]) <= 3 and all(
            w[:1].isupper() and BODY_WORDS_TRANSLATED.get(fold(w.strip(".,'’")), w.lower())
            not in BODY_NOUNS for w in after):
        return False  # "Civil Protection Minister Stavros Karamitsos": a person, titled
    # ("Rescue 1122": a service's name with its number; no person's name has one)
    return bool(words & BODY_NOUNS) or _acronym(name) or any(
        service in name.lower() for service in _SERVICES) or bool(
        _NAME_WITH_NUMBER.fullmatch(name.strip())) or (len(raw) >= 2 and raw[-1] in LEGAL_FORMS)


# Words never of a person's name: a body's, a time's ("State Police Command Asaba",
# "Police Monday Morning")
_NOT_NAMES = NEVER_A_PERSONS_NAME | frozenset(WEEKDAYS) | frozenset(MONTHS)
# A service named with its phone number ("Rescue 1122"): four or five figures, as such
# numbers have (two or three are a speaker's or a body's place in a list, "Speaker 17",
# whose many namesakes would all be bodies sharing one word)
_NAME_WITH_NUMBER = re.compile(r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|"
                               r"Thu|Fri|Sat|Sun|Flight|Article|Route|Highway|Room|No|Number|"
                               r"Section|Gate|Platform)\w*\s)"
                               r"[A-ZÀ-ɏ][\w-]*(?:\s+[A-ZÀ-ɏ][\w-]*){0,2}\s+\d{4,5}")


def ends_in_a_body_noun(phrase: str) -> bool:
    """The phrase's last word says what kind of body it names ("the army
    General Staff", "East Java Police")."""
    low = phrase.lower()
    return low.endswith(_GENERAL_STAFF) or (low.split()[-1:] or [""])[0] in BODY_NOUNS


def body_then_person(run: str) -> tuple[str, str] | None:
    """A body's name run into a person's with no comma between, as titles
    are written ("Poltava Regional Military Administration Taras
    Lytvynenko"): the body up to its last body noun, and the person's two to
    four capitalised words after it; None when `run` is not so made."""
    words = run.split()
    heads = [i for i, w in enumerate(words) if w.lower() in BODY_NOUNS]
    if not heads:
        return None
    body, person = words[:heads[-1] + 1], words[heads[-1] + 1:]
    # ("CEO District Health Authority Dr Saima Khokhar": titles are neither's name)
    while body and body[0].strip(".").lower() in PERSONAL_TITLES:
        body.pop(0)
    while person and person[0].strip(".").lower() in PERSONAL_TITLES:
        person.pop(0)
    if not body or not 2 <= len(person) <= 4 or not all(
            w[:1].isupper() and w.lower() not in _TITLES | _NOT_NAMES for w in person) \
            or lookup_country(" ".join(person)) or any(
            lookup_country(w) for w in person):
        # ("Ministry of Health Sierra Leone": a country; "State Police Command Asaba": a
        # body's own word; "Police Monday Morning": a time; none is a person)
        return None
    return " ".join(body), " ".join(person)


def _acronym(word: str) -> bool:
    """One short word of capitals ("AFAD"), or mostly capitals as some are
    written ("FAMa", "MoH", "NaCSA"): a body's short name."""
    return " " not in word and 2 <= len(word) <= 8 and word[:1].isupper() and (
        word.isupper() or sum(c.isupper() for c in word) >= max(2, len(word) - 1))


@lru_cache(maxsize=4096)
def person_tokens(name: str) -> tuple[str, ...]:
    """A person's name without titles, each word folded (see `fold`):
    `Health Minister Lina Koroma` -> (lina, koroma)."""
    last = name.split(",")[-1]
    words = [fold(w.strip(".'’\"")) for w in last.split()]
    # the name follows its last title: "Rampalli district collector Sunita Das"
    titled = [i for i, w in enumerate(words) if w in _TITLES]
    if titled and titled[-1] < len(words) - 1:
        words = words[titled[-1] + 1:]
    return tuple(w for w in words if w)


@lru_cache(maxsize=4096)
def body_words(name: str) -> frozenset[str]:
    """A body's content words: `Sierra Leone's health ministry` -> {health, ministry}."""
    text = _PAREN.sub(" ", name).strip()
    text = _POSSESSIVE.sub("", text)
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", text.lower())]
    # ("Secretaría de Salud de Córdoba" is the Córdoba health secretariat)
    # (and "Aragón" is "Aragon": accents folded)
    words = [BODY_WORDS_TRANSLATED.get(folded, folded) for w in words
             if w not in NAME_PARTICLES and (folded := fold(w))]
    return frozenset(_stem(w) for w in words if w not in _STOP)


# The level a body works at: a name with one is not the same body as a name
# with another ("Lagos State …" is not "National …"); "federal" is "national".
_LEVELS = frozenset({"state", "provincial", "regional", "national", "county", "district",
                     "municipal"})
# Words of a body's formal title that do not tell it apart ("General Coordination of
# Civil Protection" is the civil protection agency).
_WEAK = frozenset({"general", "coordination"})


# Words that name one thing two ways: a federal body is a national one, a
# prosecutor's office the attorney general's.
# (a fire brigade is a fire service or department; an ambulance service an
# emergency medical service)
# (a health secretariat or directorate is a health department where English copy
# translates it)
# (civil defence is civil protection: the one service, as agencies translate it; a
# penitentiary institute is the prisons'; a ministry of internal affairs the interior's)
_SAME_WORD = {"federal": "national", "prosecutor": "attorney", "brigade": "service",
              "department": "service", "secretariat": "service", "directorate": "service",
              "ambulance": "medical",
              "emergency": "medical", "defence": "protection", "defense": "protection",
              "penitentiary": "prison", "internal": "interior"}


def same_body_word(word: str) -> str:
    """The word another body's name uses for the same thing ("penitentiary" is
    "prison", "defence" is "protection", "directorate" is "service")."""
    return _SAME_WORD.get(word, word)


# Names of a country's army: "the army", "the armed forces", "the General Staff" (not
# "the military government", which is not the army)
# ("the Tanzania People's Defence Force", "the Israel Defense Forces": the army)
_MILITARY = (frozenset({"armed", "force"}), frozenset({"general", "staff"}), frozenset({"army"}),
             frozenset({"defence", "force"}), frozenset({"defense", "force"}))


def _owner(name: str) -> str:
    """Whose body a name says it is, "Mali" in "Mali's military government";
    "" when it names no owner."""
    # (a description after it, in lower case: "People's Committee" is a name, no owner)
    m = re.match(r"^(?:the\s+)?((?:[A-ZÀ-ɏ][\w-]*\s+){0,3}[A-ZÀ-ɏ][\w-]*)['’]s\s+(?=[a-z])",
                 name.strip())
    return fold(m.group(1)) if m is not None else ""


def _other_countrys_interior(a: str, b: str) -> bool:
    """One name says "internal affairs", the other "interior", and they name
    other countries (or one names a country and the other none): the two
    may be two states' ministries ("Kazakhstan's interior ministry" beside a
    Ministry of Internal Affairs)."""
    said = ("internal" in body_words(a), "internal" in body_words(b))
    return said[0] != said[1] and _state_of(a) != _state_of(b)


def _state_of(name: str) -> str | None:
    """The state a body's name says it is of: "Kazakhstan's ...", "... of the
    Republic of Serbia"; None when it names none."""
    owner = re.match(r"^(?:the\s+)?((?:[A-ZÀ-ɏ][\w-]*\s+){0,3}[A-ZÀ-ɏ][\w-]*)['’]s\s", name.strip())
    tail = re.search(r"\bof\s+(?:the\s+)?(?:Republic\s+of\s+)?((?:[A-ZÀ-ɏ][\w-]*\s+){0,2}"
                     r"[A-ZÀ-ɏ][\w-]*)$", name.strip())
    for found in (owner, tail):
        if found is not None and (state := lookup_country(found.group(1))) is not None:
            return state.code
    return None


def _core(words: frozenset[str]) -> frozenset[str]:
    for army in _MILITARY:
        if army <= words:
            words = (words - army) | {"army"}
    return frozenset(_SAME_WORD.get(w, w) for w in words - _WEAK)


def _level_for_place(a: frozenset[str], b: frozenset[str]) -> bool:
    """`a` names its level where `b` names its place: "provincial health
    office" and "East Java Health Office" (b names no level of its own)."""
    extra = a - b
    return bool(extra) and extra <= _LEVELS and bool(b - a) and not b & _LEVELS


def _same_person(tokens: tuple[str, ...], known: list[tuple[str, ...]]) -> bool:
    """A name is a known person's: the same full name, or a surname alone
    against one, or a full name against a person known by surname only. A
    full name never joins a person known by another full name with that
    surname (a minister and an official can share one)."""
    full = [t for t in known if len(t) >= 2]
    if len(tokens) >= 2:
        return tokens in full or any(_middle_dropped(tokens, t) for t in full) or (
            not full and any(t and t[-1] == tokens[-1] for t in known))
    return any(t and t[-1] == tokens[0] for t in known)


def _middle_dropped(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Josué Pinheiro" is "Josué Carvalho Pinheiro" with a middle name left
    out (the same first and last names, the shorter's words in the longer's
    order)."""
    short, long = sorted((a, b), key=len)
    if len(short) == len(long) or short[0] != long[0]:
        return False
    if short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])


def _spelt_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names with the same given names and a surname of five letters
    or more spelt one letter apart (one added, dropped or changed)."""
    if len(a) != len(b) or len(a) < 2 or a[:-1] != b[:-1] or a[-1] == b[-1]:
        return False
    x, y = sorted((a[-1], b[-1]), key=len)
    if len(x) < 5 or len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        return sum(1 for p, q in zip(x, y, strict=True) if p != q) == 1
    return any(y[:i] + y[i + 1:] == x for i in range(len(y)))


def _spellings(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The given names with the surname as written and with each letter
    dropped: the keys two spellings one letter apart have in common."""
    *given, last = tokens
    return [(*given, last), *((*given, last[:i] + last[i + 1:]) for i in range(len(last)))]


def initials(name: str) -> str:
    words = [w for w in re.findall(r"[\w-]+", _PAREN.sub(" ", name)) if w.lower() not in _STOP]
    return "".join(w[0] for w in words).upper()


def acronym_of(name: str) -> str | None:
    """The acronym a name gives in brackets: `... Authority (AFAD)` -> AFAD."""
    m = _PAREN.search(name)
    if m is None:
        return None
    short = m[1].strip()
    # "(AFAD)", "(Komnas HAM)": capitalised words ending in capitals, not "(Huaylla, Arequipa)"
    words = short.split()
    return short if short.isupper() or _acronym(short) or (len(words) <= 3 and all(
        w[:1].isupper() for w in words) and len(words[-1]) >= 2 and words[-1].isupper()) \
        else None


# "Mozambique's disaster agency": a body described by what it does, in lower case
# A country's first level below the state, by its words' first letters: "the provincial
# fire department" is the "Gangwon State Fire Headquarters", a region's is a state's
_FIRST_LEVEL = ("provin", "state", "region")


def _fits_word(wanted: str, token: str) -> bool:
    """A description's word (its first six letters) fits a name's word."""
    return token.startswith(wanted) or (
        wanted in _FIRST_LEVEL and any(token.startswith(w) for w in _FIRST_LEVEL))


DESCRIPTION_OF_A_BODY = re.compile(r"^(?:the\s+)?(?:(?:[A-ZÀ-ɏ][\w’'-]*|country|nation|region|"
                                   r"province|state|city|district)['’]s\s+)?"
                                   r"(?P<desc>(?:[a-z][\w-]*\s+){1,3})"
                                   r"(?:agency|institute|authority|body|service|office|"
                                   r"department)$")


# A body's full name as a text writes it: capitalised words, "of"/"and" between them
_FULL_NAME = re.compile(r"\b(?!The\s)[A-ZÀ-ɏ][\w’'-]*(?:\s+(?:(?:of|and|for|the)\s+)?"
                        r"[A-ZÀ-ɏ][\w’'-]*)+")


# A body's command or headquarters, which speaks as the body ("the Command of the
# National Gendarmerie", "the General Headquarters of the Civil Defence")
_COMMAND_OF = re.compile(r"(?:[Tt]he\s+)?(?:General\s+|High\s+)?(?:Command|Headquarters)\s+of\s+"
                         r"(?:the\s+)?([A-ZÀ-ɏ].+)$")


@dataclass(eq=False)  # one group is one person or body: compared by identity
class Group:
    """One person or body: every name it was written as, in order of first use."""

    names: list[str]
    person: bool
    fixed: str | None = None  # the briefing's own canonical name, kept as it is
    keys: set[str] = field(default_factory=set)
    # a body's officials by name: listed among its `aliases`, never found by them
    officials: list[str] = field(default_factory=list)
    # a body's units by name ("Directorate for the Monitoring of Adverse Events" of
    # the secretariat whose letterhead names it): found by them, never its name
    units: list[str] = field(default_factory=list)

    def canonical(self) -> str:
        if self.fixed is not None:
            return self.fixed
        if self.person:
            full = max(self.names, key=lambda n: sum(1 for t in person_tokens(n)
                                                     if t not in _TITLES))
            count = len(person_tokens(full))
            return " ".join(full.split(",")[-1].split()[-count:]) if count else full
        return max([n for n in self.names if n not in self.units] or self.names,
                   key=_body_score)


def _body_score(name: str) -> tuple[int, int, int, int]:
    plain = _POSSESSIVE.sub("", _PAREN.sub(" ", name)).split()
    capitals = sum(1 for w in plain if w[:1].isupper() and w.lower() not in _STOP)
    # a name spelled out beats one with some words as capitals ("GB … Authority")
    shortened = sum(1 for w in plain if len(w) >= 2 and w.isupper())
    return (0 if name.lower().startswith("the ") else 1, capitals, -shortened, len(plain))


def _one_spells_it(acronym: str, name: str, group: Group) -> bool:
    """One body by two names that give one acronym: the body is already known
    by the acronym itself (alone or in a name: "SEDES La Paz"), or one of the
    two spells it out by its initials and the other does not (a name in
    another language: "National Risk Management
    Secretariat (SNGR)" and "Secretaría Nacional de Gestión de Riesgos (SNGR)").
    Two names that both spell it ("National Emergency Management Agency" and
    "National Environmental Management Authority", NEMA) or neither do
    ("National Police (PNP)", "National Fire Brigade (PNP)") are two bodies."""
    def spells(full: str) -> bool:
        # (its capitalised words' initials too: "de" is a small word in Spanish)
        return acronym in (initials(full), "".join(w[0] for w in full.split() if w[:1].isupper()))

    # (a name that writes the acronym itself, "SEDES La Paz", is the acronym's)
    full = [n for n in group.names if acronym not in n.split()]
    return not full or any(n != acronym and acronym in n.split() for n in group.names) or any(
        spells(n) != spells(name) for n in full)


class Names:
    """Groups of names, matched as they come."""

    def __init__(self) -> None:
        self.groups: list[Group] = []
        self._by_key: dict[str, Group] = {}  # every name's key (and acronym) -> its group
        self._by_word: dict[str, list[Group]] = {}  # a name's last word -> groups using it
        self._by_words: dict[str, Group] = {}  # a name's words, hyphens or not -> its group
        self._capped: list[Group] = []  # groups with a name that has words as capitals
        # a full name's given names and its surname with a letter dropped (or none)
        # -> its groups: two surnames one letter apart share one of these keys
        self._by_spelling: dict[tuple[str, ...], list[Group]] = {}

    def add_fixed(self, canonical: str, others: tuple[str, ...] = ()) -> Group:
        """A briefing's own name (and its aliases): matched first, kept as written."""
        group = self.find(canonical)
        if group is None:
            group = Group([canonical], person=not is_body(canonical), fixed=canonical)
            self.groups.append(group)
        for name in (canonical, *others):
            self._join(group, name)
        return group

    @staticmethod
    def also_known_as(group: Group, name: str) -> None:
        """A body's official, listed among its `aliases` but not found by
        that name: the person stays the speaker of their quotes."""
        if not group.person and name not in group.officials:
            group.officials.append(name)

    def join(self, group: Group, name: str) -> None:
        """`name` is one more name of `group`."""
        self._join(group, name)

    def join_unit(self, group: Group, name: str) -> None:
        """`name` is a unit of the body `group`: found as the body, never its name."""
        self._join(group, name)
        if name not in group.units:
            group.units.append(name)

    def _join(self, group: Group, name: str) -> None:
        # "Authority (BIWTA)" is two names: the authority's and its acronym
        acronym = acronym_of(name)
        forms = [_PAREN.sub(" ", name).strip(), acronym] if acronym else [name]
        # "SEDES La Paz": the acronym of a body, then where it is
        lead = re.match(r"([A-ZÀ-ɏ]{3,})\s+[A-ZÀ-ɏ][a-z]", name)
        keys_extra = [subject_key(lead[1])] if lead is not None and lead[1] != "THE" else []
        # ("Command of the National Gendarmerie": a later "National Gendarmerie" too)
        if (command := _COMMAND_OF.match(name)) is not None and is_body(command[1]):
            keys_extra.append(subject_key(command[1]))
        keys = [subject_key(name), *(subject_key(f) for f in forms), *keys_extra]
        for form in forms:
            if subject_key(form) not in group.keys and form not in group.names:
                group.names.append(form)
        for key in keys:
            group.keys.add(key)
            self._by_key.setdefault(key, group)
        if len(words_key(name).split()) >= 2:
            self._by_words.setdefault(words_key(name), group)
        if has_capitals(name) and group not in self._capped:
            self._capped.append(group)
        if len(tokens := person_tokens(name)) >= 2:
            for spelling in _spellings(tokens):
                spelt = self._by_spelling.setdefault(spelling, [])
                if group not in spelt:
                    spelt.append(group)
        # (a body's words as said another way too: "armed forces" is the army)
        # (a person by every name but the first: "Barrientos" of "Yasna Barrientos Soto")
        words = set(tokens[1:] or tokens) | body_words(name) | _core(body_words(name))
        for word in words:
            known = self._by_word.setdefault(word, [])
            if group not in known:
                known.append(group)

    def _near(self, name: str, person: bool) -> list[Group]:
        """Groups that share a word with `name` (a person: the surname), the
        only ones it can match."""
        seen: dict[int, Group] = {}
        for word in (person_tokens(name)[-1:] if person
                     else body_words(name) | _core(body_words(name))):
            for g in self._by_word.get(word, ()):
                seen.setdefault(id(g), g)
        return list(seen.values())

    def resolve(self, name: str) -> Group | None:
        """The group of `name`, made when it is new; None for no name at
        all, or for a surname that two known people share (it stays as
        written, joined to neither)."""
        if subject_key(name) in UNKNOWN:
            return None
        group = self.find(name)
        if group is None and not is_body(name) and len(tokens := person_tokens(name)) == 1 \
                and sum(1 for g in self._near(name, True) if g.person and any(
                    person_tokens(n)[-1:] == tokens for n in g.names)) >= 2:
            return None
        if group is None:
            group = Group([], person=not is_body(name))
            self.groups.append(group)
        self._join(group, name)
        return group

    def learn_titles(self, group: Group, name: str, sentence: str) -> None:
        """A person's name as the sentence writes it with an office before it
        ("Malatya Governor Mehmet Okur"), so that "the governor" finds them."""
        if not group.person or not name.strip():
            return
        m = re.search(r"((?:[A-ZÀ-ɏ][\w’'-]*\s+){1,3})" + re.escape(name.strip()), sentence)
        if m is not None and any(w.lower() in _TITLES for w in m[1].split()):
            self._join(group, m.group(0))

    def named_in(self, text: str) -> Group | None:
        """The one known person or body `text` names in full, if only one
        (a company's name reads like a person's: both are counted)."""
        low = text.casefold()
        hits = [g for g in self.groups if any(
            len(n) > 3 and n.casefold() in low for n in g.names)]
        return hits[0] if len(hits) == 1 else None

    def in_sentence(self, name: str, sentence: str) -> Group | None:
        """The one known body that `sentence` names in full and whose name
        holds every word of `name` (a drafter's `health` for "the ministry
        of health says")."""
        words = body_words(name)
        said = body_words(sentence)
        if not words:
            return None
        hits = [g for g in self.groups if not g.person and any(
            words <= (theirs := body_words(n)) and theirs <= said for n in g.names)]
        return hits[0] if len(hits) == 1 else None

    def find(self, name: str) -> Group | None:
        if (exact := self._by_key.get(subject_key(name))) is not None:
            if exact.person and len(tokens := person_tokens(name)) == 1 and any(
                    g is not exact and g.person and any(
                        person_tokens(n)[-1:] == tokens for n in g.names)
                    for g in self._near(name, True)):
                return None  # a surname two people share names neither
            return exact
        acronym = acronym_of(name)
        if acronym is not None and (hit := self._by_key.get(subject_key(acronym))) is not None \
                and _one_spells_it(acronym, _PAREN.sub(" ", name).strip(), hit):
            return hit
        known = {id(g): g for n in (name, _PAREN.sub(" ", name).strip(), acronym or "")
                 for other in other_names(n) if (g := self._by_key.get(subject_key(other)))}
        if len(known) == 1:
            return next(iter(known.values()))  # "EMERCOM of Russia", "Emergencies Ministry"
        if (command := _COMMAND_OF.match(name)) is not None and (
                whole := self.find(command[1])) is not None:
            return whole  # "the Command of the National Gendarmerie": the gendarmerie
        # a name with some words as capitals ("GB Disaster Management Authority",
        # "Negros Oriental PDRRMO") is the one body it spells out, before any body
        # it merely shares words with
        shortened: dict[int, Group] = {}
        if (same := self._by_words.get(words_key(name))) is not None:
            shortened[id(same)] = same
        # (only a name with capitals can shorten, or be shortened by, another)
        for g in self.groups if has_capitals(name) else self._capped:
            if not g.person and any(abbreviates(name, n) or abbreviates(n, name)
                                    for n in g.names):
                shortened[id(g)] = g
        if len(shortened) == 1:
            return next(iter(shortened.values()))
        # "Volunteer Firefighters" for the "Volunteer Firefighters Corps": the name
        # without the body's noun it ends with
        bare = re.sub(r"^the\s+", "", name.strip().lower())
        with_noun = [g for g in self.groups if not g.person and any(
            (full := re.sub(r"^the\s+", "", n.strip().lower())).startswith(bare + " ")
            and full[len(bare) + 1:] in BODY_NOUNS for n in g.names)]
        if len(with_noun) == 1 and len(bare.split()) >= 2:
            return with_noun[0]
        if not is_body(name):
            return self._find_person(name)
        return self._find_body(name)

    def _find_person(self, name: str) -> Group | None:
        tokens = person_tokens(name)
        if not tokens:
            return None
        if all(t in _TITLES for t in tokens):
            # "the provincial governor": the one person named with that office
            office = tokens[-1]
            holders = [g for g in self.groups if g.person and any(
                office in (w.strip(".,").lower() for w in n.split()) for n in g.names)]
            return holders[0] if len(holders) == 1 else None
        hits = []
        for g in self._near(name, True):
            if g.person and _same_person(tokens, [person_tokens(n) for n in g.names]):
                hits.append(g)
        if not hits and len(tokens) >= 2:
            # "Dr Patrick Mugiisha" in one report, "Patrick Mugisha" in another
            near = {id(g): g for key in _spellings(tokens) for g in self._by_spelling.get(key, ())}
            hits = [g for g in near.values() if g.person and any(
                _spelt_apart(tokens, person_tokens(n)) for n in g.names)]
        return hits[0] if len(hits) == 1 else None

    def _find_body(self, name: str) -> Group | None:
        words = body_words(name)
        if not words:
            return None
        if name.isupper() and " " not in name:
            hits = [g for g in self.groups if not g.person
                    and any(initials(n) == name for n in g.names)]
            return hits[0] if len(hits) == 1 else None
        equal, near = [], []
        words = _core(words)
        proper = next((w for w in name.split() if w.lower() not in _STOP), "")[:1].isupper()
        owner = _owner(name)
        for g in self._near(name, False):
            if g.person:
                continue
            # ("Burkina Faso's government" is never "Mali's military government": two
            # owners named, two bodies)
            theirs = [_core(body_words(n)) for n in g.names
                      if not (owner and (other := _owner(n)) and other != owner)
                      and not _other_countrys_interior(name, n)]
            if any(t == words for t in theirs):
                equal.append(g)
            # (a body known by a bare "the ministry" does not take in "the regional
            # health ministry", a description saying which ministry; "police" does
            # take in the proper name "East Java Police")
            elif any(t and ((t < words and (len(t) > 1 or proper)) or words < t
                            or _level_for_place(words, t)
                            or _level_for_place(t, words)) for t in theirs):
                near.append(g)
        if equal:
            return equal[0] if len(equal) == 1 else None
        if near:
            return near[0] if len(near) == 1 else None
        return self._described(name)

    def described_in(self, name: str, text: str) -> str | None:
        """The full name `text` gives the body a description fits: "the
        region's disaster management authority" in a report that goes on to
        name the "Gilgit-Baltistan Disaster Management Authority"."""
        m = DESCRIPTION_OF_A_BODY.match(name.strip())
        if m is None:
            return None
        wanted = [w[:6] for w in m["desc"].split() if w not in _STOP]
        head = name.split()[-1].lower()
        found = {full for full in _FULL_NAME.findall(text) if full.split()[-1].lower() == head
                 and all(any(t.startswith(w) for t in re.findall(r"[a-z]+", full.lower()))
                         for w in wanted)}
        return found.pop() if len(found) == 1 and wanted else None

    def _described(self, name: str) -> Group | None:
        """The one known body a description fits: "Mozambique's disaster
        agency" for the National Institute for Disaster Risk Management."""
        hits = self.fitting(name)
        return hits[0] if len(hits) == 1 else None

    def fitting(self, name: str) -> list[Group]:
        """The known bodies a description fits (none when `name` is no
        description): each has a name holding the description's words."""
        m = DESCRIPTION_OF_A_BODY.match(name.strip())
        if m is None:
            return []
        wanted = [w[:6] for w in m["desc"].split() if w not in _STOP]
        return [g for g in self.groups if wanted and not g.person and any(
            all(any(_fits_word(w, t) for t in re.findall(r"[a-z]+", n.lower())) for w in wanted)
            for n in g.names)]

    def absorb(self, group: Group, other: Group) -> None:
        """`other` was `group` by another name all along: one group now,
        found by the names of both."""
        for name in other.names:
            self._join(group, name)
        group.officials.extend(o for o in other.officials if o not in group.officials)
        group.units.extend(u for u in other.units if u not in group.units)
        for table in (self._by_key, self._by_words):
            for key, found in table.items():
                if found is other:
                    table[key] = group
        for found_in in (*self._by_word.values(), *self._by_spelling.values()):
            if any(g is other for g in found_in):
                found_in[:] = [g for g in found_in if g is not other and g is not group] + [group]
        self._capped = [g for g in self._capped if g is not other]
        self.groups = [g for g in self.groups if g is not other]

