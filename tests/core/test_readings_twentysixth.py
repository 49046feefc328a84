"""Readings added at the start of the twenty-sixth round, from what the last
round's truths keep and drafts lost: the lead's own toll of the whole beside
bodies' counts of its parts, and a list of nations' dead before its verb."""

from __future__ import annotations

import pytest

from tests.core.several_helpers import claims as claims_of
from tests.core.several_helpers import report
from tui.core.draft import draft_briefing
from tui.core.draft.affiliation import affiliations_in, offices_in
from tui.core.story.update import draft_reports


def _claimants(text: str) -> list[str]:
    """The claimant of each drafted claim, in order."""
    return [str(c["claimant"].value) for c in draft_briefing(text).casualty_claims]


def _claims(text: str) -> list[tuple[str, str, object]]:
    """(claimant, affected, killed) of each drafted claim that counts the dead."""
    return [(str(c["claimant"].value), str(c["affected"].value), c["killed"].value)
            for c in draft_briefing(text).casualty_claims if "killed" in c]


_BY_NATION = ("Gunmen attack a harbour market\n\n"
              "VALLETTA, May 4 (Wire) - Gunmen opened fire in a harbour market on Tuesday, "
              "killing at least 14 people, most of them visitors from cruise ships.\n\n"
              "The interior minister, Paul Borg, said six Germans, four Britons and two "
              "Canadians were among the dead.\n")


def test_the_leads_toll_of_the_whole_stays_beside_a_bodys_parts_of_it() -> None:
    drafted = _claims(_BY_NATION)
    assert ("Unknown", "people", "14+") in drafted
    assert any(claimant == "Paul Borg" for claimant, _, _ in drafted)


def test_a_leads_toll_a_body_gives_for_the_same_group_is_the_bodys() -> None:
    text = ("Bus falls into a gorge\n\n"
            "TIRANA, May 4 (Wire) - A bus fell into a gorge on Tuesday, killing 14 people.\n\n"
            "Police said 15 people had died.\n")
    assert [claimant for claimant, _, _ in _claims(text)] == ["Police"]


def test_a_leads_toll_above_no_part_is_no_whole() -> None:
    # (a body's count above the lead's is a rival, not a part)
    text = ("Bus falls into a gorge\n\n"
            "TIRANA, May 4 (Wire) - A bus fell into a gorge on Tuesday, killing 14 people.\n\n"
            "Police said 20 passengers had died.\n")
    assert [claimant for claimant, _, _ in _claims(text)] == ["Police"]


def test_a_hedged_lead_is_no_toll_of_the_whole() -> None:
    text = ("Crush at a shrine\n\n"
            "PUNE, May 4 (Wire) - Up to 300 pilgrims are feared dead after a crush at a "
            "shrine.\n\n"
            "A police chief, R K Sharma, said four women from Nagpur had died.\n")
    assert "Unknown" not in [claimant for claimant, _, _ in _claims(text)]


def test_a_toll_on_nobodys_word_after_a_bodys_is_no_whole() -> None:
    text = ("Bus falls into a gorge\n\n"
            "TIRANA, May 4 (Wire) - A bus fell into a gorge on Tuesday near the border.\n\n"
            "The interior minister said six Germans were among the dead.\n\n"
            "Fourteen people were killed.\n")
    assert "Unknown" not in [claimant for claimant, _, _ in _claims(text)]


@pytest.mark.parametrize("opening", [
    "A bus fell into a gorge on Tuesday near the border. Fourteen people were killed.",
    "A bus fell into a gorge on Tuesday.\n\nRescuers worked through the night.\n\n"
    "Fourteen people were killed.",
])
def test_the_articles_first_toll_is_the_whole_wherever_it_stands(opening: str) -> None:
    text = (f"Bus falls into a gorge\n\nTIRANA, May 4 (Wire) - {opening}\n\n"
            "The interior minister said six Germans were among the dead.\n")
    assert ("Unknown", "people", 14) in _claims(text)


