"""`briefing serve`'s sessions are bounded: in number, in terminal size and
in life (a session's app process ends within seconds of its page leaving,
stalling or sending what no page sends). Against a real server on a free
port of 127.0.0.1, over the websocket."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import socket
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.e2e.serving import Page, Served, serving, wait_until_gone

pytestmark = pytest.mark.e2e

TITLE = "Iranian missiles target US forces in Iraq"


async def one_app(server: Served, timeout: float = 10) -> int:
    """The pid of the server's only app process, once it runs."""
    deadline = time.monotonic() + timeout
    while len(apps := server.app_processes()) != 1:
        assert time.monotonic() < deadline, f"app processes: {apps}"
        await asyncio.sleep(0.05)
    return apps.pop()


async def test_sessions_over_the_limit_get_a_clear_page_and_message(tmp_path: Path) -> None:
    import aiohttp

    with serving(tmp_path, "--max-sessions", "1", path=SEED) as server:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(server.ws()) as first:
                await Page(first).until(TITLE)
                async with session.get(server.printed) as response:
                    assert response.status == 503
                    assert "All 1 sessions of this server are in use" in await response.text()
                async with session.ws_connect(server.ws()) as second:
                    over = Page(second)
                    await over.until("All 1 sessions of this server are in use")
                    await over.closed()
                assert len(server.app_processes()) == 1
            # The first one left: its place is free again.
            await wait_for_no_apps(server)
            async with session.get(server.printed) as response:
                assert response.status == 200
            async with session.ws_connect(server.ws()) as third:
                await Page(third).until(TITLE)


async def wait_for_no_apps(server: Served, timeout: float = 10) -> float:
    start = time.monotonic()
    while server.app_processes():
        assert time.monotonic() - start < timeout, "an app process outlived its page"
        await asyncio.sleep(0.05)
    return time.monotonic() - start


# One page's first frame on this two-core machine when nothing else runs.
IDLE_FIRST_FRAME_SECONDS = 0.5


async def test_the_default_limit_starts_every_session_quickly(tmp_path: Path) -> None:
    """As many pages as the default allows open at once, each with its
    first frame within 2 s on this two-core machine. The budget grows by
    as much as one page alone is slower than on an idle machine, so other
    work on the machine does not fail it."""
    import aiohttp

    from tui.serve import DEFAULT_MAX_SESSIONS

    with serving(tmp_path, path=SEED) as server:
        async with aiohttp.ClientSession() as session:
            async def first_frame(together: asyncio.Barrier | None = None) -> float:
                start = time.monotonic()
                async with session.ws_connect(server.ws()) as ws:
                    await Page(ws).until(TITLE)
                    took = time.monotonic() - start
                    if together is not None:
                        await together.wait()  # all open at once, until every one is drawn
                    return took

            alone = await first_frame()
            await wait_for_no_apps(server)
            together = asyncio.Barrier(DEFAULT_MAX_SESSIONS)
            took = await asyncio.gather(*(first_frame(together)
                                          for _ in range(DEFAULT_MAX_SESSIONS)))
    budget = 2 * max(1.0, alone / IDLE_FIRST_FRAME_SECONDS)
    assert max(took) < budget, (took, alone)


CURSOR_ROW = rb"\x1b\[(\d+);\d+H"


def resized_frame_drawn(drawn: bytes) -> bool:
    """Whether the key bar ("Commands") was drawn after a row below 30."""
    bar = drawn.rfind(b"Commands")
    return bar >= 0 and any(int(row) > 30 for row in re.findall(CURSOR_ROW, drawn[:bar]))


async def test_a_huge_resize_is_clamped(tmp_path: Path) -> None:
    import aiohttp

    with serving(tmp_path, path=SEED) as server:
        async with aiohttp.ClientSession() as session, session.ws_connect(server.ws()) as ws:
            page = Page(ws)
            await page.until(TITLE)
            page.seen.clear()
            await page.send("resize", {"width": 30000, "height": 30000})
            await page.until("Summary")
            # The key bar is the frame's last row, however many rows it has:
            # once it is drawn below the first frame's 30 rows, the whole
            # resized frame is in.
            await page.until_drawn(resized_frame_drawn, "the resized frame's key bar")
            await page.send("ping", "after")
            await page.until("after")
            drawn = b"".join(page.seen)
            rows = {int(r) for r in re.findall(CURSOR_ROW, drawn)}
            columns = {int(c) for c in re.findall(rb"\x1b\[\d+;(\d+)H", drawn)}
            assert max(rows) == 200 and max(columns) <= 500


