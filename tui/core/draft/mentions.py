"""The names-and-mentions stage: who the article has named so far (people,
bodies that spoke, short names), and so what "he", "it" or "the ministry"
means at a given sentence. The one state carried from sentence to sentence;
the other stages ask it, through its methods, and never keep their own."""

from __future__ import annotations

import re

from tui.core.draft.names import (
    HONORIFIC,
    capitalised,
    clean_name,
    countries_in,
    organisations_in,
    split_role,
    subject_before,
    without_relative_clauses,
)
from tui.core.draft.records import Renamed
from tui.core.draft.resolve import ends_in_a_body_noun, is_body, unaccented
from tui.core.draft.text import QUOTE
from tui.core.draft.words import (
    BARE_SPEAKERS,
    COUNT_WORD,
    DEMONYMS,
    ENTRY_LABELS,
    GROUP_NOUN,
    GROUP_NOUNS,
    NAMED_BODY,
    OFFICES_OF_A_PLACE,
    PERSON_WORD,
    PERSON_WORDS,
    PERSONAL_TITLES,
    PLACE_WORDS,
    REGION_WORD,
    RELAYED_LAST,
    ROLE_WORDS,
    SAY,
    SAY_THEN_NAME,
    SAY_VERBS,
    STARTS_WITH_BODY,
    STARTS_WITH_NAME,
    SUBJECT_NOUNS,
    person_name,
    without_titles,
)
from tui.core.format.model import Country

# "A nurse ...", "A local official ...": a sentence that opens with a person described
# (after a participle that opens the sentence: "Describing the crash, another official")
# A heading in capitals of two to twelve words, no sentence's end: "ITALIAN PRIME
# MINISTER GIORGIA MELONI", "YULIA NAVALNAYA, WIDOW OF RUSSIAN OPPOSITION LEADER"
_HEADING = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ’'.\-]*(?:,?\s+[A-ZÀ-Þ’'.\-]+){1,11}")
_OPENS_WITH_DESCRIBED = re.compile(r"(?:[A-ZÀ-ɏ][a-z]+ing\b[^,]{0,60},\s+)?"
                                   r"(?:A|An|The|One|[Aa]nother)\s+((?:[a-z][\w\-]*\s+){0,2}(?:"
                                   + PERSON_WORD + r"))(?=\s|,)")


# A sentence that opens with a body named by its plural, described or not:
# "Municipal firefighters, who ...", "Rescue workers gave ..."
_OPENS_WITH_PLURAL_BODY = re.compile(r"^(?:The\s+)?((?:[A-Za-z][\w’'\-]*\s+){0,3}?(?:"
                                     + "|".join(sorted(BARE_SPEAKERS)) + r"))(?=,|\s+[a-z])")


def _titled_person(phrase: str) -> bool:
    """A person after a title ("European Commission President Ursula von der
    Leyen"), not a body named with a nationality ("Chilean Red Cross")."""
    name, role = split_role(phrase)
    return bool(role) and any(w.lower() in ROLE_WORDS for w in (role or "").split()) \
        and not organisations_in(name)


# A body's name, then its short form in brackets: "the Flood Relief Agency (FRA)"
_ACRONYM_AFTER = re.compile(r"\b((?:[A-ZÀ-ɏ][\w’'\-]+\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,6}?"
                            r"[A-ZÀ-ɏ][\w’'\-]+)\s+\(([A-ZÀ-ɏ][A-Za-z]{1,9})\)")


# A body's spokesperson left unnamed: "a Kremlin spokesman", "the army spokeswoman",
# "a Red Cross spokesperson" (the body speaks through them: one claimant)
# ("A White House spokesperson", "The Interior Ministry's spokesman": the article at a
# sentence's start, the possessive, neither the body's)
_UNNAMED_SPOKESPERSON = re.compile(
    r"(?:(?i:the|a)\s+|(?i:an)\s+(?=[AEIOUaeiou]|[A-Z]{2,}\b))?(?P<body>(?:[A-ZÀ-ɏ][\w’'\-]*\s+){1,4}?|(?:police|army|military|navy|"
    r"government|coastguard|coast\s+guard)\s+)(?:[’']s\s+)?(?:chief\s+|official\s+)?"
    r"(?P<word>spokes(?:man|woman|person))")
