"""The bundled briefings: enough real events that the library is worth
showing on a first `make run`, each valid and each showing what the app is
for (claims revised over time, and claimants who disagree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.core.test_json_schema import VALIDATOR, as_json
from tui.core.format.load import load_briefing
from tui.core.store.library import briefing_files, bundled_folder

BUNDLED = sorted(briefing_files([bundled_folder()]))


def test_the_library_holds_the_seed_and_three_more_events() -> None:
    assert SEED.name in [p.name for p in BUNDLED]
    assert len(BUNDLED) >= 4
    assert len({load_briefing(p).date for p in BUNDLED}) == len(BUNDLED)  # distinct events


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_each_bundled_briefing_has_disputes_revisions_and_sources(path: Path) -> None:
    briefing = load_briefing(path)  # raises on any error `briefing check` reports
    assert briefing.disputes
    revised = [claims for claims in briefing.claim_revisions.values() if len(claims) > 1]
    assert revised or path.name == SEED.name  # the seed is one day's wire report: nothing revised
    assert all(c.said is not None for claims in revised for c in claims)
    assert briefing.quotes and briefing.reactions and briefing.timeline and briefing.sources
    assert path.name.startswith(briefing.date.isoformat())  # named as the library sorts them


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_each_bundled_briefing_passes_the_published_schema(path: Path) -> None:
    """What an editor's YAML server says of the file a user copies to start one."""
    assert [e.message for e in VALIDATOR.iter_errors(as_json(path))] == []
