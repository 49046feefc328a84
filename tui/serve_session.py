"""One browser tab of `briefing serve`: its app process (textual-serve's
AppService) and the messages the page sends it, bounded.

A session ends, and its process with it, when the page leaves, when the page
or the process stops reading for STALL_SECONDS, or when the page sends a
message its own script never sends. The terminal is at most MAX_WIDTH by
MAX_HEIGHT cells, whatever the page asks for.
"""

from __future__ import annotations

import asyncio
import json
from asyncio.subprocess import Process
from collections.abc import Awaitable, Mapping
from contextlib import suppress

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

MAX_WIDTH, MAX_HEIGHT = 500, 200
# A write to the page or to the app that takes longer ends the session: the
# other end stopped reading.
STALL_SECONDS = 4.0
# How long an app asked to quit is given before it is killed.
QUIT_SECONDS = 2.0
# The longest message a page sends is a paste; a bigger one is not a page's.
MAX_MESSAGE_BYTES = 1024 * 1024


class Malformed(ValueError):
    """A message the page's script never sends."""


def clamp_size(width: object, height: object) -> tuple[int, int]:
    """A terminal size within 1..MAX_WIDTH by 1..MAX_HEIGHT."""
    if not (type(width) is int and type(height) is int):
        raise Malformed("a resize without whole-number width and height")
    return min(max(width, 1), MAX_WIDTH), min(max(height, 1), MAX_HEIGHT)


def size_from_query(query: Mapping[str, str]) -> tuple[int, int]:
    """The first size, from the websocket's query (80x24 when not numbers)."""
    def number(key: str, default: int) -> int:
        text = query.get(key, "")
        return int(text) if text.isdecimal() and len(text) < 8 else default
    return clamp_size(number("width", 80), number("height", 24))


def decode(text: str) -> tuple[str, object]:
    """A page's message as (kind, data); Malformed when it is not one."""
    try:
        envelope = json.loads(text)
    except ValueError:
        raise Malformed("a message that is not JSON") from None
    if not (isinstance(envelope, list) and envelope and isinstance(envelope[0], str)):
        raise Malformed("a message that is not a [type, data] list")
    kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
    if kind == "stdin" and isinstance(data, str):
        return kind, data
    if kind == "resize" and isinstance(data, dict):
        return kind, clamp_size(data.get("width"), data.get("height"))
    if kind == "ping" and isinstance(data, str) and len(data) <= 100:
        return kind, data
    if kind in ("blur", "focus"):
        return kind, None
    raise Malformed(f"a {kind[:20]!a} message the page never sends")


class Stalled(ConnectionResetError):
    """The page or the app stopped reading."""


async def bounded(step: Awaitable[object], who: str) -> None:
    """`step`, or Stalled after STALL_SECONDS."""
    try:
        await asyncio.wait_for(step, STALL_SECONDS)
    except TimeoutError:
        raise Stalled(f"{who} stopped reading") from None


async def _exited(process: Process, seconds: float) -> bool:
    """Whether `process` exits within `seconds`. Its return code, not
    `wait()`, which also waits for pipes nobody may read any more."""
    deadline = asyncio.get_running_loop().time() + seconds
    while process.returncode is None and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)
    return process.returncode is not None


class Session(AppService):
    """One tab's app process. Relies on AppService's `_process` (to kill an
    app that does not quit): pyproject.toml pins textual-serve for it."""

    def __init__(self, command: str, websocket: web.WebSocketResponse,
                 downloads: DownloadManager) -> None:
        super().__init__(command, write_bytes=self._to_page_bytes,
                         write_str=self._to_page_text, close=self._close_page,
                         download_manager=downloads)
        self.websocket = websocket
        self.finished = asyncio.Event()  # the app's output ended
        self.why: str | None = None  # why the session ended, if not the page leaving
        self.page_stalled = False
        self.ending = False  # set once the session is being ended

    async def _to_page_bytes(self, data: bytes) -> None:
        await self._to_page(self.websocket.send_bytes(data))

    async def _to_page_text(self, text: str) -> None:
        await self._to_page(self.websocket.send_str(text))

    async def _to_page(self, step: Awaitable[None]) -> None:
        # Raised into AppService.run, which ends on a ConnectionResetError.
        try:
            await bounded(step, "the page")
        except Stalled as exc:
            self.why = str(exc)
            self.page_stalled = True
            raise

    async def _close_page(self) -> None:
        self.finished.set()  # the app said it exits

    async def run(self) -> None:
        try:
            await super().run()
        finally:
            self.finished.set()

    async def relay(self) -> None:
        """The page's messages to the app, until the page leaves."""
        async for message in self.websocket:
            if message.type != WSMsgType.TEXT:
                if message.type == WSMsgType.ERROR:
                    return
                raise Malformed("a binary message")
            kind, data = decode(message.data)
            if kind == "stdin":
                assert isinstance(data, str)
                await bounded(self.send_bytes(data.encode("utf-8", "replace")), "the app")
            elif kind == "resize":
                assert isinstance(data, tuple)
                await bounded(self.set_terminal_size(*data), "the app")
            elif kind == "ping":
                await self._to_page(self.websocket.send_json(["pong", data]))
            elif kind == "blur":
                await bounded(self.blur(), "the app")
            else:
                await bounded(self.focus(), "the app")

    async def end(self) -> None:
        """Ask the app to quit; kill it when it has not within QUIT_SECONDS
        (it may be stuck writing to a page that left)."""
        try:
            await asyncio.wait_for(self.stop(), QUIT_SECONDS)
        except TimeoutError:
            self.why = self.why or "the app did not quit"
        process = self._process
        if process is None:
            return
        if not await _exited(process, QUIT_SECONDS):
            process.kill()
            await _exited(process, QUIT_SECONDS)
        # What the app wrote that nobody read: read to its end, so the pipes
        # see it and are closed (asyncio keeps a paused pipe open for good).
        # A pipe that some child of the app still holds is left.
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                with suppress(TimeoutError):
                    await asyncio.wait_for(stream.read(), QUIT_SECONDS)

    def kill(self) -> None:
        """At the server's shutdown: no app outlives it."""
        process = self._process
        if process is not None and process.returncode is None:
            process.kill()
