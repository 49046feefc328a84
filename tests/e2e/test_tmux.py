"""End to end in a real terminal: `briefing` in tmux, keys sent, screen read.

Skips (with the reason printed by `-rs`) where tmux is missing; `.ci/run`
installs it so the test runs on CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.e2e

TMUX = shutil.which("tmux")
BRIEFING = Path(sys.executable).parent / "briefing"


@pytest.fixture
def tmux_session(tmp_path: Path) -> Iterator[Callable[..., str]]:
    if TMUX is None:
        pytest.skip("tmux is not installed (apt-get install tmux); .ci/run installs it on CI")
    if not BRIEFING.exists():
        pytest.skip(f"{BRIEFING} not found: install the project (make test does)")
    name = f"briefing-e2e-{uuid.uuid4().hex[:8]}"
    socket = ["-L", name]

    def tmux(*args: str) -> str:
        return subprocess.run([TMUX, *socket, *args], capture_output=True, text=True,
                              check=False, timeout=10, env=_clean_env()).stdout

    def start(*argv: str, size: tuple[int, int] = (120, 40), env: str = "") -> str:
        command = " ".join([str(BRIEFING), *argv])
        if env:
            command = f"{env} {command}"
        subprocess.run([TMUX, *socket, "new-session", "-d", "-s", name,
                        "-x", str(size[0]), "-y", str(size[1]),
                        "-c", str(tmp_path), f"env -u COLUMNS -u LINES {command}"],
                       check=True, timeout=10, env=_clean_env())
        return name

    tmux.start = start  # type: ignore[attr-defined]
    yield tmux
    subprocess.run([TMUX, *socket, "kill-server"], capture_output=True, check=False, timeout=10)


def _clean_env() -> dict[str, str]:
    """pytest (and some shells) export COLUMNS/LINES; the app must measure the real pane."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}
    env["TERM"] = "xterm-256color"
    return env


def wait_for_screen(tmux: Callable[..., str], text: str, timeout: float = 15.0,
                    gone: bool = False) -> str:
    """The screen once `text` is on it (or, `gone`, once it is not)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p")
        if (text in screen) != gone:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never {'went' if gone else 'appeared'}; screen was:\n"
                         f"{screen}")


def wait_for_exit(tmux: Callable[..., str]) -> None:
    """Until the app has quit and its tmux session with it."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and "briefing" in tmux("list-sessions"):
        time.sleep(0.05)
    assert tmux("list-sessions") == ""


