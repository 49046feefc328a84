"""The timeline stage: each sentence that says when something happened."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tui.core.draft.records import Item, Value, item
from tui.core.draft.text import MONTH_YEAR, find_date
from tui.core.draft.words import MONTHS, WEEKDAYS


def timeline_in(sentence: str, article_date: date | None) -> list[Item]:
    """A timeline entry for a sentence with a month and year, a date, or a
    weekday (resolved against the article's date)."""
    low = sentence.lower()
    when: date | None = None
    check = None
    rule = ""
    if m := MONTH_YEAR.search(sentence):
        when = date(int(m[2]), MONTHS.index(m[1].lower()) + 1, 1)
        check, rule = "only the month is given; day set to 1", "month_and_year"
    elif (d := find_date(sentence)) is not None:
        when, rule = d, "full_date"
    elif article_date is not None:
        for i, day in enumerate(WEEKDAYS):
            if re.search(rf"\b{day}\b", low):
                back = (article_date.weekday() - i) % 7
                if re.search(rf"\b(next|coming)\s+{day}\b", low):
                    when = article_date + timedelta(days=(i - article_date.weekday()) % 7 or 7)
                else:
                    when = article_date - timedelta(days=back)
                check = f"'{day.title()}' resolved against the article date"
                rule = "weekday"
                break
    if when is None:
        return []
    return [item("timeline", rule, sentence, {
        "when": Value(when.isoformat(), check, rule),
        "event": Value(sentence, "shorten to the event")})]
