"""Dialog: the base of every modal dialog, a bordered box in the middle of the screen."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    """A modal screen whose content sits in a `.dialog` box, centred.

    The styling lives here rather than in app.tcss, so it is parsed when the
    first dialog opens instead of before the first frame.
    """

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
    }
    .dialog {
        width: 80%;
        max-width: 100;
        height: auto;
        max-height: 80%;
        border: thick $accent;
        background: $surface;
        padding: 1 2;
    }
    """