@pytest.mark.parametrize("lead", [
    "Floods killed 40 people in Marosa and neighbouring districts on Monday.",
    "A stampede killed 40 people at a stadium on Saturday, a week after the club won the "
    "league.",
    "A heatwave that began last week has killed 40 people.",
    "An earthquake killed 40 people on Monday, a year after a smaller quake hit the region.",
])
def test_words_of_another_time_after_the_leads_own_toll_leave_it_the_whole(lead: str) -> None:
    text = (f"Story\n\nTIRANA, May 4 (Wire) - {lead}\n\n"
            "The health ministry said 12 children died.\n")
    assert ("Unknown", 40) in [(who, killed) for who, _, killed in _claims(text)]


@pytest.mark.parametrize("credited", [
    "Officials said eight residents and two nurses died.",
    "The health ministry said nine civilians were killed.",
])
def test_people_in_a_list_or_civilians_are_parts_of_the_whole(credited: str) -> None:
    text = ("Fire\n\nTIRANA, May 4 (Wire) - A fire at a care home killed 11 people "
            f"overnight.\n\n{credited}\n")
    assert ("Unknown", 11) in [(who, killed) for who, _, killed in _claims(text)]


@pytest.mark.parametrize("lead", [
    "A year after a blast at the port that killed 218 people, families marched on Tuesday.",
    "Last month's floods, which killed 200 people, left the dams weak, engineers said.",
    "Fighting spread to the south on Monday in a war that has killed 20,000 people.",
    "Temperatures hit 48C on Monday, a week after a heatwave killed 60 people.",
    "A day after a bombing killed 12 people in the north, gunmen stormed a hotel.",
    "In neighbouring Deltra, a landslide killed 30 people.",
])
def test_a_leads_toll_of_another_event_is_no_whole(lead: str) -> None:
    text = (f"Story\n\nTIRANA, May 4 (Wire) - {lead}\n\n"
            "The prime minister said two Italians were killed.\n")
    assert "Unknown" not in [claimant for claimant, _, _ in _claims(text)]


@pytest.mark.parametrize("credited", [
    "Police said 26 persons had died.", "Police said 26 individuals had died.",
    "Police said the bodies of 26 victims had been recovered.",
    "The disaster agency said 26 residents had died.",
    "Police said 26 people had died.",
])
def test_a_bodys_count_of_the_same_people_in_other_words_is_no_part(credited: str) -> None:
    text = ("Bus crash\n\nTIRANA, May 4 (Wire) - A bus crashed into a ravine on Sunday, "
            f"killing 28 passengers.\n\n{credited}\n")
    assert "Unknown" not in [claimant for claimant, _, _ in _claims(text)]


def test_the_leads_injured_a_body_counts_too_leave_it_the_dead_alone() -> None:
    text = ("Blast\n\nTIRANA, May 4 (Wire) - A bomb exploded at a market on Monday, killing "
            "23 people and wounding 60.\n\n"
            "The foreign ministry said three Britons were killed.\n\n"
            "Hospital officials said 85 people were wounded.\n")
    lead = [c for c in draft_briefing(text).casualty_claims
            if c["claimant"].value == "Unknown"]
    assert [(c["killed"].value, "injured" in c) for c in lead] == [(23, False)]


def test_a_part_as_large_as_the_lead_leaves_it_no_whole() -> None:
    text = ("Bus falls into a gorge\n\n"
            "TIRANA, May 4 (Wire) - A bus fell into a gorge on Tuesday, killing 14 people.\n\n"
            "The foreign ministry said all 14 of the dead were Greeks.\n")
    assert "Unknown" not in [claimant for claimant, _, _ in _claims(text)]


_HEAD = "A story\n\nREYKJAVIK - "


