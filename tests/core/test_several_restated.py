"""Merging several reports: a count told again without its bound ("11" after
"at least 11") is the same count restated, never a revision after later ones."""

from __future__ import annotations

from tests.core.several_helpers import BASE, claims, report
from tui.core.story.update import update_text


def test_a_count_told_again_without_its_bound_is_no_new_revision() -> None:
    first = report("Market crash\n\nAt least 11 people were killed, the district police "
                   "said.\n", published="2025-03-01T10:00:00+00:00")
    later = report("Market crash\n\nThe district police said 19 people were killed.\n",
                   published="2025-03-01T18:00:00+00:00")
    wrap = report("Market crash\n\nThe district police said 19 people were killed. The "
                  "district police count stood at 11 early in the afternoon.\n",
                  published="2025-03-02T09:00:00+00:00")
    got = [c[2] for c in claims(update_text(BASE, [first, later, wrap]).new)]
    assert got == ["11+", "19"]
