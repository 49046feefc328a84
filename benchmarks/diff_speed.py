"""`briefing diff` of two 10,000-quote revisions against loading both, in the
same process (target <= 2x), and `briefing history` of a file with 200
commits in a temporary git repository (reported, no target).

Run: .venv/bin/python benchmarks/diff_speed.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import interleaved, report
from synthetic import synthetic_briefing

from tui.core.format.load import load_briefing
from tui.core.story.diff import diff_briefings

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml"
RUNS = 5


def timed(job: object) -> float:
    start = time.perf_counter()
    job()  # type: ignore[operator]
    return time.perf_counter() - start


def history_seconds(folder: Path) -> tuple[float, int]:
    """Seconds for `briefing history` of a file committed 200 times."""
    if shutil.which("git") is None:
        raise SystemExit("diff_speed.py needs git for the history benchmark")
    repo = folder / "repo"
    repo.mkdir()
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.com",
           "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.com"}

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)

    git("init", "-q")
    path = repo / "iran.yaml"
    text = SEED.read_text(encoding="utf-8")
    for i in range(200):
        path.write_text(text.replace("killed: 80", f"killed: {80 + i}"), encoding="utf-8")
        git("add", "iran.yaml")
        git("commit", "-q", "-m", f"revision {i}")
    briefing = Path(sys.executable).parent / "briefing"
    start = time.perf_counter()
    run = subprocess.run([str(briefing), "history", str(path)], capture_output=True, text=True,
                         check=True)
    return time.perf_counter() - start, run.stdout.count("\n  Casualty claims")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        old = folder / "old.yaml"
        new = folder / "new.yaml"
        text = synthetic_briefing(quotes=10_000, claims=2_000)
        old.write_text(text, encoding="utf-8")
        new.write_text(text.replace("Statement 5000 ", "Statement 5000 (edited) ")
                       .replace("killed: 3\n", "killed: 4\n", 50), encoding="utf-8")
        times = interleaved(
            RUNS,
            **{
                "load both": lambda: timed(lambda: (load_briefing(old), load_briefing(new))),
                "load both and diff": lambda: timed(
                    lambda: diff_briefings(load_briefing(old), load_briefing(new))),
            },
        )
        ok = report(f"diff of two 10,000-quote revisions (median of {RUNS})",
                    "load both and diff", "load both", times, 2.0)
        seconds, diffs = history_seconds(folder)
        print(f"history of a file with 200 commits: {seconds:.2f} s ({diffs} diffs shown)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