@pytest.mark.parametrize("sentence", [
    "Police said six Germans, four Britons and two Canadians were among the dead.",
    "Six Germans, four Britons and two Canadians were killed, police said.",
    "Police said six Germans, four Britons and two Canadians died.",
    "Police said six Germans, four Britons and two Canadians were among those killed.",
    "Police said six Germans, four Britons and two Canadians were among the passengers "
    "killed.",
    "Six Germans, four Britons and two Canadians are among those who died, police said.",
    "Police said six Germans, four Britons and two Canadians were also among the dead.",
    "Police said six Germans, four Britons and two Canadians were reported among the dead.",
])
def test_nations_listed_before_their_verb_are_each_a_group(sentence: str) -> None:
    assert [(group, killed) for _, group, killed in _claims(_HEAD + sentence)] == [
        ("German nationals", 6), ("British nationals", 4), ("Canadian nationals", 2)]


def test_a_pairs_second_group_ends_before_its_verb() -> None:
    assert [group for _, group, _ in _claims(
        _HEAD + "Police said six Germans and two Canadians were among the dead.")] == [
        "German nationals", "Canadian nationals"]


def test_two_groups_a_sentence_pairs_keep_one_number() -> None:
    assert [(group, killed) for _, group, killed in _claims(
        _HEAD + "Police said two miners and two guards died.")] == [
        ("miners", 2), ("guards", 2)]


def test_a_list_of_nations_beside_others_is_no_breakdown() -> None:
    # (a list that names others than nations is not read as nations')
    found = _claims(_HEAD + "Police said six Germans, four guides and two Canadians died.")
    assert "German nationals" not in [group for _, group, _ in found]


def test_a_releases_lead_toll_stays_out_of_a_story_beside_its_parts() -> None:
    # (in a story a release's toll on nobody's word is its issuer's: kept beside the
    # parts it would be the ministry's 21 against the police's 19)
    wire = ("Gunmen attack hotel\n\nKORVALA, May 4 (Wire) - Gunmen stormed a hotel in Korvala "
            "on Tuesday, killing 19 people, police said.\n")
    release = ("MINISTRY OF FOREIGN AFFAIRS\n\nPRESS RELEASE\n\nA terrorist attack on a hotel "
               "in Korvala on Tuesday killed 21 people.\n\nThe Minister said two Italians and "
               "five Japanese were killed.\n")
    drafted = draft_reports([report(wire, "2025-05-04T10:00:00+00:00"),
                             report(release, "2025-05-04T15:00:00+00:00",
                                    "Ministry of Foreign Affairs")]).new
    assert "21" not in [killed for _, _, killed, _ in claims_of(drafted)]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Police said six Germans and two Canadians were among those killed.",
     [("German nationals", 6), ("Canadian nationals", 2)]),
    ("Police said six tourists and two guides were among the dead.",
     [("tourists", 6), ("guides", 2)]),
    ("Six children and two teachers were among those who died, officials said.",
     [("children", 6), ("teachers", 2)]),
    ("Six Germans and two Canadians were among 14 people killed, police said.",
     [("German nationals", 6), ("Canadian nationals", 2), ("people", 14)]),
])
def test_a_pairs_parts_among_the_dead_keep_both_groups(
        sentence: str, groups: list[tuple[str, int]]) -> None:
    assert sorted((group, killed) for _, group, killed in _claims(_HEAD + sentence)) == \
        sorted(groups)


def test_nations_listed_as_injured_are_each_a_group_once() -> None:
    found = [(str(c["affected"].value), c["injured"].value)
             for c in draft_briefing(_HEAD + "Police said six Germans, four Britons and two "
                                     "Canadians were injured.").casualty_claims]
    assert found == [("German nationals", 6), ("British nationals", 4),
                     ("Canadian nationals", 2)]


def test_the_sentences_injured_stay_off_the_first_nations_dead() -> None:
    found = [(str(c["affected"].value), c.get("killed") and c["killed"].value,
              c.get("injured") and c["injured"].value)
             for c in draft_briefing(_HEAD + "Police said 12 people were injured, and six "
                                     "Germans, four Britons and two Canadians were killed."
                                     ).casualty_claims]
    assert ("German nationals", 6, None) in found
    assert ("people", None, 12) in found


