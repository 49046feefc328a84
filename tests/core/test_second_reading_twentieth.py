"""A second reader's counter-examples to the twentieth round's rules, each
kept as a test: the wordings the rules first misread."""

from __future__ import annotations

from datetime import date

from tests.core.draft_helpers import reacting_countries
from tui.core.draft.pipeline import draft_briefing


def _draft(body: str, dateline: str = "NAIROBI, April 20, 2025 (Reuters)",
           lead: str = "Fires killed three people in Kenya, police said."):
    return draft_briefing(f"A story\n\n{dateline} - {lead}\n\n{body}\n",
                          today=date(2026, 12, 7))


def _tolls(body: str) -> list[tuple[str, object, object]]:
    return [(str(c["affected"].value), c.get("killed") and c["killed"].value,
             c.get("injured") and c["injured"].value)
            for c in _draft(body).casualty_claims][1:]


def test_this_years_toll_and_a_dated_description_stay_claims() -> None:
    assert _tolls("The 2025 monsoon floods have killed 200 people so far, the NDMA said.") == [
        ("people", 200, None)]
    assert _tolls("The cyclone, which made landfall in March 2025, has killed 40 people, the "
                  "BNGRC said.") == [("people", 40, None)]
    assert _tolls("OCHA said in its 2025 flash update that 45 people had been killed.") == [
        ("people", 45, None)]
    assert _tolls("The building, completed only last year, caved in on Monday, killing nine "
                  "pupils, police said.") == [("pupils", 9, None)]
    assert _tolls("The blast wounded 38, the deadliest attack in the capital in recent years, "
                  "police said.") == [("people", None, 38)]


def _speakers(body: str) -> list[tuple[str, object]]:
    return [(str(q["speaker"].value), q.get("role") and q["role"].value)
            for q in _draft(body, lead="Reaction poured in on Saturday.").quotes]


def test_a_heading_that_names_no_one_names_no_speaker() -> None:
    for heading in ("EYEWITNESS ACCOUNTS", "SCHOOL FIRE KILLS PUPILS", "NAIROBI, KENYA"):
        assert _speakers(f"{heading}\n\n\u201cI saw the smoke from the window.\u201d") == [
            ("Unknown", None)], heading


def test_a_headings_name_after_its_role_keeps_its_letters() -> None:
    assert _speakers("AFRICAN UNION COMMISSION CHAIRPERSON MAHMOUD ALI YOUSSOUF\n\n"
                     "\u201cWe condemn this attack.\u201d\n\nEU FOREIGN POLICY CHIEF KAJA "
                     "KALLAS\n\n\u201cEurope stands with the victims.\u201d\n\nPOPE LEO XIV"
                     "\n\n\u201cLet us pray for the dead.\u201d") == [
        ("Mahmoud Ali Youssouf", "African Union Commission chairperson"),
        ("Kaja Kallas", "EU Foreign Policy chief"), ("Leo XIV", "pope")]


def test_a_thing_sent_or_provided_by_a_state_is_no_help() -> None:
    assert reacting_countries(
        "A tsunami warning sent by Japan's Meteorological Agency reached the coast.") == []
    assert reacting_countries("The drones, provided by Iran, hit the market.") == []
    assert reacting_countries("Ambulances donated by Japan in 2019 carried the injured.") == []
    assert reacting_countries(
        "A statement sent by Russia's defence ministry to reporters gave no figure.") == []
    assert reacting_countries(
        "A team of 12 mine rescuers from the Velenje Coal Mine, sent by the government of "
        "Slovenia, arrived on Wednesday.") == ["SI"]


def test_another_incidents_group_reads_as_english() -> None:
    assert _tolls("In another attack, four guards were killed, police said.") == [
        ("guards (in another attack)", 4, None)]
    # (on nobody's word, the same one remark, never a second "(in another incident)")
    assert _tolls("The market reopened on Monday.\n\nIn another attack, four guards were "
                  "killed.") == [("guards (in another attack)", 4, None)]


def test_a_bodys_press_service_is_no_news_agency() -> None:
    claimants = [str(c["claimant"].value) for c in _draft(
        "Twelve people died, according to the press service of the State Emergency "
        "Service. Nine were injured, according to the Kremlin press service.").casualty_claims]
    assert "State Emergency Service" in claimants
    assert "Kremlin press service" in claimants


def _claimants(body: str) -> list[str]:
    return [str(c["claimant"].value) for c in _draft(body).casualty_claims][1:]


def test_an_officer_quoted_at_length_or_by_rank_speaks_for_the_body() -> None:
    assert _claimants("Xinhua reported, quoting Colonel Li Wenhai of the Yunnan Provincial "
                      "Fire and Rescue Corps (Yunnan Sheng Xiaofang Jiuyuan Zongdui), that 14 "
                      "people had died.") == ["Yunnan Provincial Fire and Rescue Corps"]
    assert _claimants("Fourteen people died, Xinhua reported, quoting Col. Li of the Yunnan "
                      "Provincial Fire and Rescue Corps.") == [
        "Yunnan Provincial Fire and Rescue Corps"]
    assert _claimants("Eleven people died, the agency reported, citing officials of the Lagos "
                      "State Emergency Management Agency (LASEMA).") == [
        "Lagos State Emergency Management Agency"]


def test_condemnation_from_capitalised_allies_including_a_list() -> None:
    assert reacting_countries(
        "Condemnation came from Western allies including the United States, Britain and "
        "France.") == ["US", "GB", "FR"]


def test_a_release_in_the_third_person_under_its_letterhead_is_its_authors() -> None:
    drafted = draft_briefing(
        "LONDON FIRE BRIGADE\nPRESS RELEASE\n\nFLAT FIRE IN TOWER HAMLETS - UPDATE\n\n"
        "Firefighters were called to a fire in a flat on Commercial Road at 0214. Sadly, one "
        "of the residents taken to hospital has died. This brings the number of fatalities "
        "to two.\n", today=date(2026, 12, 7))
    assert [(str(c["claimant"].value), c.get("killed") and c["killed"].value,
             c.get("injured") and c["injured"].value) for c in drafted.casualty_claims] == [
        ("London Fire Brigade", 2, None)]


def test_a_name_with_a_particle_after_a_quote() -> None:
    assert _speakers("\u201cThe smoke was everywhere,\u201d said Nur Hidayah binte Osman, a "
                     "neighbour.\n\n\u201cWe ran down the stairs,\u201d Siti Aminah binti Yusof "
                     "said.") == [("Nur Hidayah binte Osman", None),
                                  ("Siti Aminah binti Yusof", None)]
