"""A person an article names as a body's spokesperson or official gives the
body's figures (the format's convention): the draft lists them under the
body in `aliases`, so a body and its official are never a dispute, and
across reports the official's figures are the body's revisions. Names
written with and without accents, or one letter apart, are one person.
Every article here is written for the test."""

from __future__ import annotations

import pytest

from tests.core.several_helpers import BASE, claims, report
from tui.core.draft import draft_yaml
from tui.core.draft.affiliation import (
    AFFILIATION_RULES,
    AffiliationRule,
    affiliation_of_role,
    affiliations_in,
    body_for,
    offices_in,
)
from tui.core.draft.pipeline import draft_briefing
from tui.core.draft.report_issuer import released_by_outlet
from tui.core.draft.resolve import Names, body_then_person, is_body
from tui.core.format.load import parse_briefing
from tui.core.story.disputes import find_disputes
from tui.core.story.update import draft_reports, update_text

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


@pytest.mark.parametrize("rule", AFFILIATION_RULES, ids=lambda r: r.name)
def test_each_affiliation_rules_example_lists_the_official_under_the_body(
        rule: AffiliationRule) -> None:
    draft = draft_briefing(HEAD + rule.example)
    [alias] = draft.aliases
    assert alias.rule == rule.name
    claimant = str(draft.casualty_claims[0]["claimant"].value)
    assert claimant in alias.names
    assert alias.sentence in rule.example


def test_a_body_and_its_spokeswoman_are_one_claimant_not_a_dispute() -> None:
    text = (HEAD + "Health Ministry spokeswoman Chea Sophorn said the wells were closed. "
            "Sophorn said 12 people had died. The Health Ministry later said 14 people had "
            "died.\n")
    drafted = parse_briefing(draft_yaml(text), "draft.yaml")
    assert [(a.name, a.others) for a in drafted.aliases] == [("Health Ministry",
                                                              ("Chea Sophorn",))]
    assert [c.claimant for c in drafted.casualty_claims] == ["Chea Sophorn", "Health Ministry"]
    assert find_disputes(drafted) == ()


@pytest.mark.parametrize("sentence, person, body", [
    ("The Albertine Region police spokesperson, Ms Grace Nyangoma, confirmed the death.",
     "Grace Nyangoma", "Albertine Region police"),
    ("Provincial police chief Keo Bunthoeun told The Post that officers went home.",
     "Keo Bunthoeun", "provincial police"),
    ("NEMA's Lagos territorial coordinator, Ibrahim Musa, said the road was shut.",
     "Ibrahim Musa", "NEMA"),
    ("Anisul Haque, the fire service deputy director leading the search, said it rained.",
     "Anisul Haque", "fire service"),
    ("Fire service deputy director Anisul Haque said it rained.", "Anisul Haque",
     "fire service"),
    ("Dr. Phan Thi Thu Ha, director of the Da Nang Department of Health, said it rained.",
     "Phan Thi Thu Ha", "Da Nang Department of Health"),
    ("Onoriode Kelu, executive secretary of the Delta State Emergency Management Agency, "
     "said it rained.", "Onoriode Kelu", "Delta State Emergency Management Agency"),
    ("Carmen Oyarzun, the Government of Aragon's director general for emergencies, said it "
     "rained.", "Carmen Oyarzun", "Government of Aragon"),
    ("The Guardia Civil's spokesperson in Teruel, Captain Elena Rivas, said it rained.",
     "Elena Rivas", "The Guardia Civil"),
    ("It rained, police spokesperson Assistant Commissioner Lovemore Dube said.",
     "Lovemore Dube", "police"),
    ("It rained, ZMF chief executive Mr Blessing Moyo said.", "Blessing Moyo", "ZMF"),
    ("It rained, federation chief executive Blessing Moyo said.", "Blessing Moyo",
     "federation"),
])
def test_an_official_and_the_body_are_read_from_the_sentence(sentence: str, person: str,
                                                             body: str) -> None:
    assert [(a.person, a.body) for a in affiliations_in([sentence])] == [(person, body)]


