"""The briefing screen: header, seven panes, search, export, live reload."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.events import Key, Resize
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from tui.app.export_choice import ExportChoice
from tui.app.panes import PANE_CONTENTS, ListPane
from tui.app.screens.briefing_commands import BriefingCommands
from tui.app.text import (
    copy_text,
    details,
    dispute_line,
    for_terminal,
    header,
    header_line,
    join,
    plain,
    revisions_text,
)
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import RowList
from tui.core.format.errors import BriefingError, LocatedError
from tui.core.format.model import Briefing, CasualtyClaim, Figure
from tui.core.store.cache import load_briefing_cached
from tui.core.store.watch import Signature, file_signature
from tui.core.story.disputes import Dispute

# Below this size one pane is shown at a time, with a tab strip.
NARROW_WIDTH = 100
NARROW_HEIGHT = 30
# Below this height the header is one line and the tabs go in the pane's border.
SHORT_HEIGHT = 20
POLL_SECONDS = 0.5
ERROR_STYLE = "$text-error"
# The tooltip of the bindings that say why a key does nothing now.
EXPLAIN = "Say why this key does nothing now"


# What the poll compares: a new signature means read the file again.
_signature = file_signature


class BriefingScreen(Screen[None]):
    """One briefing. Never writes to the briefing file."""

    COMMANDS: ClassVar = {BriefingCommands}
    # The keys stay on screen beside a maximised pane (z Restore among them).
    ALLOW_IN_MAXIMIZED_VIEW: ClassVar[str | None] = "KeyBar"

    poll_seconds: ClassVar[float] = POLL_SECONDS

    BINDINGS: ClassVar[list[BindingType]] = [
        *[
            Binding(str(i + 1), f"focus_pane({i})", pane.TITLE, show=False,
                    id=f"briefing.pane{i + 1}", tooltip=f"Focus the {pane.TITLE} pane")
            for i, pane in enumerate(PANE_CONTENTS)
        ],
        Binding("tab", "cycle_pane(1)", "Next pane", show=False, priority=True,
                id="briefing.next_pane", tooltip="Next pane"),
        Binding("shift+tab", "cycle_pane(-1)", "Prev pane", show=False, priority=True,
                id="briefing.prev_pane", tooltip="Previous pane"),
        Binding("slash", "search", "Search", key_display="/", id="briefing.search",
                tooltip="Filter every pane to items that match"),
        Binding("e", "export", "Export", id="briefing.export",
                tooltip="Export this briefing to Markdown, JSON or CSV"),
        Binding("r", "reload", "Reload", id="briefing.reload",
                tooltip="Reload the briefing from disk"),
        Binding("z", "maximise", "Maximise", id="briefing.maximise",
                tooltip="Maximise the focused pane"),
        Binding("z", "restore", "Restore", id="briefing.restore",
                tooltip="Restore every pane (escape too)"),
        Binding("o", "edit", "Edit", id="briefing.edit",
                tooltip="Open the file in $VISUAL/$EDITOR at the selected item (or the "
                "first error); reloaded on return"),
        Binding("a", "add_report", "Add report", show=False, id="briefing.add_report",
                tooltip="Add what a new report says (a file, a URL or pasted text); the "
                "change is shown before it is written"),
        Binding("c", "copy", "Copy", show=False, id="briefing.copy",
                tooltip="Copy the selected item as plain text"),
        Binding("h", "history", "History", show=False, id="briefing.history",
                tooltip="The history of the selected claim or figure: across the file's "
                "git commits, else its revisions in the file"),
        Binding("exclamation_mark", "show_errors", "Errors", key_display="!",
                id="briefing.errors", tooltip="List every error of the file (while it is broken)"),
        Binding("left_square_bracket", "step(-1)", "Prev", key_display="[",
                id="briefing.previous", tooltip="Previous briefing in the library"),
        Binding("right_square_bracket", "step(1)", "Next", key_display="]",
                id="briefing.next", tooltip="Next briefing in the library"),
        Binding("escape", "escape", "Back", id="briefing.back",
                tooltip="Clear the search, else go to the library (of this file's folder)"),
        Binding("backspace", "back", "Back", show=False, id="briefing.backspace",
                tooltip="Go to the library (of this file's folder)"),
        # Where a key above can do nothing now (its check_action says so),
        # these take it and say why, rather than leave it silent. The help
        # leaves `explain` bindings out.
        *[Binding(key, f"explain('{key}')", "Why not", show=False,
                  id=f"briefing.explain_{key}", tooltip=EXPLAIN)
          for key in ("exclamation_mark", "left_square_bracket", "right_square_bracket", "o")],
    ]

    class Back(Message):
        """The user leaves this briefing for the library (of its folder)."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class Step(Message):
        """The user asks for the next (1) or previous (-1) briefing of the library."""

        def __init__(self, path: Path, step: int) -> None:
            super().__init__()
            self.path = path
            self.step = step

    def __init__(self, path: Path, briefing: Briefing | None = None,
                 neighbours: tuple[bool, bool] = (False, False),
                 export_choice: ExportChoice | None = None) -> None:
        """`neighbours`: whether the library has a briefing before and after
        this one (`[` and `]` are shown only then); `export_choice`: the
        format the export dialog starts on, shared with other briefings."""
        super().__init__()
        self.path = path
        self.export_choice = export_choice or ExportChoice()
        self.briefing = briefing
        self.neighbours = neighbours
        self.query_text = ""
        self.current = 0
        self._signature = _signature(path)
        self._typed_ahead: str | None = None  # see on_key
        self._keys_for_export: list[tuple[str, str | None]] | None = None  # see on_key
        self.reload_error: Content | None = None  # shown under the header while the file is broken
        self.load_errors: list[LocatedError] = []  # the file's errors while it is broken

    # -- layout -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The panes are laid out by the screen itself (app.tcss): a grid
        # container around them would only draw lines the panes cover. For
        # the same reason one widget shows the header, the tab strip (on a
        # small terminal) and a reload error.
        yield Static(id="briefing-header")
        yield KeyBar()
        for number, content in enumerate(PANE_CONTENTS, start=1):
            yield ListPane(content, number)

    @property
    def panes(self) -> list[ListPane]:
        return list(self.query(ListPane))

    def on_mount(self) -> None:
        self._set_current(0)
        if self.briefing is None:
            self.load_from_disk()
        else:
            self.show_briefing(self.briefing)
        self.set_interval(self.poll_seconds, self.poll_file)

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH or event.size.height < NARROW_HEIGHT
        short = event.size.height < SHORT_HEIGHT
        self.set_class(short, "short")
        if search := self._search_input():
            search.compact = short
        if narrow or self.has_class("narrow"):  # tabs come, go, or fit another width
            self.set_class(narrow, "narrow")
            self._update_header()

    def _set_current(self, index: int) -> None:
        self.current = index % len(PANE_CONTENTS)
        for i, pane in enumerate(self.panes):
            pane.set_class(i == self.current, "current")
        if self.has_class("narrow"):
            self._update_header()

    def tab_strip(self, width: int | None = None) -> Content:
        """A tab per pane, the current one highlighted: shown under the header
        (or in the pane's border, on a short terminal) when one pane is on
        screen at a time. `width`: the room for it (the header's)."""
        labels = [f" {i + 1} {content.short_title} " for i, content in enumerate(PANE_CONTENTS)]
        if width is None:
            width = self.size.width - 2  # inside the header's padding
        if sum(map(len, labels)) > width > 0:
            # Too narrow for every name: numbers, and the current pane's name,
            # rather than a strip cut off before the last tabs.
            labels = [label if i == self.current else f" {i + 1} "
                      for i, label in enumerate(labels)]
        return join(*[(label, "reverse bold") if i == self.current else label
                      for i, label in enumerate(labels)])

    def _update_header(self) -> None:
        """The header: title, date and place; the tabs on a small terminal
        (in the pane's border on a short one); the located errors while a
        live edit has broken the file."""
        short, narrow = self.has_class("short"), self.has_class("narrow")
        lines = [self._header()] if self.briefing is not None else []
        if narrow and not short:
            lines.append(self.tab_strip())
        for i, pane in enumerate(self.panes):
            # Inside the border's corners and the dashes either side of a title.
            pane.set_title(self.tab_strip(self.size.width - 6)
                           if narrow and short and i == self.current else None)
        if self.reload_error is not None:
            lines.append(self.reload_error)
        self.query_one("#briefing-header", Static).update(Content("\n").join(lines))

    def _header(self) -> Content:
        """The briefing's header with the file's name, unless the name would
        take another line of a small terminal; one line on a short one."""
        assert self.briefing is not None
        width = self.size.width - 2  # inside the header's padding
        if self.has_class("short") and width > 0:
            return header_line(self.briefing, width)
        with_name = header(self.briefing, self.path.name)
        if width <= 0 or all(cell_len(line) <= width for line in with_name.plain.split("\n")):
            return with_name
        return header(self.briefing)

    def show_briefing(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._update_header()
        self._fill_panes()

    def _fill_panes(self) -> None:
        """Show the briefing in every pane, filtered by the current search."""
        if self.briefing is not None:
            for pane in self.panes:
                pane.show(self.briefing, self.query_text)
        self._show_match_counts()

    def _show_match_counts(self) -> None:
        """Say on the search field's border which panes hold matches, and how
        many: when one pane is on screen at a time, its "(no matches)" alone
        would not tell that the others have some."""
        search = self._search_input()
        if search is None:
            return
        if not self.query_text:
            search.border_title = None
            return
        found = [f"{pane.number} {pane.content.short_title}: {pane.shown}"
                 for pane in self.panes if pane.shown]
        search.border_title = Content(
            "matches in " + " · ".join(found) if found else "no matches in any pane")

    # -- focus and movement ---------------------------------------------------

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if isinstance(focused, ListPane) and focused.number - 1 != self.current:
            self._set_current(focused.number - 1)

    def action_focus_pane(self, index: int) -> None:
        self._set_current(index)
        pane = self.panes[index]
        if self.maximized is not None:
            self.minimize()
        # At once, not after a refresh: keys typed fast after the digit
        # (`2G`) are already queued, and go to the pane focused when each
        # is handled. A pane hidden until its class change is applied (on
        # a small terminal) can take focus all the same.
        self.set_focus(pane)

    def action_cycle_pane(self, step: int) -> None:
        if isinstance(self.focused, Input):
            return self.action_focus_pane(self.current)
        self.action_focus_pane((self.current + step) % len(PANE_CONTENTS))

    def action_maximise(self) -> None:
        if self.maximized is not None:
            self.minimize()
        else:
            self.maximize(self.panes[self.current])

    def action_restore(self) -> None:
        self.minimize()

    def watch_maximized(self, previous: Widget | None, maximized: Widget | None) -> None:
        """A maximised pane says, in its border, how to restore the others
        (the key bar's `z Restore` can be dropped on a narrow terminal)."""
        if isinstance(previous, ListPane):
            previous.set_note("")
        if isinstance(maximized, ListPane):
            maximized.set_note("z or esc: restore")
        self.refresh_bindings()

    @on(RowList.Selected)
    def open_item(self, event: RowList.Selected) -> None:
        pane = event.row_list
        if not isinstance(pane, ListPane):
            return
        item = pane.item_at(event.index)
        if item is None:
            return
        if isinstance(item, Dispute):
            body = dispute_line(item)
        elif isinstance(item, str):
            body = plain(item)
        else:
            body = details(item)
            if isinstance(item, CasualtyClaim | Figure) and self.briefing is not None \
                    and len(history := self.briefing.history(item)) > 1:
                body = join(body, "\n\n", revisions_text(history))
        from tui.app.dialogs.item import ItemScreen  # deferred: not needed for the first frame

        self.app.push_screen(ItemScreen(pane.content.TITLE, body))

    # -- search ---------------------------------------------------------------

    def _search_input(self) -> Input | None:
        found = self.query("#search")
        return found.first(Input) if found else None

    def _search_shown(self) -> bool:
        search = self._search_input()
        return search is not None and search.display

    async def action_search(self) -> None:
        search = self._search_input()
        if search is None:
            # Mounted on first use, not composed: the first frame does not wait for it.
            # Not selecting on focus: letters typed ahead (see on_key) are
            # in the field by then, and the next key must not replace them.
            search = Input(placeholder="search every pane; enter to browse results, "
                           "escape to clear", id="search", select_on_focus=False,
                           compact=self.has_class("short"))
            await self.mount(search, before=self.query_one(KeyBar))
        search.display = True
        self.set_focus(search)  # at once: keys typed after `/` are on their way
        search.insert_text_at_cursor(self._typed_ahead or "")
        self._typed_ahead = None

    def on_key(self, event: Key) -> None:
        """Keep letters typed fast after `/` for the search field.

        A terminal delivers a fast burst of keys at once, and each is sent
        to the widget that has focus when it arrives: the letters after `/`
        reach the pane, and only then (in order) this screen, before the
        app looks up their bindings. The field is not there yet (`/` is
        still on its way to its binding), or has just taken focus and never
        sees them. Either way they are typed into it, and stopped here so
        that `r` does not reload and `q` does not quit.
        """
        if self._keys_for_export is not None:
            # The same for keys typed fast after `e`, but every key and in
            # order: `ctrl+u` and a new name, then `enter`. The export
            # dialog replays them into its field.
            event.stop()
            event.prevent_default()
            self._keys_for_export.append((event.key, event.character))
            return
        search = self._search_input()
        in_field = search is not None and self.focused is search
        if event.key == "e" and not in_field and self.briefing is not None:
            self._keys_for_export = []  # its binding opens the dialog
        elif event.key == "slash" and not in_field:
            self._typed_ahead = ""  # its binding opens the field
        elif event.is_printable and (in_field or self._typed_ahead is not None):
            event.stop()
            if search is not None and in_field:
                search.insert_text_at_cursor(event.character or "")
            else:
                self._typed_ahead = (self._typed_ahead or "") + (event.character or "")

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self._fill_panes()

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        """Browse the results: the current pane if it holds matches, else the
        first pane that does (the current one when none do)."""
        panes = self.panes
        with_matches = [i for i, pane in enumerate(panes) if pane.shown]
        if self.current in with_matches or not with_matches:
            self.action_focus_pane(self.current)
        else:
            self.action_focus_pane(with_matches[0])

    def clear_search(self) -> None:
        search = self._search_input()
        if search is not None:
            search.value = ""
            search.display = False
        self.query_text = ""
        self._fill_panes()
        self.action_focus_pane(self.current)

    def action_escape(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.query_text or self._search_shown():
            self.clear_search()
        else:
            self.action_back()

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            return
        self.post_message(self.Back(self.path))

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(self.path, step))

    def action_explain(self, key: str) -> None:
        """Say why `key` does nothing now (its own binding is off)."""
        if key == "exclamation_mark":
            message = "The file has no errors: ! lists them while an edit has broken it"
        elif key == "o":
            message = "In a browser the editor is off: the files are the server's"
        elif self.neighbours == (False, False):
            message = "No other briefing to step to: escape opens this file's folder"
        else:
            message = ("This is the last briefing of the library" if key == "right_square_bracket"
                       else "This is the first briefing of the library")
        self.notify(message, timeout=3, markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step":
            return self.neighbours[0 if parameters[0] == -1 else 1]
        if action in ("maximise", "restore"):
            return (self.maximized is None) == (action == "maximise")
        if action == "show_errors":
            return bool(self.load_errors)
        if action == "edit":
            return not self.app.is_web  # the server's files are not the browser user's to edit
        return True

    def action_edit(self) -> None:
        """The file in the user's editor at the selected item (or the first
        error), then read again."""
        from tui.app.editor import item_place, open_in_editor
        from tui.core.format.locate import line_of

        if self.load_errors:
            line = self.load_errors[0].line
        else:
            line = line_of(self.path, *item_place(self.briefing,
                                                  self.panes[self.current].current_item))
        if open_in_editor(self.app, self.path, line):
            self.load_from_disk()

    def action_add_report(self) -> None:
        from tui.app.screens.briefing_add import add_report

        add_report(self)

    def action_copy(self) -> None:
        item = self.panes[self.current].current_item
        if item is None:
            self.notify("Nothing selected to copy", timeout=2)
            return
        text, what = copy_text(item, list(self.briefing.disputes) if self.briefing else [])
        self.app.copy_to_clipboard(text)
        self.notify(for_terminal(f"Copied {what}"), timeout=2, markup=False)

    def action_history(self) -> None:
        pane = self.panes[self.current]
        item = pane.current_item
        if not isinstance(item, CasualtyClaim | Figure):
            self.notify("Nothing to trace here: h shows the history of a casualty claim or "
                        "a figure", timeout=3)
            return
        self.load_history(item)

    @work(thread=True, exclusive=True, group="history")
    def load_history(self, item: CasualtyClaim | Figure) -> None:
        """The item's claim through the file's git commits, else its revisions
        in the file; shown in a dialog, or why there is none said."""
        from tui.app.dialogs.item import ItemScreen
        from tui.app.screens.briefing_history import history_view

        assert self.briefing is not None
        view = history_view(self.path, self.briefing, item)
        if isinstance(view, str):
            self.app.call_from_thread(self.notify, view, timeout=5, markup=False)
        else:
            self.app.call_from_thread(self.app.push_screen, ItemScreen(*view))

    def action_show_errors(self) -> None:
        from tui.app.dialogs.errors import ErrorsScreen  # only for a broken file

        self.app.push_screen(ErrorsScreen(self.path.name, self.load_errors))

    # -- loading and live reload ----------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load_from_disk(self, announce: bool = False) -> None:
        """Load in a thread: the UI stays responsive, and a broken file keeps
        the last good view on screen with the located error above it.
        `announce` says how it went once it is done (the `r` key)."""
        signature = _signature(self.path)
        try:
            briefing = load_briefing_cached(self.path)
        except BriefingError as exc:
            self.app.call_from_thread(self._show_error, exc, signature)
            if announce:
                count = len(exc.errors)
                self.app.call_from_thread(
                    self.notify, f"Not reloaded: {count} error{'s' * (count != 1)} in the file",
                    severity="error", timeout=3, markup=False)
            return
        self.app.call_from_thread(self._loaded, briefing, signature)
        if announce:
            self.app.call_from_thread(self.notify, "Reloaded from disk", timeout=2,
                                      markup=False)

    def _loaded(self, briefing: Briefing, signature: Signature | None) -> None:
        self._signature = signature
        self.reload_error = None
        self.load_errors = []
        self.refresh_bindings()
        self.show_briefing(briefing)

    def _show_error(self, exc: BriefingError, signature: Signature | None) -> None:
        self._signature = signature
        self.load_errors = exc.errors
        self.refresh_bindings()
        lines: list[Content | str | tuple[str, str]]
        if signature is None:  # no file there (any more)
            note = "showing the last version read" if self.briefing else "nothing to show"
            lines = [(f"⚠ {self.path.name} was deleted or moved; {note}", f"bold {ERROR_STYLE}")]
        else:
            note = "showing the last good version" if self.briefing else "nothing to show"
            lines = [(f"⚠ The file has errors; {note} (! lists them all):",
                      f"bold {ERROR_STYLE}")]
            lines += [str(e) for e in exc.errors[:3]]
            if len(exc.errors) > 3:
                lines.append(f"(and {len(exc.errors) - 3} more)")
        # Each line marked at the left edge in the theme's error colour.
        self.reload_error = Content("\n").join(join(("▌ ", ERROR_STYLE), line) for line in lines)
        self._update_header()

    @work(thread=True, exclusive=True, group="poll")
    def poll_file(self) -> None:
        if _signature(self.path) != self._signature:
            self.app.call_from_thread(self.load_from_disk)

    def action_reload(self) -> None:
        self.load_from_disk(announce=True)

    # -- export -----------------------------------------------------------------

    def action_export(self) -> None:
        self.export_as()

    def export_as(self, fmt: str | None = None, table: str | None = None) -> None:
        """The export dialog, on `fmt` (and CSV `table`) or else the format
        last exported."""
        if self.briefing is None:
            self.notify("Nothing to export: the briefing did not load", severity="error")
            return
        from tui.app.dialogs.export import ExportScreen, broken_warning
        from tui.core.export.formats import SUFFIXES, render

        warning = broken_warning(self.load_errors) if self.load_errors else None
        briefing = self.briefing
        typed_ahead, self._keys_for_export = self._keys_for_export or [], None
        choice = self.export_choice
        if fmt is not None:  # asked for by name (the palette): starts there
            choice = ExportChoice(fmt, table or choice.table)
        screen = ExportScreen(f"{self.path.stem}{SUFFIXES[choice.format]}",
                              partial(render, briefing), typed_ahead, warning, self.path,
                              choice)
        self.app.push_screen(screen, partial(self._exported, choice))

    def _exported(self, choice: ExportChoice, target: Path | None) -> None:
        if target is not None:
            # Remembered for the next export, of this briefing or another.
            self.export_choice.format, self.export_choice.table = choice.format, choice.table
            where = f"Sent {target.name} to your browser" if self.app.is_web \
                else f"Exported to {target}"
            self.notify(for_terminal(where), title="Export", markup=False)
