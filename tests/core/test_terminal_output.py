"""No control character leaves the program raw: a hostile corpus (OSC 52,
OSC 0, OSC 8, CSI, DCS, C1, BEL, DEL, bidi overrides) goes through every
command and format, and nothing on stdout, stderr or in a written file
holds a control byte. Messages show them as escapes, Markdown and CSV drop
them, JSON escapes them."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.git_repo import new_repo
from tui.cli import main
from tui.core.export.data import FRONT_MATTERS, TABLES, to_json
from tui.core.export.terminal_text import escape, escape_json, escape_output, strip_controls
from tui.core.format.load import load_briefing

OSC52 = "\x1b]52;c;ZXZpbA==\x07"  # sets the clipboard
OSC0 = "\x1b]0;pwned\x07"  # sets the window title
OSC8 = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"  # a hyperlink
CSI = "\x1b[2J"  # clears the screen
DCS = "\x1bPq#0;2;0;0;0\x1b\\"
C1 = "\x9b31m"  # a one-byte CSI
BEL, DEL, NEL = "\x07", "\x7f", "\x85"
BIDI = "\u202eevil\u202c \u2066isolated\u2069"
HOSTILE = [OSC52, OSC0, OSC8, CSI, DCS, C1, BEL, DEL, NEL, BIDI]
PAYLOAD = "".join(HOSTILE)

# What must never come out: C0 but tab and newline (a carriage return only
# as a CSV line end), DEL, C1, and the bidi formatting characters.
RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


def assert_clean(text: str, where: str) -> None:
    found = RAW.search(text)
    assert found is None, f"{where}: raw {found.group()!r} at {found.start()}"


def hostile_data(word: str = "") -> dict[str, Any]:
    """A valid briefing with the payload in every text field; `word` makes
    versions differ (for diff and history)."""
    p = PAYLOAD + word
    source = "Agency" + p
    return {
        "format": 1, "title": "Title " + p, "date": "2024-03-01", "place": "Place " + p,
        "tags": ["tag" + p], "summary": "Summary " + p + "\n\nSecond " + p,
        "key_points": ["Point " + p],
        "quotes": [{"speaker": "Speaker" + p, "role": "Role" + p, "text": "Said " + p,
                    "medium": "TV" + p, "context": "Context" + p, "source": source}],
        "casualty_claims": [
            {"claimant": "Claimant" + p, "affected": "group" + p, "killed": 2750,
             "note": "Note" + p, "source": source},
            {"claimant": "Other" + p, "affected": "group" + p, "killed": "250000-300000"}],
        "figures": [{"what": "rockets" + p, "claimant": "Army" + p, "value": "1200+",
                     "note": "Note" + p, "source": source, "said": "2024-03-01T10:00"}],
        "reactions": [{"organisation": "Org" + p, "actor": "Actor" + p,
                       "summary": "Reacted " + p},
                      {"country": "NO", "summary": "Also " + p}],
        "timeline": [{"when": "2024-03-01T10:30", "event": "Event " + p}],
        "sources": [{"name": source, "url": "https://example.com/a"}],
    }


def write_yaml(path: Path, data: dict[str, Any]) -> Path:
    # allow_unicode=False: every control character is a YAML escape, as a
    # hand-written hostile file would have it (YAML refuses them raw).
    path.write_text(yaml.safe_dump(data, allow_unicode=False, sort_keys=False),
                    encoding="utf-8")
    return path


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """The hostile briefing, in a file whose name is hostile too."""
    path = write_yaml(tmp_path / f"brief{OSC0}{C1}.yaml", hostile_data())
    load_briefing(path)  # valid: the payload reaches every output
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """An invalid briefing: a hostile key, a hostile URL, a hostile file name."""
    data = hostile_data()
    data[f"key{OSC52}"] = 1
    data["sources"][0]["url"] = f"https://example.com/{CSI}"
    return write_yaml(tmp_path / f"bad{CSI}{BIDI}.yaml", data)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert_clean(out, f"stdout of {args}")
    assert_clean(err, f"stderr of {args}")
    return code, out + err


def test_check_shows_hostile_names_keys_and_urls_as_escapes(
        broken: Path, hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run(capsys, "check", str(broken), str(hostile))
    assert code == 1
    assert "bad\\x1b[2J\\u202eevil" in text  # the file name, shown
    assert "key\\x1b]52;c;ZXZpbA==\\x07" in text  # the key, shown
    url = next(line for line in text.splitlines() if "sources[0].url" in line)
    assert "holds a control character" in url  # a located error of its own


def test_a_url_with_a_control_character_is_a_located_error(tmp_path: Path) -> None:
    from tui.core.format.errors import BriefingError

    data = hostile_data()
    data["sources"][0]["url"] = "https://example.com/\x9b2J"
    path = write_yaml(tmp_path / "url.yaml", data)
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    [error] = [e for e in caught.value.errors if e.path == "sources[0].url"]
    assert error.line > 1
    assert "control character" in error.message


@pytest.mark.parametrize("options", [
    ["--format", "markdown"], *(["--front-matter", kind] for kind in FRONT_MATTERS),
    ["--format", "json"], *(["--format", "csv", "--table", table] for table in TABLES),
], ids=lambda options: "-".join(options[1::2]))
def test_every_export_is_clean_on_stdout_and_in_a_file(
        hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        options: list[str]) -> None:
    code, text = run(capsys, "export", str(hostile), *options)
    assert code == 0 and "Title" in text
    out = tmp_path / "out"
    assert run(capsys, "export", str(hostile), "-o", str(out), *options)[0] == 0
    assert_clean(out.read_text(encoding="utf-8"), f"the file of {options}")


def test_json_escapes_what_it_does_not_drop(hostile: Path) -> None:
    text = to_json(load_briefing(hostile))
    assert_clean(text, "json")
    assert "\\u009b31m" in text and "\\u202e" in text and "\\u007f" in text
    assert json.loads(text)["title"] == "Title " + PAYLOAD  # the data is whole


def test_csv_drops_control_characters(hostile: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    _, text = run(capsys, "export", str(hostile), "--format", "csv", "--table", "quotes")
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    assert row["speaker"] == "Speaker" + strip_controls(PAYLOAD)
    assert "]52;c;ZXZpbA==" in row["speaker"]  # the text stays; the controls go


def test_diff_is_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_yaml(tmp_path / f"old{OSC0}.yaml", hostile_data())
    new = write_yaml(tmp_path / f"new{OSC0}.yaml", hostile_data(" changed"))
    for fmt in ("text", "markdown"):
        code, text = run(capsys, "diff", str(old), str(new), "--format", fmt)
        assert code == 1 and "changed" in text
    code, text = run(capsys, "diff", f"{CSI}:{old}", str(new))  # git says no
    assert code == 2 and "\\x1b[2J" in text


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose commits have hostile subjects."""
    folder = tmp_path / "repo"
    git = new_repo(folder)
    for number, word in enumerate(["", " changed"]):
        write_yaml(folder / "b.yaml", hostile_data(word))
        git("add", "b.yaml")
        git("commit", "-q", "-m", f"Commit {number} {PAYLOAD}")
    (folder / "b.yaml").write_text("title: [broken\n", encoding="utf-8")
    git("commit", "-q", "-am", f"Broke it {OSC52}")
    return folder


