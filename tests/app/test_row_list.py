"""RowList, the list widget under every pane and the library, driven by keys and mouse."""

from __future__ import annotations

from typing import ClassVar

import pytest
from textual.app import App, ComposeResult
from textual.content import Content

from tui.app.text import join
from tui.app.widgets import row_layout
from tui.app.widgets import row_list as row_list_module
from tui.app.widgets.row_list import ListRow, RowList, wrap_row

LONG = "a long row " * 12  # 132 characters: wraps to several lines at width 40


class ListApp(App[None]):
    def __init__(self, rows: list[ListRow]) -> None:
        super().__init__()
        self.rows = rows
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield RowList(id="list")

    def on_mount(self) -> None:
        row_list = self.query_one(RowList)
        row_list.set_rows(self.rows)
        row_list.focus()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        self.selected.append(event.index)


def drawn(row_list: RowList) -> list[str]:
    return [row_list.render_line(y).text.rstrip() for y in range(row_list.size.height)]


def grouped_rows() -> list[ListRow]:
    return [
        ListRow(Content("Group A"), selectable=False),
        ListRow(Content("a1")),
        ListRow(Content("a2")),
        ListRow(Content("Group B"), selectable=False, rule_above=True),
        ListRow(Content("b1")),
    ]


async def test_cursor_skips_headings_both_ways() -> None:
    app = ListApp(grouped_rows())
    async with app.run_test(size=(40, 10)) as pilot:
        row_list = app.query_one(RowList)
        assert row_list.highlighted == 1  # not the heading above it
        await pilot.press("down", "down")
        assert row_list.highlighted == 4  # past "Group B"
        await pilot.press("down")
        assert row_list.highlighted == 4  # the end: stays
        await pilot.press("up")
        assert row_list.highlighted == 2
        await pilot.press("up", "up")
        assert row_list.highlighted == 1  # never lands on "Group A"


async def test_rule_and_rows_are_drawn_in_order() -> None:
    app = ListApp(grouped_rows())
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        lines = drawn(app.query_one(RowList))
        # 38: two columns of the 40 are kept for the scrollbar (its default width)
        assert lines[:6] == ["Group A", "a1", "a2", "─" * 38, "Group B", "b1"]


async def test_home_end_and_pages() -> None:
    app = ListApp([ListRow(Content(f"row {i}")) for i in range(50)])
    async with app.run_test(size=(40, 10)) as pilot:
        row_list = app.query_one(RowList)
        await pilot.press("end")
        assert row_list.highlighted == 49
        assert row_list.scroll_offset.y == 40  # the last row is on screen
        await pilot.press("home")
        assert row_list.highlighted == 0 and row_list.scroll_offset.y == 0
        await pilot.press("pagedown")
        assert row_list.highlighted == 10  # one screen (10 lines) down
        await pilot.press("pagedown", "pageup")
        assert row_list.highlighted == 10


async def test_enter_and_click_select() -> None:
    app = ListApp(grouped_rows())
    async with app.run_test(size=(40, 10)) as pilot:
        row_list = app.query_one(RowList)
        await pilot.press("down", "enter")
        assert app.selected == [2]
        await pilot.click(RowList, offset=(1, 5))  # "b1"
        assert row_list.highlighted == 4 and app.selected == [2, 4]
        await pilot.click(RowList, offset=(1, 0))  # a heading: nothing happens
        assert row_list.highlighted == 4 and app.selected == [2, 4]


async def test_long_rows_wrap_and_rewrap_on_resize() -> None:
    app = ListApp([ListRow(Content(LONG)), ListRow(Content("short"))])
    async with app.run_test(size=(40, 10)) as pilot:
        row_list = app.query_one(RowList)
        wide = row_list.virtual_size.height
        assert wide == 5  # 132 characters at 40 columns: 4 lines, plus "short"
        await pilot.resize_terminal(20, 10)
        await pilot.pause()
        assert row_list.virtual_size.height > wide
        await pilot.press("down")
        lines = drawn(app.query_one(RowList))
        assert "short" in lines


