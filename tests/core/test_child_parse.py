"""A briefing not in the parse cache is parsed in a forked child while the
caller imports the app, and gives exactly what parsing it here would: the
briefing, or its errors."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from tests.conftest import SEED
from tui.core import child_parse, load
from tui.core.cache import PendingWrites, load_briefing_cached
from tui.core.errors import BriefingError
from tui.core.model import Briefing

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (not on Windows)")


def copy_of_seed(tmp_path: Path, replace: tuple[str, str] | None = None) -> Path:
    text = SEED.read_text(encoding="utf-8")
    if replace is not None:
        assert replace[0] in text
        text = text.replace(*replace)
    path = tmp_path / "copy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def parsed_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[int]]:
    """The process ids that parsed, in order. A file records them, since a
    child's memory is its own; the child inherits this patch through fork."""
    record = tmp_path / "parsed-in"
    real = load.parse_briefing

    def recording(data: bytes | str, file: str = "<string>",
                  path: Path | None = None) -> Briefing:
        with record.open("a") as handle:
            handle.write(f"{os.getpid()}\n")
        return real(data, file, path)

    monkeypatch.setattr(load, "parse_briefing", recording)

    def pids() -> list[int]:
        return [int(line) for line in record.read_text().split()] if record.exists() else []

    return pids


def test_a_file_not_in_the_cache_is_parsed_in_a_child_while_meanwhile_runs(
        tmp_path: Path, parsed_in: Callable[[], list[int]]) -> None:
    path = copy_of_seed(tmp_path)
    calls: list[int] = []
    briefing = load_briefing_cached(path, meanwhile=lambda: calls.append(os.getpid()))
    assert calls == [os.getpid()]
    pids = parsed_in()
    assert len(pids) == 1 and pids[0] != os.getpid()
    assert briefing == load.load_briefing(path) and briefing.path == path
    assert briefing.place == "Iraq"


def test_errors_found_in_the_child_are_the_parse_errors(
        tmp_path: Path, parsed_in: Callable[[], list[int]]) -> None:
    path = copy_of_seed(tmp_path, ("  - speaker: Donald Trump", "  - speakr: Donald Trump"))
    with pytest.raises(BriefingError) as from_child:
        load_briefing_cached(path, meanwhile=lambda: None)
    assert [pid != os.getpid() for pid in parsed_in()] == [True]
    with pytest.raises(BriefingError) as here:
        load.load_briefing(path)
    assert from_child.value.errors == here.value.errors
    assert any("unknown key 'speakr'" in str(e) and e.line > 1 for e in from_child.value.errors)


def test_a_child_that_dies_is_replaced_by_parsing_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy_of_seed(tmp_path)
    parent = os.getpid()
    real = load.parse_briefing

    died = tmp_path / "child-died"

    def dying_in_child(data: bytes | str, file: str = "<string>",
                       path: Path | None = None) -> Briefing:
        if os.getpid() != parent:
            died.touch()
            os._exit(3)  # as if killed, or out of memory
        return real(data, file, path)

    monkeypatch.setattr(load, "parse_briefing", dying_in_child)
    assert load_briefing_cached(path, meanwhile=lambda: None) == real(path.read_bytes())
    assert died.exists()


def test_a_child_killed_while_writing_its_answer_is_replaced_by_parsing_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_parse_cache: Path) -> None:
    path = copy_of_seed(tmp_path)

    def killed_mid_write(write_end: int, data: bytes, name: str, path: Path) -> NoReturn:
        kind, payload = child_parse.parse_to_answer(data, name, path)
        os.write(write_end, kind + payload[:len(payload) // 2])
        os.kill(os.getpid(), signal.SIGKILL)  # out of memory, say
        os._exit(0)  # not reached

    monkeypatch.setattr(child_parse, "_child", killed_mid_write)
    pending = PendingWrites()
    briefing = load_briefing_cached(path, pending, meanwhile=lambda: None)
    assert briefing == load.load_briefing(path)
    pending.write()  # the entry is the briefing parsed here, and serves the next open
    assert load_briefing_cached(path, meanwhile=lambda: pytest.fail("a hit")) == briefing
    assert len(list(private_parse_cache.glob("*.pickle"))) == 1


def test_when_meanwhile_fails_the_child_is_stopped_and_reaped(tmp_path: Path) -> None:
    path = copy_of_seed(tmp_path)

    def failing() -> None:
        raise KeyboardInterrupt  # Ctrl+C while the app is imported

    with pytest.raises(KeyboardInterrupt):
        load_briefing_cached(path, meanwhile=failing)
    with pytest.raises(ChildProcessError):  # no child left behind, not even a zombie
        os.waitpid(-1, os.WNOHANG)


def test_the_childs_pickle_becomes_the_cache_entry(
        tmp_path: Path, parsed_in: Callable[[], list[int]], private_parse_cache: Path) -> None:
    path = copy_of_seed(tmp_path)
    pending = PendingWrites()
    first = load_briefing_cached(path, pending, meanwhile=lambda: None)
    assert not list(private_parse_cache.glob("*.pickle"))  # left for later
    pending.write()
    assert len(list(private_parse_cache.glob("*.pickle"))) == 1
    again = load_briefing_cached(path, meanwhile=lambda: pytest.fail("a hit needs no child"))
    assert again == first
    assert [pid != os.getpid() for pid in parsed_in()] == [True]  # the child's parse only


def test_parsed_here_while_a_thread_is_running(
        tmp_path: Path, parsed_in: Callable[[], list[int]]) -> None:
    path = copy_of_seed(tmp_path)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()  # forking would copy locks the thread may hold
    try:
        briefing = load_briefing_cached(path, meanwhile=lambda: pytest.fail("no child"))
    finally:
        stop.set()
        thread.join()
    assert parsed_in() == [os.getpid()]
    assert briefing == load.load_briefing(path)
