"""How to install an optional extra, said the same way by every command that
needs one: with pip, and with pipx for an app installed by pipx (whose venv
pip cannot reach: `pipx inject` adds the packages to it)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

# Each extra's packages, as `pipx inject` needs them (it takes no extras).
EXTRA_PACKAGES = {
    "serve": ("textual-serve",),
    "web": ("trafilatura", "lxml_html_clean", "charset-normalizer"),
}


def installed_by_pipx(prefix: str | None = None) -> bool:
    """Whether this interpreter is a pipx venv: pipx writes its metadata file
    into each venv it makes, and keeps them in a `venvs` folder inside its
    home (`~/.local/share/pipx/venvs/briefing`, or under `$PIPX_HOME`)."""
    root = Path(sys.prefix if prefix is None else prefix)
    if (root / "pipx_metadata.json").is_file():
        return True
    return any(a == "pipx" and b == "venvs" for a, b in itertools.pairwise(root.parts))


def install_hint(extra: str, prefix: str | None = None) -> str:
    """`pipx inject …` for a pipx install, else `pip install 'briefing[extra]'`
    with the pipx command after it for whoever installed it that way."""
    pipx = "pipx inject briefing " + " ".join(EXTRA_PACKAGES[extra])
    if installed_by_pipx(prefix):
        return pipx
    return f"pip install 'briefing[{extra}]' (installed with pipx: {pipx})"