def test_library_open_export_quit_in_real_terminal(tmux_session: Callable[..., str],
                                                   tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(SEED, library / SEED.name)
    tmux = tmux_session
    tmux.start(str(library))  # type: ignore[attr-defined]
    wait_for_screen(tmux, "1 of 1 briefings")
    tmux("send-keys", "Enter")
    wait_for_screen(tmux, "3 Casualty claims")
    screen = wait_for_screen(tmux, "80 vs 0")  # a frame can come before the panes' rows
    for title in ("1 Summary", "2 Quotes", "4 Reactions by country"):
        assert title in screen
    assert "DISPUTED" in screen and "80 vs 0" in screen
    tmux("send-keys", "e")
    wait_for_screen(tmux, "Write it to")
    tmux("send-keys", "Enter")
    out = tmp_path / f"{SEED.stem}.md"
    wait_for_screen(tmux, "Exported to")
    assert out.read_text(encoding="utf-8").startswith("# Iranian missiles target US forces")
    tmux("send-keys", "q")
    wait_for_exit(tmux)


def test_small_terminal_library_burst_and_back_from_a_file(tmux_session: Callable[..., str],
                                                          tmp_path: Path) -> None:
    """At 40x12: help stays in the key bar; a word typed in one write lands
    whole in the library's filter; escape from a file opens its folder."""
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(SEED, library / SEED.name)
    tmux = tmux_session
    tmux.start(str(library / SEED.name), size=(40, 12))  # type: ignore[attr-defined]
    screen = wait_for_screen(tmux, "1 Summary")
    assert "? Help" in screen.splitlines()[-1]
    tmux("send-keys", "Escape")
    wait_for_screen(tmux, "1 of 1 briefings")
    tmux("send-keys", "qatar")  # one write: q and r are letters here
    screen = wait_for_screen(tmux, "0 of 1 briefings")
    assert "qatar" in screen and "f1 Help" in screen
    tmux("send-keys", "C-u")
    wait_for_screen(tmux, "1 of 1 briefings")
    tmux("send-keys", "C-q")
    wait_for_exit(tmux)


def test_o_edits_the_file_in_the_users_editor_and_reloads(tmux_session: Callable[..., str],
                                                          tmp_path: Path) -> None:
    """o hands the terminal to $EDITOR at the selected item's line; the edit
    shows when the editor exits."""
    path = tmp_path / "iran.yaml"
    shutil.copy(SEED, path)
    called = tmp_path / "editor-args"
    (tmp_path / "bin").mkdir()
    editor = tmp_path / "bin" / "vi"  # a vi: it takes +LINE
    editor.write_text("#!/bin/sh\n"
                      f'echo "$@" > "{called}"\n'
                      'file="$2"\n'
                      "sed -i 's/^title: .*/title: Edited in the editor/' \"$file\"\n")
    editor.chmod(0o755)
    tmux = tmux_session
    tmux.start(str(path), env=f"EDITOR=nano VISUAL={editor}")  # type: ignore[attr-defined]
    wait_for_screen(tmux, "2 Quotes")
    tmux("send-keys", "2")
    tmux("send-keys", "G")
    wait_for_screen(tmux, "ourselves against any aggression")  # the last quote, selected
    tmux("send-keys", "o")
    wait_for_screen(tmux, "Edited in the editor")
    line, file = called.read_text().split()
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert file == str(path) and line.startswith("+")
    assert lines[int(line[1:]) - 1].strip().startswith("- speaker:")  # the last quote's line


@pytest.mark.parametrize("kind", ["missing", "unrunnable"])
def test_an_editor_that_cannot_start_leaves_the_app_usable(
        tmux_session: Callable[..., str], tmp_path: Path, kind: str) -> None:
    """o with $EDITOR naming no command, or a command whose interpreter is
    missing (it fails once the terminal is handed over): the screen comes
    back, says which command, and keys still work."""
    path = tmp_path / "iran.yaml"
    shutil.copy(SEED, path)
    editor = "/nonexistent/editor"
    if kind == "unrunnable":
        script = tmp_path / "broken-editor"
        script.write_text("#!/nonexistent/interpreter\n")
        script.chmod(0o755)
        editor = str(script)
    tmux = tmux_session
    tmux.start(str(path), size=(80, 24), env=f"VISUAL= EDITOR={editor}")  # type: ignore[attr-defined]
    wait_for_screen(tmux, "1 Summary")
    tmux("send-keys", "o")
    screen = wait_for_screen(tmux, "Cannot start")
    assert "1 Summary" in screen  # the app is drawn again, not a blank terminal
    if kind == "missing":
        assert editor in screen
    tmux("send-keys", "?")
    # The help's key bar, drawn after its list (a notification can cover its border).
    assert "Keys" in wait_for_screen(tmux, "Scroll  esc  Close")
    tmux("send-keys", "Escape")
    # Closed before `q` is sent: an escape and a key close behind it are alt+key.
    wait_for_screen(tmux, "Scroll  esc  Close", gone=True)
    tmux("send-keys", "q")
    wait_for_exit(tmux)


def test_the_smallest_terminal_keeps_a_one_line_header_and_shows_quit(
        tmux_session: Callable[..., str], tmp_path: Path) -> None:
    """At 40x12: the header is one line, the tabs in the pane's border,
    search results under the open field, and the library says how to quit."""
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(SEED, library / SEED.name)
    tmux = tmux_session
    tmux.start(str(library / SEED.name), size=(40, 12))  # type: ignore[attr-defined]
    screen = wait_for_screen(tmux, "1 Summary")
    lines = screen.splitlines()
    assert "⚠ 2 disputed" in lines[0] and lines[1].startswith("╭─  1 Summary  2  3")
    tmux("send-keys", "/")
    wait_for_screen(tmux, "search every pane")
    tmux("send-keys", "killed")
    lines = wait_for_screen(tmux, "of 8 ─╯").splitlines()
    inside = [line for line in lines if line.startswith("│")]
    assert len(inside) >= 6 and any("killed" in line for line in inside)
    tmux("send-keys", "Escape")
    wait_for_screen(tmux, "q Quit")  # the search closed: the next escape is its own
    tmux("send-keys", "Escape")
    screen = wait_for_screen(tmux, "1 of 1 briefings")
    assert "^q Quit" in screen.splitlines()[-1]
    tmux("send-keys", "C-q")
    wait_for_exit(tmux)


def test_ctrl_o_in_the_library_with_a_missing_editor(tmux_session: Callable[..., str],
                                                     tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(SEED, library / SEED.name)
    tmux = tmux_session
    tmux.start(str(library), env="VISUAL= EDITOR=/nonexistent/editor")  # type: ignore[attr-defined]
    wait_for_screen(tmux, "1 of 1 briefings")
    tmux("send-keys", "C-o")
    screen = wait_for_screen(tmux, "Cannot start /nonexistent/editor")
    assert "1 of 1 briefings" in screen  # the library is drawn again
    tmux("send-keys", "iran")  # and still takes keys
    wait_for_screen(tmux, "iran")
    tmux("send-keys", "C-q")
    wait_for_exit(tmux)


def test_an_escape_sequence_in_editor_is_not_obeyed_by_the_terminal(
        tmux_session: Callable[..., str], tmp_path: Path) -> None:
    """$EDITOR holding ESC [31m: the notification names the command, and the
    terminal draws "RED" in the notification's colour, not in red."""
    path = tmp_path / "iran.yaml"
    shutil.copy(SEED, path)
    tmux = tmux_session
    tmux.start(str(path), size=(80, 24),  # type: ignore[attr-defined]
               env="VISUAL= EDITOR=\"$(printf '/no/ed\\033[31mRED')\"")
    wait_for_screen(tmux, "1 Summary")
    tmux("send-keys", "o")
    wait_for_screen(tmux, "Cannot start")
    coloured = tmux("capture-pane", "-p", "-e")
    assert "RED" in coloured and "\x1b[31mRED" not in coloured
    tmux("send-keys", "q")
    wait_for_exit(tmux)
