"""Names whose capital carries an accent, as Turkish, Polish, Czech, Azerbaijani or
Icelandic names do, are names to the drafter as plain Latin ones are."""

from __future__ import annotations

from tests.core.draft_helpers import claims
from tests.core.draft_helpers import speakers_and_roles as speakers


def test_a_quote_after_an_accented_surname_is_that_persons() -> None:
    assert speakers("Energy Minister Şükrü Özdemir visited the pit on Sunday.\n\n"
                    "“We are doing everything we can,” Özdemir told reporters.") \
        == [("Şükrü Özdemir", "Energy Minister")]


def test_a_title_before_an_accented_name_gives_the_speaker_and_role() -> None:
    assert speakers("“The rescue is over,” said Governor Çağlar Ünal.") \
        == [("Çağlar Ünal", "Governor")]
    assert speakers("“Nobody was left behind,” said Əli Həsənov.") == [("Əli Həsənov", None)]


def test_an_accented_name_is_the_claimant_of_its_figure() -> None:
    assert claims("Governor Łukasz Żelazny said 30 miners were injured.")[0][0] \
        == "Łukasz Żelazny"


def test_a_body_or_person_with_an_accented_capital_is_a_claimant() -> None:
    assert claims("Four people were killed, said Þór Jónsson, a police spokesman.")[0][0] \
        == "Þór Jónsson"
    assert claims("Ørsted said two of its workers died.")[0][:3] == ("Ørsted", "workers", 2)
