"""Launch to first full frame: `briefing SEED` against a bare Textual app that
shows one line, both as fresh processes, interleaved in the same session.

Each process runs headless at 120x40 and exits on Textual's `Ready` event
(sent after the first frame is displayed). Target <= 1.2x. Also times a
briefing with 10,000 quotes against the seed (target <= 2x) and a library
of 1,000 briefings (target < 2 s).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import interleaved, report
from synthetic import write_synthetic

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml"

BARE = """
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("one line")
    def on_ready(self):
        self.exit()
Bare().run(headless=True, size=(120, 40))
"""

# The real command line, with the app's run() made headless and exiting at Ready.
OURS = """
import sys
from tui.app.app import BriefingApp
_run = BriefingApp.run
def run(self, *args, **kwargs):
    return _run(self, headless=True, size=(120, 40))
BriefingApp.run = run
BriefingApp.on_ready = lambda self: self.exit()  # first full frame displayed
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""

LIBRARY = """
import sys, time
from textual.app import App
from tui.app.app import BriefingApp
from tui.app.screens.library import LibraryScreen
start = time.perf_counter()
class Timed(BriefingApp):
    def on_ready(self):
        self.set_interval(0.01, self.check)
    def check(self):
        screen = self.screen
        if isinstance(screen, LibraryScreen) and screen.entries:
            print(time.perf_counter() - start, len(screen.entries))
            self.exit()
Timed(__import__("pathlib").Path(sys.argv[1])).run(headless=True, size=(120, 40))
"""


def timed(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, timeout=60,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        big = write_synthetic(Path(tmp), quotes=10_000, claims=2_000)
        times = interleaved(
            7,
            **{
                "bare Textual app, one line": lambda: timed(BARE),
                "briefing SEED": lambda: timed(OURS, str(SEED)),
                "briefing 10k-quote file": lambda: timed(OURS, str(big)),
            },
        )
        ok &= report("startup to first full frame (120x40, headless, median of 7)",
                     "briefing SEED", "bare Textual app, one line", times, 1.2)
        ok &= report("large briefing vs the seed", "briefing 10k-quote file", "briefing SEED",
                     times, 2.0)

        folder = Path(tmp) / "library"
        folder.mkdir()
        for i in range(1000):
            shutil.copy(SEED, folder / f"briefing-{i:04}.yaml")
        result = subprocess.run([sys.executable, "-c", LIBRARY, str(folder)], check=True,
                                capture_output=True, text=True, timeout=120)
        seconds, count = result.stdout.split()
        listed = float(seconds)
        print(f"library of {count} briefings listed in {listed:.2f} s (target < 2 s) "
              f"{'OK' if listed < 2 else 'OVER TARGET'}")
        ok &= listed < 2
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
