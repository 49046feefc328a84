"""`briefing serve` answers only its own pages, by its own names, with its
token: each checked against a real server on a free port of 127.0.0.1, over
HTTP and over the websocket as a page (or another site's page) opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.e2e.serving import Page, Served, serving

pytestmark = pytest.mark.e2e

TITLE = "Iranian missiles target US forces in Iraq"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Served]:
    with serving(tmp_path, "--allow-host", "briefing.test", path=SEED) as served:
        yield served


async def status(url: str, **headers: str) -> tuple[int, str]:
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as r:
        return r.status, await r.text()


async def ws_status(url: str, **headers: str) -> int:
    """101 when the websocket opens (and shows the briefing), else the
    status it was refused with."""
    import aiohttp

    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, headers=headers) as ws:
                await Page(ws).until(TITLE)
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


async def test_a_page_of_another_site_cannot_open_the_websocket(server: Served) -> None:
    assert await ws_status(server.ws(), Origin="http://evil.example") == 403
    assert await ws_status(server.ws(), Origin="null") == 403
    assert await ws_status(server.ws(), Origin=f"http://127.0.0.1:{server.port + 1}") == 403
    # The page's own origin, as the browser used it.
    assert await ws_status(server.ws(), Origin=server.base) == 101
    assert "refused a request from the page of 'http://evil.example'" in server.stderr()


async def test_an_unknown_host_is_refused_against_dns_rebinding(server: Served) -> None:
    page = f"{server.base}/?token={server.token}"
    code, text = await status(page, Host=f"evil.example:{server.port}")
    assert code == 403 and "--allow-host NAME" in text
    assert await ws_status(server.ws(), Host=f"evil.example:{server.port}") == 403
    assert (await status(page, Host=f"localhost:{server.port} <b>"))[0] == 403
    for name in ("localhost", "127.0.0.1", "[::1]", "briefing.test", "BRIEFING.test"):
        assert (await status(page, Host=f"{name}:{server.port}"))[0] == 200, name
    assert await ws_status(server.ws(), Host=f"briefing.test:{server.port}",
                           Origin=f"http://briefing.test:{server.port}") == 101


async def test_without_the_token_nothing_is_served(server: Served) -> None:
    assert server.token is not None and len(server.token) >= 32
    for url in (f"{server.base}/", f"{server.base}/?token=wrong",
                f"{server.base}/?token={server.token[:-1]}",
                f"{server.base}/static/js/textual.js"):
        code, text = await status(url)
        assert code == 403 and "Token needed" in text, url
    assert (await status(f"{server.base}/", Cookie=f"briefing-token-{server.port}=wrong"))[0] \
        == 403
    assert await ws_status(server.ws(token=None)) == 403
    assert await ws_status(server.ws(token="wrong")) == 403


async def test_the_token_in_the_query_sets_a_cookie_that_then_lets_in(server: Served) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(server.printed) as response:
        assert response.status == 200
        cookie = response.cookies[f"briefing-token-{server.port}"]
        assert cookie.value == server.token
        assert cookie["httponly"] and cookie["samesite"] == "Strict"
    header = f"briefing-token-{server.port}={server.token}"
    assert (await status(f"{server.base}/", Cookie=header))[0] == 200
    assert (await status(f"{server.base}/static/js/textual.js", Cookie=header))[0] == 200
    assert await ws_status(server.ws(token=None), Cookie=header) == 101


async def test_no_token_is_warned_about_and_then_needs_none(tmp_path: Path) -> None:
    with serving(tmp_path, "--no-token", path=SEED) as server:
        assert server.printed == f"{server.base}/"
        assert server.stderr() == ("briefing: warning: --no-token: anyone who can reach this "
                                   "server can read these briefings\n")
        assert (await status(f"{server.base}/"))[0] == 200
        assert await ws_status(server.ws(token=None)) == 101


async def test_the_websocket_address_follows_the_one_the_browser_used(tmp_path: Path) -> None:
    with serving(tmp_path, "--host", "0.0.0.0", "--allow-host", "briefs.lan",
                 path=SEED) as server:
        assert server.printed.startswith(f"http://127.0.0.1:{server.port}/?token=")
        page = f"{server.base}/?token={server.token}"
        _, text = await status(page)
        assert f'data-session-websocket-url="ws://127.0.0.1:{server.port}/ws"' in text
        assert "0.0.0.0" not in text
        _, text = await status(page, Host=f"briefs.lan:{server.port}")
        assert f'data-session-websocket-url="ws://briefs.lan:{server.port}/ws"' in text
        assert f'href="http://briefs.lan:{server.port}/static/css/xterm.css"' in text
    with serving(tmp_path, "--public-url", "https://briefs.example", path=SEED) as server:
        assert server.printed.startswith("https://briefs.example/?token=")
        _, text = await status(f"{server.base}/?token={server.token}")
        assert 'data-session-websocket-url="wss://briefs.example/ws"' in text
        # The proxy's name and origin are the server's own.
        assert await ws_status(server.ws(), Host="briefs.example",
                               Origin="https://briefs.example") == 101
