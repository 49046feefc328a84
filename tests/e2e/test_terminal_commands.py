"""The headless commands in a real terminal that obeys escape sequences:
tmux with `set-clipboard on` turns an OSC 52 into a paste buffer and an
OSC 0 into the pane's title. After check, export, diff and history over a
hostile briefing, neither has happened and the escapes are shown as text.

Skips where tmux is missing; `.ci/run` installs it so the test runs on CI.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.core.test_terminal_output import OSC0, hostile_data, write_yaml

pytestmark = pytest.mark.e2e

TMUX = shutil.which("tmux")
BRIEFING = Path(sys.executable).parent / "briefing"


def test_no_command_sets_the_clipboard_or_the_title(tmp_path: Path) -> None:
    if TMUX is None or shutil.which("git") is None:
        pytest.skip("tmux or git is not installed; .ci/run installs both on CI")
    if not BRIEFING.exists():
        pytest.skip(f"{BRIEFING} not found: install the project (make test does)")
    write_yaml(tmp_path / f"old{OSC0}.yaml", hostile_data())
    write_yaml(tmp_path / "new.yaml", hostile_data(" changed"))
    broken = hostile_data()
    broken["sources"][0]["url"] = "https://example.com/\x1b]52;c;ZXZpbA==\x07"
    write_yaml(tmp_path / "broken.yaml", broken)
    for args in (["init", "-q"], ["add", "new.yaml"],
                 ["-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m",
                  "Subject \x1b]52;c;ZXZpbA==\x07\x1b]0;pwned\x07"]):
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True)
    b = shlex.quote(str(BRIEFING))
    script = tmp_path / "run.sh"
    script.write_text("\n".join([
        "read go",
        f"{b} check broken.yaml old*.yaml",
        *(f"{b} export new.yaml {options}" for options in (
            "", "--format json", "--format csv --table quotes", "--front-matter hugo")),
        f"{b} diff old*.yaml new.yaml",
        f"{b} history new.yaml",
        "echo ALL-DONE",
        "sleep 60",
    ]) + "\n", encoding="utf-8")

    socket = ["-L", f"briefing-e2e-{uuid.uuid4().hex[:8]}"]

    def tmux(*args: str) -> str:
        return subprocess.run([TMUX, *socket, *args], capture_output=True, text=True,
                              check=False, timeout=10).stdout

    subprocess.run([TMUX, *socket, "new-session", "-d", "-s", "t", "-x", "200", "-y", "50",
                    "-c", str(tmp_path), f"sh {shlex.quote(str(script))}"],
                   check=True, timeout=10)
    try:
        tmux("set", "-g", "set-clipboard", "on")
        tmux("set", "-g", "allow-rename", "on")
        title = tmux("display", "-p", "-t", "t", "#{pane_title}")
        tmux("send-keys", "-t", "t", "Enter")  # the commands run only now
        deadline = time.monotonic() + 60
        while "ALL-DONE" not in (screen := tmux("capture-pane", "-p", "-t", "t", "-S", "-")):
            assert time.monotonic() < deadline, screen
            time.sleep(0.05)
        assert tmux("list-buffers") == ""  # no OSC 52 reached tmux
        assert tmux("display", "-p", "-t", "t", "#{pane_title}") == title  # nor OSC 0
        assert "\\x1b]52;c;ZXZpbA==\\x07" in screen  # the check's and history's, shown
    finally:
        subprocess.run([TMUX, *socket, "kill-server"], capture_output=True, check=False,
                       timeout=10)