@pytest.mark.parametrize("sentence", [
    "Mayor Alvaro Penaranda told local radio that the stand gave way.",
    "Patrick Mugisha, the Kikuube district health officer, told Xinhua by telephone.",
    "Lowaso County Commissioner Grace Chebet says 11 bodies have been recovered.",
    "The figures were confirmed by Joan Mbeki of the Associated Press on Monday.",
])
def test_an_office_of_its_own_is_no_bodys_official(sentence: str) -> None:
    assert affiliations_in([sentence]) == []


def test_an_official_named_in_one_report_gives_the_bodys_figures_in_another() -> None:
    first = report("Poisoning\n\nAt least six villagers have died, the Valoria Health Ministry "
                   "said. Ministry spokeswoman Lina Dorsk said samples were sent to a "
                   "laboratory.\n")
    later = report("Poisoning\n\nDorsk said on Tuesday that 11 villagers had died.\n",
                   "2025-03-02T09:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert [(c[0], c[2]) for c in claims(new)] == [("Valoria Health Ministry", "6+"),
                                                   ("Valoria Health Ministry", "11")]
    assert not new.disputes


def test_a_name_with_and_without_accents_or_one_letter_apart_is_one_person() -> None:
    names = Names()
    mayor = names.resolve("Álvaro Peñaranda")
    assert names.resolve("Mayor Alvaro Penaranda") is mayor
    officer = names.resolve("Patrick Mugisha")
    assert names.resolve("Dr Patrick Mugiisha") is officer
    assert names.resolve("Hatem Abdel-Rahman") is names.resolve("Hatem Abdelrahman")
    # another given name, or a short surname, is another person
    assert names.resolve("Peter Mugisha") is not officer
    assert names.resolve("Ana Lee") is not names.resolve("Ana Lea")


def test_the_army_by_any_of_its_names_is_one_body_but_not_the_government() -> None:
    names = Names()
    army = names.resolve("Valorian Armed Forces")
    assert names.resolve("army") is army
    assert names.resolve("General Staff") is army
    assert names.resolve("Valoria's military government") is not army


def test_an_official_of_a_bodys_unit_speaks_for_the_body() -> None:
    assert [(a.person, a.body) for a in affiliations_in([
        "Colonel Ana Quispe, head of the police's Huarochirí division, told reporters."])] == [
        ("Ana Quispe", "police")]


