"""Pilot: `a` on a briefing asks for a report, shows the change, and writes
it only on enter (atomically, refused if the file changed meanwhile);
escape discards; served read-only, it says why and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.events import Paste
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from tests.app.helpers import record_notifications, wait_for
from tests.core.test_update import BASE, DRAFT, REPORT
from tui.app.app import BriefingApp
from tui.app.dialogs.add_report import AddReportScreen, ProposedChangeScreen
from tui.core.format.load import load_briefing


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    # The drafter's part is fixed: these tests drive the app, not the rules.
    monkeypatch.setattr("tui.core.draft.several.draft_yaml",
                        lambda text, article=None, today=None, keep_lead_whole=True: DRAFT)
    monkeypatch.delenv("BRIEFING_READ_ONLY", raising=False)
    base = tmp_path / "fire.yaml"
    base.write_text(BASE, encoding="utf-8")
    report = tmp_path / "r2.txt"
    report.write_text(REPORT, encoding="utf-8")
    (tmp_path / "r2.meta.yaml").write_text(
        "outlet: Reuters\npublished: 2025-02-11T09:10:00+00:00\n", encoding="utf-8")
    return base, report


async def _propose(pilot: Pilot[None], app: BriefingApp, report: Path,
                   typed: str | None = None) -> str:
    """`a`, the report's path, enter: the path is typed key by key when
    given as `typed` (one test does, a short relative one: each key costs
    a pause); the others set the field, as a paste would."""
    await pilot.press("a")
    await wait_for(pilot, lambda: isinstance(app.screen, AddReportScreen))
    if typed is not None:
        await pilot.press(*typed)
    else:
        app.screen.query_one("#add-report-where", Input).value = str(report)
        await pilot.pause()
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, ProposedChangeScreen), tries=200)
    return str(app.screen.query_one("#change-body", Static).render())


async def test_a_shows_the_change_and_enter_writes_it(files: tuple[Path, Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    base, report = files
    monkeypatch.chdir(report.parent)
    app = BriefingApp(base)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        # `/`, `r` and `t` are the briefing's keys: here they are the path's.
        change = await _propose(pilot, app, report, typed=f"./{report.name}")
        assert "Health Ministry, patients: killed 5+ -> 9" in change
        assert "Sources" in change and "Reuters" in change
        assert base.read_text(encoding="utf-8") == BASE  # nothing written yet
        await pilot.press("j", "enter")
        await wait_for(pilot, lambda: any(m.startswith("Added to fire.yaml") for m in shown))
    b = load_briefing(base)
    assert b.sources[-1].name == "Reuters"
    assert b.casualty_claims[-1].source == ("Reuters",) or any(
        c.source == ("Reuters",) for c in b.casualty_claims)
    text = base.read_text(encoding="utf-8")
    assert text.startswith(BASE.split("quotes:")[0].replace("timezone:", "updated: "
                                                            "2025-02-11T09:10Z\ntimezone:"))


async def test_escape_discards_the_change(files: tuple[Path, Path]) -> None:
    base, report = files
    app = BriefingApp(base)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await _propose(pilot, app, report)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, ProposedChangeScreen))
    assert base.read_text(encoding="utf-8") == BASE


async def test_a_file_changed_meanwhile_is_not_overwritten(files: tuple[Path, Path]) -> None:
    base, report = files
    app = BriefingApp(base)
    edited = BASE.replace("kills at least five", "kills at least six")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        await _propose(pilot, app, report)
        base.write_text(edited, encoding="utf-8")  # the editor saves while the change shows
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(m.startswith("Not written") for m in shown))
    assert base.read_text(encoding="utf-8") == edited


async def test_pasted_text_is_a_report(files: tuple[Path, Path]) -> None:
    base, _ = files
    app = BriefingApp(base)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, AddReportScreen))
        await pilot.press("tab")
        assert isinstance(app.focused, TextArea)
        # As a terminal delivers a paste: one event, to the focused widget.
        app.post_message(Paste("Nine died, the ministry said."))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ProposedChangeScreen), tries=200)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "pasted text" in base.read_text(encoding="utf-8"))
    assert load_briefing(base).sources[-1].name == "pasted text"


async def test_a_report_that_cannot_be_read_says_why(files: tuple[Path, Path]) -> None:
    base, report = files
    app = BriefingApp(base)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, AddReportScreen))
        app.screen.query_one("#add-report-where", Input).value = str(report.with_name("gone.txt"))
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(m.startswith("Not added: cannot read") for m in shown))
    assert base.read_text(encoding="utf-8") == BASE


async def test_served_read_only_it_says_why_and_writes_nothing(
        files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    base, _ = files
    monkeypatch.setenv("BRIEFING_READ_ONLY", "1")
    app = BriefingApp(base)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        await pilot.press("a")
        await wait_for(pilot, lambda: any("read-only" in m for m in shown))
        assert not isinstance(app.screen, AddReportScreen)
    assert base.read_text(encoding="utf-8") == BASE
