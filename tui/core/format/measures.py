"""What a casualty claim counts: one list, in the order every view and
export shows it, so no module spells the measures out again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from tui.core.format.model import CasualtyClaim, Count

ClaimMeasure = Literal["killed", "injured"]
CLAIM_MEASURES: tuple[ClaimMeasure, ...] = ("killed", "injured")


def claim_counts(claim: CasualtyClaim) -> list[tuple[ClaimMeasure, Count]]:
    """The claim's counts that are given, each with what it counts."""
    return [(m, count) for m in CLAIM_MEASURES if (count := getattr(claim, m)) is not None]
