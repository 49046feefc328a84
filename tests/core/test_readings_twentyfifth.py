"""Readings added at the start of the twenty-fifth round, from the stories the
last round left split: one body named in two languages with one acronym,
a unit on its body's letterhead, and the group a list's heading names for
the figures under it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.draft_helpers import HEAD, claims
from tests.core.several_helpers import base_with, report
from tests.core.several_helpers import claims as claims_of
from tui.core.draft import draft_briefing
from tui.core.draft.article import Article
from tui.core.draft.attribution import complete_name
from tui.core.draft.report import report_of
from tui.core.draft.report_issuer import body_above_its_unit
from tui.core.story.update import draft_reports, update_text

_ENGLISH = ("Quake\n\nQUITO, Sept 13 (Wire) - Ecuador's National Risk Management "
            "Secretariat (SNGR) said nine people had died in the blast.\n")
_SPANISH = ("Blast\n\nQUITO, Sept 14 (Wire) - The death toll rose to ten, according to the "
            "Secretaría Nacional de Gestión de Riesgos (SNGR).\n")


def test_a_name_with_its_acronym_is_never_completed_again() -> None:
    sentence = ("Ecuador's National Risk Management Secretariat (SNGR) said nine people "
                "had died.")
    assert complete_name("National Risk Management Secretariat (SNGR)", sentence) == \
        "National Risk Management Secretariat (SNGR)"


def test_one_body_named_in_two_languages_with_one_acronym_is_one_claimant() -> None:
    drafted = draft_reports([report(_ENGLISH, "2027-09-13T12:00:00+00:00"),
                             report(_SPANISH, "2027-09-14T12:00:00+00:00")]).new
    assert len({c for c, *_ in claims_of(drafted)}) == 1
    assert [k for _, _, k, _ in claims_of(drafted)] == ["9", "10"]


_LETTERHEAD = ("SECRETARÍA NACIONAL DE GESTIÓN DE RIESGOS\n"
               "Directorate for the Monitoring of Adverse Events\n\n"
               "SITUATION REPORT No. 2\n\nSeven visitors died in the explosion.\n")


def test_a_unit_on_its_bodys_letterhead_issues_for_the_body() -> None:
    assert body_above_its_unit(_LETTERHEAD, "Directorate for the Monitoring of Adverse Events",
                               "Secretaría Nacional de Gestión de Riesgos") == \
        "Secretaría Nacional de Gestión de Riesgos"


def test_a_unit_of_a_ministry_issues_its_own_release() -> None:
    text = ("MINISTRY OF LOCAL GOVERNMENT\nDEPARTMENT OF CIVIL PROTECTION\n\nPRESS RELEASE\n\n"
            "Seven people died.\n")
    assert body_above_its_unit(text, "Department of Civil Protection",
                               "Ministry of Local Government") is None


def test_a_unit_published_by_someone_else_stays_the_issuer() -> None:
    assert body_above_its_unit(_LETTERHEAD, "Directorate for the Monitoring of Adverse Events",
                               "Wire") is None


def test_a_releases_figures_are_its_letterhead_bodys_when_it_published_it() -> None:
    release = report_of(Article(_LETTERHEAD), "sitrep.txt", {
        "published": "2027-09-12T19:10:00-05:00",
        "outlet": "Secretaría Nacional de Gestión de Riesgos"}, today=date(2027, 9, 13))
    new = update_text(base_with(("Police", "people", 4)), [release]).new
    assert [c for c, *_ in claims_of(new)][1:] == ["Secretaría Nacional de Gestión de Riesgos"]


_LIST = ("Visitors (bathers):\n• Deceased: 7\n• Injured: 23\n\n"
         "Workers of the complex:\n• Deceased: 1 (lifeguard)\n• Injured: 3\n")


def test_a_lists_heading_names_the_group_of_its_figures() -> None:
    assert [c[1:] for c in claims(_LIST)] == [
        ("visitors", 7, None), ("visitors", None, 23),
        ("workers of the complex", 1, None), ("workers of the complex", None, 3)]


def test_a_figure_line_after_prose_has_no_heading() -> None:
    assert [c[1] for c in claims("Workers of the complex were sent home.\n\nDeceased: 7\n")] \
        == ["people"]


def test_a_lists_groups_stay_apart_across_reports() -> None:
    release = report_of(Article("SECRETARIAT OF RISKS\n\nSITUATION REPORT No. 2\n\n"
                                "The secretariat issued its report.\n\n" + _LIST),
                        "sitrep.txt", {"published": "2027-09-12T19:10:00-05:00",
                                       "outlet": "Secretariat of Risks"},
                        today=date(2027, 9, 13))
    new = draft_reports([release]).new
    assert {(a, k, i) for _, a, k, i in claims_of(new)} == {
        ("visitors", "7", "23"), ("workers of the complex", "1", "3")}


_PARTS = ("MINISTRY OF HEALTH\n\nPRESS RELEASE\n\nThe Minister of Health informs the public.\n\n"
          "As at 4 p.m. today, the hospitals had received forty-six (46) patients with "
          "burns, broken down as follows:\n\n"
          "- thirty-nine (39) residents of the village of Tarsa;\n"
          "- four (04) herders found on the rim of the lake;\n"
          "- three (03) members of the rescue teams, namely two (02) gendarmes.\n")


def test_a_totals_parts_listed_under_it_are_groups_of_their_own() -> None:
    release = report_of(Article(_PARTS), "release.txt", {
        "published": "2025-03-01T16:00:00+00:00", "outlet": "Ministry of Health"},
        today=date(2025, 3, 5))
    new = update_text(base_with(("Police", "people", 4)), [release]).new
    assert claims_of(new)[1:] == [
        ("Ministry of Health", "residents of the village of Tarsa", None, "39"),
        ("Ministry of Health", "herders", None, "4"),
        ("Ministry of Health", "members of the rescue teams", None, "3")]


def test_a_list_under_a_sentence_of_no_casualties_is_no_toll() -> None:
    text = _PARTS.replace("forty-six (46) patients with burns", "forty-six (46) tents")
    release = report_of(Article(text), "release.txt", {
        "published": "2025-03-01T16:00:00+00:00", "outlet": "Ministry of Health"},
        today=date(2025, 3, 5))
    new = update_text(base_with(("Police", "people", 4)), [release]).new
    assert claims_of(new)[1:] == []


def test_a_places_toll_takes_the_name_another_report_gives_its_people() -> None:
    first = report("Gas\n\nTARSA - At least eighteen people have died in the village of "
                   "Tarsa, police said.\n", "2025-03-01T10:00:00+00:00")
    release = report_of(Article(_PARTS), "release.txt", {
        "published": "2025-03-01T16:00:00+00:00", "outlet": "Ministry of Health"},
        today=date(2025, 3, 5))
    new = draft_reports([first, release]).new
    assert [a for _, a, _, _ in claims_of(new)] == [
        "residents of the village of Tarsa", "residents of the village of Tarsa", "herders",
        "members of the rescue teams"]


# What a second reader found in these readings before the round was scored.

@pytest.mark.parametrize("heading", [
    "Summary:", "Actions taken:", "Human toll:", "In the town of Tarsa:", "Province of Tarsa:",
    "The ministry reported the following figures:", "Figures as at six o'clock this evening:"])
def test_a_heading_that_names_no_people_names_no_group(heading: str) -> None:
    assert {c[1] for c in claims(f"{heading}\n• Deceased: 5\n• Injured: 17\n")} == {"people"}


@pytest.mark.parametrize(("heading", "group"), [
    ("VISITORS:", "visitors"), ("Red Cross volunteers:", "Red Cross volunteers"),
    ("Children under five:", "children under five")])
def test_a_headings_group_is_written_as_a_group(heading: str, group: str) -> None:
    assert {c[1] for c in claims(f"{heading}\n• Deceased: 2\n• Injured: 1\n")} == {group}


def test_figure_lines_under_a_heading_without_bullets_are_read_one_by_one() -> None:
    assert claims("Passengers:\nDeceased: 12\nInjured: 30\n\nCrew:\nDeceased: 2\nInjured: 1\n") \
        == [("Unknown", "passengers", 12, None), ("Unknown", "passengers", None, 30),
            ("Unknown", "crew", 2, None), ("Unknown", "crew", None, 1)]


def test_a_table_of_damage_keeps_its_own_figures() -> None:
    assert claims("Damage:\nHouses destroyed: 40\nDeceased: 3\n") == [
        ("Unknown", "people", 3, None)]


def _release(body: str) -> list[tuple[str, str, str | None, str | None]]:
    text = ("MINISTRY OF HEALTH\n\nPRESS RELEASE\n\nThe Minister of Health informs the public.\n\n"
            + body)
    release = report_of(Article(text), "release.txt", {
        "published": "2025-03-01T16:00:00+00:00", "outlet": "Ministry of Health"},
        today=date(2025, 3, 5))
    return claims_of(draft_reports([release]).new)


@pytest.mark.parametrize("body", [
    "The families of the 12 victims received the following:\n- 12 coffins;\n- 24 food parcels.\n",
    "After the 12 deaths, the following teams were deployed:\n- 4 psychologists;\n"
    "- 6 social workers.\n",
    "Of the 46 injured, as follows:\n- 30 have been discharged;\n- 12 remain in hospital.\n",
    "A total of 46 patients were admitted, as follows:\n- 20 at Tarsa District Hospital;\n"
    "- 26 at Mbano Health Centre.\n"])
def test_a_list_of_things_or_states_under_a_total_is_no_toll(body: str) -> None:
    assert not [c for c in _release(body) if c[1] not in ("people",)]


@pytest.mark.parametrize("body", [
    "The hospitals received 46 victims, broken down as follows:\n- 39 residents;\n- 7 herders.\n",
    "The 12 dead and 30 injured are broken down as follows:\n- 10 residents;\n- 32 workers.\n"])
def test_a_total_that_is_no_one_measure_gives_its_parts_none(body: str) -> None:
    assert not [c for c in _release(body) if c[1] in ("residents", "herders", "workers")]


def test_a_list_of_the_dead_then_of_the_injured_gives_each_group_both() -> None:
    assert sorted(_release(
        "The 12 deaths are broken down as follows:\n- 9 residents;\n- 3 herders.\n"
        "The 30 injured are broken down as follows:\n- 25 residents;\n- 5 herders.\n")) == [
        ("Ministry of Health", "herders", "3", "5"), ("Ministry of Health", "residents", "9", "25")]


def test_parts_stay_their_groups_beside_a_later_death_among_them() -> None:
    assert ("Ministry of Health", "residents", None, "39") in _release(
        "The hospitals received 46 patients, of whom 4 later died:\n- 39 residents;\n"
        "- 7 herders.\n")


def test_residents_another_body_counts_stay_residents() -> None:
    news = report("Gas\n\nTARSA (Wire) - Nine residents and three herders died, police said.\n",
                  "2025-03-02T12:00:00+00:00")
    release = report_of(Article(
        "MINISTRY OF HEALTH\n\nPRESS RELEASE\n\nThe 12 deaths are broken down as follows:\n"
        "- 9 residents;\n- 3 herders.\n"), "release.txt", {
        "published": "2025-03-01T16:00:00+00:00", "outlet": "Ministry of Health"},
        today=date(2025, 3, 5))
    assert ("police", "residents", "9", None) in claims_of(draft_reports([release, news]).new)


@pytest.mark.parametrize(("first", "second"), [
    ("National Emergency Management Agency (NEMA)", "National Environmental Management Authority "
     "(NEMA)"),
    ("National Police (PNP)", "National Fire Brigade (PNP)")])
def test_two_bodies_of_one_acronym_stay_two(first: str, second: str) -> None:
    one = report(f"Floods\n\nTARSA (Wire) - The {first} said nine people died.\n",
                 "2025-03-01T12:00:00+00:00")
    two = report(f"Floods\n\nTARSA (Wire) - The {second} said 11 people died.\n",
                 "2025-03-02T12:00:00+00:00")
    assert len({c for c, *_ in claims_of(draft_reports([one, two]).new)}) == 2


def test_a_unit_another_report_names_is_its_body() -> None:
    release = report_of(Article("NATIONAL POLICE\nTraffic Directorate\n\nPRESS RELEASE\n\n"
                                "Seven people died in the crash.\n"), "release.txt", {
        "published": "2025-03-01T16:00:00+00:00", "outlet": "National Police"},
        today=date(2025, 3, 5))
    news = report("Crash\n\nTARSA (Wire) - The Traffic Directorate said nine people died.\n",
                  "2025-03-02T12:00:00+00:00")
    assert {c for c, *_ in claims_of(draft_reports([release, news]).new)} == {"National Police"}


def test_two_bodies_of_a_joint_release_stay_two() -> None:
    release = report_of(Article("NATIONAL POLICE\nFIRE AND RESCUE SERVICE\n\nJOINT PRESS RELEASE"
                                "\n\nSeven people died in the blast.\n"), "release.txt", {
        "published": "2025-03-01T16:00:00+00:00", "outlet": "National Police"},
        today=date(2025, 3, 5))
    new = draft_reports([release]).new
    assert not any("Fire and Rescue Service" in a.others for a in new.aliases)


def test_a_places_toll_never_takes_a_group_of_others_there() -> None:
    first = report("Gas\n\nTARSA - At least eighteen people have died in the village of "
                   "Tarsa, police said.\n", "2025-03-01T10:00:00+00:00")
    army = report("Gas\n\nTARSA - The army said five soldiers of the Tarsa garrison died.\n",
                  "2025-03-01T12:00:00+00:00")
    assert "soldiers of the Tarsa garrison" not in [
        a for c, a, _, _ in claims_of(draft_reports([first, army]).new) if c == "police"]


# Read on round 25's copy after its first sight (tuning, recorded apart).

def test_the_dead_listed_by_nation_are_each_nations_group() -> None:
    found = claims("In a second news conference, Prime Minister Ana Vela said the dead "
                   "included two Tunisians, four Italians, one French and one Pole.")
    assert [(c[1], c[2]) for c in found] == [
        ("Tunisian nationals", 2), ("Italian nationals", 4), ("French nationals", 1),
        ("Polish nationals", 1)]


def test_the_injured_listed_by_nation_are_each_nations_group() -> None:
    found = claims("Forty-four people were wounded, Vela said, including six Tunisians, "
                   "13 Italians and two South Africans.")
    assert [(c[1], c[3]) for c in found] == [
        ("people", 44), ("Tunisian nationals", 6), ("Italian nationals", 13),
        ("South African nationals", 2)]


@pytest.mark.parametrize("sentence", [
    "The ministry's count is 13 dead and 22 injured: seven Lao, one Chinese and one Thai.",
    "Of the 11 bodies, prosecutors have identified six: four Venezuelan, one Ecuadorian and "
    "one Haitian national.",
    "Police said 40 people were arrested, including six Tunisians and 13 Italians."])
def test_nations_listed_beside_another_measure_or_others_are_no_toll(sentence: str) -> None:
    assert not [c for c in claims(sentence) if c[1].endswith(" nationals")]


def test_a_toll_in_the_worst_attack_since_a_year_is_this_events() -> None:
    assert claims("Gunmen stormed a museum on Wednesday, killing at least 19 people, in the "
                  "worst attack in the capital since the revolution in 2011.") == [
        ("Unknown", "people", "19+", None)]


def test_a_toll_since_a_year_is_still_the_background() -> None:
    assert claims("Gunmen have killed 19 people in the capital since 2011.") == []


def test_a_figure_treated_with_caution_is_no_injured() -> None:
    assert claims("A ministry spokesperson said the figure of 67 needed to be treated with "
                  "caution.") == []


@pytest.mark.parametrize(("sentence", "measure"), [
    ("The Ministry of Health first said 41 people had been injured, then corrected its figure "
     "to 38.", "injured"),
    ("The Ministry of Health first said 41 people had died, then corrected its figure to 38.",
     "killed")])
def test_a_corrected_figure_keeps_the_measure_it_corrects(sentence: str, measure: str) -> None:
    found = claims(sentence)
    at = 2 if measure == "killed" else 3
    assert [c[at] for c in found] == [41, 38]


def test_a_figure_for_the_injured_after_a_colon() -> None:
    assert claims("The Ministry of Health has given its first figure for the injured: 34 "
                  "people, five of them in a serious condition.") == [
        ("Ministry of Health", "people", None, 34)]


def test_deaths_that_increased_to_a_figure_are_the_toll() -> None:
    assert claims("Deaths increased to 7 persons, injured 8 persons, the fire headquarters "
                  "said.") == [("fire headquarters", "persons", 7, 8)]


# Round 25's stories after their first sight (tuning, recorded apart).

def test_a_title_in_a_bodys_own_words_makes_its_holder_its_official() -> None:
    fire = report("Tunnel fire\n\nWOLFSBERG (Wire) - The Wolfsberg district fire brigade "
                  "command said four firefighters were hurt.\n", "2028-10-28T10:00:00+01:00")
    chief = report("Tunnel fire\n\nWOLFSBERG (Wire) - District fire commander Gerd Ranner said "
                   "five firefighters were treated for smoke inhalation.\n",
                   "2028-10-28T12:00:00+01:00")
    named = {c for c, *_ in claims_of(draft_reports([fire, chief]).new)}
    assert not any("Ranner" in c for c in named)


def test_a_title_of_other_words_makes_no_official() -> None:
    fire = report("Tunnel fire\n\nWOLFSBERG (Wire) - The Wolfsberg district fire brigade "
                  "command said four firefighters were hurt.\n", "2028-10-28T10:00:00+01:00")
    chief = report("Tunnel fire\n\nWOLFSBERG (Wire) - Regional police commander Gerd Ranner "
                   "said five firefighters were treated for smoke inhalation.\n",
                   "2028-10-28T12:00:00+01:00")
    assert [c for c, *_ in claims_of(draft_reports([fire, chief]).new)][1] != \
        "Wolfsberg district fire brigade command"


# What a second reader found in the readings above before they were kept.

@pytest.mark.parametrize("sentence", [
    "Seven people were killed in the blast, and two Tunisians and three Algerians were later "
    "arrested.",
    "Four people died in the fire, police said, while 200 Britons and 150 Germans were flown "
    "home.",
    "Ten people died; the 200 passengers included 40 Britons and 30 Germans.",
    "Ten people died near the plant, which employs 300 Chinese and 200 Pakistanis.",
    "Police said 10 people died, including 2 British and 3 German fans.",
    "Six people were killed, and police said the attackers were 2 Afghans and 3 Iranians.",
    "Recalling the 2015 French and 2016 Belgian attacks, police said 10 people died."])
def test_nations_that_are_not_the_counts_parts_are_no_toll(sentence: str) -> None:
    assert not [c for c in claims(sentence) if c[1].endswith(" nationals")]


def test_soldiers_of_a_nation_stay_soldiers() -> None:
    assert [c[1] for c in claims("Two American soldiers and five Malian soldiers were "
                                 "killed.")] == ["American soldiers", "Malian soldiers"]


def test_nations_listed_after_a_colon_are_the_counts_parts() -> None:
    assert [c[1] for c in claims("Nine people died in the avalanche, police said: four Swiss, "
                                 "three French and two Italians.")][1:] == [
        "Swiss nationals", "French nationals", "Italian nationals"]


@pytest.mark.parametrize("sentence", [
    "The floods were the worst since 1998, when 2,000 people died.",
    "The attack was the deadliest since a 2015 bombing killed 130 people.",
    "It was the deadliest attack on police since 2017, and 20 officers have died in similar "
    "attacks since then."])
def test_a_toll_after_a_comparison_with_the_past_is_the_pasts(sentence: str) -> None:
    assert claims(sentence) == []


def test_the_injured_treated_as_a_precaution_are_injured() -> None:
    assert claims("Twelve people were treated as a precaution, police said.") == [
        ("police", "people", None, 12)]


@pytest.mark.parametrize("sentence", [
    "The mayor first said 31 people had died and dozens were hurt; he later said 29.",
    "Police first said 20 people were killed and 15 injured, then corrected their figure to "
    "18."])
def test_a_later_figure_after_both_measures_stays_a_death_toll(sentence: str) -> None:
    assert [c[2] for c in claims(sentence)][-1] in (29, 18)


@pytest.mark.parametrize("sentence", ["Maternal deaths rose to 300 per 100,000 births.",
                                      "Daily deaths climbed to 1,500 at the peak of the "
                                      "pandemic."])
def test_deaths_of_a_kind_that_rose_are_no_toll(sentence: str) -> None:
    assert claims(sentence) == []


def _relayed(sentence: str) -> tuple[str, str | None]:
    drafted = draft_briefing(HEAD + sentence).casualty_claims[0]
    source = drafted.get("source")
    return str(drafted["claimant"].value), source and str(source.value)


@pytest.mark.parametrize(("sentence", "claimant", "source"), [
    ("The number of workers killed has risen to 12, the national newspaper Kuensel reported "
     "on Wednesday, citing the Tarsa district (dzongkhag) administration.",
     "Tarsa district administration", "Kuensel"),
    ("The toll rose to 12, the state news agency said late Monday, citing police.", "police",
     "state news agency")])
def test_a_relay_with_a_time_before_whom_it_cites(sentence: str, claimant: str,
                                                   source: str) -> None:
    assert _relayed(sentence) == (claimant, source)


def test_an_office_citing_figures_is_the_claimant_itself() -> None:
    assert _relayed("Floods have killed at least 341 people, the UN humanitarian office said "
                    "on Wednesday, citing government figures.")[0] != "government"


def test_the_storys_own_countrys_bodies_are_no_reaction() -> None:
    base = base_with(("Civil Defence", "workers", 9)).replace(
        "summary: A fire.\n", "summary: A fire.\nplace: Sohar, Oman\n")
    news = report("Fire\n\nSOHAR (Wire) - The Royal Oman Police has opened an investigation into "
                  "the fire. India's foreign ministry offered its condolences.\n")
    new = update_text(base, [news]).new
    assert [r.country.code for r in new.reactions if r.country] == ["IN"]


# What a second reader found in the relay and title readings before they were kept.

@pytest.mark.parametrize("sentence", [
    "Twelve people died, the ministry said on Monday, citing security concerns.",
    "Twelve people died, police said on Monday, citing the ongoing investigation."])
def test_a_body_citing_a_reason_after_a_time_stays_the_claimant(sentence: str) -> None:
    assert _relayed(sentence)[1] is None


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("The toll rose to 12, PTI reported, citing health ministry figures.", "health ministry"),
    ("The toll rose to 12, the agency quoted hospital sources as saying.", "hospital sources"),
    ("The toll rose to 12, Reuters reported, citing figures of the provincial health "
     "department.", "provincial health department")])
def test_a_relay_of_figures_is_the_bodys_whose_figures_they_are(sentence: str,
                                                                 claimant: str) -> None:
    assert _relayed(sentence)[0] == claimant


def test_a_daily_relaying_is_written_by_its_name() -> None:
    assert _relayed("The toll rose to 12, the daily Kathimerini reported, citing the fire "
                    "service.") == ("fire service", "Kathimerini")


@pytest.mark.parametrize("third", [
    "Wolfsberg district commander Gerd Ranner said five firefighters were hurt.",
    "Anna Berger, the Wolfsberg district fire brigade command's neighbour, said five "
    "firefighters were hurt."])
def test_a_title_of_where_alone_or_a_mere_mention_makes_no_official(third: str) -> None:
    fire = report("Tunnel fire\n\nWOLFSBERG (Wire) - The Wolfsberg district fire brigade "
                  "command said four firefighters were hurt.\n", "2028-10-28T10:00:00+01:00")
    other = report(f"Tunnel fire\n\nWOLFSBERG (Wire) - {third}\n", "2028-10-28T12:00:00+01:00")
    assert len({c for c, *_ in claims_of(draft_reports([fire, other]).new)}) == 2


# A third reader's cases on the relays (before they were kept).

@pytest.mark.parametrize(("sentence", "claimant", "source"), [
    ("The death toll rose to 15, state broadcaster RBA said on Tuesday, citing the Rwanda "
     "National Police.", "Rwanda National Police", "RBA"),
    ("The death toll rose to 15, Igihe reported on Tuesday, citing the Rwanda National "
     "Police.", "Rwanda National Police", "Igihe"),
    ("The death toll rose to 15, Radio Rwanda reported on Tuesday, citing the Rwanda "
     "National Police.", "Rwanda National Police", "Radio Rwanda")])
def test_an_outlet_by_its_name_or_kind_relays_after_a_time(sentence: str, claimant: str,
                                                           source: str) -> None:
    assert _relayed(sentence) == (claimant, source)


@pytest.mark.parametrize("sentence", [
    "Fifteen people died, The New Times reported, citing its own reporters.",
    "Fifteen people died, Xinhua reported, citing heavy rains.",
    "Fifteen people died, Xinhua reported, citing its correspondent."])
def test_what_an_outlet_cites_of_its_own_is_no_claimant(sentence: str) -> None:
    assert _relayed(sentence)[1] is None


def test_whose_latest_count_was_cited_is_the_body() -> None:
    assert _relayed("Fifteen people died, the New Times reported, citing the ministry's latest "
                    "count.")[0] == "ministry"


# A fifth reader's cases on the relays (before they were kept).

@pytest.mark.parametrize(("sentence", "claimant"), [
    ("Fifteen people died, Xinhua reported on Tuesday, citing local authorities.",
     "local authorities"),
    ("Fifteen people died, The New Times reported, citing the Rwanda Investigation Bureau.",
     "Rwanda Investigation Bureau"),
    ("Fifteen people died, The New Times reported, citing the hospital's own count.",
     "hospital")])
def test_a_relay_of_a_body_whose_name_holds_an_outlets_own_words(sentence: str,
                                                                  claimant: str) -> None:
    assert _relayed(sentence)[0] == claimant
