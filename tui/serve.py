"""`briefing serve`: the app in a web browser, through textual-serve (the
Textual authors' server). Each browser tab runs its own `briefing` process.

The served app is read-only for the server: it never writes a file there
(exports become browser downloads, the editor and settings are off, the parse
cache is not written). There is no authentication: it binds to localhost
unless another host is named, and then says so.
"""

from __future__ import annotations

import errno
import os
import shlex
import socket
import sys
from pathlib import Path

from tui.core.store.folders import extra_hint

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def listen_error(host: str, port: int) -> str | None:
    """Why the server could not listen on `host`:`port`, or None if it can.

    Each address the host names is bound once and let go, as the server binds
    it (address reuse on), so a port in use or a host that does not resolve is
    told before the server announces itself. Another process may still take
    the port in between; the server then fails as it would have.
    """
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                       flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        return f"cannot listen on {host}: {exc.strerror}"
    bound = 0
    for family, kind, proto, _name, address in addresses:
        try:
            probe = socket.socket(family, kind, proto)
        except OSError:  # a family this system lacks: the server skips it too
            continue
        with probe:
            if os.name == "posix":
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                if exc.errno == errno.EADDRNOTAVAIL:  # as asyncio: that family is off
                    continue
                return f"cannot listen on {host} port {port}: {exc.strerror or exc}"
            bound += 1
    return None if bound else f"cannot listen on {host}: no address of it is available"


def serve(path: Path | None, host: str, port: int) -> int:
    if not 1 <= port <= 65535:
        print(f"briefing: --port must be from 1 to 65535, not {port}", file=sys.stderr)
        return 2
    try:
        from textual_serve.server import Server
    except ImportError:
        print(f"briefing: serve needs textual-serve: {extra_hint('serve')}", file=sys.stderr)
        return 2
    if (error := listen_error(host, port)) is not None:
        print(f"briefing: {error}", file=sys.stderr)
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
