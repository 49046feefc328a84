"""The first stages: the article as a page (headline, paragraphs, date, the
story's own country), its sentences, and its lead (date, summary, key points)."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from tui.core.draft.groups import LIST_HEADING, headed_lines
from tui.core.draft.names import PLACE, countries_in
from tui.core.draft.records import Layout, Sentence, Value
from tui.core.draft.report_issuer import is_a_release, issuing_body
from tui.core.draft.text import QUOTE, dateline_date, find_date, paragraphs, sentences
from tui.core.format.model import Country

# A first line that is no headline: a dateline ("KABUL, Afghanistan (AP) -"), or a
# sentence of the story (ends with its point, or runs long).
_DATELINE_START = re.compile(r"^[A-ZÀ-ɏ][A-Z .’'\-]{2,},|^[A-ZÀ-ɏ][A-Z .’'\-]{2,}\s+\("
                             r"|\((?:AP|Reuters|AFP)\)")


# The country of a dateline: "KATHMANDU, Nepal (AP) -", "GOMA, Congo, May 3 -"
_DATELINE_COUNTRY = re.compile(r"[A-ZÀ-ɏ][A-Z .’'\-]{2,},\s+([A-ZÀ-ɏ][\w .’'\-]*?)\s*(?:,|\(|-|—)")


def looks_like_a_title(line: str) -> bool:
    """A headline: short, not a dateline, not ended like a sentence."""
    line = line.strip().lstrip("#").strip()
    return bool(line) and len(line.split()) <= 25 and not _DATELINE_START.search(line) \
        and not re.search(r"[.!?]$", line)


# A list item: "- 41 people killed", "• 120 injured", "1. Roads closed"
_BULLET = re.compile(r"^\s*(?:[-•*–▪■●◦]|\d{1,2}[.)])\s+")


def body_paragraphs(body: str) -> list[str]:
    """The paragraphs: blocks between blank lines, each item of a bulleted list
    its own (without its bullet); or, in a text with no blank line whose lines
    mostly end a sentence, each line (copy pasted from a page)."""
    lines = [line for line in body.splitlines() if line.strip()]
    if not re.search(r"\n\s*\n", body.strip()) and (table := _fields(body)):
        return table
    if any(_BULLET.match(line) for line in lines):
        out: list[str] = []
        for block in re.split(r"\n\s*\n", body):
            block_lines = [line for line in block.splitlines() if line.strip()]
            if any(_BULLET.match(line) for line in block_lines):
                out += [" ".join(_BULLET.sub("", line).split()) for line in block_lines]
            elif block.strip():
                out += body_paragraphs(block)
        return out
    if re.search(r"\n\s*\n", body.strip()) or len(lines) < 2:
        return [p for block in re.split(r"\n\s*\n", body)
                for p in (_fields(block) or _heading_off(block))]
    ended = sum(bool(re.search(r"[.!?:”\"’»]\s*$", line)) for line in lines)
    return [" ".join(line.split()) for line in lines] if ended * 2 > len(lines) \
        else paragraphs(body)


# A line of a table of figures: "Deceased: 12", "Homes destroyed: 58"
# (its value a figure: a transcript's "Speaker: words" is no table)
_FIELD = re.compile(r"^\s*[A-ZÀ-ɏ][\w ()/'’-]{1,50}:\s*(?:about\s+|over\s+)?\d[\d,.]*\b.{0,30}$")


def _fields(block: str) -> list[str]:
    """A block that is a table of "Label: value" lines, each line its own
    paragraph (joined, "Deceased: 12 Injured: 31" reads as 12 injured)."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    # (under a heading of its own: "Passengers:" above "Deceased: 12")
    fields = lines[1:] if lines and LIST_HEADING.match(lines[0]) else lines
    return lines if len(lines) >= 2 and fields and all(_FIELD.match(line) for line in fields) \
        else []


