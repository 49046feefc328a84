"""Run every benchmark, print every figure, and say at the end which missed
their targets (exit 1 if any did).

Each script prints its own figures and exits 1 when one of them is over
its target; one over target no longer stops the others from running.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    "export_speed.py",
    "load_speed.py",
    "cache_speed.py",
    "startup_speed.py",
    "diff_speed.py",
    "draft_quality.py",
    "draft_speed.py",
    "draft_rounds.py",
    "archive_speed.py",
    "pane_speed.py",
    "update_quality.py",
)


def main(argv: list[str]) -> int:
    """Run the scripts named in `argv` (all of them by default), in order."""
    unknown = [name for name in argv if name not in SCRIPTS]
    if unknown:
        print(f"run_all: no such benchmark: {', '.join(unknown)} "
              f"(choose from {', '.join(SCRIPTS)})", file=sys.stderr)
        return 2
    missed: list[str] = []
    for name in argv or SCRIPTS:
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        code = subprocess.run([sys.executable, str(HERE / name)], check=False).returncode
        print(f"== {name}: {'ok' if code == 0 else 'MISSED'} "
              f"({time.perf_counter() - start:.0f} s)\n", flush=True)
        if code != 0:
            missed.append(name if code == 1 else f"{name} (exit {code})")
    ran = len(argv or SCRIPTS)
    if missed:
        print(f"bench: {len(missed)} of {ran} over target (or failed): {', '.join(missed)}")
        return 1
    print(f"bench: all {ran} met their targets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
