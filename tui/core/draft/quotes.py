"""The quotes stage: the words in quotation marks, who said them (by the
speaker rules), and their medium."""

from __future__ import annotations

import re

from tui.core.draft.mentions import Mentions
from tui.core.draft.names import HONORIFIC, countries_in, organisations_in, without_title
from tui.core.draft.records import Item, Value, item
from tui.core.draft.resolve import is_body
from tui.core.draft.speakers import Quoted, find_speaker
from tui.core.draft.text import QUOTE, quoted_words
from tui.core.draft.words import MEDIUMS, PERSON_WORD, PERSON_WORDS, ROLE_WORDS, SAY, SAY_VERBS


def _medium(rest: str) -> str | None:
    low = rest.lower()
    for pattern, name in MEDIUMS:
        if m := pattern.search(low):
            if name is None:
                word = rest[m.start(1):m.end(1)]
                return f"{word} briefing" if word[:1].isupper() else "briefing"
            return name
    return None


def _titles(text: str) -> str:
    """Titles without their points ("Dr. Amina Yusuf" is Dr Amina Yusuf, a role
    and a name), and "Mr", "Mrs", "Ms" dropped ("Mr. Okafor" is Okafor)."""
    return HONORIFIC.sub(r"\1", re.sub(r"\b(?:Mr|Mrs|Ms)\.?\s+(?=[A-ZÀ-ɏ])", "", text))


# A venue between a verb of saying and its speaker: "said at the press conference in
# Bovec the spokesperson ..."
_VENUE_AFTER_SAY = re.compile(r"^([\s,.\-–—]*(?:said|stated|told|added|explained))\s+at\s+(?:a|the)"
                              r"\s+(?:[a-z]+\s+)?(?:conference|briefing|meeting|session)"
                              r"(?:\s+in\s+[A-ZÀ-ɏ][\w’'\-]+)?(?=\s+(?:the|a|an)\s)")
# An auxiliary before the verb of saying after a quote ("..., Minister X had told
# reporters on Sunday"): the speaker rules read the verb itself
_AUXILIARY_BEFORE_SAY = re.compile(r"^([^“”\"]{0,80}?)\b(?:had|has|have)\s+(?=(?:told|said)\b)")


def _scare_quotes(words: str, sentence: str, before: str) -> bool:
    """One or two words in quote marks that no one in the sentence is said to
    have said ("the so-called “safe zones”", "a “routine” check") are the
    writer's scare quotes, not a quotation."""
    if len(words.split()) > 2:
        return False
    return bool(re.search(r"\bso-called\s*$", before, re.I)) or not (
        SAY.search(sentence)
        or re.search(r"\b(?:saying|according to|chanted|shouted|sang)\b", sentence))


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an"})


def _heading_speaker(heading: str, mentions: Mentions) -> tuple[str, str | None] | None:
    """The person or body a heading in capitals names: "ITALIAN PRIME MINISTER
    GIORGIA MELONI" (a role, then the name), "YULIA NAVALNAYA, WIDOW OF ..."
    (the name, then what they are), "UNITED NATIONS SECURITY COUNCIL"; None
    for a heading that names no one ("EYEWITNESS ACCOUNTS", a sub-head, a
    dateline's "NAIROBI, KENYA")."""
    raw = heading.split()
    words = [w.lower().strip(",") for w in raw]
    titled = [i for i, w in enumerate(words) if w in ROLE_WORDS]
    last = titled[-1] if titled and "," not in " ".join(raw[: titled[-1]]) else None

    def cased(i: int, word: str) -> str:
        if word.lower() in _SMALL_WORDS:
            return word.lower()
        # (an acronym or a numeral stays in capitals in a role or a body, "EU", "UN",
        # and a numeral after a name, "Leo XIV"; a name is a name: "Ali")
        if (len(word.strip(",")) <= 3 and (last is None or i < last)) or (
                i > 0 and re.fullmatch(r"[IVXL]+,?", word)):
            return word
        return word.lower() if i == last else word.title()

    split = [cased(i, w) for i, w in enumerate(raw)]
    text = " ".join(split)
    text = text[:1].upper() + text[1:]
    name, _, role = text.partition(",")
    if role.strip():
        # "NAME, WHAT THEY ARE": a person's name of two to four words, described
        if not 2 <= len(name.split()) <= 4 or (countries_in(role) and not set(
                role.lower().split()) & PERSON_WORDS):
            return None
        found, _ = mentions.person(name.strip())
        return found, role.strip()
    if last is not None and last < len(split) - 1:
        # a role, then the name after it (the title's last word in lower case, as prose
        # writes it before a name)
        person = " ".join(split[last + 1:])
        mentions.person(person)  # (remembered for a later "he" or "she")
        return person, " ".join(split[: last + 1])
    if is_body(text) or organisations_in(text):
        return text, None
    return None


# A dash between a quotation and the verb that says whose it is
# (before a name or a person: never "– says a sign the crew painted")
_DASH_BEFORE_SAY = re.compile(r"^\s*[–—]\s+(?:(relates|recounts)\b|(?=(?:" + SAY_VERBS + r")\b))"
                              r"(?=\s*(?:\w+\s+)?(?:[A-ZÀ-ɏ]|(?:junior|senior)\s|(?:the|an?|its|his|"
                              r"her|their)\s+(?:[\w\-]+\s+){0,2}(?:" + PERSON_WORD + r")\b))")


