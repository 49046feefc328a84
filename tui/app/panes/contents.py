"""What each pane of the briefing screen lists: one PaneContent a pane, in
the order of the digit that focuses it (1 Summary ... 7 Sources)."""

from __future__ import annotations

from functools import partial

from tui.app.panes.base import BLANK_ROW, PaneContent, Row, heading, section
from tui.app.panes.timeline_rows import entries, entries_column, timeline_rows
from tui.app.rows import (
    claim_line,
    claim_words,
    dispute_line,
    figure_line,
    quote_line,
    quote_words,
    reaction_line,
    source_line,
    source_words,
    stance_column,
)
from tui.app.text import join, matches, plain
from tui.core.format.model import (
    Briefing,
    CasualtyClaim,
    reactions_by_country,
)
from tui.core.story.disputes import disputes_by_subject, subject_key
from tui.core.story.revisions import claim_count


class SummaryContent(PaneContent):
    TITLE = "Summary"
    PANE_ID = "summary"

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        out: list[Row] = []
        for para in briefing.summary_paragraphs:
            if not query or matches(query, [para]):
                if out:
                    out.append(BLANK_ROW)  # paragraphs apart, as written
                out.append((partial(plain, " ".join(para.split())), para))
        points = [p for p in briefing.key_points if not query or matches(query, [p])]
        if points:
            out.append(heading("Key points"))
            out += [(partial(join, "• ", p), p) for p in points]
        return out

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.summary_paragraphs) + len(briefing.key_points)


class QuotesContent(PaneContent):
    TITLE = "Quotes"
    PANE_ID = "quotes"
    FIRST_LINE_HANG = 2

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        return [
            (partial(quote_line, q), q)
            for q in briefing.quotes
            if not query or matches(query, quote_words(q))
        ]

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.quotes)


class CasualtyClaimsContent(PaneContent):
    TITLE = "Casualty claims"
    SHORT_TITLE = "Claims"
    PANE_ID = "casualties"
    FIRST_LINE_HANG = 2

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        # Each claimant's current claim, its earlier revisions beside it.
        groups: dict[str, list[CasualtyClaim]] = {}
        for c in briefing.current_claims:
            if not query or matches(query, claim_words(c)):
                groups.setdefault(subject_key(c.affected), []).append(c)
        # Each group's disputes found in one dict built once: a scan of
        # every dispute for every group grew with the square of the claims.
        by_subject = disputes_by_subject(d for d in briefing.disputes if not d.is_figure)
        out: list[Row] = []
        for key, claims in groups.items():
            disputes = by_subject.get(key, [])
            out.append(heading(claims[0].affected))
            out += [(partial(dispute_line, d, briefing), d) for d in disputes]
            out += [(partial(claim_line, c, disputes, briefing.claim_history(c), briefing), c)
                    for c in claims]
        return out

    def item_count(self, briefing: Briefing) -> int:
        return claim_count(briefing).current  # as the library's row counts them

    def counts(self, item: object) -> bool:
        # "2 of 7" counts claims: a dispute row sums up claims already counted.
        return isinstance(item, CasualtyClaim)


class ReactionsContent(PaneContent):
    TITLE = "Reactions by country"
    SHORT_TITLE = "Reactions"
    PANE_ID = "reactions"

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        """Each country's reactions under its name, then each organisation's
        under a heading of their own: an organisation is not a country."""
        column = self.label_column(briefing)
        kinds: dict[bool, list[Row]] = {True: [], False: []}  # by whether a country
        for who, reactions in reactions_by_country(briefing):
            shown = [r for r in reactions
                     if not query or matches(query, [who, r.summary, r.actor, r.stance])]
            if shown:
                rows = kinds[shown[0].country is not None]
                rows.append(heading(who))
                rows += [(partial(reaction_line, r, column), r) for r in shown]
        countries, organisations = kinds[True], kinds[False]
        if not organisations:
            return countries
        # Named only when both are listed: a list of countries alone needs no title.
        return [*([section("Countries"), *countries] if countries else []),
                section("Organisations"), *organisations]

    def label_column(self, briefing: Briefing) -> int:
        return stance_column(briefing.reactions)  # all of them: a search keeps the column

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.reactions)


class FiguresContent(PaneContent):
    TITLE = "Figures"
    PANE_ID = "figures"
    FIRST_LINE_HANG = 2

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        by_subject = disputes_by_subject(d for d in briefing.disputes if d.is_figure)
        return [(partial(figure_line, f, by_subject.get(subject_key(f.what), []),
                         briefing.figure_history(f), briefing), f)
                for f in briefing.current_figures
                if not query or matches(query, [f.what, f.claimant, f.note, f.value.text, f.unit])]

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.current_figures)


class TimelineContent(PaneContent):
    """The merged timeline (panes.timeline_rows): events and every dated
    statement by instant, under the filter `f` cycles."""

    TITLE = "Timeline"
    PANE_ID = "timeline"
    # Set on each pane's own copy of this content (ListPane copies it).
    filter: str = "all"

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        return timeline_rows(briefing, query, self.filter)

    def label_column(self, briefing: Briefing) -> int:
        return entries_column(briefing, self.filter)

    def item_count(self, briefing: Briefing) -> int:
        return len(entries(briefing, self.filter))


class SourcesContent(PaneContent):
    TITLE = "Sources"
    PANE_ID = "sources"
    FIRST_LINE_HANG = 2

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        return [(partial(source_line, s), s) for s in briefing.sources
                if not query or matches(query, source_words(s))]

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.sources)


PANE_CONTENTS: tuple[PaneContent, ...] = (
    SummaryContent(),
    QuotesContent(),
    CasualtyClaimsContent(),
    ReactionsContent(),
    FiguresContent(),
    TimelineContent(),
    SourcesContent(),
)
