"""`briefing export` of the seed briefing against `python -c "import yaml"`.

Both run as fresh processes, interleaved, in the same session; prints the
ratio of the medians (target <= 3x). Run: .venv/bin/python benchmarks/export_speed.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import interleaved, report, time_command

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml"


def main() -> int:
    py = sys.executable
    times = interleaved(
        15,
        **{
            "python -c 'import yaml'": lambda: time_command([py, "-c", "import yaml"]),
            "briefing export SEED": lambda: time_command([py, "-m", "tui", "export", str(SEED)]),
            "briefing check SEED": lambda: time_command([py, "-m", "tui", "check", str(SEED)]),
        },
    )
    ok = report("export speed (process start to exit, median of 15)", "briefing export SEED",
                "python -c 'import yaml'", times, 3.0)
    print(f"  (briefing check SEED: {times['briefing check SEED'] * 1000:.1f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
