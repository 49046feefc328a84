"""The parse cache: a hit skips parsing, and no edit, damage, planted entry or
failure can make it serve anything but what parsing the file now would give."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, SEED
from tui.cli_output import load_or_report
from tui.core.format import load
from tui.core.format.errors import BriefingError, display_name
from tui.core.store import cache_store
from tui.core.store.cache import QUIT_SECONDS, PendingWrites, load_briefing_cached
from tui.core.store.cache_store import entry_path, prune


def copy_seed(tmp_path: Path, name: str = "seed.yaml") -> Path:
    target = tmp_path / name
    target.write_bytes(SEED.read_bytes())
    return target


def test_second_load_is_served_from_the_cache(tmp_path: Path, parses: list[str],
                                              private_parse_cache: Path) -> None:
    path = copy_seed(tmp_path)
    first = load_briefing_cached(path)
    second = load_briefing_cached(path)
    assert len(parses) == 1
    assert second == first == load.load_briefing(path)
    assert second.path == path
    assert len(list(private_parse_cache.glob("*.entry"))) == 1


def test_an_entry_for_other_bytes_under_the_same_name_is_never_served(
        tmp_path: Path, parses: list[str], private_parse_cache: Path) -> None:
    # Entries are named by a CRC-32 and a length, which two files can share:
    # the entry holds the file's bytes, and a hit needs exactly those.
    a = copy_seed(tmp_path, "a.yaml")
    b = tmp_path / "b.yaml"
    b.write_text(SEED.read_text(encoding="utf-8").replace("Iranian missiles", "Iranian rockets",
                                                          1), encoding="utf-8")
    load_briefing_cached(b)
    (entry_b,) = private_parse_cache.glob("*.entry")
    # a collision, staged
    entry_b.rename(entry_path(private_parse_cache, a.read_bytes()))
    assert load_briefing_cached(a).title.startswith("Iranian missiles")
    assert parses == [display_name(b), display_name(a)]  # a was parsed, not served b's


def test_same_bytes_at_another_path_keep_their_own_path(tmp_path: Path, parses: list[str]) -> None:
    a, b = copy_seed(tmp_path, "a.yaml"), copy_seed(tmp_path, "b.yaml")
    load_briefing_cached(a)
    assert load_briefing_cached(b).path == b
    assert len(parses) == 1


def test_an_edited_file_is_parsed_again(tmp_path: Path, parses: list[str]) -> None:
    path = copy_seed(tmp_path)
    load_briefing_cached(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Iranian missiles target", "Edited - missiles target", 1),
                    encoding="utf-8")
    assert load_briefing_cached(path).title.startswith("Edited - missiles target")
    assert len(parses) == 2


def test_a_broken_file_is_never_cached_and_always_reported(tmp_path: Path, parses: list[str],
                                                          private_parse_cache: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("format: 1\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(BriefingError) as uncached:
        load.load_briefing(path)
    for _ in range(2):
        with pytest.raises(BriefingError) as info:
            load_briefing_cached(path)
        assert info.value.errors == uncached.value.errors
    assert len(parses) == 3
    assert not list(private_parse_cache.glob("*.entry"))


def test_missing_file_reports_like_load_briefing(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as info:
        load_briefing_cached(tmp_path / "gone.yaml")
    assert "no such file" in str(info.value.first)


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", b"\x80\x05K\x01."])
def test_a_damaged_entry_is_replaced(tmp_path: Path, parses: list[str],
                                     private_parse_cache: Path, damage: bytes) -> None:
    path = copy_seed(tmp_path)
    good = load_briefing_cached(path)
    (entry,) = private_parse_cache.glob("*.entry")
    entry.write_bytes(damage)  # the last one is a valid pickle of the int 1
    assert load_briefing_cached(path) == good
    assert len(parses) == 2
    assert load_briefing_cached(path) == good
    assert len(parses) == 2  # rewritten, so a hit again


def test_an_unwritable_cache_still_loads(tmp_path: Path, parses: list[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker / "cache"))
    path = copy_seed(tmp_path)
    assert load_briefing_cached(path).title.startswith("Iranian missiles")
    assert load_briefing_cached(path).title.startswith("Iranian missiles")
    assert len(parses) == 2  # nothing could be stored, nothing went wrong


def test_cache_can_be_turned_off(tmp_path: Path, parses: list[str],
                                 monkeypatch: pytest.MonkeyPatch,
                                 private_parse_cache: Path) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", "off")
    path = copy_seed(tmp_path)
    load_briefing_cached(path)
    load_briefing_cached(path)
    assert len(parses) == 2
    assert not list(private_parse_cache.iterdir())


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BRIEFING_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_store.cache_folder() == tmp_path / "briefing"


def test_no_home_folder_means_no_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                       parses: list[str]) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("BRIEFING_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache_store.cache_folder() is None
    assert load_briefing_cached(copy_seed(tmp_path)).place == "Iraq"
    assert len(parses) == 1


def test_prune_drops_old_entries_and_keeps_at_most_max(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_store, "MAX_ENTRIES", 3)
    now = 1_000_000_000.0
    for i in range(5):
        entry = tmp_path / f"{i}.entry"
        entry.write_bytes(b"x")
        os.utime(entry, (now - i, now - i))  # 0 is the newest
    stale = tmp_path / "stale.entry"
    stale.write_bytes(b"x")
    os.utime(stale, (now - cache_store.MAX_AGE_SECONDS - 1,) * 2)
    assert prune(tmp_path, now=now) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.entry", "1.entry", "2.entry"]


def test_a_cache_hit_does_not_import_pyyaml(tmp_path: Path) -> None:
    """The point of the cache at start-up: no PyYAML import, no parse."""
    path = copy_seed(tmp_path)
    code = (
        "import sys; from pathlib import Path\n"
        "from tui.core.store.cache import load_briefing_cached\n"
        f"b = load_briefing_cached(Path({str(path)!r}))\n"
        "print(b.title[:8], 'yaml' in sys.modules, 'hashlib' in sys.modules)\n"
    )
    env = dict(os.environ)
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    second = subprocess.run(run, capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    assert first.stdout.split()[:2] == ["Iranian", "True"]  # a miss parses with PyYAML
    # A hit needs neither PyYAML nor hashlib (OpenSSL, slow to import).
    assert second.stdout.split() == ["Iranian", "False", "False"]


def test_files_opened_leave_their_writes_for_the_way_out(tmp_path: Path, parses: list[str],
                                                         private_parse_cache: Path) -> None:
    # as `briefing FILE` loads a file before the app starts (tui/cli.py)
    folder = tmp_path / "library"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.yaml").write_bytes(SEED.read_bytes() + f"# copy {i}\n".encode())
    files = sorted(folder.iterdir())
    pending = PendingWrites()
    first = [load_or_report(path, pending) for path in files]
    assert len(parses) == 3
    assert not list(private_parse_cache.glob("*.entry"))  # nothing written yet
    pending.write(seconds=QUIT_SECONDS)
    assert len(list(private_parse_cache.glob("*.entry"))) == 3
    assert [load_or_report(path) for path in files] == first
    assert len(parses) == 3  # every file a hit


# -- entries that are damaged, planted or not files (issue: a cache that
# cannot lie or run code) ----------------------------------------------------


def seed_entry(tmp_path: Path, private_parse_cache: Path) -> tuple[Path, Path, str]:
    """A copy of the seed, its cache entry, and its export with no cache."""
    from tui.core.export.markdown import to_markdown

    path = copy_seed(tmp_path)
    expected = to_markdown(load.load_briefing(path))
    load_briefing_cached(path)
    (entry,) = private_parse_cache.glob("*.entry")
    return path, entry, expected


@given(st.data())
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_a_corrupted_entry_never_changes_what_is_shown(
        tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    """Random damage (bytes flipped, cut off, added) to a stored entry: the
    output is what a run without the cache gives, and nothing raises."""
    from tui.core.export.markdown import to_markdown

    folder = tmp_path_factory.mktemp("corrupt")
    cache_dir = folder / "cache"
    cache_dir.mkdir(mode=0o700)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_CACHE_DIR", str(cache_dir))
        path, entry, expected = seed_entry(folder, cache_dir)
        stored = bytearray(entry.read_bytes())
        for _ in range(data.draw(st.integers(1, 4))):
            kind = data.draw(st.sampled_from(["flip", "cut", "add"]))
            # positions drawn independently of the entry's length (it holds
            # the temporary folder's path, which varies), then folded into it
            at = data.draw(st.integers(0, 1 << 20))
            if kind == "flip" and stored:
                stored[at % len(stored)] ^= data.draw(st.integers(1, 255))
            elif kind == "cut":
                del stored[at % (len(stored) + 1):]
            else:
                stored += data.draw(st.binary(min_size=1, max_size=64))
        entry.write_bytes(bytes(stored))
        assert to_markdown(load_briefing_cached(path)) == expected


def planted_entry(entry: Path, data: bytes, payload: bytes) -> None:
    """Write an entry with a valid header, checksum, code key and file bytes
    around `payload`, as someone who knows the layout could."""
    import struct
    import zlib

    code = cache_store.code_key()
    rest = code + data + payload
    entry.write_bytes(b"briefing-cache\n" + struct.Struct("<QQQI").pack(
        len(code), len(data), len(payload), zlib.crc32(rest)) + rest)


def test_a_planted_pickle_that_runs_code_does_nothing(tmp_path: Path, parses: list[str],
                                                      private_parse_cache: Path) -> None:
    import pickle

    path, entry, expected = seed_entry(tmp_path, private_parse_cache)
    parsed_before = len(parses)
    marker = tmp_path / "ran"

    class Exploit:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    planted_entry(entry, path.read_bytes(), pickle.dumps(Exploit()))
    from tui.core.export.markdown import to_markdown

    assert to_markdown(load_briefing_cached(path)) == expected
    assert not marker.exists()
    assert len(parses) == parsed_before + 1  # refused, parsed again
    # the same through the command a user runs
    planted_entry(entry, path.read_bytes(), pickle.dumps(Exploit()))
    run = subprocess.run([sys.executable, "-m", "tui", "export", str(path)], cwd=ROOT,
                         capture_output=True, text=True, check=False, timeout=60)
    assert run.returncode == 0 and run.stdout == expected and not marker.exists()


def test_an_entry_of_the_wrong_shape_is_refused(tmp_path: Path, parses: list[str],
                                               private_parse_cache: Path) -> None:
    import pickle

    from tui.core.store.cache_store import reduce_briefing, unpickle_briefing

    path, entry, _ = seed_entry(tmp_path, private_parse_cache)
    good = load_briefing_cached(path)
    parsed_before = len(parses)
    values = list(reduce_briefing(good)[1][0])  # type: ignore[call-overload]
    values[8] = (("only a speaker",),)  # quotes: one quote of one field
    bad = pickle.dumps(_reduced(unpickle_briefing, (tuple(values), None)))
    planted_entry(entry, path.read_bytes(), bad)
    assert load_briefing_cached(path) == good
    assert len(parses) == parsed_before + 1


def _reduced(function: object, args: tuple[object, ...]) -> object:
    class Reduced:
        def __reduce__(self) -> tuple[object, tuple[object, ...]]:
            return (function, args)

    return Reduced()


@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero", "link to a good entry"])
def test_an_entry_that_is_not_a_regular_file_is_never_read(
        tmp_path: Path, parses: list[str], private_parse_cache: Path, kind: str) -> None:
    path, entry, _ = seed_entry(tmp_path, private_parse_cache)
    parsed_before = len(parses)
    good_copy = tmp_path / "elsewhere.entry"
    entry.rename(good_copy)
    if kind == "fifo":
        os.mkfifo(entry)  # reading it would block for ever
    elif kind == "link to /dev/zero":
        entry.symlink_to("/dev/zero")  # reading it would never end
    else:
        entry.symlink_to(good_copy)
    assert load_briefing_cached(path).title.startswith("Iranian missiles")
    assert len(parses) == parsed_before + 1


@pytest.mark.parametrize(("kind", "said"), [
    ("writable by others", "can be written by others"),
    pytest.param("another user's", "belongs to another user", marks=pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0,
        reason="giving a folder to another user needs root")),
])
def test_a_cache_folder_that_is_not_the_users_alone_is_not_used(
        tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], kind: str, said: str) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    if kind == "writable by others":
        folder.chmod(0o777)
    else:
        os.chown(folder, 65534, 65534)  # nobody
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    monkeypatch.setenv("BRIEFING_DEBUG", "1")
    path = copy_seed(tmp_path)
    load_briefing_cached(path)
    load_briefing_cached(path)
    assert len(parses) == 2 and list(folder.iterdir()) == []
    assert capsys.readouterr().err.count(f"not used: {folder} {said}") == 1  # said once


@pytest.mark.parametrize("field", ["title", "a quote's speaker", "a country's code",
                                   "a claim's evidence", "a tag"])
def test_an_entry_with_a_value_of_the_wrong_type_is_a_miss(
        tmp_path: Path, parses: list[str], private_parse_cache: Path, field: str) -> None:
    """`title: 5` and the like, planted in a well-formed entry: parsed again,
    never served to fail later far from the cause."""
    import pickle

    from tui.core.format.model import Country

    path = tmp_path / "typed.yaml"
    path.write_text(
        "format: 1\ntitle: T\ndate: 2024-05-06\nsummary: S\ntags: [one]\n"
        "quotes:\n  - {speaker: A, text: B, country: FR}\n"
        "casualty_claims:\n  - {claimant: C, affected: D, killed: 3}\n", encoding="utf-8")
    good = load_briefing_cached(path)
    (entry,) = private_parse_cache.glob("*.entry")
    if field == "title":
        bad = good._replace(title=5)
    elif field == "a quote's speaker":
        bad = good._replace(quotes=(good.quotes[0]._replace(speaker=None),))
    elif field == "a country's code":
        bad = good._replace(quotes=(good.quotes[0]._replace(country=Country(5, "France")),))
    elif field == "a claim's evidence":
        bad = good._replace(casualty_claims=(good.casualty_claims[0]._replace(evidence="maybe"),))
    else:
        bad = good._replace(tags=(1,))
    planted_entry(entry, path.read_bytes(), pickle.dumps(bad))
    parsed_before = len(parses)
    assert load_briefing_cached(path) == good
    assert len(parses) == parsed_before + 1


# -- the cache under load: stale temporaries, the cap, quitting (issues 30, 36)


def test_stale_temporaries_are_looked_for_once_per_folder_not_at_every_write(
        tmp_path: Path, private_parse_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each write used to read the whole folder for leftovers: with thousands
    of entries, filling the cache took time growing with its square."""
    import time
    import types

    from tui.core.export import files

    old = time.time() - 2 * files.STALE_SECONDS

    def leftover(name: str) -> Path:
        stale = private_parse_cache / f".{name}.entry.briefing-tmp-dead"
        stale.write_bytes(b"half an entry")
        os.utime(stale, (old, old))
        return stale

    before = leftover("before")
    load_briefing_cached(copy_seed(tmp_path, "a.yaml"))
    assert not before.exists()  # the folder's first write cleans it
    after = leftover("after")
    (tmp_path / "b.yaml").write_bytes(SEED.read_bytes() + b"# b\n")
    load_briefing_cached(tmp_path / "b.yaml")
    assert after.exists()  # not looked for again by the next write
    hour_later = time.time() + files.STALE_SECONDS + 1
    monkeypatch.setattr(files, "time", types.SimpleNamespace(time=lambda: hour_later))
    (tmp_path / "c.yaml").write_bytes(SEED.read_bytes() + b"# c\n")
    load_briefing_cached(tmp_path / "c.yaml")
    assert not after.exists()  # an hour on, the folder is cleaned again
    assert len(list(private_parse_cache.glob("*.entry"))) == 3


