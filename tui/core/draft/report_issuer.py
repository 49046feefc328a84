"""Whose release a report is: the body on a press release's letterhead
(above its press office), a situation report's council, or a body that
publishes a report on its own site; its figures are that body's own."""

from __future__ import annotations

import re

_OFFICES = re.compile(r"^(?:ministry|department|office|bureau|directorate)\b", re.IGNORECASE)


# The line that says what a body issued: "PRESS RELEASE", "Bulletin 112/2026",
# "FLOODS SITUATION UPDATE No. 3", "Official Statement No. 047".
# (and a press service's own line under its body: "Ministry of ... / Press service")
_ISSUED = re.compile(r"\b(?:press release|media release|press note|press statement|bulletin|"
                     r"press service|press office|press cent(?:re|er)|"
                     r"situation update|statement|situation(?:al)? report|sitrep|communiqu[eé]|"
                     r"information note|"
                     # ("REPORTE COMPLEMENTARIO N° 1847", "Situation Report No. 4": numbered)
                     r"(?:report|reporte)\s+(?:[\w]+\s+)?n[°º.o]\.?\s*\d+)", re.IGNORECASE)


# A body's press office: it speaks for the body, it counts nothing of its own.
_PRESS_UNIT = re.compile(r"\b(?:public relations|communications?|press|media|public affairs|"
                         r"information)\b", re.IGNORECASE)


# The small words of a name, lower case inside it ("Direction Generale de la ...")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "at", "on", "de", "la", "du", "des",
                          "del", "el", "da", "do", "y"})


def _as_name(line: str) -> str:
    """"MINISTRY OF HEALTH" -> "Ministry of Health"; "(LASEMA)" kept as written."""
    if not line.replace("(", "").replace(")", "").isupper():
        return line
    out = []
    words = line.split()
    for at, w in enumerate(words):
        # ("VESTFJORD HELIKOPTER AS": a legal form of two letters, last, stays)
        if w.startswith("(") or (at == len(words) - 1 and at and len(w) == 2
                                 and w.lower() not in _SMALL_WORDS):
            out.append(w)
        else:
            # ("OFFICE IN WROCŁAW": the small words of a name stay small)
            out.append(w.lower() if at and w.lower() in _SMALL_WORDS else w.title())
    return " ".join(out)


# Words of a heading in capitals that is no name: "EMBARGOED UNTIL MONDAY", "MINE
# ACCIDENT UPDATE", "TWO DEAD IN THEATRE COLLAPSE"
_NO_NAMES_WORDS = re.compile(r"\b(?:EMBARGOED|UNTIL|IMMEDIATE|URGENT|NOTICE|UPDATE|ADVISORY|"
                             r"ALERT|BREAKING|RELEASE|STATEMENT|DEAD|KILLED|KILLS|DIE|DIES|TOLL|"
                             r"INJURED|HURT|DEATHS?|MISSING|TRAPPED)\b")
# A state's letterhead line: its word first, or before "of" ("FEDERAL REPUBLIC OF
# NIGERIA", "HASHEMITE KINGDOM OF JORDAN"); not "TEATRO DE LA REPÚBLICA"
_A_STATES_LINE = re.compile(r"\b(?:republic|kingdom|states?|emirate|sultanate|rep[uú]blica|"
                            r"r[ée]publique|republik)\s+(?:of|de|du|del|da|do|dos|das)\b", re.I)


# A headline's shape in capitals: an event and where ("LANDSLIDE IN WESTERN UGANDA",
# "ATTACK ON MARKET"), or a verb of one ("FERRY SINKS ON LAKE"); a name may hold an
# event's word alone ("FIRE AID", "BLAST THEATRE")
_EVENT_WHERE = re.compile(r"\b(?:LANDSLIDES?|MUDSLIDES?|STAMPEDE|ATTACKS?|SHOOTINGS?|"
                          r"FLOOD(?:S|ING)?|(?:WILD)?FIRES?|BLAZE|CRASH(?:ED)?|BLAST|EXPLOSIONS?|COLLAPSED?|"
                          r"EARTHQUAKE|QUAKE|STORMS?|CYCLONE|TYPHOON|HURRICANE|ACCIDENT|"
                          r"DERAIL(?:ED|MENT)|BOMBING|SINKING|CAPSIZED|LEAK|SPILL)\s+"
                          r"(?:IN|AT|ON|NEAR|OFF|INTO)\b"
                          r"|\b(?:SINKS|PLUNGES|HITS|STRIKES|COLLAPSES|DERAILS|CAPSIZES|ERUPTS|"
                          r"EXPLODES|CRASHES|BURNS)\b")


