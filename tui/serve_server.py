"""textual-serve's Server for `briefing serve`: its page, websocket and
downloads behind the Guard, at most `max_sessions` app processes, the
websocket's address taken from the one the browser used, and logs of one
line each (no tracebacks, no request lines: those carry the token)."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys

import aiohttp_jinja2
import jinja2
from aiohttp import WSCloseCode, web
from textual_serve.server import Server

from tui.serve_guard import Guard, refused
from tui.serve_session import MAX_MESSAGE_BYTES, Malformed, Session, size_from_query

log = logging.getLogger("briefing.serve")

# Seconds between pings: a page that answers none for half of it has gone.
HEARTBEAT_SECONDS = 10.0


class GuardedServer(Server):
    """Server with the Guard in front and bounded sessions."""

    def __init__(self, command: str, *, guard: Guard, max_sessions: int,
                 public_url: str | None) -> None:
        super().__init__(command, title="briefing", public_url=public_url)
        self.guard = guard
        self.max_sessions = max_sessions
        self.base_url = public_url.rstrip("/") if public_url else None
        self.sessions: set[Session] = set()
        self.endings: set[asyncio.Future[None]] = set()  # sessions being ended

    def initialize_logging(self) -> None:
        # textual-serve's own handler prints tracebacks with their local
        # variables; these logs go to a terminal and may be shared.
        logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                            format="briefing serve: %(message)s")

    def make_app(self) -> web.Application:
        """The routes of textual-serve's app, behind the Guard."""
        app = web.Application(middlewares=[self.guard.middleware])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/ws", self.handle_websocket, name="websocket"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.static("/static", self.statics_path, name="static"),
        ])
        app.on_shutdown.append(self.end_sessions)
        return app

    def serve_on(self, sockets: list[socket.socket]) -> None:
        """Serve on sockets already bound (and announced) until a signal."""
        self.initialize_logging()
        web.run_app(self.make_app(), sock=sockets, print=None, access_log=None,
                    shutdown_timeout=5)

    async def end_sessions(self, app: web.Application) -> None:
        for session in self.sessions:
            session.kill()

    def full(self) -> bool:
        """Whether `max_sessions` run. One being ended does not count: a
        reloaded page's old session is still ending when its new one asks."""
        return sum(not s.ending for s in self.sessions) >= self.max_sessions

    def busy(self) -> str:
        return (f"All {self.max_sessions} sessions of this server are in use. Close another "
                "tab showing it, then reload this page.")

    def page_url(self, request: web.Request) -> str:
        """The address the page was asked for: --public-url, else the Host
        the browser used (the Guard has checked it)."""
        return self.base_url or f"http://{request.host}"

    async def handle_index(self, request: web.Request) -> web.Response:
        if self.full():
            return refused(503, "All sessions in use", self.busy())
        base = self.page_url(request)
        scheme, rest = base.split(":", 1)
        font_size = request.query.get("fontsize", "16")
        context = {
            "font_size": min(int(font_size), 64) if font_size.isdecimal() else 16,
            "app_websocket_url": f"{'wss' if scheme == 'https' else 'ws'}:{rest}/ws",
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": self.title},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        websocket = web.WebSocketResponse(heartbeat=HEARTBEAT_SECONDS,
                                          max_msg_size=MAX_MESSAGE_BYTES)
        await websocket.prepare(request)
        if self.full():
            # Shown in the page's terminal, above its "Session ended".
            await websocket.send_bytes(f"\r\n  {self.busy()}\r\n".encode())
            await websocket.close(code=WSCloseCode.TRY_AGAIN_LATER)
            return websocket
        session = Session(self.command, websocket, self.download_manager)
        self.sessions.add(session)  # no await since the count: no race past the limit
        try:
            await session.start(*size_from_query(request.query))
            await self._relay_until_finished(session)
        except Malformed as exc:
            session.why = f"{exc}; closed"
        except ConnectionResetError as exc:
            session.why = str(exc)
        except OSError as exc:  # the app could not be started
            session.why = f"the app did not start: {exc.strerror or exc}"
        finally:
            session.ending = True
            # A task of its own, which a cancelled handler does not stop
            # half-way: the app always ends.
            ending = asyncio.ensure_future(self._end(request, websocket, session))
            self.endings.add(ending)
            ending.add_done_callback(self.endings.discard)
            await asyncio.shield(ending)
        return websocket

    async def _end(self, request: web.Request, websocket: web.WebSocketResponse,
                   session: Session) -> None:
        await session.end()
        self.sessions.discard(session)
        if session.page_stalled:
            # It reads nothing, not even a closing frame (and aiohttp's close
            # fails on the write the stall left unfinished).
            if request.transport is not None:
                request.transport.abort()
        else:
            try:
                await asyncio.wait_for(websocket.close(), 1)
            except TimeoutError:
                if request.transport is not None:
                    request.transport.abort()
        if session.why is not None:
            log.warning("session from %s ended: %s", request.remote, session.why)

    async def _relay_until_finished(self, session: Session) -> None:
        """Relay the page's messages until the page leaves or the app's
        output ends (it quit, died, or the page stopped reading)."""
        relay = asyncio.create_task(session.relay())
        finished = asyncio.create_task(session.finished.wait())
        try:
            await asyncio.wait({relay, finished}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            finished.cancel()
            if not relay.done():
                relay.cancel()
        if relay.done() and not relay.cancelled():
            relay.result()  # raises the relay's Malformed or Stalled
