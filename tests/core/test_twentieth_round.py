"""Rules of the twentieth round's session: drafting one article and merging several."""

from __future__ import annotations

from datetime import date

from tests.core.draft_helpers import claims as sentence_claims
from tests.core.draft_helpers import reacting_countries, speakers_and_roles
from tests.core.several_helpers import claims, report
from tui.core.draft.groups import separate_incident_group
from tui.core.draft.layout import author_of, layout
from tui.core.draft.pipeline import draft_briefing
from tui.core.story.disputes import find_disputes
from tui.core.story.update import draft_reports


def test_a_round_figure_told_exactly_in_the_same_report_is_one_claim() -> None:
    flash = report("Truck hits market\n\nADDIS ABABA (ENA) - At least 11 people were killed and "
                   "32 injured when a truck hit a market, the zone police said.\n",
                   published="2025-03-01T09:00:00+00:00", outlet="ENA")
    wrap = report("Truck crash toll rises\n\nADDIS ABABA (AP) - A truck plowed into a market, "
                  "killing at least 19 people, police said Sunday.\n\n"
                  "Commander Tolera Gudeta of the zone police told The Associated Press that 19 "
                  "people had died and 38 were injured.\n",
                  published="2025-03-02T09:00:00+00:00", outlet="AP")
    got = [(c[2], c[3]) for c in claims(draft_reports([flash, wrap]).new)]
    assert got == [("11+", "32"), ("19", "38")]


def test_a_figure_relayed_by_a_broadcaster_quoting_an_officer_is_his_bodys() -> None:
    flash = report("Truck hits market\n\nADDIS ABABA (ENA) - At least 11 people were killed "
                   "when a truck hit a market, the West Shewa Zone Police said.\n",
                   published="2025-03-01T09:00:00+00:00", outlet="ENA")
    relay = report("Toll rises\n\nThe death toll has risen to 15, Fana Broadcasting Corporate "
                   "(FBC) reports, quoting Commander Tolera Gudeta of the West Shewa Zone Police "
                   "(Poolisii Godina Shawaa Lixaa), who also put the number of injured at 36.\n",
                   published="2025-03-01T15:00:00+00:00", outlet="Addis Standard")
    drafted = draft_reports([flash, relay]).new
    assert [(c[0], c[2], c[3]) for c in claims(drafted)] == [
        ("West Shewa Zone Police", "11+", None), ("West Shewa Zone Police", "15", "36")]
    assert find_disputes(drafted) == ()


def test_a_separate_accidents_toll_is_another_group_and_no_dispute() -> None:
    flash = report("Truck hits market\n\nADDIS ABABA (ENA) - At least 11 people were killed "
                   "when a truck hit the Tulu Harbu market, the zone police said.\n",
                   published="2025-03-01T09:00:00+00:00", outlet="ENA")
    wrap = report("Truck crash\n\nADDIS ABABA (AP) - The Ethiopian Red Cross said 22 people had "
                  "died at the market.\n\n"
                  "In a separate accident Saturday, six people were killed and 12 injured when a "
                  "minibus overturned near Debre Birhan in the Amhara region, the town's police "
                  "said.\n", published="2025-03-02T09:00:00+00:00", outlet="AP")
    drafted = draft_reports([flash, wrap]).new
    groups = {c[0]: c[1] for c in claims(drafted)}
    assert groups["town's police"] == "victims near Debre Birhan"
    assert groups["Ethiopian Red Cross"] != "victims near Debre Birhan"
    disputes = find_disputes(drafted)
    assert all("town's police" not in dict(d.claims) for d in disputes)


def test_a_separate_incident_named_after_the_figure_is_no_group_of_its_own() -> None:
    # ("13 died, including a man ... shot in a separate incident": the 13 are the story's)
    assert separate_incident_group(
        "The department said 13 people had died, including a man shot in a separate incident "
        "in the same township.") is None
    assert separate_incident_group(
        "In an unrelated crash on Monday, two drivers died, police said.") == (
        "victims of the unrelated crash")


def test_one_article_never_names_the_storys_police_after_another_incidents() -> None:
    got = sentence_claims(
        "A truck killed at least 19 people at a market, police said Sunday.\n\n"
        "In a separate accident Saturday, six people were killed when a minibus overturned "
        "near Debre Birhan, the town's police said.\n")
    assert [c[0] for c in got] == ["police", "town's police"]


def test_one_article_names_the_body_a_broadcaster_quotes_an_officer_of() -> None:
    got = sentence_claims(
        "The death toll has risen to 15, Fana Broadcasting Corporate (FBC) reports, quoting "
        "Commander Tolera Gudeta of the West Shewa Zone Police (Poolisii Godina Shawaa Lixaa), "
        "who also put the number of injured at 36.\n")
    assert [(c[0], c[2], c[3]) for c in got] == [("West Shewa Zone Police", 15, 36)]


