"""`briefing serve`: the app in a web browser, through textual-serve (the
Textual authors' server). Each browser tab runs its own `briefing` process.

The served app is read-only for the server: it never writes a file there
(exports become browser downloads, the editor and settings are off, the parse
cache is not written), and it shows nothing outside the PATH served. Requests
need the token printed at start, a Host that is one of the names served and,
from a page, this server's own Origin (tui/serve_guard.py); sessions are
bounded in number, size and life (tui/serve_session.py). docs/design.md,
"Security", says what this protects against and what it does not.
"""

from __future__ import annotations

import errno
import secrets
import shlex
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from tui.core.store.extras import install_hint
from tui.serve_settings import CONFINE_VARIABLE, DEFAULT_MAX_SESSIONS

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
ANY_ADDRESS = ("0.0.0.0", "::", "")


def new_token() -> str:
    """A random token, as Jupyter makes them."""
    return secrets.token_hex(24)


@dataclass(frozen=True)
class ServeOptions:
    """`briefing serve`'s options; `token` None is --no-token."""

    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = field(default_factory=new_token)
    allow_hosts: tuple[str, ...] = ()
    max_sessions: int = DEFAULT_MAX_SESSIONS
    public_url: str | None = None


def _warn(message: str) -> None:
    print(f"briefing: warning: {message}", file=sys.stderr)


def listen(host: str, port: int) -> list[socket.socket]:
    """Sockets bound to host:port (each address a name has: `localhost` is
    127.0.0.1 and ::1) and listening; OSError with a one-line reason when
    they cannot be."""
    try:
        found = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise OSError(f"cannot listen on {host}: {exc.strerror}") from None
    sockets: list[socket.socket] = []
    try:
        for family, kind, address in dict.fromkeys((f, k, a) for f, k, _, _, a in found):
            sock = socket.socket(family, kind)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(address)
            sock.listen(128)
    except OSError as exc:
        for sock in sockets:
            sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise OSError(f"port {port} is in use (choose another with --port)") from None
        raise OSError(f"cannot listen on {host} port {port}: {exc.strerror}") from None
    return sockets


def page_address(options: ServeOptions) -> str:
    """The address to open, with the token."""
    if options.public_url is not None:
        base = options.public_url.rstrip("/")
    else:
        host = "127.0.0.1" if options.host in ANY_ADDRESS else options.host
        name = f"[{host}]" if ":" in host else host
        base = f"http://{name}:{options.port}"
    return f"{base}/" if options.token is None else f"{base}/?token={quote(options.token, safe='')}"


def serve(path: Path | None, options: ServeOptions) -> int:
    try:
        from tui.serve_guard import Guard
        from tui.serve_server import GuardedServer
    except ImportError:
        print(f"briefing: serve needs textual-serve: {install_hint('serve')}", file=sys.stderr)
        return 2
    try:
        sockets = listen(options.host, options.port)
    except OSError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 2
    if options.token is None:
        _warn("--no-token: anyone who can reach this server can read these briefings")
    if options.host not in LOCAL_HOSTS:
        _warn(f"serving on {options.host}: whoever can reach it and has the token can read "
              "these briefings; this is not a multi-user server (put it behind an "
              "authenticating reverse proxy for that)")
    if options.host in ANY_ADDRESS:
        _warn("browsers may use only the names localhost, 127.0.0.1 and [::1] here: name "
              "this machine's others with --allow-host NAME")
    print(f"Serving briefing on {page_address(options)} (Ctrl+C stops)", flush=True)
    # Set for each app process alone (this process's own environment is left
    # as it was): nothing on the server is written, nothing outside PATH shown.
    settings = ["BRIEFING_CACHE=off", "BRIEFING_READ_ONLY=1", f"{CONFINE_VARIABLE}=1"]
    argv = ["env", *settings, sys.executable, "-m", "tui",
            *([str(path.resolve())] if path else [])]
    guard = Guard(hosts=[options.host, *options.allow_hosts], token=options.token,
                  port=options.port, public_url=options.public_url)
    # exec: the process started is the app itself, not a shell above it,
    # so ending it ends the app.
    GuardedServer(f"exec {shlex.join(argv)}", guard=guard, max_sessions=options.max_sessions,
                  public_url=options.public_url).serve_on(sockets)
    return 0