@pytest.mark.parametrize("claims", [False, True], ids=["all", "claims"])
def test_history_is_clean(repo: Path, capsys: pytest.CaptureFixture[str],
                          claims: bool) -> None:
    code, text = run(capsys, "history", str(repo / "b.yaml"), *(["--claims"] * claims))
    assert code == 0
    assert "Commit 1 \\x1b]52;c;ZXZpbA==\\x07" in text  # the subject, shown
    assert "not a valid briefing then" in text and "Broke it \\x1b]52" in text


def test_draft_of_a_hostile_article_is_clean(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    article = write_text(tmp_path / "article.txt",
                         f"BEIRUT, Jan 8 (Reuters) - Officials {OSC0} said 12 people were "
                         f"killed {CSI}.\n\nThe ministry said \"we {OSC52} will respond\".\n")
    code, text = run(capsys, "draft", str(article))
    assert code == 0 and "Officials" in text
    assert run(capsys, "draft", str(article), "-o", str(tmp_path / "d.yaml"))[0] == 0
    load_briefing(tmp_path / "d.yaml")  # YAML would refuse a raw control character


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_usage_errors_and_missing_files_are_clean(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "x.yaml", f"extra{OSC0}"])
    _, err = capsys.readouterr()
    assert_clean(err, "argparse")
    assert "extra\\x1b]0;pwned\\x07" in err
    missing = str(tmp_path / f"gone{OSC8}.yaml")
    assert run(capsys, "export", missing)[0] == 1
    assert run(capsys, f"{CSI}")[0] == 2  # neither a command nor a file


@pytest.mark.parametrize("text", HOSTILE)
def test_the_sanitiser_for_each_output(text: str) -> None:
    for cleaned in (escape(text), escape_output(text), strip_controls(text),
                    escape_json(json.dumps(text, ensure_ascii=False))):
        assert_clean(cleaned, repr(text))
    assert escape(CSI + "\tx\n") == "\\x1b[2J\\x09x\\x0a"  # a message is one line
    assert escape_output("a\tb\r\nc\rd") == "a\tb\r\nc\\x0dd"
    assert json.loads(escape_json(json.dumps(text, ensure_ascii=False))) == text


def test_markdown_drops_controls_from_a_url_the_validator_did_not_see(hostile: Path) -> None:
    from tui.core.export.markdown import to_markdown
    from tui.core.format.model import Source

    briefing = load_briefing(hostile)._replace(  # built, not loaded
        sources=(Source("A", f"https://example.com/{OSC52}"),))
    text = to_markdown(briefing)
    assert_clean(text, "markdown")
    assert "- [A](<https://example.com/]52;c;ZXZpbA==>)" in text


def test_the_bytes_a_real_process_writes_are_clean(broken: Path, hostile: Path) -> None:
    import sys

    for args in (["check", str(broken)], ["export", str(hostile), "--format", "json"],
                 ["export", str(hostile), "--format", "csv", "--table", "quotes"]):
        done = subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True,
                              timeout=60, check=False)
        assert done.stdout or done.stderr
        assert_clean(done.stdout.decode("utf-8"), f"stdout of {args}")
        assert_clean(done.stderr.decode("utf-8"), f"stderr of {args}")
