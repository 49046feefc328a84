"""The headless commands as a user runs them: exit codes, output, files."""

from __future__ import annotations

import gc
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, SEED
from tui import cli
from tui.cli import main
from tui.core.format.schema import json_schema

INVALID = DATA / "invalid"


def test_check_valid_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED)]) == 0
    assert capsys.readouterr().out.strip() == "1 file checked, all valid"


def test_check_folder_reports_every_error_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(INVALID), str(SEED)]) == 1
    out = capsys.readouterr().out.splitlines()
    n_files = len(list(INVALID.glob("*.yaml")))
    assert out[-1].endswith(f"in {n_files} of {n_files + 1} files")
    assert any(line.endswith("unknown-key.yaml:8:5: quotes[0].speakr: unknown key 'speakr'; "
                             "did you mean 'speaker'?") for line in out)
    assert "Traceback" not in "\n".join(out)


def test_check_usage_errors_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check"])
    assert info.value.code == 2
    assert main(["check", str(tmp_path)]) == 2  # folder without briefings


def test_export_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEED)]) == 0
    assert capsys.readouterr().out.startswith("# Iranian missiles target US forces in Iraq")


def test_export_refuses_to_overwrite_without_force(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.md"
    out.write_text("keep me")
    assert main(["export", str(SEED), "-o", str(out)]) == 1
    assert out.read_text() == "keep me"
    assert "--force" in capsys.readouterr().err
    assert main(["export", str(SEED), "-o", str(out), "--force"]) == 0
    assert out.read_text().startswith("# Iranian missiles")
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temporary left


def test_export_to_a_folder_writes_the_file_inside_it(tmp_path: Path) -> None:
    assert main(["export", str(SEED), "-o", str(tmp_path)]) == 0
    assert (tmp_path / f"{SEED.stem}.md").read_text().startswith("# Iranian missiles")
    assert main(["export", str(SEED), "-o", str(tmp_path)]) == 1  # exists: needs --force


def test_export_invalid_prints_located_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(INVALID / "missing-required.yaml")]) == 1
    assert capsys.readouterr().err.strip().endswith(
        "missing-required.yaml:7:5: quotes[0].speaker: required")


def test_schema_command_matches_committed_copy(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    committed = json.loads((ROOT / "docs" / "briefing.schema.json").read_text())
    assert printed == committed == json_schema(), (
        "docs/briefing.schema.json is stale: run `briefing schema > docs/briefing.schema.json`")


def test_schema_knows_every_field() -> None:
    defs = json_schema()["$defs"]
    assert set(defs["quote"]["properties"]) == {
        "speaker", "role", "country", "text", "partial", "medium", "said", "context", "source"}
    assert {"said", "source"} <= set(defs["figure"]["properties"])
    assert "source" in defs["casualty_claim"]["properties"]


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=False)


@pytest.mark.parametrize("command", [["check", str(SEED)], ["export", str(SEED)],
                                     ["draft", str(ROOT / "tests" / "data" / "articles" /
                                                   "fictional-port-fire.txt")]])
def test_headless_commands_do_not_import_textual(command: list[str]) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main({command!r})\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'pycountry'))\n"
        "print(rc, bad)\n"
    )
    result = run_python(code)
    assert result.stdout.strip() == "0 []", result.stderr


def test_core_never_imports_app() -> None:
    code = ("import sys, pkgutil, importlib, tui.core\n"
            "for m in pkgutil.iter_modules(tui.core.__path__):\n"
            "    importlib.import_module('tui.core.' + m.name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('textual', 'tui.app'))))\n")
    result = run_python(code)
    assert result.stdout.strip() == "[]", result.stderr


def test_start_up_leaves_what_the_first_frame_does_not_need() -> None:
    """`briefing FILE` opened before (a parse-cache hit) imports neither
    argparse nor PyYAML, the loader, the dialogs, the Markdown writer, the
    library screen or the chart's plotting library (textual-plotext,
    plotext): each is deferred to first use."""
    fill = ("from tui.core.store.cache import load_briefing_cached; "
            f"load_briefing_cached({str(SEED)!r})")
    assert run_python(fill).returncode == 0  # the parse cache is the test's own
    code = (
        "import sys\n"
        "from tui.app.app import BriefingApp\n"
        "def run(self):\n"  # where the app would draw its first frame
        "    assert self.start_briefing is not None\n"
        "    deferred = ('argparse', 'json', 'yaml', 'tui.core.format.load',\n"
        "                'tui.core.export.markdown', 'tui.app.dialogs.',\n"
        "                'tui.app.screens.library', 'textual_plotext', 'plotext',\n"
        "                'tui.app.widgets.step_chart', 'secrets')\n"
        "    loaded = [m for m in sys.modules if m.startswith(deferred) or m == 'tui.serve']\n"
        "    print(sorted(loaded))\n"
        "BriefingApp.run = run\n"
        "from tui.cli import main\n"
        f"sys.exit(main([{str(SEED)!r}]))\n"
    )
    result = run_python(code)
    assert (result.returncode, result.stdout.strip()) == (0, "[]"), result.stderr


