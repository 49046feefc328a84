"""The panes of the briefing screen: what each lists, one module each. Every
pane is a ListPane showing one PaneContent."""

from tui.app.panes.base import ListPane, PaneContent
from tui.app.panes.casualties import CasualtyClaimsContent
from tui.app.panes.figures import FiguresContent
from tui.app.panes.quotes import QuotesContent
from tui.app.panes.reactions import ReactionsContent
from tui.app.panes.sources import SourcesContent
from tui.app.panes.summary import SummaryContent
from tui.app.panes.timeline import TimelineContent

# Order is the digit that focuses each pane: 1 Summary ... 7 Sources.
PANE_CONTENTS: tuple[PaneContent, ...] = (
    SummaryContent(),
    QuotesContent(),
    CasualtyClaimsContent(),
    ReactionsContent(),
    FiguresContent(),
    TimelineContent(),
    SourcesContent(),
)

__all__ = ["PANE_CONTENTS", "ListPane", "PaneContent"]
