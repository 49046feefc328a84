"""Who gave a figure: an ordered table of named rules, each with an example.
The first rule that finds a claimant in the sentence decides."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from tui.core.draft.attribution import news_agency
from tui.core.draft.counts import counts_in
from tui.core.draft.mentions import Mentions
from tui.core.draft.names import (
    clean_name,
    subject_at,
    subject_before,
    without_relative_clauses,
)
from tui.core.draft.resolve import body_then_person, ends_in_a_body_noun, is_body
from tui.core.draft.words import (
    A_FIGURE,
    ACCORDING,
    BARE_SPEAKERS,
    ENTRY_LABELS,
    GROUP_NOUN,
    NUM,
    PAPERS,
    PERSON_WORD,
    RELAYED_LAST,
    REPORTS_OF_NO_ONE,
    SAY,
    SAY_THEN_NAME,
    SAY_VERBS,
    TOLL_SETTING_VERBS,
    WEEKDAYS,
)
from tui.core.format.countries import lookup_country

ClaimantFinder = Callable[[str, Mentions], str | None]


class ClaimantRule(NamedTuple):
    """A named way to find who gave a sentence's figure, with an example."""

    name: str
    find: ClaimantFinder
    example: str


# "..., the state news agency reported, quoting the interior ministry"; "the agency
# quoted the police as saying": the body quoted is the claimant, the agency its source
# ("quoting Commander X of the West Shewa Zone Police (Poolisii Godina Shawaa Lixaa),":
# the name in another language in brackets is no part of whom it quotes)
# ("quoting Col. Li of the Yunnan Provincial Fire and Rescue Corps,": an abbreviation's
# point is no end)
_QUOTED_NAME = r"((?:the |a |an )?(?:[^,.;()]|\.(?=\s+[A-ZÀ-ɏ])){2,100}?)"
_RELAYED = re.compile(r"\b(?:reported|said|reports|says),?\s+(?:quoting|citing)\s+"
                      + _QUOTED_NAME + r"(?:\s*\([^()]{1,60}\))?\s*(?:[,;]|\.(?!\s+[A-ZÀ-ɏ])|$)")
# ("Kuensel reported on Wednesday, citing the Gasa dzongkhag (district) administration":
# an outlet's relay with a time between, a gloss in brackets inside the name; only an
# outlet's: "the ministry said on Monday, citing security concerns" is the ministry's)
_RELAYED_AFTER_A_TIME = re.compile(
    r"\b(?:reported|said|reports|says)\s+(?:on\s+)?(?:late\s+|early\s+)?(?i:"
    + "|".join(WEEKDAYS) + r"|today|yesterday|earlier)(?:\s+(?:morning|afternoon|evening|"
    r"night))?,?\s+(?:quoting|citing)\s+"
    r"((?:the |a |an )?(?:[^,.;()]|\.(?=\s+[A-ZÀ-ɏ])|\([a-z][^()]{0,30}\)(?=\s+\w)){2,100}?)"
    r"(?:\s*\([^()]{1,60}\))?\s*(?:[,;]|\.(?!\s+[A-ZÀ-ɏ])|$)")
# ("quoted the Erongo regional commander of the Namibian Police Force, Commissioner
# Erastus Shikongo, as saying": who is quoted, their name between commas after)
_QUOTED_AS_SAYING = re.compile(r"\b(?:quoted|cited)\s+" + _QUOTED_NAME
                               + r"(?:,\s+[^,.;]{2,60},)?\s+as\s+saying\b")
# "the Erongo regional commander of the Namibian Police Force": the body whose officer
_OFFICER_OF = re.compile(r"(?:the\s+)?(?:[\w’'.\-]+\s+){0,3}?(?:commander|chief|head|director|"
                         r"spokes(?:man|woman|person)|officers?|officials?|"
                         # ("Colonel Li Wenhai of the Yunnan ... Corps": a ranked name)
                         r"(?:Col|Colonel|Capt|Captain|Maj|Major|Gen|General|Lt|Supt|Cmdr|"
                         r"Commander|Inspector|Commissioner)\.?(?:\s+[A-ZÀ-ɏ][\w’'\-]*){1,3})"
                         r"\s+of\s+(?:the\s+)?(.+)")


# "The New York Times reported that ..., citing a non-governmental organization based in
# Port-au-Prince: the National Network ...", "Local media, citing police, reported ...":
# an outlet that names whom it cites in an aside
# (and "quoting": "The Caribbean Media Corporation (CMC), quoting the Ministry of
# Health, reports that ...")
_CITING_ASIDE = re.compile(r",\s+(?:citing|quoting)\s+" + _QUOTED_NAME
                           + r"(?::\s+(?P<named>[^,;]{2,100}?))?"
                           # ("citing the Valais cantonal rescue organisation (KWRO),")
                           r"(?:\s*\([A-Z][A-Za-z\-]{1,9}\))?\s*(?:,|\.?\s*$)")
# The kinds of outlet written before its name ("newspaper Kuensel", "daily Kathimerini")
_OUTLET_KIND = r"(?:newspaper|daily|weekly|broadcaster)"
# Words that say a subject is an outlet ("Local media", "State television")
_MEDIA = re.compile(r"\b(?:media|television|TV|radio|newspaper|daily|broadcaster|outlets?|press|"
                    r"Times|Herald|Tribune|Journal|Gazette|News)$"
                    # ("Bhutan's national newspaper Kuensel": the kind, then its name)
                    rf"|\b{_OUTLET_KIND}\s+(?:[A-ZÀ-ɏ][\w’'\-]*\s*){{1,3}}$")


def _citing_aside(sentence: str) -> tuple[str, str] | None:
    """(the outlet, whom it cites) when an outlet's sentence names its source
    in a "citing ..." aside; None otherwise."""
    found = _CITING_ASIDE.search(sentence)
    if found is None:
        return None
    outlet = subject_before(sentence) or subject_at(sentence[:found.start()])
    if not outlet or not (news_agency(outlet) or _MEDIA.search(outlet) or re.search(
            r"\b(?:Media|Broadcasting|News)\b", outlet)):
        return None
    cited = clean_name(found["named"] or found.group(1))
    # (a body or a person, never what it read or why: "citing hospital sources", "citing
    # its own tally", "citing the heavy rains", "citing the same ministry")
    if not cited or _NOT_CITED.search(cited) or not (is_body(cited) or re.fullmatch(
            r"[A-ZÀ-ɏ][\w’'\-]*(?:\s+(?:of|for|the|and|[A-ZÀ-ɏ][\w’'\-]*))+", cited)):
        return None
    return outlet, cited