def _heading_off(block: str) -> list[str]:
    """A block's paragraphs: a first line that is a heading ("9:40 p.m. – Final
    update", "Illegal pilgrims") its own, apart from the text under it."""
    lines = [line for line in block.splitlines() if line.strip()]
    # (a heading may end with a quotation: "8:15 p.m. – “We heard them calling”")
    if len(lines) > 1 and len(lines[0].split()) <= 12 and not re.search(
            r"[.!?:;,][”\"’»]?\s*$", lines[0]) and lines[1].lstrip()[:1].isupper():
        rest = "\n".join(lines[1:])
        # (a live entry's time on a line of its own, its heading on the next: "5.55pm" /
        # "CDAA: six Indians, four Bangladeshis" / the entry's text)
        return [" ".join(lines[0].split()),
                *(_heading_off(rest) if _TIME_ALONE.fullmatch(lines[0].strip())
                  else paragraphs(rest))]
    return paragraphs(block)


# A live entry's time alone on its line: "5.55pm", "14:35", "10:05 GMT"
_TIME_ALONE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", re.I)


# The body a statement is by, named in its headline: "Statement by the Northern
# Rail Company on ...", "Press release from the Red Cross": its "we" and "our"
_AUTHOR = re.compile(r"\b(?:[Ss]tatement|[Pp]ress release|[Uu]pdate|[Bb]ulletin|[Rr]eport)\s+"
                     r"(?:by|from|of)\s+(?:the\s+)?((?:[A-ZÀ-ɏ][\w’'\-]*\s*(?:of\s+|for\s+|and\s+)?)"
                     r"{1,6})")


# A press release's boilerplate: a line "About Norvale Ferries" before the
# paragraph that says what the body is; the release is by that body
_ABOUT = re.compile(r"^About\s+((?:[A-ZÀ-ɏ][\w’'\-]*\s?){1,5})\s*$", re.M)


# A statement that names its "we": "We, the Nile Health Alliance, are devastated"
_WE_THE = re.compile(r"\b[Ww]e,\s+(?:the\s+)?((?:[A-ZÀ-ɏ][\w’'\-]*\s*(?:of\s+|for\s+"
                     r"|and\s+)?){1,6}),")
# A line that says whose statement it is: "Northern Rail Company statement on ..."
_BODYS_STATEMENT = re.compile(r"^((?:[A-ZÀ-ɏ][\w’'\-]*[ \t]+(?:(?:of|for|and)[ \t]+)?){1,6})"
                              r"(?:[Ss]tatement|[Pp]ress release)[ \t]+(?:on|about)\b", re.M)


# A letterhead: a first line in capitals naming a company or a public body
# ("SIAM COASTAL CHEMICALS PUBLIC COMPANY LIMITED"), above a text that says "we"
_LETTERHEAD = re.compile(r"\A\s*([A-ZÀ-ɏ][A-Z&.'\- ]{2,80}?\b(?:LIMITED|LTD|INC|PLC|COMPANY|"
                         r"CORPORATION|CORP|GROUP|AUTHORITY|AGENCY|MINISTRY|DEPARTMENT|SERVICE|COMMISSION|"
                         r"ORGANI[SZ]ATION|SOCIETY|COUNCIL|S\.A\.?|"
                         # ("NOORDKUST SPOOR B.V.": a company's legal form in Europe)
                         r"B\.V\.?|N\.V\.?|GMBH|AG|S\.P\.A\.?|S\.R\.L\.?|OY|OYJ|AB|ASA|"
                         # ("SINGAPORE CIVIL DEFENCE FORCE", "... FIRE BRIGADE")
                         r"FORCE|BRIGADE|CORPS|DIRECTORATE|BUREAU|HEADQUARTERS|ADMINISTRATION|"
                         r"SECRETARIAT|INSTITUTE|OFFICE|POLICE))\.?[ \t]*$", re.M)
# The legal form after a company's name: "Public Company Limited", "Ltd", "Inc."
_LEGAL_FORM = re.compile(r"(?:\s+(?:Public|Private))?(?:\s+(?:Company|Co\.?))?\s+(?:Limited|Ltd\.?|"
                         r"Inc\.?|Plc|Corporation|Corp\.?|S\.[aA]\.?|B\.V\.?|N\.V\.?|Gmbh|GmbH|Ag|AG|"
                         r"S\.p\.a\.?|S\.r\.l\.?|Oy|Oyj|Ab|AB|Asa|ASA)$")


