"""The index's database is never trusted blindly: damaged, foreign, another
user's or shared files are built again or refused, never a crash."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.index_fixtures import write_library
from tui.core.store import db
from tui.core.store.index import Index, IndexUnavailable


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_library(tmp_path / "library")


@pytest.fixture
def index(library: Path) -> Iterator[Index]:
    found = Index(library)
    yield found
    found.close()



def test_a_corrupt_database_is_built_again(library: Path) -> None:
    first = Index(library)
    first.update()
    first.close()
    first.database.write_bytes(b"this is not a database" * 100)
    again = Index(library)
    again.update()
    assert len(again.listing()) == 4
    again.close()


def test_a_database_damaged_inside_is_built_again(library: Path) -> None:
    first = Index(library)
    first.update()
    first.close()
    data = bytearray(first.database.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # every page after the header
        data[offset:offset + 64] = b"\xff" * 64
    first.database.write_bytes(bytes(data))
    again = Index(library)
    done = again.update()
    assert done.parsed == 4
    assert [h.path for h in again.search("khamenei")] == ["strikes.yaml"]
    again.close()


@pytest.mark.parametrize("foreign", [
    "PRAGMA application_id = 1234",
    f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}",
    "CREATE TABLE extra(x)",
])
def test_a_foreign_or_other_layout_database_is_built_again(library: Path, foreign: str) -> None:
    first = Index(library)
    first.update()
    first.close()
    conn = sqlite3.connect(first.database)
    conn.execute(foreign)
    conn.commit()
    conn.close()
    again = Index(library)
    assert again.listing() == []  # nothing of the foreign file is served
    again.update()
    assert len(again.listing()) == 4
    again.close()


def test_an_index_made_by_other_code_is_read_again(library: Path, parses: list[str]) -> None:
    first = Index(library)
    first.update()
    conn = first.connection()
    conn.execute("UPDATE meta SET value = 'older' WHERE key = 'code'")
    first.close()
    parses.clear()
    again = Index(library)
    again.update()
    assert len(parses) == 4
    again.close()


def test_an_index_made_by_other_code_is_a_new_file_not_emptied(library: Path) -> None:
    # emptying a large index row by row took minutes and kept its size: it is removed
    first = Index(library)
    first.update()
    conn = first.connection()
    conn.execute("UPDATE meta SET value = 'older' WHERE key = 'code'")
    conn.execute("CREATE TABLE ballast(x)")  # what only the old file has
    first.close()
    again = Index(library)
    again.update()
    tables = {name for (name,) in again.connection().execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "ballast" not in tables
    assert len(again.listing()) == 4
    again.close()


def test_another_users_database_is_refused_and_left_alone(library: Path) -> None:
    first = Index(library)
    first.update()
    first.close()
    os.chown(first.database, 12345, 12345)
    with pytest.raises(IndexUnavailable, match="belongs to another user"):
        Index(library)
    assert first.database.stat().st_uid == 12345


def test_a_database_others_can_write_is_built_again(library: Path) -> None:
    first = Index(library)
    first.update()
    conn = first.connection()
    conn.execute("UPDATE briefings SET title = 'planted'")
    first.close()
    first.database.chmod(0o666)
    again = Index(library)
    assert again.listing() == []
    again.update()
    assert "planted" not in [r.title for r in again.listing()]
    assert first.database.stat().st_mode & 0o077 == 0
    again.close()


@pytest.mark.parametrize("kind", ["link", "folder", "fifo"])
def test_something_other_than_a_file_is_refused(library: Path, tmp_path: Path,
                                                 kind: str) -> None:
    path = db.database_path(library)
    assert path is not None
    if kind == "link":
        target = tmp_path / "elsewhere.sqlite"
        target.write_bytes(b"")
        path.symlink_to(target)
    elif kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    with pytest.raises(IndexUnavailable, match="not a regular file"):
        Index(library)


def test_without_a_cache_folder_the_index_lasts_one_run(
        library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", "off")
    found = Index(library)
    found.update()
    assert [h.path for h in found.search("khamenei")] == ["strikes.yaml"]
    database = found.database
    assert database.exists() and not database.is_relative_to(
        Path(os.environ["BRIEFING_CACHE_DIR"]))
    found.close()
    assert not database.exists()


def test_a_folder_that_cannot_be_listed_is_a_clear_error(tmp_path: Path) -> None:
    found = Index(tmp_path / "missing")
    with pytest.raises(IndexUnavailable, match="No such file"):
        found.update()
    found.close()


def test_damage_found_while_updating_rebuilds_the_index(
        index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    index.update()
    real = Index._update
    calls: list[int] = []

    def damaged_once(self: Index, *args: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(self, *args)

    monkeypatch.setattr(Index, "_update", damaged_once)
    done = index.update()
    assert done.parsed == 4  # built again from nothing
    assert len(index.listing()) == 4


def test_a_busy_or_read_only_index_is_an_error_not_a_rebuild(
        index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    index.update()

    def locked(self: Index, *args: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Index, "_update", locked)
    with pytest.raises(IndexUnavailable, match="database is locked"):
        index.update()
    monkeypatch.undo()
    assert len(index.listing()) == 4  # still there


def test_indexes_not_opened_for_months_are_removed(library: Path, tmp_path: Path) -> None:
    other = write_library(tmp_path / "other")
    old = Index(other)
    old.update()
    old.close()
    months_ago = time.time() - db.MAX_AGE_SECONDS - 60
    os.utime(old.database, (months_ago, months_ago))
    recent = Index(library)  # opening any index prunes the others
    assert not old.database.exists()
    assert recent.database.exists()
    recent.close()
    again = Index(library)  # an index in use is never pruned, however old its file
    os.utime(again.database, (months_ago, months_ago))
    assert db.prune(again.database.parent, keep=again.database) == 0
    again.close()


def test_a_file_made_a_link_out_of_the_folder_after_listing_is_not_read(
        library: Path, tmp_path: Path) -> None:
    from tui.core.store.reader import read_one

    secret = tmp_path / "secret.yaml"
    secret.write_text((library / "macron.yaml").read_text())
    (library / "macron.yaml").unlink()
    (library / "macron.yaml").symlink_to(secret)
    assert read_one(str(library), "macron.yaml", None) is None
    assert read_one(str(library), "strikes.yaml", None) is not None
