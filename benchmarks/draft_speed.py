"""`briefing draft` of a 1,000-word article: the median time of a few runs in
one process (target < 0.5 s). The article is built from the seed article
and corpus articles of the tuned half, cut at 1,000 words on a paragraph.

Then whether splitting a paragraph into sentences costs its length: a
paragraph of 4,000 full stops that end no sentence ("Dr. ..."), and one
whose quotation is never closed, against the same with 1,000 (linear is 4x,
a cost that grows with the square 16x; target <= 6x).

Run: .venv/bin/python benchmarks/draft_speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import interleaved, report  # noqa: E402

from tui.core.draft import draft_yaml  # noqa: E402
from tui.core.draft.text import sentences  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
WORDS = 1000
TARGET = 0.5
RUNS = 5
STOPS = 1000
LINEAR_TARGET = 6.0


def article_of(words: int) -> str:
    """A headline, then whole paragraphs until the body has `words` words."""
    paragraphs: list[str] = []
    sources = [ROOT / "tests" / "data" / "seed-article.txt",
               *sorted(ARTICLES.glob("wire-0*.txt"))]
    count = 0
    for source in sources:
        for para in source.read_text(encoding="utf-8").split("\n\n")[1:]:
            if count >= words:
                break
            paragraphs.append(para.strip())
            count += len(para.split())
    return "A 1,000-word article for timing\n\n" + "\n\n".join(paragraphs) + "\n"


def main() -> int:
    text = article_of(WORDS)
    draft_yaml(text)  # warm: compiled patterns, the country tables
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        draft_yaml(text)
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples)
    print(f"draft of a {len(text.split()):,}-word article: {median * 1000:.0f} ms "
          f"(median of {RUNS}; target < {TARGET * 1000:.0f} ms)")
    linear = all([
        report(f"sentences of a paragraph of {STOPS * 4:,} stops after titles, against {STOPS:,}",
               f"{STOPS * 4:,} stops", f"{STOPS:,} stops", _paragraph_times("Dr. Abe "),
               LINEAR_TARGET),
        report(f"sentences inside a quotation never closed, {STOPS * 4:,} against {STOPS:,}",
               f"{STOPS * 4:,} stops", f"{STOPS:,} stops",
               _paragraph_times("It was bad. ", opening="He said: \u201cIt fell. "),
               LINEAR_TARGET)])
    return 0 if median < TARGET and linear else 1


def _paragraph_times(unit: str, opening: str = "") -> dict[str, float]:
    """Median seconds to split a paragraph of STOPS and of 4 * STOPS units."""
    def timed(paragraph: str) -> float:
        start = time.perf_counter()
        sentences(paragraph)
        return time.perf_counter() - start
    small, large = opening + unit * STOPS, opening + unit * STOPS * 4
    return interleaved(RUNS, **{f"{STOPS:,} stops": lambda: timed(small),
                                f"{STOPS * 4:,} stops": lambda: timed(large)})


if __name__ == "__main__":
    raise SystemExit(main())
