"""How good is `briefing draft`? Precision and recall against hand-written briefings.

For the seed article (against the bundled seed briefing) and each fictional
test article in tests/data/articles (against its `.expected.yaml`), prints:
- quotes: exact text (ignoring surrounding space and a trailing , or .)
- speakers: accuracy over the quotes found (names compared ignoring case,
  articles and apostrophe style; one may contain the other: "Iranians" for
  "Iranians addressed by Ali Khamenei")
- casualty claims: claimant + figure (killed, else injured)
- reaction countries
Targets on the seed: quote recall >= 95%, speaker accuracy >= 90%, casualty
claim recall >= 85%, every reacting country found, precision >= 80% each.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tui.core.draft import draft_yaml  # noqa: E402
from tui.core.load import parse_briefing  # noqa: E402
from tui.core.model import Briefing, CasualtyClaim  # noqa: E402

SEED_ARTICLE = ROOT / "tests" / "data" / "seed-article.txt"  # copy of ../shared/seed-article.txt
SEED_BRIEFING = ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml"
ARTICLES = ROOT / "tests" / "data" / "articles"


def norm(text: str) -> str:
    t = text.casefold().replace("’", "'").replace("‘", "'")
    t = re.sub(r"^(a|an|the)\s+", "", " ".join(t.split()))
    return t.strip(" ,.;:\"“”")


def same_party(a: str, b: str) -> bool:
    """One name's words all appear in the other ("source" / "A US source")."""
    wa, wb = set(norm(a).split()), set(norm(b).split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def claim_key(claim: CasualtyClaim) -> tuple[str, str] | None:
    if claim.killed is not None:
        return ("killed", claim.killed.text)
    if claim.injured is not None:
        return ("injured", claim.injured.text)
    return None


@dataclass
class Score:
    found: int  # expected items the draft has
    expected: int
    right: int  # draft items that are expected
    produced: int

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.produced if self.produced else 1.0


def score(draft: Briefing, truth: Briefing) -> dict[str, Score]:
    truth_quotes = {norm(q.text): q for q in truth.quotes}
    draft_quotes = {norm(q.text): q for q in draft.quotes}
    matched = [k for k in draft_quotes if k in truth_quotes]
    speakers_ok = sum(same_party(draft_quotes[k].speaker, truth_quotes[k].speaker)
                      for k in matched)

    def claim_match(a: CasualtyClaim, b: CasualtyClaim) -> bool:
        return (claim_key(a) == claim_key(b)
                and same_party(a.claimant, b.claimant))

    truth_claims = [c for c in truth.casualty_claims if claim_key(c)]
    draft_claims = [c for c in draft.casualty_claims if claim_key(c)]
    claims_found = sum(any(claim_match(t, d) for d in draft_claims) for t in truth_claims)
    claims_right = sum(any(claim_match(d, t) for t in truth_claims) for d in draft_claims)

    truth_countries = {r.country.code for r in truth.reactions if r.country}
    draft_countries = {r.country.code for r in draft.reactions if r.country}
    return {
        "quotes (exact text)": Score(len(matched), len(truth_quotes), len(matched),
                                     len(draft_quotes)),
        "speakers (of quotes found)": Score(speakers_ok, len(matched), speakers_ok,
                                            len(matched)),
        "casualty claims": Score(claims_found, len(truth_claims), claims_right,
                                 len(draft_claims)),
        "reaction countries": Score(len(truth_countries & draft_countries),
                                    len(truth_countries), len(truth_countries & draft_countries),
                                    len(draft_countries)),
    }


def evaluate(article: Path, expected: Path) -> dict[str, Score]:
    draft = parse_briefing(draft_yaml(article.read_text(encoding="utf-8")), "draft.yaml")
    truth = parse_briefing(expected.read_bytes(), expected.name)
    return score(draft, truth)


def main() -> int:
    cases = [("seed article", SEED_ARTICLE, SEED_BRIEFING)]
    cases += [(p.stem, p, p.with_suffix("").with_suffix(".expected.yaml"))
              for p in sorted(ARTICLES.glob("*.txt"))]
    ok = True
    for name, article, expected in cases:
        if not article.exists():
            print(f"{name}: {article} not found, skipped")
            continue
        print(f"\n{name}")
        print(f"  {'':28} {'recall':>7} {'precision':>10}   found/expected, right/produced")
        for label, s in evaluate(article, expected).items():
            print(f"  {label:28} {s.recall:7.0%} {s.precision:10.0%}   "
                  f"{s.found}/{s.expected}, {s.right}/{s.produced}")
            if name == "seed article":
                target = {"quotes (exact text)": 0.95, "speakers (of quotes found)": 0.90,
                          "casualty claims": 0.85, "reaction countries": 1.0}[label]
                ok &= s.recall >= target and s.precision >= 0.80
    print("\nseed targets:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
