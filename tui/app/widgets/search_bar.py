"""SearchBar: the field that filters every pane, and the keys typed ahead of it.

The screen mounts the bar on first use (`/`), so the first frame does not
wait for it; `TypeAhead` keeps the letters typed before it is there.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content
from textual.events import Key
from textual.widgets import Input

PLACEHOLDER = "search every pane; enter to browse results, escape to clear"


class SearchBar(Input):
    """The search field, with which panes hold matches on its border.

    Its `Input.Changed` and `Input.Submitted` go to the screen, which
    filters the panes and browses the results.
    """

    def __init__(self, compact: bool = False) -> None:
        # Not selecting on focus: letters typed ahead (see TypeAhead) are in
        # the field by then, and the next key must not replace them.
        super().__init__(placeholder=PLACEHOLDER, id="search", select_on_focus=False,
                         compact=compact)

    def open(self, typed_ahead: str) -> None:
        """Show the bar, focused, with the letters typed ahead of it."""
        self.display = True
        self.screen.set_focus(self)  # at once: keys typed after `/` are on their way
        self.insert_text_at_cursor(typed_ahead)

    def close(self) -> None:
        """Empty the bar and hide it."""
        self.value = ""
        self.display = False

    def show_matches(self, query: str, counts: Iterable[tuple[str, int]]) -> None:
        """Say on the border which panes hold matches for `query`, and how
        many: when one pane is on screen at a time, its "(no matches)" alone
        would not tell that the others have some. `counts`: each pane's
        name and the number of its items shown."""
        if not query:
            self.border_title = None
            return
        found = [f"{name}: {shown}" for name, shown in counts if shown]
        self.border_title = Content(
            "matches in " + " · ".join(found) if found else "no matches in any pane")


class TypeAhead:
    """Keep letters typed fast after `/` for the search bar.

    A terminal delivers a fast burst of keys at once, and each is sent
    to the widget that has focus when it arrives: the letters after `/`
    reach the pane, and only then (in order) the screen, before the app
    looks up their bindings. The bar is not there yet (`/` is still on
    its way to its binding), or has just taken focus and never sees them.
    Either way they are typed into it, and stopped at the screen so that
    `r` does not reload and `q` does not quit.
    """

    def __init__(self) -> None:
        self._keys: str | None = None  # None: no `/` waiting for its bar

    def on_key(self, event: Key, bar: SearchBar | None) -> None:
        """A key the screen saw; `bar`: the search bar when it has focus."""
        if event.key == "slash" and bar is None:
            self._keys = ""  # its binding opens the bar
        elif event.is_printable and (bar is not None or self._keys is not None):
            event.stop()
            if bar is not None:
                bar.insert_text_at_cursor(event.character or "")
            else:
                self._keys = (self._keys or "") + (event.character or "")

    def take(self) -> str:
        """The letters typed since `/`, once: the bar has opened."""
        keys, self._keys = self._keys or "", None
        return keys
