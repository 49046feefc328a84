"""`briefing export FOLDER`: one table for a whole folder, or JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.core.index_fixtures import write_library
from tui.cli import main
from tui.core.export.data import CSV_COLUMNS, EXPORT_SCHEMA


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_library(tmp_path / "archive")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("table", list(CSV_COLUMNS))
def test_a_folder_is_one_csv_table_with_a_file_column(
        folder: Path, capsys: pytest.CaptureFixture[str], table: str) -> None:
    code, out, err = run(capsys, str(folder), "--format", "csv", "--table", table)
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["file", *CSV_COLUMNS[table]]
    assert all(len(r) == len(rows[0]) for r in rows)
    files = {r[0] for r in rows[1:]}
    expected = {"claims": {"strikes.yaml"}, "figures": set(),
                "quotes": {"macron.yaml", "strikes.yaml", "2021/gaza.yaml"},
                "reactions": {"macron.yaml", "strikes.yaml", "2021/gaza.yaml"}}[table]
    assert files == expected
    # the broken file is left out, named on stderr, and the exit status says so
    assert code == 1
    assert "skipped" in err and "broken.yaml:8:14" in err and "1 file left out" in err


def test_the_claims_table_is_the_default_and_has_each_claim(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "broken.yaml").unlink()
    code, out, err = run(capsys, str(folder))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and err == ""
    assert [(r["file"], r["claimant"], r["killed"]) for r in rows] == [
        ("strikes.yaml", "Iranian state television", "80"), ("strikes.yaml", "Iraqi army", "0")]
    assert {r["disputed"] for r in rows} == {"true"}


def test_jsonl_is_one_briefing_a_line(folder: Path, capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    target = tmp_path / "archive.jsonl"
    code, _, err = run(capsys, str(folder), "--format", "jsonl", "-o", str(target))
    lines = target.read_text(encoding="utf-8").splitlines()
    objects = [json.loads(line) for line in lines]
    assert code == 1 and "broken.yaml" in err
    assert sorted(o["file"] for o in objects) == ["2021/gaza.yaml", "macron.yaml",
                                                    "strikes.yaml"]
    strikes = next(o for o in objects if o["file"] == "strikes.yaml")
    assert strikes["title"] == "Missiles hit bases in Iraq" and len(strikes["quotes"]) == 1


def test_every_jsonl_line_is_valid_against_the_export_schema(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(EXPORT_SCHEMA,
                                                format_checker=jsonschema.FormatChecker())
    _, out, _ = run(capsys, str(folder), "--format", "jsonl")
    lines = out.splitlines()
    assert len(lines) == 3
    for line in lines:
        validator.validate(json.loads(line))
    # the key is the folder export's own: a briefing exported alone has none
    assert "file" not in EXPORT_SCHEMA["required"]
    assert not validator.is_valid({**json.loads(lines[0]), "file": 3})


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "markdown"], "a folder exports as --format csv or jsonl, not markdown"),
    (["--format", "jsonl", "--table", "quotes"], "--table does not go with"),
])
def test_a_folder_refuses_what_does_not_apply(folder: Path, capsys: pytest.CaptureFixture[str],
                                              args: list[str], message: str) -> None:
    code, out, err = run(capsys, str(folder), *args)
    assert code == 2 and out == "" and message in err and "Traceback" not in err


def test_jsonl_is_refused_for_one_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(folder / "macron.yaml"), "--format", "jsonl")
    assert code == 2 and "--format jsonl is for a folder" in err
