"""Casualty claims and other figures, each with the claimant who gave it."""

from __future__ import annotations

import re

from tui.core.draft.counts import counts_in, parse_number, tolls_in
from tui.core.draft.memory import Memory
from tui.core.draft.names import (
    clean_name,
    countries_in,
    list_subject,
    subject_at,
    subject_before,
    without_relative_clauses,
)
from tui.core.draft.records import Record, Value
from tui.core.draft.text import QUOTE
from tui.core.draft.words import (
    ACCORDING,
    CASUALTY,
    COUNTED,
    DEMONYMS,
    SAY,
    SAY_THEN_NAME,
    SAY_VERBS,
)


class ClaimRules(Memory):
    """Casualty claims and other counted figures, with their claimants."""

    def claimant(self, sentence: str) -> str | None:
        # "..., according to the Ugandan police": the attribution closest to the figure
        if (acc := ACCORDING.search(sentence)) and counts_in(sentence[: acc.start()]):
            return clean_name(acc.group(2) or acc.group(1))
        subj = subject_before(sentence)
        if subj:
            return self.person(subj)[0]
        if after := SAY_THEN_NAME.search(sentence):
            return self.person(after.group(1))[0]  # "..., said Abu Sufian Khan, the deputy ..."
        put = re.search(r"^(.*?)\s+(?:put|puts|estimated|estimates|revised|raised|lowered|"
                        r"updated)\s+(?:the\s+|its\s+)?(?:death\s+)?(?:number|toll)", sentence)
        if put and (found := subject_at(put.group(1))):
            return self.person(found)[0]
        if acc:
            return clean_name(acc.group(2) or acc.group(1))
        found_by = re.search(r"^(.*?)\s+(?:had\s+|has\s+|have\s+)?(?:recovered|found|counted|"
                             r"recorded|registered|pulled out)\b", sentence)
        if found_by and (who := subject_at(found_by.group(1))):
            return self.person(who)[0]  # "the coast guard had recovered 82 bodies"
        if said := re.search(rf"(?:[”\"],?|,)\s*(he|she|it|they)\s+(?:{SAY_VERBS})\b", sentence):
            # "“We have buried 61 people,” he said", "..., it said": whoever that is
            return said.group(1)
        return None

    def casualties_in(self, sentence: str) -> None:
        # "Denmark said two citizens had died, and Britain said a woman had died": two
        # claimants, each with its own count
        clauses = re.split(r",\s+and\s+(?=(?:the\s+)?[A-Z])", sentence)
        if (len(clauses) > 1 and all(counts_in(c) for c in clauses)
                and all(SAY.search(c) for c in clauses[1:])):
            for clause in clauses:
                self.claims_in(clause)
        else:
            self.claims_in(sentence)

    def claims_in(self, sentence: str) -> None:
        if re.search(r"\b(?:did not|didn't|gave no|without)\b.*\bevidence\b", sentence, re.I):
            if self.draft.casualty_claims:
                self.draft.casualty_claims[-1]["evidence"] = Value(
                    "not-provided", "the article says no evidence was given")
            return
        if not CASUALTY.search(sentence) or QUOTE.fullmatch(sentence.strip()):
            return
        # ("Japan and South Korea, whose citizens were there, said ...": the list)
        listed = without_relative_clauses(sentence)
        claimants = list_subject(listed) or (
            [c] if (c := self.claimant(sentence)) else [])
        if not claimants and self.last_claimant[0] == self.sentence_number - 1 \
                and self.last_claimant[1]:
            # "Three other firefighters were injured.": the claim before goes on
            claimants = [self.last_claimant[1]]
        claimants = [self.resolve_body(c) for c in claimants]
        if not claimants:
            return
        tolls = tolls_in(sentence)
        if tolls is None:
            return
        killed, injured, affected = tolls.killed, tolls.injured, tolls.affected
        for who in claimants:
            who_country = countries_in(who)
            group = affected
            if affected in ("forces", "troops", "soldiers", "personnel") and who_country:
                adjective = next((a for a, c in DEMONYMS.items() if c == who_country[0].code),
                                 who_country[0].name)
                group = f"{adjective.title()} {affected}"
            head: Record = {"claimant": Value(who, "claimant from the attribution")}
            if who_country:
                head["country"] = Value(who_country[0].code, "guessed from the claimant")
            head["affected"] = Value(group, "whose casualties? make groups match to compare")
            if killed is not None and killed.earlier is not None:
                # "revised the toll from 95 to 84": the earlier figure is a revision before
                self.draft.casualty_claims.append({
                    **head, "killed": Value(killed.earlier),
                    "note": Value(f"the earlier figure, revised to {killed.number}: {sentence}",
                                  "a revision: the claim after this one is the current")})
            record = dict(head)
            if killed is not None:
                record["killed"] = Value(killed.text, killed.check)
            if injured is not None:
                record["injured"] = Value(injured.text, injured.check)
            record["note"] = Value(sentence, "the sentence this claim came from")
            self.draft.casualty_claims.append(record)
            for other in tolls.others:
                self.draft.casualty_claims.append({
                    **head, "affected": Value(other.noun or affected, "whose casualties?"),
                    "killed": Value(other.text, other.check), "note": record["note"]})
            self.last_claimant = (self.sentence_number, who)
            self.remember_body(who)
            if re.search(rf"\b(?:[Aa]n?)\s+{re.escape(who)}\b", sentence):
                self.indefinite = (self.sentence_number, who)

    def figures_in(self, sentence: str) -> None:
        if CASUALTY.search(sentence):
            return
        for m in COUNTED.finditer(sentence):
            n = parse_number(m.group(2))
            if n is None or n == 0:
                continue
            tail = sentence[m.end():].lower()
            verb = re.search(r"\b(fired|launched|targeted|hit|struck|destroyed|deployed|"
                             r"remain|displaced|arrested|detained|evacuated|lined up)\b",
                             tail + " " + sentence[: m.start()].lower())
            what = m.group(4).lower() + (f" {verb.group(1)}" if verb else "")
            value = f"{n}+" if m.group(1) and m.group(1).lower() in (
                "at least", "more than", "over") else str(n)
            claimant = self.claimant(sentence[: m.start()]) or self.claimant(sentence)
            if not claimant:
                continue
            self.draft.figures.append({
                "what": Value(what, "name figures alike so disputes are found"),
                "claimant": Value(claimant, "claimant from the attribution"),
                "value": Value(value),
                "note": Value(sentence),
            })
