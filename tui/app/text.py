"""The one place where briefing strings become display text: the safe
pieces every view is built from (app/rows.py says what each row, header and
item view holds; app/clipboard.py what a copy holds).

Everything here builds `Content` from plain strings -- never from markup --
so `[sic]`, `[/]` and `[@click=app.quit]` are shown as written and do
nothing, and control characters are removed before they reach the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.content import Content, Span

if TYPE_CHECKING:
    pass

from tui.core.export.terminal_text import strip_controls

MATCH_STYLE = "reverse bold"
Part = str | Content | tuple[str, str]

# Characters that join emoji into one picture (zero-width joiner, emoji and
# text variation selectors, skin tones, flag tags). Terminals disagree on how
# wide the joined picture is (tmux draws 👍🏽 in four cells, Rich measures two),
# and a wrong width leaves stray characters and a border drawn twice. Shown
# as their parts, each of a width every terminal agrees on, the layout holds.
_JOINERS = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


def for_terminal(text: str) -> str:
    """A briefing string made safe to draw: no control characters (they
    would move the cursor or change colours), no emoji joiners (see above)."""
    text = strip_controls(text)
    return text if text.isascii() else _JOINERS.sub("", text)


def plain(text: str) -> Content:
    """A briefing string as literal display text."""
    # for_terminal removes every code Content would strip, and more.
    return Content(for_terminal(text), strip_control_codes=False)


def as_markup(text: str) -> str:
    """A briefing string or file name for the few places where Textual
    parses a `str` as markup (the palette's help line): every `[` escaped,
    so that it reads exactly as written."""
    return for_terminal(text).replace("[", "\\[")


def styled(text: str, style: str) -> Content:
    return plain(text).stylize(style)


def join(*parts: Part | None) -> Content:
    """Concatenate parts; bare strings are treated as literal text, never markup.

    Built in one go rather than by adding Contents: each `+` copies the text
    so far and measures its cell width again.
    """
    texts: list[str] = []
    spans: list[Span] = []
    offset = 0
    for part in parts:
        if part is None:
            continue
        if isinstance(part, Content):
            text = part.plain
            spans += [Span(start + offset, end + offset, style)
                      for start, end, style in part.spans]
        elif isinstance(part, tuple):
            text = for_terminal(part[0])
            if text and part[1]:
                spans.append(Span(offset, offset + len(text), part[1]))
        else:
            text = for_terminal(part)
        texts.append(text)
        offset += len(text)
    return Content("".join(texts), spans, strip_control_codes=False)


def highlight(content: Content, query: str) -> Content:
    """Mark every case-insensitive occurrence of each word of `query`."""
    words = query.split()
    if not words:
        return content
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)),
                         re.IGNORECASE)
    for m in pattern.finditer(content.plain):
        content = content.stylize(MATCH_STYLE, m.start(), m.end())
    return content


def matches(query: str, texts: Iterable[str | None]) -> bool:
    """Whether every word of `query` is in one of `texts`, in any order
    (`killed 80` finds a claim whose row says "killed 80" or "80 ... killed")."""
    folded = [t.casefold() for t in texts if t]
    return all(any(word in t for t in folded) for word in query.casefold().split())
