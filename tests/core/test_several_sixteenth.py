"""Rules found on the fifteenth round's stories (seen since), each on reports
written for the test: a headline's clause whose toll the body gives again,
a letterhead's acronym that names the issuer in the body's own words, and a
medium that reports what a body counts."""

from __future__ import annotations

from tests.core.draft_helpers import claims as sentence_claims
from tests.core.several_helpers import base_with, claims, report
from tui.core.story.update import draft_reports, update_text


def test_a_headlines_clause_told_again_in_the_body_is_not_a_claim() -> None:
    wire = report("Associated Press\n\n"
                  "Chile lowers toll from bus crash to 15; town's mayor says 20 died\n\n"
                  "SANTIAGO, Chile (AP) - Chile's fire service on Wednesday lowered the death "
                  "toll from a bus crash to 15, while the mayor of the town where it happened "
                  "said 20 people had died.\n", outlet="AP")
    got = claims(draft_reports([wire]).new)
    # the headline's "Chile" is no claimant: the body says whose the 15 is
    assert [c[0] for c in got if c[2] == "15"] == ["Chile's fire service"]


def test_a_headlines_clause_keeps_the_rivals_toll_beside_the_bodys() -> None:
    wire = report("Kenya lowers depot blast toll to 11, Red Cross says 15 residents died\n\n"
                  "NAIROBI, Feb 15 (Reuters) - Kenyan authorities on Sunday lowered the number "
                  "of residents killed by explosions at an army depot in Norvale county to 11 "
                  "from 12, while the Kenya Red Cross Society said 15 residents had died.\n",
                  outlet="Reuters")
    got = [(c[0], c[2]) for c in claims(draft_reports([wire]).new)]
    assert ("Kenya Red Cross Society", "15") in got
    assert ("Kenyan authorities", "11") in got


def test_a_letterheads_acronym_joins_the_issuer_to_the_body_named_in_english() -> None:
    base = base_with(("Directorate General of Civil Protection", "people", 8))
    release = report("REPUBLIQUE D'HAITI\nDIRECTION GENERALE DE LA PROTECTION CIVILE (DGPC)\n\n"
                     "COMMUNIQUE DE PRESSE / PRESS RELEASE\n\nProvisional toll\n\n"
                     "The Directorate General of Civil Protection (DGPC) informs the population "
                     "that fourteen (14) people lost their lives in the accident.\n",
                     published="2025-03-01T15:00:00+00:00",
                     outlet="Direction Generale de la Protection Civile")
    got = claims(update_text(base, [release]).new)
    assert {c[0] for c in got} == {"Directorate General of Civil Protection"}
    assert [c[2] for c in got] == ["8", "14"]


def test_medium_reports_that_body_counts_is_the_bodys_claim() -> None:
    assert sentence_claims("State television's Canal Caribe reports that the Ministry of "
                           "Public Health now counts two dead and 77 injured.") == [
        ("Ministry of Public Health", "people", 2, 77)]
    # a body that reports what it counts itself stays the claimant
    assert sentence_claims("The Norvale Fire Service reported that 12 people had died.")[0][0] \
        == "Norvale Fire Service"


def test_a_deputy_minister_of_a_portfolio_speaks_for_that_ministry() -> None:
    flash = report("Tunnel collapse\n\nTwo workers died when a tunnel collapsed, the Ministry "
                   "of Emergency Situations said.\n", published="2025-03-01T06:00:00+00:00")
    later = report("Tunnel collapse: toll rises\n\nFive workers died in the collapse. Deputy "
                   "Minister of Emergency Situations Asel Nurlanova, who leads the rescue, told "
                   "reporters.\n\nAccording to Asel Nurlanova, seven people were injured.\n",
                   published="2025-03-01T12:00:00+00:00", outlet="Paper")
    got = claims(draft_reports([flash, later]).new)
    assert {c[0] for c in got} == {"Ministry of Emergency Situations"}


def test_a_spokesman_named_fully_once_is_listed_by_that_name() -> None:
    first = report("Beach drownings\n\nFour bathers drowned off Norvale beach, police said. "
                   "Police Media Spokesman SSP Nihal Perera said the group had been bathing "
                   "near the rocks.\n\n“Most of them did not know the sea here,” SSP Perera "
                   "said.\n", published="2025-03-01T08:00:00+00:00")
    new = draft_reports([first]).new
    assert [q.speaker for q in new.quotes] == ["Nihal Perera"]
    assert any("Nihal Perera" in a.others for a in new.aliases)


def test_authorities_are_never_a_union() -> None:
    from tui.core.draft.resolve import Names
    from tui.core.draft.several_names import _stands_for
    from tui.core.draft.several_rules import group_key

    names = Names()
    union = names.resolve("Norvale Workers' Union")
    assert union is not None and not union.person
    # the one body counting the workers is a union: "the authorities" are not it
    assert _stands_for("", group_key("workers"), [(union, "workers")], names) is None
    ministry = names.resolve("Ministry of Labour")
    assert ministry is not None
    assert _stands_for("", group_key("workers"), [(union, "workers"), (ministry, "workers")],
                       names) is ministry


def test_a_bodys_name_is_never_completed_with_its_possessive() -> None:
    from tui.core.draft.attribution import complete_name

    assert complete_name("Government", "Carmen Lahoz, the Government of Aragon's director "
                         "general for Emergencies, said seven campers had died.") == (
        "Government of Aragon")


def test_a_bodys_command_is_the_body() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    body = names.resolve("Command of the National Gendarmerie")
    assert names.find("National Gendarmerie") is body
    other = Names()
    first = other.resolve("National Gendarmerie")
    assert other.find("the Command of the National Gendarmerie") is first


def test_an_unnamed_officer_of_a_body_speaks_as_the_body() -> None:
    assert sentence_claims("A Gendarmerie Nationale officer at the scene, who asked not to "
                           "be named, told TSA that 11 people had been killed.")[0][:3] == (
        "Gendarmerie Nationale", "people", 11)


def test_a_time_of_day_in_a_releases_toll_line_is_no_toll() -> None:
    from tui.core.draft.report_tolls import tolls_in

    assert tolls_in("According to the provisional toll established at 9:00 a.m. by the "
                    "Departmental Emergency Operations Centre:") == []
    assert [t.killed for t in tolls_in("The toll rose to 1,200.")] == ["1200"]
