"""When a report was written, read from its first lines: `Updated 11:40
GMT`, `SOURCE: Reuters · 2024-07-14 08:05 GMT`, `[EFE] 2025-09-03 12:48
UTC`, `Freetown, 11 February 2025, 18:00 hrs`, `9:30 a.m. EDT`; and the
agency of a dateline (`(Reuters)`, `(AFP)`)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

# Zone abbreviations a news report writes after a time, as offsets in minutes.
ZONE_OFFSETS: dict[str, int] = {
    "GMT": 0, "UTC": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "WAT": 60,
    "CAT": 120, "EAT": 180, "TRT": 180, "MSK": 180, "IST": 330, "NPT": 345,
    "PKT": 300, "WIB": 420, "SGT": 480, "HKT": 480, "JST": 540, "AEST": 600,
    "EDT": -240, "EST": -300, "CDT": -300, "CST": -360, "PDT": -420, "PST": -480,
    "WITA": 480, "WIT": 540, "ICT": 420, "PHT": 480, "MYT": 480, "KST": 540, "AEDT": 660,
    "ACST": 570, "AWST": 480, "NZST": 720, "NZDT": 780, "SAST": 120, "EET": 120,
    "EEST": 180, "WET": 0, "WEST": 60, "BRT": -180, "ART": -180, "COT": -300, "PET": -300,
    "CLT": -240, "MST": -420, "MDT": -360, "AKDT": -480, "HST": -600,
}
# Letters that name two zones: the page's own zone (its metadata), when it is one of
# them, says which ("BST" on a Dhaka page is Bangladesh Standard Time)
_AMBIGUOUS: dict[str, frozenset[int]] = {
    "BST": frozenset({60, 360}), "IST": frozenset({330, 60, 120}),
    "CST": frozenset({-360, 480}), "AST": frozenset({-240, 180}),
}
# A zone written out in full, which settles letters that name two zones
_ZONE_NAMES: dict[str, int] = {
    "bangladesh standard time": 360, "british summer time": 60, "india standard time": 330,
    "indian standard time": 330, "irish standard time": 60, "israel standard time": 120,
    "china standard time": 480, "central standard time": -360, "arabia standard time": 180,
    "atlantic standard time": -240,
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# longest first, so that "WITA" is not read as "WIT" nor "CEST" as "CET"
_ZONE = r"(?P<zone>" + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True)) + r")\b"
_TIME = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})[:.](?P<m>\d{2})(?![\d]|\.\d)\s*(?P<ampm>[ap]\.?m\.?)?\s*"
    r"(?:(?:hrs|hours|h)\b)?\s*" + f"(?:{_ZONE})?", re.IGNORECASE)
_AGENCIES = {"AFP": "AFP", "Reuters": "Reuters", "AP": "Associated Press", "PTI": "PTI",
             "AA": "Anadolu Agency", "EFE": "EFE", "IANS": "IANS", "ANI": "ANI",
             "dpa": "dpa", "Xinhua": "Xinhua", "UNI": "UNI", "BSS": "BSS"}
_AGENCY = re.compile(r"\((" + "|".join(_AGENCIES) + r")\)|^\[(" + "|".join(_AGENCIES)
                     + r")\]|^SOURCE:\s*(" + "|".join(_AGENCIES) + r")\b|^("
                     + "|".join(_AGENCIES) + r")\s*\|", re.MULTILINE)
_SHIFT = re.compile(r"\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b")
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::(\d{2}))?")


def _offset(minutes: int) -> tzinfo:
    return timezone(timedelta(minutes=minutes))


def zone_minutes(letters: str, page_zone: tzinfo | None = None, text: str = "") -> int:
    """A zone's offset in minutes by its letters; letters that name two zones
    are the one `text` spells out, else the page's own zone when it is one of them."""
    minutes = ZONE_OFFSETS[letters.upper()]
    choices = _AMBIGUOUS.get(letters.upper())
    low = text.lower()
    for name, spelled in _ZONE_NAMES.items():
        # (a name settles only letters that name two zones, and only one of those)
        if choices and spelled in choices and name in low:
            return spelled
    if choices and page_zone is not None and (
            offset := page_zone.utcoffset(None)) is not None:
        page = int(offset.total_seconds() // 60)
        if page in choices:
            return page
    return minutes


def header_offset(text: str, page_zone: tzinfo | None = None) -> tzinfo | None:
    """The zone a live blog's header names: `GMT+3`, `(all times GMT)`, `IST`,
    "All times Bangladesh Standard Time (BST)"."""
    if m := _GMT_OFFSET.search(text):
        minutes = int(m[2]) * 60 + int(m[3] or 0)
        return _offset(minutes if m[1] == "+" else -minutes)
    if m := re.search(r"\btimes?\b[^\n]*?\b" + _ZONE, text, re.IGNORECASE):
        return _offset(zone_minutes(m["zone"], page_zone, text))
    return None


def names_a_zone(text: str) -> bool:
    """The first lines of `text` name a time zone ("GMT", "EEST", "UTC+3", "all
    times IST"): its times are read in it, not in one assumed."""
    head = "\n".join([line for line in text.splitlines() if line.strip()][:8])
    return header_offset(text) is not None or re.search(
        r"(?<![\w])" + _ZONE, head) is not None


def find_day(text: str) -> date | None:
    """The first date written in `text`: 2024-07-14, 14 July 2024, July 14,
    2024, Feb 11, 2025, 02.03.2026 (day first), 19 OCT 2025, 21/08/2025 or
    08/22/2025 (whichever order makes a month)."""
    # each pattern with the groups of its year, month and day
    pats: tuple[tuple[str, tuple[int, int, int]], ...] = (
        (r"\b(\d{4})-(\d{2})-(\d{2})\b", (1, 2, 3)),
        (r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b", (3, 2, 1)),
        (r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b", (3, 1, 2)),
        (r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", (3, 2, 1)),
    )
    best: tuple[int, date] | None = None
    for pattern, (y, mo, d) in pats:
        for m in re.finditer(pattern, text):
            month_text = m[mo]
            year, day = int(m[y]), int(m[d])
            month = int(month_text) if month_text.isdigit() else _month(month_text)
            try:
                found = date(year, month, day)
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    # 21/08/2025 or 08/22/2025: read only when one of the two cannot be a month
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text):
        a, b = int(m[1]), int(m[2])
        if (a > 12) == (b > 12):
            continue
        day_, month = (a, b) if a > 12 else (b, a)
        try:
            found = date(int(m[3]), month, day_)
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), found)
        break
    return best[1] if best else None


def _month(word: str) -> int:
    low = word[:3].lower()
    return _MONTHS.index(low) + 1 if low in _MONTHS else 0


# What a line that gives a date and a time is made of, besides the figures: "Tuesday 6
# May 2025 | 10:30", "Date: 6 May 2025; Time: 10:30", "06.05.2025 г., 10:30 ч."
_DATES_WORDS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"sept|oct|nov|dec)[a-z]*|[ap]\.?m\.?|hrs|hours|updated|published|posted|modified|issued|"
    r"date|time|on|at|local|" + "|".join(ZONE_OFFSETS) + r")\b|\d+|\b\w\b", re.IGNORECASE)