# What an outlet cites that is no one's toll: its own staff, the weather, a reason
_NO_SOURCE = re.compile(r"^(?:the\s+)?(?:(?:its|their|his|her)\s+(?:own\s+)?(?:reporters?|"
                        r"correspondents?|staff|journalists?)|(?:heavy\s+|torrential\s+)?rains?|"
                        r"(?:bad\s+|poor\s+)?weather|(?:security\s+)?concerns?|local\s+reports)\b",
                        re.IGNORECASE)
_NOT_CITED = re.compile(r"^(?:same|its|their|own|his|her)\b|\b(?:sources?|reports?|tally|count|"
                        r"figures|data|logbook|documents?|memo|witnesses|residents|reasons?|"
                        r"rains?|delays?|standards?)\b", re.I)


def _outlet_named(outlet: str | None) -> str | None:
    """An outlet by its name: "newspaper Kuensel", "daily Kathimerini" -> the name."""
    return re.sub(rf"^{_OUTLET_KIND}\s+(?=[A-ZÀ-ɏ])", "", outlet) if outlet else outlet


def _subject_of_relay(sentence: str, found: re.Match[str]) -> str | None:
    """Who relays: the words before the verb `found` opens with, whichever tense
    it is in ("..., the public news agency Agência Brasil reports, citing ...")."""
    return subject_before(sentence[: found.start() + len(found.group(0).split()[0]) + 1]) \
        or subject_at(sentence[: found.start()])


def _timed_relay(sentence: str) -> re.Match[str] | None:
    """An outlet's relay with a time before whom it cites (`_RELAYED_AFTER_A_TIME`),
    when the sentence's subject before the verb is an outlet."""
    found = _RELAYED_AFTER_A_TIME.search(sentence)
    if found is None:
        return None
    # (whom it cites, a body: never "its own reporters", "witnesses", "Red Cross figures";
    # but "sources in the Emergencies Ministry", "figures from the health department")
    cited = found.group(1)
    if _NOT_CITED.search(cited) and not is_body(
            re.sub(r"^.*?\b(?:in|at|of|from|within)\s+(?:the\s+)?", "", cited)):
        return None
    outlet = _subject_of_relay(sentence, found)
    # (an outlet by its kind or its name alone, "Igihe", "Radio Rwanda", never a body that
    # gives its own reasons: "the ministry said on Monday, citing security concerns";
    # and whom it cites a body)
    # ("state broadcaster RBA", "the KT Press website": the kind of outlet in its clause)
    clause = re.split(r"[,;]", sentence[: found.start()])[-1]
    return found if outlet and (news_agency(outlet) or _MEDIA.search(outlet) or re.search(
        rf"\b(?:{_OUTLET_KIND}|website|radio|television|TV|news\s+agency|outlet|portal)\b",
        clause, re.IGNORECASE) or (
        outlet[:1].isupper() and not is_body(outlet))) and not _NO_SOURCE.search(cited) else None


def relaying_agency(sentence: str) -> str | None:
    """The outlet that only relays the claim ("the state news agency reported,
    quoting the ministry"), if the sentence names one."""
    if (aside := _citing_aside(sentence)) is not None:
        return _outlet_named(aside[0])
    if found := RELAYED_LAST.search(sentence):
        # ("the agency Noticias Argentinas": the outlet by its name)
        return re.sub(r"^(?:news\s+)?(?:agency|newspaper|daily|broadcaster)\s+(?=[A-ZÀ-ɏ])", "",
                      clean_name(found.group(1) or found.group(2) or found.group(3)))
    if found := _RELAYED.search(sentence) or _timed_relay(sentence):
        return _outlet_named(_subject_of_relay(sentence, found))
    if found := _QUOTED_BY.search(sentence):
        return clean_name(found.group(2))
    if found := _QUOTED_AS_SAYING.search(sentence):
        return subject_at(sentence[: found.start()])
    return None


# "Police were quoted by the Anadolu agency as saying": the police, through the agency
_QUOTED_BY = re.compile(r"^(?:.*?\s[-–—]\s+)?(?:[Tt]he\s+)?(.{2,60}?)\s+(?:was|were)\s+quoted\s+"
                        r"by\s+(?:the\s+)?([^,.;]{2,60}?)\s+as\s+saying\b")


# The first verb of saying after a sentence's subject (and an aside between commas)
_SUBJECT_VERB = re.compile(r"(?:,[^,]{1,40},)?\s+(?:says|said|reports|reported|put|puts)\b")


def _relayed(sentence: str, m: Mentions) -> str | None:
    if (quoted_by := _QUOTED_BY.search(sentence)) is not None:
        return clean_name(quoted_by.group(1))
    if (aside := _citing_aside(sentence)) is not None:
        return aside[1]
    found = _RELAYED.search(sentence) or _QUOTED_AS_SAYING.search(sentence) or (
        _timed_relay(sentence))
    if not found or not relaying_agency(sentence):
        return None
    if _NO_SOURCE.search(found.group(1)) and not is_body(found.group(1)):
        return None  # ("citing its own reporters", "citing heavy rains": the outlet's word)
    # ("The Uganda Red Cross Society, however, says 44 pupils were injured, URN reported,
    # quoting the society's regional branch manager": the society the sentence names)
    kind = re.match(r"(?:the\s+)?([a-z]+)['’]s\s", found.group(1))
    verb = _SUBJECT_VERB.search(sentence)
    if kind is not None and verb is not None and (
            subject := subject_at(sentence[: verb.start()])) and kind[1] in subject.lower().split():
        return subject
    if (officer := _OFFICER_OF.fullmatch(found.group(1).strip())) and is_body(officer[1]):
        return clean_name(officer[1])
    # ("the Gasa dzongkhag (district) administration": the gloss is no part of the name;
    # nor what of it was cited: "figures from the health department", "the Red Cross's
    # figures")
    cited = re.sub(r"\s*\([a-z][^()]*\)(?=\s)", "", found.group(1))
    body = re.sub(r"(?:['’]s)?\s+(?:latest\s+|new\s+|updated\s+|own\s+|official\s+)?"
                  r"(?:figures|data|statistics|count|tally)$", "", re.sub(
        r"^(?:the\s+)?(?:latest\s+|official\s+|provisional\s+)?(?:figures|data|statistics)\s+"
        r"(?:from|of|by|released\s+by)\s+", "", cited))
    # (a person's data are the person's: "Dr Jean Mugabo's data")
    return clean_name(body if is_body(body) or (body != cited and body[:1].isupper()) else cited)


