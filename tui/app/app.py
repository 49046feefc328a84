"""The App: picks the first screen, holds global keys. Screens do the work."""

from __future__ import annotations

import gc
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

if TYPE_CHECKING:
    from textual.theme import Theme

    from tui.app.screens.across import AcrossScreen
    from tui.app.screens.library import LibraryScreen

from tui.app.commands import Command, CommandList
from tui.app.export_choice import ExportChoice
from tui.app.screens.briefing import BriefingScreen
from tui.app.widgets.row_list import RowList
from tui.core.format.model import Briefing
from tui.core.store.library import bundled_folder
from tui.core.store.settings import load_theme, save_theme


class AppCommands(CommandList):
    """The palette's commands everywhere: themes, help, quit."""

    def commands(self) -> list[Command]:
        app = self.app
        assert isinstance(app, BriefingApp)
        out: list[Command] = []
        for theme in sorted(app.available_themes):
            current = " (current)" if theme == app.theme else ""
            out.append((f"theme: {theme}", partial(setattr, app, "theme", theme),
                        f"Colour theme {theme}{current}; colour never carries meaning alone"))
        library = app.library_screen
        # The screen the palette was opened on (the app's is the palette now).
        in_library = library is not None and self.screen is library
        out.append(("help: Keys", app.action_help,
                    "Every key of the app (F1)" if in_library else "Every key of the app (?)"))
        out.append(("app: Quit", app.action_quit,
                    "Leave briefing (ctrl+q)" if in_library else "Leave briefing (q)"))
        if library is not None and not in_library:
            # From a briefing: the order [ and ] step through the library in.
            from tui.app.screens.library_keys import SORT_WORDS

            for by, words in SORT_WORDS.items():
                current = " (current)" if by == library.sort_by else ""
                out.append((f"sort: Library by {words}", partial(library.sort, by),
                            f"Step through the library ([ ]) by {words}{current}"))
        return out


