"""`briefing export` of the seed briefing against `python -c "import yaml"`.

Both run as fresh processes, interleaved, in the same session; prints the
ratio of the medians (target <= 3x), for a first export (parse cache off)
and a repeated one (cache warm: PyYAML is not even imported).
Run: .venv/bin/python benchmarks/export_speed.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import interleaved, report, time_command

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml"


def main() -> int:
    py = sys.executable
    export = [py, "-m", "tui", "export", str(SEED)]
    with tempfile.TemporaryDirectory() as cache:
        warm = {"BRIEFING_CACHE_DIR": cache}
        cold = {"BRIEFING_CACHE": "off"}
        times = interleaved(
            15,
            **{
                "python -c 'import yaml'": lambda: time_command([py, "-c", "import yaml"]),
                "briefing export SEED, cold": lambda: time_command(export, cold),
                "briefing export SEED, warm": lambda: time_command(export, warm),
                "briefing check SEED": lambda: time_command(
                    [py, "-m", "tui", "check", str(SEED)]),
            },
        )
    ok = True
    for state in ("cold", "warm"):
        ok &= report(f"export speed, {state} (process start to exit, median of 15)",
                     f"briefing export SEED, {state}", "python -c 'import yaml'", times, 3.0)
    print(f"  (briefing check SEED: {times['briefing check SEED'] * 1000:.1f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
