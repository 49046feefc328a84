"""Helpers for the `briefing serve` tests: a real server on a free port of
127.0.0.1, started and stopped by the test, and a page's websocket to it."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

import pytest

if TYPE_CHECKING:
    import aiohttp

BRIEFING = Path(sys.executable).parent / "briefing"
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")
ANNOUNCED = re.compile(r"Serving briefing on (\S+) \(Ctrl\+C stops\)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Served:
    """A running `briefing serve`: the address it printed, split up."""

    process: subprocess.Popen[bytes]
    printed: str  # the address printed, token included
    base: str  # http://127.0.0.1:PORT
    port: int
    token: str | None
    cwd: Path
    stderr_file: Path

    def ws(self, width: int = 100, height: int = 30, token: str | None = "") -> str:
        """The websocket's address; `token` "" is the server's own."""
        token = self.token if token == "" else token
        query = f"width={width}&height={height}" + (f"&token={token}" if token else "")
        return f"{self.base}/ws?{query}"

    def stderr(self) -> str:
        return self.stderr_file.read_text(encoding="utf-8", errors="replace")

    def logged(self, text: str, timeout: float = 5, since: int = 0) -> str:
        """The server's log from character `since` on, once `text` is in it
        (it is written after the session's app ended and its websocket closed)."""
        deadline = time.monotonic() + timeout
        while text not in (log := self.stderr()[since:]):
            assert time.monotonic() < deadline, f"{text!r} never logged: {log}"
            time.sleep(0.05)
        return log

    def app_processes(self) -> set[int]:
        """The app processes the server runs (its children)."""
        return children(self.process.pid)


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdecimal():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # ended while we looked
            # The parent's pid follows the state, after the command in parentheses.
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.add(int(entry.name))
    return found


@contextmanager
def serving(tmp_path: Path, *args: str, path: Path | None = None,
            stall_seconds: float | None = None) -> Iterator[Served]:
    """`briefing serve [PATH] ARGS` on a free port; stopped on the way out.
    `stall_seconds`: the server's STALL_SECONDS instead of its own, for a
    test that waits out a stall (set in the server process, before it runs)."""
    pytest.importorskip("textual_serve", reason="needs briefing[serve] (make test installs it)")
    cwd = tmp_path / "server-cwd"
    cwd.mkdir(exist_ok=True)
    port = free_port()
    out, err = tmp_path / f"serve-{port}.out", tmp_path / f"serve-{port}.err"
    program = [str(BRIEFING)]
    if stall_seconds is not None:
        program = [sys.executable, "-c", "import sys, tui.serve_session as s; "
                   f"s.STALL_SECONDS = {float(stall_seconds)!r}; "
                   "from tui.cli import main; sys.exit(main())"]
    command = [*program, "serve", *([str(path)] if path else []), "--port", str(port), *args]
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(command, cwd=cwd, stdout=stdout, stderr=stderr,
                                   env={**os.environ, "COLUMNS": "100", "LINES": "30"})
    try:
        deadline = time.monotonic() + 30
        # The address is printed once the port is bound and listening.
        while not (found := ANNOUNCED.search(out.read_text())):
            assert process.poll() is None, err.read_text()
            assert time.monotonic() < deadline, "briefing serve did not start listening"
            time.sleep(0.05)
        printed = found[1]
        token = parse_qs(urlsplit(printed).query).get("token", [None])[0]
        yield Served(process, printed, f"http://127.0.0.1:{port}", port, token, cwd, err)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def screen_text(chunks: list[bytes]) -> str:
    return ESCAPES.sub("", b"".join(chunks).decode("utf-8", "replace"))


class Page:
    """What a page's websocket received: the terminal's bytes and the texts."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.seen: list[bytes] = []
        self.texts: list[str] = []

    async def send(self, kind: str, data: object = None) -> None:
        await self.ws.send_str(json.dumps([kind, data]))

    async def until(self, found: str, timeout: float = 20) -> None:
        """Read until `found` is on the screen or in a text message."""
        await self.until_drawn(lambda drawn: found in screen_text([drawn])
                               or any(found in t for t in self.texts), repr(found), timeout)

    async def until_drawn(self, done: Callable[[bytes], bool], what: str,
                          timeout: float = 20) -> None:
        """Read until `done(every byte drawn so far)` holds; `what` names it."""
        import aiohttp

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if done(b"".join(self.seen)):
                return
            try:
                message = await self.ws.receive(timeout=1)
            except TimeoutError:
                continue
            if message.type == aiohttp.WSMsgType.BINARY:
                self.seen.append(message.data)
            elif message.type == aiohttp.WSMsgType.TEXT:
                self.texts.append(message.data)
            elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED,
                                  aiohttp.WSMsgType.CLOSING):
                break
        raise AssertionError(f"{what} never came; screen: {screen_text(self.seen)[-2000:]}")

    async def closed(self, timeout: float = 20) -> None:
        """Read until the server closes the websocket."""
        import aiohttp

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = await self.ws.receive(timeout=max(deadline - time.monotonic(), 0.1))
            if message.type == aiohttp.WSMsgType.BINARY:
                self.seen.append(message.data)
            elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED,
                                  aiohttp.WSMsgType.CLOSING):
                return
        raise AssertionError("the server kept the websocket open")


def wait_until_gone(pids: set[int], timeout: float) -> float:
    """Seconds until none of `pids` runs; AssertionError after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if not any(Path(f"/proc/{pid}").exists() and not _zombie(pid) for pid in pids):
            return time.monotonic() - start
        time.sleep(0.02)
    raise AssertionError(f"app processes {pids} still run after {timeout} s")


def _zombie(pid: int) -> bool:
    try:
        return (Path(f"/proc/{pid}") / "stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except OSError:
        return False