def test_a_governor_named_once_is_the_regional_governor_of_a_later_report() -> None:
    assert offices_in(["The agency reported, citing the regional governor, Col. Idris Maiga, "
                       "that six civilians were killed."]) == [("Idris Maiga", "governor")]
    first = report("Attack\n\nSix civilians were killed, the state agency reported, citing the "
                   "regional governor, Col. Idris Maiga.\n")
    later = report("Attack\n\nThe regional governor said on Wednesday that nine civilians had "
                   "died.\n", "2025-03-02T09:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert [(c[0], c[2]) for c in claims(new)] == [("Idris Maiga", "6"), ("Idris Maiga", "9")]


def test_a_body_that_publishes_its_own_communique_issues_its_figures() -> None:
    text = "REPUBLIC OF VALORIA\nGENERAL STAFF\n\nCOMMUNIQUE No. 12\n\nEleven soldiers died.\n"
    assert released_by_outlet(text, "Valorian Armed Forces") == "Valorian Armed Forces"
    assert released_by_outlet(text, "Reuters") is None
    assert released_by_outlet("Storm\n\nThe ministry issued a statement on the storm that "
                              "hit the coast on Monday.\n", "Valorian Armed Forces") is None


def test_a_quotes_role_in_the_briefing_says_whom_its_speaker_speaks_for() -> None:
    assert affiliation_of_role("Ana Lee", "Health Ministry spokeswoman") is not None
    found = affiliation_of_role("Ana Lee", "head of the Kendari Search and Rescue Office")
    assert found is not None and found.body == "Kendari Search and Rescue Office"
    assert affiliation_of_role("Ana Lee", "Mayor of Quilca") is None
    assert affiliation_of_role("Ana Lee", "district health officer") is None
    base = BASE + ("quotes:\n  - speaker: Lina Dorsk\n    role: Valoria Health Ministry "
                   "spokeswoman\n    text: We are testing the wells.\n")
    later = report("Poisoning\n\nDorsk said on Tuesday that 11 villagers had died. The "
                   "Valoria Health Ministry had earlier said six.\n", "2025-03-02T09:00:00+00:00")
    new = update_text(base, [later]).new
    assert {c[0] for c in claims(new)} == {"Valoria Health Ministry"}


def test_a_short_name_mostly_in_capitals_is_a_body() -> None:
    assert is_body("FAMa") and is_body("MoH") and is_body("AFAD")
    assert not is_body("McDonald") and not is_body("Ana")


def test_its_head_is_the_official_of_the_body_the_sentence_before_is_about() -> None:
    found = affiliations_in(["The Valoria Civil Protection Coordination says four people have "
                             "died.", "Its head, Rodrigo Anaya Villaseñor, said the fire was "
                             "spreading."])
    assert [(a.person, a.body) for a in found] == [("Rodrigo Anaya Villaseñor",
                                                    "Valoria Civil Protection Coordination")]
    # (a surname of two words names him too)
    assert body_for("Anaya Villaseñor", found) == found[0]
    assert body_for("Rodrigo Villaseñor", found) is None


def test_two_countries_bodies_are_two_bodies() -> None:
    names = Names()
    mali = names.resolve("Mali's military government")
    assert names.resolve("Burkina Faso's government") is not mali
    assert names.resolve("Mali's government") is mali


def test_its_director_general_for_a_field_speaks_for_the_body_before() -> None:
    assert [(a.person, a.body) for a in affiliations_in([
        "The Aragon Government gave a toll of nine on Monday.",
        "Its director general for emergencies, Carmen Oyarzun, said the search went on."])] \
        == [("Carmen Oyarzun", "Aragon Government")]


def test_a_body_run_into_a_persons_name_is_split_at_the_bodys_last_noun() -> None:
    assert body_then_person("Poltava Regional Military Administration Taras Hrytsenko") == (
        "Poltava Regional Military Administration", "Taras Hrytsenko")
    assert body_then_person("Ministry of Health Sierra Leone") is None  # a country
    assert body_then_person("Delta State Police Command") is None
    drafted = draft_briefing(HEAD + "Three people were killed, Head of the Poltava Regional "
                             "Military Administration Taras Hrytsenko said on Telegram.")
    assert str(drafted.casualty_claims[0]["claimant"].value) == "Taras Hrytsenko"
    [alias] = drafted.aliases
    assert (alias.body, alias.names) == ("Poltava Regional Military Administration",
                                         ("Taras Hrytsenko",))


def test_a_person_with_a_middle_name_left_out_is_the_same_person() -> None:
    names = Names()
    mayor = names.resolve("Josue Carvalho Teles")
    assert names.resolve("Mayor Josue Teles") is mayor
    assert names.resolve("Maria Teles") is not mayor  # another given name


def test_a_bodys_name_in_spanish_or_with_accents_is_the_same_body() -> None:
    names = Names()
    guard = names.resolve("Guardia Civil")
    assert names.resolve("the Civil Guard") is guard
    region = names.resolve("Gobierno de Aragón")
    assert names.resolve("Government of Aragon") is region


def test_an_official_named_by_the_bodys_initials_speaks_for_the_body() -> None:
    known = affiliations_in([
        "Onoriode Kelu, executive secretary of the Delta State Emergency Management Agency, "
        "said it rained.", "DSEMA Executive Secretary Onoriode Kelu said the road was shut."])
    found = body_for("Onoriode Kelu", known)
    assert found is not None and found.body == "Delta State Emergency Management Agency"


def test_a_body_named_by_its_kind_alone_gives_way_to_the_bodys_name() -> None:
    known = affiliations_in(["It rained, federation chief executive Blessing Moyo said.",
                             "It rained, ZMF chief executive Mr Blessing Moyo said."])
    found = body_for("Blessing Moyo", known)
    assert found is not None and found.body == "ZMF"


def test_a_longer_name_that_only_adds_a_last_name_is_another_person() -> None:
    # ("Mohamed Ahmed" and "Mohamed Ahmed Hassan" can be a father and a son: a split is
    # cheaper to mend than a wrong merge)
    names = Names()
    son = names.resolve("Mohamed Ahmed Hassan")
    assert names.resolve("Mohamed Ahmed") is not son
    assert names.resolve("Mohamed Hassan") is son  # a middle name left out


def test_a_titled_official_is_never_completed_into_the_title_run() -> None:
    text = ("Snow\n\nArdabil, IRNA - Director-General of Ardabil Province Crisis Management "
            "Mehdi Karimi said on Wednesday that seven people had died.\n")
    drafted = draft_briefing(HEAD + text)
    assert [str(c["claimant"].value) for c in drafted.casualty_claims] == ["Mehdi Karimi"]


def _pairs(*sentences: str) -> list[tuple[str, str]]:
    return [(a.person, a.body) for a in affiliations_in(sentences)]


def test_its_office_is_the_subject_before_though_its_name_has_no_body_word() -> None:
    # ("Its": never a person, so the company before it is the body, named as it is)
    assert _pairs("Verdane Chemicals, which had put its toll at six, said nine workers died.",
                  "Its spokesperson Ravi Menon said the shed was empty.") == [
        ("Ravi Menon", "Verdane Chemicals")]
    assert _pairs("But the Kestrel Porters Association says eight porters died.",
                  "Its president, Omar Haidari, said two men were left off the list.") == [
        ("Omar Haidari", "Kestrel Porters Association")]


def test_its_office_points_back_past_a_quote_and_a_live_entrys_time() -> None:
    assert _pairs("4:50 PM — The pipeline operator, Tarvin Gas Company Limited (TGCL), has "
                  "confirmed that two workers died.",
                  "In a statement signed by its Managing Director, Engr. Ese Obi, the company "
                  "blamed vandals.") == [("Ese Obi", "Tarvin Gas Company Limited")]
    # "It said" opens no body: "its" then has nothing to point back to
    assert _pairs("It said the road was shut.", "Its head, Musa Bello, said nine died.") == []


def test_an_office_of_the_group_is_the_body_the_sentences_before_were_about() -> None:
    assert _pairs("The Rural Riders Union, a passengers' rights group, said 23 people died.",
                  "\"The lists stop at the gate.",
                  "Families were forgotten,\" said Karim Uddin Sarkar, a joint secretary of "
                  "the group.") == [("Karim Uddin Sarkar", "Rural Riders Union")]


def test_a_bodys_initials_before_the_office_are_no_end_of_its_name() -> None:
    assert _pairs("Six died, Northern Areas Disaster Management Authority (NADMA) Director "
                  "General Aslam Pervez Khan told the APP.") == [
        ("Aslam Pervez Khan", "Northern Areas Disaster Management Authority")]


def test_an_arabic_name_with_its_article_is_the_whole_name() -> None:
    assert _pairs("Four people died, the Basra Health Directorate announced.",
                  "The directorate's spokesman, Dr. Karim Jabbar al-Tamimi, told reporters "
                  "the wards were full.") == [
        ("Karim Jabbar al-Tamimi", "Basra Health Directorate")]


def test_a_health_directorate_is_the_citys_health_department() -> None:
    names = Names()
    directorate = names.resolve("Basra Health Directorate")
    assert names.resolve("Basra's health department") is directorate


def test_a_district_officer_or_sheriff_speaks_for_the_body_the_report_names() -> None:
    assert _pairs("The district administration raised the toll to 19, Deputy Commissioner "
                  "Farida Yasmin Khan said.") == [("Farida Yasmin Khan", "district administration")]
    assert _pairs("Ramesh Thapa, the chief district officer of Gorkha district, told AFP.",
                  "The District Administration Office, Gorkha, said 13 died.") == [
        ("Ramesh Thapa", "District Administration Office, Gorkha")]
    assert _pairs("Lone County Sheriff Dale Brooks said deputies found four victims.",
                  "The Lone County Sheriff's Office said four died.") == [
        ("Dale Brooks", "Lone County Sheriff's Office")]
    # (with no such body named, the office is the person's own: their figures theirs)
    assert _pairs("Lone County Sheriff Dale Brooks said deputies found four victims.") == []


def test_a_body_named_like_a_person_is_a_body_once_someone_speaks_for_it() -> None:
    first = report("Blast\n\nVerdane Chemicals said in a statement that eight of its workers "
                   "had died.\n")
    later = report("Blast\n\nVerdane Chemicals, which had put its toll at eight, said on "
                   "Friday that 13 workers had died. Its spokesperson Ravi Menon said the "
                   "shed was empty. \"We are deeply saddened,\" Menon said.\n",
                   "2025-03-02T09:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert [(a.name, a.others) for a in new.aliases] == [("Verdane Chemicals", ("Ravi Menon",))]


def test_a_draft_from_reports_lists_every_reports_names_of_a_body() -> None:
    first = report("Blast\n\nThree people were killed, Head of the Poltava Regional Military "
                   "Administration Taras Lytvynenko said on Telegram.\n")
    later = report("Blast\n\n\"We will not stop,\" Lytvynenko wrote. The toll has risen to six, "
                   "the head of the regional administration, Taras Lytvynenko, says.\n",
                   "2025-03-02T09:00:00+00:00")
    new = draft_reports([first, later]).new
    [alias] = [a for a in new.aliases if a.name == "Poltava Regional Military Administration"]
    # (the first report's draft is no editor's table: a later report's names join it)
    assert "Lytvynenko" in alias.others


@pytest.mark.parametrize("sentences", [
    # "their" is the families', not the police's
    ["The Lagos State Police Command said 12 people died in the crash.",
     "The victims' families and their spokesman, John Okafor, said 15 people had died."],
    # "the company's" manager is no fire service's
    ["The fire service said the blaze started on the ground floor and 9 workers died.",
     "The company's manager, Karim Ullah, said 14 workers had died."],
    # "the group" of hikers is not the police
    ["Police said the hikers were caught near the summit and 2 had died.",
     "Pedro Gomez, the head of the group, said three people had died."],
    # a person is never the body "its" points back to
    ["Governor Ana Ruiz said 12 people died.", "Its president, Pedro Gomez, said nine died."],
    ["Ana Ruiz said eight climbers from a local hiking club were missing.",
     "The group's spokesman, Pedro Gomez, said nine died."],
    # inside a sentence, "its" with no body of its kind named there is unsure whose
    ["The fire service said the blaze started in a textile factory.",
     "Its owner, Rahim Khan, could not be reached; its manager, Karim Ullah, said nine died."],
    # a former sheriff, another county's sheriff, another district's collector
    ["The Maricopa County Sheriff's Office said 3 people died.",
     "Ana Ruiz, a former sheriff who lives nearby, said 5 people had died."],
    ["The Maricopa County Sheriff's Office said 3 people died.",
     "Los Angeles County Sheriff Robert Luna said 5 died."],
    ["The Bharuch district administration said 3 died.", "Surat Collector Ayush Oak said 5 died."],
])
def test_its_the_group_and_an_office_point_back_only_to_a_body_that_fits(
        sentences: list[str]) -> None:
    assert _pairs(*sentences) == []


def test_the_sentences_may_be_read_once_only() -> None:
    sentences = iter(["The Bharuch district administration said 3 died.",
                      "Collector Anjali Raval said 3 more died."])
    assert [(a.person, a.rule) for a in affiliations_in(sentences)] == [
        ("Anjali Raval", "heads_the_body")]
