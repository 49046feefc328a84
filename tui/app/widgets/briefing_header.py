"""BriefingHeader: a briefing's title, date and place, the tab strip on a
small terminal, and what went wrong while a live edit has broken the file."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static

from tui.app.rows import header, header_line
from tui.app.text import join
from tui.core.format.errors import LocatedError
from tui.core.format.model import Briefing

ERROR_STYLE = "$text-error"


class BriefingHeader(Static):
    """One widget for the header, the tabs and a reload error: the screen
    lays its panes out itself, and separate widgets would only take rows
    of a small terminal."""

    def show(self, briefing: Briefing | None, name: str, width: int, short: bool,
             tabs: Content | None, error: Content | None,
             moment: Content | None = None) -> None:
        """`name`: the file's; `width`: the room inside the padding; `short`:
        one line for the title; `tabs`, `moment` (time mode's line) and
        `error` go under it when given."""
        lines = [title(briefing, name, width, short)] if briefing is not None else []
        if tabs is not None:
            lines.append(tabs)
        if moment is not None:
            lines.append(moment)
        if error is not None:
            lines.append(error)
        self.update(Content("\n").join(lines))


def title(briefing: Briefing, name: str, width: int, short: bool) -> Content:
    """The briefing's header with the file's name, unless the name would
    take another line of a small terminal; one line on a short one."""
    if short and width > 0:
        return header_line(briefing, width)
    with_name = header(briefing, name)
    if width <= 0 or all(cell_len(line) <= width for line in with_name.plain.split("\n")):
        return with_name
    return header(briefing)


def tab_strip(titles: list[str], current: int, width: int) -> Content:
    """A tab per pane (`titles`), the `current` one highlighted. `width`:
    the room for it."""
    labels = [f" {i + 1} {name} " for i, name in enumerate(titles)]
    if sum(map(len, labels)) > width > 0:
        # Too narrow for every name: numbers, and the current pane's name,
        # rather than a strip cut off before the last tabs.
        labels = [label if i == current else f" {i + 1} " for i, label in enumerate(labels)]
    return join(*[(label, "reverse bold") if i == current else label
                  for i, label in enumerate(labels)])


def reload_error(name: str, errors: list[LocatedError], deleted: bool,
                 shown: bool) -> Content:
    """Why the file on screen is not the file on disk: `deleted` (no file
    there any more), else its first `errors`; `shown`: whether a version
    read before is still on screen."""
    lines: list[Content | str | tuple[str, str]]
    if deleted:
        note = "showing the last version read" if shown else "nothing to show"
        lines = [(f"⚠ {name} was deleted or moved; {note}", f"bold {ERROR_STYLE}")]
    else:
        note = "showing the last good version" if shown else "nothing to show"
        lines = [(f"⚠ The file has errors; {note} (! lists them all):",
                  f"bold {ERROR_STYLE}")]
        lines += [str(e) for e in errors[:3]]
        if len(errors) > 3:
            lines.append(f"(and {len(errors) - 3} more)")
    # Each line marked at the left edge in the theme's error colour.
    return Content("\n").join(join(("▌ ", ERROR_STYLE), line) for line in lines)
