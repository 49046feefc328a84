"""A briefing not in the parse cache is parsed in a child process (a fresh
interpreter for a small file, a fork for a big one) while the caller imports
the app, and gives exactly what parsing it here would: the briefing, or its
errors."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from tests.conftest import SEED
from tui.core import cache, child_parse, load
from tui.core.cache import PendingWrites, entry_name, load_briefing_cached
from tui.core.errors import BriefingError
from tui.core.model import Briefing

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (not on Windows)")


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file parsed by a fork, as a big one is."""
    monkeypatch.setattr(child_parse, "SPAWN_BELOW_BYTES", 0)


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
    child's memory is its own; a forked child inherits this patch, a fresh
    interpreter does not (it records nothing)."""
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


def test_a_big_file_not_in_the_cache_is_parsed_in_a_fork_while_meanwhile_runs(
        tmp_path: Path, parsed_in: Callable[[], list[int]], forked: None) -> None:
    path = copy_of_seed(tmp_path)
    calls: list[int] = []
    briefing = load_briefing_cached(path, meanwhile=lambda: calls.append(os.getpid()))
    assert calls == [os.getpid()]
    pids = parsed_in()
    assert len(pids) == 1 and pids[0] != os.getpid()
    assert briefing == load.load_briefing(path) and briefing.path == path
    assert briefing.place == "Iraq"


def test_errors_found_in_a_fork_are_the_parse_errors(
        tmp_path: Path, parsed_in: Callable[[], list[int]], forked: None) -> None:
    path = copy_of_seed(tmp_path, ("  - speaker: Donald Trump", "  - speakr: Donald Trump"))
    with pytest.raises(BriefingError) as from_child:
        load_briefing_cached(path, meanwhile=lambda: None)
    assert [pid != os.getpid() for pid in parsed_in()] == [True]
    with pytest.raises(BriefingError) as here:
        load.load_briefing(path)
    assert from_child.value.errors == here.value.errors
    assert any("unknown key 'speakr'" in str(e) and e.line > 1 for e in from_child.value.errors)


def test_a_fork_that_dies_is_replaced_by_parsing_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: None) -> None:
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


def test_a_fork_killed_while_writing_its_answer_is_replaced_by_parsing_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_parse_cache: Path,
        forked: None) -> None:
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


@pytest.mark.parametrize("kind", ["spawn", "fork"])
def test_when_meanwhile_fails_the_child_is_stopped_and_reaped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    path = copy_of_seed(tmp_path)
    if kind == "fork":
        monkeypatch.setattr(child_parse, "SPAWN_BELOW_BYTES", 0)
    assert child_parse.child_kind(path.stat().st_size) == kind

    def failing() -> None:
        raise KeyboardInterrupt  # Ctrl+C while the app is imported

    with pytest.raises(KeyboardInterrupt):
        load_briefing_cached(path, meanwhile=failing)
    with pytest.raises(ChildProcessError):  # no child left behind, not even a zombie
        os.waitpid(-1, os.WNOHANG)


def test_a_forks_pickle_becomes_the_cache_entry(
        tmp_path: Path, parsed_in: Callable[[], list[int]], private_parse_cache: Path,
        forked: None) -> None:
    path = copy_of_seed(tmp_path)
    pending = PendingWrites()
    first = load_briefing_cached(path, pending, meanwhile=lambda: None)
    assert not list(private_parse_cache.glob("*.pickle"))  # left for later
    pending.write()
    assert len(list(private_parse_cache.glob("*.pickle"))) == 1
    again = load_briefing_cached(path, meanwhile=lambda: pytest.fail("a hit needs no child"))
    assert again == first
    assert [pid != os.getpid() for pid in parsed_in()] == [True]  # the child's parse only


def test_a_big_file_is_spawned_not_forked_while_a_thread_is_running(
        tmp_path: Path, parsed_in: Callable[[], list[int]], forked: None) -> None:
    path = copy_of_seed(tmp_path)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()  # forking would copy locks the thread may hold
    try:
        assert child_parse.child_kind(path.stat().st_size) == "spawn"
        calls: list[int] = []
        briefing = load_briefing_cached(path, meanwhile=lambda: calls.append(1))
    finally:
        stop.set()
        thread.join()
    assert calls == [1]
    assert parsed_in() == []  # not here, and not in a fork (which would record it)
    assert briefing == load.load_briefing(path)


def test_parsed_here_while_a_thread_is_running_when_nothing_can_be_spawned(
        tmp_path: Path, parsed_in: Callable[[], list[int]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "posix_spawn")
    path = copy_of_seed(tmp_path)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        briefing = load_briefing_cached(path, meanwhile=lambda: pytest.fail("no child"))
    finally:
        stop.set()
        thread.join()
    assert parsed_in() == [os.getpid()]
    assert briefing == load.load_briefing(path)


def test_parsed_here_on_a_machine_with_one_cpu(
        tmp_path: Path, parsed_in: Callable[[], list[int]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A child would only take turns with the app's import on the one CPU.
    monkeypatch.setattr(child_parse, "usable_cpus", lambda: 1)
    path = copy_of_seed(tmp_path)
    briefing = load_briefing_cached(path, meanwhile=lambda: pytest.fail("no child"))
    assert parsed_in() == [os.getpid()]
    assert briefing == load.load_briefing(path)


# -- a small file: parsed by a fresh interpreter ---------------------------------


def test_a_small_file_is_parsed_by_a_fresh_interpreter_while_meanwhile_runs(
        tmp_path: Path, parsed_in: Callable[[], list[int]], private_parse_cache: Path) -> None:
    path = copy_of_seed(tmp_path)
    assert child_parse.child_kind(path.stat().st_size) == "spawn"
    calls: list[int] = []
    pending = PendingWrites()
    briefing = load_briefing_cached(path, pending, meanwhile=lambda: calls.append(1))
    assert calls == [1]
    assert parsed_in() == []  # not here, and not in a fork (which would record it)
    assert briefing == load.load_briefing(path) and briefing.path == path
    assert briefing.place == "Iraq"
    # The child's pickle, as it is, becomes the cache entry.
    assert [type(parsed) for _, _, parsed in pending.entries] == [bytes]
    pending.write()
    assert load_briefing_cached(path, meanwhile=lambda: pytest.fail("a hit")) == briefing


def test_errors_found_by_a_fresh_interpreter_are_the_parse_errors(
        tmp_path: Path, parsed_in: Callable[[], list[int]]) -> None:
    path = copy_of_seed(tmp_path, ("  - speaker: Donald Trump", "  - speakr: Donald Trump"))
    with pytest.raises(BriefingError) as from_child:
        load_briefing_cached(path, meanwhile=lambda: None)
    assert parsed_in() == []
    with pytest.raises(BriefingError) as here:
        load.load_briefing(path)
    assert from_child.value.errors == here.value.errors
    assert any("unknown key 'speakr'" in str(e) and e.line > 1 for e in from_child.value.errors)


@pytest.mark.parametrize("differs", ["the file changed since it was read here",
                                     "this is other code"])
def test_a_fresh_interpreter_answers_only_for_the_same_bytes_and_code(
        tmp_path: Path, parsed_in: Callable[[], list[int]], monkeypatch: pytest.MonkeyPatch,
        differs: str) -> None:
    path = copy_of_seed(tmp_path)
    data = path.read_bytes()
    if differs.startswith("the file"):
        data = data.replace(b"Iran fires missiles", b"Iran fired missiles")
        assert data != path.read_bytes()
    else:
        monkeypatch.setattr(cache, "_code_key", lambda: b"another version")
    briefing, pickled = child_parse.parse_in_child(data, path.name, path, lambda: None,
                                                   "spawn", entry_name(data))
    assert pickled is None and parsed_in() == [os.getpid()]  # parsed here instead
    assert briefing == load.parse_briefing(data, path.name, path)


@pytest.mark.parametrize("dies", [
    "import os; os._exit(3)",  # out of memory, say
    "import os, signal; os.write(1, b'B' + b'x' * 100); os.kill(os.getpid(), signal.SIGKILL)",
])
def test_a_fresh_interpreter_that_dies_is_replaced_by_parsing_here(
        tmp_path: Path, parsed_in: Callable[[], list[int]], monkeypatch: pytest.MonkeyPatch,
        dies: str) -> None:
    monkeypatch.setattr(child_parse, "_SPAWNED", dies)
    path = copy_of_seed(tmp_path)
    data = path.read_bytes()
    briefing, pickled = child_parse.parse_in_child(data, path.name, path, lambda: None,
                                                   "spawn", entry_name(data))
    assert pickled is None and parsed_in() == [os.getpid()]
    assert briefing == load.load_briefing(path)


def test_a_child_that_cannot_start_is_replaced_by_parsing_here(
        tmp_path: Path, parsed_in: Callable[[], list[int]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child_parse.sys, "executable", str(tmp_path / "no-such-python"))
    path = copy_of_seed(tmp_path)
    data = path.read_bytes()
    briefing, pickled = child_parse.parse_in_child(
        data, path.name, path, lambda: pytest.fail("no child runs"), "spawn", entry_name(data))
    assert pickled is None and parsed_in() == [os.getpid()]
    assert briefing == load.load_briefing(path)
