"""Each file in tests/data/invalid breaks one rule; its `# expect:` lines are
the exact errors (line:column: path: message) `briefing check` must report."""

from __future__ import annotations

import contextlib
import gc
import re
import time
from pathlib import Path

import pytest

from tests.conftest import DATA, SEED
from tui.core.format import load, yaml_safety
from tui.core.format.errors import BriefingError
from tui.core.format.load import load_briefing, parse_briefing

CORPUS = sorted((DATA / "invalid").glob("*.yaml"))


def expected_errors(path: Path) -> list[str]:
    return sorted(re.findall(rb"^# expect: (.*)$", path.read_bytes(), re.M), key=_order)


def _order(line: bytes | str) -> tuple[int, int, str]:
    text = line.decode() if isinstance(line, bytes) else line
    ln, col, rest = text.split(":", 2)
    return (int(ln), int(col), rest)


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 18


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_invalid_briefing_reports_exact_errors(path: Path) -> None:
    expected = [e.decode() for e in expected_errors(path)]
    assert expected, f"{path.name} has no '# expect:' line"
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    got = [f"{e.line}:{e.column}: {e.path}: {e.message}" for e in info.value.errors]
    assert sorted(got, key=_order) == expected
    assert all(e.file.endswith(path.name) for e in info.value.errors)


def test_error_prints_gcc_style() -> None:
    with pytest.raises(BriefingError) as info:
        parse_briefing("format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\nquotes:\n  - text: x\n",
                       "iran.yaml")
    assert str(info.value.errors[0]) == "iran.yaml:6:5: quotes[0].speaker: required"


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = (f"format: 1\ntitle: t\ndate: 2020-01-08\n"
            f"summary: !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(BriefingError):
        parse_briefing(text)
    assert not marker.exists()


def test_billion_laughs_is_refused_quickly() -> None:
    text = (DATA / "invalid" / "billion-laughs.yaml").read_text()
    assert len(text.encode()) < 700
    start = time.perf_counter()
    with pytest.raises(BriefingError, match="expands to more than"):
        parse_briefing(text)
    # Generous bound: expanding it would take minutes and gigabytes.
    assert time.perf_counter() - start < 1.0


def test_small_aliases_are_allowed() -> None:
    b = parse_briefing(
        "format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"
        "tags: &t [a, b]\nkey_points: *t\n"
    )
    assert b.key_points == ("a", "b")


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    from tui.core.format import load

    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * (load.MAX_FILE_BYTES + 1))
    with pytest.raises(BriefingError, match="limited to"):
        load_briefing(big)


def test_all_errors_reported_at_once() -> None:
    text = ("format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"
            "quotes:\n  - speakr: a\n    text: b\n  - speaker: c\n")
    with pytest.raises(BriefingError) as info:
        parse_briefing(text, "x.yaml")
    messages = [f"{e.path}: {e.message}" for e in info.value.errors]
    assert "quotes[0].speaker: required" in messages
    assert "quotes[1].text: required" in messages
    assert any(m.startswith("quotes[0].speakr: unknown key") for m in messages)


def test_missing_file_has_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no such file"):
        load_briefing(tmp_path / "nope.yaml")


@pytest.mark.parametrize("text", [SEED.read_text(encoding="utf-8"), "format: 1\ntitle: [\n",
                                  "a: &a [*a]\n"])
def test_parsing_pauses_the_garbage_collector_and_restores_it(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Full collections during a parse cost more than half of a big file's
    load time; the collector must come back on afterwards, error or not."""
    states: list[bool] = []
    real_compose = yaml_safety.Loader.get_single_node

    def compose(self: yaml_safety.Loader) -> object:
        states.append(gc.isenabled())
        return real_compose(self)

    monkeypatch.setattr(yaml_safety.Loader, "get_single_node", compose)
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            with contextlib.suppress(BriefingError):  # two of the texts are broken
                parse_briefing(text)
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
    assert states == [False, False]


HEAD = "format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"


@pytest.fixture
def tree_walks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Records each walk over the node tree (load.check_tree) that a parse makes."""
    walks: list[object] = []
    real_check = load.check_tree

    def check(root: object, file: str) -> object:
        walks.append(root)
        return real_check(root, file)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "check_tree", check)
    return walks