def test_a_pairs_second_group_of_the_first_is_no_group() -> None:
    assert "of their guides" not in [group for _, group, _ in _claims(
        _HEAD + "Police said two tourists and two of their guides died.")]


def test_in_a_story_the_nations_of_a_list_keep_their_groups() -> None:
    listed = ("Gunmen attack hotel\n\nKORVALA, May 4 (Wire) - Gunmen stormed a hotel on "
              "Tuesday.\n\nPolice said six Germans, four Britons and two Canadians were "
              "killed.\n")
    toll = ("Toll\n\nKORVALA, May 5 (Wire) - Police said 22 people were killed in the hotel "
            "attack.\n")
    drafted = draft_reports([report(listed, "2025-05-04T10:00:00+00:00"),
                             report(toll, "2025-05-05T10:00:00+00:00")]).new
    assert [(group, killed) for _, group, killed, _ in claims_of(drafted)] == [
        ("German nationals", "6"), ("British nationals", "4"), ("Canadian nationals", "2"),
        ("people", "22")]


@pytest.mark.parametrize("sentence", [
    "Police said four tourists and three guides were among the dead or missing.",
    "Police said four Dutch nationals and three Belgians were among those killed or wounded.",
    "Police said four tourists and three guides were among those feared dead.",
    "Police said four Dutch nationals, three Belgians and two Swiss were among the dead or "
    "missing.",
])
def test_a_list_among_more_than_the_dead_is_no_toll(sentence: str) -> None:
    assert _claims(_HEAD + sentence) == []


def test_nations_among_a_total_are_its_parts() -> None:
    found = sorted((group, killed) for _, group, killed in _claims(
        _HEAD + "Police said six Germans and two Canadians were among the 14 dead."))
    assert found == [("Canadian nationals", 2), ("German nationals", 6), ("people", 14)]


# After the twenty-sixth round's first sight (tuning, not results)


@pytest.mark.parametrize(("sentence", "group", "injured"), [
    ("Police said 38 people have been poisoned.", "people", 38),
    ("The ministry now says 27 guests have been poisoned.", "guests", 27),
    ("Police said three Greek citizens are among the poisoned.", "Greek citizens", 3),
])
def test_the_poisoned_are_the_injured(sentence: str, group: str, injured: int) -> None:
    found = [(str(c["affected"].value), c["injured"].value)
             for c in draft_briefing(_HEAD + sentence).casualty_claims if "injured" in c]
    assert found == [(group, injured)]


def test_the_poisoned_to_death_are_the_dead() -> None:
    assert [killed for _, _, killed in _claims(
        _HEAD + "Police said three men were poisoned to death.")] == [3]


def test_a_countrys_initials_are_a_groups_words() -> None:
    assert _claims(_HEAD + "At least three U.K. citizens were killed, the Foreign Office "
                   "said.") == [("Foreign Office", "U.K. citizens", "3+")]


def test_up_from_a_numbered_reports_figure_is_an_earlier_figure() -> None:
    found = [c["injured"].value for c in draft_briefing(
        _HEAD + "The ministry reports 23 people injured, up from 17 in Sitrep No. 1."
    ).casualty_claims]
    assert found == [17, 23]


def test_a_toll_revised_from_one_figure_down_to_another_keeps_both() -> None:
    assert [killed for _, _, killed in _claims(
        _HEAD + "The hospital revised the death toll from 52 down to 28.")] == [52, 28]


def test_a_round_ups_country_label_names_the_reacting_country() -> None:
    text = ("Mall attack\n\nNAIROBI, Sept 22 (Wire) - Gunmen attacked a mall in Kenya on "
            "Saturday.\n\nFRANCE: Two French women were killed, President Francois Hollande "
            "said.\n\nUPDATE: Police said the siege was over.\n")
    assert [r["country"].value for r in draft_briefing(text).reactions
            if "country" in r] == ["FR"]