def author_of(title: str, text: str = "") -> str | None:
    """The body a statement's headline says it is by, else the body its
    "About ..." boilerplate is about, a line of its top names ("... statement
    on ..."), its "We, the ...," names, or its letterhead, if any."""
    found = (_AUTHOR.search(title) or _ABOUT.search(text)
             or _BODYS_STATEMENT.search(text[:400]) or _WE_THE.search(text))
    if found:
        return found.group(1).strip()
    # (a release, though it speaks of itself in the third person: "LONDON FIRE BRIGADE /
    # PRESS RELEASE / ... Firefighters were called to ...")
    if (letterhead := _LETTERHEAD.match(text)) and (
            re.search(r"\b(?:[Ww]e|[Oo]ur)\b", text) or is_a_release(text)):
        # (a short word in capitals is an acronym, "NHS", unless it is a word or a legal
        # form: "KIVU HIGHLANDS TEA COMPANY LTD" is Kivu Highlands Tea Company Ltd)
        # (and an abbreviation with its points stays as written: "B.V.")
        name = " ".join(w if (len(w) <= 3 and w.isalpha() and not re.search(r"[AEIOUY]", w)
                              and w not in ("LTD", "PLC")) or "." in w else w.capitalize()
                        for w in letterhead.group(1).split())
        name = re.sub(r"\b(And|Of|The|For)\b", lambda m: m.group(1).lower(), name)
        return _LEGAL_FORM.sub("", name) or name
    # ("SWEDISH POLICE AUTHORITY – POLICE REGION SOUTH / Press release": a release's
    # letterhead above its kind, as `briefing update` reads it)
    # (only a release: "Department store collapse kills 40" heads an article, not a letter)
    if re.search(r"\b(?:[Ww]e|[Oo]ur)\b", text) and is_a_release(text) and (
            issuer := issuing_body(text)):
        return issuer
    return None


def _most_named(paras: tuple[str, ...]) -> Country | None:
    """The country the body names most, when its lead names none: at least
    three times and more than twice as often as any other ("the Ghana Navy",
    "the Ghana Fire Service", "employs 1,400 people in Ghana")."""
    counts: dict[str, int] = {}
    found: dict[str, Country] = {}
    for para in paras:
        for country in countries_in(para):
            counts[country.code] = counts.get(country.code, 0) + 1
            found[country.code] = country
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
        return found[ranked[0][0]]
    return None


def _typewriter_quotes(text: str) -> str:
    """Quotation marks as old wire copy types them, ``like this″, ‘‘like
    this’’ (two marks each side) or "like this'', as the curly marks the stages
    read."""
    text = re.sub(r"``([^`\n]+?)(?:″|''|\"|”)", r"“\1”", text)
    # ("\"We fear the worst,'' she said": a straight mark opens, two apostrophes close;
    # the mark where a quotation opens, after a space or the line's start, and no other
    # straight mark between: never "\"We are counting,\" she said of the drivers'' union")
    text = re.sub(r"(?:^|(?<=[\s(—–-]))\"([^\"\n]+?)''(?=[\s,.;:!?)]|$)", r"“\1”", text,
                  flags=re.M)
    return re.sub(r"‘‘([^’\n]+?)’’", r"“\1”", text)


# A headline's reacting country, before its verb ("China expresses deep sorrow")
# ("Bulgaria Offers Condolences, Sends Aid after ...": a headline in title case too)
_REACTOR_IN_TITLE = re.compile(r"\b(?:[A-ZÀ-ɏ][\w’'\-]*\s+){1,3}(?=(?i:expresses|condemns|offers|"
                               r"sends|pledges|mourns|voices|extends|sympathises|sympathizes)\b)")


# A country's people or posts abroad in a headline ("Bombs Devastate U.S. Embassies in
# Africa", "63 Canadians killed"): whose they are, not where the story happens
_OWNED_ABROAD = re.compile(r"\b((?:[A-ZÀ-ɏ][\w.]*\s+){1,2})(?=(?i:embass(?:y|ies)|consulates?|"
                           r"citizens|nationals|tourists|peacekeepers|diplomats)\b)")


def _abroad_off(title: str) -> str:
    """The headline without a country named only as the owner of its people or
    posts abroad ("U.S. Embassies", "Kenyan Embassy"); a country that acts
    ("Ukraine Says Soldiers ...") or whose troops are at home stays."""
    return _OWNED_ABROAD.sub(lambda m: " " if countries_in(m[1]) and len(countries_in(m[1])) == 1
                             and not re.search(r"\b(?:Says|Said|As|And|In)\s", m[1]) else m[0],
                             title)