def test_a_department_described_joins_the_named_one_it_fits() -> None:
    flash = report("Hotel fire\n\nDA NANG (VNA) - Four guests died in a hotel fire, the Da Nang "
                   "Department of Health said.\n", published="2025-03-01T09:00:00+00:00",
                   outlet="VNA")
    later = report("Hotel fire toll rises\n\nDA NANG (Reuters) - Six guests have died, the city's "
                   "health department said on Sunday.\n",
                   published="2025-03-02T09:00:00+00:00", outlet="Reuters")
    drafted = draft_reports([flash, later]).new
    assert {c[0] for c in claims(drafted)} == {"Da Nang Department of Health"}
    assert find_disputes(drafted) == ()


def test_a_provincial_body_described_fits_a_states_name() -> None:
    flash = report("Roof collapse\n\nSEOUL (Yonhap) - Two people were killed when a roof "
                   "collapsed, the Gangwon State Fire Headquarters said.\n",
                   published="2025-03-01T09:00:00+00:00", outlet="Yonhap")
    later = report("Roof collapse toll rises\n\nSEOUL (AP) - Five people have died, the "
                   "provincial fire department said on Sunday.\n",
                   published="2025-03-02T09:00:00+00:00", outlet="AP")
    drafted = draft_reports([flash, later]).new
    assert {c[0] for c in claims(drafted)} == {"Gangwon State Fire Headquarters"}


def test_a_toll_confirmed_after_an_initial_count_is_current() -> None:
    got = sentence_claims(
        "Spokesman Joel Millman of the International Organization for Migration told "
        "reporters that 23 deaths have been confirmed after eight more bodies were found "
        "overnight following an initial count of 15.\n")
    assert [c[2] for c in got] == [15, 23]


def test_rule_heading_names_speaker() -> None:
    got = speakers_and_roles(
        "Reaction poured in from around the world.\n\n"
        "WHITE HOUSE SPOKESMAN JOHN KIRBY\n\n"
        "\u201cThe images are just horrible and hard to watch.\u201d\n\n"
        "UKRAINIAN PRESIDENTIAL ADVISER MYKHAILO PODOLYAK\n\n"
        "\u201cLet\u2019s be straight about this: Ukraine had nothing to do with these events.\n\n"
        "\u201cWe have a full-scale war with the Russian army.\u201d\n\n"
        "YULIA NAVALNAYA, WIDOW OF RUSSIAN OPPOSITION LEADER ALEXEI NAVALNY\n\n"
        "\u201cAll those involved in this crime must be found.\u201d\n\n"
        "UNITED NATIONS SECURITY COUNCIL\n\n"
        "\u201cThe members of the Security Council condemned the attack.\u201d\n\n"
        "The hall was still burning on Saturday. \u201cWe could not breathe,\u201d one "
        "visitor said.\n")
    # (Podolyak's quotation runs on into a second paragraph: two quotes, his both)
    assert got == [("John Kirby", "White House spokesman"),
                   ("Mykhailo Podolyak", "Ukrainian Presidential adviser"),
                   ("Mykhailo Podolyak", "Ukrainian Presidential adviser"),
                   ("Yulia Navalnaya", "Widow of Russian Opposition Leader Alexei Navalny"),
                   ("United Nations Security Council", None),
                   ("visitor", None)]


def test_a_name_with_binte_is_one_persons() -> None:
    got = speakers_and_roles(
        "Two people died in a fire at 18 Sungei Kadut Way, the SCDF said.\n\n"
        "Lieutenant Nur Aisyah binte Rahmat, whose section rescued eight of the 11 persons, "
        "described what her crew found. \"The corridor was completely black,\" she said.\n")
    assert [speaker for speaker, _ in got] == ["Nur Aisyah binte Rahmat"]


def test_a_letterheads_force_states_its_own_toll() -> None:
    drafted = draft_briefing(
        "SINGAPORE CIVIL DEFENCE FORCE\nNEWS RELEASE\n\nFIRE AT A DORMITORY - UPDATE 2\n\n"
        "In our first update we reported a fire at the dormitory. We are deeply saddened to "
        "inform that one of the persons we conveyed to hospital passed away. This brings the "
        "number of fatalities to three.\n\nTwo of our firefighters suffered heat injuries.\n",
        today=date(2030, 3, 12))
    got = [(str(c["claimant"].value), str(c["claimant"].rule))
           for c in drafted.casualty_claims]
    assert got[0] == ("Singapore Civil Defence Force", "release_states_its_own")
    assert ("Singapore Civil Defence Force", "first_person_author") in got


def test_sympathy_conveyed_by_governments_with_also() -> None:
    assert reacting_countries(
        "Sympathy was also conveyed by the governments of Portugal and Iceland.") == ["PT", "IS"]


def test_condolences_from_counterparts_in_two_states_bodies() -> None:
    assert reacting_countries(
        "We have received messages of condolence from our counterparts in Malaysia's Fire "
        "and Rescue Department and the Philippines' Bureau of Fire Protection, which we "
        "deeply appreciate.") == ["MY", "PH"]


def test_condolences_from_allies_including_a_list() -> None:
    assert reacting_countries(
        "According to the Ministry of Foreign Affairs, condolence messages were received from "
        "diplomatic allies including Paraguay, Guatemala and the Marshall Islands.") == [
        "PY", "GT", "MH"]


