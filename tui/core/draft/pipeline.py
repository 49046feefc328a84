"""The drafter as a pipeline of named stages, each over typed records:

    layout -> sentences -> (per sentence, in order: quotes, claims with their
    counts, figures, reactions, timeline, then names and mentions) -> merge
    (with who speaks for which body, read from every sentence: affiliation)

The names-and-mentions stage (`Mentions`) is the one state carried from one
sentence to the next: who "he", "it" or "the ministry" is. Every other stage
is a function from a sentence (and what it needs) to items; only `merge`
changes an item once it is made. `output` writes the draft as YAML."""

from __future__ import annotations

from datetime import date

from tui.core.draft.affiliation import affiliations_in
from tui.core.draft.claims import casualties_in, figures_in
from tui.core.draft.layout import layout, lead_of, sentences_of
from tui.core.draft.mentions import Mentions
from tui.core.draft.merge import merge
from tui.core.draft.quotes import quotes_in
from tui.core.draft.reactions import reactions_in
from tui.core.draft.records import Draft, Event, Layout
from tui.core.draft.timeline import timeline_in


def draft_briefing(text: str, today: date | None = None, *,
                   keep_lead_whole: bool = True) -> Draft:
    """A Draft from article text; `today` (by default the clock's) bounds the
    dates guessed. `keep_lead_whole` keeps the lead's toll on nobody's word
    beside bodies' counts of its parts (a story's reports do not: there a
    release's own lead is its issuer's)."""
    page = layout(text, today or date.today())
    mentions = Mentions(page.author, page.host, _year_of(page))
    events: list[Event] = []
    texts: list[str] = []
    for sentence in sentences_of(page):
        texts.append(sentence.text)
        mentions.sentence_number = sentence.number
        mentions.list_heading = sentence.list_heading
        said = sentence.text
        events += quotes_in(said, mentions)
        events += casualties_in(said, mentions)
        events += figures_in(said, mentions)
        events += reactions_in(said, page.host)
        events += timeline_in(said, page.article_date)
        events += mentions.remember_subjects(said)
    when, summary, key_points = lead_of(page)
    return merge(page.title, when, summary, key_points, events, affiliations_in(texts),
                 tuple(texts), keep_lead_whole)


def _year_of(page: Layout) -> int:
    """The article's year: its date's, else the year it is drafted in (a story
    is told after the years it names as past)."""
    return page.article_date.year if page.article_date is not None else page.today.year
