"""The merge stage: the one place drafted items are changed after they are
made. It files each item in its list, applies the amendments of later
sentences (a claim without evidence, a claimant named later) to the items
before them, and keeps one reaction per organisation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from tui.core.draft.affiliation import OWN_OFFICES, Affiliation, as_named, body_for
from tui.core.draft.count_rules import EARLIER_COUNT_RULES
from tui.core.draft.groups import (
    SEPARATE_INCIDENT,
    background,
    has_incident_remark,
    only_compared,
)
from tui.core.draft.records import Alias, Draft, Event, Item, NoEvidence, Renamed, Value
from tui.core.draft.resolve import is_body
from tui.core.draft.several_rules import GENERIC, group_key
from tui.core.draft.words import BARE_SPEAKERS, DEMONYMS, NUMBER_WORDS, SAY
from tui.core.format.countries import lookup_country

SECTIONS = ("quotes", "casualty_claims", "figures", "reactions", "timeline")
# How a claim's note opens when the claim is a figure its claimant gave before
EARLIER_FIGURE_NOTE = "an earlier figure: "
# The names a note lists first ("also: Abhishek Roy | "), kept before the remark
_ALSO = re.compile(r"also: [^|]*\| ")
_EARLIER_NOTE = re.compile(rf"(?:{_ALSO.pattern})?{re.escape(EARLIER_FIGURE_NOTE)}(?P<sentence>.*)",
                           re.DOTALL)


def earlier_figure_sentence(note: str) -> str | None:
    """The sentence of a note that `_earlier_first` wrote for a figure its
    claimant gave before ("[also: X | ]an earlier figure: SENTENCE"); None
    for any other note."""
    found = _EARLIER_NOTE.match(note)
    return found["sentence"] if found else None


def merge(title: str, date: Value, summary: str, key_points: tuple[str, ...],
          events: Iterable[Event], affiliations: list[Affiliation] | None = None,
          texts: tuple[str, ...] = (), keep_lead_whole: bool = True) -> Draft:
    """The draft from the lead and the sentence stages' events, in article
    order, and who the article says speaks for which body (`keep_lead_whole`:
    see `_lead_whole`)."""
    lists: dict[str, list[Item]] = {section: [] for section in SECTIONS}
    claims = lists["casualty_claims"]
    for event in events:
        if isinstance(event, NoEvidence):
            if claims:
                claims[-1] = claims[-1].with_value("evidence", Value(
                    "not-provided", "the article says no evidence was given", event.rule))
        elif isinstance(event, Renamed):
            for i, claim in enumerate(claims):
                if claim["claimant"].value == event.described:
                    claims[i] = claim.with_value("claimant", Value(
                        event.name, f"named in the next sentence ('a {event.described}')",
                        event.rule))
        elif event.section == "reactions" and "organisation" in event and any(
                "organisation" in r and r["organisation"].value == event["organisation"].value
                for r in lists["reactions"]):
            continue  # an organisation reacts once; its first reaction is kept
        else:
            lists[event.section].append(event)
    lists["quotes"][:] = _speakers_by_title(_not_repeated(lists["quotes"]), texts)
    claims[:] = _restated(_joined_measures(_earlier_first(_revised_count(
        _officials_are_the_body_told_earlier(_one_name_per_body(
            _office_holder(_uncredited(_parts_of_a_larger_count(_counted(claims)),
                                       keep_lead_whole))))))))
    aliases = _officials_for_their_body(claims, affiliations or [])
    relays = tuple(dict.fromkeys(str(c["source"].value) for c in claims if "source" in c))
    return Draft(title, date, summary, key_points, quotes=tuple(lists["quotes"]),
                 casualty_claims=tuple(claims), figures=tuple(lists["figures"]),
                 reactions=tuple(lists["reactions"]), timeline=tuple(lists["timeline"]),
                 relays=relays, aliases=tuple(aliases))


# "In our first statement we reported two deaths", "the ministry's initial
# communiqué gave six": an earlier figure (unless the sentence revises it there)
# ("Yesterday, in our Statement No. 2, we reported that two had died")
# ("The previous official death toll ... had been 14")
_EARLIER_FIGURE = re.compile(r"\b(?:first|initial|earlier|previous)\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:statement|report|reports|figures|estimates|count|bulletin|"
                             r"communiqu[eé]|update|toll)\b|"
                             r"\bin\s+our\s+(?:last\s+|previous\s+)?(?:statement|update|bulletin|"
                             r"release)\s+No\.?\s*\d+|\b(?:[Yy]esterday|[Ee]arlier|[Pp]reviously)\b"
                             r"[^.;]{0,60}?\bwe\s+(?:had\s+)?(?:reported|said|announced|confirmed)\b|"
                             # "It had reported 11 deaths on Thursday": what it said before
                             # (not ", which had reported 11, now says": a relative clause)
                             r"(?<!which )(?<!who )\bhad\s+(?:earlier\s+|previously\s+|first\s+|"
                             r"initially\s+)?"
                             r"(?:reported|said|given|put|confirmed|announced|counted)\b",
                             re.I)
# ("...; it later said 24": the sentence gives the revision itself)
_REVISION = re.compile(r"\b(?:rose|risen|raised|raising|increased|climbed|lowered|revised|"
                       r"corrected|updating|bringing|from|later)\b")


# The claimant rules that give an earlier figure of a count given later
_EARLIER_RULES = ("earlier_reports", "initially_earlier_figure", "earlier_figure_by_another")


def _earlier_first(claims: list[Item]) -> list[Item]:
    """A figure the article gives as an earlier one ("Initial reports put the
    toll at 30", after the current 41) is a revision of the same claimant's
    claim: it goes before that claimant's first claim, so the later stays current."""
    out = list(claims)
    for claim in claims:
        # ("The death toll was revised downward from 126": a count that is the one before)
        told_as_before = any(m in claim and claim[m].rule in EARLIER_COUNT_RULES
                             for m in ("killed", "injured"))
        if claim["claimant"].rule not in _EARLIER_RULES and not told_as_before and not (
                _EARLIER_FIGURE.search(claim.sentence) and not _REVISION.search(claim.sentence)):
            continue
        if any(c is not claim and c.sentence == claim.sentence and any(
                m in c and c[m].rule == "revised_from" for m in ("killed", "injured"))
               for c in claims):
            continue  # the sentence gives its own earlier figure, already before it
        # ("Officials said 61 ... grew from 50, officials said": one body, however cased)
        who = str(claim["claimant"].value).casefold()
        first = next((i for i, c in enumerate(out)
                      if str(c["claimant"].value).casefold() == who), None)
        if first is not None and out[first] is not claim:
            out.remove(claim)
            # (a note that names the body the figure was first credited to keeps it)
            also = _ALSO.match(str(claim["note"].value)) if "note" in claim \
                else None
            out.insert(first, claim.with_value("note", Value(
                f"{also.group(0) if also else ''}{EARLIER_FIGURE_NOTE}{claim.sentence}",
                "a revision: the claim after this one is the current")))
    return out


# A revision by a body named only in general ("Officials later raised the toll"):
# the count it revises is the last one given, whoever gave it.
_REVISED = re.compile(r"\b(?:raised|lifted|lowered|revised|updated|increased|corrected)\s+"
                      r"(?:the|its|their)\b", re.I)
_GENERAL = frozenset({"officials", "authorities", "police"})


def _revised_count(claims: list[Item]) -> list[Item]:
    """"Police said five died. Officials later raised the toll to eight.": the
    eight revises the police's count, so the claim stays the police's (the
    officials named in its note), and no dispute is drafted between them."""
    out = list(claims)
    for i, claim in enumerate(out):
        who = str(claim["claimant"].value)
        if (who.lower() not in _GENERAL or claim["claimant"].rule != "put_the_toll"
                or not _REVISED.search(claim.sentence) or "killed" not in claim):
            continue
        before = next((c for c in reversed(out[:i]) if "killed" in c), None)
        if before is None or str(before["claimant"].value).lower() == who.lower():
            continue
        out[i] = claim.with_value("claimant", Value(
            before["claimant"].value, f"the count '{who}' revised; whose?",
            "revises_the_count_before")).with_value("note", Value(
                f"also: {who} | {claim.sentence}", "the sentence this claim came from"))
    return out


# A sentence that tells its figure as the one before: "The agency earlier upgraded
# the toll to 20 from 15"
# (the adverb of the verb: not "The Red Cross, which was first on the scene, said 40")
# ("Earlier, the police released the list of 11": the adverb opening the sentence)
_TOLD_EARLIER = re.compile(r"^\W*(?:Earlier|Initially|Previously)\b|\b(?:earlier|initially|first|"
                           r"previously)\s+(?:[a-z]+ed|said|put|gave|set)\b")


def _officials_are_the_body_told_earlier(claims: list[Item]) -> list[Item]:
    """"At least 23 were killed, officials said. ... The civil protection
    agency earlier upgraded the toll to 20 from 15.": the officials are the
    one body the article names for the dead, whose figures it tells as
    earlier; its earlier figures go before, and no dispute is drafted."""
    general = [c for c in claims if "killed" in c
               and str(c["claimant"].value).lower() in _GENERAL - {"police"}]
    named = [c for c in claims if "killed" in c and c not in general
             and c["claimant"].value != "Unknown"]
    bodies = {str(c["claimant"].value) for c in named}
    groups = {str(c["affected"].value) for c in [*general, *named]}
    # (about the same group: "4 died in a separate landslide, local media reported
    # earlier" is another incident's count)
    if not general or len(bodies) != 1 or len(groups) != 1 or not all(
            _TOLD_EARLIER.search(c.sentence) for c in named):
        return claims
    body = bodies.pop()
    out: list[Item] = []
    for claim in claims:
        if any(claim is n for n in named):
            continue
        if any(claim is g for g in general):
            if not any(o is n for o in out for n in named):
                out.extend(named)  # the earlier figures, before the current
            claim = claim.with_value("claimant", Value(
                body, f"'{claim['claimant'].value}' are the one body named for this count",
                "officials_are_the_body"))
        out.append(claim)
    return out


# A sentence that adds the other measure to the claim before: "The agency added that
# 69 people were injured", "It said 12 more were hurt" are not; "added" is the sign
_ADDED = re.compile(r"\b(?:added|adding|also said|further said)\b")


def _joined_measures(claims: list[Item]) -> list[Item]:
    """"The toll has hit 98, the agency said. The agency added that 69 people
    were injured.": one claim of the agency, 98 dead and 69 injured, never two
    claims that read as a revision of each other (`joined_measures`)."""
    out: list[Item] = []
    for claim in claims:
        before = out[-1] if out else None
        if (before is not None and "killed" in before and "injured" not in before
                and "injured" in claim and "killed" not in claim
                and claim["claimant"].value == before["claimant"].value
                and claim["affected"].value == before["affected"].value
                and _ADDED.search(claim.sentence)):
            out[-1] = before.with_value("injured", claim["injured"])
            continue
        out.append(claim)
    return out


def _restated(claims: list[Item]) -> list[Item]:
    """A claim that gives the figures its claimant's last claim about the group
    already gave ("... killed 11 inmates." then "..., bringing the toll to
    11."): a restatement, not a revision; the first is kept (`restated`)."""
    out: list[Item] = []
    last: dict[tuple[str, str], Item] = {}
    for claim in claims:
        key = (str(claim["claimant"].value), str(claim["affected"].value))
        figures = {m: str(claim[m].value) for m in ("killed", "injured") if m in claim}
        before = last.get(key)
        # ("at least 10,000" then "about 10,000": the same number told again, "at
        # least" or not)
        if before is not None and figures and all(
                m in before and str(before[m].value) in (v, f"{v}+")
                for m, v in figures.items()):
            continue  # (but "40", then "more than 40": a rise)
        last[key] = claim
        out.append(claim)
    return out


def _words(text: object) -> str:
    return " ".join(re.findall(r"\w+", str(text).casefold().replace("’", "'")))


def _not_repeated(quotes: list[Item]) -> list[Item]:
    """The quotes without a heading's: words in quotation marks in a sentence
    that says no one said them ("8:15 p.m. – “We heard them calling”"), which
    another quote holds whole (a quote someone is said to have said stays, a
    few of its words repeated or not)."""
    texts = [_words(q["text"].value) for q in quotes]
    # (the same words whole count too when someone is said to have said them: a live
    # entry headed "06:50 – “I heard the horn before I saw it”")
    return [q for i, q in enumerate(quotes)
            if SAY.search(q.sentence) or not any(
                j != i and (len(texts[j]) > len(texts[i]) or (
                    len(texts[j]) == len(texts[i]) and SAY.search(quotes[j].sentence)))
                and f" {texts[i]} " in f" {texts[j]} " for j in range(len(texts)))]


# A speaker named by an office alone, in capitals: "The Civil Surgeon said", "said our
# Executive Director"
# (in capitals or not: "the inspector said", "declared the commander", after "Inspector
# Tesfaye Alemu" or "The National Commander of the Civil Protection, Braima Indjai,")
_TITLE = re.compile(r"(?:[A-ZÀ-ɏa-z][a-z]+\s+){0,2}(?i:Surgeon|Director|Minister|Governor|"
                    r"Commissioner|Secretary|Chief|Commander|Mayor|President|Administrator|"
                    r"Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|Chairperson|"
                    r"Coordinator|Manager|Inspector|Officer|Superintendent)")
_NAME_AFTER = (r"(?:(?:Eng|Dr|Mr|Mrs|Ms|Prof|Inspector|Colonel|Col|General|Gen)\.?\s+)?"
               r"((?:[A-ZÀ-ɏ][\w’'\-]+\s+){1,3}(?:[A-ZÀ-ɏ]|(?:al|el|ad|as)-[A-ZÀ-ɏ])[\w’'\-]+)")


def _speakers_by_title(quotes: list[Item], texts: tuple[str, ...]) -> list[Item]:
    """"The Civil Surgeon said, “...”" after "Civil Surgeon Mohammad Ilias
    Chowdhury said": the person the article names with that title, the one it
    names so (`speaker_by_title`)."""
    out = []
    for quote in quotes:
        speaker = str(quote["speaker"].value)
        if _TITLE.fullmatch(speaker):
            # (the title in either case, and what it is of before the name)
            named = {m[1] for text in texts for m in re.finditer(
                rf"\b(?i:{re.escape(speaker)})(?:\s+of\s+(?:the\s+)?[A-ZÀ-ɏ][^,.;]{{1,60}})?,?\s+"
                + _NAME_AFTER, text)}
            # ("A CGDIS spokesperson has told RTL ... the spokesperson said": no one named,
            # the body its spokesperson speaks for)
            bodies = _spokespersons_body(quote, texts) \
                if not named and _SPOKESPERSON.fullmatch(speaker) else set()
            if len(named) == 1 or len(bodies) == 1:
                name = (named or bodies).pop()
                quote = quote.with_value("speaker", Value(
                    name, f"named '{speaker}' elsewhere in the article", "speaker_by_title"))
                if "role" not in quote:
                    quote = quote.with_value("role", Value(speaker, "the title the article gives",
                                                           "speaker_by_title"))
        out.append(quote)
    return out


_SPOKESPERSON = re.compile(r"(?i:spokes(?:person|man|woman))")
# "A CGDIS spokesperson", "a police spokesman": the body a spokesperson speaks for,
# right before the word
_BODY_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-ZÀ-ɏ][\w’'\-]*\s+){1,4}?|police\s+)$")
# A spokesperson who gave no word: "did not respond", "declined to comment"
_NO_WORD = re.compile(r"\b(?:did not|didn't|could not|couldn't|declined to|refused to)\s+"
                      r"(?:respond|comment|be reached|answer)", re.I)


def _spokespersons_body(quote: Item, texts: tuple[str, ...]) -> set[str]:
    """The one body whose spokesperson the article names up to the quote,
    when every spokesperson it names so far is that body's (a body's name
    or short name, or the police), and that spokesperson gave a word."""
    upto = texts[:texts.index(quote.sentence) + 1] if quote.sentence in texts else texts
    bodies: set[str] = set()
    for text in upto:
        if _NO_WORD.search(text):
            continue
        outside = re.sub(r"[“\"][^”\"]*[”\"]", " ", text)  # (never one inside a quote)
        for word in _SPOKESPERSON.finditer(outside):
            if re.search(r"\b[Tt]he\s+$", outside[:word.start()]):
                continue  # ("the spokesperson said": the one named before)
            before = _BODY_BEFORE.search(outside, max(0, word.start() - 60), word.start())
            body = before[1].strip() if before else ""
            if not body or not (body == "police" or is_body(body)
                                or re.fullmatch(r"[A-ZÀ-ɏ]{2,8}", body)):
                return set()  # (a spokesperson of someone else, or of no one named)
            bodies.add(body)
    return bodies


_GENERIC = BARE_SPEAKERS - {"police"}


# An office a person holds, as a bare claimant names them: "a minister said" (a
# president or a commissioner too: an office that speaks for a body when named with
# one, as "the commissioner" alone names one person)
_OFFICE_WORDS = (*OWN_OFFICES, "president", "commissioner")


def _office_holder(claims: list[Item]) -> list[Item]:
    """"At least 190 people died, a minister said" beside "Zanzibar's state
    minister for emergencies Mohammed Aboud said ...": a claimant that is a
    bare office is the one person the article's claims name with it."""
    # each named claimant and the words before their name ("state minister for emergencies")
    titled: dict[str, str] = {}
    for claim in claims:
        name = str(claim["claimant"].value)
        if len(name.split()) >= 2 and name[:1].isupper() and (at := claim.sentence.find(name)) > 0:
            titled.setdefault(name, claim.sentence[max(0, at - 60):at].lower())
    out = []
    for claim in claims:
        words = re.sub(r"^(?:a|an|the)\s+", "", str(claim["claimant"].value).lower()).split()
        office = words[-1] if words else ""
        # (every word of the office as the claimant gives it: "interior minister" is
        # not the health minister)
        who = {name for name, before in titled.items() if all(
            re.search(rf"\b{re.escape(w)}\b", before) for w in words)}
        if len(words) <= 3 and office in _OFFICE_WORDS and len(who) == 1:
            person = next(iter(who))
            claim = claim.with_value("claimant", Value(
                person, f"'{claim['claimant'].value}': the one {office} the article names",
                "office_holder"))
        out.append(claim)
    return out


def _before_a_nations_body(name: str, other: str) -> bool:
    """"Syrian army" in "Free Syrian Army": a nation's body, and a wider name
    that puts a word before the nation's (another body; "Syrian Arab Army" is
    the same one)."""
    first = name.split()[0].lower()
    # (a descriptor before it is no word of the name: "Britain-based", "Saudi-backed",
    # "UN-recognised", "pro-government")
    named = [w for w in other.split() if not re.fullmatch(r"[\w’']+-[a-z][\w\-]*", w)]
    return first in DEMONYMS and bool(named) and named[0].lower() != first


def _one_name_per_body(claims: list[Item]) -> list[Item]:
    """"The SNGR says 19", "the secretariat said 31", "the secretariat (SNGR) raised
    the toll to 41": a claimant named short, whose words are all in one other
    claimant's name, is that claimant, so its figures are revisions of one
    body's count and not a dispute between three names."""
    # (not a plural of people any body has: "officials" are not "Hospital officials")
    names = {str(c["claimant"].value) for c in claims} - {"Unknown"} - {
        n for c in claims if (n := str(c["claimant"].value)).lower() in _GENERIC}
    words = {n: set(n.lower().replace("’", "'").split()) for n in names}
    # (the town's police of "a separate accident" are not the police of the story's own)
    apart = {n for n in names if all(has_incident_remark(str(c["affected"].value))
                                     for c in claims if str(c["claimant"].value) == n)}
    fuller: dict[str, str] = {}
    # (a capitalised short name that several names hold: the one claimant of them named
    # before it, "the Ministry of Emergency Situations ... Earlier, the Ministry had
    # informed ..." before the Ministry of Health is named)
    several: dict[str, list[str]] = {}
    for name in names:
        if lookup_country(name) is not None:
            continue  # "Tanzania" is the state, never the "Tanzania Red Cross" named short
        wider = [other for other in names
                 if other != name and words[name] < words[other]
                 and (other in apart) == (name in apart) and not _before_a_nations_body(
                     name, other)]
        # (only when one name is wider: "government" in two countries' is neither's; or
        # when the wider names are each other's too, "Civil Protection", "Civil Protection
        # Coordination", "State of Mexico's Civil Protection Coordination": the widest)
        wider.sort(key=lambda w: len(words[w]))
        if len(wider) == 1 or (len(words[name]) > 1 and wider and all(
                words[a] < words[b] for a, b in pairwise(wider))):
            # (a one-word name, "police", "army", only when one name is wider: the widest
            # of a chain may be another body, "Free Syrian Army", "Royal Military Police")
            fuller[name] = wider[-1]
        elif len(wider) > 1 and name[:1].isupper():
            several[name] = wider
    out = []
    seen: set[str] = set()  # (the claimants of the claims before, as written)
    for claim in claims:
        name = str(claim["claimant"].value)
        named_before = seen.intersection(several.get(name, ()))
        seen.add(name)
        body = named_before.pop() if len(named_before) == 1 else fuller.get(name)
        if body is not None:
            claim = claim.with_value("claimant", Value(
                body, f"named '{name}' in this sentence: the same body?", "one_name_per_body"))
        out.append(claim)
    return out


def _officials_for_their_body(claims: list[Item], known: list[Affiliation]) -> list[Alias]:
    """"Health Ministry spokeswoman Chea Sophorn ... Sophorn said 12 had died":
    a person the article names as a body's spokesperson or official gives
    the body's figure. The claimant stays as the article writes it; the
    `aliases` entry makes it count as the body's (its figures revise, not
    dispute, the body's own)."""
    aliases: dict[str, Alias] = {}
    named = [str(c["claimant"].value) for c in claims]
    bodies = [n for n in named if body_for(n, known) is None]  # (once, not per claim)
    for claim in claims:
        name = str(claim["claimant"].value)
        if (found := body_for(name, known)) is None:
            continue
        body = as_named(found.body, bodies)
        # (the format compares names without case: one entry per body)
        entry = aliases.get(body.casefold(), Alias(body, (), found.rule, found.sentence))
        if name not in entry.names:
            aliases[body.casefold()] = replace(entry, names=(*entry.names, name))
    return list(aliases.values())


# Words right after a count that make it a part of a larger one: the seriously hurt
# among the injured, the identified among the dead ("with 37 people reported to have
# sustained serious injuries", "the bodies of 52 people have already been identified")
_A_PART = r"[^.;,]{0,50}?\b(?:serious|critical|severe|(?<!not )(?<!not yet )(?<!yet )identified)\b"
# ("Nine children were among the dead": some of a toll told elsewhere; but a state's
# own citizens among them are its claim, about them)
_AMONG_THE_DEAD = r"[^.;,]{0,50}?\bamong\s+the\s+(?:dead|killed|victims|injured|wounded)\b"


def _said_as_a_part(claim: Item, measure: str) -> bool:
    part = _A_PART if "country" in claim or _CITIZENS.search(str(claim["affected"].value)) \
        else f"(?:{_A_PART}|{_AMONG_THE_DEAD})"
    return re.search(_figure(claim, measure) + part, claim.sentence, re.I) is not None


# A group of a state's own people: "Argentine citizens", "its nationals"
_CITIZENS = re.compile(r"\b(?:citizens|nationals|compatriots|countrymen)\b|^[A-ZÀ-ɏ]")


# The count rules of one item of a list of groups the sentence gives
_LIST_ITEM_RULES = frozenset({"two_groups_dead", "breakdown_by_nation"})


def _parts_of_a_larger_count(claims: list[Item]) -> list[Item]:
    """A count the sentence says is of the seriously hurt or the identified
    dead, beside a larger count of the same measure: a part of that count,
    not a toll of its own."""
    def number(claim: Item, measure: str) -> int:
        text = str(claim[measure].value).rstrip("+") if measure in claim else ""
        return int(text) if text.isdigit() else -1

    out = []
    for claim in claims:
        measures = [m for m in ("killed", "injured") if m in claim]
        # (a larger item of the same list is no whole: "six tourists and two guides were
        # among the dead" are two parts)
        if len(measures) == 1 and _said_as_a_part(claim, measures[0]) and any(
                number(other, measures[0]) > number(claim, measures[0]) >= 0
                for other in claims if other is not claim and not (
                    other.sentence == claim.sentence and measures[0] in other
                    and other[measures[0]].rule in _LIST_ITEM_RULES)):
            continue
        out.append(claim)
    return out


def _counted(claims: list[Item]) -> list[Item]:
    """"Officials say dozens of people have died" beside an exact toll of the
    dead: a claim whose only figures are vague adds nothing the exact one
    does not (the issue's rule: a note or a check, never a current toll).
    Each measure is its own: with no exact count of the dead, "dozens have
    died" is the article's only word on them and stays, with its check."""
    def figures(claim: Item) -> dict[str, str]:
        return {m: str(claim[m].value) for m in ("killed", "injured") if m in claim}

    exact = {m for c in claims for m, v in figures(c).items() if v != "unknown"}
    return [c for c in claims if not (
        (f := figures(c)) and all(v == "unknown" and m in exact for m, v in f.items()))]


# A toll on nobody's word: stated plainly, or named in a reaction to the event
# ("the United Nations expressed its horror at an attack that killed 100")
_ON_NOBODYS_WORD = ("no_one_credited", "toll_in_a_reaction")


def _uncredited(claims: list[Item], keep_lead_whole: bool = True) -> list[Item]:
    """A toll on nobody's word is kept as Unknown's only for a measure (the dead,
    the injured) the article credits to no one: next to a credited toll it would
    only make a dispute between a body and no one. The lead's toll of the whole
    beside bodies' counts of its parts is kept too (`_lead_whole`)."""
    # (a credited part of the toll is no rival of the whole: "At least 14 people are dead,
    # according to Reuters" stays beside "Five of those who died are Israelis, according
    # to the Foreign Ministry")
    # (an earlier figure goes with the current one after it: not a toll of its own here)
    credited = {_measure(c) for c in claims if c["claimant"].rule not in _ON_NOBODYS_WORD
                and not (_measure(c) and c[_measure(c)].rule in _PART_RULES)
                and not (_measure(c) and c[_measure(c)].rule == "revised_from")}
    # (a part as large as the whole is the whole: "Five people died. All five of the dead
    # were Israelis, the Foreign Ministry said")
    parts = {(_measure(c), str(c[_measure(c)].value)) for c in claims
             if c["claimant"].rule not in _ON_NOBODYS_WORD and _measure(c)
             and c[_measure(c)].rule in _PART_RULES}
    credited |= {m for c in claims if (m := _measure(c)) and (m, str(c[m].value)) in parts
                 and c["claimant"].rule in _ON_NOBODYS_WORD}
    # (the dead of one place the article names apart, "Fifty-three of the dead were
    # from Maguindanao", are no rival of the credited toll: kept, about their place)
    kept = [c for c in claims
            if c["claimant"].rule not in _ON_NOBODYS_WORD or _measure(c) not in credited
            or ("killed" in c and c["killed"].rule in ("dead_from_place", "breakdown_by_place"))]
    whole = _lead_whole(claims) if keep_lead_whole else None
    # (the lead's whole is the article's first claim: first again, as _lead_whole left it)
    return kept if whole is None else [whole, *(c for c in kept if c is not claims[0])]


# Words that set the lead's toll in another time or place than the story's own event,
# before its figure: "a year after a blast that killed 218", "last month's floods,
# which killed 200", "in a war that has killed", "In neighbouring Deltra, a landslide"
# (not an event's own start: "a heatwave that began last week has killed 60")
_ANOTHER_EVENT = re.compile(
    r"\b(?:year|years|month|months|week|weeks|day|days)\s+(?:after|since|before)\b"
    r"|(?<!began )(?<!started )\b[Ll]ast\s+(?:week|month|year|weekend)(?:['’]s)?\b"
    r"|\b(?:earlier|previous)\s+(?:this\s+)?(?:week|month|year)\b"
    r"|\b(?:war|conflict|insurgency|campaign|fighting|violence|epidemic|outbreak)\s+(?:that|"
    r"which)\s+(?:has|have|had)\b|\banniversary\b|\b[Nn]eighbou?ring\b")
# The same words of time right after the figure: "a landslide killed 30 people last week"
_ANOTHER_TIME_AFTER = re.compile(r"[^,;.]{0,25}?\b(?:last\s+(?:week|month|year|weekend)|"
                                 r"(?:earlier|previous)\s+(?:this\s+)?(?:week|month|year))\b")


def _of_another_event(claim: Item) -> bool:
    """Words of another time or place before the claim's figure, or words of
    time right after it in its clause ("a landslide killed 30 people last
    week"); never those of another event the sentence goes on to ("killed 15
    ... when an aftershock struck areas devastated by a quake that claimed
    500 lives earlier this week", "..., a week after the club won the
    league")."""
    measure = _measure(claim)
    found = re.search(_figure(claim, measure), claim.sentence, re.I) if measure else None
    if found is None:
        # (a figure not found in its words is read with every such word against it)
        return _ANOTHER_EVENT.search(claim.sentence) is not None
    return _ANOTHER_EVENT.search(claim.sentence, 0, found.start()) is not None or \
        _ANOTHER_TIME_AFTER.match(claim.sentence, found.end()) is not None


def _figure(claim: Item, measure: str) -> str:
    """A pattern of the claim's figure of `measure` as a sentence writes it:
    "15", "fifteen", "20,000"."""
    value = str(claim[measure].value).rstrip("+")
    words = [w for w, n in NUMBER_WORDS.items() if str(n) == value]
    grouped = [f"{int(value):,}"] if value.isdigit() and len(value) > 3 else []
    figure = "|".join(map(re.escape, [value, *grouped, *words]))
    return rf"(?<![\w,.])(?:{figure})(?![\w,.]\d)"


# Who the people of a credited count are when it names no other group than the
# whole's: its own people in other words, never a part of it
_ANY_PEOPLE = GENERIC | {"individual", "other"}


def _lead_whole(claims: list[Item]) -> Item | None:
    """The lead's toll on nobody's word ("killing at least 19 people"), kept
    beside bodies' counts of its parts (the prime minister's dead by
    nationality): the article's first claim, about this event (no words of
    another time or place before its figure), given plainly (not "up to 300
    are feared dead"), each of its measures above every credited count of
    that measure, each of a group named apart; a measure that fails this is
    dropped from it, and the claim when its first does. None when there is
    no such claim."""
    lead = claims[0] if claims else None
    if lead is None or lead["claimant"].rule not in _ON_NOBODYS_WORD \
            or _of_another_event(lead) \
            or (background(lead.sentence) and not only_compared(lead.sentence)) \
            or SEPARATE_INCIDENT.search(lead.sentence):
        return None
    credited = [c for c in claims if c["claimant"].rule not in _ON_NOBODYS_WORD]
    kept = lead
    for measure in ("killed", "injured"):
        others = [o for o in credited if measure in o]
        if measure not in lead or not others:
            continue
        whole = _lowest(lead, measure)
        if not (whole > 0 and lead[measure].check is None and all(
                0 <= _lowest(o, measure) < whole and _a_part_named_apart(o, lead, credited)
                for o in others)):
            if measure == _measure(lead):
                return None
            kept = replace(kept, fields=tuple((k, v) for k, v in kept.fields if k != measure))
    return kept


def _a_part_named_apart(part: Item, whole: Item, credited: list[Item]) -> bool:
    """A credited count of a group the whole's is not: named apart ("Italian
    nationals", "children"), or people in other words listed with another
    group ("eight residents and two nurses died")."""
    group = group_key(str(part["affected"].value))
    if group == group_key(str(whole["affected"].value)):
        return False
    return group not in _ANY_PEOPLE or any(
        o.sentence == part.sentence and group_key(str(o["affected"].value)) != group
        for o in credited)


def _lowest(claim: Item, measure: str) -> int:
    """A count's lowest number ("19+" -> 19, "10-20" -> 10); -1 when it has none."""
    found = re.match(r"\d+", str(claim[measure].value)) if measure in claim else None
    return int(found[0]) if found else -1


# Count rules that read a part of a toll told elsewhere
_PART_RULES = frozenset({"of_the_dead", "of_the_injured", "among_the_dead_were", "one_among_the",
                         "breakdown_by_kind", "breakdown_by_place", "dead_from_place"})


def _measure(claim: Item) -> str:
    return "killed" if "killed" in claim else "injured" if "injured" in claim else ""