# A release's words beside its date: "Embargoed until", "For immediate release",
# "Bulletin No. 3", "Press Centre"
_RELEASE_WORDS = re.compile(r"\b(?:embargoed|until|for|immediate|release|bulletin|no|press|"
                            r"office|centre|center|reference|ref)\b", re.IGNORECASE)


def _a_dates_line(line: str) -> bool:
    """A line that is a date and a time with places' and a release's words
    besides ("19.08.2029, 10:30", "Sofia, Bulgaria, 6 May 2025, 10:30",
    "Embargoed until 6 May 2025, 10:30"); never a sentence, whose words in
    lower case give it away ("The blaze began on 5 May 2025 at 23:40")."""
    rest = re.findall(r"[^\W\d_]{2,}", _RELEASE_WORDS.sub(" ", _DATES_WORDS.sub(" ", line)))
    # (a label of the body's is no date of the report: "Next Update: 7 May", "Fire Reported:")
    label = re.match(r"\s*([^\W\d_][^:\d]{0,29}):", line)
    return len(line) <= 80 and find_day(line) is not None and len(rest) <= 4 and all(
        w[:1].isupper() for w in rest) and not re.match(r"\s*(?:The|A|An)\s", line) and (
        label is None or re.fullmatch(r"(?i)\s*(?:issued|date|dated|published|updated|released|"
                                      r"posted|time)\s*", label[1]) is not None)


