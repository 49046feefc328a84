"""Reading a briefing's file, in a worker: the UI stays responsive, and a
broken file keeps the last good view on screen with the located errors
above it. The screen's `load_from_disk` starts it: on mount, when its
FileWatcher says the file changed, on `r`, after the editor or `a`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.app.screens.briefing_layout import update_header
from tui.app.widgets.briefing_header import reload_error
from tui.core.format.errors import BriefingError
from tui.core.store.cache import load_briefing_cached

if TYPE_CHECKING:
    from tui.app.screens.briefing import BriefingScreen
    from tui.core.format.model import Briefing
    from tui.core.store.watch import Signature


def read_file(screen: BriefingScreen, announce: bool) -> None:
    """In a worker: read the file and show it, or its errors. `announce`
    says how it went once it is done (the `r` key)."""
    signature = screen.watcher.look()
    try:
        briefing = load_briefing_cached(screen.path)
    except BriefingError as exc:
        screen.app.call_from_thread(_broken, screen, exc, signature)
        if announce:
            count = len(exc.errors)
            screen.app.call_from_thread(
                screen.notify, f"Not reloaded: {count} error{'s' * (count != 1)} in the file",
                severity="error", timeout=3, markup=False)
        return
    screen.app.call_from_thread(_loaded, screen, briefing, signature)
    if announce:
        screen.app.call_from_thread(screen.notify, "Reloaded from disk", timeout=2,
                                    markup=False)


def _loaded(screen: BriefingScreen, briefing: Briefing, signature: Signature | None) -> None:
    screen.watcher.seen(signature)
    screen.reload_error = None
    screen.load_errors = []
    screen.refresh_bindings()
    screen.show_briefing(briefing)


def _broken(screen: BriefingScreen, exc: BriefingError, signature: Signature | None) -> None:
    screen.watcher.seen(signature)
    screen.load_errors = exc.errors
    screen.refresh_bindings()
    screen.reload_error = reload_error(screen.path.name, exc.errors, signature is None,
                                       bool(screen.briefing))
    update_header(screen)
