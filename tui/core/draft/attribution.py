"""Who a toll sentence says stated it, read again when several reports are
merged: a figure relayed by a news agency ("…, the district administration
said, according to the state-run Bangladesh Sangbad Sangstha (BSS)") is
the administration's, carried by BSS; "The Railway Ministry maintained its
figure" names the ministry when a drafter took "Monday" for the claimant."""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.core.draft.names import subject_at
from tui.core.draft.resolve import acronym_of, body_then_person, body_words, is_body
from tui.core.draft.words import NEWS_OUTLETS_FOLDED, PERSONAL_TITLES

_VERBS = r"(?:said|says|say|put|puts|raised|raises|raise|maintained|maintains|confirmed|confirms|" \
         r"reported|reports|stated|states|told|tells|updated|updates|announced|announces|" \
         r"recorded|records|counted|counts)"
# A name before its verb: capitalised words (or `the` + lower-case words of a body).
# (a name starts a word: "[A-ZÀ-ɏ]" takes in lower-case accented letters too, and the
# "í" of "gardaí have said" is no name)
_SUBJECT = re.compile(
    r"(?<![\w’'-])(?P<name>(?:[Tt]he\s+)?(?:[A-ZÀ-ɏ][\w’'-]*['’]s\s+)?(?:[A-Za-z][\w’'-]*\s+){0,5}?"
    r"(?:[A-ZÀ-ɏ][\w’'-]*|ministry|authority|administration|service|police|agency|office|"
    r"government|company|union|association|society|commission|centre|center|department|"
    r"council|federation|bureau|directorate|force|forces|brigade|committee|protection|institute|"
    r"defence|defense|services|guard|prosecutors))"
    r"(?:\s*\((?P<abbr>[A-ZÀ-ɏ]{2,})\))?(?:,[^,]{0,80},)?\s+(?:(?:has|have|had|now|also)\s+){0,2}"
    r"(?:on\s+\w+\s+(?:(?:morning|afternoon|evening|night)\s+)?)?" + _VERBS + r"\b")
# "…, says AFAD.": the name after its verb
_SAYS_AFTER = re.compile(r",\s+(?:says|said)\s+(?P<name>(?:the\s+)?[A-ZÀ-ɏ][\w’'-]*"
                         r"(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ɏ][\w’'-]*){0,5})\s*[.;]")
# "… derail near Rampalli: Ministry of Railways.", "… collapses in Lagos -- LASEMA.":
# a flash names its source last
_COLON_SOURCE = re.compile(r"(?::|\s[-–—]{1,2})\s+(?P<name>(?:the\s+)?[A-ZÀ-ɏ][\w’'-]*"
                           r"(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ɏ][\w’'-]*){0,5})\.?\s*$")
_ACCORDING = re.compile(
    r"according to (?:the\s+)?(?:state-run\s+|state\s+|official\s+|national\s+)?"
    r"(?:news agency\s+)?(?P<name>[A-ZÀ-ɏ][\w’' -]*?)(?:\s*\((?P<abbr>[A-ZÀ-ɏ]{2,})\))?\s*[.,;]")
_REPORTED = re.compile(
    r"(?:^|,\s*)(?:the\s+)?(?:state-run\s+|state\s+)?(?:news agency\s+)?"
    r"(?P<name>[A-ZÀ-ɏ][\w’' -]*?)(?:\s*\((?P<abbr>[A-ZÀ-ɏ]{2,})\))?,?"
    r"(?:\s+the state news agency,)?"
    r"\s+(?:reported|reports)\b")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "unknown", "officials", "an official", "he", "she", "they"})


class Relay(NamedTuple):
    """A figure carried by an agency: its name as written, its short name."""

    name: str
    short: str


_AGENCY_WORDS = frozenset({"agency", "news", "press", "trust", "wire"})
_OFFICIAL_WORDS = frozenset({"ministry", "department", "authority", "police", "government",
                             "office", "administration", "council", "commission"})


# "The state news agency ABI, citing SEDES La Paz, reports": the agency before its source
_CITES = re.compile(
    r"(?:^|,\s*|\b[Tt]he\s+)(?:state-run\s+|state\s+)?(?:news agency\s+)?"
    r"(?P<name>[A-ZÀ-ɏ][\w’'-]*(?:\s+[A-ZÀ-ɏ][\w’'-]*){0,4})(?:\s*\((?P<abbr>[A-ZÀ-ɏ]{2,})\))?,?"
    r"\s+citing\b")


