"""JSON, CSV and front-matter exports, each parsed back with a real parser
(json and jsonschema, the csv module, yaml.safe_load) and compared with the
briefing, hostile strings included."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import DATA, SEED
from tui.cli import main
from tui.core.export.data import CSV_COLUMNS, EXPORT_SCHEMA, TABLES, front_matter, to_csv, to_json
from tui.core.format.load import load_briefing, parse_briefing

HOSTILE = DATA / "hostile.yaml"
BRIEFINGS = [SEED, HOSTILE, DATA / "revisions.yaml", DATA / "revision3.yaml"]
VALIDATOR = jsonschema.Draft202012Validator(EXPORT_SCHEMA,
                                            format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("path", BRIEFINGS, ids=lambda p: p.stem)
def test_json_export_is_valid_against_its_schema_and_literal(path: Path) -> None:
    b = load_briefing(path)
    data = json.loads(to_json(b))
    assert list(VALIDATOR.iter_errors(data)) == []
    assert data["title"] == b.title and data["summary"] == b.summary
    assert [q["text"] for q in data["quotes"]] == [q.text for q in b.quotes]
    assert [c["claimant"] for c in data["casualty_claims"]] == [
        c.claimant for c in b.casualty_claims]
    assert len(data["disputes"]) == len(b.disputes)


def test_json_counts_countries_and_disputes() -> None:
    data = json.loads(to_json(load_briefing(SEED)))
    state_tv = data["casualty_claims"][0]
    assert state_tv["killed"] == {"min": 80, "max": 80, "text": "80"}
    assert state_tv["country"] == {"code": "IR", "name": "Iran"}
    assert data["disputes"][0]["versus"] == "80 vs 0"
    at_least = json.loads(to_json(parse_briefing(
        "format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\ncasualty_claims:\n"
        "  - {claimant: a, affected: b, killed: '80+', injured: unknown}\n")))
    claim = at_least["casualty_claims"][0]
    assert claim["killed"] == {"min": 80, "max": None, "text": "80+"}
    assert claim["injured"] == {"min": None, "max": None, "text": "unknown"}


@pytest.mark.parametrize("path", BRIEFINGS, ids=lambda p: p.stem)
def test_csv_claims_read_back_with_the_csv_module(path: Path) -> None:
    b = load_briefing(path)
    rows = list(csv.DictReader(io.StringIO(to_csv(b), newline="")))
    assert len(rows) == len(b.casualty_claims)
    for row, claim in zip(rows, b.casualty_claims, strict=True):
        assert row["briefing_title"] == guarded(b.title)
        assert row["claimant"] == guarded(claim.claimant)
        assert row["affected"] == guarded(claim.affected)
        assert row["note"] == guarded(claim.note or "")
        if claim.killed is not None and claim.killed.low is not None:
            assert int(row["killed_min"]) == claim.killed.low


def guarded(text: str) -> str:
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def test_csv_guards_formulas_and_keeps_everything_else_literal() -> None:
    b = parse_briefing(
        'format: 1\ntitle: "=HYPERLINK(\\"http://x\\")"\ndate: 2020-01-08\nsummary: s\n'
        "casualty_claims:\n"
        '  - {claimant: "+cmd|calc", affected: "@SUM(A1)", killed: 3, note: "a, \\"b\\"\\nc"}\n'
        "  - {claimant: '-1', affected: x, killed: 4}\n")
    rows = list(csv.reader(io.StringIO(to_csv(b), newline="")))
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")"
    assert rows[1][2:5] == ["'+cmd|calc", "", "'@SUM(A1)"]
    assert rows[1][rows[0].index("note")] == 'a, "b"\nc'  # commas, quotes, newlines survive
    assert rows[2][2] == "'-1"


def test_csv_tables_and_revision_columns() -> None:
    b = load_briefing(DATA / "revisions.yaml")
    rows = list(csv.DictReader(io.StringIO(to_csv(b))))
    ministry = [r for r in rows if r["claimant"] == "Health ministry"]
    assert [(r["killed_min"], r["revision"], r["current"]) for r in ministry] == [
        ("12", "1", "false"), ("31", "2", "false"), ("63", "3", "true")]
    assert [r["disputed"] for r in ministry] == ["false", "false", "true"]
    figures = list(csv.DictReader(io.StringIO(to_csv(b, "figures"))))
    assert [f["value_min"] for f in figures] == ["15", "22", "22"]
    quotes = list(csv.DictReader(io.StringIO(to_csv(load_briefing(SEED), "quotes"))))
    assert quotes[0]["speaker"] == "Ali Khamenei" and quotes[0]["partial"] == "true"
    seed = list(csv.DictReader(io.StringIO(to_csv(load_briefing(SEED)))))
    assert {(r["revision"], r["current"]) for r in seed} == {("1", "true")}  # none revised


@pytest.mark.parametrize("kind", ["obsidian", "hugo", "pandoc"])
@pytest.mark.parametrize("path", [SEED, HOSTILE], ids=lambda p: p.stem)
def test_front_matter_loads_back_as_yaml(kind: str, path: Path) -> None:
    b = load_briefing(path)
    block = front_matter(b, kind)
    assert block.startswith("---\n") and block.endswith("---\n\n")
    data = yaml.safe_load(block.removeprefix("---\n").removesuffix("---\n\n"))
    assert data["title"] == b.title and data["date"] == b.date.isoformat()
    if kind == "obsidian":
        assert "briefing" in data["tags"] and all(" " not in t for t in data["tags"])
        if b.disputes:
            assert "disputed" in data["tags"]
    if kind == "hugo":
        # a taxonomy: top-level, or Hugo builds no tag pages
        assert data["draft"] is False and "briefing" in data["tags"]
        assert "tags" not in data["params"]
    if kind == "pandoc":
        assert data["abstract"].startswith(b.summary.split()[0])


def test_obsidian_front_matter_of_the_bundled_briefing() -> None:
    data = yaml.safe_load(front_matter(load_briefing(SEED), "obsidian").split("---\n")[1])
    assert data["date"] == "2020-01-08"
    assert {"country/iran", "country/united-states", "disputed"} <= set(data["tags"])
    assert data["disputes"] == ["US personnel killed: 80 vs 0", "missiles fired: 15 vs 22"]


def test_export_command_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEED), "--format", "json", "-o", str(tmp_path)]) == 0
    written = tmp_path / f"{SEED.stem}.json"
    assert json.loads(written.read_text(encoding="utf-8"))["title"].startswith("Iranian")
    capsys.readouterr()
    assert main(["export", str(SEED), "--format", "csv", "--table", "figures"]) == 0
    assert capsys.readouterr().out.startswith("briefing_title,event_date,claimant,what,")
    assert main(["export", str(SEED), "--front-matter", "hugo"]) == 0
    assert capsys.readouterr().out.startswith("---\ntitle: ")
    assert main(["export", str(SEED), "--format", "json", "--front-matter", "hugo"]) == 2
    assert main(["schema", "--export", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == EXPORT_SCHEMA


EMPTY = "format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"


@pytest.mark.parametrize("table", TABLES)
def test_csv_columns_are_the_same_for_every_briefing(table: str) -> None:
    briefings = [load_briefing(p) for p in BRIEFINGS] + [parse_briefing(EMPTY)]
    headers = {to_csv(b, table).split("\r\n", 1)[0] for b in briefings}
    assert headers == {",".join(CSV_COLUMNS[table])}  # CSVs of many briefings stack


def test_csv_writes_unknown_as_unknown_and_no_count_as_empty() -> None:
    b = parse_briefing(EMPTY + "casualty_claims:\n  - {claimant: A, affected: x, killed: unknown}\n"
                       "  - {claimant: B, affected: x, killed: 80+, injured: 10-20}\n")
    a_row, b_row = csv.DictReader(io.StringIO(to_csv(b), newline=""))
    assert (a_row["killed"], a_row["killed_min"], a_row["killed_max"]) == ("unknown", "", "")
    assert (a_row["injured"], a_row["injured_min"], a_row["injured_max"]) == ("", "", "")
    assert (b_row["killed"], b_row["killed_min"], b_row["killed_max"]) == ("80+", "80", "")
    assert (b_row["injured"], b_row["injured_min"], b_row["injured_max"]) == ("10-20", "10", "20")


def test_csv_columns_are_documented_in_the_format_and_the_help(
        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import ROOT

    doc = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for table, columns in CSV_COLUMNS.items():
        assert ", ".join(f"`{c}`" for c in columns) in doc, table
        assert f"{table}: {', '.join(columns)}" in shown, table


@pytest.mark.parametrize("options", [
    ["--table", "figures"], ["--format", "json", "--table", "quotes"],
    ["--format", "json", "--front-matter", "hugo"], ["--format", "csv", "--front-matter", "pandoc"],
])
def test_options_that_do_not_apply_are_refused_alike(
        options: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEED), *options]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith(f"briefing: {options[-2]} goes with --format ")