def _relayed_last(sentence: str, m: Mentions) -> str | None:
    # "Dr. Ana Ruiz raised the toll to 65, The Associated Press reported.": the claimant
    # is who the clause before the outlet names; with no one named there, the outlet
    if (found := RELAYED_LAST.search(sentence)) is None:
        return None
    clause = sentence[: found.start()] + "."
    return next((who for rule in CLAIMANT_RULES[2:] if (who := rule.find(clause, m))), None)


def _according_to_near_count(sentence: str, m: Mentions) -> str | None:
    # "..., according to the Ugandan police": the attribution closest to the figure
    if (acc := ACCORDING.search(sentence)) and counts_in(sentence[: acc.start()]):
        return clean_name(acc.group(2) or acc.group(1))
    return None


def _subject_says(sentence: str, m: Mentions) -> str | None:
    if (inverted := SAY_THEN_NAME.search(sentence)) and not SAY.search(
            sentence[: inverted.start()]):
        # "... to the morgue in Multan, said Mohammed Irfan, a doctor": the name after the
        # verb speaks, not the place before it (`said_then_name`)
        return None
    if (closing := _CLOSING_VERB_THEN_BODY.search(sentence)) and is_body(closing.group("body")) \
            and not SAY.search(sentence[: closing.start()]):
        # ("..., on the national road Prishtina–Prizren, has risen to 5, informed this
        # evening the Kosovo Police.": the body after the verb (`closing_verb_then_body`)
        return None
    if (subj := subject_before(sentence)) is None:
        return None
    if (kind := _NAME_ACRONYM_KIND.fullmatch(subj)) is not None \
            and f"{kind[1]} ({kind[2]}) {kind[3]}" in sentence:
        # ("the Republican National Guard (GNR) police force said": the name before its
        # short form; the words after it say what kind of body it is)
        subj = kind[1]
    return m.person(subj)[0]


# (only words that name no other body: not "the KRG health ministry", "the DRC army")
_NAME_ACRONYM_KIND = re.compile(r"(.+?[A-ZÀ-ɏ][\w’'-]*) "
                                r"((?=(?:[a-z]*[A-ZÀ-ɏ]){2})[A-ZÀ-ɏ][A-Za-z]{1,9}) "
                                r"((?:[a-z]+ )?(?:police force|force|group|"
                                r"spokes(?:man|woman|person)|chief|officials?))")


# "..., Mr Tanaji Kamble, a disaster management spokesman for the city authority,
# said": the body the spokesperson speaks for
# (and "Dr. Tarek Shalaby, the official spokesman of the Ministry of Health, announced")
_SPOKESPERSON_FOR_BODY = re.compile(
    r"(?:[A-ZÀ-ɏ][\w’'\-]+|[A-ZÀ-ɏ]\.)(?:\s+(?:[A-ZÀ-ɏ][\w’'\-]+|[A-ZÀ-ɏ]\.))*,\s+(?:an?|the)\s+"
    r"(?:[a-z][\w\-]*\s+){0,3}spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?"
    r"([^,.;]{2,80}?),\s*(?:said|says|told|announced|stated|confirmed)\b")


# "State television's Canal Caribe reports that the Ministry of Public Health now
# counts two dead": the medium relays, the body it names counts
_MEDIUM_REPORTS_THAT_BODY = re.compile(
    r"\b(?:television|TV|radio|media|newspaper|daily|broadcaster|channel|outlet|agency|"
    r"[A-ZÀ-ɏ][\w’'-]*\s+(?:Caribe|News|Times|Post|Herald|Tribune))\b[^.;]{0,40}?\s+"
    r"(?:reports|reported|says|said|announced)\s+that\s+(?:the\s+)?"
    r"(?P<body>[A-ZÀ-ɏ][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ɏ][\w’'-]*){0,6}"
    r"(?:\s*\([A-ZÀ-ɏ]{2,10}\))?)\s+(?:(?:now|also|has|had|have)\s+)*"
    r"(?:counts|counted|puts|put|says|said|reports|reported|recorded|confirmed|confirms|gives|"
    r"gave|lists|listed)\b")


def _medium_reports_that_body(sentence: str, m: Mentions) -> str | None:
    found = _MEDIUM_REPORTS_THAT_BODY.search(sentence)
    if found is None or not is_body(found["body"]):
        return None
    # (the figure in the body's own clause: not "said that the ministry confirmed the
    # attack, and its own reporters counted 10 dead")
    rest = sentence[found.end():]
    figure = A_FIGURE.search(rest)
    return None if re.search(r"[,;]|\band\b", rest[:figure.start() if figure else len(rest)]) \
        else found["body"]


def _spokesperson_for_body(sentence: str, m: Mentions) -> str | None:
    found = _SPOKESPERSON_FOR_BODY.search(sentence)
    return clean_name(found.group(1)) if found else None


def _said_then_name(sentence: str, m: Mentions) -> str | None:
    # "..., said Abu Sufian Khan, the deputy commissioner"
    return m.person(after.group(1))[0] if (after := SAY_THEN_NAME.search(sentence)) else None


# "..., said the police.", "..., said the regional health office": a body after its verb
_SAID_THE_BODY = re.compile(r",\s*(?:said|says|reported|added)\s+(?:the\s+)?((?:[a-z][\w\-]*\s+)"
                            r"{0,3}?(?:" + GROUP_NOUN + "|" + "|".join(sorted(BARE_SPEAKERS))
                            + r"))\s*[,.;]?\s*$")


def _said_the_body(sentence: str, m: Mentions) -> str | None:
    return found.group(1) if (found := _SAID_THE_BODY.search(sentence)) else None


# "..., said a statement from the interior ministry", "said a post on the official
# account of the fire service": the body whose document it is
_SAID_DOCUMENT_FROM = re.compile(
    r",\s*(?:said|reported|according to)\s+an?\s+(?:tweet|statement|post|bulletin|report|"
    r"message|update|notice)\b[^,.;]{0,40}?\b(?:from|of|by|on)\s+(?:the\s+)?(?:official\s+"
    r"(?:account|page|website|channel)\s+of\s+)?(?:the\s+)?([^,.;]{2,80}?)\s*(?:[,.;]|$)")


