"""The panes of the briefing screen, one module each, all built on ListPane."""

from tui.app.panes.base import ListPane
from tui.app.panes.casualties import CasualtyClaimsPane
from tui.app.panes.figures import FiguresPane
from tui.app.panes.quotes import QuotesPane
from tui.app.panes.reactions import ReactionsPane
from tui.app.panes.sources import SourcesPane
from tui.app.panes.summary import SummaryPane
from tui.app.panes.timeline import TimelinePane

# Order is the digit that focuses each pane: 1 Summary ... 7 Sources.
PANE_TYPES: tuple[type[ListPane], ...] = (
    SummaryPane,
    QuotesPane,
    CasualtyClaimsPane,
    ReactionsPane,
    FiguresPane,
    TimelinePane,
    SourcesPane,
)

__all__ = ["PANE_TYPES", "ListPane"]
