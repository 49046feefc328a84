"""tui.app.text: briefing strings become display text, never markup."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from textual.content import Content, Span

from tui.app.rows import reaction_line, stance_column, timeline_line, when_column
from tui.app.text import join, plain, styled
from tui.core.format.model import Reaction, TimelineEntry


def test_join_keeps_every_part_and_its_style_at_its_place() -> None:
    inner = join("x", ("[b]", "bold"))  # a part that is itself joined
    content = join(("Iran", "bold"), None, " said ", inner, ("", "red"), "!")
    assert content.plain == "Iran said x[b]!"
    assert content.spans == [Span(0, 4, "bold"), Span(11, 14, "bold")]


def test_join_and_plain_remove_control_characters_but_not_brackets() -> None:
    hostile = "a\x1b[31mb\x07c\r\nd\te [/] [@click=app.quit]"
    expected = "a[31mbc\nd\te [/] [@click=app.quit]"
    assert plain(hostile).plain == expected
    assert join(hostile).plain == expected
    assert join((hostile, "dim")).spans == [Span(0, len(expected), "dim")]


def test_join_matches_adding_contents() -> None:
    parts = [("Trump", "bold"), "  ", styled("Twitter · 2020-01-08", "dim"), "\n", "“All is well!”"]
    added = Content("")
    for part in parts:
        added += styled(*part) if isinstance(part, tuple) else (
            part if isinstance(part, Content) else plain(part))
    joined = join(*parts)
    assert (joined.plain, joined.spans, joined.cell_length) == (
        added.plain, added.spans, added.cell_length)


def test_timeline_column_fits_its_longest_time() -> None:
    # A time with an offset used to run into the event: "2020-01-08 01:30+03:00Missiles".
    day = TimelineEntry(date(2020, 1, 3), "A drone strike")
    timed = TimelineEntry(datetime(2020, 1, 8, 1, 30, tzinfo=timezone(timedelta(hours=3))),
                          "Missiles hit al-Asad")
    column = when_column([day, timed])
    # The column holds the date; the time starts the text, so that a narrow
    # pane still has room to wrap every entry under its own text.
    assert timeline_line(timed, column).plain == "2020-01-08  01:30+03:00  Missiles hit al-Asad"
    assert timeline_line(day, column).plain == "2020-01-03  A drone strike"
    assert when_column([day]) == len("2020-01-03  ")


def test_stance_column_fits_the_widest_stance_present() -> None:
    warns = Reaction("Told Washington to withdraw", stance="warns")
    calls = Reaction("Urged calm", stance="calls-for-restraint")
    alone = reaction_line(warns, stance_column([warns]))
    assert alone.plain == "[warns]  Told Washington to withdraw"
    column = stance_column([warns, calls])
    assert column == len("[calls-for-restraint]  ")
    assert reaction_line(warns, column).plain.startswith("[warns]" + " " * 16 + "Told")