async def test_empty_list_has_no_cursor_and_ignores_keys() -> None:
    app = ListApp([ListRow(Content("(nothing here)"), selectable=False)])
    async with app.run_test(size=(40, 10)) as pilot:
        row_list = app.query_one(RowList)
        assert row_list.highlighted is None
        await pilot.press("down", "end", "pagedown", "enter")
        assert row_list.highlighted is None and app.selected == []


async def test_cursor_colour_follows_focus_and_theme() -> None:
    """Rows are drawn once and kept; a change of focus or theme must redraw them."""
    app = ListApp(grouped_rows())
    async with app.run_test(size=(40, 10)) as pilot:
        row_list = app.query_one(RowList)

        def cursor_background() -> object:
            return next(iter(row_list.render_line(1))).style.bgcolor  # type: ignore[union-attr]

        focused = cursor_background()
        app.theme = "textual-light"
        await pilot.pause()
        light = cursor_background()
        row_list.blur()
        await pilot.pause()
        blurred = cursor_background()
        assert len({str(focused), str(light), str(blurred)}) == 3


class StyledByCSS(RowList):
    """The CSS that headings and rules took their colours from, as
    component classes, before RowList resolved them itself."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"test--heading", "test--rule"}
    DEFAULT_CSS = """
    StyledByCSS > .test--heading { color: $text-disabled; }
    StyledByCSS > .test--rule { color: $foreground 15%; }
    """


class TwoListsApp(App[None]):
    def compose(self) -> ComposeResult:
        yield RowList(id="ours")
        yield StyledByCSS(id="css")

    def on_mount(self) -> None:
        for row_list in self.query(RowList):
            row_list.set_rows(grouped_rows())


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord", "solarized-light"])
async def test_headings_and_rules_take_the_themes_colours(theme: str) -> None:
    app = TwoListsApp()
    async with app.run_test(size=(40, 20)) as pilot:
        app.theme = theme
        await pilot.pause()
        ours = app.query_one("#ours", RowList)
        css = app.query_one("#css", StyledByCSS)
        heading = next(iter(ours.render_line(0))).style
        rule = next(iter(ours.render_line(3))).style
        assert ours.render_line(3).text.startswith("─")
        assert heading == css.get_visual_style("test--heading").rich_style
        assert rule == css.get_visual_style("test--rule").rich_style






async def test_rows_off_view_are_measured_as_they_wrap() -> None:
    # Rows that fit are counted by their lines, not wrapped; the others
    # (too long, or with a tab, which drawing expands) are wrapped to measure.
    kinds = ["short", LONG, "two\nlines", "tab\there " * 5, "😀" * 25, "中文" * 12, "",
             "  indented" + LONG, "• " + LONG]
    rows = [ListRow(Content(f"{i} {kinds[i % len(kinds)]}")) for i in range(41)]
    app = ListApp(rows)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        row_list = app.query_one(RowList)
        width = row_list.scrollable_content_region.width
        wrapped = [row_list_module.wrap_row(row.content, width) for row in rows]
        assert row_list.virtual_size.height == sum(len(lines) for lines in wrapped)
        await pilot.press("end")
        await pilot.pause()
        last = [line.plain.rstrip() for line in wrapped[-1]]
        assert [line.rstrip() for line in drawn(row_list)[-len(last):]] == last


def test_wrapped_lines_hang_under_their_text() -> None:
    """A continuation starts where its line's text does, not at the left edge."""
    row = join(("Iranian state television (Iran)", "bold"), "\n  ", ("killed 80", "bold red"),
               " Also claimed US helicopters and equipment were damaged.")
    lines = [line.plain for line in wrap_row(row, 34)]
    assert lines[0] == "Iranian state television (Iran)"  # fits: as it is
    assert lines[1].startswith("  killed 80 ")
    assert len(lines) > 3 and all(line.startswith("  ") and line[2] != " " for line in lines[2:])
    # styles survive the split: "killed 80" stays bold red on its line
    second = wrap_row(row, 34)[1]
    assert any(second.plain[span.start:span.end] == "killed 80" for span in second.spans)
    bullet = [line.plain for line in wrap_row(join("• ", LONG), 30)]
    assert bullet[0].startswith("• a long")
    assert all(line.startswith("  ") and line[2] != " " for line in bullet[1:])