@pytest.mark.parametrize("sentence", [
    "The Red Cross said it treated six injured people, two more than the police reported.",
    "Its teams treated six injured people on Saturday, two more than the police have "
    "reported.",
])
def test_whom_a_figure_is_compared_with_is_no_claimant(sentence: str) -> None:
    found = _claimants(_HEAD + sentence)
    assert found and not any("than" in claimant for claimant in found)


def test_an_outlet_citing_a_body_with_its_acronym_gives_the_body() -> None:
    found = [(str(c["claimant"].value), str(c["source"].value))
             for c in draft_briefing(_HEAD + "According to the news agency Keystone-SDA, citing "
                                     "the Valais rescue organisation (KWRO), its teams "
                                     "treated six injured people.").casualty_claims]
    assert found == [("Valais rescue organisation", "news agency Keystone-SDA")]


@pytest.mark.parametrize("sentence", [
    "Five men poisoned the well, police said.",
    "Police seized 300 bottles of poisoned liquor.",
    "At 3 a.m. residents were killed.",
])
def test_who_poisoned_and_what_was_poisoned_are_no_injured(sentence: str) -> None:
    assert not [c for c in draft_briefing(_HEAD + sentence).casualty_claims if "injured" in c]


def test_a_time_in_lower_case_with_points_is_no_groups_word() -> None:
    assert all("a.m." not in group for _, group, _ in _claims(
        _HEAD + "Police said 3 a.m. residents were killed."))


def test_up_from_a_month_is_no_earlier_figure() -> None:
    found = [c["injured"].value for c in draft_briefing(
        _HEAD + "Police said 23 people were injured, up from 17 in Week 3.").casualty_claims
        if "injured" in c]
    assert 17 not in found


@pytest.mark.parametrize("paragraph", [
    "ISLAMABAD: Police said 12 people died.",
    "NEW MEXICO: The governor said 12 people died.",
    "NIGER DELTA: Militants said 12 people died.",
    "INDONESIA: Officials said 40 people died in floods in Java.",
    "TURKISH AIRLINES: The carrier said its flights were cancelled.",
])
def test_a_label_that_is_no_countrys_own_word_is_no_reaction(paragraph: str) -> None:
    text = (f"Floods\n\nNAIROBI, Sept 22 (Wire) - Floods hit Kenya on Saturday.\n\n"
            f"{paragraph}\n")
    assert [r for r in draft_briefing(text).reactions if r.rule == "country_label"] == []


@pytest.mark.parametrize(("paragraph", "code"), [
    ("CANADA: Two Canadians, including a diplomat, died in the attack, according to Prime "
     "Minister Stephen Harper.", "CA"),
    ("SOUTH AFRICA: One South African citizen was killed in the attack, the International "
     "Relations Department said.", "ZA"),
    ("BRITAIN: At least three U.K. nationals were killed, according to the Foreign Office.",
     "GB"),
])
def test_a_label_over_a_countrys_word_on_its_people_is_its_reaction(paragraph: str,
                                                                    code: str) -> None:
    text = (f"Mall attack\n\nNAIROBI, Sept 22 (Wire) - Gunmen attacked a mall in Kenya.\n\n"
            f"{paragraph}\n")
    assert [r["country"].value for r in draft_briefing(text).reactions] == [code]


def _speakers(text: str) -> list[str]:
    return [str(q["speaker"].value) for q in draft_briefing(text).quotes]


@pytest.mark.parametrize(("said", "speaker"), [
    ('A CGDIS spokesperson has told RTL that 74 people were poisoned. The figure "includes '
     'every child we put on a mask", the spokesperson said.', "CGDIS"),
    ('A police spokesperson told RTL that 74 people were hurt. "We are still counting", the '
     'spokesperson said.', "police"),
])
def test_an_unnamed_spokesperson_speaks_as_the_body_named_with_them(said: str,
                                                                   speaker: str) -> None:
    assert _speakers(_HEAD + said) == [speaker]


