"""Who said a quote: an ordered table of named rules, each with an example.

Each rule looks at the text before and after the quotation marks and, if
its pattern is there, names the speaker (or finds that the speaker it
points to is unknown). The first rule that matches decides; a quote that
none matches continues the last speaker's, or has an `Unknown` one."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from tui.core.draft.mentions import Mentions
from tui.core.draft.names import clean_name, organisations_in, subject_before
from tui.core.draft.resolve import is_body
from tui.core.draft.text import QUOTE
from tui.core.draft.words import (
    ACCORDING,
    AFTER_NAME_SAY,
    AFTER_SAY_DESCRIBED,
    AFTER_SAY_DESCRIBED_NAME,
    AFTER_SAY_NAME,
    AFTER_SAY_ROLE_NAME,
    AFTER_SAY_SURNAMED,
    CAPITALISED_WORD,
    DESCRIBED_SAY,
    DOCUMENT_SAY,
    DOCUMENTS,
    ENTRY_LABELS,
    GAVE_NAME,
    GROUP_NOUN,
    GROUP_NOUNS,
    NAME_COMMA_BARE_ROLE_SAY,
    NAME_COMMA_ROLE_SAY,
    ONE_OF_SAY,
    PAPERS,
    PERSON_WORDS,
    PRONOUN_SAY,
    REPORTED_SAYING,
    ROLE_COMMA_NAME_SAY,
    ROLE_NAME_SAY,
    ROLE_WORDS,
    SAY_VERBS,
    STARTS_WITH_NAME,
    SURNAMED_SAY,
    TITLE_BEFORE_NAME,
    WHO_CHANTED,
)

Speaker = tuple[str, str | None]  # (name, role)


class Said(NamedTuple):
    """What a rule found: the speaker (None: the one it points to is not
    known) and why it is a guess."""

    speaker: Speaker | None
    check: str | None = None


class Quoted(NamedTuple):
    """The text around one quote: before and after the marks, the sentence."""

    before: str
    after: str
    sentence: str


SpeakerFinder = Callable[[Quoted, Mentions], Said | None]


def _named_in(pattern: re.Pattern[str]) -> SpeakerFinder:
    """The rule whose pattern, read after the quote, names its speaker in its
    first group ("..., said the caretaker, Lino Abara")."""
    def find(q: Quoted, m: Mentions) -> Said | None:
        found = pattern.match(q.after)
        return Said(m.person(found.group(1))) if found else None
    return find


class SpeakerRule(NamedTuple):
    """A named way to find a quote's speaker, with a sentence it finds one in."""

    name: str
    find: SpeakerFinder
    example: str


_DESCRIBED = "a person described, not named"


def _gave_name(q: Quoted, m: Mentions) -> Said | None:
    found = GAVE_NAME.search(q.after)
    return Said((found.group(1), None)) if found else None


def _pronoun_after(q: Quoted, m: Mentions) -> Said | None:
    found = PRONOUN_SAY.match(q.after)
    return Said(m.pronoun(found.group(1)), f"'{found.group(1)}' taken to be the last named "
                "speaker") if found else None


def _said_role_name(q: Quoted, m: Mentions) -> Said | None:
    found = AFTER_SAY_ROLE_NAME.match(q.after)
    if found is None:
        return None
    words = found.group(2).split()
    if len(words) >= 2 and words[0][:1].isupper() and words[1] in ("from", "at", "in", "near"):
        return None  # "said Ghimire from badly-hit Jure village": the name, then where
    if (sum(w[:1].isupper() for w in words) > 1
            and words[-1].lower() not in ROLE_WORDS | PERSON_WORDS):
        return None  # "said Ana Ruiz of the Red Cross": a name, then where she is from
    return Said(m.person(found.group(3)))


def _said_described(q: Quoted, m: Mentions) -> Said | None:
    found = AFTER_SAY_DESCRIBED.match(q.after)
    if found is None or found.group(1).split()[-1] in DOCUMENTS:
        return None  # "..., said the statement": the document's author (`document`)
    return Said((found.group(1).split()[-1], None), _DESCRIBED)


def _name_comma_role(q: Quoted, m: Mentions) -> Said | None:
    found = NAME_COMMA_ROLE_SAY.match(q.after)
    if found is None:
        return None
    name, role = m.person(found.group(1))
    return Said((name, role or found.group(2)))


def _name_comma_bare_role(q: Quoted, m: Mentions) -> Said | None:
    found = NAME_COMMA_BARE_ROLE_SAY.match(q.after)
    if found is None:
        return None
    role = found.group(2)
    # a role says what the person is ("chief of the port authority"), not more names
    if " of " not in role and not {w.lower().strip(",") for w in role.split()} & (
            ROLE_WORDS | PERSON_WORDS):
        return None
    name, known_role = m.person(found.group(1))
    return Said((name, known_role or role))