def _said_document_from(sentence: str, m: Mentions) -> str | None:
    found = _SAID_DOCUMENT_FROM.search(sentence)
    return clean_name(found.group(1)) if found else None


# "In the first written statement made by the Yalova Governorship, it was announced
# that ...", "In a post on the social media account of the union, it was claimed
# that ...": a sentence that opens with the body's document and says "it was ..."
_IN_A_DOCUMENT_BY = re.compile(
    r"(?:^|\s[-–—]\s)\s*In\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|communiqu[eé]|"
    r"release|post|bulletin|report|message|update|notice)\s+(?:(?:made|issued|released|"
    # ("a post on the official account of X", never "a report on the police": its subject)
    r"published|posted|shared)\s+)?(?:by|from|of|on(?=\s+(?:the\s+|its\s+)?(?:official\s+)?"
    r"(?:social\s+media\s+)?(?:account|page|website|channel)\b))\s+(?:the\s+)?(?:(?:official\s+)?"
    r"(?:social\s+media\s+)?(?:account|page|website|channel)\s+of\s+(?:the\s+)?)?"
    r"([^,.;]{2,80}?)\s*,\s*it\s+(?:was|has\s+been|had\s+been)\s+(?:announced|said|"
    r"stated|claimed|reported|confirmed|declared|noted)\s+that\b", re.I)


def _in_a_document_by(sentence: str, m: Mentions) -> str | None:
    found = _IN_A_DOCUMENT_BY.search(sentence)
    if found is None:
        return None
    name = clean_name(found.group(1))
    # (an outlet's report relays, "a report by the BBC"; two issuers, "by the governorship
    # and the Red Crescent", are no one body)
    if not is_body(name) or news_agency(name) or re.search(r"\band\s+(?:the\s+)?[A-ZÀ-ɏ]", name):
        return None
    return name


def _with_saying(sentence: str, m: Mentions) -> str | None:
    # "The death toll has been revised to 224, with police saying that ...": the toll
    # is theirs
    # (a body or people who speak for one: not "with witnesses reporting gunfire", "with
    # rescuers still searching and officials saying", "with many of them reporting burns")
    # ("with public hospitals and the state government confirming": bodies in a list)
    body = (r"(?:[A-ZÀ-ɏ][\w’'\-]*|police|officials|authorities|hospitals?|government|"
            r"ministry|agency)")
    kind = r"(?:public|state|local|provincial|national|district|city|the|and)"
    found = re.search(rf",\s+with\s+(?:the\s+)?((?:{kind}\s+|{body}\s+){{0,6}}?{body})\s+"
                      r"(?:saying|confirming|stating)\b", sentence)
    return clean_name(found.group(1)) if found else None


def _learned_from(sentence: str, m: Mentions) -> str | None:
    # "We have learned from the port authority that two divers died": the authority's
    found = re.search(r"\b(?:learned|learnt|heard|been told|been informed|informed)\s+(?:by|from)"
                      r"\s+(?:the\s+)?([^,.;]{2,60}?)\s+that\b", sentence)
    return clean_name(found.group(1)) if found else None


def _put_the_toll(sentence: str, m: Mentions) -> str | None:
    # ("the prime minister's office gave what it called its final figure: 136 dead")
    if gave := re.search(r"^(.*?)\s+(?:gave|gives|(?:has|have|had)\s+given|issued|released)\s+"
                         r"(?:what it called\s+)?"
                         # ("the agency gave the same figures for the lake")
                         r"(?:its|a|the|their)\s+(?:\w+\s+)?(?:figures?|toll|count|tally)\b",
                         sentence):
        return m.person(found)[0] if (found := subject_at(
            without_relative_clauses(gave.group(1) + " "))) else None
    # ("The county police now give four dead": a body that gives a count)
    if (gives := re.search(r"^(.*?)\s+(?:now\s+|also\s+)?(?:give|gives|gave|(?:was|is|were|are)\s+"
                           r"(?:now\s+|also\s+)?giving)\s+(?=(?:at least\s+|"
                           r"more than\s+)?[\w,]+\s+(?:dead|deaths|killed|injured|wounded)\b)",
                           sentence)) and A_FIGURE.match(sentence, gives.end()) and not re.match(
            # (not "Its update of 26 August gives 11 dead": a document of the body before)
            r"\W*(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)\s+(?:\w+\s+)?(?:update|statement|report|"
            r"bulletin|release|figures?|count|tally|data)\b", gives.group(1)):
        return m.person(found)[0] if (found := subject_at(
            without_relative_clauses(gives.group(1) + " "))) else None
    # ("kept its toll at six": the toll held, put again)
    put = re.search(r"^(.*?)\s+(?:" + "|".join(TOLL_SETTING_VERBS) + r")\s+"
                    r"(?:the\s+|its\s+|their\s+)?"
                    r"(?:(?:confirmed|official|overall|total)\s+)?"
                    r"(?:death\s+)?(?:number|toll|count|tally|figure)|^(.*?)\s+(?:puts?|placed|places)\s+"
                    r"the\s+(?:dead|injured|wounded)\s+at\b"
                    # ("... was eight but subsequently police officials revised it to six")
                    r"|^(.*?)\s+(?:revised|corrected|lowered|raised|updated)\s+it\s+"
                    r"(?:(?:down|up|upward|downward)\s+)?to\b"
                    # ("The ministry on Wednesday raised to five the number of firefighters
                    # killed": the figure before what it counts)
                    r"|^(.*?)\s+(?:raised|lowered|revised|brought|put|pushed|lifted)\s+to\s+"
                    r"[\w,]+\s+the\s+(?:(?:death\s+)?toll|number)\b", sentence)
    if put is None:
        return None
    head = put.group(1) or put.group(2) or put.group(3) or put.group(4)
    if put.group(3):
        # (the subject of the last clause: "... was eight but subsequently police officials")
        # (not "and" inside a name: "the Department of Health and Human Services")
        head = re.split(r",\s*(?:and|but)\s+|\b(?:but|then|however|subsequently|later)\b",
                        head)[-1]
    # "The NDRRMC's 6 a.m. bulletin puts the dead at 14": the body whose bulletin it is
    if owner := re.search(r"^(?:[Tt]he\s+)?(.+?)[’']s\s+(?:[\w.:\-]+\s+){0,3}(?:bulletin|report|"
                          r"statement|update|figures|tally|count)\s*$", head):
        head = owner.group(1)
    return m.person(found)[0] if (found := subject_at(head)) else None