async def test_a_page_that_leaves_ends_its_app_within_seconds(tmp_path: Path) -> None:
    import aiohttp

    with serving(tmp_path, path=SEED) as server:
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(server.ws())
            await Page(ws).until(TITLE)
            app = await one_app(server)
            assert ws._response.connection is not None
            ws._response.connection.transport.abort()  # gone, without a closing frame
        assert wait_until_gone({app}, timeout=10) < 5
        assert server.stderr() == ""


def raw_websocket(port: int, path: str) -> socket.socket:
    """A page that opens the websocket and then never reads: a small receive
    buffer, so the server's writes soon block."""
    sock = socket.socket()
    sock.settimeout(10)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                 f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                 "Sec-WebSocket-Version: 13\r\n\r\n".encode())
    assert sock.recv(12) == b"HTTP/1.1 101"
    return sock


def frame(text: str) -> bytes:
    """A masked websocket text frame, as a client sends."""
    data, mask = text.encode(), os.urandom(4)
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
    return struct.pack("!BBH", 0x81, 0x80 | 126, len(data)) + mask + masked


# The server's stall window in the test below: its own is waited out in full
# and the test is about what follows it, so the time left over is counted
# against the real window.
SHORT_STALL_SECONDS = 1.0


async def test_a_page_that_stops_reading_ends_its_app_within_seconds(tmp_path: Path) -> None:
    from tui.serve_session import STALL_SECONDS

    with serving(tmp_path, path=SEED, stall_seconds=SHORT_STALL_SECONDS) as server:
        sock = raw_websocket(server.port, f"/ws?width=200&height=60&token={server.token}")
        try:
            app = await one_app(server)
            start = time.monotonic()
            # Keeps sending (resizes that redraw everything), never reads.
            sock.setblocking(False)
            for i in range(400):
                size = {"width": 500 - i % 2, "height": 200}
                try:
                    sock.send(frame(json.dumps(["resize", size])))
                except (BlockingIOError, ConnectionError):
                    break
                if not Path(f"/proc/{app}").exists():
                    break
                await asyncio.sleep(0.05)
            took = wait_until_gone({app}, timeout=15) + (time.monotonic() - start)
            server.logged("the page stopped reading")
        finally:
            sock.close()
        assert took - SHORT_STALL_SECONDS + STALL_SECONDS < 12


@pytest.fixture(scope="module")
def one_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One server for the malformed messages below: each ends its own
    session, and a session's log is what the server wrote meanwhile."""
    with serving(tmp_path_factory.mktemp("serve"), path=SEED) as server:
        yield server


@pytest.mark.parametrize("message", [
    "not json", "{}", "[]", '[1, "x"]', '["stdin", 5]', '["resize", "big"]',
    '["resize", {"width": "9", "height": 9}]', '["ping", {"a": 1}]', '["exec", "ls"]'])
async def test_a_malformed_message_ends_the_session_with_one_log_line(
        one_server: Served, message: str) -> None:
    import aiohttp

    server = one_server
    await wait_for_no_apps(server)  # the previous message's session is over
    since = len(server.stderr())
    async with aiohttp.ClientSession() as session, session.ws_connect(server.ws()) as ws:
        page = Page(ws)
        await page.until(TITLE)
        app = await one_app(server)
        await ws.send_str(message)
        await page.closed()
    assert wait_until_gone({app}, timeout=10) < 5
    log = server.logged("ended", since=since)
    assert len(log.splitlines()) == 1 and "Traceback" not in log, log
    assert re.fullmatch(r"briefing serve: session from 127\.0\.0\.1 ended: a .+; closed\n",
                        log), log