def relay_in(sentence: str) -> Relay | None:
    """The news agency that carried the sentence's figure, if it says so."""
    for pattern in (_ACCORDING, _REPORTED, _CITES):
        if (m := pattern.search(sentence)) is not None:
            name = re.sub(r"^(?:[Tt]he|that(?:\s+the)?)\s+", "", m["name"].strip())
            # a ministry that "reports" its own figure relays nothing
            own = body_words(name) & _OFFICIAL_WORDS
            if not own and (m["abbr"] or body_words(name) & _AGENCY_WORDS
                            or len(name.split()) == 1):
                # "Spanish news agency EFE": the agency's own name after its description
                named = re.search(r"\b(?:news )?agency ([A-ZÀ-ɏ][\w-]+)$", name)
                return Relay(named[1] if named else name, m["abbr"] or (
                    named[1] if named else name))
    return None


def is_relay(claimant: str, relay: Relay) -> bool:
    """The drafter took the agency that carried the figure for its claimant
    ("state news agency Antara" for Antara)."""
    # (body_words folds hyphens: "state-run" is "staterun")
    words = body_words(claimant) - {"staterun", "stateowned", "state", "official", "national",
                                    "new"} - _AGENCY_WORDS  # body_words stems "news" to "new"
    return bool(words) and (words <= body_words(f"{relay.name} {relay.short}")
                            or claimant.strip() in (relay.name, relay.short))


# "Both the East Java health office and the police now put the toll at 131"
_BOTH_SUBJECT = re.compile(r"^(?:[Bb]oth\s+)(?:the\s+)?(?P<a>[^,]+?)\s+and\s+(?:the\s+)?"
                           r"(?P<b>[^,]+?)\s+(?:now\s+|also\s+)?" + _VERBS + r"\b")
# "NDOC update: 28 people have now died": an entry that starts with its source
_LEAD = re.compile(r"^(?P<name>[A-ZÀ-ɏ][\w’'-]*(?:\s+[A-ZÀ-ɏ][\w’'-]*){0,4})\s+"
                   r"(?:update|statement|figures|bulletin)\s*:")


_OFFICIALS_SAY = re.compile(r"(?:^|,\s+)(?:the\s+)?(?P<name>(?:[A-Za-z][\w’'-]*\s+){0,3}"
                            r"[A-Za-z][\w’'-]*)\s+officials\s+(?:say|said)\b")
_CITING = re.compile(r"\bciting (?:the\s+)?(?P<name>[A-ZÀ-ɏ][\w’'-]*(?:\s+(?:of\s+|and\s+)?"
                     r"[A-ZÀ-ɏ][\w’'-]*){0,5})")


_APPOSED = re.compile(r",\s*([A-ZÀ-ɏ]{2,}),")


def subjects(sentence: str, skip: str | None = None) -> list[str]:
    """Names the sentence gives before a verb of saying, first to last; not
    `skip` (the agency that relayed it). Two bodies that both state it
    ("Both X and Y put the toll at") are one subject, `both X and Y`."""
    out = []
    if (m := _BOTH_SUBJECT.match(sentence.strip())) is not None:
        out.append(f"both {m['a']} and {m['b']}")
    if (m := _LEAD.match(sentence.strip())) is not None:
        out.append(m["name"])
    if (m := _OFFICIAL_SAYS.search(sentence)) is not None and is_body(m["body"]):
        out.append(m["body"])
    # "…, state civil protection officials say": the body its officials speak for
    if (m := _OFFICIALS_SAY.search(sentence)) is not None and is_body(m["name"]):
        out.append(m["name"])
    # "…, the state news agency Andina reported, citing the Peruvian National Police."
    if (m := _CITING.search(sentence)) is not None:
        out.append(m["name"])
    for m in _SUBJECT.finditer(sentence):
        name = re.sub(r"^(?:that\s+)?(?:[Tt]he\s+)?", "", m["name"].strip())
        # "In a statement the company": the name starts after its lead-in
        name = re.sub(r"^(?:In|On|At|After|According to)\b[^,]*?\s+(?:the|The)\s+", "", name)
        if re.match(r"(?:In|On|At|After|During|As of|By|Since|Until)\s", name) and (
                lead_out := subject_at(name)):
            # "In a statement this morning police said": the single-article reader's
            # subject, after its lead-in of any length
            name = lead_out
        # ("But the Shigar Porters Association says": the association)
        name = re.sub(r"^(?:Separately|Meanwhile|However|But|And|Yet),?\s+(?:[Tt]he\s+)?", "",
                      name)
        if skip and body_words(name) <= body_words(skip):
            continue
        # "The departmental health service, SEDES, put": the acronym between commas
        abbr = m["abbr"] or ((a := _APPOSED.match(m.group(0), m.end("name"))) and a[1])
        if name.lower() not in _WEEKDAYS:
            # the acronym stays with the name: it is how later reports write it
            out.append(f"{name} ({abbr})" if abbr else name)
    for m in [*_SAYS_AFTER.finditer(sentence), *_COLON_SOURCE.finditer(sentence)]:
        name = re.sub(r"^(?:[Tt]he\s+)", "", m["name"])
        if not (skip and body_words(name) <= body_words(skip)):
            out.append(name)
    return out