def _adding(q: Quoted, m: Mentions) -> Said | None:
    # "“...,” Ana Ruiz said, adding that the crews needed “more pumps”": the quote
    # before in the sentence was hers, and so is this one
    if (m.last_quote_speaker is not None and QUOTE.search(q.before)
            and re.search(r"\b(?:adding|saying|and added)\b[^“”\"«»]*$", q.before)):
        return Said(m.last_quote_speaker)
    return None


_WHAT_IT_CALLED = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w’'\-]+\s+){0,3}(?:"
                             + GROUP_NOUN + r"))\b(?:(?!\b(?:[Tt]he|[Ii]ts)\s)[^,;])*?"
                             r"\bwhat\s+it\s+(?:called|termed|described as)\b[^“”\"«»]*$")


def _what_it_called(q: Quoted, m: Mentions) -> Said | None:
    # "the port authority opened an inquiry into what it called “gross negligence”":
    # "it" is the body named before it in the sentence
    found = _WHAT_IT_CALLED.search(q.before)
    return Said((found.group(1), None)) if found else None


def _document(q: Quoted, m: Mentions) -> Said | None:
    if not (found := DOCUMENT_SAY.match(q.after)):
        return None
    author = max((m.last_subject, m.last_claimant), key=lambda p: p[0])[1]
    # (a person by the name the story gives them, their office apart: "agency
    # spokesman Ari Wibowo" is Ari Wibowo, "Nugroho" the Sutopo Purwo Nugroho named)
    return Said((author, None) if author and is_body(author) else m.person(author)
                if author else None,
                f"the author of the {found.group(1) or found.group(2)} named before")


def _one_of(q: Quoted, m: Mentions) -> Said | None:
    found = ONE_OF_SAY.match(q.after)
    return Said((re.sub(r"s$", "", found.group(1)), None), _DESCRIBED) if found else None


def _described_said(q: Quoted, m: Mentions) -> Said | None:
    if not (found := DESCRIBED_SAY.match(q.after)) or found.group(1).split()[-1] in (
            "and", "or", "but", "then", "that", "which", "who"):
        return None  # "condemned “...” the attack and expressed": not "the X said"
    if found.group(1).split()[-1] in _WHEN_WORDS and len(found.group(1).split()) > 1:
        # ("the police first said", "the ministry later said": who, then when)
        described = found.group(1).rsplit(None, 1)[0]
        if described.split()[-1] in GROUP_NOUNS:
            return Said((described, None))
        return Said((described.split()[-1], None), _DESCRIBED)
    if found.group(1).split()[-1] in DOCUMENTS:
        return None  # "..., a statement from his office said": whose words, not the paper
    if found.group(1).split()[-1] in PAPERS:
        return Said(None, "a paper whose author is not named: who wrote it?")
    if found.group(1).split()[-1] in GROUP_NOUNS:
        return Said((found.group(1), None))  # "the border police said": the body, whole
    if found.group(1)[:1].isupper():
        # ("an Israeli foreign ministry spokesperson said": whose spokesperson, whole)
        return Said((found.group(1), None), _DESCRIBED)
    return Said((found.group(1).split()[-1], None), _DESCRIBED)


# Words of when between a subject and its verb ("the police first said")
_WHEN_WORDS = frozenset({"first", "later", "also", "initially", "earlier", "again",
                         "previously", "now", "subsequently"})


# "says Gnahoré's mother, Élise, who sells ...": someone's relative, then their name
_SAID_OWNERS = re.compile(rf"^[\s,]*(?:{SAY_VERBS})\s+(?:{CAPITALISED_WORD}\s+){{0,2}}"
                          rf"{CAPITALISED_WORD}['’]s\s+(?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*,\s+"
                          rf"((?:{CAPITALISED_WORD}\s+){{0,2}}{CAPITALISED_WORD})\s*[,.]")


# "“...,” deputy State Department spokesman Mark Toner said": an office in lower case
# and capitals mixed (role_name_said takes them in that order only), the name, the verb
_OFFICE_NAME_SAID = re.compile(rf"^[\s,]*[\"”]?\s*,?\s*((?:[\w’'\-]+\s+){{1,6}}?)"
                             rf"((?:{CAPITALISED_WORD}\s+){{1,2}}{CAPITALISED_WORD})\s+(?:{SAY_VERBS})\b")
