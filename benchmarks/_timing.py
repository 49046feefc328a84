"""Shared helpers for the benchmark scripts: interleaved runs, medians, ratios."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence


def time_command(argv: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def interleaved(runs: int, **jobs: Callable[[], float]) -> dict[str, float]:
    """Median seconds per job, running the jobs in turn so machine noise hits all alike."""
    samples: dict[str, list[float]] = {name: [] for name in jobs}
    for job in jobs.values():  # warm the file cache and .pyc files
        job()
    for _ in range(runs):
        for name, job in jobs.items():
            samples[name].append(job())
    return {name: statistics.median(values) for name, values in samples.items()}


def report(title: str, subject: str, baseline: str, times: dict[str, float], target: float) -> bool:
    ratio = times[subject] / times[baseline]
    ok = ratio <= target
    print(f"{title}")
    print(f"  {baseline:<28} {times[baseline] * 1000:8.1f} ms")
    print(f"  {subject:<28} {times[subject] * 1000:8.1f} ms")
    print(f"  ratio {ratio:.2f}x (target <= {target}x) {'OK' if ok else 'OVER TARGET'}")
    return ok
