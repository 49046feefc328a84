"""The panes of the briefing screen: every pane is a ListPane (base.py)
showing one PaneContent (contents.py)."""

from tui.app.panes.base import ListPane, PaneContent
from tui.app.panes.contents import PANE_CONTENTS

__all__ = ["PANE_CONTENTS", "ListPane", "PaneContent"]
