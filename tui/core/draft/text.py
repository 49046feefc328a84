"""Paragraphs, sentences, quotation marks and dates in article text."""

from __future__ import annotations

import re
from datetime import date

from tui.core.draft.words import MONTHS, SAY_VERBS


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


_ABBREV = re.compile(r"\b(Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|Rev|Prof|Sen|Rep|Gov|No|U\.S|U\.N)\.$")


# An initial inside a name: "R.K. Menon", "George W. Bush" (not "posted on X.")
_INITIAL = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b[A-Z][a-z]+\s[A-Z]\.)$")


def sentences(paragraph: str) -> list[str]:
    """Split on . ! ? (also before a closing quote), not after common abbreviations."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?][”\"’'»“]?(?=\s+[“\"‘«„A-Z0-9])", paragraph):
        end = m.end()
        if _ABBREV.search(paragraph[start:m.start() + 1]) or _INITIAL.search(
                paragraph[start:m.start() + 1]):
            continue
        # a quotation that goes on ("It was like an earthquake. The windows ...")
        if _inside_quote(paragraph[start:end]):
            continue
        # a "!" or "?" inside a quote followed by attribution is not a sentence end
        if m.group(0)[0] in "!?" and m.group(0)[-1] in "”\"»“" and re.match(
                rf"\s+(?:[A-Z][\w’'\-]+\s+){{0,3}}({SAY_VERBS}|he|she)\b",
                paragraph[end:]):
            continue
        out.append(paragraph[start:end].strip())
        start = end
    if paragraph[start:].strip():
        out.append(paragraph[start:].strip())
    return out


# Quotations in every style the copy uses: “curly” and "straight" (mixed in one
# quote too), « guillemets », „German“, ‘single’ (an apostrophe inside is no end),
# and 'straight single' after a colon or a comma. Each style's words are a group.
QUOTE = re.compile(r"“([^”“\"]+)[”\"]|\"([^\"“”]+)[\"”]|«\s*([^»]+?)\s*»|„([^“”„]+)[“”]"
                   r"|‘((?:[^’]|’(?=\w))+)’(?!\w)"
                   r"|(?:(?<=: )|(?<=, ))'((?:[^']|'(?=\w))+)'(?!\w)")


def quoted_words(match: re.Match[str]) -> str:
    """The words inside the marks of a QUOTE match."""
    return next(g for g in match.groups() if g is not None)


def _inside_quote(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end."""
    closer: str | None = None
    for char in text:
        if closer is None:
            closer = {"“": "”", "„": "“", "«": "»", '"': '"'}.get(char)
        elif char == closer or (closer in "”“" and char in '"”') or (closer == '"' and char == "”"):
            closer = None
    return closer is not None
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DMY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)
_MDY = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
MONTH_YEAR = re.compile(r"\bin\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)


def find_date(text: str) -> date | None:
    if m := ISO.search(text):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if m := _DMY.search(text):
        return date(int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1]))
    if m := _MDY.search(text):
        return date(int(m[3]), MONTHS.index(m[1].lower()) + 1, int(m[2]))
    return None


# A wire dateline: "MARRAKECH, Sept 9 -", "BRASILIA, Brazil, Jan 25 (Reuters) -"
_DATELINE = re.compile(r"^[A-Z][A-Z .’'\-]+,(?:\s+[A-Z][\w ]+,)?\s+(Jan|Feb|March|April|May|June|"
                       r"July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s+(\d{4}))?\b",
                       re.M)
_MONTH_PREFIXES = [month[:3] for month in MONTHS]


def dateline_date(text: str, today: date) -> tuple[date, bool] | None:
    """The date of a wire dateline, and whether its year was assumed: a
    dateline without one is taken as the last such day up to `today`."""
    m = _DATELINE.search(text)
    if m is None:
        return None
    month = _MONTH_PREFIXES.index(m[1][:3].lower()) + 1
    try:
        if m[3]:
            return date(int(m[3]), month, int(m[2])), False
        found = date(today.year, month, int(m[2]))
        if found > today:
            found = date(today.year - 1, month, int(m[2]))
    except ValueError:
        return None  # "Feb 30"
    return found, True
