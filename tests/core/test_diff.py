"""`briefing diff` and `briefing history`: semantic changes between versions,
matched by natural keys, from files or git revisions (a temporary repo per test)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.git_repo import new_repo
from tui.cli import main
from tui.core.format.load import load_briefing, parse_briefing
from tui.core.story.diff import Change, diff_briefings, diff_text
from tui.core.story.history import claim_through_commits

TEXT = SEED.read_text(encoding="utf-8")


def parsed(text: str):  # type: ignore[no-untyped-def]
    return parse_briefing(text, "x.yaml")


def test_the_same_briefing_reordered_is_no_change() -> None:
    head, quotes_on = TEXT.split("quotes:\n", 1)
    quotes, rest = quotes_on.split("\ncasualty_claims:", 1)
    items = quotes.split("\n  - ")
    reordered = head + "quotes:\n" + "\n  - ".join([items[0], *reversed(items[1:])])
    reordered = reordered.rstrip("\n") + "\ncasualty_claims:" + rest
    assert parsed(reordered).quotes != parsed(TEXT).quotes  # the order did change
    assert diff_briefings(parsed(TEXT), parsed(reordered)) == []


def test_a_changed_count_is_one_revision_and_its_dispute_changes() -> None:
    changes = diff_briefings(parsed(TEXT), parsed(TEXT.replace("killed: 80", "killed: 63")))
    assert changes == [
        Change("Casualty claims", "revised",
               "Iranian state television, US personnel: killed 80 -> 63"),
        Change("Disputes", "changed", "US personnel, killed: 80 vs 0 -> 63 vs 0"),
    ]


def test_claims_added_withdrawn_and_disputes_resolved() -> None:
    old = parsed(TEXT)
    new = parsed(TEXT.replace("killed: 80", "killed: 0").replace(
        "casualty_claims:\n", "casualty_claims:\n  - claimant: Police\n    affected: civilians\n"
        "    injured: 4\n", 1))
    changes = diff_briefings(old, new)
    assert Change("Casualty claims", "added", "Police, civilians: injured 4") in changes
    assert Change("Disputes", "resolved", "US personnel, killed: was 80 vs 0") in changes
    back = diff_briefings(new, old)
    assert Change("Casualty claims", "withdrawn", "Police, civilians: injured 4") in back
    assert Change("Disputes", "appeared", "US personnel, killed: 80 vs 0") in back


def test_quotes_summary_and_sources_changes() -> None:
    new = TEXT.replace("All is well!", "All is very well!").replace(
        "  war.\n", "  war, officials said.\n", 1).replace(
        "  - name: Wire report, 8 January 2020", "  - name: Wire report, 9 January 2020")
    kinds = {(c.section, c.kind) for c in diff_briefings(parsed(TEXT), parsed(new))}
    assert {("Quotes", "added"), ("Quotes", "removed"), ("Summary", "-"), ("Summary", "+"),
            ("Sources", "added"), ("Sources", "removed")} <= kinds
    text = diff_text(diff_briefings(parsed(TEXT), parsed(new)), markdown=True)
    assert text.startswith("#### Quotes") and "- **added** Donald Trump: “All is very well!”" \
        in text


def test_diff_command_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(TEXT, encoding="utf-8")
    new.write_text(TEXT.replace("killed: 80", "killed: 63"), encoding="utf-8")
    assert main(["diff", str(old), str(old)]) == 0
    assert capsys.readouterr().out == "no changes\n"
    assert main(["diff", str(old), str(new)]) == 1
    assert "  revised    Iranian state television, US personnel: killed 80 -> 63" in \
        capsys.readouterr().out
    new.write_text("format: 1\ntitle: [\n", encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 2
    assert "new.yaml:" in capsys.readouterr().err


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository of its own, with the seed committed three times."""
    folder = tmp_path / "repo"
    git = new_repo(folder)
    path = folder / "iran.yaml"
    for message, text in [("First version", TEXT),
                          ("State TV revises toll", TEXT.replace("killed: 80", "killed: 63")),
                          ("Quote edited", TEXT.replace("killed: 80", "killed: 63")
                           .replace("All is well!", "All is very well!"))]:
        path.write_text(text, encoding="utf-8")
        git("add", "iran.yaml")
        git("commit", "-q", "-m", message)
    return folder


