"""How the briefing's panes grow with a briefing: building the claims and
figures panes' rows for 1,000 and 8,000 claims (each group disputed).

Linear growth gives a ratio of 8x; the target allows 10x. Building rows
once grew with the square of the claims (a scan of every dispute for every
group): 0.16 s for 1,000 claims, 12.4 s for 8,000.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.app.panes.contents import CasualtyClaimsContent, FiguresContent
from tui.core.format import load

SMALL, LARGE = 1_000, 8_000
TARGET = 10.0
RUNS = 5


def disputed_briefing(claims: int) -> str:
    """`claims` claims and as many figures, two claimants to a group, each
    pair in dispute: as many groups and disputes as the claims allow."""
    lines = ["format: 1", "title: Claims for benchmarks", "date: 2024-01-01",
             "summary: Generated.", "casualty_claims:"]
    for i in range(claims):
        lines += [f"  - claimant: Claimant {i}", f"    affected: Group {i // 2}",
                  f"    killed: {i % 2 * 10}", "    evidence: unknown"]
    lines.append("figures:")
    for i in range(claims):
        lines += [f"  - what: Thing {i // 2}", f"    claimant: Claimant {i}",
                  f"    value: {i % 2 * 10}"]
    return "\n".join(lines) + "\n"


def build_seconds(claims: int) -> float:
    """Seconds (the fastest of RUNS) to build both panes' rows (a fresh briefing each run:
    its disputes and revisions are worked out as the app would)."""
    text = disputed_briefing(claims).encode()
    samples = []
    for _ in range(RUNS):
        briefing = load.parse_briefing(text, "bench.yaml")
        # The collector's passes fall where earlier allocations put them,
        # not where the panes' work does: it is paused while timing.
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            CasualtyClaimsContent().rows(briefing, "")
            FiguresContent().rows(briefing, "")
            samples.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return min(samples)  # the least disturbed run: the machine is shared


def main() -> int:
    small, large = build_seconds(SMALL), build_seconds(LARGE)
    ratio = large / small
    ok = ratio <= TARGET
    print("Claims and figures panes: rows built for 1,000 and 8,000 disputed claims")
    print(f"  {SMALL:,} claims {small * 1000:10.1f} ms")
    print(f"  {LARGE:,} claims {large * 1000:10.1f} ms")
    print(f"  ratio {ratio:.1f}x (target <= {TARGET:.0f}x, linear is 8x) "
          f"{'OK' if ok else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
