"""Shared helpers for the benchmark scripts: interleaved runs, medians, ratios."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence


def time_command(argv: Sequence[str], env: Mapping[str, str] | None = None) -> float:
    """Seconds from start to exit of one process, `env` added to this one's.

    No timeout on purpose: subprocess.run(timeout=...) polls every 50 ms and
    so rounds every time up to a 50 ms step.
    """
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   env=None if env is None else {**os.environ, **env})
    return time.perf_counter() - start


def time_to_mark(argv: Sequence[str], env: Mapping[str, str] | None = None) -> float:
    """Seconds from launch until the process prints its first line: a wall-clock
    time.time() taken at the moment being measured (such as the first frame).

    What the process does after that moment (tearing the app down, writing
    caches, freeing memory at exit) is not part of the measurement.
    """
    start = time.time()
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True,
                            text=True, env=None if env is None else {**os.environ, **env})
    return float(result.stdout.split()[0]) - start


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
