"""`a` on a briefing: a report (file, URL or pasted text) read and merged
in a worker (tui.core.story.update), the change shown, and written only
when the user says so, atomically, refused if the file changed meanwhile.
The one place the app writes a briefing; never when served (read-only)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from tui.app.dialogs.add_report import AddReportScreen, ProposedChangeScreen, ReportChoice
from tui.app.text import for_terminal

if TYPE_CHECKING:
    from tui.app.screens.briefing import BriefingScreen
    from tui.core.story.update import Update

READ_ONLY_MESSAGE = ("Adding a report is off: this briefing is served read-only "
                     "(BRIEFING_READ_ONLY=1), so the app writes no file")


def read_only() -> bool:
    """Served by `briefing serve` (or told so): no file is written."""
    return os.environ.get("BRIEFING_READ_ONLY") == "1"


@dataclass(frozen=True)
class _Proposed:
    read: bytes
    update: Update


def add_report(screen: BriefingScreen) -> None:
    """Ask for a report, unless the file cannot be written to."""
    if read_only():
        screen.notify(READ_ONLY_MESSAGE, severity="warning", timeout=5, markup=False)
        return
    if screen.briefing is None or screen.load_errors:
        screen.notify("The file has errors: fix them (o, !) before adding a report",
                      severity="error", timeout=4, markup=False)
        return

    def chosen(choice: ReportChoice | None) -> None:
        if choice is not None:
            screen.notify("Reading the report…", timeout=2, markup=False)
            screen.run_worker(lambda: _prepare(screen, choice), thread=True, exclusive=True,
                              group="add_report")

    screen.app.push_screen(AddReportScreen(), chosen)


def _prepare(screen: BriefingScreen, choice: ReportChoice) -> None:
    """In a worker: read the report and the file, merge, then show the change."""
    from tui.core.draft.article import Article, ArticleError
    from tui.core.draft.report import read_report, report_of
    from tui.core.export.terminal_text import strip_controls
    from tui.core.story.update import UpdateError, read_base, update_text

    path = screen.path
    try:
        read, text = read_base(path)
        if choice.where is not None:
            report = read_report(os.path.expanduser(choice.where))
        else:
            pasted = strip_controls(choice.text or "")
            report = report_of(Article(pasted, accessed=date.today().isoformat()),
                               "pasted text", {"outlet": "pasted text"})
        update = update_text(text, [report], path.name)
    except (ArticleError, UpdateError) as exc:
        _tell(screen, f"Not added: {exc}", error=True)
        return
    except OSError as exc:
        _tell(screen, f"Not added: cannot read {path.name}: {exc.strerror or exc}", error=True)
        return
    if not update.changes:
        _tell(screen, "The report adds nothing new to this briefing")
        return
    screen.app.call_from_thread(_show, screen, _Proposed(read, update))


def _tell(screen: BriefingScreen, message: str, error: bool = False) -> None:
    screen.app.call_from_thread(screen.notify, for_terminal(message), markup=False,
                                severity="error" if error else "information", timeout=5)


def _show(screen: BriefingScreen, proposed: _Proposed) -> None:
    from tui.core.story.diff import diff_text

    change = diff_text(proposed.update.changes)
    screen.app.push_screen(ProposedChangeScreen(screen.path.name, change,
                                                lambda: _write(screen, proposed)))


def _write(screen: BriefingScreen, proposed: _Proposed) -> None:
    from tui.core.story.update import FileChangedError, write_update

    try:
        write_update(screen.path, proposed.read, proposed.update.text)
    except FileChangedError:
        screen.notify(for_terminal(f"Not written: {screen.path.name} changed since the report "
                                   "was read; press a to add it again"),
                      severity="error", timeout=6, markup=False)
        return
    except OSError as exc:
        screen.notify(for_terminal(f"Not written: {exc.strerror or exc}"), severity="error",
                      timeout=6, markup=False)
        return
    screen.notify(for_terminal(f"Added to {screen.path.name}"), title="Report", markup=False)
    screen.load_from_disk()
