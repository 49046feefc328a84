"""`briefing serve`: the app in a web browser, through textual-serve (the
Textual authors' server). Each browser tab runs its own `briefing` process.

The served app is read-only for the server: it never writes a file there
(exports become browser downloads, the editor and settings are off, the parse
cache is not written). There is no authentication: it binds to localhost
unless another host is named, and then says so.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from tui.core.store.folders import extra_hint

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(path: Path | None, host: str, port: int) -> int:
    try:
        from textual_serve.server import Server
    except ImportError:
        print(f"briefing: serve needs textual-serve: {extra_hint('serve')}", file=sys.stderr)
        return 2
    if host not in LOCAL_HOSTS:
        print(f"briefing: warning: serving on {host} with no authentication; anyone who can "
              "reach it can read these briefings. Put it behind an authenticating reverse "
              "proxy.", file=sys.stderr)
    # Inherited by each app process: nothing on the server is written.
    os.environ["BRIEFING_CACHE"] = "off"
    os.environ["BRIEFING_READ_ONLY"] = "1"
    argv = [sys.executable, "-m", "tui", *([str(path.resolve())] if path else [])]
    Server(shlex.join(argv), host=host, port=port, title="briefing").serve()
    return 0
