"""tui.app.text: briefing strings become display text, never markup."""

from __future__ import annotations

from textual.content import Content, Span

from tui.app.text import join, plain, styled


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
