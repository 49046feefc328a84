"""Names that lead to something other than a regular file (a device that
never ends, a FIFO that waits for a writer) are refused quickly with a
located error, by `check`, `draft` and the app's `o` alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.core.format.reading import FileTooBigError, NotRegularFileError, read_regular

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def _limit_memory() -> None:
    # Before the fix, /dev/zero was read to the end of memory: the test's
    # process is kept to a share of the machine that fails fast instead.
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, which a hang or a memory blow-up
    cannot take the test run down with."""
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=30, preexec_fn=_limit_memory, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def specials(tmp_path: Path) -> Path:
    """A folder with `zero.yaml`, a link to /dev/zero, and `pipe.yaml`, a FIFO
    nothing writes to."""
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.yaml")
    return tmp_path


def test_check_refuses_a_link_to_dev_zero(specials: Path) -> None:
    run = briefing("check", "zero.yaml", cwd=specials)
    assert run.returncode == 1, run.stderr
    assert "zero.yaml:1:1: document: is a device, not a regular file; not read" in run.stdout
    assert "Traceback" not in run.stderr and "MemoryError" not in run.stderr


@needs_fifo
def test_check_refuses_a_fifo_without_waiting_for_a_writer(specials: Path) -> None:
    run = briefing("check", "pipe.yaml", cwd=specials)
    assert run.returncode == 1, run.stderr
    assert ("pipe.yaml:1:1: document: is a FIFO (named pipe), not a regular file; not read"
            in run.stdout)


@needs_fifo
def test_draft_refuses_what_is_not_a_regular_file(specials: Path) -> None:
    for name, kind in (("pipe.yaml", "a FIFO (named pipe)"), ("zero.yaml", "a device")):
        run = briefing("draft", name, cwd=specials)
        assert run.returncode == 1
        assert run.stderr == f"briefing: cannot read {name}: is {kind}, not a regular file\n"


def test_the_editor_line_lookup_does_not_read_a_device(specials: Path) -> None:
    """`o` looks up the selected item's line in the file: not in /dev/zero."""
    code = "from tui.core.format.locate import line_of; print(line_of('zero.yaml', 'quotes'))"
    run = subprocess.run([sys.executable, "-c", code], cwd=specials, capture_output=True,
                         text=True, timeout=30, preexec_fn=_limit_memory, check=False,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (run.returncode, run.stdout) == (0, "1\n"), run.stderr


def test_read_regular_reads_no_more_than_the_bound(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"x" * 10)
    assert read_regular(path, 10) == b"x" * 10
    with pytest.raises(FileTooBigError) as raised:
        read_regular(path, 9)
    assert raised.value.size == 10
    with pytest.raises(IsADirectoryError):
        read_regular(tmp_path, 10)
    if os.path.exists("/dev/zero"):
        with pytest.raises(NotRegularFileError, match="is a device, not a regular file"):
            read_regular("/dev/zero", 10)
