"""International and regional organisations a reaction may come from, beyond
the United Nations' agencies: health bodies, aid groups, regional blocs."""

from __future__ import annotations

import pytest

from tests.core.draft_helpers import HEAD
from tui.core.draft import draft_briefing


def organisations(body: str) -> list[str]:
    return [str(r["organisation"].value) for r in draft_briefing(HEAD + body).reactions
            if "organisation" in r]


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Africa Centres for Disease Control and Prevention said it would send experts.",
     "Africa CDC"),
    ("The Organization of Turkic States expressed its condolences to the families.",
     "Organization of Turkic States"),
    ("HelpAge International said it was helping older people in the shelters.",
     "HelpAge International"),
    ("The Central American Integration System said it would hold an emergency meeting.",
     "Central American Integration System"),
])
def test_an_organisation_of_the_list_reacts(sentence: str, name: str) -> None:
    assert organisations(sentence) == [name]


def test_central_american_is_no_american_reaction() -> None:
    found = draft_briefing(HEAD + "The Central American Integration System said it would "
                           "hold an emergency meeting.").reactions
    assert all("country" not in r for r in found)
