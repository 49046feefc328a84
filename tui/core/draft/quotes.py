"""Quotes: the words in quotation marks and who said them, with their medium."""

from __future__ import annotations

import re

from tui.core.draft.memory import Memory
from tui.core.draft.names import clean_name, countries_in, organisations_in, subject_before
from tui.core.draft.records import Record, Value
from tui.core.draft.text import QUOTE
from tui.core.draft.words import (
    ACCORDING,
    AFTER_NAME_SAY,
    AFTER_SAY_DESCRIBED,
    AFTER_SAY_DESCRIBED_NAME,
    AFTER_SAY_NAME,
    AFTER_SAY_ROLE_NAME,
    DESCRIBED_SAY,
    DOCUMENT_SAY,
    GAVE_NAME,
    GROUP_NOUNS,
    ONE_OF_SAY,
    PRONOUN_SAY,
    REPORTED_SAYING,
    ROLE_COMMA_NAME_SAY,
    ROLE_NAME_SAY,
    SAY,
    STARTS_WITH_NAME,
    WHO_CHANTED,
)


def _medium(rest: str) -> str | None:
    low = rest.lower()
    for pattern, name in ((r"twitter|tweet", "Twitter"), (r"\bx\b post|\bon x\b", "X"),
                          (r"telegram", "Telegram"), (r"facebook", "Facebook"),
                          (r"instagram", "Instagram"), (r"truth social", "Truth Social"),
                          (r"state (?:television|tv)", "state television"),
                          (r"(\w+) briefing", None), (r"press conference", "press conference"),
                          (r"interview", "interview"), (r"statement", "statement"),
                          (r"television|\btv\b", "television"), (r"radio", "radio")):
        if m := re.search(pattern, low):
            if name is None:
                word = rest[m.start(1):m.end(1)]
                return f"{word} briefing" if word[:1].isupper() else "briefing"
            return name
    return None


class QuoteRules(Memory):
    """Quotes and who said them."""

    def quotes_in(self, sentence: str) -> None:
        for m in QUOTE.finditer(sentence):
            words = (m.group(1) or m.group(2)).strip()
            if len(words) < 2:
                continue
            if not SAY.search(sentence) and len(words.split()) <= 5 and all(
                    w[:1].isupper() or w in ("of", "the", "and") for w in words.split()):
                continue  # the Pacific “Ring of Fire”: a name in quote marks, not a quote
            before, after = sentence[: m.start()], sentence[m.end():]
            speaker: tuple[str, str | None] | None = None
            check = None
            if gm := GAVE_NAME.search(after):
                speaker = (gm.group(1), None)
            elif pm := PRONOUN_SAY.match(after):
                speaker = self.pronoun()
                check = f"'{pm.group(1)}' taken to be the last named speaker"
            elif rn := AFTER_SAY_ROLE_NAME.match(after):
                speaker = self.person(rn.group(3))
            elif dn := AFTER_SAY_DESCRIBED_NAME.match(after):
                speaker = self.person(dn.group(1))
            elif dm := AFTER_SAY_DESCRIBED.match(after):
                speaker = (dm.group(1).split()[-1], None)
                check = "a person described, not named"
            elif rc := ROLE_COMMA_NAME_SAY.match(after):
                speaker = self.person(rc.group(1))
            elif doc := DOCUMENT_SAY.match(after):
                author = max((self.last_subject, self.last_claimant), key=lambda p: p[0])[1]
                speaker = (author, None) if author else None
                check = f"the author of the {doc.group(1)} named before"
            elif os_ := ONE_OF_SAY.match(after):
                speaker = (re.sub(r"s$", "", os_.group(1)), None)  # "one of the doctors"
                check = "a person described, not named"
            elif ds := DESCRIBED_SAY.match(after):
                speaker = (ds.group(1).split()[-1], None)
                check = "a person described, not named"
            elif am := AFTER_NAME_SAY.match(after):
                speaker = self.person(am.group(1))
            elif rs := ROLE_NAME_SAY.match(after):
                speaker = self.person(rs.group(1))
            elif sm := AFTER_SAY_NAME.match(after):
                speaker = self.person(sm.group(2))
            elif rm := REPORTED_SAYING.search(before):
                speaker = (clean_name(rm.group(1)), None)
            elif wm := WHO_CHANTED.search(before):
                speaker = (wm.group(1), None)
            elif subj := subject_before(before):
                if subj.lower() in ("he", "she"):  # "She said ... “once and for all”"
                    speaker = self.pronoun()
                    check = f"'{subj}' taken to be the last named speaker"
                elif subj.lower() in ("it", "they") or (subj.islower() and (
                        subj.split()[-1] in GROUP_NOUNS or self.resolve_body(subj) != subj)):
                    speaker = (self.resolve_body(subj), None)  # "the group said": which
                else:
                    speaker = self.person(subj)
            elif acc := ACCORDING.search(sentence):
                speaker = self.person(acc.group(2) or acc.group(1))
            elif re.match(r"(?:He|She)\b", before):
                # "He blamed the organisers for distributing money “...”"
                speaker = self.pronoun()
                check = "the pronoun taken to be the last named speaker"
            elif opener := STARTS_WITH_NAME.match(before):
                # "Prime Minister Le Van Thanh ordered ... and told officials “...”"
                speaker = self.person(opener.group(1))
            if speaker is None and self.last_quote_speaker is not None:
                # A quotation that goes on with no attribution of its own.
                speaker = self.last_quote_speaker
                check = "continues the last quote; same speaker?"
            if speaker is None:
                speaker = ("Unknown", None)
                check = "no speaker found; fill it in"
            elif speaker[0] != "Unknown":
                self.last_quote_speaker = speaker
                word = speaker[0]
                if (" " not in word and word[:1].isupper() and word not in self.people
                        and not countries_in(word) and not organisations_in(word)):
                    # "“...,” Malik said": a person, whom a later "he" may mean
                    self.people[word] = speaker
                    self.last_person = word
            starts = not before.strip(" —-:")
            partial = not starts and not re.search(r"[:,]\s*$", before)
            record: Record = {"speaker": Value(speaker[0], check)}
            if speaker[1]:
                record["role"] = Value(speaker[1], "role from apposition")
            country = countries_in(speaker[1] or speaker[0])
            if country:
                record["country"] = Value(country[0].code, "guessed from the speaker")
            record["text"] = Value(words)
            if partial:
                record["partial"] = Value(True)
            if medium := _medium(after if starts else sentence):
                record["medium"] = Value(medium, "check the medium")
            self.draft.quotes.append(record)
