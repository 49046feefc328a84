"""Where briefing keeps its own files, following the XDG base directories.

The parse cache and the user's settings each live in a `briefing` folder:
an explicit `$BRIEFING_..._DIR` wins, then `$XDG_..._HOME/briefing`, then
the XDG default under the home folder.

It also tells how this copy was installed, for the hint that adds an
optional extra: pipx keeps each application in its own virtual environment,
where `pip install` is not how a user adds packages but `pipx inject` is.
pipx marks that environment with a `pipx_metadata.json` at its root.
"""

from __future__ import annotations

import os
from pathlib import Path


def user_folder(explicit_var: str, xdg_var: str, home_default: str) -> Path | None:
    """`$explicit_var`, else `$xdg_var/briefing`, else `~/home_default/briefing`;
    None when there is no home folder (some service accounts)."""
    explicit = os.environ.get(explicit_var)
    if explicit:
        return Path(explicit)
    base = os.environ.get(xdg_var)
    if not base:
        try:
            base = str(Path.home() / home_default)
        except RuntimeError:
            return None
    return Path(base) / "briefing"
