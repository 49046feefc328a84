"""In time mode, a row whose item has no time (no `said`) is shown at every
moment; it says "undated", so that it does not read as said by then."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.content import Content

from tui.app.text import join
from tui.core.format.model import CasualtyClaim, Figure, Quote, Reaction
from tui.core.story.as_of import is_undated

if TYPE_CHECKING:
    from tui.app.panes.base import Row

UNDATED_MARK = ("  · undated", "dim italic")


def _marked(build: Callable[[], Content]) -> Content:
    return join(build(), UNDATED_MARK)


def marked_undated(rows: list[Row]) -> list[Row]:
    """`rows`, each undated statement's text followed by "undated" (a
    summary paragraph or a source has no time to have)."""
    return [(partial(_marked, build), item)
            if isinstance(item, CasualtyClaim | Figure | Quote | Reaction) and is_undated(item)
            else (build, item)
            for build, item in rows]