def test_a_spokesperson_of_two_bodies_is_left_as_written() -> None:
    assert _speakers(_HEAD + 'A police spokesperson and a Red Cross spokesman spoke. "We are '
                     'still counting", the spokesperson said.') == ["spokesperson"]


def test_a_companys_legal_form_ends_its_name() -> None:
    assert _speakers(_HEAD + 'The operator, Sportinfra Nord S.à r.l., said in a statement that '
                     'the system "had passed its annual inspection in November" and more.'
                     ) == ["Sportinfra Nord S.à r.l"]  # (a name's last point is dropped)


def test_a_person_the_sentence_opens_with_is_the_he_that_follows() -> None:
    text = ("A story\n\nREYKJAVIK - The fire started at night.\n\nRoger Ali, a scaffolder "
            "employed by a contractor, Mayaro Marine Services, was asleep when the alarm "
            'sounded.\n\n"The heat hit the door before we opened it," he says.\n')
    assert _speakers(text) == ["Roger Ali"]


def test_our_title_then_a_name_is_the_person_quoted_next() -> None:
    text = ("A story\n\nREYKJAVIK - The fire started at night.\n\nOur Artistic Director, Mr "
            "Mark Cassar Zerafa, was in the auditorium.\n\nOur Technical Director, Mr Jason "
            "Borg, supervised the rigging of this production.\n\n"
            '"Every hoist on that bridge was load-tested in September. I signed the sheet '
            'myself."\n')
    assert _speakers(text) == ["Jason Borg"]


def test_a_ranks_short_form_after_said_is_no_claimant() -> None:
    assert [who for who, _, _ in _claims(
        _HEAD + "Soldiers counted eight dead in the village, said Lt. Col. Rhoderick Parayno, "
        "spokesman for the army.")] == ["Rhoderick Parayno"]


def test_a_figure_from_a_body_before_a_colon_is_the_bodys() -> None:
    text = ("A story\n\nREYKJAVIK - The fire.\n\nFirst figure from the Health Directorate: 38 "
            "people have been poisoned, 22 of them children.\n")
    assert _claimants(text) == ["Health Directorate"]


def test_names_each_within_the_next_are_one_body() -> None:
    text = ("Blast\n\nMEXICO CITY (Wire) - The State of Mexico's Civil Protection Coordination "
            "said four people had died.\n\nThe Civil Protection Coordination raised its toll "
            "to 11 dead.\n\nCivil Protection later said 15 people had died.\n")
    assert set(_claimants(text)) == {"State of Mexico's Civil Protection Coordination"}


def test_a_name_then_a_bodys_office_by_its_own_name_speaks_for_it() -> None:
    found = affiliations_in(['"We are out of beds," said Julie Marchand, MSF\'s emergency '
                             'coordinator in Adré.'])
    assert [(a.person, a.body) for a in found] == [("Julie Marchand", "MSF")]


@pytest.mark.parametrize("said", [
    'A Hamas spokesman said 20 died. The army said its strikes hit fighters. "We hit only '
    'targets," its spokesman said. "We are investigating," the spokesman said.',
    'A Tesla spokesperson did not respond to a request for comment. "It was a failure," the '
    'spokesperson said.',
    'A Netanyahu spokesman said more. "We will respond," the spokesman said.',
    '"We will respond," the spokesman said. A Hamas spokesman said 20 died.',
])
def test_a_spokesperson_is_a_bodys_only_when_every_one_named_before_is(said: str) -> None:
    assert _speakers(_HEAD + said)[-1] in ("spokesman", "spokesperson")


def test_a_person_named_after_the_verb_is_kept_beside_the_opening_one() -> None:
    text = ("A story\n\nREYKJAVIK - The fire started at night.\n\nAnna Berg, a nurse from the "
            "town, treated the village chief, Mr Amadou Diallo, for burns.\n\n"
            '"I lost my house," he said.\n')
    assert _speakers(text) == ["Amadou Diallo"]