_SPOKESPERSONS_GENDER = {"spokesman": "he", "spokeswoman": "she"}
# Words that make a spokesperson's "body" a person ("President Okafor's spokesman")
_A_PERSONS_WORDS = PERSONAL_TITLES | PERSON_WORDS


# Words that open a sentence before its subject: a name never starts with them.
_OPENERS = frozenset({"on", "in", "at", "by", "for", "from", "after", "before", "during",
                      "since", "with", "without", "near", "outside", "inside", "across",
                      "along", "every", "each", "but", "and", "as", "when", "while"})


# A time or a place that opens a sentence before its subject: "Every evening at six, "
# (after a dateline: "MWANZA, Tanzania — ")
# A person's two-word name owning a thing: "Bríd Hehir's pharmacy"
_PERSONS_THING = re.compile(r"\b([A-ZÀ-ɏ][a-zà-ɏ][\w\-]*\s+[A-ZÀ-ɏ][a-zà-ɏ][\w\-]*)[’']s\s+[a-z]")
_OPENING = re.compile(r"^(?:[A-ZÀ-ɏ]{3,}[\w ,.]{0,40}?\s[—–-]\s+)?(?:(?:Every|Each|On|In|At|By"
                      r"|After|"
                      r"Before|Since|During|Outside|Inside|Back|Later|Earlier|Today|Yesterday|"
                      r"Last|This)\b[^,]{0,50},\s+"
                      # ("For eleven years Boitumelo Ntshole caught ...": a time in lower-case
                      # words and figures, with no comma, before the name)
                      r"|(?:For|After|Since|During|In|On)\s+(?:[a-z\d][\w\-]*\s+){1,4}"
                      r"(?=[A-ZÀ-ɏ][a-z]))?")
# A sentence that opens with a person's name (titles before it allowed) and what
# they are: "Sanne Verhoeven, from Utrecht, was driving"; "Dr Leila Ben Salah, a
# geologist at the University of Gafsa who has mapped the galleries, has ..."
_OPENS_WITH_NAME_DESCRIBED = re.compile(
    # ("Wofa Kojo, as everyone calls the excavator operator, still sits ...")
    person_name("name") + r",\s+(?:(?:a|an|the|who|whose|from|as)\s+[^,]{1,150}|\d{1,3}),")
# What stands between a name and a "his" or "her" that may be someone else's
_SOMEONE_ELSE = re.compile(r"\b(?:" + SAY_VERBS + r"|" + PERSON_WORD + r")\b", re.I)
# A heading that says whose words follow: "Statement by our President, Tetsuya Hoshina"
_STATEMENT_BY = re.compile(r"(?:Statement|Message|Remarks|Letter|Address)\s+(?:by|from)\s+"
                           r"(?:[\w’'\-]+\s+){0,5}?[\w’'\-]+,\s+" + person_name("name") + r"\.?")
# "a young man called Baraka", "a teacher named Ines": a person and a name of one word
_CALLED = re.compile(r"\b(?:" + PERSON_WORD + r")\s+(?:called|named)\s+([A-ZÀ-ɏ][\w’'\-]+)\b")


# "Ministry of Emergency Situations", "Department of Civil Protection": a body's noun,
# "of", and what it is of, in capitals
# (a country's name of two joined words may own it: "Bosnia and Herzegovina's Ministry of")
_BODY_OF_NAME = re.compile(r"(?:[A-ZÀ-ɏ][\w’'\-]*\s+and\s+[A-ZÀ-ɏ][\w\-]*['’]s\s+)?"
                           r"(?:[A-ZÀ-ɏ][\w’'\-]*\s+){0,3}(?:Ministry|Department|Directorate|Office"
                           r"|"
                           r"Agency|Authority|Bureau|Council|Commission|Service|Secretariat|"
                           r"Institute|Inspectorate)\s+of\s+(?:the\s+)?[A-ZÀ-ɏ][\w’'\-]*"
                           r"(?:\s+(?:(?:of|and|for|the)\s+)*[A-ZÀ-ɏ][\w’'\-]*)*")


# "the Governor of the West Region": an office named with the place it is over
_OFFICE_OF_A_PLACE = re.compile(r"(?:[Tt]he\s+)?("
                                + "|".join(sorted(o.capitalize() for o in OFFICES_OF_A_PLACE))
                                + r")\s+of\s+(?:the\s+)?([A-ZÀ-ɏ][\w’'\- ]+)")


