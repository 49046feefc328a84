"""Names of one body written with some words as capitals: "GB Disaster
Management Authority" for the Gilgit-Baltistan one, "Negros Oriental
PDRRMO", "NADMO" for the National Disaster Management Organisation, and
one name with a hyphen or without ("Inter Services", "Inter-Services")."""

from __future__ import annotations

import re

from tui.core.format.countries import lookup_country

_PAREN = re.compile(r"\s*\(([^()]+)\)\s*")
# words an acronym leaves out
_STOP = frozenset({"the", "of", "for", "and", "on", "in", "a", "an", "&"})


def _spelled(short: str, words: list[str]) -> bool:
    """`short` (capitals) spells `words` out in order, each word giving the
    first one or more of its letters: NADMO is "NAtional Disaster
    Management Organisation", GB is "Gilgit-Baltistan"."""
    if not short:
        return not words
    if not words:
        return False
    word = words[0].upper()
    return any(short[:n] == word[:n] and _spelled(short[n:], words[1:])
               for n in range(1, min(len(word), len(short)) + 1))


def _tokens(name: str, keep: frozenset[str] = frozenset()) -> list[str]:
    return [w for w in re.findall(r"[\w'’]+", _PAREN.sub(" ", name).replace("-", " "))
            if w.lower() not in _STOP - keep]


# Small words an acronym sometimes spells ("SAR" for "Search And Rescue")
_SPELT_SMALL = frozenset({"and", "of"})


def abbreviates(short: str, full: str) -> bool:
    """`short` is `full` with some of its words given as capitals: "GB
    Disaster Management Authority", "Negros Oriental PDRRMO" and "NADMO"
    for the names they shorten. Every word of `full` is spelled, in order;
    at least one capital run stands for two words or more."""
    mine = _tokens(short)
    # ("SES" for "State Emergency Service of Ukraine": a country's name is no part of
    # the initials)
    of_country = re.match(r"(.+?)\s+of\s+(?:the\s+)?([A-ZÀ-ɏ][\w-]*(?:\s+[A-ZÀ-ɏ][\w-]*){0,2})$",
                          full)
    names = [full] + ([of_country[1]] if of_country and lookup_country(of_country[2]) else [])
    return any(_abbreviates(mine, theirs) for name in names for theirs in (
        _tokens(name), _tokens(name, _SPELT_SMALL)))


def _abbreviates(mine: list[str], theirs: list[str]) -> bool:
    if not mine or len(mine) >= len(theirs):
        return False

    def match(i: int, j: int) -> bool:
        if i == len(mine):
            return j == len(theirs)
        word = mine[i]
        if j < len(theirs) and word.lower() == theirs[j].lower() and match(i + 1, j + 1):
            return True
        if word.isupper() and len(word) >= 2:
            return any(_spelled(word, theirs[j:k]) and match(i + 1, k)
                       for k in range(j + 2, len(theirs) + 1))
        return False

    return match(0, 0)


def words_key(name: str) -> str:
    """A name's words in lower case, a hyphen read as a space."""
    return " ".join(w.lower() for w in _tokens(name))


def has_capitals(name: str) -> bool:
    """Some word of the name is written in capitals ("GB", "PDRRMO")."""
    return any(len(w) >= 2 and w.isupper() for w in _tokens(name))
