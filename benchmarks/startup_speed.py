"""Launch to first full frame: `briefing SEED` against a bare Textual app that
shows one line, both as fresh processes, interleaved in the same session.

Each process runs headless at 120x40; at Textual's `Ready` event (sent
after the first frame is displayed) it prints the wall-clock time and exits.
The time measured runs from launch to that moment: what happens after the
first frame (the app closing, the parse cache being written, the interpreter
freeing memory at exit) is not part of it. Target <= 1.3x. Also times a
briefing with 10,000 quotes against the seed (targets: <= 2.5x the first
time, <= 1.5x after) and a library of 1,000 briefings (target < 2 s).

Every `briefing` run is timed twice: "cold", with an empty parse cache (the
first time a file is opened), and "warm", with the parse cache filled by an
earlier run (every later time; see tui/core/store/cache.py).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import interleaved, report, time_to_mark
from synthetic import write_synthetic

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml"

# What each process does at Textual's Ready event, sent once the first full
# frame is displayed: print the wall-clock time and exit.
PRINT_TIME_AND_EXIT = "print(time.time(), flush=True); self.exit()"


def bare_app(at_ready: str) -> str:
    """A bare Textual app showing one line, running `at_ready` at Ready."""
    return f"""
import os, time
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("one line")
    def on_ready(self):
        {at_ready}
Bare().run(headless=True, size=(120, 40))
"""


def our_app(at_ready: str) -> str:
    """The real command line, with the app's run() made headless and running
    `at_ready` at Ready.

    The app class is patched as `tui.cli` imports it, not imported here
    first: the command line imports the app (and with it Textual) with the
    garbage collector paused, and importing it earlier, with the collector
    running, would time ~20 M instructions of collector passes that
    `briefing FILE` never makes.
    """
    return f"""
import importlib.util, os, sys, time
def patch(BriefingApp):
    _run = BriefingApp.run
    def run(self, *args, **kwargs):
        return _run(self, headless=True, size=(120, 40))
    BriefingApp.run = run
    def ready(self):
        {at_ready}
    BriefingApp.on_ready = ready
class PatchOnImport:
    def find_spec(self, name, path=None, target=None):
        if name != "tui.app.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        exec_module = spec.loader.exec_module
        def exec_and_patch(module):
            exec_module(module)
            patch(module.BriefingApp)
        spec.loader.exec_module = exec_and_patch
        return spec
sys.meta_path.insert(0, PatchOnImport())
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


BARE = bare_app(PRINT_TIME_AND_EXIT)
OURS = our_app(PRINT_TIME_AND_EXIT)

LIBRARY = """
import sys, time
from textual.app import App
from tui.app.app import BriefingApp
from tui.app.screens.library import LibraryScreen
start = time.perf_counter()
class Timed(BriefingApp):
    def on_ready(self):
        self.timer = self.set_interval(0.01, self.check)
    def check(self):
        screen = self.screen
        if isinstance(screen, LibraryScreen) and screen.entries:
            self.timer.stop()
            self.call_after_refresh(self.listed, len(screen.entries))  # on screen
    def listed(self, count):
        print(time.perf_counter() - start, count)
        self.exit()
Timed(__import__("pathlib").Path(sys.argv[1])).run(headless=True, size=(120, 40))
"""


RUNS = 7  # start-up times vary by +-20% run to run: medians of interleaved runs


def timed(code: str, *args: str, cache: Path | None = None) -> float:
    """One fresh process; `cache` is its parse cache folder (None: a new, empty one)."""
    with tempfile.TemporaryDirectory() as empty:
        return time_to_mark([sys.executable, "-c", code, *args],
                            env={"BRIEFING_CACHE_DIR": str(cache or empty)})


def library_seconds(folder: Path, cache: Path) -> tuple[float, str]:
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", LIBRARY, str(folder)], check=True, env=env,
                            capture_output=True, text=True, timeout=120)
    seconds, count = result.stdout.split()
    return float(seconds), count


def main() -> int:
    # As installed: with bytecode. Without it (PYTHONDONTWRITEBYTECODE set, as
    # on some CI machines) every run would compile the package again, which
    # the bare app, whose Textual comes with bytecode, never pays.
    compileall.compile_dir(ROOT / "tui", quiet=1)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        big = write_synthetic(Path(tmp), quotes=10_000, claims=2_000)
        warm = Path(tmp) / "warm-cache"
        times = interleaved(
            RUNS,
            **{
                "bare Textual app, one line": lambda: timed(BARE),
                "briefing SEED, cold": lambda: timed(OURS, str(SEED)),
                "briefing SEED, warm": lambda: timed(OURS, str(SEED), cache=warm),
                "briefing 10k quotes, cold": lambda: timed(OURS, str(big)),
                "briefing 10k quotes, warm": lambda: timed(OURS, str(big), cache=warm),
            },
        )
        for state, big_target in (("cold", 2.5), ("warm", 1.5)):
            ok &= report(f"start-up to first full frame, {state} (120x40, median of {RUNS})",
                         f"briefing SEED, {state}", "bare Textual app, one line", times, 1.3)
            ok &= report(f"large briefing vs the seed, {state}", f"briefing 10k quotes, {state}",
                         f"briefing SEED, {state}", times, big_target)

        folder = Path(tmp) / "library"
        folder.mkdir()
        seed_bytes = SEED.read_bytes()
        for i in range(1000):  # distinct bytes, so each file is its own cache entry
            (folder / f"briefing-{i:04}.yaml").write_bytes(seed_bytes + f"# copy {i}\n".encode())
        library_cache = Path(tmp) / "library-cache"
        for state in ("cold", "warm"):  # the cold run fills the cache for the warm one
            listed, count = library_seconds(folder, library_cache)
            print(f"library of {count} briefings listed in {listed:.2f} s, {state} "
                  f"(target < 2 s) {'OK' if listed < 2 else 'OVER TARGET'}")
            ok &= listed < 2
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
