"""A second reader's counter-examples to the eighteenth round's rules, each
kept as a test: the wordings the rules first misread."""

from __future__ import annotations

from tests.core.draft_helpers import claims as sentence_claims
from tests.core.draft_helpers import reactors, speakers_and_roles
from tests.core.several_helpers import claims, report
from tui.core.story.update import draft_reports


def _claimants(*texts: str) -> list[tuple[str, str | None]]:
    reports = [report(t, published=f"2025-03-0{n + 1}T09:00:00+00:00", outlet=f"Wire {n}")
               for n, t in enumerate(texts)]
    return [(c[0], c[2]) for c in claims(draft_reports(reports).new)]


def test_a_description_never_joins_a_body_of_another_owner() -> None:
    # another country's body
    got = _claimants("Floods kill 11\n\nLILONGWE (AFP) - Eleven people died in floods, Malawi's "
                     "disaster management agency said.\n",
                     "Floods kill 20\n\nMAPUTO - Mozambique's National Disaster Management "
                     "Institute said 20 people had died.\n")
    assert ("Mozambique's National Disaster Management Institute", "20") in got
    assert ("Mozambique's National Disaster Management Institute", "11") not in got
    # a province's body for the country's, a nation's for the city's
    got = _claimants("Floods kill 12\n\nISLAMABAD (AFP) - At least 12 people were killed in "
                     "flash floods, the country's disaster management agency said.\n",
                     "Toll at 15\n\nLAHORE - The Punjab Provincial Disaster Management "
                     "Authority said 15 people had died in the province.\n")
    assert ("Punjab Provincial Disaster Management Authority", "12+") not in got
    got = _claimants("Market fire\n\nNAIROBI - Three people died in a market fire, the city's "
                     "fire service said.\n",
                     "Market fire toll\n\nNAIROBI - The Kenya National Fire Service said four "
                     "people had died in the fire.\n")
    assert ("Kenya National Fire Service", "3") not in got


def test_helpers_who_died_are_the_toll_a_later_report_raises() -> None:
    got = claims(draft_reports([
        report("Warehouse fire\n\nTwo firefighters died when the roof of a burning warehouse "
               "collapsed, the fire service said.\n", published="2025-03-01T09:00:00+00:00"),
        report("Warehouse fire toll rises\n\nThree people have now died in the warehouse fire, "
               "the fire service said.\n", published="2025-03-01T19:00:00+00:00",
               outlet="AP")]).new)
    assert [(c[1], c[2]) for c in got] == [("firefighters", "2"), ("firefighters", "3")]


def test_a_post_held_no_more_or_beside_another_body_is_no_post() -> None:
    got = _claimants("Quake\n\nKABUL - At least 45 people died in Zinda Jan district, Ahmad "
                     "Karimi said.\n",
                     "Quake aid\n\nKABUL - Aid is slow to arrive, said Ahmad Karimi, a former "
                     "director of the Afghan Red Crescent Society.\n")
    assert got == [("Ahmad Karimi", "45+")]
    got = _claimants("Raid\n\nGOMA - Seven people died in the raid, the Red Cross said.\n",
                     "Raid toll\n\nGOMA - Juan Perez said nine people had died. Volunteers "
                     "from the Red Cross and the militia commander, Juan Perez, reached the "
                     "village.\n")
    assert ("Juan Perez", "9") in got


def test_helpers_of_another_kind_or_beside_the_crews_are_their_own_group() -> None:
    assert sentence_claims("A militant attack killed four villagers and wounded six police "
                           "officers, officials said.") == [
        ("officials", "villagers", 4, None), ("officials", "officers", None, 6)]
    assert sentence_claims("Two soldiers were killed and three police officers were wounded "
                           "in the ambush, the army said.") == [
        ("army", "soldiers", 2, None), ("army", "police officers", None, 3)]
    assert sentence_claims("Ten people died and two firefighters were injured among the crews "
                           "fighting the blaze, officials said.") == [
        ("officials", "people", 10, None), ("officials", "firefighters", None, 2)]


def test_although_without_a_figure_of_its_own_is_no_rival() -> None:
    assert sentence_claims("Police said three people were killed, although the two injured "
                           "passengers were released from hospital on Monday.") == [
        ("Police", "people", 3, 2)]


def test_only_a_generic_kind_after_a_short_form_is_dropped() -> None:
    krg = sentence_claims("Seven people died, the Kurdistan Regional Government (KRG) health "
                          "ministry said.")
    assert krg[0][0] != "Kurdistan Regional Government"
    assert sentence_claims("Seven people died, the Ministry of Health (MoH) spokesman said.") \
        == [("Ministry of Health", "people", 7, None)]


# A second reading of the later rules (the eighteenth sets' tuning included)

def test_an_opening_word_or_phrase_loses_no_giver() -> None:
    assert reactors("However, Germany and France sent condolences to the families.") == [
        "DE", "FR"]
    assert reactors("Meanwhile, Japan and South Korea offered rescue teams.") == ["JP", "KR"]
    assert sorted(map(str, reactors("In response, Germany, France and Italy sent rescue "
                                    "teams."))) == ["DE", "FR", "IT"]
    assert "CL" in reactors("In a reply to criticism from Chile, Norvale Foreign Minister Alan "
                            "Price voiced regret over the delays.")


def test_only_an_embassy_sits_somewhere_and_a_long_name_is_one_giver() -> None:
    assert reactors("Mosques in Britain and Ireland raised money for the victims.") == []
    assert reactors("Italian Prime Minister Giorgia Meloni and Spanish Foreign Minister José "
                    "Manuel Albares voiced condolences.") == ["IT", "ES"]


def test_the_president_of_a_body_is_no_state() -> None:
    assert "TR" not in reactors("Messages of condolence came from UEFA, FIFA and the president "
                                "of the Turkish Football Federation.")
    assert reactors("Condolences came from the government of Chile.") == ["CL"]


def test_the_number_of_dead_or_missing_is_no_toll() -> None:
    assert sentence_claims("The number of people confirmed dead or missing has risen to 60, "
                           "officials said.") == []
    assert all(c[3] != 4 for c in sentence_claims(
        "The number of people wounded in the attack who have since died has risen to four, "
        "officials said."))


def test_two_states_ministries_of_the_interior_stay_apart() -> None:
    got = _claimants("Floods\n\nBISHKEK - Eleven people were killed, the Ministry of Internal "
                     "Affairs said.\n",
                     "Floods\n\nALMATY - Thirteen people were killed in the floods, "
                     "Kazakhstan's interior ministry said.\n")
    assert len({name for name, _ in got}) == 2


def test_a_place_or_a_body_after_a_description_is_no_speaker() -> None:
    assert speakers_and_roles('"The river is still rising," said a spokeswoman for the regional '
                              'branch of the emergencies ministry, Irkutsk Oblast.')[0][0] \
        != "Irkutsk Oblast"
    assert speakers_and_roles('"We have stopped the search," said the coordinator of the '
                              'relief effort, of Médecins Sans Frontières.')[0][0] \
        != "Médecins Sans Frontières"


def test_what_killed_them_is_no_claimant() -> None:
    assert sentence_claims("Twelve people were reported killed by the explosion that tore "
                           "through the market.")[0][0] != "explosion"
    assert sentence_claims("Seven people were killed by the landslide, as indicated by the "
                           "rescue team's findings.")[0][0] != "rescue team's findings"
