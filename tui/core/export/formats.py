"""Every export format by name, for the command line and the app alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.format.model import Briefing

if TYPE_CHECKING:
    from tui.core.story.as_of import Moment

FORMATS = ("markdown", "json", "csv")
SUFFIXES = {"markdown": ".md", "json": ".json", "csv": ".csv"}


def render(briefing: Briefing, fmt: str = "markdown", table: str = "claims",
           front_matter: str | None = None, as_of: Moment | None = None,
           with_series: bool = False) -> str:
    """The briefing exported as `fmt`: markdown (optionally with front matter
    for a notes tool), json, or csv (one row per item of `table`). With
    `as_of`, the briefing as it stood then (core.as_of); the Markdown says so.
    `with_series` adds the Markdown's "History of figures" tables."""
    if as_of is not None:
        from tui.core.story.as_of import as_of as cut

        briefing = cut(briefing, as_of)
    if fmt == "json":
        from tui.core.export.data import to_json

        return to_json(briefing, as_of.when if as_of is not None else None)
    if fmt == "csv":
        from tui.core.export.data import to_csv

        return to_csv(briefing, table)
    from tui.core.export.markdown import to_markdown

    text = to_markdown(briefing, as_of.label if as_of is not None else None, with_series)
    if front_matter:
        from tui.core.export.data import front_matter as block

        text = block(briefing, front_matter) + text
    return text
