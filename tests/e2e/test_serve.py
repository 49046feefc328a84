"""`briefing serve`: the app in a browser through textual-serve, started on a
free port on 127.0.0.1 by each test and stopped by it. First over the
websocket the page uses, then in a real headless Chromium driven by
Playwright (the system's chromium; never a downloaded browser). The guard
(host, origin, token) is tested in test_serve_guard.py, the sessions' bounds
in test_serve_sessions.py."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.e2e.serving import ESCAPES, Page, Served, free_port, serving

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Served]:
    """`briefing serve SEED` on a free port."""
    with serving(tmp_path, path=SEED) as served:
        yield served


async def test_over_the_websocket_keys_reach_the_app_and_export_is_a_download(
        server: Served, private_parse_cache: Path) -> None:
    import aiohttp

    seed_files = sorted(SEED.parent.iterdir())
    async with aiohttp.ClientSession() as session, session.ws_connect(server.ws()) as ws:
        page = Page(ws)
        await page.until("Iranian missiles target US forces in Iraq")
        page.seen.clear()
        await page.send("stdin", "3")  # the casualty claims pane
        await page.until("DISPUTED")
        await page.send("stdin", "e")
        await page.until("Write it to")
        await page.send("stdin", "\r")
        await page.until("deliver_file_start")
        key = next(json.loads(t)[1] for t in page.texts if "deliver_file_start" in t)
        async with session.get(f"{server.base}/download/{key}") as response:
            assert response.status == 403  # a download needs the token too
        async with session.get(f"{server.base}/download/{key}?token={server.token}") as response:
            body = await response.text()
        assert body.startswith("# Iranian missiles target US forces in Iraq")
    # Nothing was written on the server: no export, no cache entry, no change.
    assert list(server.cwd.iterdir()) == []
    assert list(private_parse_cache.iterdir()) == []
    assert sorted(SEED.parent.iterdir()) == seed_files


def test_in_headless_chromium_the_printed_address_loads_and_keys_reach_the_app(
        server: Served, tmp_path: Path) -> None:
    """The page opened at the printed address (with its token) keeps the
    token in a cookie: its websocket, which carries no token, is let in;
    the same page without the token is refused."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
    playwright = pytest.importorskip("playwright.sync_api",
                                     reason="needs playwright (make test installs it)")
    frames: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox"])
        try:
            refused = browser.new_page()
            response = refused.goto(server.base)
            assert response is not None and response.status == 403
            assert "Token needed" in refused.content()
            refused.close()
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.on("websocket", lambda ws: ws.on(
                "framereceived", lambda payload: frames.append(
                    payload.decode("utf-8", "replace") if isinstance(payload, bytes)
                    else payload)))
            assert server.printed.startswith(f"{server.base}/?token=")
            page.goto(server.printed)
            cookies = page.context.cookies()
            assert [(c["name"], c["httpOnly"], c["sameSite"]) for c in cookies] == [
                (f"briefing-token-{server.port}", True, "Strict")]

            def wait_for(text: str) -> None:
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    if text in ESCAPES.sub("", "".join(frames)):
                        return
                    page.wait_for_timeout(200)
                raise AssertionError(f"{text!r} never reached the page")

            wait_for("Iranian missiles target US forces in Iraq")
            page.locator("body").click()
            frames.clear()
            page.keyboard.press("?")  # the help dialog
            wait_for("Everywhere")
            shot = tmp_path / "browser.png"
            page.screenshot(path=str(shot))
        finally:
            browser.close()
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 800)


def folder_with_neighbours(tmp_path: Path) -> Path:
    """A folder: SEED, a briefing in a subfolder, and a link to one outside."""
    folder = tmp_path / "served"
    (folder / "sub").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    data = SEED.read_text(encoding="utf-8")
    (folder / "seed.yaml").write_text(data, encoding="utf-8")
    (folder / "sub" / "neighbour.yaml").write_text(
        data.replace("Iranian missiles target US forces in Iraq", "Neighbour in a subfolder"),
        encoding="utf-8")
    (outside / "secret.yaml").write_text(
        data.replace("Iranian missiles target US forces in Iraq", "Secret from outside"),
        encoding="utf-8")
    (folder / "linked.yaml").symlink_to(outside / "secret.yaml")
    return folder