def test_diff_reads_git_revisions(repo: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    assert main(["diff", "HEAD~2:iran.yaml", "HEAD~1:iran.yaml"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Casualty claims\n  revised    Iranian state television")
    assert main(["diff", "HEAD~1:iran.yaml", "iran.yaml"]) == 1
    assert "Quotes" in capsys.readouterr().out
    assert main(["diff", "NOPE:iran.yaml", "iran.yaml"]) == 2
    assert "NOPE:iran.yaml" in capsys.readouterr().err


def test_history_lists_each_commit_with_its_diff(repo: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = subprocess.run(["git", "-C", str(repo), "status", "--porcelain"],
                            capture_output=True, text=True, check=True).stdout
    assert main(["history", str(repo / "iran.yaml")]) == 0
    out = capsys.readouterr().out.splitlines()
    subjects = [line.split(" ", 2)[2] for line in out if line and not line.startswith(" ")]
    assert subjects == ["Quote edited (by Test)", "State TV revises toll (by Test)",
                        "First version (by Test)"]
    text = "\n".join(out)
    assert "    revised    Iranian state television, US personnel: killed 80 -> 63" in text
    assert "  (created)" in text
    assert main(["history", "--claims", str(repo / "iran.yaml")]) == 0
    claims_only = capsys.readouterr().out
    assert "Quotes" not in claims_only and "killed 80 -> 63" in claims_only
    after = subprocess.run(["git", "-C", str(repo), "status", "--porcelain"],
                           capture_output=True, text=True, check=True).stdout
    assert before == after == ""  # read-only


def test_history_follows_the_file_through_a_rename(repo: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Renamed (into a folder, with an accent) in a commit that also revises a toll:
    every commit is listed and each one's change is shown from the name the
    file had then, not "(the file was removed or renamed)"."""
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    (repo / "briefings").mkdir()
    git("mv", "iran.yaml", "briefings/2020-irán.yaml")  # a name git would quote
    moved = repo / "briefings" / "2020-irán.yaml"
    moved.write_text(moved.read_text(encoding="utf-8").replace("killed: 63", "killed: 64"),
                     encoding="utf-8")
    git("commit", "-q", "-am", "Moved and revised")
    assert main(["history", str(moved)]) == 0
    out = capsys.readouterr().out
    subjects = [line.split(" ", 2)[2] for line in out.splitlines()
                if line and not line.startswith(" ")]
    assert subjects == ["Moved and revised (by Test)", "Quote edited (by Test)",
                        "State TV revises toll (by Test)", "First version (by Test)"]
    assert "killed 63 -> 64" in out and "killed 80 -> 63" in out
    assert "removed or renamed" not in out and out.count("(created)") == 1
    # the app's h: the claim at every commit, under the names the file had
    claim = next(c for c in load_briefing(moved).casualty_claims
                 if c.claimant == "Iranian state television")
    through = claim_through_commits(moved, claim)
    assert [str(c.record.killed) if c.record and c.record.killed else None
            for c in through] == ["64", "63", "63", "80"]


def test_history_outside_git_says_so(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "alone.yaml"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["history", str(path)]) == 2
    assert "is not in a git repository, so it has no history" in capsys.readouterr().err


def test_history_names_each_commits_author(repo: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = repo / "iran.yaml"
    path.write_text(TEXT.replace("killed: 80", "killed: 64"), encoding="utf-8")
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=Ana Lima", "commit", "-q", "-am",
                    "Revised again"], check=True, capture_output=True)
    assert main(["history", str(path)]) == 0
    heads = [line for line in capsys.readouterr().out.splitlines()
             if line and not line.startswith(" ")]
    assert heads[0].endswith(" Revised again (by Ana Lima)")
    assert heads[1].endswith(" Quote edited (by Test)")


def test_diff_hands_no_option_to_git(repo: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`--output=OUT/x:iran.yaml` as a revision made `git show` write
    OUT/x:./iran.yaml: refused with exit 2, and nothing is written."""
    out = tmp_path / "out"
    (out / "x:.").mkdir(parents=True)  # where git would write
    monkeypatch.chdir(repo)
    spec = f"--output={out}/x:iran.yaml"
    assert main(["diff", "--", spec, "iran.yaml"]) == 2
    err = capsys.readouterr().err
    assert "is not a revision (a revision cannot start with '-')" in err
    assert list(out.rglob("*")) == [out / "x:."]


def test_git_reads_revisions_after_end_of_options(repo: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The second guard: with the check on `-` taken away, git itself still
    reads the revision as a revision, not an option, and writes nothing."""
    from tui.core.story import history

    out = tmp_path / "out"
    (out / "x:.").mkdir(parents=True)
    monkeypatch.setattr(history, "_checked", lambda rev: rev)
    monkeypatch.chdir(repo)
    with pytest.raises(history.GitError):
        history.show(Path("iran.yaml"), f"--output={out}/x")
    assert history.at_commit(repo / "iran.yaml", f"--output={out}/x", "iran.yaml") is None
    assert list(out.rglob("*")) == [out / "x:."]


def test_rev_path_is_relative_to_the_current_folder(repo: Path,
                                                    capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """From a subfolder, PATH is found from there, as `git show REV:./PATH`
    does, even when its folder is gone from the working copy since; a path
    from the repository's top says which rule applies."""
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    (repo / "sub" / "gone").mkdir(parents=True)
    shutil.copy(repo / "iran.yaml", repo / "sub" / "gone" / "iran.yaml")
    git("add", "sub")
    git("commit", "-q", "-m", "A copy in sub/gone")
    git("rm", "-q", "-r", "sub/gone")
    git("commit", "-q", "-m", "Removed sub/gone")
    (repo / "sub").mkdir(exist_ok=True)
    monkeypatch.chdir(repo / "sub")
    assert main(["diff", "HEAD:../iran.yaml", "../iran.yaml"]) == 0
    assert main(["diff", "HEAD~1:gone/iran.yaml", "../iran.yaml"]) == 0
    assert capsys.readouterr().out == "no changes\nno changes\n"
    assert main(["diff", "HEAD~1:sub/gone/iran.yaml", "../iran.yaml"]) == 2
    assert "PATH is relative to the current folder, as in `git show REV:./PATH`" in (
        capsys.readouterr().err)


def test_diff_help_says_how_rev_path_is_found(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "PATH is relative to the current folder, as in `git show REV:./PATH`" in help_text
