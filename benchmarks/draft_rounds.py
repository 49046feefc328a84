"""First-sight draft quality of every held-out round, recomputed from git history.

Each round of the drafter's evaluation wrote a set of articles before the
drafter ever ran on them, reported their scores once, and then tuned on them.
This script checks those reports out of history: for each round it takes the
drafter as it was when the round was reported (`git archive` of `tui/` at that
commit), drafts the round's articles with it, and scores the drafts with
today's scorer against the expected files as they were then. It prints each
round and all rounds pooled, so the unseen figure is not one lucky set.

Run from a git checkout: python benchmarks/draft_rounds.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from draft_quality import HEADER, Score, add, line, score  # noqa: E402

from tui.core.format.errors import BriefingError  # noqa: E402
from tui.core.format.load import parse_briefing  # noqa: E402

# (articles, the commit whose drafter was reported on them). The first four
# rounds were reported by the commit before the next round's corpus commit;
# the later ones right after their own corpus commit.
ROUNDS: list[tuple[range, str]] = [
    (range(5, 11), "36a5430^"),
    (range(11, 17), "a4d435e^"),
    (range(17, 23), "69f80dc^"),
    (range(23, 29), "9b633a1^"),
    (range(29, 37), "e30546b"),
    (range(37, 45), "548ad68"),
    (range(45, 53), "26bc03d"),
    (range(53, 61), "97e68e8"),
    (range(61, 69), "d32d7e9"),
    (range(69, 77), "f9cc580"),
    (range(77, 85), "d8a1e10"),
    (range(85, 93), "d6831da"),
    (range(93, 101), "b7ba995"),
    (range(101, 109), "7aea69d"),
]
ARTICLES = "tests/data/articles"

# Drafts the articles named on stdin (JSON: name -> text) with the drafter on
# sys.path[0], and prints JSON: name -> YAML.
DRAFT_WITH = """
import json, sys
sys.path.insert(0, sys.argv[1])
from tui.core.draft import draft_yaml
texts = json.load(sys.stdin)
print(json.dumps({name: draft_yaml(text) for name, text in texts.items()}))
"""


def git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def drafts_at(commit: str, texts: dict[str, str]) -> dict[str, str]:
    """The drafts the drafter at `commit` makes of `texts`."""
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(git("archive", commit, "tui")), mode="r") as archive:
            archive.extractall(folder, filter="data")
        done = subprocess.run([sys.executable, "-c", DRAFT_WITH, folder], input=json.dumps(texts),
                              capture_output=True, text=True, check=True)
    drafts: dict[str, str] = json.loads(done.stdout)
    return drafts


def main() -> int:
    pooled: dict[str, Score] = {}
    passed = [0, 0]
    print("first sight of each held-out round: the drafter as reported, today's scorer")
    print(HEADER)
    for numbers, commit in ROUNDS:
        names = [f"wire-{n:02d}" for n in numbers]
        texts = {n: git("show", f"{commit}:{ARTICLES}/{n}.txt").decode() for n in names}
        drafts = drafts_at(commit, texts)
        total: dict[str, Score] = {}
        checked = 0
        for name in names:
            truth = parse_briefing(git("show", f"{commit}:{ARTICLES}/{name}.expected.yaml"),
                                   f"{name}.expected.yaml")
            try:
                draft = parse_briefing(drafts[name], "draft.yaml")
            except BriefingError:
                continue
            checked += 1
            add(total, score(draft, truth))
        add(pooled, total)
        passed[0] += checked
        passed[1] += len(names)
        label = f"wire-{numbers[0]:02d}..{numbers[-1]:02d}"
        print(line(label, total, f"{checked}/{len(names)} pass"))
    print(line("all rounds pooled", pooled, f"{passed[0]}/{passed[1]} pass"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
