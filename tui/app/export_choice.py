"""ExportChoice: what the export dialog starts on. Apart from the dialog, so
that the app can hold one without loading the dialog's widgets at start-up."""

from __future__ import annotations


class ExportChoice:
    """The format (and CSV table) the export dialog starts on: the last one
    exported. The app keeps one, for every briefing it opens."""

    def __init__(self, fmt: str = "markdown", table: str = "claims") -> None:
        self.format = fmt
        self.table = table