def test_help_sent_by_a_state() -> None:
    assert reacting_countries(
        "Two Canadair water bombers and 40 firefighters sent by Greece landed at Paphos at "
        "midday.") == ["GR"]
    assert reacting_countries("A letter sent by the Ministry of Health was read out.") == []


def test_a_ministry_of_two_portfolios_is_one_claimant() -> None:
    got = sentence_claims("The Ministry of Health and Social Development said the 15 injured "
                          "were being treated at the university hospital.\n")
    assert [c[0] for c in got] == ["Ministry of Health and Social Development"]


def test_a_count_or_the_counted_is_never_the_claimant() -> None:
    got = sentence_claims("The police said nine people died.\n\n10:45 - Six confirmed dead\n\n"
                          "Deaths confirmed (DMA) 9 Deaths reported (LMPS) 12\n")
    assert not {c[0] for c in got} & {"Six", "Deaths"}


def test_an_agency_that_relays_is_no_claimant_by_according_to() -> None:
    got = sentence_claims("Late in the evening the National Civil Protection Agency (ANPC) gave "
                          "the same figures for the lake, 11 dead and four missing, according "
                          "to the state news agency Agence Benin Presse (ABP).\n")
    assert [(c[0], c[2]) for c in got] == [("National Civil Protection Agency", 11)]


def test_an_officer_quoted_with_his_name_between_commas_speaks_for_his_force() -> None:
    got = sentence_claims("On Monday evening the Namibia Press Agency (NAMPA) quoted the Erongo "
                          "regional commander of the Namibian Police Force, Commissioner "
                          "Erastus Shikongo, as saying that seven crew members had died.\n")
    assert [(c[0], c[2]) for c in got] == [("Namibian Police Force", 7)]


def test_a_toll_years_before_is_another_times() -> None:
    got = sentence_claims("Police said 12 workers died in the fire. The latest factory disaster "
                          "came eight years after the collapse of a garment factory in Savar "
                          "that left 64 workers dead.\n")
    assert [(c[0], c[2]) for c in got] == [("Police", 12)]


def test_rule_two_groups_hurt() -> None:
    got = sentence_claims("Police say one passenger has died, and 19 passengers and four crew "
                          "members were injured.\n")
    assert [(c[1], c[2], c[3]) for c in got] == [("passenger", 1, 19),
                                                 ("crew members", None, 4)]
    # (never a verb taken into a group's name)
    got = sentence_claims("Police said five people were killed and 13 others were injured. "
                          "The bureau said the crash caused 11 persons to die and 2 persons to "
                          "be injured.\n")
    assert all("were" not in c[1] and "die" not in c[1] for c in got)


def test_a_name_in_the_storys_language_in_brackets_is_no_subject() -> None:
    got = sentence_claims("Six people died, the West Shewa Zone Police (Poolisii Godina Shawaa "
                          "Lixaa) said.\n")
    assert [c[0] for c in got] == ["West Shewa Zone Police"]


def test_a_month_is_no_place_of_a_toll() -> None:
    got = sentence_claims("Floods in the province have killed 23 people in March, officials "
                          "said.\n")
    assert [c[1] for c in got] == ["people"]


def test_a_wider_place_between_commas_is_no_subject() -> None:
    got = sentence_claims(
        "The Regional Disaster Management Agency (BPBD) of Banjarnegara Regency, Central "
        "Java, said 8 residents died. The police in Lahore, Pakistan, said two more had "
        "died. The governor of Kano, Abba Yusuf, said 30 were injured.\n")
    assert [c[0] for c in got] == [
        "Regional Disaster Management Agency of Banjarnegara Regency", "Lahore police",
        "Abba Yusuf"]


def test_a_body_gives_a_count_or_takes_its_count_to_a_toll() -> None:
    got = sentence_claims("The county police now give four dead. Its update of 26 August "
                          "gives 11 dead. A woman died in hospital in the early hours, police "
                          "say, taking their count to five.\n")
    assert [(c[0], c[2]) for c in got] == [
        ("county police", 4), ("county police", 11), ("county police", 5)]



def test_one_person_had_been_killed() -> None:
    got = sentence_claims("The Cantonal Police of Graubünden reported that a ski tourer had "
                          "been killed in an avalanche near Davos.\n")
    assert [(c[0], c[1], c[2]) for c in got] == [
        ("Cantonal Police of Graubünden", "ski tourer", 1)]


def test_a_title_case_headlines_reactor_is_not_where_the_story_happens() -> None:
    page = layout("France Condemns Attack That Killed 12 in Niger\n\nNIAMEY - Gunmen killed "
                  "12 soldiers on Sunday, the army said.\n", date(2026, 12, 7))
    assert page.host is not None and page.host.code == "NE"


def test_a_letterheads_european_legal_form_names_the_company() -> None:
    assert author_of("Statement", "NOORDKUST SPOOR B.V.\nPress release\n\nWe regret that two "
                     "people died.") == "Noordkust Spoor"
    assert author_of("Statement", "ACME MINERA S.A.\nPress release\n\nWe regret that two of "
                     "our workers died.") == "Acme Minera"