# "said a statement signed by Ekraj Malla, the chairman of ...": who signed it
_SIGNED_BY = re.compile(rf"^[\s,]*(?:{SAY_VERBS})\s+(?:a|the|an)\s+(?:\w+\s+)?(?:statement|"
                        rf"letter|release|communiqu[eé])\s+(?:signed|issued)\s+by\s+"
                        rf"((?:{CAPITALISED_WORD}\s+){{1,2}}{CAPITALISED_WORD})")


def _office_name_said(q: Quoted, m: Mentions) -> Said | None:
    found = _OFFICE_NAME_SAID.match(q.after)
    if found is None or not any(w.lower() in ROLE_WORDS for w in found.group(1).split()):
        return None
    # (not a clause of its own after the quote, ", and Ukraine's Ministry of Foreign
    # Affairs expressed", nor a body's name)
    if re.search(r"\b(?:and|but|while|as)\b", found.group(1)) or is_body(found.group(2)) \
            or organisations_in(found.group(0)):
        return None
    return Said(m.person(found.group(2)))


def _said_name(q: Quoted, m: Mentions) -> Said | None:
    found = AFTER_SAY_NAME.match(q.after)
    if found is None:
        return None
    titles, _, named = found.group(2).rpartition(" and ")
    if titles and " " in named and any(w.lower() in ROLE_WORDS for w in titles.split()):
        # "said Defence Secretary and NDRRMC Chairman Delfin Lorenzana": the name after
        # the last title, both titles its role
        speaker, role = m.person(named)
        return Said((speaker, " and ".join(filter(None, (titles, role)))))
    return Said(m.person(found.group(2)))


def _reported_saying(q: Quoted, m: Mentions) -> Said | None:
    found = REPORTED_SAYING.search(q.before)
    return Said((clean_name(found.group(1)), None)) if found else None


def _who_chanted(q: Quoted, m: Mentions) -> Said | None:
    found = WHO_CHANTED.search(q.before)
    return Said((found.group(1), None)) if found else None


def _subject_before(q: Quoted, m: Mentions) -> Said | None:
    if not (subj := subject_before(q.before)):
        return None
    if subj.lower() in ("he", "she"):  # "She said ... “once and for all”"
        return Said(m.pronoun(subj), f"'{subj}' taken to be the last named speaker")
    if subj.isupper() and len(subj) > 2 and m.resolve_body(subj) != subj:
        # "The NDMA described": the body named in full before
        return Said((re.sub(r"^[Tt]he\s+", "", m.resolve_body(subj)), None))
    if re.search(r"['’]s\s+[a-z]", subj) and len(orgs := organisations_in(q.before)) == 1:
        # "The International Labour Organization's office in Türkiye said": the organisation
        return Said((orgs[0], None))
    if (organisations_in(subj) or is_body(subj)) and not subj.islower():
        # "Brazil's Ministry of Foreign Affairs said": a body, as the sentence names it
        return Said((re.sub(r"^[Tt]he\s+", "", subj), None))
    if subj.lower() in ("it", "they") or (subj.islower() and (
            subj.split()[-1] in GROUP_NOUNS or m.resolve_body(subj) != subj)):
        return Said((m.resolve_body(subj), None))  # "the group said": which group
    return Said(m.person(subj))


# ("According to our plant manager, Ms. Pornthip Chaiyaporn, who led ...": the name
# the role is given, between commas)
_NAMED_AFTER_ROLE = re.compile(r",\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-ZÀ-ɏ][\w’'-]+"
                               r"(?:\s+[A-ZÀ-ɏ][\w’'-]+){1,3})\s*(?:,|$)")


def _according_to(q: Quoted, m: Mentions) -> Said | None:
    found = ACCORDING.search(q.sentence)
    if found is None:
        return None
    # ("according to the head of security's own statement to the prosecutor": his)
    role = re.sub(r"[’']s\s+(?:own\s+)?(?:statement|account|testimony|report|letter|post|"
                  r"words)\b.*$", "", found.group(2) or found.group(1))
    if re.match(r"(?:our|the|a|an|its|their)\s+[a-z]|(?:our|its|their)\s", role) and (
            named := _NAMED_AFTER_ROLE.match(q.sentence, found.end())):
        name, _ = m.person(named["name"])  # (remembered, for a later "she")
        return Said((name, re.sub(r"^(?:our|its|their|the|an?)\s+", "", role)))
    return Said(m.person(role))


