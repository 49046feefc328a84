"""`briefing serve`: the app in a browser through textual-serve, started on a
free port on 127.0.0.1 by each test and stopped by it. First over the
websocket the page uses, then in a real headless Chromium driven by
Playwright (the system's chromium; never a downloaded browser)."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.e2e

BRIEFING = Path(sys.executable).parent / "briefing"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`briefing serve SEED` on a free port; its URL and working folder."""
    pytest.importorskip("textual_serve", reason="needs briefing[serve] (make test installs it)")
    folder = tmp_path / "server-cwd"
    folder.mkdir()
    port = free_port()
    process = subprocess.Popen([str(BRIEFING), "serve", str(SEED), "--port", str(port)],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "COLUMNS": "100", "LINES": "30"})
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                time.sleep(0.1)
        else:
            pytest.fail("briefing serve did not start listening")
        yield f"http://127.0.0.1:{port}", folder
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def screen_text(chunks: list[bytes]) -> str:
    return _ESCAPES.sub("", b"".join(chunks).decode("utf-8", "replace"))


async def test_over_the_websocket_keys_reach_the_app_and_export_is_a_download(
        server: tuple[str, Path], private_parse_cache: Path) -> None:
    import aiohttp

    url, server_cwd = server
    seed_files = sorted(SEED.parent.iterdir())
    async with aiohttp.ClientSession() as session, session.ws_connect(
            f"{url}/ws?width=100&height=30") as ws:
        seen: list[bytes] = []
        texts: list[str] = []

        async def until(found: str, timeout: float = 20) -> None:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if found in screen_text(seen) or any(found in t for t in texts):
                    return
                try:
                    message = await ws.receive(timeout=1)
                except TimeoutError:
                    continue
                if message.type == aiohttp.WSMsgType.BINARY:
                    seen.append(message.data)
                elif message.type == aiohttp.WSMsgType.TEXT:
                    texts.append(message.data)
            raise AssertionError(f"{found!r} never came; screen: {screen_text(seen)[-2000:]}")

        await until("Iranian missiles target US forces in Iraq")
        seen.clear()
        await ws.send_str(json.dumps(["stdin", "3"]))  # the casualty claims pane
        await until("DISPUTED")
        await ws.send_str(json.dumps(["stdin", "e"]))
        await until("Write it to")
        await ws.send_str(json.dumps(["stdin", "\r"]))
        await until("deliver_file_start")
        key = next(json.loads(t)[1] for t in texts if "deliver_file_start" in t)
        async with session.get(f"{url}/download/{key}") as response:
            body = await response.text()
        assert body.startswith("# Iranian missiles target US forces in Iraq")
    # Nothing was written on the server: no export, no cache entry, no change.
    assert list(server_cwd.iterdir()) == []
    assert list(private_parse_cache.iterdir()) == []
    assert sorted(SEED.parent.iterdir()) == seed_files


def test_in_headless_chromium_the_page_loads_and_keys_reach_the_app(
        server: tuple[str, Path], tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
    playwright = pytest.importorskip("playwright.sync_api",
                                     reason="needs playwright (make test installs it)")
    url, _ = server
    frames: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.on("websocket", lambda ws: ws.on(
                "framereceived", lambda payload: frames.append(
                    payload.decode("utf-8", "replace") if isinstance(payload, bytes)
                    else payload)))
            page.goto(url)

            def wait_for(text: str) -> None:
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    if text in _ESCAPES.sub("", "".join(frames)):
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


def test_another_host_is_warned_about_and_the_served_app_writes_nothing(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """No server is started here: textual-serve's Server is replaced by one
    that records how it was asked to serve."""
    pytest.importorskip("textual_serve", reason="needs briefing[serve] (make test installs it)")
    import textual_serve.server

    from tui.cli import main

    asked: list[tuple[str, str, int]] = []

    class Recorder:
        def __init__(self, command: str, host: str, port: int, title: str) -> None:
            asked.append((command, host, port))

        def serve(self) -> None:
            asked.append(("served", os.environ["BRIEFING_CACHE"], 0))

    monkeypatch.setattr(textual_serve.server, "Server", Recorder)
    monkeypatch.setattr("tui.serve.listen_error", lambda host, port: None)  # nothing binds
    monkeypatch.setenv("BRIEFING_CACHE", "on")
    monkeypatch.delenv("BRIEFING_READ_ONLY", raising=False)
    assert main(["serve", str(SEED), "--host", "0.0.0.0", "--port", "8123"]) == 0
    assert "no authentication" in capsys.readouterr().err
    command, host, port = asked[0]
    assert (host, port) == ("0.0.0.0", 8123) and command.endswith(f"-m tui {SEED}")
    assert asked[1] == ("served", "off", 0)  # the served processes write no cache
    asked.clear()
    assert main(["serve"]) == 0
    assert capsys.readouterr().err == ""  # localhost: no warning
    assert asked[0][1:] == ("127.0.0.1", 8000)


def run_serve(*args: str) -> subprocess.CompletedProcess[str]:
    """`briefing serve SEED ARGS`, expected to give up at once (killed after 30 s)."""
    return subprocess.run([str(BRIEFING), "serve", str(SEED), *args], capture_output=True,
                          text=True, timeout=30, check=False)


@pytest.mark.parametrize("port", ["70000", "0", "-1"])
def test_a_port_out_of_range_is_one_line_and_exit_2(port: str) -> None:
    pytest.importorskip("textual_serve", reason="needs briefing[serve] (make test installs it)")
    done = run_serve("--port", port)
    assert done.returncode == 2
    assert done.stderr == f"briefing: --port must be from 1 to 65535, not {port}\n"
    assert "Serving" not in done.stdout


def test_a_port_in_use_is_one_line_and_exit_2_before_serving() -> None:
    pytest.importorskip("textual_serve", reason="needs briefing[serve] (make test installs it)")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_serve("--port", str(port))
    assert done.returncode == 2
    assert done.stderr == (f"briefing: cannot listen on 127.0.0.1 port {port}: "
                           "Address already in use\n")
    assert "Serving" not in done.stdout


@pytest.mark.parametrize("host", ["no-such-host.invalid", "192.0.2.1"])  # 192.0.2.1: not ours
def test_a_host_that_is_not_ours_is_one_line_and_exit_2(host: str) -> None:
    pytest.importorskip("textual_serve", reason="needs briefing[serve] (make test installs it)")
    done = run_serve("--host", host, "--port", str(free_port()))
    assert done.returncode == 2
    assert done.stderr.startswith(f"briefing: cannot listen on {host}")
    assert done.stderr.count("\n") == 1 and "Serving" not in done.stdout
