"""Filling the parse cache: 10,000 new entries in one run against ten times
1,000 in one run, each run a fresh process writing into an empty cache folder.

Entries are written as after a library's first listing (PendingWrites.write,
the parsed briefing and the file's bytes ready), and only the writing is
timed. Storing an entry costs the same however full the folder is, so the
ratio should be about 1; a write that looks at every entry already there
makes it grow with the number of entries (the whole folder was read for
stale temporaries at every write: 1.4x here, where listing a folder is fast,
and 10x on the machine of issue 36). The baseline is ten times the median of
ten runs of 1,000, so that one slow start-up of the disk does not count ten
times. Target <= 1.3x.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import interleaved, report
from synthetic import synthetic_briefing

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
ENTRIES = 10_000
BATCHES = 10  # runs of ENTRIES // BATCHES entries for the baseline

# Prints the seconds spent writing COUNT entries into FOLDER. The cap is
# raised to COUNT: what is measured is the cost of a write, not the cap.
WRITE = """
import sys, time
from pathlib import Path
from tui.core.store import cache_store
from tui.core.store.cache import PendingWrites
from tui.core.format.load import parse_briefing

count, folder, source = int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
cache_store.MAX_ENTRIES = max(count, cache_store.MAX_ENTRIES)
data = source.read_bytes()
briefing = parse_briefing(data, source.name, source)
pending = PendingWrites()
for i in range(count):  # distinct bytes, so each is an entry of its own
    copy = data + f"# copy {i}\\n".encode()
    pending.entries.append((cache_store.entry_path(folder, copy), copy, briefing))
start = time.perf_counter()
stored = pending.write()
assert stored == count and len(list(folder.glob("*.entry"))) == count, stored
print(time.perf_counter() - start)
"""


def write_seconds(count: int, source: Path) -> float:
    """Seconds a fresh process takes to store `count` new entries in an empty folder."""
    with tempfile.TemporaryDirectory() as cache:
        result = subprocess.run([sys.executable, "-c", WRITE, str(count), cache, str(source)],
                                check=True, capture_output=True, text=True, cwd=ROOT,
                                timeout=600)
    return float(result.stdout.split()[0])


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "small.yaml"
        source.write_text(synthetic_briefing(quotes=5, claims=2), encoding="utf-8")
        batch = ENTRIES // BATCHES
        one_run = f"{ENTRIES:,} writes in one run"
        baseline = f"{BATCHES} x {batch:,} writes in one run"
        times = interleaved(
            RUNS,
            **{
                baseline: lambda: BATCHES * statistics.median(
                    write_seconds(batch, source) for _ in range(BATCHES)),
                one_run: lambda: write_seconds(ENTRIES, source),
            },
        )
    ok = report(f"parse-cache writes (medians of {RUNS} runs of {ENTRIES:,}, "
                f"{RUNS} x {BATCHES} of {batch:,})",
                one_run, baseline, times, 1.3)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