def _pronoun_aside(q: Quoted, m: Mentions) -> Said | None:
    # "The ministry, she said, counts “every case a hospital confirmed”": the aside
    # ("Speaking to reporters at the port, he said: “...”": the pronoun before a colon)
    found = re.search(r",\s+(he|she)\s+(?:" + SAY_VERBS + r")\s*,", q.before) or re.search(
        r"(?:^|,\s+)(he|she)\s+(?:" + SAY_VERBS + r")(?:\s+[^:“”\"]{1,40})?:\s*$", q.before, re.I)
    return Said(m.pronoun(found.group(1)), f"'{found.group(1)}' taken to be the last named "
                "speaker") if found else None


# ", the corporation says, “with a moment of silence”": a body described, in an aside
# just before the quote
_DESCRIBED_ASIDE = re.compile(r",\s+((?:the|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+"
                              r"(?:says|said|adds|added|insists|insisted)\s*,\s*$")


def _described_aside(q: Quoted, m: Mentions) -> Said | None:
    found = _DESCRIBED_ASIDE.search(q.before)
    return _described_said(Quoted(q.before, f", {found.group(1)} said", q.sentence), m) \
        if found else None


def _pronoun_opens(q: Quoted, m: Mentions) -> Said | None:
    # "He blamed the organisers for distributing money “...”"
    if opens := re.match(r"(He|She)\b", q.before):
        return Said(m.pronoun(opens.group(1)), "the pronoun taken to be the last named speaker")
    return None


def _name_opens(q: Quoted, m: Mentions) -> Said | None:
    # "Prime Minister Le Van Thanh ordered ... and told officials “...”"
    # (after a place that opens the sentence: "At the harbour, Mayor Ines Tavora ...")
    found = STARTS_WITH_NAME.match(re.sub(r"^(?:At|In|From|Outside)\s+[^,]{1,40},\s*", "",
                                          q.before))
    return Said(m.person(found.group(1))) if found else None


# "INSPECTOR DARREN HOLLOWAY (clip): “...”": a transcript's speaker in capitals,
# what kind of recording in brackets, then a colon
_TRANSCRIPT_NAME = re.compile(r"^\s*((?:[A-ZÀ-ɏ][A-Z’'\-]+\s+){1,4}[A-ZÀ-ɏ][A-Z’'\-]+)\s*"
                              r"(?:\([^)]{1,20}\))?\s*:\s*$")


def _transcript_name(q: Quoted, m: Mentions) -> Said | None:
    found = _TRANSCRIPT_NAME.match(q.before)
    # (not a live page's label: "BREAKING NEWS:", "LIVE UPDATES:")
    if found is None or set(found.group(1).split()) & ENTRY_LABELS:
        return None
    return Said(m.person(found.group(1).title()))


# After the quote, a person's name (initials too: "RK Mallick", "V S Shivakumar") as the
# last words before the verb, whatever describes them first ("Jharkhand police
# spokesman, RK Mallick, said"; "U.S. military spokesman Colonel Greg Julian said")
_NAME_WORD_OR_INITIAL = r"(?:[A-ZÀ-ɏ][\w’'\-]+|[A-ZÀ-ɏ]\.?)"
_LAST_NAME_BEFORE_SAY = re.compile(
    rf"^[\s,]*(?:[^“”\"\s]+\s+){{0,10}}?(?P<name>{_NAME_WORD_OR_INITIAL}"
    rf"(?:\s+{_NAME_WORD_OR_INITIAL}){{1,3}})"
    rf"(?:,\s+(?:who|whose)\b[^,“”\"]{{1,120}},)?,?\s+(?:{SAY_VERBS})\b")
# ", Dr. Fazlullah Pechuho." : a name alone after the quote, as a caption gives it
_NAME_ALONE_AFTER = re.compile(rf"^\s*[,—–-]?\s*(?P<name>(?:{TITLE_BEFORE_NAME})?"
                               rf"[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){{1,3}})\s*\.?\s*$")


def _last_name_before_say(q: Quoted, m: Mentions) -> Said | None:
    found = _LAST_NAME_BEFORE_SAY.match(q.after) or _NAME_ALONE_AFTER.match(q.after)
    if found is None or is_body(found["name"]) or organisations_in(found["name"]):
        return None
    before = q.after[: found.start("name")]
    if re.search(r"(?:\b(?:of|from|in|on|at|near|to)|['’]s)\s+$", before) or re.match(
            r"[\s,]*(?:and|but|while)\b", before):
        # "..., and Ukraine's Ministry of Foreign Affairs expressed": a body, apart; "a
        # 45-year-old from East Nairobi said": where they are from
        return None
    return Said(m.person(found["name"]))