class BriefingApp(App[None]):
    """`briefing [PATH]`: a file opens that briefing, a folder its library."""

    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute: subclasses may live anywhere
    TITLE = "briefing"
    COMMANDS: ClassVar = {AppCommands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit briefing"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help",
                tooltip="Show every key"),
        Binding("f1", "help", "Help", show=False, id="app.help_f1", tooltip="Show every key"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.palette",
                tooltip="Every action by name: export, go to, search, open, sort, theme"),
    ]

    def __init__(self, path: Path | None = None, briefing: Briefing | None = None, *,
                 resume_collector: bool = False, confined: bool = False) -> None:
        """`confined` (`briefing serve`): nothing outside `path` is shown: a
        file has no library, a folder lists no file linked from outside it."""
        super().__init__()
        self.confined = confined
        self.start_path = path if path is not None else bundled_folder()
        self.start_briefing = briefing
        self.library_screen: LibraryScreen | None = None
        # The command line pauses the garbage collector until the first frame
        # is shown (see tui/cli.py); this turns it back on.
        self.resume_collector = resume_collector
        self.saved_theme = load_theme()  # chosen in an earlier run
        self.export_choice = ExportChoice()  # the last export's format, for every briefing
        self.theme_problem_said = False

    def on_ready(self) -> None:
        if self.resume_collector:
            gc.enable()

    def on_mount(self) -> None:
        # Set before the first screen is pushed, so only the bare app is
        # restyled for it. An unknown name (from a newer version, or
        # edited by hand) leaves the default.
        if self.saved_theme in self.available_themes:
            self.theme = self.saved_theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.start_path.is_dir():
            from tui.app.screens.library import LibraryScreen

            self.library_screen = LibraryScreen(self.start_path, confined=self.confined)
            self.push_screen(self.library_screen)
        else:
            self.push_screen(BriefingScreen(self.start_path, self.start_briefing,
                                            export_choice=self.export_choice))

    def _theme_changed(self, theme: Theme) -> None:
        # Also published for the theme set at start-up: only a change is saved,
        # and never from a browser (nothing is written on the server).
        if theme.name != self.saved_theme and not self.is_web:
            self.saved_theme = theme.name
            self.run_worker(partial(self._save_theme, theme.name), thread=True,
                            group="settings")

    def _save_theme(self, name: str) -> None:
        """Runs in a thread. A theme that cannot be kept is said once a run,
        not at every change."""
        problem = save_theme(name)
        if problem is not None and not self.theme_problem_said:
            self.theme_problem_said = True
            self.call_from_thread(self.notify, f"The theme will not be remembered: {problem}",
                                  severity="warning", timeout=6, markup=False)

    # Handlers named for their messages (Textual's convention), so that the
    # library's screen is imported only when a library is shown.
    def on_library_screen_open(self, event: LibraryScreen.Open) -> None:
        """Open a library entry, replacing any briefing already open."""
        self.open_briefing(event.path, event.at)

    def on_library_screen_across(self, event: LibraryScreen.Across) -> None:
        """The Claims or Quotes view of the briefings the library lists."""
        from tui.app.screens.across import AcrossScreen

        library = self.library_screen
        if library is not None and library.index is not None:
            self.push_screen(AcrossScreen(event.kind, library.index, event.paths, event.query))

    def on_across_screen_open(self, event: AcrossScreen.Open) -> None:
        self.open_briefing(event.path, event.at)

    def open_briefing(self, path: Path, at: tuple[str, int] | None = None) -> None:
        """Open the briefing at `path` (at the item `at`: its kind and number)."""
        library = self.library_screen
        if library is None:
            return
        from tui.app.screens.across import AcrossScreen

        # back from the briefing goes to the library, or to the view it was opened from
        while (self.screen is not library and not isinstance(self.screen, AcrossScreen)
               and len(self.screen_stack) > 2):
            self.pop_screen()
        library.select(path)
        neighbours = (library.neighbour(path, -1) is not None,
                      library.neighbour(path, 1) is not None)
        self.push_screen(BriefingScreen(path, None, neighbours, self.export_choice,
                                        at=at))

    def on_briefing_screen_step(self, event: BriefingScreen.Step) -> None:
        if self.library_screen is None:
            self.notify("Escape opens this file's folder, to step through its briefings",
                        timeout=3, markup=False)
            return
        entry = self.library_screen.neighbour(event.path, event.step)
        if entry is None:
            self.notify("No more briefings that way", timeout=2)
            return
        self.open_briefing(entry.path)

    def on_briefing_screen_back(self, event: BriefingScreen.Back) -> None:
        """Back to the library; a file opened on its own goes to its folder's,
        with the file selected."""
        if self.library_screen is None and self.confined:
            self.notify("Only this briefing is served here", timeout=3, markup=False)
        elif self.library_screen is None:
            from tui.app.screens.library import LibraryScreen

            self.library_screen = LibraryScreen(event.path.parent, selected=event.path)
            self.switch_screen(self.library_screen)
        else:
            self.pop_screen()

    def action_help(self) -> None:
        # Deferred: only needed when asked for.
        from tui.app.dialogs.help import HelpScreen, types_text
        from tui.app.screens.across import AcrossScreen
        from tui.app.screens.library import LibraryScreen

        if isinstance(self.screen, HelpScreen):
            return
        # Keys that type a character (q, ?) are text in the library's
        # filter: listed where they work, not as "everywhere".
        typing = [b for b in self.BINDINGS if isinstance(b, Binding) and types_text(b)]
        sections: list[tuple[str, list[BindingType]]] = [
            ("Everywhere", [b for b in self.BINDINGS if b not in typing]),
            ("Briefing", [*typing, *BriefingScreen.BINDINGS]),
            ("Lists (every pane)", list(RowList.BINDINGS)),
            ("Library (every key that types is filter text)", list(LibraryScreen.BINDINGS)),
            ("Claims and Quotes views (F2, F3 in the library; every key that types "
             "is filter text)", list(AcrossScreen.BINDINGS)),
        ]
        if self.is_web:  # in a browser the editor is off: its keys are not offered
            sections = [(title, [b for b in bindings
                                 if not (isinstance(b, Binding) and b.action == "edit")])
                        for title, bindings in sections]
        self.push_screen(HelpScreen(sections))