def report_time(text: str, day: date | None, zone: tzinfo | None) -> datetime | date | None:
    """The time the report gives in its first lines, on the date it writes
    there (else `day`), in the zone it names (else `zone`, else UTC). Only
    a date when no time is written; None when neither is."""
    # (and a short line among the first six with words: a letterhead's blank lines and
    # "[Translated from the Bulgarian]" can push its "19.08.2029, 10:30" to the eighth;
    # never a paragraph's, "at about 4.15 pm on 22 September")
    lines = text.splitlines()
    worded = [i for i, line in enumerate(lines) if line.strip()][:6]
    # (never below the first paragraph: "Vigil, Freedom Square, 9 May 2025, 18:00")
    body = next((i for i, line in enumerate(lines) if len(line.split()) > 12), len(lines))
    head = "\n".join(line for i, line in enumerate(lines)
                     if i < 6 or (i in worded and i < body and _a_dates_line(line)))
    found_day = find_day(head) or day
    # ("Issued on: 24/05/2026 - 12:35   Modified: 24/05/2026 - 14:10": the last version's)
    updated = re.search(r"\b(?:Updated|Modified)\b[^\n]*", head, re.IGNORECASE)
    candidates = [updated.group(0)] if updated else []
    candidates += head.splitlines()
    for line in candidates:
        for m in _TIME.finditer(line):
            hour, minute = int(m["h"]), int(m["m"])
            ampm = (m["ampm"] or "").lower().replace(".", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            near_date = find_day(line) is not None
            if not (m["zone"] or ampm or near_date or "hrs" in m.group(0).lower()
                    or "updated" in line.lower() or "published" in line.lower()
                    or "posted" in line.lower()):
                continue
            if hour > 23 or minute > 59 or found_day is None:
                continue
            if not m["zone"] and (other := re.match(r"\s*([A-ZÀ-ɏ]{2,5})\b", line[m.end():])) \
                    and other[1] not in ("AM", "PM", "HRS"):
                continue  # a zone this table does not know: the page's metadata says when
            tz = (_offset(zone_minutes(m["zone"], zone, head)) if m["zone"]
                  else zone or UTC)
            # "GMT+7" is that offset, not GMT: the zone table only knows the letters
            if m["zone"] and m["zone"].upper() in ("GMT", "UTC") and (
                    shift := _SHIFT.match(line, m.end())):
                minutes = int(shift[2]) * 60 + int(shift[3] or 0)
                tz = _offset(minutes if shift[1] == "+" else -minutes)
            return datetime(found_day.year, found_day.month, found_day.day, hour, minute,
                            tzinfo=tz)
    return found_day


def agency_in(text: str) -> str | None:
    """The agency a dateline or first line names: `(Reuters)`, `[EFE]`, `PTI |`."""
    m = _AGENCY.search("\n".join(text.splitlines()[:6]))
    if m is None:
        return None
    return _AGENCIES[next(g for g in m.groups() if g)]
