"""A release whose letterhead names an office and, under it, the unit that
issues it (the twenty-third stories, after their first sight)."""

from __future__ import annotations

from tests.core.several_helpers import BASE, claims, report
from tui.core.draft.report_issuer import issuing_body
from tui.core.story.update import update_text

RELEASE = ("REPUBLIC OF VALORIA\nOFFICE OF THE VICE-PRESIDENT\nDISASTER RELIEF UNIT\n\n"
           "PRESS STATEMENT\n\nThe Disaster Relief Unit wishes to update the nation.\n\n"
           "1. Ten (10) residents of Kora have lost their lives.\n")


def test_the_unit_under_an_office_issues_the_release() -> None:
    assert issuing_body(RELEASE) == "Disaster Relief Unit"
    # (an office under a body is still the body's)
    assert issuing_body("VALORIA POLICE SERVICE\nOffice of the Provincial Commissioner\n"
                        "MEDIA STATEMENT\n\nText.") == "Valoria Police Service"


def test_a_units_release_in_a_story_credits_its_figures_to_the_unit() -> None:
    new = update_text(BASE, [report(RELEASE, outlet="Disaster Relief Unit")]).new
    assert {c[0] for c in claims(new)} == {"Disaster Relief Unit"}


def test_a_releases_information_as_of_a_time_is_its_authors() -> None:
    from tui.core.draft.pipeline import draft_briefing

    text = ("Balcony collapse\n\nTBILISI - The Ministry of Internal Affairs said the balcony "
            "gave way at 21:40.\n\nAccording to the information available as of 15:00, 6 "
            "persons died as a result of the incident.\n")
    [claim] = draft_briefing(text).casualty_claims
    assert str(claim["claimant"].value) == "Ministry of Internal Affairs"
    alone = draft_briefing("Collapse\n\nTBILISI - According to the information available as "
                           "of 15:00, 6 persons died.\n").casualty_claims
    assert [str(c["claimant"].value) for c in alone] == ["Unknown"]
