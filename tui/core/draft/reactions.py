"""The reactions stage: the countries and organisations that said or did
something, found by an ordered table of named subject rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from tui.core.draft.counts import counts_in
from tui.core.draft.groups import nation_of_people
from tui.core.draft.names import (
    WHERE_IT_SITS,
    countries_in,
    list_subject,
    organisations_in,
    subject_at,
    subject_before,
    without_relative_clauses,
)
from tui.core.draft.records import Item, Value, item
from tui.core.draft.words import GIVING_VERBS, REACT, REACTION_VERBS, SAY, STANCE_BY_VERB
from tui.core.format.countries import lookup_country
from tui.core.format.model import Country


def _labelled_country(label: str, paragraph: str) -> Country | None:
    """The country a round-up's label names, when the label is its own name
    alone (not "ISLAMABAD", "NEW MEXICO", "NIGER DELTA", "TURKISH AIRLINES")
    and its paragraph gives that country's word: a verb of reaction, or what
    it says of its own nationals or through its foreign ministry ("At least
    three U.K. nationals were killed, according to the Foreign Office")."""
    country = lookup_country(label) if len(label) > 3 else None
    if country is None:
        return None
    # (its people by the nation's word, "Two Canadians", "a Dutch woman": not a place in
    # it, "floods in Java")
    words = re.findall(r"[A-ZÀ-ɏ][\w’'\-]+", paragraph)
    own_people = any(nation_of_people(w) == country.code
                     for w in [*words, *map(" ".join, pairwise(words))])
    told = SAY.search(paragraph) or re.search(r"\baccording to\b", paragraph)
    return country if _A_COUNTRYS_REACTION.search(paragraph) or (own_people and told) or (
        re.search(r"\b(?:nationals|citizens)\b", paragraph)
        and re.search(r"\b(?:[Ff]oreign (?:[Oo]ffice|[Mm]inist\w+|[Aa]ffairs)|[Ee]mbassy|"
                      r"[Hh]igh [Cc]ommission|[Cc]onsulate)\b", paragraph)) else None


# What a country does or says of an event abroad: "condemned", "offered", "sent",
# "condolences", "sympathy", "solidarity"
_A_COUNTRYS_REACTION = re.compile(r"\b(?:condemn\w*|condolences?|offer\w*|sent|send\w*|pledg\w*|"
                                  r"mourn\w*|grief|griev\w*|sympath\w*|solidarity|shock\w*|"
                                  r"sadden\w*|tribute|prayers?|thoughts|denounc\w*|deplor\w*|"
                                  r"appall?\w*|outrage\w*|horr\w*|cowardly|called\s+for|"
                                  r"urged)\b", re.IGNORECASE)
# A response list's line under an organisation's name: "UNICEF: interim care for the 11
# unaccompanied children."
# (never a contacts list's line, "Red Cross Society: Secretary General, Mariama Conteh")
_ORGANISATION_LABEL = re.compile(r"([A-ZÀ-ɏ][\w .&’'()-]{1,60}?):\s+(?=[A-Za-zÀ-ɏ])"
                                 r"(?!(?:Secretary|Director|Coordinator|Head|Programme|Program|"
                                 r"Spokes\w*|Contact|Tel|Phone|E-?mail|Focal|Country|Regional|"
                                 r"Chief|Manager|Officer|Mr|Ms|Mrs|Dr)\b)")
# A round-up's label of a country in capitals before its paragraph: "BRITAIN: "
_COUNTRY_LABEL = re.compile(r"([A-ZÀ-Ý][A-ZÀ-Ý’' .-]{2,40}):\s+(?=\S)")
_OPENER = re.compile(r"^\s*(?:[▪•●◦■*]\s*|[-–—]\s+|\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?"
                     r"(?:[A-ZÀ-ɏ]{2,5}\s*)?[-–—]\s+)")


# `organisation_doing`: a situation report's "Save the Children is trucking water",
# "FAO has begun an assessment": what an organisation named first is doing
_ORGANISATION_DOING = re.compile(r"^\s*((?:[Tt]he\s+)?[A-ZÀ-ɏ][^,;]{1,60}?)(?:,\s*[A-ZÀ-ɏ]"
                                 r"[\w\-]+,)?"
                                 r"\s+(?:is|are|has|have)\s+(?:been\s+|also\s+)?"
                                 r"[a-z]+(?:ing|ed|un)\b")


# A nationality's business or people, no state that acts ("A Chinese company is operating
# the mine", "Two British tourists are being treated"), unlike "The Cuban medical brigade"
_NOT_A_STATE = re.compile(r"\b(?:company|companies|firm|operator|contractor|corporation|owner|"
                          r"owners|investors?|businessm[ae]n|tourists?|nationals?|citizens?|"
                          r"workers?|miners?|passengers?|students?|man|woman|family|families)\b",
                          re.I)


class Clause(NamedTuple):
    """A clause read for its subject: the clause without descriptions, the
    words before its verb, and the subject phrase found there."""

    main: str
    head: str
    subject: str | None


class Reactors(NamedTuple):
    countries: list[Country]
    organisations: list[str]


ReactorFinder = Callable[[Clause], Reactors | None]


class ReactionRule(NamedTuple):
    """A named way to find who reacts in a clause, with an example."""

    name: str
    find: ReactorFinder
    example: str


# "thanked Turkey, Qatar and the World Bank for ...": those thanked reacted
_THANKED = re.compile(r"\b(?:thanked|thanks|thank|thanking|grateful to)\s+([^.;]+?)"
                      r"(?=\s+for\b|[.;]|$)")
# "grateful to A for their courage, and to B, which sent tugs": B was thanked too
# (and "..., and the governments of Norway and Chad for their messages": both)
_AND_TO = re.compile(r",\s+and\s+(?:to\s+)?(?:the\s+(?:governments?|peoples?|authorities)\s+of\s+)?"
                     r"((?:the\s+)?[A-ZÀ-ɏ][^,.;]+?)(?=\s+for\b|,|[.;]|$)")


_SEMICOLON_TO = re.compile(r";\s+(?:and\s+)?to\s+(?:the\s+(?:governments?|peoples?|embassies|"
                           r"embassy|authorities)\s+of\s+)?((?:the\s+)?[A-ZÀ-ɏ][^,.;(]+?)"
                           r"(?=\s*\(|\s+for\b|,|[.;]|$)")


def _thanked(c: Clause) -> Reactors | None:
    if not (found := _THANKED.search(c.main)):
        return None
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", found.group(1)) if p.strip()]
    # "grateful to A, whose ...; to B, which ...; and to the embassies of C and D"
    parts += [p for m in _SEMICOLON_TO.finditer(c.main, found.end())
              for p in re.split(r"\s+and\s+(?=(?:the\s+)?[A-ZÀ-ɏ])", m.group(1))]
    parts += [p for m in _AND_TO.finditer(c.main, found.end())
              for p in re.split(r"\s+and\s+(?=(?:the\s+)?[A-ZÀ-ɏ])", m.group(1))
              if organisations_in(m.group(1)) or countries_in(p)]
    organisations = [o for p in parts for o in organisations_in(p)[:1]]
    # (a country's own society or fund is an organisation: "the Ghana Red Cross Society")
    unknown = [p for p in parts if not organisations_in(p)
               and _ORGANISATION_NAME.fullmatch(p.strip())]
    organisations += [u.group(1) for p in unknown if (u := _ORGANISATION_NAME.match(p.strip()))]
    countries = [k for p in parts if not organisations_in(p) and p not in unknown
                 for k in countries_in(p)[:1]]
    return Reactors(countries, organisations) if countries or organisations else None


# ("Saudi Arabia and Egypt sent condolences, as did the Kingdom of Bahrain": one more)
_AS_DID = re.compile(r",\s+as\s+did\s+(?=((?:the\s+)?[A-ZÀ-ɏ][^.;:,]*))")


def _list_of_reactors(c: Clause) -> Reactors | None:
    # ("the Turkish Embassy in Islamabad": Turkey's, wherever it sits)
    names = [re.sub(WHERE_IT_SITS + "$", "", n)
             for n in list_subject(c.main, REACTION_VERBS, offices=True)]
    if not names:
        return None
    countries = [k for n in names if not organisations_in(n) for k in countries_in(n)[:1]]
    organisations = [o for n in names for o in organisations_in(n)[:1]]
    if (also := _AS_DID.search(c.main)) is not None:
        more = _named_list(also.group(1))
        countries += more.countries
        organisations += more.organisations
    return Reactors(countries, organisations)


# An organisation the word lists do not know, by what its name says it is:
# "the Northern Relief Fund (NRF)", "the Coastal Workers' Federation"
# (as a subject only a fund or a federation: a "National ... Organisation" or a
# local foundation that speaks is most often the story's own)
_ORGANISATION_NAME = re.compile(r"(?:[Tt]he\s+)?((?:[A-ZÀ-ɏ][\w’'\-]+\s+(?:(?:of|for"
                                r"|and)\s+)?){1,5}"
                                r"(?:Fund|Federation|Foundation|Programme|Program|Organization|"
                                r"Organisation|Society))(?:\s+\([A-ZÀ-ɏ]{2,8}\))?\s*")
# (or a body whose name says it is international: "the International Maritime
# Organization", "the World Meteorological Organization")
_SUBJECT_ORGANISATION = re.compile(r"(?:[Tt]he\s+)?((?:(?!National\b)[A-ZÀ-ɏ][\w’'\-]+\s+"
                                   r"(?:(?:of|for|and)\s+)?){1,5}(?:Fund|Federation)|"
                                   r"(?:International|World|Global)\s+(?:[A-ZÀ-ɏ][\w’'\-]+\s+"
                                   r"(?:(?:of|for|and)\s+)?){0,4}(?:Organization|Organisation|"
                                   r"Agency|Programme|Program|Union|Committee)"
                                   # ("the International Union of Railways")
                                   r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-ZÀ-ɏ][\w’'\-]+\s*){1,3})?)"
                                   r"(?:\s+\([A-ZÀ-ɏ]{2,8}\))?\s*(?:(?:has|have|also)\s+)*")


# "received humanitarian assistance from Kuwait, Qatar and Greece", "aid from
# other countries, including Russia and France": the givers named in a list
# ("The attack also drew condemnation from the UN mission (UNAMA)")
_AID_FROM = re.compile(r"\b(?:[Aa]id|[Aa]ssistance|[Hh]elp|[Ss]upport|[Dd]onations?|[Tt]eams?|"
                       r"[Rr]elief|"
                       r"(?:aid\s+)?offers?|"
                       r"[Ss]upplies|shipments?|consignments?|"
                       r"[Cc]ondemnation|[Cc]riticism|[Ss]ympathy|[Ss]olidarity|"
                       # "Messages of condolence came from the governments of A, B and C"
                       # ("Cables of condolence and sympathy were received from the
                       # Ministries of Foreign Affairs of A, B and C")
                       r"[Cc]ondolences|(?:[Mm]essages|[Cc]ables|[Tt]elegrams|[Ll]etters|[Cc]alls|"
                       r"[Ww]ords)"
                       r"(?:\s+of\s+(?:condolence|sympathy|solidarity|support)(?:\s+and\s+"
                       r"(?:condolence|sympathy|solidarity|support))?)?)"
                       # ("Condolences to the families of the victims were sent by")
                       # ("Words of condolence in connection with the tragedy were expressed
                       # by")
                       r"(?:\s+(?:to|in\s+connection\s+with|over|for)\s+the\s+[^,.;]{0,50}?"
                       r"(?=\s+(?:were|was|have|had|came)\b))?\s+"
                       # ("came in through the night from", "were sent by")
                       r"(?:(?:came|poured in|arrived|have come|have arrived|were received|"
                       r"have been received)(?:\s+in)?(?:\s+(?:through|during|over|overnight|"
                       r"on)\b[^,.;]{0,30}?)?\s+)?"
                       # ("Sympathy was also conveyed by the governments of A and B")
                       r"(?:from|(?:were|was|have been|had been)\s+(?:also\s+)?(?:sent|conveyed|"
                       r"expressed|offered|extended|transmitted|addressed)\s+by)\s+"
                       # ("from our counterparts in Malaysia's Fire and Rescue Department")
                       r"(?:(?:our|their|its)\s+counterparts\s+in\s+)?"
                       r"(?:the\s+(?:governments?|leaders|leadership|peoples|[Mm]inistries\s+of\s+"
                       r"[Ff]oreign\s+[Aa]ffairs|foreign\s+ministries)\s+of\s+)?"
                       # ("from diplomatic allies including Paraguay, Guatemala and ...")
                       r"(?:(?:[A-Za-z]+\s+){0,2}(?:countries|nations|states|allies|partners|"
                       r"governments)\s*,?\s*(?:including|such as|like)\s+)?"
                       # ("aid offers from four countries – Spain, the UK, Qatar and ...")
                       r"(?:(?:\w+\s+)?(?:countries|nations|states)\s*[–—:-]\s*)?"
                       # (a lookahead: a second list in the same sentence is found too)
                       r"(?=((?:the\s+)?[A-ZÀ-ɏ][^.;:“”\"]*))")


def _named_list(text: str) -> Reactors:
    """The countries and organisations a list opens with ("Kuwait, Qatar and
    Greece, the adviser said": the three), up to the first other part."""
    countries, organisations = [], []
    owned = False  # the part before was a state's body: "Malaysia's Fire" (and Rescue ...)
    # (never inside a state's name: "Bosnia and Herzegovina", "Trinidad and Tobago")
    # (and "from A from B" once a clause between them is cut out)
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+(?!Herzegovina|Tobago|Barbuda|Nevis|"
                         r"the\s+Grenadines|Pr[ií]ncipe)|\s+(?=from\s+(?:the\s+)?[A-ZÀ-ɏ])",
                         text):
        if re.match(r"(?:whose|which|who|where)\b", part.strip()):
            continue  # "from the Embassy of X, whose consul visited ..., from Y": Y too
        # ("from A and from B", "by A and by B": the list's word told again)
        part = re.sub(r"^(?:(?:from|by)\s+)?the\s+", "",
                      re.sub(r"^(?:from|by)\s+", "", part.strip().rstrip(".;")))
        # ("Supplies from Pakistan have already crossed": the name, then what it did)
        if (run := _LEADING_NAME.match(part)) is not None and run.end() < len(part) \
                and part[run.end():].startswith(" ") and part[run.end() + 1:][:1].islower():
            part, last = run.group(0), True
        else:
            last = False
        if named := organisations_in(part):
            organisations.append(named[0])
        elif (found := countries_in(part)) and _STATE_NAME.fullmatch(part):
            # ("the Arab Republic of Egypt": a state's long name)
            countries.append(found[0])
        elif (office := _STATES_OFFICE.fullmatch(part)) and (found := countries_in(office[1])):
            countries.append(found[0])  # "Sweden's foreign minister": the state, by its office
        elif (whose := _LEADERSHIP_OF.fullmatch(part)) and (
                state := lookup_country(whose[1])) is not None:
            countries.append(state)  # "the leadership of Kazakhstan": the state
        elif owned and _LEADING_NAME.fullmatch(part):
            continue  # "Malaysia's Fire and Rescue Department": the rest of its name
        else:
            break
        owned = bool(re.match(r"[A-ZÀ-ɏ][\w\-]*(?:\s+[A-ZÀ-ɏ][\w\-]*){0,2}['’]s?\s", part))
        if last:
            break
    return Reactors(countries, organisations)


# A list item's name: capitalised words, "of the" and "and" inside (a state's name of
# up to six words; a name before what it did, of up to five); an elided "d'" before a
# capital too ("Côte d'Ivoire")
_NAME_WORDS = (r"[A-ZÀ-ɏ][\w\-’']*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?:d['’])?"
               r"[A-ZÀ-ɏ][\w\-’']*)")
# A state by those who lead or speak for it ("the leadership of Kazakhstan")
_LEADERSHIP_OF = re.compile(r"(?:leadership|government|authorities|president|people)\s+of\s+"
                            r"(?:the\s+)?([A-ZÀ-ɏ][\w\-’']*(?:\s+[A-ZÀ-ɏ][\w\-’']*){0,3})")
# A state's office named by its possessive ("Sweden's foreign minister")
_STATES_OFFICE = re.compile(r"([A-ZÀ-ɏ][\w\-]+(?:\s+[A-ZÀ-ɏ][\w\-]+){0,2})['’]s\s+"
                            r"(?:foreign|prime|interior|deputy\s+foreign)\s+"
                            r"(?:minister|ministry|office)")
_STATE_NAME = re.compile(_NAME_WORDS + "{0,5}")
_LEADING_NAME = re.compile(_NAME_WORDS + "{0,4}")


# "Two water bombers and 40 firefighters sent by Greece landed": the states that sent
# help (states only, and help only: not "a tsunami warning sent by Japan's agency",
# "drones provided by Iran", "ambulances donated by Japan in 2019")
_SENT_BY = re.compile(r"\b(?:firefighters|rescuers|teams?|aircraft|planes|helicopters|bombers|"
                      r"supplies|tents|blankets|doctors|medics|experts|personnel|units?|dogs|"
                      # ("12 mine rescuers from the Velenje Coal Mine, sent by the government
                      # of Slovenia")
                      r"aid|relief)\s+(?:[\w,-]+\s+){0,6}?(?:sent|dispatched|flown in)\s+by\s+"
                      r"(?:the\s+(?:governments?|peoples?)\s+of\s+)?"
                      r"(?=((?:the\s+)?[A-ZÀ-ɏ][^.;:“”\"]*))")


def _aid_from_a_list(c: Clause) -> Reactors | None:
    lists = {m.start(1): m.group(1) for m in _AID_FROM.finditer(c.main)}
    found = [_named_list(text) for text in lists.values()]
    found += [Reactors(_named_list(m.group(1)).countries, [])
              for m in _SENT_BY.finditer(c.main) if m.start(1) not in lists]
    countries = [k for r in found for k in r.countries]
    organisations = [o for r in found for o in r.organisations]
    return Reactors(countries, organisations) if countries or organisations else None


# "studying Tunisia's offer to treat the wounded": the country that offered
_OFFER = re.compile(r"\b((?:[A-ZÀ-ɏ][\w\-]+\s+){0,2}[A-ZÀ-ɏ][\w\-]+)[’']s\s+offers?\b")


def _a_countrys_offer(c: Clause) -> Reactors | None:
    countries = [k for m in _OFFER.finditer(c.main) for k in countries_in(m.group(1))[:1]]
    return Reactors(countries, []) if countries else None


# "Several other nations, including the United States, Israel and Nepal, also
# expressed grief": the states the description names
_NATIONS_INCLUDING = re.compile(r"\b(?:nations|countries|states|governments|leaders|capitals)\b"
                                r"[^,;]{0,30},?\s+(?:including|such as|among them)\s+"
                                r"([^;]+?),?\s+(?:(?:also|all|have|has|on\s+[A-ZÀ-ɏ][a-z]+)\s+)*"
                                + REACTION_VERBS)


# "The governments of Guatemala, El Salvador and Honduras expressed their solidarity":
# the states a plural subject lists
_GOVERNMENTS_OF = re.compile(r"^\s*(?:[Tt]he\s+)?(?:[Gg]overnments|[Ll]eaders|[Pp]residents|"
                             r"[Pp]eoples|[Ff]oreign\s+[Mm]inistries|[Ee]mbassies)\s+of\s+"
                             r"([^;]+?),?\s+(?:(?:also|all|have|has)\s+)*" + REACTION_VERBS)


def _nations_including(c: Clause) -> Reactors | None:
    found = _NATIONS_INCLUDING.search(c.main) or _GOVERNMENTS_OF.search(c.main)
    if found is None:
        return None
    listed = _named_list(found.group(1))
    return listed if listed.countries or listed.organisations else None


def _organisation_subject(c: Clause) -> Reactors | None:
    # the one nearest the verb: "The UN agency for Palestinian refugees, UNRWA, said"
    named = organisations_in(c.head)
    if not named and (unknown := _SUBJECT_ORGANISATION.fullmatch(c.head)) \
            and not countries_in(unknown.group(1)):
        named = [unknown.group(1).strip()]
    # "The UN refugee agency, UNHCR, and the IOM said": each; else the one nearest
    organisations = named if re.search(r",?\s+and\s+(?:the\s+)?[A-ZÀ-ɏ]", c.head) else named[-1:]
    return Reactors([], organisations) if organisations else None


def _two_nationalities(c: Clause) -> Reactors | None:
    # "Latvian and Estonian top diplomats, Edgars Rinkevics and Eva-Maria Liimets, also
    # offered": both countries
    if (m := re.match(r"\s*(?:The\s+)?([A-ZÀ-ɏ][\w\-]+)\s+and\s+([A-ZÀ-ɏ][\w\-]+)\s+[a-z]",
                      c.head)) \
            and len(found := countries_in(f"{m[1]} {m[2]}")) == 2 and all(
                countries_in(word) for word in (m[1], m[2])):
        return Reactors(found, [])
    return None


def _leaders_of_two_countries(c: Clause) -> Reactors | None:
    # "Israel's president and Germany's chancellor"
    # ("Germany's chancellor and Italy's prime minister": a role of two words)
    if re.fullmatch(r"\s*(?:[A-ZÀ-ɏ][\w\-]+\s+)?[A-ZÀ-ɏ][\w\-]+[’']s\s+[a-z]+(?:\s+"
                    r"[a-z]+)?\s+and\s+"
                    r"(?:[A-ZÀ-ɏ][\w\-]+\s+)?[A-ZÀ-ɏ][\w\-]+[’']s\s+[a-z]+(?:\s+[a-z]+)?\s*",
                    c.head):
        return Reactors(countries_in(c.head), [])
    return None


def _country_subject(c: Clause) -> Reactors | None:
    countries = countries_in(c.subject)[:1] if c.subject else []
    return Reactors(countries, []) if countries else None


def _role_before_name(c: Clause) -> Reactors | None:
    # "Poland's foreign minister, Adam Nowak, called ...": the role names it
    # (not "A survivor from Gambia, Lamin Jallow, said": a person from there)
    if c.subject and re.fullmatch(r"[^,]{1,60},\s*(?:[A-ZÀ-ɏ][\w’'\-]+\s*){1,5},\s*", c.head):
        role = re.sub(r"\b(?:from|in|at|near)\s+.*", "", c.head.split(",")[0])
        return Reactors(countries_in(role)[:1], [])
    return None


def _at_the_seat(c: Clause) -> Reactors | None:
    # "At the Vatican, Pope Francis prayed ...": the seat of a state names it
    opens = re.match(r"\s*(?:At|In|From)\s+"
                     r"((?:the\s+)?[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+)?),", c.head)
    return Reactors(countries_in(opens.group(1))[:1], []) if opens and c.subject and \
        countries_in(opens.group(1)) and not countries_in(c.subject) else None


# "Prime Minister Justin Trudeau said Canada will work with its partners": a leader
# who says what their country will do speaks for it
_LEADER = re.compile(r"\b(?i:prime\s+minister|president|premier|chancellor|foreign\s+minister|"
                     r"foreign\s+secretary|secretary\s+of\s+state)\b")
# (what a country does to help: never "Russia would pay a heavy price", "Haiti stood on
# the brink", "Mexico City would host the talks")
_NAMED = r"\s*(?:that\s+)?((?:the\s+)?[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+)?)"
_COUNTRY_WILL = re.compile(_NAMED + r"\s+(?:will|would)\s+(?:(?:also|continue\s+to)\s+)?"
                           r"(?:help|send|work\s+with|support|cooperate|assist|offer|provide|"
                           r"contribute|join|"
                           r"stand\s+(?:with|by)|do\s+everything)\b|"
                           + _NAMED + r"\s+(?:stands|stood)\s+(?:ready|with|by)\b")


def _leader_speaks_for_country(c: Clause) -> Reactors | None:
    # (a serving leader of a state: not a "Former President", "the president of the
    # football federation", "the company's president")
    if not (c.subject and _LEADER.search(c.head) and not countries_in(c.head)) or re.search(
            r"\b(?:former|ex-|of\s+the|['’]s\s+(?:\w+\s+)?president)", c.head, re.I):
        return None
    said = SAY.search(c.main, len(c.head))
    will = _COUNTRY_WILL.match(c.main, said.end()) if said is not None else None
    named = will and (will[1] or will[2])
    if not named or organisations_in(named):
        return None
    countries = countries_in(named)
    return Reactors(countries, []) if len(countries) == 1 else None


REACTION_RULES: tuple[ReactionRule, ...] = (
    ReactionRule("thanked_for_help", _thanked,
                 "The interior ministry thanked Austria, Chile and UNICEF for their help."),
    ReactionRule("aid_from_a_list", _aid_from_a_list,
                 "The capital has received medical aid from Kenya, Ghana and the WHO, the "
                 "minister said."),
    ReactionRule("a_countrys_offer", _a_countrys_offer,
                 "The ministry said it was studying Morocco's offer to treat the wounded."),
    ReactionRule("nations_including", _nations_including,
                 "Several other nations, including Israel, Ireland and Nepal, also expressed "
                 "grief."),
    ReactionRule("list_of_reactors", _list_of_reactors,
                 "Austria, Chile and Kenya sent condolences."),
    ReactionRule("organisation_subject", _organisation_subject,
                 "The World Food Programme delivered rice to the camps."),
    ReactionRule("two_nationalities", _two_nationalities,
                 "Latvian and Estonian diplomats offered condolences."),
    ReactionRule("leaders_of_two_countries", _leaders_of_two_countries,
                 "Norway's king and Ghana's president offered sympathy."),
    ReactionRule("country_subject", _country_subject,
                 "The Mexican foreign ministry condemned the shelling."),
    ReactionRule("at_the_seat", _at_the_seat,
                 "At the Vatican, Cardinal Ruiz joined in prayer for the miners."),
    ReactionRule("leader_speaks_for_country", _leader_speaks_for_country,
                 "Prime Minister Lea Varga said Canada will work with its partners."),
    ReactionRule("role_before_name", _role_before_name,
                 "Peru's interior minister, Rosa Quispe, pledged rescue teams."),
)


# A verb's auxiliary between its subject and a reaction's verb ("is providing", "will
# send", "has been delivering")
_AUXILIARY = r"(?:(?:is|are|was|were|will|would|has|have|had)\s+(?:(?:been|be|also)\s+)?)?"


_OPENING_PHRASE = re.compile(r"^(?:In|On|After|Following)\s+(?:an?|the|response|reaction)\b"
                             r"[^.;]*,\s+(?=[A-ZÀ-ɏ][\w\-]+\s+(?:(?:[A-ZÀ-ɏ][\w\-]+|and|of|the)\s+)"
                             r"{0,6}(?:(?:has|have|had)\s+)?"
                             + REACTION_VERBS + r")")


def reactions_in(sentence: str, host: Country | None) -> list[Item]:
    """Each reaction in the sentence, clause by clause ("France condemned the
    strike, and Germany said ..."); none by `host`, the story's own country."""
    # "▪ FAO has begun ...", "19:20 COT — Ecuador and Panama have offered ...": the
    # bullet or the live blog's time opens no subject (`bullet_or_stamp_opens`)
    sentence = _OPENER.sub("", sentence)
    # ("FRANCE: Two French women were killed, President Francois Hollande said.": a
    # round-up's paragraph under the name of the country whose word it gives)
    if (label := _COUNTRY_LABEL.match(sentence)) is not None \
            and (country := _labelled_country(label.group(1), sentence[label.end():])) \
            and country != host:
        found = reactions_in(sentence[label.end():], host)
        if not any("country" in r and r["country"].value == country.code for r in found):
            found.insert(0, item("reactions", "country_label", sentence, {
                "country": Value(country.code, None, "country_label"),
                "stance": Value("other", "stance guessed: the paragraph gives its word",
                                "country_label"),
                "summary": Value(sentence, "trim to what this country said or did")}))
        return found
    # ("UNICEF: interim care for the 11 unaccompanied children": a known organisation's
    # line in a list of the response, what it does; never a count it gives)
    if (label := _ORGANISATION_LABEL.match(sentence)) is not None \
            and len(named := organisations_in(label.group(1))) == 1 \
            and len(label.group(1).split()) <= 6 and not counts_in(sentence[label.end():]):
        found = reactions_in(sentence[label.end():], host)
        if not any("organisation" in r for r in found):
            found.insert(0, item("reactions", "organisation_label", sentence, {
                "organisation": Value(named[0], None, "organisation_label"),
                "stance": Value("supports", "stance guessed: a line of the response",
                                "organisation_label"),
                "summary": Value(sentence, "trim to what this organisation said or did")}))
        return found
    # ("In a heartfelt reaction to the fire in Dhaka, Bangladesh, Japanese Foreign Minister
    # Kamikawa Yoko has voiced ...": the subject after the opening phrase, besides those
    # the sentence gives as it stands: "In response to condolences from Japan, ...")
    if (after := _OPENING_PHRASE.sub("", sentence)) != sentence:
        found = _reactions_of(sentence, host)
        seen = {_reactor_key(r) for r in found}
        return found + [r for r in _reactions_of(after, host) if _reactor_key(r) not in seen]
    return _reactions_of(sentence, host)


def _reactor_key(reaction: Item) -> object:
    return (reaction["country"] if "country" in reaction else reaction["organisation"]).value


def _reactions_of(sentence: str, host: Country | None) -> list[Item]:
    if _THANKED.search(sentence):
        return _reactions_in(sentence, host)  # a list of those thanked goes on past ", and"
    clauses = re.split(r",\s+(?:and|while|but)\s+(?=(?:the\s+)?[A-ZÀ-ɏ])|;\s+", sentence)
    # ("Britain has announced £2 million and Japan has pledged $1 million": two, each
    # with its verb; not "Chad and Niger sent teams", one clause with two subjects)
    clauses = [part for clause in clauses for part in _and_clauses(clause)]
    # (not "The UN refugee agency, UNHCR, and the IOM said": one clause, two subjects)
    if len(clauses) > 1 and REACT.search(clauses[0]):
        return [r for clause in clauses for r in _reactions_in(clause, host)]
    return _reactions_in(sentence, host)


_AND_SUBJECT = re.compile(r"\s+and\s+(?=(?:the\s+)?[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+)?\s+"
                          r"(?:(?:has|have|had|also)\s+)?" + REACTION_VERBS + r")")


def _and_clauses(clause: str) -> list[str]:
    """The clause split at "and" before a second subject and its verb, when the
    part before has a verb of its own."""
    split = _AND_SUBJECT.search(clause)
    if split and REACT.search(clause[: split.start()]):
        return [clause[: split.start()], *_and_clauses(clause[split.end():])]
    return [clause]


def _reactions_in(sentence: str, host: Country | None) -> list[Item]:
    # "Iran, which has long said ..., told Washington": the clause is not the subject
    main = without_relative_clauses(sentence)
    # "Pakistan and Iran, Afghanistan's neighbours, sent ...": nor is a description
    # ("Iran and Pakistan, Afghanistan's neighbours, also condemned")
    # (but ", including Armenian President Serzh Sargsyan," names who did it)
    # (nor ", and Nepal," that ends a list)
    main = re.sub(r",(?!\s*[A-ZÀ-ɏ][\w’'\-]*(?:\s+[A-ZÀ-ɏ][\w’'\-]*)*,)(?!\s*(?:including|and)\b)"
                  r"\s*[^,]{1,60},\s*(?=(?:also\s+)?" + _AUXILIARY + REACTION_VERBS + r")", " ",
                  main)
    # ("Messages of condolence came from A, B and C": the list is what they did)
    verb_match = SAY.search(main) or REACT.search(main) or _AID_FROM.search(main)
    if (verb_match is not None and (act := REACT.search(main)) is not None
            and act.start() < verb_match.start()
            and re.search(r",\s+(?:its|their)\s+[^,]{1,60}$", main[:verb_match.start()])):
        # ("Japan will send a team ..., its embassy in Manila said": what the country does,
        # its embassy only telling it)
        verb_match = act
    doer = None
    if verb_match is None and (doing := _ORGANISATION_DOING.match(main)) \
            and (organisations_in(doing.group(1)) or (
                countries_in(doing.group(1)) and not _NOT_A_STATE.search(doing.group(1)))):
        # "Save the Children is trucking water to the camps", "The Cuban medical brigade
        # in Nord-Ouest is staffing a field post": the verb after the name
        verb_match = re.compile(r"\s+(?:is|are|has|have)\b").search(main, doing.end(1))
        doer = doing.group(1)
    if not verb_match:
        return []
    if (act := REACT.search(main)) is not None and act.start() < verb_match.start() \
            and act.group(0).lower() in GIVING_VERBS and not (
            subject_before(main[: verb_match.end()]) or subject_at(main[: verb_match.start()])):
        # ("The British government joined the wave of condolences and vowed ...": the
        # first verb has the subject the second lacks)
        verb_match = act
    head = main[: verb_match.start()]
    # ("The Government of Japan is providing ...", "Japan will send ...": the subject
    # before its verb's auxiliary)
    bare = re.sub(r"\s+" + _AUXILIARY + r"$", " ", head)
    clause = Clause(main, head, doer or subject_before(main[: verb_match.end()])
                    or subject_at(head) or (subject_at(bare) if bare != head else None))
    found, rule = Reactors([], []), ""
    for reaction_rule in REACTION_RULES:
        if (reactors := reaction_rule.find(clause)) is not None:
            found, rule = reactors, reaction_rule.name
            break
    stance = next((STANCE_BY_VERB[v.group(1).lower()] for v in SAY.finditer(main)
                   if v.group(1).lower() in STANCE_BY_VERB), None)
    stance_rule = "stance_by_verb"
    if rule == "thanked_for_help":
        stance, stance_rule = "supports", "thanked_for_help"  # thanked for their help
    if re.search(r"\brestraint\b", sentence, re.I):
        stance, stance_rule = "calls-for-restraint", "restraint"
    out: list[Item] = []
    for c in found.countries:
        if c == host:
            continue  # the story's own country: its authorities are sources, not reactions
        out.append(item("reactions", rule, sentence, {
            "country": Value(c.code, None, rule),
            "stance": Value(stance or "other", "stance guessed from the verb", stance_rule),
            "summary": Value(sentence, "trim to what this country said or did")}))
    for name in found.organisations:
        out.append(item("reactions", rule, sentence, {
            "organisation": Value(name, "the organisation named as the subject", rule),
            "stance": Value(stance or "other", "stance guessed from the verb", stance_rule),
            "summary": Value(sentence, "trim to what this organisation said or did")}))
    return out
