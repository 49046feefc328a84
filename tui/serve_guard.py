"""Who `briefing serve` answers: requests for one of the names it serves
(against DNS rebinding), from its own pages (a websocket from another site's
page is refused) and carrying its token (in the query or the cookie the page
sets), the way Jupyter does it."""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from html import escape
from urllib.parse import urlsplit

from aiohttp import web

log = logging.getLogger("briefing.serve")

LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]")
# A Host header: a name, an IPv4 address or a bracketed IPv6 one, then an
# optional port. Anything else (spaces, markup, a second colon) is refused.
_HOST = re.compile(r"(?P<name>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(?P<port>[0-9]{1,5}))?")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def host_name(host: str) -> str:
    """A --host or --allow-host value as a Host header names it: lower case,
    an IPv6 address in brackets."""
    host = host.strip().lower()
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def split_host(header: str) -> tuple[str, str] | None:
    """A Host header's name (lower case) and port (empty when left out), or
    None when it is not one."""
    found = _HOST.fullmatch(header)
    return None if found is None else (found["name"].lower(), found["port"] or "")


def refused(status: int, title: str, text: str) -> web.Response:
    """A clear page (it is what a browser shows) for a refused request."""
    return web.Response(status=status, content_type="text/html", text=(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        "</head><body style='font-family: sans-serif; max-width: 40em; margin: 4em auto'>"
        f"<h1>{escape(title)}</h1><p>{escape(text)}</p></body></html>"))


class Guard:
    """The checks every request passes, as one aiohttp middleware."""

    def __init__(self, *, hosts: Iterable[str], token: str | None, port: int,
                 public_url: str | None) -> None:
        names = {*LOCAL_NAMES, *(host_name(h) for h in hosts)}
        self.public_origin: str | None = None
        if public_url is not None:
            public = urlsplit(public_url)
            if public.hostname:
                names.add(host_name(public.hostname))
            self.public_origin = f"{public.scheme}://{public.netloc}".lower()
        self.names = frozenset(names)
        self.token = token
        # Per port: cookies are shared by every port of a host, and another
        # server on this machine must not receive (or overwrite) this one.
        self.cookie = f"briefing-token-{port}"

    def host_ok(self, request: web.Request) -> bool:
        found = split_host(request.headers.get("Host", ""))
        return found is not None and found[0] in self.names

    def origin_ok(self, request: web.Request) -> bool:
        """A request's Origin, when it has one, is this server's own: the
        address the browser used (its Host) or the --public-url. Browsers
        always send one with a websocket; a script that sends none is not
        a page of another site."""
        origin = request.headers.get("Origin")
        if origin is None:
            return True
        parts = urlsplit(origin.lower())
        if parts.scheme not in ("http", "https") or parts.path or parts.query:
            return False
        own = request.headers.get("Host", "").lower()
        default = ":80" if parts.scheme == "http" else ":443"
        netloc = parts.netloc.removesuffix(default)
        return (netloc == own.removesuffix(default)
                or f"{parts.scheme}://{parts.netloc}" == self.public_origin)

    def token_given(self, request: web.Request) -> tuple[bool, bool]:
        """Whether the request carries the token, and whether in its query
        (then the page sets the cookie)."""
        if self.token is None:
            return True, False
        expected = self.token.encode()
        query = request.query.get("token")
        if query is not None and hmac.compare_digest(query.encode(), expected):
            return True, True
        cookie = request.cookies.get(self.cookie)
        return cookie is not None and hmac.compare_digest(cookie.encode(), expected), False

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not self.host_ok(request):
            log.warning("refused a request for host %a (DNS rebinding?)",
                        request.headers.get("Host", "")[:100])
            return refused(403, "Unknown host", "This briefing server does not answer to "
                           "this name. Start it with --allow-host NAME to allow it.")
        if not self.origin_ok(request):
            log.warning("refused a request from the page of %a",
                        request.headers.get("Origin", "")[:100])
            return refused(403, "Another site's page", "Only this server's own page may "
                           "connect to it.")
        allowed, by_query = self.token_given(request)
        if not allowed:
            return refused(403, "Token needed", "Open the address briefing serve printed "
                           "when it started: it ends in ?token=…")
        response = await handler(request)
        if by_query and not response.prepared and self.token is not None:
            # Strict: no other site's page or link carries it here.
            response.set_cookie(self.cookie, self.token, httponly=True, samesite="Strict",
                                path="/")
        return response