def test_python_dash_m_works() -> None:
    result = subprocess.run([sys.executable, "-m", "tui", "check", str(SEED)],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0 and "all valid" in result.stdout


def test_bundled_folder_holds_the_seed() -> None:
    from tui.core.store.library import bundled_folder

    assert (bundled_folder() / SEED.name).is_file()


def test_open_stores_the_parse_cache_entry_after_the_app_closes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_parse_cache: Path) -> None:
    from tui.app.app import BriefingApp

    seen_while_running: list[int] = []

    def run(self: BriefingApp) -> None:
        seen_while_running.append(len(list(private_parse_cache.glob("*.entry"))))
        assert self.start_briefing is not None and self.start_briefing.place == "Iraq"

    monkeypatch.setattr(BriefingApp, "run", run)
    assert main([str(SEED)]) == 0
    # The stubbed app never reached its first frame to turn it back on.
    assert gc.isenabled(), "the garbage collector was left paused"
    assert seen_while_running == [0]
    assert len(list(private_parse_cache.glob("*.entry"))) == 1


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("broken", [False, True])
def test_big_file_says_it_is_loading_then_erases_the_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: bool) -> None:
    text = SEED.read_text(encoding="utf-8") + "# " + "x" * 600_000 + "\n"
    if broken:
        text = text.replace("  - speaker: Donald Trump", "  - speakr: Donald Trump")
    path = tmp_path / "big\x1b[31m.yaml"  # a hostile name stays text
    path.write_text(text, encoding="utf-8")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["export", str(path)]) == (1 if broken else 0)
    shown = terminal.getvalue()
    message, _, after = shown.partition("\r\x1b[K")
    assert message.startswith("briefing: loading ") and message.endswith("(0.6 MB)...")
    assert "\x1b[31m" not in message
    if broken:
        assert "speakr: unknown key 'speakr'" in after  # printed after the erase
    else:
        assert after == ""


def test_no_loading_message_when_not_a_terminal(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(SEED.read_text(encoding="utf-8") + "# " + "x" * 600_000 + "\n",
                    encoding="utf-8")
    assert main(["export", str(path)]) == 0
    assert capsys.readouterr().err == ""


BRIEFING = Path(sys.executable).parent / "briefing"


def test_exit_status_is_the_checks_even_when_the_reader_leaves() -> None:
    """`briefing check PATH | head -1` exits 1 for invalid files: the pipe
    closing early is not the check's result."""
    run = subprocess.run(["bash", "-c", f'"{BRIEFING}" check "{INVALID}" | head -1; '
                          'echo "status=${PIPESTATUS[0]}"'],
                         capture_output=True, text=True, timeout=60, check=True)
    assert run.stdout.splitlines()[-1] == "status=1"
    assert "Traceback" not in run.stderr and "Exception" not in run.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("command", [["export", str(SEED)], ["check", str(SEED)], ["schema"],
                                     ["draft", str(DATA / "seed-article.txt")]])
def test_a_full_disk_on_stdout_is_one_clear_line(command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        run = subprocess.run([str(BRIEFING), *command], stdout=full, stderr=subprocess.PIPE,
                             text=True, timeout=60, check=False)
    assert run.returncode == 1
    assert run.stderr == "briefing: cannot write output: No space left on device\n"


@pytest.mark.parametrize(("typed", "meant"), [("exprot", "export"), ("schem", "schema"),
                                              ("chek", "check"), ("darft", "draft")])
def test_a_mistyped_command_suggests_the_nearest(typed: str, meant: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main([typed, str(SEED)]) == 2
    assert capsys.readouterr().err == (
        f"briefing: unknown command '{typed}'; did you mean '{meant}'?\n")


def test_a_file_named_like_a_command_is_still_opened(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chek").write_text("not a briefing")
    assert cli._mistyped_command("chek") is None
    assert cli._mistyped_command("nowhere.yaml") is None


def test_draft_to_a_folder_writes_inside_it_as_export_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import SEED_ARTICLE

    assert main(["draft", str(SEED_ARTICLE), "-o", str(tmp_path)]) == 0
    written = tmp_path / f"{SEED_ARTICLE.stem}.yaml"
    assert written.read_text(encoding="utf-8").startswith("# Draft made by")
    assert main(["draft", str(SEED_ARTICLE), "-o", str(tmp_path)]) == 1  # exists: needs --force
    assert main(["draft", str(SEED_ARTICLE), "-o", str(tmp_path), "--force"]) == 0
    text = SEED_ARTICLE.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert main(["draft", "-", "-o", str(tmp_path)]) == 0
    assert (tmp_path / "draft.yaml").read_bytes() == written.read_bytes()


@pytest.mark.parametrize("given", [b"", b"  \n\t\n"], ids=["empty", "whitespace"])
def test_draft_refuses_empty_input(given: bytes, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(given)))
    assert main(["draft", "-"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "briefing: standard input holds no text; nothing to draft\n"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(given)
    assert main(["draft", str(empty), "-o", str(tmp_path / "d.yaml")]) == 2
    assert not (tmp_path / "d.yaml").exists()


@pytest.mark.parametrize(("article", "name"), [
    ("notes/article.txt", "article.yaml"), ("page.html", "page.yaml"), ("-", "draft.yaml"),
    ("https://example.com/news/story.html?x=1", "story.yaml"),
    ("https://example.com/", "example.com.yaml"),
])
def test_draft_names_the_file_in_a_folder_after_its_input(article: str, name: str,
                                                          tmp_path: Path) -> None:
    from tui.core.export.files import draft_target

    assert draft_target(tmp_path, article) == tmp_path / name
    assert draft_target(tmp_path / "given.yaml", article) == tmp_path / "given.yaml"


@pytest.mark.parametrize("command", [
    ["export", str(SEED), "--force"],
    ["draft", str(DATA / "seed-article.txt"), "--force"],
    ["draft", str(DATA / "seed-article.txt"), "--allow-private"],
])
def test_options_that_do_not_apply_are_refused_by_every_command(
        command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """--force overwrites only an OUTPUT, --allow-private only fetches a URL:
    given where they do nothing they are refused, as export's --table is."""
    assert main(command) == 2
    out, err = capsys.readouterr()
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith(f"briefing: {command[-1]} goes with ")