def _earlier_reports(sentence: str, m: Mentions) -> str | None:
    # "Initial reports put the toll at 30": those reports, an earlier count of the toll
    # the claimant of the last claim, whose earlier figure it is (the merge puts it before
    # that claim), or the reports themselves when no one claimed before
    # ("The first reports put the death toll at 270")
    found = re.match(r"(?:The\s+)?((?:Earlier|Initial|First|Early|Previous|earlier|initial|first|"
                     r"early|previous)\s+(?:reports|figures|estimates))\s+(?:put|gave|said|had)\b",
                     sentence)
    if found is None:
        return None
    return m.last_claimant[1] or found.group(1).lower()


def _other_reports(sentence: str, m: Mentions) -> str | None:
    # "Some other reports put the death toll at 50": figures no one named gives, beside
    # the bodies' own; never the last claimant's
    return "Unknown" if re.match(r"(?:But\s+|And\s+)?(?:Some\s+|Several\s+)?(?:[Oo]ther|"
                                 r"[Uu]nconfirmed|[Uu]nofficial|[Ss]ome)\s+(?:media\s+)?reports\s+"
                                 r"(?:put|gave|said|spoke|suggested|cited|had)\b", sentence) \
        else None


# "Compiled data from the government and the Red Cross showed 27 people had died"
_DATA_FROM = re.compile(r"\b(?:data|figures|statistics|numbers|tally|count)\s+(?:compiled\s+|"
                        r"released\s+|published\s+|issued\s+)?(?:from|by|of)\s+(?:the\s+)?"
                        r"([^,.;]{2,60}?)\s+(?:showed|shows|show|indicated|indicates|put|puts)\b")


def _data_from(sentence: str, m: Mentions) -> str | None:
    return clean_name(found.group(1)) if (found := _DATA_FROM.search(sentence)) else None


def _according_to(sentence: str, m: Mentions) -> str | None:
    return clean_name(acc.group(2) or acc.group(1)) if (acc := ACCORDING.search(sentence)) \
        else None


def _found_bodies(sentence: str, m: Mentions) -> str | None:
    # "the coast guard had recovered 82 bodies"
    # ("has so far recorded 16 deaths")
    found_by = re.search(r"^(.*?)\s+(?:had\s+|has\s+|have\s+)?(?P<adverb>(?:so far|now|already|"
                         r"also)\s+)?(?:recovered|found|counted|counts|count|"
                         r"recorded|registered|pulled out|reports|report|confirms|confirm)\b",
                         sentence)
    if not found_by or not (who := subject_at(found_by.group(1))):
        return None
    if who.lower() in REPORTS_OF_NO_ONE:
        return None  # "Initial reports had claimed that ...": reports, not a body that reports
    # (but "The police now count three dead": a body that counts)
    if found_by["adverb"] and not _NAMED.search(who) and who.lower() not in (
            "police", "the police", "officials", "authorities"):
        return None  # "The combined rescue team has so far recovered": rescuers, not who counts
    return m.person(who)[0]


# A proper name after a sentence's first word: "The National Disaster Management Authority"
_NAMED = re.compile(r"(?<=\s)[A-ZÀ-ɏ]|^[A-ZÀ-ɏ]{2,}\b|^[A-ZÀ-ɏ][a-z]+\s+[A-ZÀ-ɏ]")


# "At least 212 were confirmed dead by the ministry": the body the passive names
# ("It was earlier purported by the Ministry of Information that 17 people were
# confirmed dead": the body, never the clause after it)
# ("– it was informed on Sunday by the Voivode Tadeusz Rogala", "As it was communicated by
# the Crisis Management Centre", "this was confirmed to PAP by the Consulate": a
# translation's passive, when or to whom between the verb and its body)
_PASSIVE_BY = re.compile(r"\b(?:confirmed|reported|declared|pronounced|counted|recorded|listed|"
                         r"registered|stated|announced|given|purported|(?<=was )informed|"
                         r"(?<=was )communicated)\s+"
                         r"(?:as\s+)?(?:dead|killed|injured|wounded|hurt|missing)?"
                         r"\s*(?:(?:on|in)\s+(?:[A-Z][a-z]+|the\s+(?:morning|afternoon|evening))\s+|"
                         r"to\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?"
                         r"by\s+(?:the\s+)?([^,.;]{2,60}?)\s*(?:[,.;]|$|\s+(?:on|in|as|at|"
                         r"after|since|up|down|while|earlier|previously|before|that)\b)")


def _passive_by(sentence: str, m: Mentions) -> str | None:
    if (found := _PASSIVE_BY.search(sentence)) is None:
        return None
    # (a body or someone named, never what did it: "reported killed by the explosion")
    # (whom a spokesperson speaks for: "confirmed to PAP by the spokeswoman of the Voivode")
    name = clean_name(re.sub(r"^(?:spokes(?:man|woman|person)|press\s+officer)\s+(?:of|for)\s+"
                             r"(?:the\s+)?", "", found.group(1)))
    if is_body(name):
        return name
    # (a person by their name, their office apart: "the Voivode Tadeusz Rogala")
    return m.person(name)[0] if name[:1].isupper() else None


# "The BPBD conveyed that ...", "the ministry communicates that ...", "the Police had
# spoken of 3 persons ...": whatever the verb, a subject that reports a clause with a count
_REPORTS_A_CLAUSE = re.compile(
    r"^(?P<head>[^;:“”\"]{2,160}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|further\s+|"
    r"still\s+|already\s+)?(?P<verb>[a-z]{3,}(?:ed|es|s)|spoken|written|given|"
    # (a plural subject's verb: "Human rights groups in Guinea claim that")
    r"claim|say|report|confirm|state|estimate|allege|insist|maintain|announce|indicate)\s+"
    r"(?:(?:on|this|last)\s+[a-z]+\s+|today\s+|yesterday\s+)?(?:that\b|of\b(?=\s+"
    r"(?:at least\s+|more than\s+|some\s+)?" + NUM + r")"
    # ("has estimated there were likely 100 to 300 people killed", "believes at least
    # 10,000 people died": a verb of reckoning, its clause without "that")
    r"|(?:(?<=estimated )|(?<=estimates )|(?<=believes )|(?<=reckons ))"
    r"(?=there\s+(?:were|was|are|is|had\s+been|have\s+been)\b|"
    r"(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+|up to\s+)?"
    + NUM + r"\s))")