@pytest.mark.parametrize(("tail", "message"), [
    ("tags: &t [a]\nkey_points: *t\n", None),  # an anchor: aliases possible
    ("summary: !!python/name:os.system\n", "python/name:os.system"),
    ("tags: !custom [a]\n", "'!custom'"),
    ("tags: [a,!!binary aGk=]\n", "binary"),  # a tag right after a flow comma
    ("<<: {place: x}\n", "merge"),  # implicit merge tag, no alias needed
    ("tags: [=]\n", "value"),
])
def test_tree_walk_runs_whenever_aliases_or_tags_are_possible(
        tail: str, message: str | None, tree_walks: list[object]) -> None:
    """The walk over every node is skipped for speed only when the text can
    hold no alias and no tag; every way to write one must still be caught."""
    text = HEAD.replace("summary: s\n", "") if tail.startswith("summary") else HEAD
    if message is None:
        parse_briefing(text + tail)
    else:
        with pytest.raises(BriefingError) as info:
            parse_briefing(text + tail)
        assert any(message in e.message and "is not allowed" in e.message
                   for e in info.value.errors)
    assert len(tree_walks) == 1


def test_tree_walk_is_skipped_for_plain_data(tree_walks: list[object]) -> None:
    briefing = parse_briefing(HEAD + 'quotes:\n  - {speaker: A, text: "Fire! Stop!! a=b"}\n')
    assert briefing.quotes[0].text == "Fire! Stop!! a=b"
    assert parse_briefing(SEED.read_text(encoding="utf-8")).title
    assert tree_walks == []


def test_fast_resolver_gives_pyyaml_tags() -> None:
    """Our resolver must tag every scalar exactly as PyYAML's own does."""
    import yaml

    text = SEED.read_text(encoding="utf-8") + (
        "extra: [~, null, '', true, NO, yes, off, 0x1F, 0o17, 017, 1_000, -3.5e+2, .inf, .NaN,"
        " 2020-01-08, 2020-01-08T10:00:00Z, 12:30:00, '7', \"8\", =, <<, text, -, ''] \n")
    ours = yaml.compose(text, Loader=yaml_safety.Loader)
    theirs = yaml.compose(text, Loader=yaml.SafeLoader)

    def tags(node: yaml.Node) -> list[str]:
        if isinstance(node, yaml.ScalarNode):
            return [node.tag]
        if isinstance(node, yaml.SequenceNode):
            return [node.tag, *(t for child in node.value for t in tags(child))]
        assert isinstance(node, yaml.MappingNode)
        return [node.tag, *(t for k, v in node.value for t in [*tags(k), *tags(v)])]

    assert tags(ours) == tags(theirs)
    assert len(set(tags(ours))) >= 8


@pytest.mark.parametrize(("text", "expected"), [
    ("!!python/object:x {}", True),  # at the very start
    ("a: !t b", True), ("a: [x,!t y]", True), ('{"a":!t b}', True), ("a:\n\t!t b", True),
    ("a: Fire! Stop!! ¡No!", False), ("a: x_! y", False), ("a: no bang", False),
])
def test_may_hold_tag(text: str, expected: bool) -> None:
    assert yaml_safety.may_hold_tag(text) is expected


def test_nesting_millions_deep_is_a_located_error_not_a_crash() -> None:
    with pytest.raises(BriefingError) as info:
        parse_briefing("format: 1\ntitle: t\ndate: 2020-01-08\nsummary: " + "[" * 1_000_000,
                       "deep.yaml")
    assert info.value.errors[0].file == "deep.yaml" and info.value.errors[0].line >= 1


def test_a_source_with_a_bad_url_is_one_error_not_one_per_reference(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`briefing check`'s whole output: the bad url once, and no "no source
    is named 'AFP'" for the quote, claim and figure that cite it."""
    from tui.cli import main

    path = tmp_path / "afp.yaml"
    path.write_bytes((DATA / "invalid" / "source-with-bad-url.yaml").read_bytes())
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:21:10: sources[0].url: 'www.afp.com' is not an http(s) URL",
        "1 error in 1 of 1 file",
    ]


def test_a_misspelt_reference_to_a_source_with_a_bad_url_is_still_reported() -> None:
    text = ("format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"
            "quotes:\n  - {speaker: A, text: w, source: AFPP}\n"
            "sources:\n  - {name: AFP, url: www.afp.com}\n")
    with pytest.raises(BriefingError) as info:
        parse_briefing(text, "x.yaml")
    assert [str(e) for e in info.value.errors] == [
        "x.yaml:6:35: quotes[0].source: no source is named 'AFPP'; did you mean 'AFP'?",
        "x.yaml:8:22: sources[0].url: 'www.afp.com' is not an http(s) URL",
    ]
