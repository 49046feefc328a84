"""Copy as a Malaysian desk writes it: honours and police ranks before a name
("Datuk Rosli Hamdan", "Asst Comm Anuar Md Yusof"), a service named by what it
does ("Selangor Fire and Rescue director ..."), and "have now been confirmed
dead"."""

from __future__ import annotations

from tests.core.draft_helpers import HEAD, claims
from tui.core.draft import draft_briefing
from tui.core.draft.affiliation import affiliations_in


def test_honours_and_ranks_before_a_name_are_no_part_of_it() -> None:
    assert claims("Serdang district police chief Asst Comm Anuar Md Yusof says one motorist "
                  "was killed.")[0][0] == "Anuar Md Yusof"
    quotes = draft_briefing(HEAD + "“We are still searching,” Datuk Rosli Hamdan said.").quotes
    assert [(q["speaker"].value, q["role"].value) for q in quotes] == [("Rosli Hamdan", "Datuk")]


def test_an_adverb_between_have_and_been_still_counts() -> None:
    assert claims("Police said four workers have now been confirmed dead.")[0][2] == 4
    assert claims("Police said two workers have also been killed.")[0][2] == 2


def test_a_service_named_by_what_it_does_is_the_body_its_director_speaks_for() -> None:
    found = affiliations_in(["Selangor Fire and Rescue director Datuk Rosli Hamdan says four "
                             "workers have now been confirmed dead."])
    assert [(a.person, a.body) for a in found] == [("Rosli Hamdan", "Selangor Fire and Rescue")]
