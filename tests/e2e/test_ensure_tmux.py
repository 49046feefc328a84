"""`.ci/ensure-tmux`, which `make test` runs before the tests: it must never
fail, and must say why the real-terminal test will skip when it cannot help."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "ensure-tmux"


def run_with_only(tmp_path: Path, tools: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the script with a PATH holding only bash, id and the given fake tools."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("bash", "id", "env"):
        real = shutil.which(name)
        if real is None:
            pytest.skip(f"{name} is not available")
        (bin_dir / name).symlink_to(real)
    for name, body in tools.items():
        tool = bin_dir / name
        tool.write_text(f"#!{shutil.which('bash')}\n{body}\n")
        tool.chmod(0o755)
    return subprocess.run([str(bin_dir / "bash"), str(SCRIPT)], capture_output=True, text=True,
                          env={**os.environ, "PATH": str(bin_dir)}, timeout=30)


def test_quiet_when_tmux_is_there(tmp_path: Path) -> None:
    result = run_with_only(tmp_path, {"tmux": "exit 0"})
    assert result.returncode == 0 and result.stderr == ""


def test_says_the_test_will_skip_when_it_cannot_install(tmp_path: Path) -> None:
    result = run_with_only(tmp_path, {})  # no tmux, no apt-get
    assert result.returncode == 0
    assert "tmux is missing" in result.stderr and "skipped" in result.stderr


def test_installs_through_apt_get_when_allowed(tmp_path: Path) -> None:
    log = tmp_path / "apt.log"
    # a fake apt-get that records its arguments; a fake sudo that needs no password
    tools = {"apt-get": f'echo "$@" >> {log}', "sudo": '[ "$1" = -n ] && shift; "$@"'}
    result = run_with_only(tmp_path, tools)
    assert result.returncode == 0
    calls = log.read_text()
    # as root the script calls apt-get directly; otherwise through `sudo -n`
    assert "update -qq" in calls and "install -y -qq tmux" in calls
    assert "installing tmux" in result.stderr
