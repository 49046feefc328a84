"""A whole folder of briefings as one table: what DuckDB, pandas or a
warehouse read directly.

CSV: one table (claims, figures, quotes or reactions) for every briefing,
a `file` column (the file's path relative to the folder) before the
table's fixed columns (core.export.data.CSV_COLUMNS). JSON Lines: one
briefing a line, the JSON export's object with a `file` key first. Files
are read in name order; a file that does not load is left out and named
to `skipped`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from tui.core.export.data import CSV_COLUMNS, csv_rows, to_data
from tui.core.export.terminal_text import escape_json
from tui.core.format.errors import BriefingError
from tui.core.store.cache import load_briefing_cached
from tui.core.store.library import briefing_files

FOLDER_FORMATS = ("csv", "jsonl")


def export_folder(folder: Path, fmt: str, table: str = "claims",
                  skipped: Callable[[Path, BriefingError], None] = lambda path, exc: None
                  ) -> tuple[str, int]:
    """The folder's table as text, and how many briefings are in it."""
    if fmt not in FOLDER_FORMATS:
        raise ValueError(f"a folder exports as {' or '.join(FOLDER_FORMATS)}, not {fmt}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if fmt == "csv":
        writer.writerow(("file", *CSV_COLUMNS[table]))
    count = 0
    for path in briefing_files([folder]):
        try:
            briefing = load_briefing_cached(path, store=False)
        except BriefingError as exc:
            skipped(path, exc)
            continue
        name = path.relative_to(folder).as_posix()
        if fmt == "csv":
            writer.writerows([name, *row] for row in csv_rows(briefing, table))
        else:
            # one line: ensure_ascii=False keeps every script; escape_json
            # writes DEL, C1 and bidi characters as escapes (see data.to_json)
            out.write(escape_json(json.dumps({"file": name, **to_data(briefing)},
                                             ensure_ascii=False)) + "\n")
        count += 1
    return out.getvalue(), count