def not_a_claimant(name: str) -> bool:
    """A drafter's claimant that names no one: a weekday, `Unknown`, a pronoun."""
    return name.strip().lower() in _WEEKDAYS or not name.strip()


# A name in a sentence: capitalised words, joined by of/and/for/the.
_NAME_SPAN = re.compile(r"[A-ZÀ-ɏ][\w’'-]*(?:\s+(?:(?:of|and|for|the|de|del|la)\s+)*[A-ZÀ-ɏ]"
                        r"[\w’'-]*)*")


def complete_name(name: str, sentence: str) -> str:
    """A body's name the drafter cut short ("Mine Workers"), as the
    sentence writes it in full ("National Federation of Mine Workers")."""
    # an acronym the sentence gives in brackets is not part of the full name
    words = {w for w in body_words(name) if f"({w.upper()})" not in sentence}
    # (a name with its acronym in brackets is already as the sentence writes it:
    # "National Risk Management Secretariat (SNGR)" never takes back "Ecuador's")
    if not sentence or not words or acronym_of(name) is not None:
        return name
    # ("But the Shigar Porters Association says": the association)
    # ("the Government of Aragon's director general": the government, not its possessive)
    spans = [re.sub(r"[’']s$", "", re.sub(r"^(?:(?:But|And|Yet|So|Then)\s+)?(?:(?:The|the|A|An)"
                                         r"\s+)?", "", m.group(0)))
             for m in _NAME_SPAN.finditer(sentence)]
    fuller = {span for span in spans if len(span) > len(name) and words <= body_words(span)
              and len(span.split()) <= 8}
    if not fuller or not is_body(best := max(fuller, key=len)) or body_then_person(best):
        return name  # ("Head of the X Administration Taras Lytvynenko": a person, titled)
    # ("CEO District Health Authority": the authority; the title is its head's)
    first, _, rest = best.partition(" ")
    return rest if rest and first.rstrip(".").lower() in PERSONAL_TITLES else best


def generic_body(name: str) -> bool:
    """A body named by its kind only: "the company", "the ministry"."""
    words = re.sub(r"^(?:the|The)\s+", "", name.strip()).split()
    return len(words) == 1 and words[0].lower() in {
        "company", "operator", "ministry", "authority", "agency", "department", "government",
        "police", "office", "administration", "association", "federation", "union"}


# A name the drafter wrote without the brackets of its acronym: "Turkish
# Medical Association TTB" for "Turkish Medical Association (TTB)".
_BRACKETED = re.compile(r"((?:[A-ZÀ-ɏ][\w’'-]*\s+|(?:of|on|for|and|the)\s+){1,8}?)"
                        r"\(([^()]{2,20})\)")
# "Indonesia's National Commission…": a country's possessive before a proper name
_OWNER = re.compile(r"^[A-ZÀ-ɏ][\w-]*['’]s\s+(?=[A-ZÀ-ɏ])")
_DESCRIBED = re.compile(r"^(?:[A-ZÀ-ɏ][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+)+(?=[A-ZÀ-ɏ])")
_PROPER = re.compile(r"[A-ZÀ-ɏ][\w’'-]*(?:\s+(?:(?:of|and|for|on|the|de|del)\s+)*[A-ZÀ-ɏ][\w’'-]*)*"
                     r"(?:\s+\([^()]+\))?")