SPEAKER_RULES: tuple[SpeakerRule, ...] = (
    SpeakerRule("transcript_name", _transcript_name,
                "MAYOR INES TAVORA (clip): “We will rebuild every house.”"),
    SpeakerRule("gave_name", _gave_name,
                "“The roof just folded,” said a cook who gave only her first name, Ilse."),
    SpeakerRule("pronoun_after", _pronoun_after,
                "Marta Quiroga runs the shelter. “We have no more beds,” she said."),
    SpeakerRule("said_described_name", _named_in(AFTER_SAY_DESCRIBED_NAME),
                "“We heard the dam crack,” said the caretaker, Lino Abara."),
    SpeakerRule("said_role_name", _said_role_name,
                "“The current took the boat,” said boatman Ruslan Oreshkin."),
    SpeakerRule("said_described", _said_described,
                "“The ground rolled twice,” said one shopkeeper."),
    SpeakerRule("name_comma_role", _name_comma_role,
                "“The levee held until noon,” P.J. Okonkwo, the county engineer, said."),
    SpeakerRule("name_comma_bare_role", _name_comma_bare_role,
                "“The pumps failed first,” Ana Ruiz, chief engineer of the port authority "
                "told reporters."),
    SpeakerRule("said_surnamed", _named_in(AFTER_SAY_SURNAMED),
                "“The water came at night,” said a ferry mechanic surnamed Oduya."),
    SpeakerRule("surnamed_said", _named_in(SURNAMED_SAY),
                "“The hill just fell,” a man surnamed Ouyang, who saw the slide, told "
                "reporters."),
    SpeakerRule("adding", _adding,
                "“We are still searching,” Ana Ruiz said, adding that the crews needed "
                "“more pumps and more hands”."),
    SpeakerRule("what_it_called", _what_it_called,
                "The port authority opened an inquiry into what it called “a failure of "
                "basic maintenance”."),
    SpeakerRule("role_comma_name", _named_in(ROLE_COMMA_NAME_SAY),
                "“The clinic is full,” its head nurse, Edda Varga, said."),
    SpeakerRule("document", _document,
                "The Pellworth Relief Society issued a statement. “Roads are cut off,” the "
                "statement said."),
    SpeakerRule("one_of", _one_of, "“We ran out of plasma,” one of the surgeons said."),
    SpeakerRule("described_said", _described_said,
                "“The search goes on tonight,” the district official said."),
    SpeakerRule("name_said", _named_in(AFTER_NAME_SAY), "“Nobody warned us,” Ferreira said."),
    SpeakerRule("role_name_said", _named_in(ROLE_NAME_SAY),
                "“Two cranes are on the way,” port director Hana Lisowski told reporters."),
    SpeakerRule("signed_by", _named_in(_SIGNED_BY),
                "“Nine workers have died,” said a statement signed by Ines Okoro, the union's "
                "chair."),
    SpeakerRule("office_name_said", _office_name_said,
                "“We offer our condolences,” deputy State Department spokesman Mark Toner "
                "said."),
    SpeakerRule("said_owners_relative", _named_in(_SAID_OWNERS),
                "“We knew measles,” says Marta’s mother, Elena, who sells fish."),
    SpeakerRule("said_name", _said_name, "“It is a tragedy,” said Omar Haddadi."),
    SpeakerRule("reported_saying", _reported_saying,
                "State radio quoted the mayor as saying “the town will rebuild”."),
    SpeakerRule("who_chanted", _who_chanted,
                "Mourners who chanted “never again” filled the square."),
    SpeakerRule("pronoun_aside", _pronoun_aside,
                "Rosa Ibarra runs the clinic. The ministry, she said, counts “only the cases "
                "confirmed by a hospital”."),
    SpeakerRule("described_aside", _described_aside,
                "The parade will go ahead, the corporation says, “with a moment of silence”."),
    SpeakerRule("last_name_before_say", _last_name_before_say,
                "“Ten bodies have been found,” Jharkhand police spokesman, RK Mallick, said."),
    SpeakerRule("subject_before", _subject_before,
                "Senator Aldo Brenner said the collapse was “entirely preventable”."),
    SpeakerRule("according_to", _according_to,
                "The bridge was “in poor repair”, according to engineer Paul Okoro."),
    SpeakerRule("pronoun_opens", _pronoun_opens,
                "Gita Rana chairs the panel. She tied the delay to “a lack of money for repairs”."),
    SpeakerRule("name_opens", _name_opens,
                "Mayor Ines Tavora visited the site and told crews “keep digging”."),
)


def find_speaker(q: Quoted, mentions: Mentions) -> tuple[Said, str]:
    """The quote's speaker by the first rule that matches, and the rule's name."""
    for rule in SPEAKER_RULES:
        if (said := rule.find(q, mentions)) is not None:
            return said, rule.name
    return Said(None), "none"