# The headline set above a text that has none of its own, so that its first line is
# read as the story's (a report's part, a flash that opens with its lead)
STAND_IN_HEADLINE = "Report"


def _masthead_off(lines: list[str]) -> list[str]:
    """The lines from the headline on, when a masthead is set above it: the
    outlet's name or a section ("Reuters", "THE HINDU", "eNCA", "Society"), a
    line of at most three words and no figure, with a headline of four words or
    more among the two lines after it (`masthead`)."""
    if lines and lines[0] == STAND_IN_HEADLINE:
        return lines
    # ("[Translated from the Slovene]": an editor's note in brackets above the
    # headline, never the headline)
    while lines and re.fullmatch(r"\s*\[[^\[\]]{2,80}\]\s*", lines[0]):
        lines = lines[1:]
        while lines and not lines[0].strip():
            lines = lines[1:]
    filled = [n for n, line in enumerate(lines[:6]) if line.strip()]
    for first, after in enumerate(filled[1:3], start=1):
        heading = lines[after]
        # (not a byline, an update note or a date line under a short headline)
        if all(_is_masthead(lines[n]) for n in filled[:first]) and \
                looks_like_a_title(heading) and len(heading.split()) >= 4 and \
                not re.search(r"\b\d{4}$", heading.strip()) and not re.match(
                    r"\s*(?:By|Updated|Published|Posted|Last updated)\b", heading):
            return lines[after:]
    return lines


def _is_masthead(line: str) -> bool:
    """An outlet's name or a section: every word a name's ("Dhaka Tribune", "eNCA",
    "THE HINDU"), where a short headline has words in lower case ("Quake hits
    Taiwan", "Deadly ferry fire")."""
    words = line.strip().split()
    return 0 < len(words) <= 3 and not re.search(r"\d|:|[.!?]$", line.strip()) and not any(
        w.isalpha() and w.islower() and w not in ("of", "the", "and") for w in words)


# A pointer to a photograph beside the text ("Ilse Marr (pictured), a spokeswoman"):
# the page's layout, no word of the sentence; a quotation keeps every word it has, so
# the spans between quotation marks are matched first and kept
_PICTURE_POINTER = re.compile(r"(“[^”]*”|\"[^\"\n]*\")|(?<=[\w.])\s+\((?:pictured|pictured\s+"
                              r"(?:left|right|above|below|centre|center)|left|right|centre|center|"
                              r"above|below|inset|top|bottom|file\s+photo|photo)\)(?=[\s,.;:])")


def _picture_pointers_off(paragraph: str) -> str:
    """The paragraph without the photo pointers outside its quotations."""
    return _PICTURE_POINTER.sub(lambda m: m[1] or "", paragraph)


def _continued_quotes_closed(paras: tuple[str, ...]) -> tuple[str, ...]:
    """A quotation that runs on into the next paragraph leaves its paragraph open
    and opens the next with a mark again, as English copy writes it: the paragraph
    is one quote, closed at its end."""
    out = list(paras)
    for n, (para, after) in enumerate(pairwise(paras)):
        if para.count("“") > para.count("”") and after.lstrip().startswith("“"):
            out[n] = para.rstrip() + "”"
        elif para.count('"') % 2 == 1 and after.lstrip().startswith('"'):
            out[n] = para.rstrip() + '"'
    return tuple(out)


