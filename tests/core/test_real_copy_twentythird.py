"""Real copy's wordings read after the twenty-third round's first sight
(recorded apart): a document an outlet has seen, a verb of reckoning, a
speaker in a side clause, a number told again with "about"."""

from __future__ import annotations

from tui.core.draft.pipeline import draft_briefing

HEAD = "Headline of the story\n\nMOROVA - "


def _claims(text: str) -> list[tuple[str, str]]:
    return [(str(c["claimant"].value), str(c["killed"].value))
            for c in draft_briefing(HEAD + text + "\n").casualty_claims if "killed" in c]


def test_a_document_seen_by_an_outlet_is_no_claimant() -> None:
    found = _claims("The Red Cross said 100 people were killed in the strike, according to "
                    "excerpts of a document seen Thursday by AFP.")
    assert found == [("Red Cross", "100")]


def test_a_verb_of_reckoning_gives_its_clause_without_that() -> None:
    assert _claims("The military government believes at least 10,000 people died in the "
                   "cyclone.") == [("military government", "10000+")]
    assert _claims("The Red Cross estimates 40 people died in the flood.") == [
        ("Red Cross", "40")]


def test_a_speaker_of_a_side_clause_does_not_give_the_figure_before_it() -> None:
    found = _claims("The official toll stands at 3,394 dead, although those figures cover "
                    "two zones, where U.N. officials say thousands are without shelter.")
    assert all(claimant != "U.N. officials" for claimant, _ in found)


def test_the_same_number_told_again_with_about_is_no_revision() -> None:
    found = _claims("The Red Cross believes at least 10,000 people died. The provisional "
                    "death toll was about 10,000.")
    assert [k for _, k in found] == ["10000+"]


def test_the_document_said_names_no_speaker_called_document() -> None:
    text = (HEAD + "The Health Ministry said 40 people were killed.\n\n“We are still "
            "counting the dead,” the document said.\n")
    [quote] = draft_briefing(text).quotes
    # (a paper whose author the article does not name: Unknown, with a check to ask)
    assert str(quote["speaker"].value) == "Unknown"


def test_an_outlet_citing_a_body_in_an_aside_relays_the_bodys_figure() -> None:
    assert _claims("Reuters, citing the health ministry, said 40 people were killed.") == [
        ("health ministry", "40")]
    assert _claims("Local media, citing police, reported that 9 people had died.") == [
        ("police", "9")]
    assert _claims("The New York Times reported that at least 100 people had been killed, "
                   "citing a rights group based in Tarsa: the National Network for Human "
                   "Rights.") == [("National Network for Human Rights", "100+")]


def test_a_body_citing_its_own_reports_keeps_the_figure() -> None:
    assert _claims("The army, citing intelligence reports, said 40 militants were "
                   "killed.") == [("army", "40")]


def _claims_full(text: str) -> list[tuple[str, str, str]]:
    return [(str(c["claimant"].value), str(c["affected"].value), str(c["killed"].value))
            for c in draft_briefing(HEAD + text + "\n").casualty_claims if "killed" in c]


def test_a_part_credited_to_a_ministry_keeps_the_uncredited_whole_and_its_first_count() -> None:
    found = _claims_full("At least 14 people are dead after a cable car fell, according to "
                         "Reuters.\n\nFive of those who died are Israelis, according to an "
                         "updated statement by Israel’s Foreign Ministry, which initially "
                         "reported six deceased.")
    assert found[0] == ("Unknown", "people", "14+")
    assert [(c, k) for c, _, k in found[1:]] == [("Israel’s Foreign Ministry", "6"),
                                                 ("Israel’s Foreign Ministry", "5")]
    assert found[1][1] == found[2][1]  # one group: 6 is the earlier figure of 5


def test_a_toll_that_was_originally_lower_before_it_rose() -> None:
    assert _claims("The death toll was originally six, before doubling to 12, police said.") \
        == [("police", "6"), ("police", "12")]


def test_a_surname_written_without_its_accent_is_the_person_named_before() -> None:
    text = (HEAD + "UN rights chief Volker Türk condemned the killings.\n\n“These latest "
            "killings are shocking,” Turk said.\n")
    [quote] = draft_briefing(text).quotes
    assert str(quote["speaker"].value) == "Volker Türk"


def test_an_appositive_body_with_its_letters_before_the_verb_speaks() -> None:
    text = (HEAD + "Another rights group in Tarsa, the Group for Peace and Development "
            "(CPD), said that “more than a hundred people” were murdered.\n")
    [quote] = draft_briefing(text).quotes
    assert str(quote["speaker"].value) == "Group for Peace and Development"
