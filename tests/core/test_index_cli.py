"""`briefing search QUERY [FOLDER]`: grep's output and exit codes, --json,
and nothing but plain text on the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.core.index_fixtures import write_library
from tui.cli import main
from tui.core.store import db

CONTROL = [chr(c) for c in (*range(0, 9), *range(11, 32), *range(0x7F, 0xA0))]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_library(tmp_path / "library")


def test_matches_print_as_grep_does(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "khamenei", str(library)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"{library}/strikes.yaml:8: quote by Ali Khamenei: slap in the face" in out
    assert all(line.startswith(f"{library}/strikes.yaml:") for line in out)


def test_the_folder_defaults_to_the_current_one(library: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(library)
    assert main(["search", 'claimant:"iraqi army"']) == 0
    assert capsys.readouterr().out == "strikes.yaml:17: claim by Iraqi army: US personnel · " \
                                      "killed 0\n"


def test_nothing_found_exits_1(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "zebra", str(library)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1 file not searched" in captured.err  # broken.yaml


@pytest.mark.parametrize(("args", "message"), [
    (["search", "khamenei", "missing-folder"], "missing-folder: not a folder"),
    (["search", '""'], "nothing to search for"),
    (["search", "***"], "nothing to search for"),
    (["search", "slap", "--limit", "0"], "--limit must be 1 or more"),
])
def test_errors_exit_2_with_one_line(args: list[str], message: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_folder_without_briefings_is_an_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("macron")
    assert main(["search", "macron", str(tmp_path)]) == 2
    assert "no briefing files (*.yaml, *.yml) found in" in capsys.readouterr().err


def test_an_index_of_another_user_is_an_error_not_a_traceback(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = db.database_path(library)
    assert path is not None
    path.write_bytes(b"")
    os.chown(path, 12345, 12345)
    assert main(["search", "khamenei", str(library)]) == 2
    err = capsys.readouterr().err
    assert "belongs to another user" in err and "Traceback" not in err


def test_json_prints_one_object_a_line(library: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "slap", str(library), "--json"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    quote = next(h for h in hits if h["kind"] == "quote")
    assert quote == {"file": f"{library}/strikes.yaml", "line": 8, "kind": "quote", "item": 0,
                     "who": "Ali Khamenei", "where": "quote by Ali Khamenei",
                     "snippet": "slap in the face", "highlights": [[0, 4]],
                     "title": "Missiles hit bases in Iraq", "date": "2020-01-08"}


def test_limit(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "the", str(library), "--limit", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_no_control_character_reaches_the_terminal(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "evil"
    folder.mkdir()
    (folder / "name\x1b]0;pwned\x07.yaml").write_text(
        'format: 1\ntitle: "t \\e[2J"\ndate: 2020-01-01\nsummary: s\n'
        'quotes:\n  - speaker: "Evil \\e[31m\\x9b speaker"\n    text: "red \\e]0;x\\a alert"\n')
    assert main(["search", "red", str(folder)]) == 0
    assert main(["search", "red", str(folder), "--json"]) == 0
    out = capsys.readouterr().out
    assert "red" in out and "pwned" in out
    assert not [c for c in out if c in CONTROL and c != "\n"], repr(out)


def test_the_command_as_a_user_runs_it(library: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "tui", "search", "mac", str(library)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout == (f"{library}/macron.yaml:11: quote by Emmanuel Macron: "
                          "We stand with our allies and call for restraint\n")
    again = subprocess.run([sys.executable, "-m", "tui", "search", "zebra", str(library)],
                           capture_output=True, text=True, cwd=ROOT, check=False)
    assert again.returncode == 1 and again.stdout == ""
