"""The claims stage: casualty claims and other counted figures, each with the
claimant who gave it (by the claimant rules) and the counts it states (by
the count rules)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from tui.core.draft.claimants import find_claimant, relaying_agency
from tui.core.draft.counts import counts_in
from tui.core.draft.groups import (
    SEPARATE_INCIDENT,
    background,
    has_incident_remark,
    only_compared,
    time_of_toll,
)
from tui.core.draft.measured import told_as_a_toll
from tui.core.draft.mentions import Mentions
from tui.core.draft.names import (
    clean_name,
    countries_in,
    list_subject,
    organisations_in,
    subject_at,
    without_relative_clauses,
    without_title,
)
from tui.core.draft.records import Event, Item, NoEvidence, Value, item
from tui.core.draft.resolve import is_body
from tui.core.draft.stated import parse_number
from tui.core.draft.text import QUOTE
from tui.core.draft.tolls import tolls_in
from tui.core.draft.words import (
    BARE_SPEAKERS,
    CASUALTY,
    COUNT_WORD,
    COUNTED,
    DEMONYMS,
    HOLDS_ITS_FIGURE,
    NUM,
    NUMBER_WORDS,
    SAY,
    TOLL_SETTING_VERBS,
    WHEN_SAID,
)

# What is no claimant: a bare pronoun, a day or a date ("she said on Friday").
# (a day with its preposition too: "on Thursday", "by Friday morning")
# ("On Sal, the Maritime Police said": where, opening the sentence, lists no one)
_NO_CLAIMANT = re.compile(r"(?i:he|she|it|they|we|i)|(?:On|In|At|Off|Near)\s+[A-ZÀ-ɏ][\w’'\-]*"
                          r"(?:\s+[A-ZÀ-ɏ][\w’'\-]*)?|(?:(?i:on|by|since|until|from|in|at)\s+)?"
                          r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
                          r"day|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|"
                          r"Dec)ember|October)(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|"
                          r"night))?"
                          # ("Six confirmed dead", "Deaths confirmed (DMA) 9": a count or the
                          # counted, never who counts)
                          r"|(?i:deaths|dead|injured|injuries|casualties|victims|bodies|"
                          r"fatalities|wounded)|(?i:" + "|".join(NUMBER_WORDS) + r")")


def casualties_in(sentence: str, mentions: Mentions) -> list[Event]:
    """The casualty claims of one sentence, clause by clause where each
    clause has its own claimant and count; the injured of a sentence that
    opens "Of these," are parts of the injured the sentence before counted
    ("24 ... have been confirmed injured. Of these, 17 were taken to
    hospital"), no count of their own."""
    total = _injured_just_before(sentence, mentions)
    events = _casualties_in(sentence, mentions)
    if total is None:
        return events
    out: list[Event] = []
    for event in events:
        if isinstance(event, Item) and "injured" in event and (
                part := parse_number(str(event["injured"].value).rstrip("+"))) is not None \
                and part < total:
            if "killed" not in event:
                continue
            event = replace(event, fields=tuple(f for f in event.fields if f[0] != "injured"))
        out.append(event)
    return out


def _injured_just_before(sentence: str, mentions: Mentions) -> int | None:
    """The injured the claim of the sentence just before counted, when this
    one opens "Of these," (or "Of them,", "Among those,")."""
    sentence_number, injured = mentions.injured_counted
    if not re.match(r"\W*(?:Of|Among)\s+(?:these|those|them),", sentence) \
            or sentence_number != mentions.sentence_number - 1:
        return None
    return parse_number(injured.rstrip("+"))


def _casualties_in(sentence: str, mentions: Mentions) -> list[Event]:
    # "Denmark said two citizens had died, and Britain said a woman had died": two
    # claimants, each with its own count
    # ("..., the health ministry said, while the army put the toll at 35": two)
    if respective := _respectively(sentence, mentions):
        return respective
    # (", while a provincial official put the figure at 22", ", while police kept their
    # count at three": a body described or named by its plural, too)
    # (", although the hospital put the toll at 15": a rival's figure; not ", although the
    # two injured were released")
    though = "|although|though" if _THOUGH_A_FIGURE.search(sentence) else ""
    # ("... put the toll at 63 but furious locals insisted that not less than 200 died":
    # "but" without its comma, too)
    clauses = re.split(r"(?:,\s+(?:and|while|whereas|but" + though + r")|\s+but(?=\s[^.;]*(?:\d|"
                       r"\b(?:no\s+one|" + COUNT_WORD + r")\b)))\s+"
                       r"(?=(?:the\s+)?[A-ZÀ-ɏ]|(?:the|an?)\s+[a-z]"
                       r"|(?:[a-z]+\s+)?(?:" + "|".join(sorted(BARE_SPEAKERS)) + r")\b)"
                       + (_HEADLINE_CLAUSE if _headline(sentence) else ""), sentence)
    if (len(clauses) > 1 and all(counts_in(c) for c in clauses)
            # (a "but" without its comma splits only before a casualty of its own, not
            # "but police later said eleven": a revision)
            and not (re.search(r"\S\s+but\s", sentence) and not re.search(r",\s+but\s",
                                                                           sentence)
                     and not all(CASUALTY.search(c) for c in clauses[1:]))
            and all(SAY.search(c) or _PUT_TOLL.search(c) for c in clauses[1:])
            # ("Twelve people were killed, and officials said 30 were wounded": the
            # officials' words are the whole sentence's, not a second claimant's)
            # (a headline's first clause is on nobody's word, and its own)
            and (_headline(sentence) or SAY.search(clauses[0]) or _SETS_A_TOLL.search(clauses[0])
                 or re.search(r"\baccording to\b", clauses[0], re.I))):
        # (a later clause's "put the figure at 22" counts what the first clause counts;
        # not "put the figure of displaced at 40,000")
        return [event for n, clause in enumerate(clauses) for event in _claims_in(
            clause, mentions, of_the_count=n > 0 and bool(_BARE_FIGURE_AT.search(clause)))]
    # ("killing nine soldiers, the army said, while an armed group claimed to have
    # killed many more": a rival's words with no number are not the count's claimant)
    rival = _rival(sentence)
    if rival is not None and not _EXACT_NUMBER.search(
            re.sub(r"\bno\s+one\b", "", sentence[rival:], flags=re.I)) and counts_in(
            head := sentence[:rival]) and SAY.search(head):
        return [_as_said_in(event, sentence) for event in _claims_in(head + ".", mentions)]
    # ("... said an airstrike killed 18 people; the military said it targeted militants":
    # a clause after a semicolon with no casualty and no number names no claimant of the
    # count; "; he later said 29" goes on)
    parts = re.split(r";\s+", sentence)
    while len(parts) > 1 and not CASUALTY.search(parts[-1]) and not _A_NUMBER.search(parts[-1]):
        parts.pop()
    return _claims_in("; ".join(parts), mentions)


# A mood before people who speak ("furious locals", "angry residents"): no part of who
_MOOD = re.compile(r"^(?i:furious|angry|grieving|distraught|frightened|shocked|desperate)"
                   r"\s+(?=(?:" + "|".join(sorted(BARE_SPEAKERS)) + r")$)")


# "kept its count at four", "put the figure at 22": a figure of what is counted before
_BARE_FIGURE_AT = re.compile(r"\b" + HOLDS_ITS_FIGURE + r"(?:count|figure|toll|tally)\s+at\b")
# "lowered the number of residents killed to 11", "raised to five the number": a
# body setting its own figure
_SETS_A_TOLL = re.compile(r"\b(?:" + "|".join(TOLL_SETTING_VERBS) + r"|brought|pushed)\b")


# A headline's second clause with its own speaker and no conjunction ("Tanzania lowers
# depot blast toll to 11, Red Cross says 15 residents died"), or after a semicolon
# ("Toll rises to 14; human rights commissioner says at least 17 died"); in a sentence
# of the body the speaker after a comma is the whole sentence's ("Fire killed 12
# people, Governor X said three firefighters died")
_HEADLINE_CLAUSE = (r"|,\s+(?=(?:the\s+)?[A-ZÀ-ɏ][\w’'\-]*(?:\s+[A-ZÀ-ɏ][\w’'\-]*){0,4}\s+"
                    r"(?:says|said)\s+(?:that\s+)?(?:at least\s+|more than\s+)?\w+\s)|"
                    r";\s+(?=(?!(?:it|he|she|they|we)\b)(?:the\s+)?(?:[\w’'\-]+\s+){1,4}"
                    r"(?:says|said)\s+(?:that\s+)?(?:at least\s+|more than\s+)?\w+)")


def _headline(sentence: str) -> bool:
    """A headline, as a sentence: no full stop at its end."""
    return not re.search(r"[.!?][”\"’']?\s*$", sentence)


# ", although the civil protection authority kept its count at six": a rival's figure
_THOUGH_A_FIGURE = re.compile(r",\s+(?:although|though)\s+[^,;]*?\b(?:said|says|put|puts|"
                              r"kept|keeps|counted|counts|reported|reports|gave|gives)\b")


# ", while an armed group claimed to have killed many more": the last clause, a rival's
# (", as the union accused authorities of undercounting": as much a rival's)
# ("Police said 9 people died but the fire brigade said no one else was hurt": a "but"
# without its comma before a body that speaks)
_RIVAL_OPENS = re.compile(r"(?:,\s+(?:while|whereas|but|as)|(?<=[a-z\d])\s+but(?=\s+(?:the\s+)?"
                          r"(?:[A-Za-z][\w’'-]*\s+){1,4}(?:said|says|insisted|claimed|"
                          r"maintained)\b))\s+")


def _rival(sentence: str) -> int | None:
    """Where the sentence's last clause starts when it is a rival's words
    (", while X claimed ..."), with no comma or semicolon after it."""
    opens = [m.start() for m in _RIVAL_OPENS.finditer(sentence)]
    # (", but the actual toll is much higher, according to local people": the rival's
    # words end with whose they are)
    rest = re.sub(r",\s+according\s+to\s+[^,;]+$", "", sentence[opens[-1] + 1:]) \
        if opens else ""
    if not opens or re.search(r"[,;]", rest) or not (
            SAY.search(sentence[opens[-1]:]) or re.search(r"\baccording\s+to\b",
                                                          sentence[opens[-1]:])):
        return None
    return opens[-1]


def _as_said_in(event: Event, sentence: str) -> Event:
    """An item drafted from a clause, with the whole sentence as its source."""
    if not isinstance(event, Item):
        return event
    event = replace(event, sentence=sentence)
    return event.with_value("note", replace(event["note"], value=sentence)) \
        if "note" in event else event


# "A and B hospitals reported 15 and 11 more deaths respectively": a count each
_RESPECTIVELY = re.compile(r"^(?P<head>.*?)\s+(?P<verb>reported|recorded|counted|confirmed|said|"
                           r"registered|gave)\s+(?:that\s+)?(?P<rest>(?:at least\s+)?" + NUM
                           + r"\s+and\s+"
                           r"(?:at least\s+)?" + NUM + r"\s+[^.;]*?)\s*,?\s+respectively\b"
                           # ("15 and 11 more people respectively had died of heat")
                           r"(?P<after>[^.;]*)")


def _respectively(sentence: str, mentions: Mentions) -> list[Event]:
    """`respectively`: "Safdarjung and Lohia hospitals reported 15 and 11
    more deaths respectively": Safdarjung hospital's 15, Lohia hospital's 11."""
    found = _RESPECTIVELY.search(sentence)
    if found is None:
        return []
    subject = find_claimant(found["head"] + f" {found['verb']} it.", mentions)
    if subject is None or " and " not in subject[0]:
        return []
    first, second = subject[0].rsplit(" and ", 1)
    first = re.sub(r"^(?:the\s+)?", "", first)
    if (plural := re.search(r"\s([a-z][\w\-]*)s$", second)) and " " not in first.strip():
        # "Safdarjung and Lohia hospitals": each a hospital
        noun = plural.group(1)
        first, second = f"{first} {noun}", second[: plural.start()] + f" {noun}"
    rest = found["rest"]
    numbers = re.match(r"((?:at least\s+)?\S+)\s+and\s+((?:at least\s+)?\S+)\s+(.*)$", rest)
    if numbers is None:
        return []
    out: list[Event] = []
    for who, n in ((first, numbers.group(1)), (second, numbers.group(2))):
        own = f"{who} {found['verb']} {n} {numbers.group(3)}{found['after']}."
        for event in _claims_in(own, mentions):
            if isinstance(event, Item):
                event = replace(event, sentence=sentence).with_value("note", Value(
                    sentence, f"'respectively': {who}'s figure", "respectively"))
            out.append(event)
    return out


# Figures or reports named by whose they are, or by nothing ("the latest reports")
# (not "official figures", "official data": the state's, as articles call them)
_FIGURES_OF = re.compile(r"(?!official\s)(?:the\s+)?(?:(?:latest|initial|early|earlier|first|media|"
                         r"news|preliminary|unconfirmed|local)\s+)?((?:[A-Za-z][\w’'\-]*\s+)?"
                         r"(?:government|ministry|police|army|hospital|state))?\s*(?:figures|"
                         r"reports?|data|estimates|statistics|tallies)", re.IGNORECASE)
# A body's unnamed officer: its name in capitals, then what the person is
_BODYS_OFFICER = re.compile(r"((?:[A-ZÀ-ɏ][\w’'\-]*\s+){1,5})(?:officer|official|source|spokesman|"
                            r"spokeswoman|spokesperson)")


def _claimants(sentence: str, mentions: Mentions) -> tuple[list[str], str]:
    # ("Japan and South Korea, whose citizens were there, said ...": the list)
    # (not "the Ministry of Health and Population": one body whose name has an "and")
    # ("On Wednesday, Giuseppe Conte and ... said": a day opens no list)
    listed = [n for n in list_subject(without_relative_clauses(sentence))
              if not _NO_CLAIMANT.fullmatch(n)]
    if len(listed) >= 2 and all(
            countries_in(name) or organisations_in(name) or len(name.split()) > 1
            for name in listed) and not any(
                # ("the Ministry of Health and Social Development said": one ministry of two
                # portfolios, the second no body of its own)
                re.search(r"\bof\s+[A-ZÀ-ɏ][\w’'\-]*$", before) and not is_body(after)
                and not countries_in(after) for before, after in pairwise(listed)):
        return listed, "list_of_claimants"
    if (reacts := _REACTION_TO_A_TOLL.search(sentence)) and not SAY.search(
            # ("has expressed its horror at an attack that killed 100": the verb of the
            # reaction itself says nothing of a toll)
            re.sub(r"\b(?:expressed|voiced|conveyed|offered|extended)\s+(?:(?:its|their|his|her|"
                   r"deep|profound|great)\s+)*$", "", sentence[:reacts.start()])
            + sentence[reacts.end():]):
        # "India condemned the bombing that killed at least 20 people": the toll is the
        # story's, on nobody's word here; the country reacts to it, it does not count
        return ["Unknown"], "toll_in_a_reaction"
    if _EARLIER_BY.search(sentence) and mentions.last_claimant[1]:
        # "..., up from the 26 people reported killed earlier by the disaster council": an
        # earlier figure of the count the last claimant gives now (the body that gave
        # it named in the note; the merge puts it before)
        return [mentions.last_claimant[1]], "earlier_figure_by_another"
    if found := find_claimant(sentence, mentions):
        if found[0].lower() in ("we", "us") and mentions.author:
            return [mentions.author], "first_person_author"  # "We confirm that three ..."
        if _INITIALLY.match(sentence):
            # ("In the first information, the ministry had spoken of 2 ...": its first
            # figures, whoever it names; the merge puts them before)
            return [found[0]], "initially_earlier_figure"
        if together := _stated_together(sentence, found[0]):
            return [*together, found[0]], "stated_together"
        return [found[0]], found[1]
    if mentions.author and re.search(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b", sentence):
        # "six (6) of our passengers lost their lives": the body the statement is by
        return [mentions.author], "first_person_author"
    if _INITIALLY.match(sentence) and mentions.last_claimant[1]:
        # "Initially, one policeman was killed and 10 others were injured.": the first
        # figures of the count the last claimant gave (the merge puts them before it)
        return [mentions.last_claimant[1]], "initially_earlier_figure"
    if mentions.last_claimant[0] == mentions.sentence_number - 1 and mentions.last_claimant[1]:
        # "Three other firefighters were injured.": the claim before goes on
        return [mentions.last_claimant[1]], "claim_goes_on"
    if _EARLIER_INCIDENT.search(sentence):
        # "two days after four guards were killed in another blast": a toll of another
        # incident the article gives on nobody's word
        return ["Unknown"], "other_incident_uncredited"
    # "The crash, which claimed 31 lives, ...": on nobody's word; the merge keeps it
    # only when the article credits no toll to anyone
    if background(sentence) and not only_compared(sentence):
        # "since 2009": the story's background, no claim of this event (but "the worst
        # attack in the capital since 2011" only bounds a comparison)
        return [], ""
    return ["Unknown"], "no_one_credited"


# "police and the Ministry of Health said": the subject of a verb of saying is two
# bodies joined by "and" (from the sentence's start or a comma: never the object of
# "at", "to", "by", "between" ..., nor "The army and police were deployed ...")
_JOINT_SUBJECT = re.compile(r"(?:^|[,;:—–]\s*|\s-\s)(?:[Bb]oth\s+)?(?:[Tt]he\s+)?"
                            r"(?P<first>(?:(?!\s-\s)[^,;:—–]){2,60}?)\s+and\s+(?:the\s+)?$")
_SAYS_NEXT = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:also\s+|jointly\s+)?(?:said|say|says|"
                        r"told|confirmed|reported|announced|put|gave|stated)\b")


def _a_body_name(words: str) -> bool:
    """Whether words name a body on their own: its words capitalised or a
    body's ("police", "the Red Cross", "Ministry of Health")."""
    split = words.split()
    return is_body(words) and len(split) <= 8 and all(
        w[:1].isupper() or w.lower() in ("of", "for", "and", "the") or is_body(w) for w in split)


# Words that open where or when, never a body ("In Ishikawa Prefecture, police and ...")
_PLACE_OPENERS = frozenset({"in", "at", "near", "beside", "besides", "like", "after", "without",
                            "on", "from", "outside", "inside", "by", "under", "amid", "during",
                            "across", "following", "before", "since", "with", "for", "despite",
                            "as", "to", "of", "unlike", "behind", "around", "within"})
# One more body at the head of a list ("the Ministry of Health, police and the Red Cross")
_LISTED_BEFORE = re.compile(r"(?:^|[;:—–]\s*|\s-\s)(?:[Bb]oth\s+)?(?:[Tt]he\s+)?"
                            r"(?P<body>(?:(?!\s-\s)[^,;:—–]){2,60}?),\s*(?:the\s+)?$")


def _stated_together(sentence: str, claimant: str) -> list[str]:
    """The bodies that state a figure together with `claimant` ("police and
    the Ministry of Health said ...", "the ministry, police and the Red Cross
    said"), first to last; none when it states it alone."""
    if " and " in claimant:
        return []
    for at in (m.start() for m in re.finditer(re.escape(claimant), sentence)):
        if not _SAYS_NEXT.match(sentence, at + len(claimant)):
            continue
        found = _JOINT_SUBJECT.search(sentence[:at])
        if found is None or not _a_body_name(found["first"]):
            return []
        together = [found["first"]]
        head = sentence[:found.start("first")]
        while (listed := _LISTED_BEFORE.search(head)) is not None and _a_body_name(
                listed["body"]) and listed["body"].split()[0].lower() not in _PLACE_OPENERS:
            together.insert(0, listed["body"])
            head = head[:listed.start("body")]
        return together
    return []


# A reaction to the event that names its toll: "condemned the attack that killed 20"
# ("voiced her profound shock over the incident that resulted in the loss of 46 lives")
_REACTION_TO_A_TOLL = re.compile(r"\b(?:condemn|denounc|deplor|mourn|decr[iy]|lament|shock|grief|"
                                 r"sorrow|sadness|condolence|sympath|horror|outrage|dismay|"
                                 r"alarm)\w*\s+(?:\w+\s+)?"
                                 r"(?:the\s+|over\s+the\s+|at\s+the\s+|for\s+the\s+)?[^,.;]{0,60}?"
                                 r"\b(?:that|which)\s+(?:has\s+|had\s+)?(?:tragically\s+)?"
                                 r"(?:killed|left|claimed|resulted\s+in|caused)\b|"
                                 # ("expressed deep sorrow over the loss of lives in an
                                 # explosion that struck near the fort, leaving at least 12
                                 # dead": a reaction said as such, not "the shock wave")
                                 r"\b(?:expressed|voiced|conveyed|offered|extended)\s+(?:\w+\s+){0,2}?"
                                 r"(?:sorrow|shock|grief|sadness|condolences?|sympathy|horror|"
                                 r"outrage|dismay)\b[^.;]{0,160}?,\s+(?:leaving|killing|claiming)\b")


# "the 26 people reported killed earlier by the disaster council": a figure the
# article says another body gave before
_EARLIER_BY = re.compile(r"\b(?:reported|confirmed|counted|recorded|given|announced)\s+"
                         r"(?:(?:killed|dead|injured|wounded)\s+)?(?:earlier|previously|before)\s+"
                         r"by\s+(?:the\s+)?(?:[\w’'\-]+[’']s\s+)?([^,.;]{2,80}?)"
                         # ("counted by the emergencies ministry last night": when, not whose)
                         r"(?:\s+" + WHEN_SAID + r")?"
                         r"\s*(?:[,.;]|$)")


# A sentence that opens with a country: "In Malawi, ...", "In neighbouring Malawi, ..."
_IN_ANOTHER_COUNTRY = re.compile(r"(?:In|in)\s+(?:neighbouring\s+|neighboring\s+)?"
                                 r"([A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+)?),\s")


# A hospital by its name, and what it says of the casualties brought to it
_HOSPITAL = re.compile(r"\b[A-ZÀ-ɏ][\w’'\-]+\s+(?:[A-ZÀ-ɏ][\w’'\-]+\s+)*(?:Hospital|Clinic"
                       r"|Infirmary|"
                       r"Medical (?:Complex|Cent(?:re|er)|College)|Health Cent(?:re|er))\b")
_RECEIVED = re.compile(r"\b(?:receiv(?:ed|ing)|admitt(?:ed|ing)|brought|treat(?:ed|ing))\b")


_A_NUMBER = re.compile(NUM, re.I)
# A number as digits or a word ("34", "nine"), not "dozens" or "many"
# ("no" and "none" are in NUMBER_WORDS as counts of no one: no number here)
_EXACT_NUMBER = re.compile(r"\d|\b(?:" + "|".join(
    w for w in NUMBER_WORDS if w not in ("no", "none", "zero")) + r")\b", re.I)


# A clause that gives its own toll: "the army put the toll at 35"
# ("the Red Crescent gave a toll of 31")
# ("kept its toll at six": a toll held is put again)
# (of the verbs that set a toll, words.TOLL_SETTING_VERBS, not those that correct one:
# "..., but the Directorate corrected the toll from 24 to 23" is one count's correction
# more often than a rival's clause)
_PUT_TOLL = re.compile(r"\b(?:" + "|".join(v for v in TOLL_SETTING_VERBS if not v.startswith(
    ("correct", "revis", "updat", "estimat", "lift", "increas"))) + r")\s+(?:the|its|their|a|an)\s+"
                       r"(?:death\s+)?(?:toll|figure|count)\b")


# A correction of the page's own earlier report (a statement's "we" is its author's)
_WE_WROTE = re.compile(r"\b(?:[Ww]e|I)\s+(?:had\s+)?(?:wrote|reported|said|stated|published)\s+"
                       r"that\b")


# A sentence that gives the first figures of a count: "Initially, ...", "At first, ..."
# ("In the first information, given after the explosion, the Police had spoken of 3")
_INITIALLY = re.compile(r"(?:Initially|At first|At the outset|In\s+(?:the|its|their|a)\s+first\s+"
                        r"(?:[a-z]+\s+){0,2}?(?:information|report|statement|update|bulletin|"
                        r"count|figures?|communiqu[eé])),\s")


# Another incident before this one: "in another explosion", "two weeks after a
# crane fell ..., killing 100", "That attack had killed 14".
_EARLIER_INCIDENT = re.compile(
    SEPARATE_INCIDENT.pattern + r"|\b(?:days|weeks|months)\s+(?:after|before)\b"
    r"|\bhad\s+(?:killed|left)\b", re.I)


def _spokesperson_of(name: str, sentence: str, mentions: Mentions) -> str | None:
    """`spokesperson_of_named_body`: "the committee's spokesman, Davlat Rahimzoda,
    said" after the committee was named: the committee, through him."""
    role = re.search(r"\b(?:[Tt]he|[Ii]ts)\s+((?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)[’']s\s+"
                     r"(?:chief\s+)?(?:spokes(?:man|woman|person)|head|chief|director|chair(?:man|woman)?)\s*,\s*"
                     + re.escape(name) + r"\s*,", sentence)
    if role is None:
        # ("the spokesman of the cantonal Ministry of the Interior, Adnan Šehić,": the
        # ministry, named in full before him)
        of = re.search(r"\b(?:spokes(?:man|woman|person)|head|chief|director|commander)\s+"
                       r"(?:of|for)\s+(?:the\s+)?([^,;]{3,80}?),\s*" + re.escape(name) + r"\s*,",
                       sentence)
        return clean_name(of.group(1)) if of is not None and is_body(of.group(1)) else None
    body = mentions.resolve_body(f"the {role.group(1)}")
    return body if body.lower() != f"the {role.group(1)}" and body in mentions.bodies else None


def _claims_in(sentence: str, mentions: Mentions, of_the_count: bool = False) -> list[Event]:
    """The claims of a sentence or a clause; `of_the_count` for a clause that
    sets the figure of what the sentence's first clause counts."""
    if re.search(r"\b(?:did not|didn't|gave no|without)\b.*\bevidence\b", sentence, re.I):
        return [NoEvidence(sentence)]
    # ("By Friday the brigade's count stood at nine": a count said to be the toll)
    casualty = of_the_count or CASUALTY.search(sentence) or _counts_the_toll(sentence)
    if not casualty and (later := _later_figure(sentence, mentions)):
        return [later]
    # (a hospital's "same figure" names no casualty but its own)
    if (same := _same_figure(sentence, mentions)) is not None:
        return [same]
    if not casualty or QUOTE.fullmatch(sentence.strip()):
        return []
    if mentions.author is None and _WE_WROTE.search(sentence):
        return []  # "In our 3:10 p.m. post we wrote that 33 had died": the page's own error
    claimants, by = _claimants(sentence, mentions)
    # ("furious locals", "angry residents": the people, not their mood)
    claimants = [_MOOD.sub("", c) for c in claimants]
    claimants = [mentions.resolve_body(c) for c in claimants]
    # ("Our count therefore stands at four dead": a statement's "our" is its author's)
    if mentions.author is not None:
        claimants = [mentions.author if c.lower() in ("our", "we", "us") else c
                     for c in claimants]
    # "district police chief Ana Ruiz said" after "Police said": the police, through her
    through = {c: body for c in claimants
               if (body := mentions.body_of_role(c) or _spokesperson_of(c, sentence, mentions))}
    claimants = [through.get(c, c) for c in claimants]
    # "According to government figures", "According to the latest reports": the
    # government's; and reports of no one are no claimant
    claimants = [("Unknown" if not figures[1] else figures[1])
                 if (figures := _FIGURES_OF.fullmatch(c)) is not None else c for c in claimants]
    # "A Gendarmerie Nationale officer at the scene told TSA": an unnamed officer of a
    # body named in full speaks as the body
    claimants = [officer[1].strip() if (officer := _BODYS_OFFICER.fullmatch(c)) is not None
                 and is_body(officer[1].strip()) else c for c in claimants]
    if not claimants:
        return []
    unknown = None
    if len(claimants) == 1 and _NO_CLAIMANT.fullmatch(claimants[0]):
        # "she said on Friday" with no one named before: never a pronoun or a day
        unknown, claimants = claimants[0], ["Unknown"]
    relay = relaying_agency(sentence) if by in ("relayed_by_agency", "relayed_last") else None
    tolls = tolls_in(sentence)
    if tolls is None:
        return []
    when = time_of_toll(sentence, mentions.year)
    if when == "another":
        return []  # "Road accidents killed 1,109 people in Benin in 2031"
    out: list[Event] = []
    killed, injured, affected = tolls.killed, tolls.injured, tolls.affected
    if when == "this" and (marked := background(sentence)) is not None:
        # ("the deadliest accident in Kenya in 2025", "which reopened in January 2024"):
        # the story's own group, the words no time of its toll
        affected = affected.replace(f" ({marked})", "")
    stated = killed or injured
    if by == "no_one_credited" and mentions.author is not None and stated is not None \
            and stated.kind in ("toll", "number"):
        # "This brings the number of fatalities to three.": a release's toll, on its own
        # word (not a headline's "a third colleague has died")
        claimants, by = [mentions.author], "release_states_its_own"
    rule = stated.rule if stated is not None else by
    if stated is None and not tolls.projections:
        return []
    for who in claimants:
        # (or from the role the article gave them: "President of South Africa Cyril
        # Ramaphosa")
        who_country = countries_in(who) or countries_in(mentions.role_of(who) or "")
        group = affected
        if who_country and (affected in ("forces", "troops", "soldiers", "personnel") or re.search(
                rf"\b(?:its|their)\s+(?:own\s+)?{re.escape(affected)}\b", sentence)):
            # "Tunisia said 35 of its pilgrims had died": Tunisian pilgrims
            adjective = next((a for a, c in DEMONYMS.items() if c == who_country[0].code),
                             who_country[0].name)
            group = f"{adjective.title()} {affected}"
        # "Brigadier Dickson Gatluak said": the person, the rank their role
        who = without_title(who)
        head: dict[str, Value] = {"claimant": Value(
            who, f"'{unknown}' names no one the article named before; who said it?"
            if unknown else "claimant from the attribution", by)}
        if who_country:
            head["country"] = Value(who_country[0].code, "guessed from the claimant", by)
        if stated is not None and stated.rule == "no_one_harmed" and group in (
                "people", "civilians") and mentions.last_group not in ("people", group):
            # "Health officials said seven patients were killed. The brigade said no
            # civilian was harmed.": a denial of the count before, about its group
            group = mentions.last_group
        if group == "people" and (abroad := _IN_ANOTHER_COUNTRY.match(sentence)) and any(
                c != mentions.host for c in countries_in(abroad.group(1))):
            # "In Malawi, the disaster department reports 6 deaths": a neighbour's toll,
            # never a dispute with the story's own country's
            group = f"people in {abroad.group(1)}"
        if group == "people" and _HOSPITAL.search(who) and _RECEIVED.search(sentence):
            # "the hospital's administration reported receiving a body and four injured":
            # the patients one hospital received, a part of the toll, never a dispute with it
            group = f"people brought to {who}"
        if group.endswith("(more, added to an earlier count)"):
            # two bodies' increments are each added to its own count: never a dispute
            group = group.removesuffix(")") + f" of {who})"
        if (by == "claim_goes_on" or of_the_count) and group == "people":
            # "Two more were killed near the convoy. Al-Husseini and 15 others were
            # wounded.": the same group as the claim it goes on from
            group = mentions.last_group
        if group == "people" and mentions.list_heading:
            # "Workers of the complex: / Deceased: 1 / Injured: 3": the list's heading
            group = mentions.list_heading
        if by == "other_incident_uncredited" and not has_incident_remark(group):
            group = f"{group} (in another incident)"  # never a dispute with this one's toll
        head["affected"] = (
            Value(group, "the sentence names no group; make groups match to compare",
                  "no_group_named") if group == "people" else
            Value(group, "whose casualties? make groups match to compare", "affected"))
        revised = [c for c in (killed, injured) if c is not None and c.earlier is not None]
        if revised:
            # "revised the toll from 95 to 84", "58 treated, up from 41": the earlier
            # figure is a revision before
            out.append(item("casualty_claims", "revised_from", sentence, {
                **head, **{c.measure: Value(c.earlier, None, "revised_from") for c in revised},
                "note": Value("the earlier figure, revised to "
                              f"{' and '.join(str(c.number) for c in revised)}: {sentence}",
                              "a revision: the claim after this one is the current")}))
        if killed is None and injured is None:
            # "the toll may climb to 500": a projection, kept as a note, never a toll
            projection = tolls.projections[0]
            out.append(item("casualty_claims", "projection_is_not_a_toll", sentence, {
                **head, "note": Value(f"a projection or a fear, not a toll: {sentence}",
                                      f"not a current toll: {projection.text!s} is feared or "
                                      "expected", "projection_is_not_a_toll")}))
            mentions.claimed(who, sentence, group)
            continue
        record = dict(head)
        if killed is not None:
            record["killed"] = Value(killed.text, killed.check, killed.by)
        if injured is not None:
            record["injured"] = Value(injured.text, injured.check, injured.by)
        if relay:
            record["source"] = Value(relay, "the outlet that relayed the claim", by)
        record["note"] = Value(sentence, "the sentence this claim came from")
        if by == "earlier_figure_by_another" and (earlier_by := _EARLIER_BY.search(sentence)):
            record["note"] = Value(f"also: {earlier_by.group(1)} | an earlier figure: "
                                   f"{sentence}", "an earlier figure by another body, "
                                   "before the current one")
        if spoke := next((p for p, b in through.items() if b == who), None):
            record["note"] = Value(f"also: {spoke} | {sentence}", "the sentence this claim "
                                   f"came from; {spoke} spoke for {who}")
        out.append(item("casualty_claims", rule, sentence, record))
        if injured is not None:
            mentions.injured_counted = (mentions.sentence_number, str(injured.text))
        for other in tolls.others:
            out.append(item("casualty_claims", other.rule, sentence, {
                **head, "affected": Value(other.noun or affected, "whose casualties?",
                                          "another_group"),
                other.measure: Value(other.text, other.check, other.by),
                "note": record["note"]}))
        if who != "Unknown":
            # (no one's toll is no claim to go on from)
            mentions.claimed(who, sentence, group, {
                c.measure: c.text for c in (killed, injured) if c is not None})
    return out


# "It later said 24.", "The ministry then put it at 58.": a figure with no casualty
# word of its own, the count of the sentence before revised
_LATER_ALONE = re.compile(r"(?:(?:It|They|He|She|The\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+)?"
                          r"(?:later|then|subsequently|afterwards)\s+(?:said|gave|put\s+it\s+at|"
                          r"(?:revised|corrected|lowered|raised)\s+(?:it|that|the\s+figure)\s+"
                          r"to)\s+(?:at\s+least\s+|more\s+than\s+)?" + NUM + r"\s*\.?$")


def _later_figure(sentence: str, mentions: Mentions) -> Item | None:
    """`later_figure_next_sentence`: "A first statement said 26 had died. It
    later said 24.": the claimant of the sentence before, its count now 24."""
    who = mentions.last_claimant[1]
    if who is None or mentions.last_claimant[0] != mentions.sentence_number - 1:
        return None
    found = _LATER_ALONE.search(sentence)
    if found is None or (n := parse_number(found.group(1))) is None:
        return None
    bound = re.search(r"(at least|more than)\s+\S+\s*\.?$", sentence)
    group = mentions.last_group
    mentions.claimed(who, sentence, group, {"killed": f"{n}+" if bound else n})
    return item("casualty_claims", "later_figure_next_sentence", sentence, {
        "claimant": Value(who, "the claimant of the figure this one revises",
                          "later_figure_next_sentence"),
        "affected": Value(group, "the group of the figure this one revises",
                          "later_figure_next_sentence"),
        "killed": Value(f"{n}+" if bound else n, "a later figure of the count before: "
                        "killed or injured?", "later_figure_next_sentence"),
        "note": Value(sentence, "the sentence this claim came from")})


# "The police have given the same figure.", "Across the valley, the Cantonal Hospital
# Zenica gave the same figure.": a body agreeing with the count before, with no number
# (the agreement ends its clause, or a time follows: not "the same count at every gate",
# "the same figures it had used for ticket sales")
_SAME_FIGURE = re.compile(r"(?P<verb>(?:(?:has|have|had)\s+)?(?:gave|given|gives|confirmed|"
                          r"confirms|reported|reports|put\s+out))\s+the\s+same\s+"
                          r"(?P<what>figures?|toll|tally|count|numbers?)\b"
                          # ("the same figure of seven ever since": the figure, named)
                          r"(?:\s+of\s+(?P<number>" + NUM + r")\b)?"
                          r"(?=\s*(?:[.;,]|$)|\s+(?:ever\s+since|since|too|as\s+well|again|later|"
                          r"on\s+(?:[A-ZÀ-ɏ]\w+|the\s+\w+)|that\s+(?:day|night|evening|morning|"
                          r"afternoon)|this\s+(?:morning|afternoon|evening)|in\s+(?:its|their|a)\s+"
                          r"\w+)\b)")


def _same_figure(sentence: str, mentions: Mentions) -> Item | None:
    """`same_figure_as_the_count_before`: a body that gives "the same figure" as
    the claim before gives its figures: one figure, the dead (a hospital's, its
    patients); "the same figures" or "the same toll", all of them."""
    found = _SAME_FIGURE.search(sentence)
    if found is None or (found["number"] is None and _A_NUMBER.search(sentence)):
        return None  # (a figure of its own is read as one)
    last = mentions.last_claimant[1]
    if last is None or not mentions.last_figures \
            or mentions.sentence_number - mentions.last_claimant[0] > 6:
        return None
    # ("The district rescue office in Arvel": the office, where it is aside)
    subject = subject_at(re.sub(r"\s+in\s+[A-ZÀ-ɏ][\w-]*(?:\s+[A-ZÀ-ɏ][\w-]*)*\s*$", " ",
                                sentence[:found.start("verb")]))
    if subject is None:
        return None
    who = mentions.resolve_body(clean_name(subject))
    if not is_body(who) or who == last:
        return None  # (a person's or the same body's words: no other claimant)
    figures = dict(mentions.last_figures)
    one = "injured" if re.search(r"\b(?:hospital|clinic|infirmary)\b", who, re.I) else "killed"
    if one not in figures:
        return None  # (a hospital's figure is of its patients, none counted before)
    if found["what"] in ("figure", "number"):
        figures = {one: figures[one]}
    if found["number"] is not None:
        # ("the same toll of nine": that figure alone, if it is one of the claim's before)
        named = str(parse_number(found["number"]))
        figures = {m: v for m, v in figures.items() if str(v) == named}
        if not figures:
            return None
    group = mentions.last_group
    mentions.claimed(who, sentence, group, figures)
    return item("casualty_claims", "same_figure_as_the_count_before", sentence, {
        "claimant": Value(who, "claimant from the attribution", "same_figure_as_the_count_before"),
        "affected": Value(group, "the group of the count it agrees with",
                          "same_figure_as_the_count_before"),
        **{measure: Value(value, f"the same figure as {last}'s before",
                          "same_figure_as_the_count_before")
           for measure, value in figures.items()},
        "note": Value(sentence, "the sentence this claim came from")})


def _counts_the_toll(sentence: str) -> bool:
    """The sentence gives a count said to be the toll with no word of death: "By
    Friday the brigade's count stood at nine"."""
    return re.search(r"\b(?:toll|count|tally)\b", sentence, re.I) is not None and any(
        told_as_a_toll(sentence, c.start) for c in counts_in(sentence))


def figures_in(sentence: str, mentions: Mentions) -> list[Item]:
    """The figures stage: things counted that are not casualties (missiles fired,
    people displaced), each with its claimant."""
    if CASUALTY.search(sentence) or _counts_the_toll(sentence):
        return []
    out: list[Item] = []
    inside = [q.span() for q in QUOTE.finditer(sentence)]
    for m in COUNTED.finditer(sentence):
        if any(start <= m.start() < end for start, end in inside):
            continue  # a number a speaker used in passing is no one's figure
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
        found = find_claimant(sentence[: m.start()], mentions) or find_claimant(sentence,
                                                                                 mentions)
        if not found:
            continue
        out.append(item("figures", "counted_things", sentence, {
            "what": Value(what, "name figures alike so disputes are found", "counted_things"),
            "claimant": Value(found[0], "claimant from the attribution", found[1]),
            "value": Value(value, None, "counted_things"),
            "note": Value(sentence),
        }))
    return out
