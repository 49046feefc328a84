"""tui.app.text shows revision 3's fields: every source, units, a
reaction's time and sources, the two new stances in their own colours."""

from __future__ import annotations

from tests.conftest import DATA
from tui.app.rows import (
    STANCE_STYLES,
    details,
    dispute_line,
    figure_line,
    reaction_line,
    revisions_text,
)
from tui.core.format.load import load_briefing
from tui.core.format.model import STANCES

REV3 = load_briefing(DATA / "revision3.yaml")


def test_every_stance_has_a_colour() -> None:
    assert set(STANCES) <= set(STANCE_STYLES)
    assert STANCE_STYLES["offers-aid"] != "bold" and STANCE_STYLES["condolences"] != "bold"


def test_a_figure_shows_its_unit_its_history_and_its_dispute() -> None:
    current = REV3.current_figures[0]
    line = figure_line(current, list(REV3.disputes), REV3.figure_history(current)).plain
    assert line.startswith("area flooded: 4.5% (was 2.5% at 10:00)  ⚠ DISPUTED (4.5% vs 6%)")
    institute = REV3.figures[3]
    assert figure_line(institute, list(REV3.disputes)).plain.startswith("area flooded: 120 km²\n")


def test_a_reaction_shows_when_and_every_source() -> None:
    condolences, aid = REV3.reactions
    assert reaction_line(condolences, 15).plain == (
        "[condolences]  Sent condolences to the families.\n"
        "  Foreign Ministry · 2026-03-14 · source: Reuters")
    assert reaction_line(aid, 15).plain.endswith(
        "\n  2026-03-15 08:00+01:00 · source: Reuters, AFP")


def test_full_views_list_every_source() -> None:
    assert "source: Reuters, AFP" in details(REV3.quotes[0]).plain
    history = REV3.figure_history(REV3.figures[1])
    text = revisions_text(history).plain
    assert "2.5%" in text and "4.5%  source: Reuters, AFP" in text


def test_a_dispute_over_figures_gives_each_side_with_its_unit() -> None:
    aid = next(d for d in REV3.disputes if d.unit == "tonnes")
    assert dispute_line(aid).plain == (
        "⚠ DISPUTED aid delivered: 2,750 tonnes vs 1,200.5 tonnes\n"
        "  Red Cross: 2,750 tonnes; Health Ministry: 1,200.5 tonnes")
