"""Quotes and reactions carried by several reports: one quote reported
twice (punctuation, a word or two cut) is one quote with both sources, the
fuller text kept; one reaction told twice is one reaction."""

from __future__ import annotations

from tui.core.draft.several_items import Existing, Item
from tui.core.draft.several_rules import quote_words, same_quote
from tui.core.format.model import Briefing
from tui.core.format.names import subject_key


class Sayings:
    """The quotes and reactions known so far: the base's and the ones added."""

    def __init__(self, base: Briefing) -> None:
        self.quotes = [Existing("quotes", i, q.text, list(q.source))
                       for i, q in enumerate(base.quotes)]
        self.reactions = [Existing("reactions", i, r.summary, list(r.source))
                          for i, r in enumerate(base.reactions)]

    def known_quote(self, text: str, source: str | None, items: list[Item],
                    partial: bool = False) -> bool:
        """The quote is already in the briefing or added: it gains `source`
        (and an added one the fuller text) and is not added again. A
        fragment (`partial`) of three words or more is the quote it is cut
        from ("evaluate our procedures")."""

        def same(known: str) -> bool:
            return same_quote(known, text) or (partial and fragment_of(text, known))

        for old in self.quotes:
            if same(old.text):
                if source and source not in old.sources and source not in old.added:
                    old.added.append(source)
                return True
        for item in items:
            if item.section == "quotes" and same(str(item.fields["text"])):
                if source and source not in item.sources:
                    item.sources.append(source)
                if len(text) > len(str(item.fields["text"])):
                    item.fields["text"] = text  # the fuller report of it
                return True
        return False

    def known_reaction(self, summary: str, source: str | None, who: bool) -> bool:
        """The reaction (of someone: `who`) is already known: it gains
        `source`; else it is noted as added."""
        for old in self.reactions:
            if who and subject_key(old.text) == subject_key(summary):
                if source and source not in old.sources and source not in old.added:
                    old.added.append(source)
                return True
        self.reactions.append(Existing("reactions", -1, summary, []))
        return False

    def grown(self) -> list[Existing]:
        return [*self.quotes, *self.reactions]


def fragment_of(fragment: str, quote: str) -> bool:
    """`fragment` is three or more words that `quote` says in a row."""
    part, whole = quote_words(fragment), quote_words(quote)
    return len(part) >= 3 and any(whole[i:i + len(part)] == part
                                  for i in range(len(whole) - len(part) + 1))