def _letterhead_in_capitals(line: str) -> bool:
    """A letterhead's name in capitals: two to six words of letters (any
    alphabet's: "MUŻIKA"), no figure, no sentence, no heading's words, not a
    headline's shape."""
    words = line.split()
    return line.isupper() and 2 <= len(words) <= 6 and not _NO_NAMES_WORDS.search(line) \
        and not _EVENT_WHERE.search(line) and all(
        re.fullmatch(r"[^\W\d_][^\W\d_&'’\-]*(?:[&'’\-][^\W\d_]+)*|&", w) for w in words)


def is_a_release(text: str) -> bool:
    """A line near the top says what was issued ("Press release", "Bulletin
    No. 3"): the text is a body's own release, not an article about one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:6]
    return any(len(re.split(r"\s+[-–—]\s+", line)[0].split()) <= 8 and _ISSUED.search(line)
               for line in lines)


def issuing_body(text: str) -> str | None:
    """The body a press release, bulletin or situation update comes from,
    on one of its first lines ("MINISTRY OF HEALTH", "Ministry of
    Railways", the line above "PRESS RELEASE"), as a name."""
    from tui.core.draft.resolve import ends_in_a_body_noun, is_body

    lines = [line.strip() for line in text.splitlines() if line.strip()][:4]
    for i, line in enumerate(lines):
        line = re.split(r"\s+[-–—]\s+", line)[0]
        # ("Ministry of Emergency Situations of the Republic of Kazakhstan": ten words)
        if len(line.split()) <= 10 and _OFFICES.match(line):
            return _as_name(_unit_under(lines, i) or _body_above_its_office(lines, i) or line)
        if i and _ISSUED.search(line) and len(line.split()) <= 8:
            # the unit above the line issues it, unless it is only the voice of
            # the body above it ("FIRE SERVICE / PUBLIC RELATIONS DEPARTMENT")
            at = i - 1
            while at > 0 and _PRESS_UNIT.search(lines[at]) and is_body(lines[at - 1]):
                at -= 1
            # ("DELTA STATE POLICE COMMAND / ASABA / PRESS RELEASE": the town under the
            # letterhead is its address, not who issues it)
            while at > 0 and len(lines[at].split()) == 1 and not ends_in_a_body_noun(
                    lines[at]) and len(lines[at - 1].split()) > 1 and is_body(lines[at - 1]):
                at -= 1
            # else the letterhead's first line ("COUNCIL / its address / SITUATIONAL REPORT")
            for above in (lines[at], lines[0]):
                if len(above.split()) <= 8 and is_body(above) and not above.endswith("."):
                    return _as_name(above)
            if _letterhead_in_capitals(lines[0]) and not _STATE_LINE.match(lines[0]) \
                    and not _A_STATES_LINE.search(lines[0]) \
                    and not any(line.isupper() for line in lines[1:i]):
                # ("FONDAZZJONI TEATRU MARSAMXETT / Valletta, ... / STATEMENT No. 2": a
                # letterhead in capitals, in words no list of body nouns holds; not a
                # state's line, "REPÚBLICA DE PANAMÁ", "FEDERAL REPUBLIC OF NIGERIA", nor
                # one line of several in capitals)
                return _as_name(lines[0])
        if i == 0 and len(line.split()) <= 8 and line.isupper() and is_body(line) \
                and len(lines) > 1 and _ISSUED.search(lines[1]):
            return _as_name(line)
    return None


# A letterhead line of a state, not of a body that counts: "KINGDOM OF MOROCCO",
# "GOVERNMENT OF THE PROVINCE OF SANTA FE", "Government of Chile"
# (in the state's own language too: "REPÚBLICA DE PANAMÁ", "RÉPUBLIQUE DU SÉNÉGAL")
_STATE_LINE = re.compile(r"(?:the\s+)?(?:government|republic|state|kingdom|province|democratic|"
                         r"rep[uú]blica|r[ée]publique|republik)\b", re.IGNORECASE)


def _counting_body(line: str) -> bool:
    """A letterhead line that names a body of its own (two to ten words), not
    a sentence and not the state it belongs to."""
    from tui.core.draft.resolve import is_body

    return (1 < len(line.split()) <= 10 and is_body(line) and not line.endswith(".")
            and not _STATE_LINE.match(line))


def _unit_under(lines: list[str], at: int) -> str | None:
    """The unit a ministry's letterhead names for itself, which issues the release
    ("MINISTRY OF NATIONAL DEFENCE / COMMAND OF THE NATIONAL GENDARMERIE";
    "SENAPRED / National Disaster Prevention and Response Service / Ministry of the
    Interior"); None when the ministry is the one (its press office is its voice)."""
    # (an office's too: "OFFICE OF THE VICE-PRESIDENT / DISASTER MANAGEMENT AND
    # MITIGATION UNIT / PRESS STATEMENT" is the unit's)
    if not _HEADS_A_UNIT.match(lines[at]):
        return None
    for line in lines:
        line = re.split(r"\s+[-–—]\s+", line)[0]
        if _ISSUED.search(line):
            break
        if (_counting_body(line) and not _HEADS_A_UNIT.match(line)
                and not _PRESS_UNIT.search(line)) and (
                    # (under an office, only a unit of it: not the building it sits in
                    # or the government above it, "UNION BUILDINGS", "DEPARTMENT OF HEALTH")
                    not re.match(r"office\s+of\b", lines[at], re.IGNORECASE)
                    or _OFFICE_UNIT.search(line)):
            return line
    return None


# A letterhead line whose units under it issue its releases: a ministry, an office
_HEADS_A_UNIT = re.compile(r"ministry\b|office\s+of\b", re.IGNORECASE)
# The kinds of unit an office may issue its releases through
_OFFICE_UNIT = re.compile(r"\b(?:unit|agency|secretariat|commission|committee|authority|"
                          r"directorate|bureau|cent(?:re|er))\s*$", re.IGNORECASE)


def _body_above_its_office(lines: list[str], at: int) -> str | None:
    """The body whose own office the line is ("SOUTH AFRICAN POLICE SERVICE /
    Office of the Provincial Commissioner / MEDIA STATEMENT": the service's);
    None when no body stands above it."""
    if not re.match(r"office\s+of\b", lines[at], re.IGNORECASE):
        return None
    return next((above for above in lines[:at] if _counting_body(above)), None)


# The words that name a body's unit (never a body of its own: "FIRE AND RESCUE
# SERVICE" under "NATIONAL POLICE" on a joint release is a second body)
_A_UNIT = re.compile(r"\b(?:directorate|department|office|bureau|division|unit|cent(?:re|er)|"
                     r"section|branch|desk)\b", re.IGNORECASE)


def body_above_its_unit(text: str, issuer: str, outlet: str | None) -> str | None:
    """The body whose letterhead names the issuing unit under it, when the body
    itself published the report ("SECRETARÍA NACIONAL DE GESTIÓN DE RIESGOS /
    Directorate for the Monitoring of Adverse Events" on the secretariat's own
    site): the unit's figures are its body's. None for a ministry's or an
    office's letterhead, whose units issue their own releases."""
    from tui.core.draft.resolve import fold

    if not outlet or not _A_UNIT.search(issuer):
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()][:4]
    at = next((i for i, line in enumerate(lines)
               if fold(_as_name(re.split(r"\s+[-–—]\s+", line)[0])) == fold(issuer)), None)
    if not at:
        return None
    for above in lines[:at]:
        if fold(_as_name(above)) == fold(outlet) and _counting_body(_as_name(above)) \
                and not _HEADS_A_UNIT.match(above):
            return outlet
    return None