# ("... has risen to 5, informed this evening the Kosovo Police."): the body after a
# verb that closes the sentence, the word order of copy translated from some languages
_CLOSING_VERB_THEN_BODY = re.compile(
    r",\s+(?:[a-z]{3,}ed|[a-z]{3,}s)\s+(?:(?:this|last|on)\s+[a-z]+\s+|today\s+|yesterday\s+)?"
    r"(?:the\s+)?(?P<body>[A-ZÀ-ɏ][\w’'\-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?"
    r"[A-ZÀ-ɏ][\w’'\-]*){0,6})\s*[.!]?\s*$")


# "Authorities in Hawaii have adjusted the number of deaths ...", "the spokesman ...
# gave the first official figures": whatever the verb, a subject that acts on its toll
_ACTS_ON_THE_TOLL = re.compile(
    r"^(?P<head>[^;:“”\"]{2,160}?)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+|again\s+)?"
    r"(?P<verb>[a-z]{3,}(?:ed|es|s)|gave|put|kept|set)\s+(?:the|its|their|his|her)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:death\s+toll|toll|number\s+of\s+(?:deaths|dead|victims|fatalities)|"
    r"count|tally|figures?)\b")


# "the ministry's count stood at eight dead", "By then the Red Cross's tally was 12":
# whose count it is
_OWNER_OF_THE_COUNT = re.compile(
    r"(?:^|[,;:]\s+|\s)(?:the\s+)?(?P<owner>(?:[A-ZÀ-ɏ][\w’'\-]*|[a-z][\w\-]*)"
    r"(?:\s+(?:of\s+(?:the\s+)?)?[\w’'\-]+){0,5}?)[’']s\s+(?:(?:own|latest|new|official|"
    r"revised|final|first|updated)\s+)?(?:death\s+)?(?:toll|count|tally)\s+"
    r"(?:now\s+|then\s+|still\s+)?(?:was|is|stood|stands|had|has|rose|reached|climbed|fell|"
    r"went\s+(?:up\s+)?to)\b")


def _owner_of_the_count(sentence: str, m: Mentions) -> str | None:
    found = _OWNER_OF_THE_COUNT.search(sentence)
    # (the count may be read with its frame: "the Red Cross's tally was 14.")
    if found is None or not any(c.start >= found.start("owner") for c in counts_in(sentence)):
        return None
    owner = subject_at(found.group("owner") + " ") or (
        clean_name(found.group("owner")) if is_body(found.group("owner")) else None)
    return owner if _names_a_claimant(owner) else None


# Verbs that doubt, deny, fear, hope or mourn a figure: their subject is no claimant of
# it ("Israel denies that 40 civilians were killed", "Critics doubted the official
# figures of 40", "Spain mourned the toll of 200")
_NOT_A_CLAIM = frozenset({
    "denies", "denied", "deny", "doubts", "doubted", "doubt", "disputes", "disputed",
    "dispute", "questions", "questioned", "question", "rejects", "rejected", "reject",
    "fears", "feared", "fear", "hopes", "hoped", "hope", "prays", "prayed", "pray",
    "demands", "demanded", "demand", "mourns", "mourned", "mourn", "compares", "compared",
    "compare", "circulated", "circulates", "expects", "expected", "expect", "wishes",
    "wished"})


def _acts_on_the_toll(sentence: str, m: Mentions) -> str | None:
    found = _ACTS_ON_THE_TOLL.search(sentence)
    if found is None or found.group("verb").lower() in _NOT_A_CLAIM:
        return None
    return _claimant_of(found.group("head"), said_in_it=True)


def _claimant_of(head: str, said_in_it: bool = False) -> str | None:
    """The claimant a general reading's subject words name, after the dateline a lead
    sentence opens with ("NORVALE, March 3, 2024 (Reuters) - Authorities in Hawaii");
    none when the words hold a figure (or, `said_in_it`, a verb of saying)."""
    head = re.split(r"\s[-–—]\s+|\)\s*[-–—.]+\s*", head)[-1]
    if A_FIGURE.search(head) or (said_in_it and SAY.search(head)):
        return None
    name = subject_at(without_relative_clauses(head + " "))
    return name if _names_a_claimant(name) else None


# Words that point back and name no one: "This brings the number of fatalities to two"
_POINTERS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
                       "those", "which", "who", "what"})


# An office named in lower case: "governor", "regional commissioner"
_OFFICE = re.compile(r"(?:[a-z][\w\-]*\s+){0,2}(?:" + PERSON_WORD + r")")


def _names_someone(name: str | None) -> bool:
    """The subject a general reading found names a body or a person."""
    # (an office named in lower case too: "the governor's toll")
    return name is not None and name.lower() not in _POINTERS and (
        is_body(name) or name[:1].isupper() or _OFFICE.fullmatch(name) is not None)


# Words that open a storm's or a disaster's name: its toll is no one's claim
_DISASTER_NAME = re.compile(r"(?:Hurricane|Typhoon|Cyclone|Storm|Tropical|Super|Tsunami|"
                            r"Earthquake|Quake|Flood|Fire|Wildfire)\b")


def _names_a_claimant(name: str | None) -> bool:
    """What the general readings take as a claimant: a body, an office, or a person's
    name of two words or more; never a place, a storm or one capitalised word
    ("Gaza's toll", "Hurricane Otis's toll", "Rumours circulated that")."""
    if name is None or not _names_someone(name):
        return False
    if is_body(name) or name.lower() in BARE_SPEAKERS or _OFFICE.fullmatch(name):
        return True
    return (len(name.split()) >= 2 and not _DISASTER_NAME.match(name)
            and lookup_country(name) is None)


def _reports_a_clause(sentence: str, m: Mentions) -> str | None:
    found = _REPORTS_A_CLAUSE.search(sentence)
    # (not "assured that “there will be no impunity” for the deaths of 38": a quote is
    # the speaker's words, the figure after it the story's)
    if found is None or found.group("verb").lower() in _NOT_A_CLAIM or not (
            counted := counts_in(sentence[found.end():])) or re.match(
                r"\s*[“\"]", sentence[found.end():]):
        return None
    if found.group("verb").lower() in _RECKONS and (
            found.group("head").rstrip().endswith(",") or min(c.start for c in counted) > 30):
        # ("The Kora Dam, estimated 40 years old, burst and killed 12": a participle;
        # "The governor estimates 3,000 homes were destroyed in the storm that killed 12":
        # the reckoning is of the homes, the count comes later)
        return None
    return _claimant_of(found.group("head"))