def written_name(name: str, sentence: str) -> str:
    """A claimant as the sentence writes it: its acronym in brackets again,
    and without a country's possessive before a proper name."""
    for m in _BRACKETED.finditer(sentence):
        full, short = re.sub(r"^(?:The|the)\s+", "", m[1].strip()), m[2].strip()
        if re.fullmatch(r"[A-ZÀ-ɏ][a-zß-ÿ]+(?:\s+(?:[a-z]+\s+)?[A-ZÀ-ɏ][a-zß-ÿ]+)+", short):
            continue  # "Volunteer Firefighters (Bomberos Voluntarios)": its own language's name
        plain = re.sub(r"\s+", " ", f"{full} {short}")
        # "According to the National Institute … (INGD)": the acronym is how others write it
        if name.strip().endswith(plain) or name.strip() in (plain, full):
            name = f"{name.strip()[:-len(plain)]}{full} ({short})".strip()
            break
    if (after := re.search(re.escape(name.strip()) + r"\s+\(([A-ZÀ-ɏ][A-Za-z]{1,9})\)",
                           sentence)) is not None and name.strip():
        # the drafter dropped the brackets ("The disaster management unit (UNGRD) raises"):
        # the acronym is how later reports write it
        return f"{name.strip()} ({after[1]})"
    last = name.split()[-1] if name.split() else ""
    if len(last) >= 2 and last.isupper() and f"({last})" in sentence \
            and (spelled := _spelled_out(last, sentence)) != last:
        return spelled  # "unit UNGRD" for "The disaster management unit (UNGRD)"
    name = re.sub(r"^(?:A|An)\s+(?=[a-z])", "", _OWNER.sub("", name.strip()))  # "A trade union"
    # "Turkey's disaster agency AFAD", "operator Minera Cordillera Sur": the proper name
    described = _DESCRIBED.match(name)
    if described is not None and _PROPER.fullmatch(name[described.end():]):
        return name[described.end():]
    return name


def _spelled_out(acronym: str, sentence: str) -> str:
    """An acronym with the name the sentence gives before it in brackets,
    after its last "the" ("the disaster management unit (UNGRD)")."""
    m = re.search(r"([^,;:()]{3,80}?)\s*\(" + re.escape(acronym) + r"\)", sentence)
    if m is None:
        return acronym
    before = re.split(r"\b[Tt]he\s+", m[1])[-1].strip()
    if not before or len(before.split()) > 6 or not is_body(before):
        return acronym
    return f"{before} ({acronym})"


# "East Java Police spokesman Senior Commissioner Agus Prasetyo", "NEMA's Lagos
# territorial coordinator, Ibrahim Musa": a person who speaks for a body
_OFFICIAL = r"(?:spokes(?:man|woman|person)|official|coordinator|chief)"
# "NEMA's Lagos territorial coordinator, Ibrahim Musa, said": the body, as a subject
_OFFICIAL_SAYS = re.compile(r"(?P<body>[A-ZÀ-ɏ][\w-]*(?:\s+[A-ZÀ-ɏ][\w-]*)*)['’]s\s+"
                            r"(?:[A-Za-z]+\s+){0,3}" + _OFFICIAL + r",?[^.;]{0,40}?\s+"
                            + _VERBS + r"\b")


# Wire services: they carry figures, they do not count the dead.
_WIRES = frozenset({"afp", "reuters", "ap", "associated press", "pti", "press trust of india",
                    "anadolu agency", "efe", "ians", "ani", "dpa", "xinhua", "uni", "bss",
                    "antara", "andina", "nan", "kna", "rss", "slena"})


def news_agency(name: str) -> bool:
    """A news agency, wire service or broadcaster, which relays a toll and
    claims none ("News Agency of Nigeria NAN", "Reuters", "state news agency
    Antara", "Fana Broadcasting Corporate")."""
    key = " ".join(re.findall(r"[\w’'-]+", name.lower())).removeprefix("the ")
    words = set(key.split())
    # (a broadcaster too: "Fana Broadcasting Corporate (FBC) reports, quoting ...")
    # (not a body's own "press service" or "press office": "the Kremlin press service")
    return key in _WIRES or key in NEWS_OUTLETS_FOLDED or bool(
        ((words & {"news", "press", "wire"} and words & {"agency", "trust", "service", "news"}
          and not (re.search(r"\bpress\s+(?:service|office)\b", key) and "news" not in words))
         or words & {"broadcasting", "broadcaster"})
        and not words & _OFFICIAL_WORDS)


# ""…," Youth and Sports Minister Ratna Wulandari said": the name after a quote
_SAID_AFTER_QUOTE = re.compile(r"^[\s,.]*[\"”]\s*,?\s*(?P<name>(?:[A-ZÀ-ɏ][\w’'-]*\s+"
                               r"(?:and\s+)?){1,6}?)(?:said|says|told|added)\b")


def said_after(quote: str, text: str) -> str | None:
    """The person a text names right after `quote` as its speaker, if any."""
    at = text.find(quote.rstrip(" ,.;:"))
    if at < 0:
        return None
    m = _SAID_AFTER_QUOTE.match(text[at + len(quote.rstrip(" ,.;:")):])
    if m is None or is_body(m["name"]):
        return None
    return m["name"].strip()