# A sentence that opens with one name and an age: "Lesieli is fifteen", "Tomás was 9"
_ONE_NAME_AGED = re.compile(r"(?!(?:He|She|It|They|We|I|You|This|That|There|Here|One|Each|Who|"
                            r"Which|What|Everyone|Nobody|Someone)\b)"
                            r"([A-ZÀ-ɏ][\w’'\-]+)\s+(?:is|was)\s+(?:\d{1,2}|" + COUNT_WORD
                            + r")(?:\s+years?\s+old)?(?=[,.;]|\s+(?:and|but|now)\b)")


class Mentions:
    """The people and bodies named so far, read sentence by sentence."""

    def __init__(self, author: str | None = None, host: Country | None = None,
                 year: int | None = None) -> None:
        self.author = author  # who "we" and "our" are: the body a statement is by
        self.host = host  # the story's own country
        self.year = year  # the year of the article's date, if it gives one
        self.people: dict[str, tuple[str, str | None]] = {}  # surname -> (name, role)
        self._last_person: str | None = None
        self.recent: list[str] = []  # the people named, the most recently named last
        self.genders: dict[str, str] = {}  # a person's key -> "he" or "she", once known
        self.last_quote_speaker: tuple[str, str | None] | None = None
        # (sentence number, name): the claimant of the last claim, the subject
        # of the last sentence that had one; "It said" is the more recent.
        self.last_claimant: tuple[int, str | None] = (-1, None)
        self.last_group = "people"  # whose casualties the last claim counted
        self.last_figures: dict[str, str | int] = {}  # the last claim's killed and injured
        # (the sentence of the last count of the injured, anyone's, and that count)
        self.injured_counted: tuple[int, str] = (-1, "")
        # the sentence numbers of the last quote and of the last person named after it
        self.quoted_at = -1
        self.named_at = -1
        self.last_subject: tuple[int, str | None] = (-1, None)
        self._person_at_start: str | None = None
        self.sentence_number = 0
        self.bodies: list[str] = []  # claimants and subjects that are not people, in order
        self.aliases: dict[str, str] = {}  # "disaster agency" -> "AFAD"
        # (sentence number, claimant) of a claimant described, not named: "a local group"
        self.indefinite: tuple[int, str] = (-1, "")
        # a line in capitals that heads the quotes under it ("WHITE HOUSE SPOKESMAN
        # JOHN KIRBY"), until a sentence of prose
        self.heading: str | None = None
        # the heading of the list of figures the sentence is a line of
        # ("Workers of the complex:" above "Deceased: 1"): whose figures they are
        self.list_heading = ""

    @property
    def sentence_number(self) -> int:
        """The number of the sentence being read."""
        return self._sentence_number

    @sentence_number.setter
    def sentence_number(self, number: int) -> None:
        # (the person the story was on when the sentence began: a claim read from it
        # before its subjects may have named its person already)
        self._sentence_number = number
        self._person_at_start = self._last_person

    def claimed(self, who: str, sentence: str, group: str = "people",
                figures: dict[str, str | int] | None = None) -> None:
        """`who` gave a claim in this sentence about `group` (its `figures`, if
        any): a later "it" or "the ministry" may be them, a claim that goes on may
        be about that group, and "gave the same figure" gives those figures."""
        self.last_claimant = (self.sentence_number, who)
        self.last_group = group
        if figures:
            self.last_figures = figures
        self.remember_body(who)
        if re.search(rf"\b(?:[Aa]n?)\s+{re.escape(who)}\b", sentence):
            self.indefinite = (self.sentence_number, who)

    def quoted(self, speaker: tuple[str, str | None]) -> None:
        """A quote was given to `speaker`: an unattributed quote next may be theirs."""
        self.last_quote_speaker = speaker
        self.quoted_at = self.sentence_number
        word = speaker[0]
        if (" " not in word and word[:1].isupper() and word not in self.people
                and not countries_in(word) and not organisations_in(word)):
            # "“...,” Malik said": a person, whom a later "he" may mean
            self.people[word] = speaker
            self.last_person = word

    def person(self, phrase: str) -> tuple[str, str | None]:
        """Resolve a subject phrase to (speaker, role), remembering named people."""
        # ("Awa Diouf's eyes still watered. ... she said": Awa Diouf, not her possessive)
        phrase = re.sub(r"(?<=[a-z])[’']s$", "", re.sub(HONORIFIC, r"\1", phrase).strip())
        if (unnamed := _UNNAMED_SPOKESPERSON.fullmatch(phrase)) is not None and (
                body := re.sub(r"[’']s$", "", unnamed["body"].strip())).split()[0].lower() \
                not in _OPENERS \
                and body.lower() not in DEMONYMS and not self._a_persons(body):
            # ("a Kremlin spokesman said": the Kremlin; never "a Russian spokesman"; a
            # later "he said" is the spokesman, so the body again)
            # (with the word its role is, "spokeswoman": a "he" is not her)
            key = clean_name(phrase)
            self.people[key] = (body, unnamed["word"])
            self.last_person = key
            if gender := _SPOKESPERSONS_GENDER.get(unnamed["word"]):
                self.genders[key] = gender
            return body, None
        if organisations_in(phrase) and not _titled_person(phrase):
            # "the Organisation of Islamic Cooperation" (but "European Commission
            # President Ursula von der Leyen" is a person with her role)
            return clean_name(phrase), None
        if ends_in_a_body_noun(phrase) and is_body(phrase):
            # "the army General Staff": a body whose name has a title's word in it
            return clean_name(phrase), None
        if _BODY_OF_NAME.fullmatch(clean_name(phrase)) and is_body(phrase):
            # "the Ministry of Emergency Situations": a body named by what it is of
            return clean_name(phrase), None
        if (office := _OFFICE_OF_A_PLACE.fullmatch(phrase)) is not None and (
                len(office[2].split()) == 1 or re.search(rf"\b{REGION_WORD}$", office[2], re.I)
        ) and (holder := next(
                (held for held in reversed(self.people.values()) if held[1] and (
                    held[1].lower() == phrase.lower().removeprefix("the ")
                    or held[1].split()[-1].lower() == office[1].lower())), None)) is not None:
            # ("Governor Ana Ruiz of the West Region visited ... The Governor of the West
            # Region said": the person named with that office before)
            return holder
        name, role = split_role(phrase)
        words = name.split()
        if words and words[0].lower() in _OPENERS:
            # "On Kisiri, the island where ...", "In 1996 the MV Bukoba sank": a place
            # or a time that opens the sentence, no one a later "she" can be
            return name, role
        is_person = (len(words) >= 2 and all(map(capitalised, words))
                     and not {words[0].lower(), words[-1].lower()} & PLACE_WORDS
                     and not any(w.lower() in SUBJECT_NOUNS for w in words)
                     and not countries_in(name) and not organisations_in(name))
        if is_person:
            self.people[words[-1]] = (name, role)
            self.last_person = words[-1]
            return name, role
        # (not after a word that joins a body's name: "Syrian Observatory for Human Rights",
        # "Committee for the Defence of Human Rights"; but "Secretary of State Marco Rubio")
        # (nor a possessive's "s": "Jamaica's Prime Minister" is an office, not a name)
        if not is_person and (m := re.search(r"(?<![’'])\b(?!(?:for|and|on|the|de|del|da)\b)"
                                             r"([a-z][\w\-]*)"
                                             r"\s+((?:(?:[A-ZÀ-ɏ][\w’'\-]+|[A-ZÀ-ɏ]\.(?:[A-ZÀ-ɏ]\.)*)\s+){1,3}"
                                             r"[A-ZÀ-ɏ][\w’'\-]+)$",
                                             name)) \
                and (m.group(1) != "of" or split_role(m.group(2))[1] is not None) \
                and not organisations_in(m.group(2)) and not countries_in(m.group(2)):
            # "Union leader Rosa Mamani": the name after the role (initials too:
            # "District collector R.K. Menon")
            found, title = split_role(m.group(2))  # "spokesman Col Abdoulaye Maiga"
            role = " ".join(filter(None, (name[: m.start(2)].strip(), title))) or None
            self.people[found.split()[-1]] = (found, role)
            self.last_person = found.split()[-1]
            return self.people[self.last_person]
        if len(words) == 1 and words[0] not in self.people and (same := next(
                (k for k in self.people if unaccented(k) == unaccented(words[0])),
                None)) is not None:
            # ("Turk said" after "Volker Türk": a surname written without its accent)
            words = [same]
        if len(words) == 1 and words[0] in self.people:
            self.last_person = words[0]
            return self.people[words[0]]
        if role is not None and len(words) == 1 and capitalised(words[0]) and not (
                countries_in(name) or organisations_in(name)
                or words[0].lower() in PLACE_WORDS | SUBJECT_NOUNS):
            # "Israeli Prime Minister Lapid said": a surname after a title; then "he"
            self.people[words[0]] = (name, role)
            self.last_person = words[0]
            return name, role
        if words and re.sub(r"[’']s$", "", words[-1]).lower() in PERSON_WORDS \
                and not organisations_in(name):
            # "Ukraine's president": a person, though not named; a later "he" is them
            self.people[name] = (name, role)
            self.last_person = name
        return name, role

    def _a_persons(self, words: str) -> bool:
        """"President Okafor", "Netanyahu" named before: a person's words, whose
        spokesperson speaks for them and no body."""
        return any(w.lower().strip(".") in _A_PERSONS_WORDS for w in words.split()) \
            or words.split()[-1] in self.people

    @property
    def last_person(self) -> str | None:
        """The key of the person named last: a later "he" or "she" is them."""
        return self._last_person

    @last_person.setter
    def last_person(self, key: str | None) -> None:
        self._last_person = key
        if key is not None:
            if key in self.recent:
                self.recent.remove(key)
            self.recent.append(key)

    def pronoun(self, word: str = "") -> tuple[str, str | None] | None:
        """Who "he" or "she" (`word`) is: the person named last, unless what
        the article said of them says otherwise ("Mr", "her stall", or "she"
        before); then the last person named whom it may be."""
        word = word.lower()
        if word in ("he", "she"):
            for key in reversed(self.recent):
                if key in self.people and self.genders.get(key, word) == word:
                    return self.people[key]
        if self.last_person and self.last_person in self.people:
            return self.people[self.last_person]
        return None

    def learn_gender(self, key: str, word: str) -> None:
        """`word` ("he", "she", "his", "her", "Mr", "Ms") is said of the person `key`."""
        gender = {"he": "he", "his": "he", "him": "he", "mr": "he", "she": "she",
                  "her": "she", "hers": "she", "mrs": "she", "ms": "she", "miss": "she"}.get(
                      word.lower().rstrip("."))
        if gender and key in self.people:
            self.genders.setdefault(key, gender)

    def resolve_body(self, name: str) -> str:
        """"It said", "he said", "the ministry said": who that is, from what came before."""
        low = name.lower().removeprefix("the ")
        if low in ("he", "she"):
            return (self.pronoun(low) or (name, None))[0]
        if low in ("her office", "his office") and (holder := self.pronoun()) is not None:
            # "Her office had reported 12 deaths": the office of the official named
            # before, whose figures they are
            return holder[0]
        earlier = max((self.last_subject, self.last_claimant), key=lambda pair: pair[0])[1]
        if low in ("it", "they"):
            return earlier or name
        if low in self.aliases:
            return self.aliases[low]  # "the disaster agency" named AFAD before
        if low in PERSON_WORDS or low in ROLE_WORDS:
            # "according to the minister": the last person named with that role
            for person, role in reversed(list(self.people.values())):
                if role and low in role.lower().split() and person != name:
                    return person
        words = low.split()
        if words and all(w.islower() for w in name.split()) and words[-1] in GROUP_NOUNS:
            # "the ministry": the last body of that kind named ("the emergency
            # situations ministry"), not a person who spoke since
            for body in reversed(self.bodies):
                # (the body's own noun comes before what it is of: "the ministry of
                # civil affairs" is a ministry)
                head = body.lower().split(" of ")[0]
                if (head.endswith(words[-1])
                        and set(words) < set(body.lower().split())):
                    return body
        return name

    def role_of(self, name: str) -> str | None:
        """The role the article gave a person named before ("President of
        South Africa" for Cyril Ramaphosa), if any."""
        person = self.people.get(name.split()[-1]) if name.split() else None
        return person[1] if person is not None and person[0] == name else None

    def body_of_role(self, name: str) -> str | None:
        """The body a person speaks for, when their role names a body that
        spoke before ("district police chief" after "Police said")."""
        if not (said_role := self.role_of(name)):
            return None
        role = said_role.lower().split()
        return next((body for body in reversed(self.bodies)
                     if body.lower() in role and body != name), None)

    def remember_body(self, name: str) -> None:
        if name.lower() not in ("it", "they", "he", "she") and name.split()[-1] not in self.people:
            self.bodies.append(name)

    def remember_subjects(self, sentence: str) -> list[Renamed]:
        """Who this sentence is about, for the pronouns and short names that
        follow; and the claimants described before whom this sentence names."""
        renamed: list[Renamed] = []
        if _HEADING.fullmatch(sentence.strip()) and not set(sentence.split()) & ENTRY_LABELS:
            self.heading = sentence.strip()
            return renamed
        if not sentence.lstrip().startswith(("“", '"', "«", "„", "‘")):
            self.heading = None  # (a quote's paragraph keeps it, closed or not)
        person_before = self._person_at_start
        described = _OPENS_WITH_DESCRIBED.match(sentence)
        # (not the outlet that relays it: "..., The Associated Press reported.")
        subj = None if QUOTE.search(sentence) else subject_before(
            sentence[: relay.start()] if (relay := RELAYED_LAST.search(sentence)) else sentence)
        # ("The Shallalat Leisure Company, which operates the park, has issued a
        # statement. It says ...": the body, past what it is; never people or a place,
        # "Residents, whose homes were destroyed, have told reporters")
        if subj is None and not QUOTE.search(sentence) and (
                plain := without_relative_clauses(sentence)) != sentence and (
                found := subject_before(plain)) and (is_body(found) or organisations_in(found)):
            subj = found
        # (or a person named before: "The driver ... had not been questioned, Maier said")
        named = subj is not None and ((len(subj.split()) >= 2 and subj.istitle())
                                      or subj in self.people)
        # (a role written with capitals, a title before the name: "The Humanitarian
        # Coordinator, Ms. Lena Berg, visited ...")
        # (or after the words that open the sentence: "But in the school, the
        # headteacher, Mary Kapinga, keeps a list")
        # ("Its spokesman, Hervé Zadi Bléka, a schoolteacher, ...": the body's)
        # ("On 16 October its spokesperson, Dr. Rosine Ehui-Kacou, told ...": anywhere)
        named_role = re.search(r"(?:^|,\s+|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                               r"[Oo]ur)\s+"
                               r"(?:[A-Za-z][\w’'\-]*\s+){0,7}"
                               r"[A-Za-z][\w\-]*,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                               # ("the ministry's press secretary, Colonel O. Hüseynov,")
                               r"((?:[A-ZÀ-ɏ][\w’'\-]+\s+|[A-ZÀ-ɏ]\.\s?){1,3}[A-ZÀ-ɏ][\w’'\-]+),",
                               sentence)
        if (according := re.search(r"\baccording to ((?:[A-ZÀ-ɏ][\w’'\-]+\s+){1,3}[A-ZÀ-ɏ]"
                                   r"[\w’'\-]+)",
                                   sentence)) and not organisations_in(according.group(1)):
            # "..., according to Chandralekha Mukherjee, executive director ...": a later
            # "Mukherjee told AFP" is her
            self.person(according.group(1))
        if named_role and re.search(r"\w\s+(?:and|or)\s*$", sentence[:named_role.start() + 1]):
            named_role = None  # "she and the company's lead guide, Einar, took": two, not him
        if named_role and re.match(r"\W*[Oo]ur\s", sentence[named_role.start():]) and (
                QUOTE.search(sentence) or not re.match(
                    r"\W*[Oo]ur\s+(?:(?:[A-ZÀ-ɏ][\w’'\-]*\s+){0,3}[A-ZÀ-ɏ][\w’'\-]*|"
                    r"(?:[\w’'\-]+\s+){0,3}(?i:director|head|chief|manager|administrator|"
                    r"spokes(?:man|woman|person)|president|chair(?:man|woman|person)?|officer|"
                    r"executive|secretary|coordinator|commander|superintendent|engineer|"
                    r"minister|representative|captain|rector|dean|principal|mayor|governor|"
                    r"headteacher|headmaster|headmistress|teacher|coach|founder|owner))(?:\s+(?:of|at|in|for)\s+[\w’'\-]+"
                    r"(?:\s+[\w’'\-]+){0,2})?,", sentence[named_role.start():])):
            # ("Our Technical Director, Mr Jason Borg,", "Our head of maintenance, Mr Andris
            # Ozoliņš,": an office, never "our village, San Pedro," or "our driver, Jelle de
            # Boer," nor a line that quotes someone)
            named_role = None
        if named_role and (opening := _OPENS_WITH_NAME_DESCRIBED.match(sentence)) is not None \
                and opening.end("name") <= named_role.start() < opening.end():
            # ("Roger Ali, a scaffolder employed by a contractor, Mayaro Marine Services, was
            # asleep": the person the sentence opens with, not the name in the description)
            named_role = None
        if named_role:
            self.person(named_role.group(1))  # "The regional president, Jorge Sanchis, ..."
        elif described and SAY.search(sentence) and not named:
            # "A nurse ... said", "A local official spoke"; then "she", "he"
            self.people[described.group(1)] = (described.group(1), None)
            self.last_person = described.group(1)
        elif subj:
            self.person(subj)  # remember who spoke, for later pronouns
            if subj.lower() not in ("it", "they"):
                self.last_subject = (self.sentence_number, subj)
                self.remember_body(subj)
        elif body := STARTS_WITH_BODY.match(sentence):
            # "Saudi Arabia's health ministry did not give a total. It said ...": it
            self.last_subject = (self.sentence_number, body.group(1))
            self.remember_body(body.group(1))
        elif (opener := re.match(r"(?:The\s+)?((?:[A-ZÀ-ɏ][\w’'\-]*\s+(?:of\s+|and\s+)?){0,5}"
                                 r"[A-ZÀ-ɏ][\w’'\-]*)\s+[a-z]", sentence)) \
                and organisations_in(opener.group(1)):
            # "The World Health Organization gave a lower figure. It said ...": it
            self.last_subject = (self.sentence_number, clean_name(opener.group(1)))
        elif starts := STARTS_WITH_NAME.match(_OPENING.sub("", sentence)):
            # "Police chief Tom Reyes arrived."; "Every evening, Neema Moyo walks ...": then
            # "he", "she"
            self.person(starts.group(1))
        elif described_name := _OPENS_WITH_NAME_DESCRIBED.match(sentence):
            # "Kofi Mensah, a fisherman, lost ..."; "Lieutenant Colonel Mongi Ayari, the
            # civil protection's spokesman for the south-west, was ..."
            self.person(without_titles(described_name.group("name")))
        elif aged := re.search(r"\b((?:[A-ZÀ-ɏ][\w’'\-]+\s+){1,2}[A-ZÀ-ɏ][\w’'\-]+),\s*(?:\d{1,3},|"
                               r"an?\s+\d{1,3}-year-old\s+(?:[a-z][\w\-]*\s+)?(?:" + PERSON_WORD
                               + r"|boy|girl|(?!(?:tanker|trawler|freighter|steamer|carrier|liner|"
                               r"container|trailer|tractor|tower|center|theater)\b)"
                               r"[a-z]+(?:man|woman|er|or|ist|ian))\b)", sentence):
            # "Among them is Lena Ortiz, 31, who ..."; then "she" (and "She found Kelvin
            # Noel, a 34-year-old fisherman, ...": then "he")
            self.person(aged.group(1))
        elif (known := re.match(r"([A-ZÀ-ɏ][\w’'\-]+)(?:,\s*\d{1,3},)?\s+[a-z]",
                                _OPENING.sub("", sentence))) \
                and known.group(1) in self.people:
            # "Ortiz was asleep when ...", "In the evening, Frimpong walks ...": she again
            self.last_person = known.group(1)
        elif (alone := _ONE_NAME_AGED.match(_OPENING.sub("", sentence))) is not None and not (
                countries_in(alone[1]) or organisations_in(alone[1])
                or alone[1].lower() in PLACE_WORDS | SUBJECT_NOUNS | PERSON_WORDS
                or re.search(r"\b(?:owner|handler|vet|dog|cat|horse|pet)s?\b", sentence)):
            # "Lesieli is fifteen, and she still sleeps with the light on": a person named
            # by one word, with her age; then "she"
            self.people[alone[1]] = (alone[1], None)
            self.last_person = alone[1]
        elif (plural := _OPENS_WITH_PLURAL_BODY.match(sentence)) is not None and not (
                (after := re.match(r"\s+([a-z]+)", sentence[plural.end():])) is not None
                and after[1] in PERSON_WORDS | ROLE_WORDS):
            # "Municipal firefighters, who also worked at the scene, gave a higher toll.
            # They told AGN ...": they (not "Civil police chief Rodrigo Oliveira")
            self.last_subject = (self.sentence_number, plural.group(1))
        if heading := _STATEMENT_BY.fullmatch(sentence.strip()):
            # "Statement by our President, Tetsuya Hoshina": the quote under it is theirs
            self.person(heading.group("name"))
        if called := _CALLED.search(sentence):
            # "One, a young man called Baraka, said ...": a person named by one word
            self.people[called.group(1)] = (called.group(1), None)
            self.last_person = called.group(1)
        if (subj and named and self.indefinite[0] == self.sentence_number - 1
                and re.search(re.escape(subj) + r",\s+an?\s+(?:[\w\-]+\s+){0,3}?(?:"
                              + GROUP_NOUN + r")\b", sentence)):
            # "..., a local volunteer group said. The Jebel Tawra Emergency Room, a
            # network of volunteers ..., said": the group described is the one named
            described_as = self.indefinite[1]
            self.aliases[described_as.lower()] = subj
            if self.people.pop(subj.split()[-1], None) and self.last_person == subj.split()[-1]:
                self.last_person = None  # a body, not a person a later "he" could be
            renamed.append(Renamed(described_as, subj, sentence))
        if subj and subj[:1].isupper() and (m := re.search(
                re.escape(subj) + r",\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,3}?("
                + GROUP_NOUN + r")\b", sentence)):
            self.aliases[m.group(1)] = subj  # "JNIM, the al Qaeda-linked group": "the group"
        for titled in re.finditer(r"\b([A-ZÀ-ɏ][a-z]+)\s+((?:[A-ZÀ-ɏ][\w’'\-]+\s+){0,2}[A-ZÀ-ɏ]"
                                  r"[\w’'\-]+)",
                                  sentence):
            if titled.group(1).lower() in PERSON_WORDS | ROLE_WORDS and not countries_in(
                    titled.group(2)) and not organisations_in(titled.group(0)):
                name = titled.group(2)  # remembered for "the pastor", not made the last person
                self.people.setdefault(name.split()[-1], (name, titled.group(1)))
        if not QUOTE.search(sentence) and (inverted := SAY_THEN_NAME.search(sentence)):
            self.person(inverted.group(1))  # "..., said Abdul Malik, the head of the office"
        if self.last_person != person_before and not QUOTE.search(sentence):
            self.named_at = self.sentence_number  # a person the story turns to
        if self.last_person is not None and self.last_person != person_before:
            # "Mr. Osei"; "Ama Owusu sells nothing any more; she was frying plantain": what
            # the sentence that names them says of them (a title, or a pronoun that opens
            # the clause after theirs; not "said the victim was found in her car")
            at = sentence.find(self.last_person)
            if at >= 0 and (said := re.search(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+(?:[A-ZÀ-ɏ][\w’'\-]+\s+)*"
                                              + re.escape(self.last_person) + r"\b", sentence)):
                self.learn_gender(self.last_person, said.group(0).split()[0])
            elif at >= 0 and (then := re.search(r"(?:;|,\s+(?:and|but))\s+(he|she)\b|\b(his|her)\b",
                                                sentence[at + len(self.last_person):], re.I)) and \
                    not _SOMEONE_ELSE.search(re.sub(r"^,[^,]{1,80},", "", sentence[
                        at + len(self.last_person): at + len(self.last_person) + then.start()])):
                # (a possessive of theirs: "Ibrahim Zakari ... keeps a list in his exercise
                # book"; not after a verb of saying or another person: "said the victim was
                # found in her car")
                self.learn_gender(self.last_person, then.group(1) or then.group(2))
        elif self.last_person is not None and (opens := re.match(r"(He|She)\b", sentence)):
            # "Ortiz runs the shelter. She ...": the person named before, as "she"
            self.learn_gender(self.last_person, opens.group(1))
        if self.last_person is None and (owner := _PERSONS_THING.search(sentence)) and not (
                is_body(owner.group(1)) or countries_in(owner.group(1))
                or organisations_in(owner.group(1))
                or {w.lower() for w in owner.group(1).split()} & PLACE_WORDS):
            # ("the door of Bríd Hehir's pharmacy": a person named by what is theirs, when
            # no one else is named yet; a later "Hehir" or "she" is her)
            self.person(owner.group(1))
        for m in _ACRONYM_AFTER.finditer(sentence):
            # "the Department of Disaster Affairs (DoDA)": later "DoDA" is that department
            self.aliases[m.group(2).lower()] = m.group(1)
        for m in NAMED_BODY.finditer(sentence):
            # "the country's disaster agency AFAD": later "the disaster agency" is AFAD
            self.aliases[m.group(1)] = m.group(2)
            self.aliases[m.group(1).split()[-1]] = m.group(2)
        return renamed