def test_cache_entries_are_not_synced_to_disk_but_exports_are(
        tmp_path: Path, private_parse_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry lost in a crash costs one parse: no write waits for the disk."""
    from tui.core.export.files import write_atomic

    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    load_briefing_cached(copy_seed(tmp_path))
    assert synced == [] and len(list(private_parse_cache.glob("*.entry"))) == 1
    write_atomic(tmp_path / "export.md", "text")
    assert len(synced) == 1


def open_in_a_new_process(folder: Path, cap: int) -> None:
    """Open every file of `folder` as `briefing FILE` does (its cache write
    left for the way out), in a run of its own, with the cache capped at
    `cap` entries."""
    code = (
        "from pathlib import Path\n"
        "from tui.cli_output import load_or_report\n"
        "from tui.core.store import cache_store\n"
        "from tui.core.store.cache import QUIT_SECONDS, PendingWrites\n"
        f"cache_store.MAX_ENTRIES = {cap}\n"
        "pending = PendingWrites()\n"
        f"for path in sorted(Path({str(folder)!r}).glob('*.yaml')):\n"
        "    load_or_report(path, pending)\n"
        "pending.write(seconds=QUIT_SECONDS)\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def cached(folder: Path) -> dict[str, int]:
    """The cache's entries, each with its inode (a rewrite makes a new one)."""
    return {entry.name: entry.stat().st_ino for entry in folder.glob("*.entry")}


def test_a_library_bigger_than_the_cap_keeps_a_stable_cache(
        tmp_path: Path, private_parse_cache: Path) -> None:
    """Writing past the cap stops at it, and later runs neither prune nor
    rewrite: the entries the library uses stay, the rest is parsed."""
    library = tmp_path / "library"
    library.mkdir()
    for i in range(5):
        (library / f"{i}.yaml").write_bytes(SEED.read_bytes() + f"# copy {i}\n".encode())
    open_in_a_new_process(library, cap=3)
    first = cached(private_parse_cache)
    assert len(first) == 3
    open_in_a_new_process(library, cap=3)
    assert cached(private_parse_cache) == first  # the same entries, none rewritten
    # Another library: entries not used in its run make room for it.
    other = tmp_path / "other"
    other.mkdir()
    for i in range(2):
        (other / f"{i}.yaml").write_bytes(SEED.read_bytes() + f"# other {i}\n".encode())
    open_in_a_new_process(other, cap=3)
    now = cached(private_parse_cache)
    assert len(now) == 3 and len(set(now) & set(first)) == 1


def test_pending_writes_stop_when_cancelled_and_drop_the_rest(
        tmp_path: Path, private_parse_cache: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.yaml").write_bytes(SEED.read_bytes() + f"# copy {i}\n".encode())
    pending = PendingWrites()
    for path in sorted(folder.iterdir()):
        load_or_report(path, pending)
    assert pending.write(cancelled=lambda: bool(list(private_parse_cache.glob("*.entry")))) == 1
    assert len(list(private_parse_cache.glob("*.entry"))) == 1
    assert pending.entries == [] and pending.write() == 0  # dropped, not kept for later


def test_pending_writes_stop_after_their_time(tmp_path: Path, private_parse_cache: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Quitting gives pending writes QUIT_SECONDS: a clock that moves 40% of
    that at each look lets two entries through."""
    import types

    from tui.core.store import cache

    folder = tmp_path / "library"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.yaml").write_bytes(SEED.read_bytes() + f"# copy {i}\n".encode())
    pending = PendingWrites()
    for path in sorted(folder.iterdir()):
        load_or_report(path, pending)
    ticks = iter(range(100))
    monkeypatch.setattr(cache, "time", types.SimpleNamespace(
        monotonic=lambda: next(ticks) * cache.QUIT_SECONDS * 0.4))
    assert pending.write(seconds=cache.QUIT_SECONDS) == 2
    assert len(list(private_parse_cache.glob("*.entry"))) == 2
