"""Loading a large briefing (10,000 quotes, 2,000 claims) against a bare
`yaml.load(..., Loader=CSafeLoader)` of the same file, in the same process.

The bare parse does no checking at all; `load_briefing` checks every value,
keeps its location, and builds typed records. Target <= 2x.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import interleaved, report
from synthetic import write_synthetic

from tui.core.format.load import load_briefing

try:
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as Loader  # type: ignore[assignment]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_synthetic(Path(tmp))
        size = path.stat().st_size

        def bare() -> float:
            start = time.perf_counter()
            yaml.load(path.read_bytes(), Loader=Loader)
            return time.perf_counter() - start

        def ours() -> float:
            start = time.perf_counter()
            b = load_briefing(path)
            assert len(b.quotes) == 10_000 and len(b.casualty_claims) == 2_000
            return time.perf_counter() - start

        times = interleaved(5, **{"bare CSafeLoader parse": bare, "load_briefing": ours})
    ok = report(f"load speed ({size / 1e6:.1f} MB synthetic briefing, median of 5)",
                "load_briefing", "bare CSafeLoader parse", times, 2.0)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
