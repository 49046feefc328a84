"""Paragraphs, sentences, quotation marks and dates in article text."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tui.core.draft.words import MONTHS, SAY_VERBS

# A live entry's stamp on a line of its own: "17:52 CEST", "9:05 a.m. EDT"
_STAMP_LINE = re.compile(r"^\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-ZÀ-ɏ]{2,5}))?\s*\n"
                         r"(?=\s*\S)", re.I)


def paragraphs(text: str) -> list[str]:
    # (a stamp on its own line is the entry's time, never the first words of its text)
    return [" ".join(_STAMP_LINE.sub(lambda m: m.group(0).strip() + " — ", p).split())
            for p in re.split(r"\n\s*\n", text) if p.strip()]


_ABBREV = re.compile(r"\b(Mr|Mrs|Ms|Dr|Eng|Gen|Col|Lt|Sgt|St|Rev|Prof|Sen|Rep|Gov|No|U\.S|U\.N|"
                     r"Engr|Capt|Maj|Brig|Insp|Supt|Cdr|Hon|Adm|Cpl)\.$")


# How far back from a full stop the abbreviations and initials that end no sentence
# are looked for (the longest, "U.S.", with room to spare)
_TAIL = 40

# A month written short before its day: "since Dec. 18" (not "in Dec." at a sentence's end)
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


# An initial inside a name: "R.K. Menon", "George W. Bush" (not "posted on X.")
# ("R. K. Menon": initials spaced apart)
_INITIAL = re.compile(r"(?:\b[A-ZÀ-ɏ]\.[A-ZÀ-ɏ]\.|\b[A-ZÀ-ɏ][a-z]+\s[A-ZÀ-ɏ]\.|\b[A-ZÀ-ɏ]\.\s"
                      r"[A-ZÀ-ɏ]\.)$")


def sentences(paragraph: str) -> list[str]:
    """Split on . ! ? (also before a closing quote), not after common abbreviations."""
    out: list[str] = []
    start = 0
    # (what is read before each full stop is its sentence's last few words, and a
    # quotation's state is carried from stop to stop: a paragraph of many stops
    # that end no sentence, "Dr. ... Dr. ...", or an unclosed quote mark, costs
    # its length, not its length squared)
    closer: str | None = None
    scanned = 0
    for m in re.finditer(r"[.!?][”\"’'»“」«]?(?=\s+[“\"‘«„「»A-Z0-9])", paragraph):
        end = m.end()
        tail = paragraph[max(start, m.start() - _TAIL):m.start() + 1]
        if re.search(r"(?:^|\s)[A-ZÀ-ɏ]\.$", tail) and re.match(
                r"\s+[A-ZÀ-ɏ]\.\s*[A-ZÀ-ɏ]", paragraph[end:end + _TAIL]):
            continue  # "R. K. Menon": the first of two initials
        if _ABBREV.search(tail) or _INITIAL.search(tail) or (
                _MONTH_ABBREV.search(tail) and re.match(r"\s+\d", paragraph[end:end + 2])):
            continue
        if re.search(r"\b[ap]\.m\.$", tail, re.I) and re.match(
                r"\s+(?:[A-ZÀ-ɏ][a-z]+\s+time\b|[A-ZÀ-ɏ]{2,4}T\b|GMT|UTC)",
                paragraph[end:end + _TAIL]):
            continue  # "at around 4:15 a.m. Korea time, police said": one sentence
        # a quotation that goes on ("It was like an earthquake. The windows ...")
        closer, scanned = _quote_after(paragraph[scanned:end], closer), end
        if closer is not None:
            continue
        # a "!" or "?" inside a quote followed by attribution is not a sentence end
        if m.group(0)[0] in "!?" and m.group(0)[-1] in "”\"»“«" and re.match(
                rf"\s+(?:[A-ZÀ-ɏ][\w’'\-]+\s+){{0,3}}({SAY_VERBS}|he|she)\b",
                paragraph[end:]):
            continue
        out.append(paragraph[start:end].strip())
        start = end
    if paragraph[start:].strip():
        out.append(paragraph[start:].strip())
    return out


# Quotations in every style the copy uses: “curly” and "straight" (mixed in one
# quote too), « guillemets », „German“, ‘single’ (an apostrophe inside is no end),
# 'straight single' after a colon, a comma or at the sentence's start, and 「corner
# brackets」. Each style's
# words are a group.
QUOTE = re.compile(r"“([^”“\"]+)[”\"]|\"([^\"“”]+)[\"”]|«\s*([^»]+?)\s*»|„([^“”„]+)[“”]"
                   r"|‘((?:[^’]|’(?=\w))+)’(?!\w)"
                   r"|(?:(?<=: )|(?<=, )|^)'((?:[^']|'(?=\w))+)'(?!\w)"
                   # (「corner brackets」 of Chinese and Japanese copy, 『』 inside them)
                   r"|「([^」]+)」"
                   # (»reversed guillemets« of Slovene, German and Danish copy)
                   r"|»\s*([^«»]+?)\s*«")


def quoted_words(match: re.Match[str]) -> str:
    """The words inside the marks of a QUOTE match."""
    return next(g for g in match.groups() if g is not None)


def _quote_after(text: str, closer: str | None) -> str | None:
    """The mark that would close the quotation still open at the end of
    `text`, read from a state where `closer` was awaited (None: no quotation
    open)."""
    for char in text:
        if closer is None:
            closer = {"“": "”", "„": "“", "«": "»", '"': '"', "「": "」", "»": "«"}.get(char)
        elif char == closer or (closer in "”“" and char in '"”') or (closer == '"' and char == "”"):
            closer = None
    return closer
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DMY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r"),?\s+(\d{4})\b", re.I)
_MDY = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
# "07.11.2023", "7/11/2023": the day first, as everywhere but the United States
_NUMERIC = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")
MONTH_YEAR = re.compile(r"\bin\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "31 February": no date


def find_date(text: str, month_first: bool = False) -> date | None:
    """The first full date in `text`: ISO, "3 October 2019", "October 3, 2019",
    or numeric ("07.11.2023": day first unless `month_first`, a US story's way,
    and a number over 12 decides)."""
    if m := ISO.search(text):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.search(text):
        return _day(int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1]))
    if m := _MDY.search(text):
        return _day(int(m[3]), MONTHS.index(m[1].lower()) + 1, int(m[2]))
    if m := _NUMERIC.search(text):
        first, second = int(m[1]), int(m[3])
        if first > 12 or (second <= 12 and not month_first):
            return _day(int(m[4]), second, first)
        return _day(int(m[4]), first, second)
    return None


def _dates_in(text: str) -> list[date]:
    """Every full date, and every month and year ("in March 2019") as its last day."""
    found = [d for m in ISO.finditer(text) if (d := _day(int(m[1]), int(m[2]), int(m[3])))]
    found += [d for m in _DMY.finditer(text)
              if (d := _day(int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1])))]
    found += [d for m in _MDY.finditer(text)
              if (d := _day(int(m[3]), MONTHS.index(m[1].lower()) + 1, int(m[2])))]
    for m in MONTH_YEAR.finditer(text):
        month, year = MONTHS.index(m[1].lower()) + 1, int(m[2])
        found.append(date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
    return found


# A wire dateline: "MARRAKECH, Sept 9 -", "BRASILIA, Brazil, Jan 25 (Reuters) -",
# "Sept. 2 (AP) -" (an agency's mark after the day, with or without a place)
_MONTH_ABBREVIATION = r"(Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(r"^[A-ZÀ-ɏ][A-Z .’'\-]+,(?:\s+[A-ZÀ-ɏ][\w ]+,)?\s+" + _MONTH_ABBREVIATION
                       + r"\s+(\d{1,2})(?:,\s+(\d{4}))?\b"
                       # ("Shimla, Oct 12 (IANS)": a city in any case before an agency's mark)
                       r"|^(?:[A-ZÀ-ɏ][\w .’'\-]+,?\s+)?" + _MONTH_ABBREVIATION
                       + r"\s+(\d{1,2})(?:,\s+(\d{4}))?\s*\((?:AP|Reuters|AFP|dpa|UPI|Xinhua|IANS|"
                       r"PTI|ANI|IRNA|WAM|SPA|Anadolu|Kyodo|Yonhap|Bernama|Antara|INA|APP)\)",
                       re.M)
_MONTH_PREFIXES = [month[:3] for month in MONTHS]


def dateline_date(text: str, today: date) -> tuple[date, bool] | None:
    """The date of a wire dateline, and whether its year was assumed: a
    dateline without one is taken as the first such day after the latest
    date the article itself gives, or else the last such day up to `today`;
    never a day after `today`."""
    m = _DATELINE.search(text)
    if m is None:
        return None
    name, day, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    month = _MONTH_PREFIXES.index(name[:3].lower()) + 1
    if year:
        found = _day(int(year), month, int(day))
        return (found, False) if found else None
    own = [d for d in _dates_in(text) if d <= today]
    if own:
        latest = max(own)
        found = _day(latest.year, month, int(day))
        if found is not None and found < latest:
            found = _day(latest.year + 1, month, int(day))
        if found is not None and found <= today:
            return found, True
    found = _day(today.year, month, int(day))
    if found is not None and found > today:
        found = _day(today.year - 1, month, int(day))
    return (found, True) if found else None  # "Feb 30": no date