# A nickname in quote marks between a first name and a surname
_NICKNAME = re.compile(r"\b([A-ZÀ-ɏ][\w’'\-]+)\s+[“\"‘][A-ZÀ-ɏ][\w’'\-]*[”\"’]\s+"
                       r"([A-ZÀ-ɏ][\w’'\-]+)\b")


def quotes_in(sentence: str, mentions: Mentions) -> list[Item]:
    """The quotes stage: each quotation in the sentence, with its speaker."""
    out: list[Item] = []
    for m in QUOTE.finditer(sentence):
        words = quoted_words(m).strip()
        if len(words) < 2:
            continue
        nickname = _NICKNAME.match(sentence, sentence.rfind(" ", 0, max(m.start() - 1, 0)) + 1)
        if nickname is not None and nickname.end() >= m.end():
            continue  # Marlon “Chinee” Francis: a nickname, not a quotation
        if _scare_quotes(words, sentence, sentence[: m.start()]):
            continue  # the so-called “safe zones”: the writer's distance, not a quotation
        if not SAY.search(sentence) and len(words.split()) <= 5 and all(
                w[:1].isupper() or w in ("of", "the", "and") for w in words.split()):
            continue  # the Pacific “Ring of Fire”: a name in quote marks, not a quote
        before, after = _titles(sentence[: m.start()]), _titles(sentence[m.end():])
        # ("The band's leader, Marlon “Chinee” Francis, told us": the name, its nickname
        # in quote marks no part of it)
        before, after = _NICKNAME.sub(r"\1 \2", before), _NICKNAME.sub(r"\1 \2", after)
        # ("„We are dealing with the largest tragedy ...” – said Tadeusz Rogala": a dash
        # before the verb, as Polish copy and its translations set it, is its comma)
        # (its "relates" or "recounts" there a verb of saying: "– relates Mr. Grzegorz")
        after = _DASH_BEFORE_SAY.sub(lambda d: ", said" if d[1] else ", ", after, count=1)
        # ("«, said at the press conference in Bovec the spokesperson of the PU, Rok
        # Bizjak": where it was said, between the verb and who, as translated copy
        # puts it, is no part of who)
        after = _VENUE_AFTER_SAY.sub(r"\1", after)
        starts = not before.strip(" —-:")
        if starts or re.search(r"[-–—:]\s*$", before):
            # (only after a quote that opens its sentence, after a dateline or a colon:
            # in "Officials called it “a tragedy”, X had told reporters" it is theirs)
            after = _AUXILIARY_BEFORE_SAY.sub(r"\1", after, count=1)
        (speaker, check), rule = find_speaker(Quoted(before, after, sentence), mentions)
        if speaker is None and starts and mentions.heading is not None and (
                headed := _heading_speaker(mentions.heading, mentions)) is not None:
            # "WHITE HOUSE SPOKESMAN JOHN KIRBY" on the line above: a round-up's speaker
            speaker, rule = headed, "heading_names_speaker"
            check = "named by the heading above the quote"
        if (speaker is None and starts and mentions.named_at > mentions.quoted_at
                and (named := mentions.pronoun()) is not None):
            # a quotation on its own after the story turned to a person ("Among those
            # who survived is Halima Said, 19. ... “Everyone ran to one side.”"): theirs
            speaker, rule = named, "person_named_before"
            check = "the person the story named before the quote; theirs?"
        if speaker is None and mentions.last_quote_speaker is not None:
            # A quotation that goes on with no attribution of its own.
            speaker, rule = mentions.last_quote_speaker, "continues_quote"
            check = "continues the last quote; same speaker?"
        if speaker is None:
            speaker, rule = ("Unknown", None), "no_speaker"
            check = "no speaker found; fill it in"
        elif speaker[0] != "Unknown":
            # "Mr Yaw Boateng-Sarfo", "Commodore Ariel Manansala": the name without its
            # title or rank (the role says what they are)
            bare = without_title(speaker[0])
            # (the title is then the role, if none was given: "Bishop Tomas Riedl")
            title = speaker[0].removesuffix(bare).strip() if bare != speaker[0] else ""
            speaker = (bare, speaker[1] or title or None)
            mentions.quoted(speaker)
        partial = not starts and not re.search(r"[:,]\s*$", before)
        fields: dict[str, Value] = {"speaker": Value(speaker[0], check, rule)}
        if speaker[1]:
            fields["role"] = Value(speaker[1], "role from apposition", rule)
        country = countries_in(speaker[1] or speaker[0])
        if country:
            fields["country"] = Value(country[0].code, "guessed from the speaker", rule)
        fields["text"] = Value(words, None, "quote_marks")
        if partial:
            fields["partial"] = Value(True, None, "quote_marks")
        if medium := _medium(after if starts else sentence):
            fields["medium"] = Value(medium, "check the medium", "medium")
        out.append(item("quotes", rule, sentence, fields))
    return out
