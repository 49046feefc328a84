"""What "its", "the group's" or "the company's" point back to: the body the
sentences just before were about. An official introduced so ("Its
president, X, said", "X, a joint secretary of the group") speaks for that
body. A referent is a body by its name ("... Association"), by a clause
only a thing takes ("Shreenath Organics, which ...", "..., its toll"), or
by a description of the kind named ("..., a passengers' rights group,");
never a person, whatever the sentence's subject."""

from __future__ import annotations

import re

from tui.core.draft.resolve import BODY_NOUNS, is_body
from tui.core.draft.words import BODY_NAME_WORDS, CAPITALISED_WORD

# What a body's name ends in, when a sentence opens with it
_BODY_HEADS = BODY_NOUNS | {"coordination"}
# Small words that join a body's name, never its first or last word
JOINERS = frozenset({"of", "for", "and"})
# A body's kind, as "the group's president" or "a secretary of the group" names it
BODY_KINDS = frozenset({"group", "company", "firm", "union", "organisation", "organization",
                        "association", "federation", "society", "coalition", "operator"})

# Words that open a sentence before its subject ("But the Shigar Porters Association says")
# (or a live entry's time: "4:50 PM — The pipeline operator ...")
_CONNECTOR = re.compile(r"^(?:\d{1,2}[:.h]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[—–-]\s*)?"
                        r"(?:But|And|Meanwhile|However|Separately|Also)?\b,?\s*")
# A subject that says: a proper name, perhaps after its description ("The pipeline
# operator, Orhonigbe Gas Transmission Company Limited (OGTCL), has confirmed") or
# before a clause of its own ("Shreenath Organics, which on Thursday had put ..., said")
_SAYING_SUBJECT = re.compile(
    r"^(?P<before>(?:[Tt]he\s+[a-z][\w’'\s-]{0,40},\s+)?)(?:[Tt]he\s+)?"
    r"(?!(?:It|They|He|She|We|This|That|These|Those|There)\b)"
    rf"(?P<name>{CAPITALISED_WORD}(?:\s+(?:(?:of|and|for|de|del)\s+)?[A-Z0-9][\w’'&-]*){{0,6}})"
    r"(?:\s*\([A-ZÀ-ɏ][\w-]*\))?(?P<clause>(?:,[^,]{3,90},)?),?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:said|says|confirmed|announced|stated|reported|gave|put|told)\b")
# Kinds that name one another: a company is the firm, the ship's operator
_SAME_KIND = {"firm": "company", "operator": "company", "organization": "organisation"}
# A clause only a thing takes: "which", or "its" about itself
_A_THINGS_CLAUSE = re.compile(r"\b(?:which|its)\b")


def plain_case(body: str) -> str:
    """"Fire service" at a sentence's start is the fire service; a proper
    name ("East Java Police") keeps its capitals."""
    words = body.split()
    if words and all(w.islower() for w in words[1:]) and not words[0].isupper():
        return body[:1].lower() + body[1:]
    return body


def subject_body(sentence: str) -> str:
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
    return plain_case(name) if name else ""


def named_with(noun: str, recent: list[str]) -> str:
    """The body the nearest of `recent` sentences names with `noun` as its
    last word ("the Delta State Police Command" for "the command's"), or ""."""
    for sentence in reversed(recent):
        m = re.search(rf"(?:\b(?:[A-ZÀ-ɏ][\w-]*|of|and)\s+){{1,6}}(?i:{re.escape(noun)})\b",
                      sentence)
        if m is None:
            continue
        words = m[0].split()
        while words and (words[0] in JOINERS or not words[0][:1].isupper()):
            words.pop(0)
        if words:
            return " ".join(words)
    return ""


def referent(recent: list[str], kind: str = "") -> str:
    """The body the nearest sentence before opens with as its subject (of
    `kind`, when one is named: "the company's" is a company's), or ""."""
    for sentence in reversed(recent):
        opened = _CONNECTOR.sub("", sentence.lstrip("“\"‘' "))
        if (name := subject_body(opened)) and (not kind or _of_kind(name, kind)):
            return name
        m = _SAYING_SUBJECT.match(opened)
        if m is None:
            continue
        if kind and not _of_kind(f"{m['name']} {m['before']} {m['clause']}", kind):
            continue  # ("The fire service said ... The company's manager": another body)
        if is_body(m["name"]) or _A_THINGS_CLAUSE.search(m["clause"]) or kind:
            return m["name"]
    return ""


def _of_kind(words: str, kind: str) -> bool:
    """`words` (a name and its description) name a body of `kind`."""
    found = {_SAME_KIND.get(w, w) for w in re.findall(r"[a-z]+", words.lower())}
    return _SAME_KIND.get(kind, kind) in found
