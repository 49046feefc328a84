"""Offices that head a body: a district's collector, deputy commissioner or
chief district officer heads its district administration, a sheriff the
sheriff's office. A person introduced by such an office speaks for that
body when the same report names it and the office's place, if it gives
one, is the body's (`heads_the_body`); otherwise the office stays the
person's own, as the format's convention for governors and mayors has it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from tui.core.draft.resolve import fold, is_body, person_tokens
from tui.core.draft.words import (
    CAPITALISED_WORD,
    HELD_FOR_NO_BODY,
    MINISTRY_NAME,
    NO_LONGER_HELD,
    OFFICE_NOT_HELD,
    person_name,
    without_titles,
)


class Headed(NamedTuple):
    """An office that heads a body: the office's words, the body's name as copy
    writes it, and a person introduced by the office (before or after the name)."""

    office: str
    body: re.Pattern[str]
    introduced: re.Pattern[str]


def _headed(office: str, body: str) -> Headed:
    return Headed(office, re.compile(body), re.compile(
        rf"(?P<place>(?:\b[A-ZÀ-ɏ][\w-]*\s+){{0,3}})\b(?i:{office})(?:\s*\([A-ZÀ-ɏ]{{2,4}}\))?"
        rf"(?:\s+of\s+(?P<of>[A-ZÀ-ɏ][\w-]+))?,?\s+{person_name('name')}"
        rf"|{person_name('named')},\s+(?:the\s+)?(?P<mods>(?:[a-z-]+\s+){{0,2}})"
        rf"(?i:{office})(?:\s+of\s+(?P<of2>[A-ZÀ-ɏ][\w-]+))?\b"))


OFFICES_HEADING_A_BODY = (
    _headed(r"(?:district\s+)?collector|deputy\s+commissioner|district\s+commissioner|"
            r"chief\s+district\s+officer|district\s+magistrate",
            r"(?:\b[A-ZÀ-ɏ][\w-]*\s+)?(?i:district\s+administration)(?:\s+Office)?"
            r"(?:,\s+[A-ZÀ-ɏ][\w-]+(?=[\s,.]))?"),
    _headed(r"(?:county\s+)?sheriff",
            r"(?:\b[A-ZÀ-ɏ][\w-]*\s+){0,3}(?i:sheriff['’]s\s+office)"),
)
# The words of the offices and their bodies, which name no place
_OFFICE_WORDS = frozenset({"county", "district", "deputy", "chief", "the", "of", "collector",
                           "commissioner", "officer", "magistrate", "sheriff", "administration",
                           "office"})
# (not "a former sheriff", "the retired collector": no longer the body's head)
# ("the shadow", "an off-duty": that word next to the office, after a determiner; never
# "Amid opposition protests Health Minister X")
_FORMER = re.compile(rf"(?:\b(?:{NO_LONGER_HELD})[\s-]+(?:[a-z-]+\s+)?|(?:^|[,;]\s*|\b(?i:the|a|an|"
                     rf"his|her|its|their)\s+)(?i:{HELD_FOR_NO_BODY})\s+)$", re.I)


_NOT_HELD = re.compile(OFFICE_NOT_HELD, re.I)


def _place(text: str) -> set[str]:
    """The capitalised words naming where an office is ("Los Angeles County
    Sheriff": los, angeles), without the words of the offices themselves."""
    return {w.lower() for w in re.findall(r"\b[A-ZÀ-ɏ][\w-]+", text)} - _OFFICE_WORDS


def heads_of_named_bodies(sentences: Iterable[str]) -> list[tuple[str, str, str]]:
    """(person, body, sentence) for each person the sentences introduce by an
    office heading a body they also name."""
    text = list(sentences)
    found: list[tuple[str, str, str]] = []
    for office, body_name, introduced in OFFICES_HEADING_A_BODY:
        bodies = [m[0].strip() for s in text for m in body_name.finditer(s)]
        if not bodies:
            continue
        body = re.sub(r"^(?:The|the)\s+", "", max(bodies, key=len))
        where = _place(re.sub(rf"(?i:{office}).*$", "", body))
        for sentence in text:
            for m in introduced.finditer(sentence):
                if _FORMER.search(sentence[:m.start("place") if m["name"] else m.end("mods")]):
                    continue
                # (the office's own place, if it names one, is the body's: "Surat
                # Collector" does not head the Bharuch district administration)
                place = _place(f"{m['place'] or ''} {m['of'] or m['of2'] or ''}")
                if place and where and not place & where:
                    continue
                person = without_titles(m["name"] or m["named"])
                if len(person_tokens(person)) >= 2 and not is_body(person):
                    found.append((person, body, sentence))
    return found


# An office over a place, and the body named for the office and the place ("the prefect
# of Mbour, Ibrahima Ndao" heads the "Prefecture of Mbour", "Genoa's prefect office")
_PLACE_BODY = r"(?:prefecture|prefect['’]?s?\s+office)"
# (never a "sub-prefect")
_PLACE_OFFICE = re.compile(
    rf"(?<![\w-])(?i:prefect)\s+of\s+(?P<place>{CAPITALISED_WORD}),?\s+{person_name('name')}"
    rf"|{person_name('named')},\s+(?:the\s+)?(?i:prefect)\s+of\s+(?P<place2>{CAPITALISED_WORD})"
    rf"|(?<![\w-])Prefect\s+{person_name('titled')}")
_PLACE_BODY_NAME = re.compile(rf"\b(?i:{_PLACE_BODY})\s+of\s+(?P<place>{CAPITALISED_WORD})"
                              rf"|\b(?!(?:The|A|An|At|In|Of)\b)(?P<place2>{CAPITALISED_WORD})"
                              rf"(?:['’]s)?\s+(?i:{_PLACE_BODY})")
# The place, not its office: "died in Kindia prefecture"
# (but "the prefect of Kindia prefecture" is the prefect's own)
_A_TERRITORY = re.compile(r"(?<!prefect )\b(?:in|across|throughout|of|from|near|around)\s+$",
                          re.I)
# Someone who deals with the prefect, not the prefect: "After meeting the prefect of
# Mbour, Mayor X said", "In a letter to the prefect of Mbour, X"
# (but "according to the prefect of Kindia, X" is the prefect's own word)
_DEALS_WITH = re.compile(r"(?<!according )\b(?:to|with|for|by|from|of|about|against|meeting|met|"
                         r"meets|visiting|visited|called|urged|asked|told|thanked|praised|"
                         r"criticised|criticized|blamed)\s+(?:the\s+)?$", re.I)
# Another office before the name ("the prefect of Mbour, Mayor X"), never a rank
_ANOTHER_OFFICE = frozenset({"mayor", "governor", "minister", "sheriff", "collector", "premier",
                             "president", "commissioner", "chief", "director", "senator"})


def heads_of_place_bodies(text: list[str], known: Iterable[str] = ()
                          ) -> list[tuple[str, str, str]]:
    """(person, body, sentence) for each prefect whose prefecture the text or
    the story so far (`known`) names: the prefect heads it, as a minister heads
    the ministry named. "Prefect X" with no place heads the one prefecture
    named, if only one is."""
    bodies: dict[str, str] = {}
    for s in (*text, *known):
        for b in _PLACE_BODY_NAME.finditer(s):
            if _A_TERRITORY.search(s[:b.start()]):
                continue
            name = b[0].strip()
            bodies.setdefault(fold(b["place"] or b["place2"]), name[:1].upper() + name[1:])
    if not bodies:
        return []
    found: list[tuple[str, str, str]] = []
    for sentence in text:
        for m in _PLACE_OFFICE.finditer(sentence):
            if _DEALS_WITH.search(sentence[:m.start()]) or (
                    m["name"] and m["name"].split()[0].lower() in _ANOTHER_OFFICE):
                continue  # (nor "the prefect of Mbour, Mayor Omar Vale": another office)
            person = without_titles(m["name"] or m["named"] or m["titled"])
            place = m["place"] or m["place2"]
            body = bodies.get(fold(place)) if place else (
                next(iter(bodies.values())) if len(bodies) == 1 else None)
            if body is None or len(person_tokens(person)) < 2 or is_body(person) or \
                    _FORMER.search(sentence[:m.start()]):
                continue
            found.append((person, body, sentence))
    return found


# "Health Minister Samir Khoury", "the Minister of Public Health, Dr. X", "X, the labour
# minister": a minister and the field of their ministry (never a state's, another
# country's or a shadow minister: "Kerala Health Minister", "Velia's Health Minister")
_MINISTER = re.compile(
    rf"\b(?P<field>[A-ZÀ-ɏ][\w-]*)\s+Minister,?\s+{person_name('name')}"
    rf"|\bMinister\s+(?:of|for)\s+(?:the\s+)?(?P<field2>[A-ZÀ-ɏ][\w-]*(?:\s+(?:and\s+)?"
    rf"[A-ZÀ-ɏ][\w-]*){{0,2}}),?\s+{person_name('name2')}"
    rf"|{person_name('named')},\s+(?:the\s+)?(?:deputy\s+)?(?P<field3>[a-z]+)\s+minister\b")
# Capitalised words that may stand before "Health Minister X" (any other names whose
# minister it is: "Kerala", "Velia's", "Shadow")
_BEFORE_A_MINISTER = frozenset({"The", "the", "Deputy", "Honourable", "Honorable", "His", "Her",
                                "By", "by", "Said", "said", "And", "and", "Then", "Acting"})
# (one field spelt two ways; words that name no field: "a government minister")
_FIELD_SPELLINGS = {"labor": "labour", "defense": "defence"}
_NO_FIELD = frozenset({"government", "cabinet", "junior", "senior", "state", "prime", "chief",
                       "first", "former", "shadow", "opposition", "regional", "provincial",
                       "deputy", "acting", "federal", "union", "sitting"})


def _field_words(words: str) -> set[str]:
    low = {w.lower() for w in re.findall(r"[\w-]+", words)} - {"and", "the", "of", "for"}
    return {_FIELD_SPELLINGS.get(w, w) for w in low}


def ministers_of_named_ministries(text: list[str], known: Iterable[str] = ()
                                  ) -> list[tuple[str, str, str]]:
    """(person, ministry, sentence) for each minister whose ministry the same
    text names: the minister heads it, and its figures given by them are the
    ministry's. A minister whose ministry the text never names keeps their
    office as their own (as governors and mayors do); `known` are names a story
    gave before this report."""
    found: list[tuple[str, str, str]] = []
    # (the ministries the text names, or a story's names so far: the ministry an earlier
    # report named)
    named = [n[0].strip() for s in (*text, *known) for n in MINISTRY_NAME.finditer(s)]
    for sentence in text:
        for m in _MINISTER.finditer(sentence):
            field = _field_words(m["field"] or m["field2"] or m["field3"] or "")
            person = without_titles(m["name"] or m["name2"] or m["named"])
            before = re.search(r"(\S+)\s+$", sentence[:m.start()])
            if not m["named"] and before is not None and (
                    before[1][:1].isupper() or re.search(r"['’]s$", before[1])) and (
                    before[1] not in _BEFORE_A_MINISTER):
                continue  # ("Kerala Health Minister X": a state's minister, not this one's)
            if not field or field & _NO_FIELD or len(person_tokens(person)) < 2 or is_body(
                    person) or _FORMER.search(sentence[:m.start()]) or _NOT_HELD.search(m[0]):
                continue
            # (the ministry's own name, its field's words in it: "Ministry of Health")
            of_field = [n for n in named if field <= _field_words(
                re.sub(r"(?i)\bministry\b", " ", n)) and re.search(r"\bMinistry\b", n)]
            # (never a "ministry" that holds the minister's own name)
            of_field = [n for n in of_field if person_tokens(person)[-1].casefold()
                        not in n.casefold()]
            if of_field:
                found.append((person, max(set(of_field), key=of_field.count), sentence))
    return found