def layout(text: str, today: date) -> Layout:
    """The headline (the first line, if it looks like one), the body's
    paragraphs, the story's own country, the article's date."""
    lines = _masthead_off(_typewriter_quotes(text).strip().splitlines())
    title = lines[0].strip().lstrip("#").strip() if lines else ""
    if lines and not looks_like_a_title(lines[0]):
        title, lines = "", ["", *lines]  # the first line is the story's, not a headline
    paras = _continued_quotes_closed(tuple(
        _picture_pointers_off(p) for p in body_paragraphs("\n".join(lines[1:]))))
    # A headline that names one country names where the story happens; one
    # that names none ("near Dhaka") leaves it to the first sentences.
    # (not the country a headline says reacts: "Delhi blast: China expresses sorrow")
    named = countries_in(_abroad_off(_REACTOR_IN_TITLE.sub(" ", title)))
    if not named and paras and (dateline := _DATELINE_COUNTRY.match(paras[0])):
        named = countries_in(dateline.group(1))  # "KATHMANDU, Nepal (AP) -": Nepal
    for para in paras[:3]:
        if named:
            break
        first = sentences(para)[0] if sentences(para) else ""
        # only where something happened: "on the outskirts of Bangladesh's capital"
        named = [c for m in PLACE.finditer(first) for c in countries_in(m.group(1))]
    host = named[0] if len(named) == 1 else None
    if host is None and not named:
        host = _most_named(paras)
    article_date = find_date(text, month_first=host is not None and host.code == "US")
    year_assumed = False  # the date is a dateline's, with a year put to it
    if article_date is None and (dated := dateline_date(text, today)):
        article_date, year_assumed = dated
    return Layout(title, paras, article_date, year_assumed, host, today,
                  author_of(title, text), oldest_first(paras))


def sentences_of(page: Layout) -> tuple[Sentence, ...]:
    """Every sentence of the body, numbered from 1, with its paragraph, in the
    order things happened (a live blog's oldest entry first)."""
    paras = page.chronological or page.paragraphs
    found = [(i, s) for i, p in enumerate(paras) for s in sentences(p)]
    return tuple(Sentence(number, para, text, heading) for number, ((para, _), (text, heading))
                 in enumerate(zip(found, headed_lines(s for _, s in found), strict=True),
                              start=1))


# A live blog's entry: "9:40 p.m. – Final update", "14:05 - Toll rises"
_STAMP = re.compile(r"^(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*[–—-]\s", re.I)


def oldest_first(paras: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs with a live blog's timestamped entries oldest first, when
    the page gives them newest first (three or more, each earlier than the one
    before); else nothing (the page's order is the order of events)."""
    starts = [(i, _minutes(m)) for i, p in enumerate(paras) if (m := _STAMP.match(p))]
    times = [t for _, t in starts]
    if len(starts) < 3 or any(b >= a for a, b in pairwise(times)):
        return ()
    bounds = [i for i, _ in starts] + [len(paras)]
    entries = [paras[a:b] for a, b in pairwise(bounds)]
    return (*paras[: bounds[0]], *(p for entry in reversed(entries) for p in entry))


def _minutes(stamp: re.Match[str]) -> int:
    hour, minute, half = int(stamp.group(1)), int(stamp.group(2)), (stamp.group(3) or "").lower()
    if half.startswith("p") and hour != 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + minute


# A line that is only a date, with a time perhaps ("Sunday 14 June 2026 - 06:48",
# "February 18, 2026", "11 Mar, 2019 | 11:32 am")
_DATE_ONLY = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                        r"(?:(?:\d{1,2}\s+[A-ZÀ-ɏ][a-z]+\.?,?|[A-ZÀ-ɏ][a-z]+\.?\s+\d{1,2},?)\s+\d{4}"
                        r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})"
                        r"(?:\s*[-–—|,]?\s*\d{1,2}[:.]\d{2}"
                        r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-ZÀ-ɏ]{2,4})?)?")


def lead_of(page: Layout) -> tuple[Value, str, tuple[str, ...]]:
    """The draft's date, summary (the first two paragraphs) and key points
    (the first sentences of the next paragraphs that are not quotes)."""
    if page.article_date and page.year_assumed:
        when = Value(page.article_date.isoformat(),
                     "the dateline gives no year: the first such day after the article's own "
                     "latest date, else the latest such day", "dateline")
    elif page.article_date:
        when = Value(page.article_date.isoformat(), "date found in the article", "article_date")
    else:
        when = Value(page.today.isoformat(),
                     "PLACEHOLDER: the article states no date; set the event's date", "no_date")
    # (a byline's date line, "Sunday 14 June 2026 - 06:48" or "22/09/2026 05:48 PM", is no
    # part of the story)
    paras = [p for p in page.paragraphs if not _DATE_ONLY.fullmatch(p.strip())]
    summary = "\n\n".join(paras[:2])
    points = []
    for para in paras[1:5]:
        first = sentences(para)[0] if sentences(para) else ""
        if first and not QUOTE.match(first):
            points.append(first)
    return when, summary, tuple(points)
