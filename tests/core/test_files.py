"""Atomic output files: complete or absent, never clobbering what is not asked."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED
from tui.cli import main
from tui.core.export import files
from tui.core.export.files import NotAFileError, OutputExistsError, write_atomic


def test_write_atomic_leaves_old_file_on_failure(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "x.md"
    dest.write_text("old")

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(dest, "new", overwrite=True)
    assert dest.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.md"]


def test_write_atomic_no_clobber(tmp_path: Path) -> None:
    dest = tmp_path / "x.md"
    write_atomic(dest, "one")
    with pytest.raises(OutputExistsError):
        write_atomic(dest, "two")
    assert dest.read_text() == "one"


@pytest.mark.parametrize("force", [False, True])
def test_what_is_not_a_regular_file_is_never_replaced(tmp_path: Path, force: bool,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError):
        write_atomic(fifo, "x", overwrite=force)
    args = ["export", str(SEED), "-o", str(fifo)] + (["--force"] if force else [])
    assert main(args) == 1
    assert "is not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert main(["export", str(SEED), "-o", "/dev/null", "--force"]) == 1
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    dest = tmp_path / "x.md"
    dest.write_text("old")
    dest.chmod(0o600)
    write_atomic(dest, "new", overwrite=True)
    assert dest.read_text() == "new" and stat.S_IMODE(dest.stat().st_mode) == 0o600
    fresh = write_atomic(tmp_path / "y.md", "new")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


@pytest.mark.parametrize("overwrite", [False, True])
def test_an_export_killed_mid_write_leaves_nothing_behind(tmp_path: Path,
                                                          overwrite: bool) -> None:
    dest = tmp_path / "out.md"
    if overwrite:
        dest.write_text("old")
    child = (
        "import sys, time\n"
        "from tui.core.export import files\n"
        "write_all = files._write_all\n"
        "def stuck(fd, payload):\n"
        "    write_all(fd, payload[:100])\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
        "files._write_all = stuck\n"
        f"files.write_atomic({str(dest)!r}, 'x' * 100000, overwrite={overwrite})\n"
    )
    process = subprocess.Popen([sys.executable, "-c", child], cwd=ROOT, stdout=subprocess.PIPE,
                               text=True)
    try:
        assert process.stdout is not None and process.stdout.readline() == "writing\n"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=10)
    left = [p.name for p in tmp_path.iterdir() if p.name != "out.md"]
    if files.unnamed_files_work(tmp_path):  # Linux, mostly: nothing is left
        assert left == []
    else:  # elsewhere, a leftover that a later process's first write removes
        assert all(name.startswith(".out.md.briefing-tmp-") for name in left)
    if overwrite:
        assert dest.read_text() == "old"


def test_stale_temporaries_in_the_folder_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".out.md.briefing-tmp-dead"
    fresh = tmp_path / ".out.md.briefing-tmp-live"  # another writer, still at work
    other = tmp_path / ".notes.md.briefing-tmp-dead"  # another name's leftover, as stale
    for leftover in (stale, fresh, other):
        leftover.write_text("half")
    old = time.time() - 2 * files.STALE_SECONDS
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    write_atomic(tmp_path / "out.md", "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out.md", fresh.name])


def test_the_named_fallback_also_writes_atomically(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Where O_TMPFILE is missing, a recognisably named temporary file."""
    monkeypatch.setattr(files, "unnamed_files_work", lambda folder: False)
    dest = write_atomic(tmp_path / "x.md", "one")
    with pytest.raises(OutputExistsError):
        write_atomic(dest, "two")
    write_atomic(dest, "three", overwrite=True)
    assert dest.read_text() == "three"
    assert [p.name for p in tmp_path.iterdir()] == ["x.md"]


def export_args(target: Path, *more: str) -> list[str]:
    return ["export", str(SEED), "-o", str(target), *more]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders anyway")
def test_export_into_a_read_only_folder_fails_cleanly(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "out.md").write_text("keep")
    folder.chmod(0o555)
    try:
        assert main(export_args(folder / "out.md", "--force")) == 1
        assert "cannot write" in capsys.readouterr().err
        assert sorted(p.name for p in folder.iterdir()) == ["out.md"]
        assert (folder / "out.md").read_text() == "keep"
    finally:
        folder.chmod(0o755)


def test_export_under_a_file_fails_cleanly(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    parent = tmp_path / "a-file"
    parent.write_text("not a folder")
    assert main(export_args(parent / "out.md")) == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_full_disk_mid_write_leaves_the_old_file_and_no_temporary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.md"
    target.write_text("keep")
    write_all = files._write_all

    def half_then_full(fd: int, payload: bytes) -> None:
        write_all(fd, payload[: len(payload) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "_write_all", half_then_full)
    assert main(export_args(target, "--force")) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]
    assert target.read_text() == "keep"