async def test_a_served_file_cannot_reach_its_folder(tmp_path: Path) -> None:
    """Escape and backspace on the served briefing say it is served alone;
    the folder's other briefings never reach the page."""
    import aiohttp

    folder = folder_with_neighbours(tmp_path)
    with serving(tmp_path, path=folder / "seed.yaml") as server:
        async with aiohttp.ClientSession() as session, session.ws_connect(server.ws()) as ws:
            page = Page(ws)
            await page.until("Iranian missiles target US forces in Iraq")
            await page.send("stdin", "\x1b")
            await page.until("Only this briefing is served here")
            page.seen.clear()
            await page.send("stdin", "\x7f")  # backspace
            await page.until("Only this briefing is served here")
            shown = "".join(page.texts) + "".join(
                b.decode("utf-8", "replace") for b in page.seen)
            for other in ("Library", "Neighbour in a subfolder", "Secret from outside"):
                assert other not in shown


def test_the_port_is_checked_before_anything_is_announced(
        capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("textual_serve", reason="needs briefing[serve] (make test installs it)")
    from tui.cli import main

    for bad in ("70000", "0", "-1", "http"):
        with pytest.raises(SystemExit) as exit_:
            main(["serve", "--port", bad])
        assert exit_.value.code == 2
        out, err = capsys.readouterr()
        assert out == "" and "Traceback" not in err
        assert err.splitlines()[-1].endswith(f"argument --port: {bad!r} is not a port "
                                             "(1-65535)")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", str(SEED), "--port", str(port)]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # nothing announced
    assert err == f"briefing: port {port} is in use (choose another with --port)\n"


def test_without_the_extra_pip_and_pipx_users_are_told_how_to_get_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "tui.serve_server", raising=False)
    monkeypatch.setattr(sys, "prefix", "/home/u/.venv")
    assert main(["serve", str(SEED)]) == 2
    assert capsys.readouterr().err == (
        "briefing: serve needs textual-serve: pip install 'briefing[serve]' (installed "
        "with pipx: pipx inject briefing textual-serve)\n")
    monkeypatch.setattr(sys, "prefix", "/home/u/.local/share/pipx/venvs/briefing")
    assert main(["serve", str(SEED)]) == 2
    assert capsys.readouterr().err == (
        "briefing: serve needs textual-serve: pipx inject briefing textual-serve\n")


def test_another_host_is_warned_about_and_the_served_app_writes_nothing(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """No server is started here: the server class is replaced by one that
    records how it was asked to serve."""
    pytest.importorskip("textual_serve", reason="needs briefing[serve] (make test installs it)")
    import tui.serve_server
    from tui.cli import main

    asked: list[tuple[str, ...]] = []

    class Recorder:
        def __init__(self, command: str, **options: object) -> None:
            asked.append((command,))

        def serve_on(self, sockets: list[socket.socket]) -> None:
            asked.append(tuple(str(s.getsockname()[1]) for s in sockets))
            for sock in sockets:
                sock.close()

    monkeypatch.setattr(tui.serve_server, "GuardedServer", Recorder)
    monkeypatch.setenv("BRIEFING_CACHE", "on")
    monkeypatch.delenv("BRIEFING_CONFINE", raising=False)
    port = free_port()
    assert main(["serve", str(SEED), "--host", "0.0.0.0", "--port", str(port)]) == 0
    out, err = capsys.readouterr()
    assert "not a multi-user server" in err and "--allow-host NAME" in err
    # The address to open is this machine's, never 0.0.0.0.
    assert out.startswith(f"Serving briefing on http://127.0.0.1:{port}/?token=")
    # Each app process, and it alone, writes no cache and shows nothing
    # outside PATH; this process's environment is left as it was.
    assert asked[0][0].startswith("exec env BRIEFING_CACHE=off BRIEFING_READ_ONLY=1 "
                                  "BRIEFING_CONFINE=1 ")
    assert asked[0][0].endswith(f"-m tui {SEED}")
    assert asked[1] == (str(port),)
    assert os.environ["BRIEFING_CACHE"] == "on"
    assert "BRIEFING_CONFINE" not in os.environ and "BRIEFING_READ_ONLY" not in os.environ
    asked.clear()
    assert main(["serve", "--port", str(port), "--token", "sesame"]) == 0
    out, err = capsys.readouterr()
    assert err == ""  # localhost, with a token: no warning
    assert out == f"Serving briefing on http://127.0.0.1:{port}/?token=sesame (Ctrl+C stops)\n"
