"""The reactions stage: the countries and organisations that said or did something."""

from __future__ import annotations

import re

from tui.core.draft.names import (
    countries_in,
    list_subject,
    organisations_in,
    subject_at,
    subject_before,
    without_relative_clauses,
)
from tui.core.draft.records import Item, Value, item
from tui.core.draft.words import REACT, REACTION_VERBS, SAY, STANCE_BY_VERB
from tui.core.model import Country


def reactions_in(sentence: str, host: Country | None) -> list[Item]:
    """Each reaction in the sentence, clause by clause ("France condemned the
    strike, and Germany said ..."); none by `host`, the story's own country."""
    clauses = re.split(r",\s+(?:and|while|but)\s+(?=(?:the\s+)?[A-Z])|;\s+", sentence)
    # (not "The UN refugee agency, UNHCR, and the IOM said": one clause, two subjects)
    if len(clauses) > 1 and REACT.search(clauses[0]):
        return [r for clause in clauses for r in _reactions_in(clause, host)]
    return _reactions_in(sentence, host)


def _reactions_in(sentence: str, host: Country | None) -> list[Item]:
    # "Iran, which has long said ..., told Washington": the clause is not the subject
    main = without_relative_clauses(sentence)
    # "Pakistan and Iran, Afghanistan's neighbours, sent ...": nor is a description
    main = re.sub(r",(?!\s*[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*,)\s*[^,]{1,60},\s*(?="
                  + REACTION_VERBS + r")", " ", main)
    names = list_subject(main, REACTION_VERBS)
    verb_match = SAY.search(main) or REACT.search(main)
    if not verb_match:
        return []
    organisations: list[str] = []
    rule = "list_of_reactors"
    if names:
        countries = [c for n in names for c in countries_in(n)]
    else:
        head = main[: verb_match.start()]
        subject = subject_before(main[: verb_match.end()]) or subject_at(head)
        # the one nearest the verb: "The UN agency for Palestinian refugees, UNRWA, said"
        named = organisations_in(head)
        # "The UN refugee agency, UNHCR, and the IOM said": each; else the one nearest
        organisations = named if re.search(r",?\s+and\s+(?:the\s+)?[A-Z]", head) else named[-1:]
        countries = [] if organisations else (countries_in(subject)[:1] if subject else [])
        rule = "organisation_subject" if organisations else "country_subject"
        if not organisations and re.fullmatch(
                r"\s*(?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+[’']s\s+[a-z]+\s+and\s+(?:[A-Z][\w\-]+\s+)?"
                r"[A-Z][\w\-]+[’']s\s+[a-z]+\s*", head):
            countries = countries_in(head)  # "Israel's president and Germany's chancellor"
            rule = "leaders_of_two_countries"
        if subject and not countries and not organisations and re.fullmatch(
                r"[^,]{1,60},\s*(?:[A-Z][\w’'\-]+\s*){1,5},\s*", head):
            # "Poland's foreign minister, Adam Nowak, called ...": the role names it
            # (not "A survivor from Gambia, Lamin Jallow, said": a person from there)
            role = re.sub(r"\b(?:from|in|at|near)\s+.*", "", head.split(",")[0])
            countries = countries_in(role)[:1]
            rule = "role_before_name"
    stance = next((STANCE_BY_VERB[v.group(1).lower()] for v in SAY.finditer(main)
                   if v.group(1).lower() in STANCE_BY_VERB), None)
    if re.search(r"\brestraint\b", sentence, re.I):
        stance = "calls-for-restraint"
    out: list[Item] = []
    for c in countries:
        if c == host:
            continue  # the story's own country: its authorities are sources, not reactions
        out.append(item("reactions", rule, sentence, {
            "country": Value(c.code, None, rule),
            "stance": Value(stance or "other", "stance guessed from the verb", "stance_by_verb"),
            "summary": Value(sentence, "trim to what this country said or did")}))
    for name in organisations:
        out.append(item("reactions", rule, sentence, {
            "organisation": Value(name, "the organisation named as the subject", rule),
            "stance": Value(stance or "other", "stance guessed from the verb", "stance_by_verb"),
            "summary": Value(sentence, "trim to what this organisation said or did")}))
    return out
