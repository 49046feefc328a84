"""Rules found on the fourteenth round's stories, each on reports written
for the test: a statement's deaths "certified" and split by where they
died, a live blog's lead-in before its claimant, a group of one person
that is no group for a larger toll."""

from __future__ import annotations

from tests.core.draft_helpers import claims as sentence_claims
from tests.core.several_helpers import claims, report
from tui.core.draft.attribution import subjects
from tui.core.story.update import draft_reports


def test_certified_dead_is_a_toll_and_its_split_by_place_is_not_injured() -> None:
    assert sentence_claims("Eleven (11) people were certified dead, eight (8) at the scene "
                           "and three (3) in hospital, police said.") == [
        ("police", "people", 11, None)]
    # the injured "in hospital" are still read as such
    assert sentence_claims("Four people died and nine were in hospital, police said.") == [
        ("police", "people", 4, 9)]


def test_a_lead_in_of_any_length_is_not_the_claimants_name() -> None:
    assert subjects("In a statement this morning police said 10 people were "
                    "killed.") == ["police"]
    assert subjects("On Monday the ministry said 10 people were killed.") == ["ministry"]


def test_a_live_blogs_lead_in_gives_the_named_claimant_in_a_story() -> None:
    flash = report("Shooting at a bar\n\nEight people were shot dead at a bar in Norvale, "
                   "police said on Sunday.\n", published="2025-03-01T06:00:00+00:00")
    blog = report("LIVE\nBar shooting: the latest\n\nWelcome to our live coverage. In a "
                  "statement this morning police said 10 people were killed.\n",
                  published="2025-03-01T10:00:00+00:00", outlet="Paper")
    assert [c[0] for c in claims(draft_reports([flash, blog]).new)] == ["police", "police"]


def test_a_group_of_one_is_no_group_for_a_larger_toll() -> None:
    flash = report("Shooting at a bar\n\nEight people were shot dead at a bar in Norvale, "
                   "police said on Sunday.\n", published="2025-03-01T06:00:00+00:00")
    wrap = report("Bar shooting\n\nA fourth suspect was shot dead in an exchange of fire "
                  "with officers early Monday, police said.\n",
                  published="2025-03-02T10:00:00+00:00", outlet="Paper")
    got = claims(draft_reports([flash, wrap]).new)
    assert ("police", "people", "8", None) in got
    assert all(c[1] != "fourth suspect" or c[2] == "1" for c in got)