# Verbs of reckoning, whose clause may come without "that"
_RECKONS = frozenset({"estimated", "estimates", "believes", "reckons"})


def _closing_verb_then_body(sentence: str, m: Mentions) -> str | None:
    found = _CLOSING_VERB_THEN_BODY.search(sentence)
    if found is None or not is_body(found.group("body")) or not counts_in(
            sentence[:found.start()]) or re.search(
                # ("..., and it is expected to weaken, forecasts the Weather Service": a
                # forecast's author gives no toll)
                r"\b(?:expected|forecast|will|would|likely)\b", sentence[:found.start()]):
        return None
    return clean_name(found.group("body"))


def _pronoun_said(sentence: str, m: Mentions) -> str | None:
    # "“We have buried 61 people,” he said", "..., it said": whoever that is
    said = re.search(rf"(?:[”\"],?|,)\s*(he|she|it|they)\s+(?:{SAY_VERBS})\b", sentence)
    return said.group(1) if said else None


def _figures_from(sentence: str, m: Mentions) -> str | None:
    # "Updated figures from the governor: 23 killed, 71 wounded"
    # (after a dateline: "LONDON, March 3 (Reuters) - Updated figures from ...")
    # ("Correction from NEMA: the number of children in hospital is 19")
    # ("10:05 — First figures from the EMS: two people dead")
    found = re.search(r"(?:^|\s[-–—]\s)(?:(?:updated|latest|new|official|revised|first|initial|"
                      r"final|provisional)\s+)?(?:figures|"
                      r"toll|tally|count|correction|update|statement)\s+(?:from|by|of|given by)"
                      r"\s+(?:the\s+)?([^:,]{2,60})"
                      r"(?:,[^:]{0,60})?:", sentence, re.I)
    if found is None:
        return None
    name = found.group(1).strip()
    # (not where it comes from: "Update from Kabul:", "Statement from the scene:"; a
    # correction or an update is a body's, its letters or its name)
    if not found.group(0).lower().lstrip(" -–—").startswith(("figures", "toll", "tally", "count",
                                                              "updated", "latest", "new",
                                                              "official", "revised")) and not (
            is_body(name) or re.fullmatch(r"[A-ZÀ-ɏ]{2,8}", name)):
        return None
    return name


# "SES: eight people have been killed": a live entry that opens with its source
# (not a label: "UPDATE: ...", "BREAKING: ...")
_SOURCE_COLON = re.compile(r"^\s*(?:\d{1,2}[:.h]\d{2}\s*[|—–-]?\s*)?"  # (a live entry's stamp)
                           # ("First figure from the Health Directorate: 38 people ...")
                           r"(?:(?:[A-Z][a-z]+\s+)?(?:figures?|count|toll|tally)\s+(?:from|of)\s+"
                           r"(?:the\s+)?)?"
                           r"(?P<name>[A-ZÀ-ɏ][\w’'-]*(?:\s+(?:of\s+)?[A-ZÀ-ɏ][\w’'-]*){0,5})"
                           r"\s*:\s+\S")


def _source_colon(sentence: str, m: Mentions) -> str | None:
    found = _SOURCE_COLON.match(sentence)
    if found is None or found["name"].upper() in ENTRY_LABELS or not is_body(found["name"]):
        return None
    if found.start("name") > found.start() and (
            SAY.search(sentence, found.end()) or not ends_in_a_body_noun(found["name"])):
        # ("Death toll from Union Station: 4 dead, transit police said": a place's toll,
        # its sayer after; only a body's name after "figure from")
        return None
    if found["name"].isupper() and (len(found["name"]) > 4 or SAY.search(sentence)
                                    or re.fullmatch(r"(?:[^AEIOU][AEIOU]){2}", found["name"])
                                    or lookup_country(found["name"])):
        # "KARACHI: Faisal Edhi reiterated ...", "ROME: Eight people were killed": a
        # dateline (a place's name, spelt as a word), no source ("SES:", "NDMA:")
        return None
    return found["name"]


CLAIMANT_RULES: tuple[ClaimantRule, ...] = (
    ClaimantRule("source_colon", _source_colon,
                 "SES: eight people have been killed in the explosion."),
    ClaimantRule("relayed_by_agency", _relayed,
                 "Six divers drowned, the state news agency reported, quoting the navy."),
    ClaimantRule("relayed_last", _relayed_last,
                 "Hospital director Ana Ruiz raised the death toll to 65, The Associated "
                 "Press reported."),
    ClaimantRule("according_to_near_count", _according_to_near_count,
                 "Eleven people died in the crush, according to the county coroner, who "
                 "said more were missing."),
    ClaimantRule("data_from", _data_from,
                 "Compiled data from the ministry and the Red Cross showed 27 people had died."),
    ClaimantRule("medium_reports_that_body", _medium_reports_that_body,
                 "State television reported that the Ministry of Health now counts two dead "
                 "and 77 injured."),
    ClaimantRule("spokesperson_for_body", _spokesperson_for_body,
                 "“We found 15 bodies,” Mr Tanaji Kamble, a disaster management spokesman "
                 "for the city authority, said."),
    ClaimantRule("subject_says", _subject_says,
                 "The Norvale fire service said 23 people were killed."),
    ClaimantRule("said_then_name", _said_then_name,
                 "Fourteen miners were killed, said Tomasz Wrobel."),
    ClaimantRule("said_the_body", _said_the_body,
                 "Both attackers were killed in the raid, said the police."),
    ClaimantRule("said_document_from", _said_document_from,
                 "Nineteen people have died, said a post on the official account of the "
                 "Norvale Fire Service."),
    ClaimantRule("in_a_document_by", _in_a_document_by,
                 "In the first written statement made by the Norvale Governorship, it was "
                 "announced that 3 workers lost their life."),
    ClaimantRule("learned_from", _learned_from,
                 "We have learned from the Norvale port authority that two divers died."),
    ClaimantRule("put_the_toll", _put_the_toll,
                 "The regional governor put the death toll at 37."),
    ClaimantRule("other_reports", _other_reports,
                 "The police said eight died. Some other reports put the death toll at 50."),
    ClaimantRule("earlier_reports", _earlier_reports,
                 "The governor said 41 people had died. Initial reports put the number of the "
                 "dead at 30."),
    ClaimantRule("according_to", _according_to,
                 "According to the provincial health office, 12 pupils were injured."),
    ClaimantRule("found_bodies", _found_bodies,
                 "The coast guard had recovered 82 bodies by dawn."),
    ClaimantRule("figures_from", _figures_from,
                 "Latest figures from the Red Crescent: 9 killed, 30 wounded."),
    ClaimantRule("with_saying", _with_saying,
                 "The death toll has been revised to 224, with police saying that more bodies "
                 "were found."),
    ClaimantRule("passive_by", _passive_by,
                 "At least 212 people were confirmed dead by the civil defence agency."),
    ClaimantRule("owner_of_the_count", _owner_of_the_count,
                 "By Thursday evening the ministry's count stood at eight dead."),
    ClaimantRule("acts_on_the_toll", _acts_on_the_toll,
                 "Authorities in Hawaii have adjusted the number of deaths down to 97."),
    ClaimantRule("reports_a_clause", _reports_a_clause,
                 "Sri Lestari Ningsih conveyed that 19 residents have received treatment."),
    ClaimantRule("closing_verb_then_body", _closing_verb_then_body,
                 "The number of the dead has risen to 5, informed this evening the Kosovo "
                 "Police."),
    ClaimantRule("pronoun_said", _pronoun_said,
                 "“Nine of our crew were killed,” she said."),
)