def published_by(first_line: str, outlet: str | None, url: str | None) -> str | None:
    """The body that published a report itself: its first line names the
    outlet ("EMERCOM of Russia"; "INTER SERVICES PUBLIC RELATIONS" for ISPR)
    and that is a body's name or the page is on a government site."""
    from tui.core.draft.resolve import initials, is_body

    line = first_line.strip()
    if not outlet or not line or len(line.split()) > 8:
        return None
    same = line.casefold() == outlet.casefold() or (
        outlet.isupper() and " " not in outlet and initials(line) == outlet)
    on_gov = url is not None and "gov" in re.split(r"[./_-]+", url.lower())
    # (a masthead in capitals, "RAPPLER", is read as its name: short capitals pass for a body)
    return _as_name(line) if same and (is_body(_as_name(line)) or on_gov) else None


def released_by_outlet(text: str, outlet: str | None) -> str | None:
    """The outlet itself, when what it published is its own release: a
    line near the top says so ("COMMUNIQUÉ N°047", "PRESS RELEASE") and the
    outlet is no news outlet or agency (a wire's "statement" is someone
    else's)."""
    from tui.core.draft.attribution import news_agency
    from tui.core.draft.words import NEWS_OUTLETS_FOLDED

    if not outlet or news_agency(outlet) or outlet.casefold() in NEWS_OUTLETS_FOLDED:
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()][:8]
    # (a header line of a few words: not a sentence of the body that names a statement;
    # or one that opens with it: "REPORTE COMPLEMENTARIO N° 1847 - 10/3/2026 / 07:30")
    return outlet if any((len(line.split()) <= 6 and _ISSUED.search(line))
                         or _ISSUED.match(line) for line in lines) else None