def test_our_in_a_quote_names_no_one() -> None:
    text = ("A story\n\nREYKJAVIK - The fire started at night.\n\nMaria Soto, a resident, "
            'spoke to reporters.\n\n"Our village, San Pedro, is gone," she said. "We have '
            'nothing left," she added.\n')
    assert set(_speakers(text)) == {"Maria Soto"}


@pytest.mark.parametrize("sentence", [
    "No fewer than three ministers said 40 people died.",
    "No more than two officials have said 40 people died.",
])
def test_no_fewer_than_some_speakers_are_the_speakers(sentence: str) -> None:
    assert [who for who, _, _ in _claims(_HEAD + sentence)] != ["Unknown"]


@pytest.mark.parametrize("sentence", [
    "Police said 25 people were poisoned by the gas.",
    "Police said 25 workers were also poisoned.",
    "Police said 25 people got poisoned.",
])
def test_the_poisoned_in_other_passives_are_the_injured(sentence: str) -> None:
    assert [c["injured"].value for c in draft_briefing(_HEAD + sentence).casualty_claims
            if "injured" in c] == [25]


def test_a_label_over_a_denunciation_is_the_countrys_reaction() -> None:
    text = ("Mall attack\n\nNAIROBI, Sept 22 (Wire) - Gunmen attacked a mall in Kenya.\n\n"
            "ITALY: The foreign minister denounced the attack as cowardly.\n")
    assert [r["country"].value for r in draft_briefing(text).reactions] == ["IT"]


def test_a_toll_from_a_place_before_a_colon_is_its_sayers() -> None:
    text = ("A story\n\nREYKJAVIK - The fire.\n\nDeath toll from Union Station: 4 dead, "
            "transit police said.\n")
    assert _claimants(text) == ["police"]


def test_a_one_word_name_joins_no_chain_of_wider_names() -> None:
    text = ("Protest\n\nLONDON (Wire) - Kent Police said two officers were hurt.\n\nThe Kent "
            "Police Federation said three officers were hurt.\n\nPolice later said four "
            "officers were hurt.\n")
    assert "Kent Police Federation" not in [str(c["claimant"].value) for c in
                                            draft_briefing(text).casualty_claims
                                            if c["injured"].value == 4]


@pytest.mark.parametrize("sentence", [
    "The Red Cross treated 40 injured people, more than police had reported.",
    "The Red Cross treated 40 injured people, far more than the army said.",
])
def test_more_than_a_body_said_without_a_number_is_a_comparison(sentence: str) -> None:
    assert _claimants(_HEAD + sentence) in (["Red Cross"], ["Unknown"])


def test_a_one_word_name_joins_no_chain_even_one_that_ends_in_it() -> None:
    text = ("Clashes\n\nJERUSALEM (Wire) - Israeli Border Police said two officers were hurt."
            "\n\nThe Border Police said three officers were hurt.\n\nPolice then said four "
            "people were hurt.\n")
    assert "Israeli Border Police" not in [str(c["claimant"].value) for c in
                                           draft_briefing(text).casualty_claims
                                           if c["injured"].value == 4]


def test_a_place_a_line_opens_with_holds_no_office() -> None:
    from_line = ("In Mourdéla, the governor of Ouaddaï, Brahim Adoum Gadaya, who went to the "
                 "site, said a third villager had died.")
    assert offices_in([from_line]) == [("Brahim Adoum Gadaya", "governor")]


@pytest.mark.parametrize(("sentence", "when"), [
    ("The team would cross to Ambrym by boat on Wednesday.", "2029-02-14"),
    ("Three injured will be flown to Port Vila on Friday.", "2029-02-16"),
    ("A vigil will be held on Tuesday evening.", "2029-02-13"),
    ("Divers resumed the search on Sunday.", "2029-02-11"),
])
def test_a_weekday_still_to_come_is_this_weeks(sentence: str, when: str) -> None:
    # (the report is of Tuesday 13 February 2029)
    text = f"Tsunami\n\nPORT VILA, Feb 13, 2029 (Wire) - {sentence}\n"
    assert [str(t["when"].value) for t in draft_briefing(text).timeline] == [when]
