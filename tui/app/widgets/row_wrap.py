"""A row of a RowList, and how it wraps: its lines at a width, with hanging
indents, and a quick count of its lines when none needs wrapping."""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from textual.content import Content


class ListRow(NamedTuple):
    content: Content
    selectable: bool = True
    rule_above: bool = False
    # The width, in characters, of a label column the row's first line
    # starts with (a reaction's stance): its wrapped text stays in the
    # column. Other lines line up after their own leading spaces.
    hang: int = 0


def fitting_lines(text: str, width: int) -> int | None:
    """The row's height when none of its lines needs wrapping, else None.

    Most rows fit, and counting them is much quicker than wrapping them.
    Tabs are expanded when drawn, so a row with one is measured properly.
    """
    if "\t" in text:
        return None
    lines = text.split("\n")
    return len(lines) if all(cell_len(line) <= width for line in lines) else None


def wrap_row(content: Content, width: int, hang: int = 0) -> list[Content]:
    """The row's lines at `width`, with hanging indents.

    Each line of the row is wrapped on its own, and its continuation lines
    start where its text does: after its leading spaces and a bullet ("• "),
    or after the first `hang` characters of the row's first line. A claim's note or a key
    point wrapped to the left edge would read as the start of a new item.
    An indent wider than half the row is not kept: the text would be a
    narrow strip down the right-hand side.
    """
    lines: list[Content] = []
    for number, line in enumerate(content.split("\n", allow_blank=True)):
        text = line.plain
        if "\t" in text:
            line = line.expand_tabs()
            text = line.plain
        if cell_len(text) <= width:
            lines.append(line)
            continue
        lead = len(text) - len(text.lstrip(" "))
        if text.startswith("• ", lead):
            lead += 2
        if number == 0 and hang:
            lead = max(lead, hang)
        indent = cell_len(text[:lead])
        body = line[lead:]
        if not indent or indent > width // 2 or not body.plain.strip():
            lines += line.wrap(width)
            continue
        first, *rest = body.wrap(width - indent)
        lines.append(line[:lead] + first)
        pad = Content(" " * indent)
        lines += [pad + piece for piece in rest]
    return lines