def test_a_label_column_keeps_its_text_in_the_column() -> None:
    row = join("[warns]".ljust(22), "Told Washington to withdraw its troops to prevent more deaths",
               "\n  Foreign ministry")
    lines = [line.plain for line in wrap_row(row, 50, hang=22)]
    assert lines[0].startswith("[warns]               Told")
    assert all(line.startswith(" " * 22) and line[22] != " " for line in lines[1:-1])
    assert lines[-1] == "  Foreign ministry"
    # too narrow for the column: wrapped to the left edge rather than into a sliver
    narrow = [line.plain for line in wrap_row(row, 40, hang=22)]
    assert narrow[1][0] != " "
    # every character is still there, in order
    assert "".join(narrow).replace(" ", "") == row.plain.replace("\n", "").replace(" ", "")


def test_wrapping_keeps_every_word_and_fits_the_width() -> None:
    texts = ["  " + LONG, "• " + "中文字" * 20, "😀 " * 30, "• ", "   ", "x" * 90, "a\n\n  " + LONG]
    for text in texts:
        for width in (10, 23, 40):
            lines = wrap_row(Content(text), width)
            assert all(line.cell_length <= width for line in lines), (text, width)
            shown = "".join(line.plain for line in lines)
            assert "".join(shown.split()) == "".join(text.split()), (text, width)


def spy_on_measuring(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of each row the list measures from now on (not from its cache)."""
    measured: list[str] = []
    fitting = row_layout.fitting_lines
    monkeypatch.setattr(row_layout, "fitting_lines",
                        lambda text, width: measured.append(text) or fitting(text, width))
    return measured


async def test_rows_handed_again_are_not_measured_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # The library hands its list the same row objects at each keystroke of
    # its filter: their heights are known from the last time.
    rows = [ListRow(Content(f"{i} {LONG if i % 3 == 0 else 'short'}")) for i in range(60)]
    app = ListApp(rows)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        row_list = app.query_one(RowList)
        height = row_list.virtual_size.height
        measured = spy_on_measuring(monkeypatch)
        row_list.set_rows(rows[::-1], 0)
        await pilot.pause()
        assert measured == []
        assert row_list.virtual_size.height == height
        fresh = [ListRow(row.content) for row in rows]  # equal rows, other objects
        row_list.set_rows(fresh, 0)
        await pilot.pause()
        assert len(measured) > 40  # those below the view
        await pilot.resize_terminal(30, 10)
        await pilot.pause()
        width = row_list.scrollable_content_region.width
        assert row_list.virtual_size.height == sum(
            len(wrap_row(row.content, width)) for row in rows)


async def test_rows_hidden_by_a_narrow_list_keep_their_heights(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A filter that narrows the library to a few rows, then widens it again
    # (a word, then another word's first letters): the many rows it hid are
    # not measured again.
    rows = [ListRow(Content(f"{i} {LONG if i % 3 == 0 else 'short'}")) for i in range(1500)]
    app = ListApp(rows)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        row_list = app.query_one(RowList)
        row_list.set_rows(rows, 0)
        await pilot.pause()
        measured = spy_on_measuring(monkeypatch)
        row_list.set_rows(rows[:5], 0)
        await pilot.pause()
        row_list.set_rows(rows, 0)
        await pilot.pause()
        assert measured == []


@pytest.mark.parametrize("rules", [True, False])
def test_every_line_is_found_in_its_row_when_laid_out_in_bulk(rules: bool) -> None:
    # The rows on view are laid out one by one, the rest at once (without
    # rules, by adding their heights up): each line maps to the same row.
    rows = [ListRow(Content("one" if i % 3 else "two\nlines"), rule_above=rules and i % 5 == 0)
            for i in range(40)]
    layout = row_layout.Layout()
    layout.start(20)
    for row in rows[:7]:
        layout.place(row, layout.height(row, None))
    layout.place_rest(rows)
    expected: list[tuple[int, int]] = []
    for index, row in enumerate(rows):
        if row.rule_above and expected:
            expected.append((index, -1))
        expected += [(index, n) for n in range(row.content.plain.count("\n") + 1)]
    assert layout.line_count == len(expected)
    assert [layout.line_at(y, rows) for y in range(len(expected))] == expected
