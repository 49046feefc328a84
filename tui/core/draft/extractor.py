"""The whole article: every rule over every sentence, in order."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tui.core.draft.claims import ClaimRules
from tui.core.draft.quotes import QuoteRules
from tui.core.draft.reactions import ReactionRules
from tui.core.draft.records import Draft, Value
from tui.core.draft.text import MONTH_YEAR, QUOTE, find_date, sentences
from tui.core.draft.words import MONTHS, WEEKDAYS


class Extractor(QuoteRules, ClaimRules, ReactionRules):
    """All the rules, sentence by sentence, over a whole article."""

    def timeline_in(self, sentence: str) -> None:
        low = sentence.lower()
        when: date | None = None
        check = None
        if m := MONTH_YEAR.search(sentence):
            when = date(int(m[2]), MONTHS.index(m[1].lower()) + 1, 1)
            check = "only the month is given; day set to 1"
        elif (d := find_date(sentence)) is not None:
            when = d
        elif self.article_date is not None:
            for i, day in enumerate(WEEKDAYS):
                if re.search(rf"\b{day}\b", low):
                    back = (self.article_date.weekday() - i) % 7
                    if re.search(rf"\b(next|coming)\s+{day}\b", low):
                        when = self.article_date + timedelta(days=(i - self.article_date.weekday())
                                                             % 7 or 7)
                    else:
                        when = self.article_date - timedelta(days=back)
                    check = f"'{day.title()}' resolved against the article date"
                    break
        if when is not None:
            self.draft.timeline.append({"when": Value(when.isoformat(), check),
                                        "event": Value(sentence, "shorten to the event")})

    def run(self) -> Draft:
        d = self.draft
        if self.article_date and self.year_assumed:
            d.date = Value(self.article_date.isoformat(),
                           "the dateline gives no year: the latest such day is assumed")
        elif self.article_date:
            d.date = Value(self.article_date.isoformat(), "date found in the article")
        else:
            d.date = Value(self.today.isoformat(),
                           "PLACEHOLDER: the article states no date; set the event's date")
        lead = self.paras[:2]
        d.summary = "\n\n".join(lead)
        for para in self.paras[1:5]:
            first = sentences(para)[0] if sentences(para) else ""
            if first and not QUOTE.match(first):
                d.key_points.append(first)
        for para in self.paras:
            for sentence in sentences(para):
                self.sentence_number += 1
                self.quotes_in(sentence)
                self.casualties_in(sentence)
                self.figures_in(sentence)
                self.reactions_in(sentence)
                self.timeline_in(sentence)
                self.remember_subjects(sentence)
        return d


def draft_briefing(text: str, today: date | None = None) -> Draft:
    """Extract a Draft from article text; `today` bounds the dates guessed."""
    return Extractor(text, today).run()
