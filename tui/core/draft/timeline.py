"""The timeline stage: each sentence that says when something happened, by an
ordered table of named date rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from tui.core.draft.records import Item, Value, item
from tui.core.draft.text import MONTH_YEAR, find_date
from tui.core.draft.words import MONTHS, WEEKDAYS


class When(NamedTuple):
    day: date
    check: str | None = None


DateFinder = Callable[[str, date | None], When | None]


class DateRule(NamedTuple):
    """A named way a sentence says when, with an example."""

    name: str
    find: DateFinder
    example: str


def _month_and_year(sentence: str, article_date: date | None) -> When | None:
    if m := MONTH_YEAR.search(sentence):
        return When(date(int(m[2]), MONTHS.index(m[1].lower()) + 1, 1),
                    "only the month is given; day set to 1")
    return None


def _full_date(sentence: str, article_date: date | None) -> When | None:
    return When(d) if (d := find_date(sentence)) is not None else None


def _weekday(sentence: str, article_date: date | None) -> When | None:
    if article_date is None:
        return None
    low = sentence.lower()
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", low):
            if re.search(rf"\b(next|coming)\s+{day}\b", low):
                when = article_date + timedelta(days=(i - article_date.weekday()) % 7 or 7)
            elif re.search(rf"\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|scheduled|"
                           rf"expected\s+to|(?:is|are)\s+due)\b[^.;,]*\b{day}\b", low):
                # ("the team would cross to Ambrym on Wednesday", "will be buried on Friday":
                # what is still to come is that day this week, the report's own day too)
                when = article_date + timedelta(days=(i - article_date.weekday()) % 7)
            else:
                when = article_date - timedelta(days=(article_date.weekday() - i) % 7)
            return When(when, f"'{day.title()}' resolved against the article date")
    return None


DATE_RULES: tuple[DateRule, ...] = (
    DateRule("month_and_year", _month_and_year, "The levee was last inspected in March 2019."),
    DateRule("full_date", _full_date, "The first tremor came on 2 May 2024."),
    DateRule("weekday", _weekday, "Divers resumed the search on Saturday."),
)


# A wire dateline that opens the sentence: "MBABANE, June 18 (Reuters) - " (the event
# is what follows it)
_DATELINE = re.compile(r"^[A-ZÀ-ɏ][A-ZÀ-ɏ .’'\-]{2,},[^–—\n]{0,60}?\s[-–—]+\s+(?=[A-ZÀ-ɏ\d“\"])")


# A line that is only a date and a time: a page's stamp, not a sentence
_STAMP_WORD = (r"(?:" + "|".join(MONTHS) + r"|" + "|".join(WEEKDAYS)
               + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
               r"|\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?|(?:GMT|UTC)(?:[+\-]\d{1,2}(?::?\d{2})?)?"
               r"|[A-Z]{2,4}T)")
# (a separator between every two words, so that no run of figures is read two ways)
# (or a release's sign-off, its place before the date: "Yaoundé, 16 August 2027")
_ONLY_A_STAMP = re.compile(r"(?:(?:Updated|Published|Posted|Last\s+updated)\s*:?\s*"
                           r"|(?-i:[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2}),\s*)?"
                           + _STAMP_WORD + r"(?:[\s,/.\-:]+" + _STAMP_WORD + r")*\.?", re.I)


def timeline_in(sentence: str, article_date: date | None) -> list[Item]:
    """A timeline entry for a sentence with a month and year, a date, or a
    weekday (resolved against the article's date)."""
    if _ONLY_A_STAMP.fullmatch(sentence.strip()):
        return []  # "June 18, 2026 4:55 PM GMT+2": when the page was published, no event
    for rule in DATE_RULES:
        if (when := rule.find(sentence, article_date)) is not None:
            return [item("timeline", rule.name, sentence, {
                "when": Value(when.day.isoformat(), when.check, rule.name),
                "event": Value(_DATELINE.sub("", sentence), "shorten to the event")})]
    return []
