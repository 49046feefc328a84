"""The archive index: built from a folder, kept up to date by signature,
listed while it is written (its failure cases: test_index_trust)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED, folder_of_copies
from tests.core.index_fixtures import GAZA, MACRON, STRIKES, write_library
from tui.core.format import load
from tui.core.format.locate import line_of
from tui.core.format.model import Briefing
from tui.core.store import reader
from tui.core.store.index import Index
from tui.core.store.reader import PARALLEL_MIN
from tui.core.store.rows import KINDS, item_lines


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_library(tmp_path / "library")


@pytest.fixture
def index(library: Path) -> Iterator[Index]:
    found = Index(library)
    yield found
    found.close()


def paths(found: Index) -> list[str]:
    return [row.path for row in found.listing()]


def test_a_folder_is_listed_newest_first_with_broken_files_last(index: Index) -> None:
    done = index.update()
    assert (done.parsed, done.removed, done.cancelled) == (4, 0, False)
    rows = index.listing()
    assert [r.path for r in rows] == ["2021/gaza.yaml", "macron.yaml", "strikes.yaml",
                                      "broken.yaml"]
    strikes = rows[2]
    assert (strikes.title, strikes.date, strikes.place) == ("Missiles hit bases in Iraq",
                                                             "2020-01-08", "Iraq")
    assert strikes.tags == ("Iraq", "missile strikes")
    assert (strikes.quotes, strikes.claims, strikes.reactions, strikes.disputes) == (1, 2, 1, 1)
    assert strikes.error_count == 0 and strikes.error_message is None


def test_a_broken_file_is_indexed_with_its_first_error(index: Index) -> None:
    index.update()
    broken = index.listing()[-1]
    assert broken.title is None
    assert (broken.error_line, broken.error_column, broken.error_field) == (8, 14,
                                                                          "reactions[0].country")
    assert broken.error_message == "unknown country 'Germny'; did you mean Germany?"
    assert broken.error_count == 1


def test_nothing_changed_parses_nothing(index: Index, parses: list[str]) -> None:
    index.update()
    parses.clear()
    done = index.update()
    assert parses == []
    assert (done.parsed, done.unchanged) == (0, 4)


def test_one_changed_file_is_the_only_one_parsed_again(index: Index, library: Path,
                                                       parses: list[str]) -> None:
    index.update()
    parses.clear()
    (library / "macron.yaml").write_text(MACRON.replace("France calls for calm",
                                                        "France calls for peace"))
    done = index.update()
    assert parses == ["macron.yaml"]
    assert done.parsed == 1
    assert "France calls for peace" in [r.title for r in index.listing()]
    assert [h.path for h in index.search("peace")] == ["macron.yaml"]
    # the old title's row went with the old version
    assert [h.kind for h in index.search("calm")] == ["summary"]


def test_a_deleted_file_is_gone_and_an_added_one_found(index: Index, library: Path) -> None:
    index.update()
    (library / "strikes.yaml").unlink()
    (library / "new.yaml").write_text(GAZA.replace("Guterres", "Borrell"))
    done = index.update()
    assert (done.parsed, done.removed) == (1, 1)
    assert "strikes.yaml" not in paths(index)
    assert index.search("khamenei") == []
    assert [h.path for h in index.search("borrell")] == ["new.yaml"]


def test_a_file_that_stops_loading_becomes_broken(index: Index, library: Path) -> None:
    index.update()
    (library / "macron.yaml").write_text(MACRON.replace("date: 2020-02-10", "date: soon"))
    index.update()
    row = next(r for r in index.listing() if r.path == "macron.yaml")
    assert row.title is None and row.error_field == "date"
    assert index.search("macron") == []


def test_a_racy_file_rewritten_with_the_same_bytes_is_not_parsed_again(
        index: Index, library: Path, parses: list[str]) -> None:
    # Written just now, so its signature could miss a same-size rewrite:
    # the next update compares its bytes instead of trusting it.
    index.update()
    file = library / "strikes.yaml"
    st = file.stat()
    file.write_text(STRIKES.replace("slap", "SLAP"))
    os.utime(file, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.utime(file, ns=(st.st_atime_ns, st.st_mtime_ns))
    parses.clear()
    index.update()
    assert "strikes.yaml" in parses  # same size and time, other bytes: seen all the same
    parses.clear()
    index.update()
    assert parses == []


def test_a_file_changed_while_it_is_parsed_is_parsed_again(
        index: Index, library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = load.parse_briefing
    seen: list[str] = []

    def editing(data: bytes | str, file: str = "<string>", path: Path | None = None) -> Briefing:
        seen.append(file)
        if file == "macron.yaml" and seen.count(file) == 1:
            # the user saves while the first version is being parsed
            (library / file).write_text(MACRON.replace("calm", "dialogue") + "# saved\n")
        return real(data, file, path)

    monkeypatch.setattr(load, "parse_briefing", editing)
    done = index.update()
    assert seen.count("macron.yaml") == 2
    assert done.retried == 1
    assert "France calls for dialogue" in [r.title for r in index.listing()]


def test_a_cancelled_update_keeps_what_it_indexed(index: Index) -> None:
    calls: list[int] = []
    done = index.update(progress=lambda n, total: calls.append(n),
                        cancelled=lambda: len(calls) >= 2)
    assert done.cancelled and calls == [1, 2]
    index.close()
    again = Index(index.folder)
    assert len(again.listing()) == 2
    rest = again.update()
    assert rest.parsed == 2 and len(again.listing()) == 4
    again.close()


def test_links_outside_the_folder_are_not_followed(library: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(GAZA.replace("Guterres", "Outsider"))
    (library / "link-out.yaml").symlink_to(outside)
    (library / "link-in.yaml").symlink_to(library / "macron.yaml")
    (library / "loop").symlink_to(library)
    found = Index(library)
    found.update()
    assert found.search("outsider") == []
    assert sorted(h.path for h in found.search("speaker:macron")) == ["link-in.yaml",
                                                                      "macron.yaml"]
    found.close()


def test_readers_list_while_a_writer_updates(index: Index, library: Path) -> None:
    index.update()
    for i in range(30):
        (library / f"more-{i}.yaml").write_text(GAZA.replace("Guterres", f"Speaker{i}"))
    listed: list[int] = []

    def progress(done: int, total: int) -> None:
        if done == 10:  # mid-update, another thread lists: it sees the last commit
            reader = threading.Thread(target=lambda: listed.append(len(index.listing())))
            reader.start()
            reader.join()

    index.update(progress)
    assert listed and listed[0] >= 4
    assert len(index.listing()) == 34


def test_items_are_at_the_lines_pyyaml_gives(tmp_path: Path) -> None:
    from tui.core.format.load import load_briefing

    briefing = load_briefing(SEED)
    lines = item_lines(SEED.read_text(encoding="utf-8"), briefing)
    for key in KINDS:
        for i in range(len(getattr(briefing, key))):
            assert lines[(key, i)] == line_of(SEED, key, i), (key, i)


def test_flow_style_lists_get_their_lines_from_pyyaml(tmp_path: Path) -> None:
    library = tmp_path / "flow"
    library.mkdir()
    (library / "flow.yaml").write_text(
        "format: 1\ntitle: Flow\ndate: 2020-01-01\nsummary: s\n"
        "quotes: [{speaker: A, text: first},\n  {speaker: B, text: second}]\n")
    found = Index(library)
    found.update()
    assert [(h.label, h.line) for h in found.search("second")] == [("quote by B", 6)]
    found.close()


def test_a_file_with_a_bom_and_crlf_lines_has_its_items_at_their_lines(
        tmp_path: Path) -> None:
    library = tmp_path / "bom"
    library.mkdir()
    text = ("quotes:\r\n- speaker: A\r\n  text: first\r\n- speaker: B\r\n  text: second\r\n"
            "format: 1\r\ntitle: Bom\r\ndate: 2020-01-01\r\nsummary: s\r\n")
    (library / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + text.encode())
    found = Index(library)
    found.update()
    assert [(h.label, h.line) for h in found.search("first")] == [("quote by A", 2)]
    assert [(h.label, h.line) for h in found.search("second")] == [("quote by B", 4)]
    assert [(h.kind, h.line) for h in found.search("bom")] == [("title", 7)]
    found.close()


def test_a_file_not_in_utf8_is_indexed_as_broken_at_the_byte(tmp_path: Path) -> None:
    library = tmp_path / "latin"
    library.mkdir()
    (library / "latin.yaml").write_bytes("format: 1\ntitle: Caf\xe9\n".encode("latin-1"))
    found = Index(library)
    found.update()
    [row] = found.listing()
    assert row.title is None and (row.error_line, row.error_column) == (2, 11)
    assert row.error_message is not None and "not UTF-8" in row.error_message
    found.close()


def test_a_bulk_build_is_not_synced_and_the_setting_is_put_back(
        index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.core.store import index_update

    monkeypatch.setattr(index_update, "BULK", 4)
    during: list[int] = []
    conn = index.connection()
    index.update(progress=lambda done, total: during.append(
        conn.execute("PRAGMA synchronous").fetchone()[0]))
    assert during and set(during) == {0}  # OFF while the files are written
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL again
    monkeypatch.setattr(index_update, "BULK", 64)
    os.utime(index.folder / "macron.yaml", (1, 1))
    during.clear()
    index.update(progress=lambda done, total: during.append(
        conn.execute("PRAGMA synchronous").fetchone()[0]))
    assert during and set(during) == {1}  # a few files: synced as ever


def test_workers_keep_only_a_few_chunks_ahead_of_the_writer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Workers faster than the caller writes must not pile up parsed files.
    from concurrent.futures import Future

    folder = folder_of_copies(tmp_path, 200)
    submitted: list[int] = []

    class Pool:  # runs each chunk at once, counting them
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def submit(self, fn: Any, *args: Any) -> Future[Any]:
            submitted.append(1)
            future: Future[Any] = Future()
            future.set_result(fn(*args))
            return future

        def shutdown(self, **kwargs: object) -> None:
            pass

    monkeypatch.setattr(reader, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    jobs = [(path.name, None) for path in sorted(folder.glob("*.yaml"))]
    results = reader.read_all(str(folder), jobs, lambda: False, parallel=True)
    most = 2 * reader.AHEAD * reader.CHUNK
    for n, (path, _) in enumerate(results):
        assert path == jobs[n][0]  # in order
        assert len(submitted) * reader.CHUNK <= n + most + reader.CHUNK
    assert len(submitted) * reader.CHUNK >= len(jobs)


def test_many_files_are_read_in_worker_processes(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = folder_of_copies(tmp_path, PARALLEL_MIN + 6)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # workers, even on one core
    here: list[str] = []
    real = reader.read_one
    monkeypatch.setattr(reader, "read_one", lambda folder, path, digest: (
        here.append(path), real(folder, path, digest))[1])
    found = Index(folder)
    seen: list[int] = []
    done = found.update(progress=lambda n, total: seen.append(total),
                        cancelled=lambda: len(seen) >= 20, parallel=True)
    assert done.cancelled and len(found.listing()) == 20  # what was read is kept
    assert here == []  # not one was read in this process
    done = found.update(parallel=True)
    assert done.parsed == PARALLEL_MIN + 7 - 20 and not done.cancelled
    rows = found.listing()
    assert len(rows) == PARALLEL_MIN + 7 and rows[-1].path == "broken.yaml"
    assert len(found.search('speaker:khamenei "slap in the face"')) == PARALLEL_MIN + 6
    found.close()