# "a first statement from the army": the army is the claimant, its statement the medium
_DOCUMENT_OF = re.compile(r"^(?:(?:first|initial|earlier|later|new|latest|second|updated|revised|"
                          r"official)\s+)?"
                          r"(?:statement|report|bulletin|tally|count|update)\s+(?:from|by|of)\s+"
                          r"(?:the\s+)?", re.I)


# "a spokesman for the fire brigade": the brigade speaks through them, one claimant
# ("the press service of the State Emergency Service": the service, through its office)
_SPOKESPERSON_FOR = re.compile(r"^(?:(?:a|an|the)\s+)?(?:spokes(?:man|woman|person)|press\s+"
                               r"(?:service|office))\s+(?:for|of)\s+(?:the\s+)?", re.I)


def find_claimant(sentence: str, mentions: Mentions) -> tuple[str, str] | None:
    """The claimant by the first rule that finds one, and the rule's name."""
    for rule in CLAIMANT_RULES:
        if (found := rule.find(sentence, mentions)) is not None:
            if rule.name.startswith("according_to") and _SEEN_DOCUMENT.fullmatch(found):
                # ("..., according to excerpts of a document seen Thursday by AFP": a paper
                # nobody is named as issuing; the sentence's subject gave the figure)
                continue
            if rule.name.startswith("according_to") and news_agency(found):
                # ("..., according to the state news agency Agence Bénin Presse": it
                # relays; the body the sentence names, if any, gave the figure)
                continue
            if _DOCUMENT.fullmatch(found) and (author := _author(mentions)):
                # "according to the second communiqué": the body that issued it
                return author, "document_author"
            if _DOCUMENT.fullmatch(found):
                if (issuer := re.search(r"\b(?:by|from)\s+(?:the\s+)?([^,;]{2,80})$", found)):
                    # ("according to data as of Friday from the health ministry", "the
                    # statement read by army spokesman X": who issued it, named in it)
                    return clean_name(issuer[1]), "document_issuer_named"
                continue  # (a paper nobody is named as issuing is no claimant)
            # ("according to the ERCS assessment as of this morning": the body whose
            # document it is)
            found = re.sub(r"^((?:[A-ZÀ-ɏ][\w’'-]*\s+){0,5}?[A-ZÀ-ɏ][\w’'-]*)\s+(?:assessment|"
                           r"report|statement|update|bulletin|tally|data)(?:\s+as\s+of\b.*)?$",
                           r"\1", found)
            # ("quoting Commander Tolera Gudeta of the West Shewa Zone Police": the body
            # the person is of, who speaks for it)
            if (of := re.fullmatch(r"((?:[A-ZÀ-ɏ][\w’'.-]*\s+){2,4})of\s+the\s+(.+)", found)) \
                    and not is_body(of.group(1).strip()) and is_body(of.group(2)):
                found = of.group(2)
            # ("the Flood Relief Agency (FRA)": the name, its short form remembered)
            found = re.sub(r"\s+\([A-ZÀ-ɏ][A-Za-z]{1,9}(?:\s[A-ZÀ-ɏ][A-Za-z]{1,9})?\)$", "", found)
            if (run_together := body_then_person(found)) is not None:
                # ("Head of the Poltava Regional Military Administration Taras
                # Lytvynenko said": the person, who speaks for that body)
                found = run_together[1]
            return _SPOKESPERSON_FOR.sub("", _DOCUMENT_OF.sub("", found)), rule.name
    return None


# A document an outlet has seen, its author unnamed: "excerpts of a document seen
# Thursday by AFP", "a leaked memo"
# (only a paper said to be seen by an outlet, or read in excerpts; an adjective no
# issuer: "a government document seen by AFP" is the government's, "the report" is
# its issuer's, named before)
_A_PAPER = (r"(?:(?:an?|the)\s+)?(?:(?:leaked|internal|unclassified|classified|confidential|"
            r"secret|draft)\s+)?(?:" + "|".join(sorted(PAPERS)) + r")")
_SEEN_DOCUMENT = re.compile(r"(?:excerpts?|extracts?)\s+of\s+" + _A_PAPER
                            + r"(?:\s+(?:seen|obtained|reviewed)\b[^,;]*)?|" + _A_PAPER
                            + r"\s+(?:seen|obtained|reviewed)\b[^,;]*", re.I)


# A document named alone: "the second communiqué issued on Tuesday", "the statement"
# (and what a release calls its own figures: "the information available as of 15:00")
_DOCUMENT = re.compile(r"(?:(?:the|a|its|their)\s+)?(?:(?:first|second|third|latest|new|initial|"
                       r"earlier|later|last|updated)\s+)?(?:communiqu[eé]|statement|bulletin|report|"
                       r"update|release|information|data)(?:\s+(?:issued|released|published|read)"
                       r"\b.*|(?:\s+available)?(?:\s+(?:as\s+(?:of|at)|from|by)\b.*)?)", re.I)


def _author(mentions: Mentions) -> str | None:
    """Who issued a document named before: the last body that spoke or claimed."""
    return max((mentions.last_subject, mentions.last_claimant), key=lambda p: p[0])[1] \
        or mentions.author
