"""Command palette (ctrl+p): every action, named "category: action".

Each screen offers its own commands (Screen.COMMANDS, a CommandList of its
own), and the app those that work everywhere. Names can hold briefing titles,
so they are shown as plain Content, never parsed as markup (Textual's
Matcher.highlight would parse them); the help line, which Textual always
parses, is escaped (it can hold a file's name).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app.text import as_markup, highlight, plain

# What the palette lists: the name, what it does, and a line of help.
Command = tuple[str, Callable[[], object], str]


class CommandList(Provider):
    """A provider listing `commands()`, worked out each time the palette opens."""

    def commands(self) -> list[Command]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for name, callback, help_text in self.commands():
            yield DiscoveryHit(plain(name), callback, text=name, help=as_markup(help_text))

    async def search(self, query: str) -> AsyncIterator[Hit]:
        matcher = self.matcher(query)
        for name, callback, help_text in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlight(plain(name), query), callback, text=name,
                          help=as_markup(help_text))
