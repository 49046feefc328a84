"""Command palette (ctrl+p): every action, named "category: action".

Commands depend on the screen: `export: Markdown` and `go to: ...` exist on
a briefing; `open: <title>` lists the library's briefings. Titles come from
briefings, so they are shown as plain Content, never parsed as markup
(Textual's Matcher.highlight would parse them).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app.panes import PANE_CONTENTS
from tui.app.text import highlight, plain

Command = tuple[str, Callable[[], object], str]
SORT_WORDS = {"date": "date, newest first", "title": "title", "file": "file name"}


class BriefingCommands(Provider):
    def commands(self) -> list[Command]:
        from tui.app.app import BriefingApp
        from tui.app.screens.briefing import BriefingScreen
        from tui.app.screens.library import LibraryScreen

        app = self.app
        assert isinstance(app, BriefingApp)
        # The palette is itself a screen; look at the screen beneath it.
        screen = next((s for s in reversed(app.screen_stack)
                       if isinstance(s, BriefingScreen | LibraryScreen)), None)
        out: list[Command] = []
        if isinstance(screen, BriefingScreen):
            out.append(("export: Markdown", screen.action_export,
                        "Write this briefing as Markdown"))
            for i, pane in enumerate(PANE_CONTENTS):
                out.append((f"go to: {pane.TITLE}", partial(screen.action_focus_pane, i),
                            f"Focus the {pane.TITLE} pane (key {i + 1})"))
            out.append(("search: Briefing", screen.action_search, "Filter every pane (/)"))
            out.append(("view: Maximise pane", screen.action_maximise,
                        "Maximise or restore the focused pane (z)"))
            out.append(("reload: Briefing", screen.action_reload, "Read the file again (r)"))
            out.append(("go to: Library", screen.action_back,
                        "The library (of this file's folder) (escape)"))
            if screen.neighbours[1]:
                out.append(("go to: Next briefing", partial(screen.action_step, 1),
                            "The next briefing in the library (])"))
            if screen.neighbours[0]:
                out.append(("go to: Previous briefing", partial(screen.action_step, -1),
                            "The previous briefing in the library ([)"))
        library = app.library_screen
        if screen is library and library is not None:
            for by, words in SORT_WORDS.items():
                current = " (current)" if by == library.sort_by else ""
                out.append((f"sort: {words}", partial(library.sort, by),
                            f"List the briefings by {words}{current}"))
        if library is not None:
            for entry in library.entries:
                if entry.briefing is not None:
                    out.append((f"open: {entry.briefing.title}",
                                partial(app.open_briefing, entry), str(entry.path.name)))
        for theme in sorted(app.available_themes):
            current = " (current)" if theme == app.theme else ""
            out.append((f"theme: {theme}", partial(setattr, app, "theme", theme),
                        f"Colour theme {theme}{current}; colour never carries meaning alone"))
        out.append(("help: Keys", app.action_help, "Every key of the app (? or F1)"))
        out.append(("app: Quit", app.action_quit, "Leave briefing (q)"))
        return out

    async def discover(self) -> Hits:
        for name, callback, help_text in self.commands():
            yield DiscoveryHit(plain(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> AsyncIterator[Hit]:
        matcher = self.matcher(query)
        for name, callback, help_text in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlight(plain(name), query), callback, text=name,
                          help=help_text)
