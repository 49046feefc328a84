"""Time mode on a briefing (`t`): step through the story's moments and see
the briefing as it stood at each (core.story.as_of).

`←`/`→` step, `home`/`end` go to the first and the latest moment, `escape`
(or `t`) leaves. The header says "as of 3 Mar 18:00 (4 of 9)"; every pane
shows the briefing as of the moment, an undated item marked as such.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from tui.app.text import join
from tui.core.story.as_of import Moment, as_of, moments

if TYPE_CHECKING:
    from tui.core.format.model import Briefing

NO_MOMENTS = ("Nothing in this briefing is dated: time mode steps through the "
              "times said (`said`, a timeline's `when`)")


class TimeMode:
    """Where time mode stands: the briefing's moments and the one shown. It
    starts at the latest (the briefing as it is), to step back from."""

    def __init__(self, briefing: Briefing) -> None:
        self.moments: list[Moment] = moments(briefing)
        self.index = len(self.moments) - 1
        self._view: tuple[Briefing, int, Briefing] | None = None  # see view

    @property
    def moment(self) -> Moment:
        return self.moments[self.index]

    def step(self, by: int) -> bool:
        """Move `by` moments, stopping at either end; False when it could not move."""
        index = max(0, min(self.index + by, len(self.moments) - 1))
        moved = index != self.index
        self.index = index
        return moved

    def go_to(self, index: int) -> None:
        """The moment at `index` (-1: the latest)."""
        self.index = index % len(self.moments)

    def follow(self, briefing: Briefing) -> bool:
        """After the file is read again: its moments, staying at the moment
        shown (else the latest before it). False if nothing is dated any more."""
        key = self.moment.key
        found = moments(briefing)
        if not found:
            return False
        self.moments = found
        before = [i for i, m in enumerate(found) if m.key <= key]
        self.index = before[-1] if before else 0
        return True

    def view(self, briefing: Briefing) -> Briefing:
        """The briefing as of the moment shown (kept while neither changes:
        a search refills the panes on each key)."""
        cached = self._view
        if cached is not None and cached[0] is briefing and cached[1] == self.index:
            return cached[2]
        shown = as_of(briefing, self.moment)
        self._view = (briefing, self.index, shown)
        return shown

    @property
    def label(self) -> str:
        """`as of 3 Mar 18:00 (4 of 9)`."""
        return f"as of {self.moment.label} ({self.index + 1} of {len(self.moments)})"


def time_line(mode: TimeMode, width: int = 0) -> Content:
    """The header's line in time mode: where it stands, and the keys (left
    out where they do not fit in `width`)."""
    where = f" {mode.label} "
    keys = "  ←/→ step · home/end · esc leaves"
    if width and len(where) + len(keys) > width:
        keys = ""
    return join((where, "reverse bold"), (keys, "dim"))
