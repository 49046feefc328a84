"""Rules found on the fourteenth round's stories, each on reports written
for the test: a statement's deaths "certified" and split by where they
died, a live blog's lead-in before its claimant, a group of one person
that is no group for a larger toll."""

from __future__ import annotations

from tests.core.draft_helpers import claims as sentence_claims
from tests.core.several_helpers import claims, report
from tui.core.draft.attribution import subjects
from tui.core.story.update import draft_reports


def test_certified_dead_is_a_toll_and_its_split_by_place_is_not_injured() -> None:
    assert sentence_claims("Eleven (11) people were certified dead, eight (8) at the scene "
                           "and three (3) in hospital, police said.") == [
        ("police", "people", 11, None)]
    # the injured "in hospital" are still read as such
    assert sentence_claims("Four people died and nine were in hospital, police said.") == [
        ("police", "people", 4, 9)]


def test_a_lead_in_of_any_length_is_not_the_claimants_name() -> None:
    assert subjects("In a statement this morning police said 10 people were "
                    "killed.") == ["police"]
    assert subjects("On Monday the ministry said 10 people were killed.") == ["ministry"]


def test_a_live_blogs_lead_in_gives_the_named_claimant_in_a_story() -> None:
    flash = report("Shooting at a bar\n\nEight people were shot dead at a bar in Norvale, "
                   "police said on Sunday.\n", published="2025-03-01T06:00:00+00:00")
    blog = report("LIVE\nBar shooting: the latest\n\nWelcome to our live coverage. In a "
                  "statement this morning police said 10 people were killed.\n",
                  published="2025-03-01T10:00:00+00:00", outlet="Paper")
    assert [c[0] for c in claims(draft_reports([flash, blog]).new)] == ["police", "police"]


def test_a_group_of_one_is_no_group_for_a_larger_toll() -> None:
    flash = report("Shooting at a bar\n\nEight people were shot dead at a bar in Norvale, "
                   "police said on Sunday.\n", published="2025-03-01T06:00:00+00:00")
    wrap = report("Bar shooting\n\nA fourth suspect was shot dead in an exchange of fire "
                  "with officers early Monday, police said.\n",
                  published="2025-03-02T10:00:00+00:00", outlet="Paper")
    got = claims(draft_reports([flash, wrap]).new)
    assert ("police", "people", "8", None) in got
    assert all(c[1] != "fourth suspect" or c[2] == "1" for c in got)


def test_her_office_is_the_office_of_the_official_named_before() -> None:
    assert sentence_claims("Governor Amina Tall said 40 residents were in hospital. Her "
                           "office had reported 12 deaths on Sunday.") == [
        ("Amina Tall", "people", 12, None), ("Amina Tall", "residents", None, 40)]


def test_a_titled_official_speaks_for_the_office_of_that_title() -> None:
    first = report("Blast\n\nAt least four people died, Coastal Regional Commissioner Amina "
                   "Tall has said.\n", published="2025-03-01T08:00:00+00:00")
    release = report("OFFICE OF THE REGIONAL COMMISSIONER, COASTAL\n\nPRESS STATEMENT\n\n"
                     "Until this morning, nine (9) residents have lost their lives.\n",
                     published="2025-03-02T08:00:00+00:00", outlet="Office of the Regional "
                     "Commissioner, Coastal")
    later = report("Blast toll\n\nRegional Commissioner Amina Tall said 40 residents were in "
                   "hospital. Her office had reported nine deaths on Sunday.\n",
                   published="2025-03-03T08:00:00+00:00", outlet="Paper")
    got = claims(draft_reports([first, release, later]).new)
    assert {c[0] for c in got} == {"Office of the Regional Commissioner, Coastal"}
    # the office's nine, told again as what it "had reported", is no new figure
    assert [c[2] for c in got if c[2]] == ["4+", "9"]


def test_a_regional_official_is_the_one_named_by_that_title() -> None:
    first = report("Blast\n\nThe toll rose to nine residents, a regional official said. "
                   "Regional Commissioner Amina Tall told radio that all nine dead were "
                   "residents.\n")
    assert {c[0] for c in claims(draft_reports([first]).new)} == {"Amina Tall"}


def test_a_countrys_authorities_are_its_state_body_not_the_red_cross() -> None:
    first = report("Blast\n\nAt least four residents died, the Coastal Disaster Office said. "
                   "The Red Cross said six residents had died.\n",
                   published="2025-03-01T08:00:00+00:00")
    later = report("Blast\n\nKenyan authorities on Sunday lowered the number of residents "
                   "killed to three from four.\n", published="2025-03-02T08:00:00+00:00",
                   outlet="Paper")
    got = claims(draft_reports([first, later]).new)
    assert ("Coastal Disaster Office", "residents", "3", None) in got


def test_civil_defence_is_civil_protection_and_a_defence_force_the_army() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    dgpc = names.resolve("Directorate General of Civil Protection")
    assert dgpc is not None and names.resolve("the Civil Defence Directorate") is dgpc
    army = names.resolve("the army")
    assert army is not None and names.resolve("the People's Defence Force") is army


def test_a_headlines_clauses_each_have_their_own_claimant() -> None:
    assert sentence_claims("Norvale lowers depot blast toll to 11, Red Cross says 15 residents "
                           "died") == [("Red Cross", "residents", 15, None)]


def test_raising_to_n_the_number_of_a_group_killed() -> None:
    assert sentence_claims("Divers found two more bodies on Sunday, raising to 16 the number "
                           "of passengers killed, the agency said.") == [
        ("agency", "passengers", 16, None)]


def test_one_claimants_halves_at_one_time_are_one_claim_once_settled() -> None:
    # "a regional official" is the commissioner only once every report is read: the
    # nine she tells again make no claim, and her injured join her dead
    told_again = report("Blast\n\nThe toll rose to nine residents, a regional official said. "
                        "Regional Commissioner Amina Tall told radio that all nine dead were "
                        "residents.\n")
    assert claims(draft_reports([told_again]).new) == [("Amina Tall", "people", "9", None)]
    halves = report("Blast\n\nThe toll rose to nine residents, a regional official said. "
                    "Regional Commissioner Amina Tall told radio that all nine dead were "
                    "residents. She said 20 residents were still being treated.\n")
    assert claims(draft_reports([halves]).new) == [("Amina Tall", "people", "9", "20")]
    # two claimants read apart, the country's authorities and the commissioner, are
    # one office once settled: its dead and injured of one time, one claim
    release = report("OFFICE OF THE REGIONAL COMMISSIONER, COASTAL\n\nPRESS STATEMENT\n\n"
                     "Until this morning, twelve (12) residents have lost their lives and 61 "
                     "are being treated.\n", published="2025-03-02T08:00:00+00:00",
                     outlet="Office of the Regional Commissioner, Coastal")
    later = report("Blast toll\n\nKenyan authorities on Sunday lowered the number of residents "
                   "killed to 11 from 12. Regional Commissioner Amina Tall said 60 residents "
                   "were still being treated.\n", published="2025-03-03T08:00:00+00:00",
                   outlet="Paper")
    office = "Office of the Regional Commissioner, Coastal"
    assert claims(draft_reports([release, later]).new) == [
        (office, "residents", "12", "61"), (office, "residents", "11", "60")]



def test_a_lead_in_of_time_is_not_the_claimants_name() -> None:
    assert subjects("As of this morning NEMA says three children have died.") == ["NEMA"]


def test_a_past_seasons_toll_is_another_events() -> None:
    from tui.core.draft.report_figures import earlier_event

    assert earlier_event("Carbon monoxide killed 23 people last winter, according to the "
                         "agency.", 2026)
    assert not earlier_event("Carbon monoxide killed 23 people on Monday.", 2026)


def test_what_a_body_reported_before_in_a_clause_is_not_its_toll() -> None:
    assert sentence_claims("The National Disaster Agency (NDA), which reported three deaths "
                           "early on Tuesday, said six pupils had died and 19 were being "
                           "treated.") == [("National Disaster Agency", "pupils", 6, 19)]


def test_the_number_of_a_group_who_died_or_in_hospital() -> None:
    assert sentence_claims("Correction from the agency: the number of children in hospital "
                           "is 19, not 21.") == [("agency", "children", None, 19)]
    assert sentence_claims("The number of pupils who died remains five, the agency "
                           "said.") == [("agency", "pupils", 5, None)]


def test_a_statements_numbered_lines_say_who_and_how_in_their_labels() -> None:
    from tui.core.draft.counts import counts_in

    assert [(c.measure, c.number, c.noun) for c in counts_in("1. Deceased children: 6.")] == [
        ("killed", 6, "children")]
    assert [(c.measure, c.number, c.noun) for c in counts_in(
        "2. Children receiving inpatient treatment: 27, of whom")] == [
        ("injured", 27, "children")]


def test_an_ordinal_death_is_the_toll_and_a_toll_kept_is_put_again() -> None:
    assert sentence_claims("A seventh child has died after the leak, the health ministry said "
                           "Wednesday, while the emergency agency kept its toll at six.") == [
        ("health ministry", "people", 7, None), ("emergency agency", "people", 6, None)]


def test_a_rivals_accusation_after_as_names_no_claimant_of_the_count() -> None:
    assert sentence_claims("A fourth worker has died after the leak, the disaster agency said "
                           "Thursday, as the union accused authorities of undercounting.") == [
        ("disaster agency", "people", 4, None)]


def test_a_spokesman_named_by_title_and_surname_speaks_for_the_body() -> None:
    from tui.core.draft.affiliation import affiliations_in

    found = affiliations_in(["Five pupils have died, NDA spokesman Colonel Batbold told "
                             "reporters."])
    assert [(a.person, a.body) for a in found] == [("Batbold", "NDA")]


def test_an_age_and_a_part_the_figure_includes_are_no_counts() -> None:
    assert sentence_claims("A woman of 31 from Ljubljana died overnight, its spokesman "
                           "said.") == []
    assert sentence_claims("The spokesman said the number includes 2 persons who died at "
                           "the site.") == []


def test_a_rivals_words_with_whose_they_are_name_no_claimant_of_the_count() -> None:
    assert sentence_claims("Police confirmed 30 deaths, but the actual toll is much higher, "
                           "according to local people.") == [("Police", "people", 30, None)]


def test_a_number_of_people_who_speak_are_who_speaks() -> None:
    assert sentence_claims("Two villagers told AP that the death toll had risen to 37.") == [
        ("villagers", "people", 37, None)]


def test_its_spokesman_after_the_bodys_own_clause_speaks_for_it() -> None:
    from tui.core.draft.affiliation import affiliations_in

    found = affiliations_in(["The Disaster Management Centre (DMC) has put the toll at "
                             "seven, its spokesman Ravi Perera told News 1st."])
    assert [(a.person, a.body) for a in found] == [("Ravi Perera", "Disaster Management Centre")]


def test_one_of_a_bodys_own_people_named_with_an_age_is_of_that_kind() -> None:
    assert sentence_claims("The navy says one of its sailors, Leading Seaman Ravi Perera (27), "
                           "died after he was dragged under.") == [
        ("navy", "sailors", 1, None)]


def test_a_rank_before_a_name_is_no_part_of_it() -> None:
    from tui.core.draft.resolve import person_tokens

    assert person_tokens("SSP Nihal Perera") == ("nihal", "perera")
    assert person_tokens("Pol Col Surasak Thongdee") == ("surasak", "thongdee")


def test_each_number_its_own_verb_when_the_second_is_taken_to_hospital() -> None:
    assert sentence_claims("Four people drowned and six others were admitted to hospital "
                           "after being swept away, police said.") == [
        ("police", "people", 4, 6)]


def test_a_releases_bulleted_table_gives_who_and_an_aside() -> None:
    from tui.core.draft.counts import counts_in

    assert [(c.measure, c.number, c.noun) for c in counts_in("- Deceased: 6 workers")] == [
        ("killed", 6, "workers")]
    assert [(c.measure, c.number) for c in counts_in(
        "- Injured: 17 (4 in critical condition, at the Provincial Hospital)")] == [
        ("injured", 17)]


def test_a_ministrys_letterhead_names_the_unit_that_issues_the_release() -> None:
    from tui.core.draft.report_issuer import issuing_body

    assert issuing_body("MINISTRY OF LOCAL GOVERNMENT\nDEPARTMENT OF CIVIL PROTECTION\n\n"
                        "PRESS STATEMENT\n\nText.") == "Department of Civil Protection"
    assert issuing_body("NDRS\nNational Disaster Response Service\nMinistry of the Interior - "
                        "Government of Norvale\n\nSITUATION REPORT No. 3\n") == (
        "National Disaster Response Service")
    # a ministry's own press office is its voice, and a state line no unit
    assert issuing_body("MINISTRY OF HEALTH\nPublic Relations Division\n\nPRESS RELEASE\n"
                        ) == "Ministry of Health"
    assert issuing_body("GOVERNMENT OF THE PROVINCE OF NORTE\nMinistry of Security\n\n"
                        "PRESS RELEASE No. 3\n") == "Ministry of Security"


def test_a_minister_speaks_for_the_ministry_of_that_portfolio() -> None:
    first = report("Blast\n\nThree workers died, Norte Security Minister Rosa Ledesma "
                   "told reporters.\n", published="2025-03-01T08:00:00+00:00")
    release = report("GOVERNMENT OF THE PROVINCE OF NORTE\nMinistry of Security\n\nPRESS "
                     "RELEASE No. 3\n\nThe Norte Ministry of Security reports five workers "
                     "dead.\n", published="2025-03-02T08:00:00+00:00",
                     outlet="Ministry of Security")
    got = claims(draft_reports([first, release]).new)
    assert {c[0] for c in got} == {"Norte Ministry of Security"}


def test_a_toll_told_as_what_it_was_before() -> None:
    from tui.core.draft.counts import counts_in

    def figures(sentence: str) -> list[tuple[str, int | None, str]]:
        return [(c.measure, c.number, c.rule) for c in counts_in(sentence)]

    assert figures("Deaths from the storm climbed to 85, the office said.") == [
        ("killed", 85, "deaths_rose_to")]
    assert figures("The previous official death toll, released on Tuesday, had been 14.") == [
        ("killed", 14, "toll_rose_to")]
    assert figures("The death toll was revised downward from 126 as announced on "
                   "Wednesday.") == [("killed", 126, "toll_revised_from")]
    assert figures("They were not in the initial count of 149.") == [
        ("killed", 149, "earlier_toll_of")]
    # (the rise is the count: "raising its previous death toll of 37")
    assert [n for _, n, _ in figures("The government said 54 bodies had been recovered, "
                                     "raising its previous death toll of 37.")] == [54]


def test_with_a_body_saying_names_the_claimant() -> None:
    assert sentence_claims("The toll has been revised to 224, with police saying that many "
                           "had taken their dead home.") == [("police", "people", 224, None)]


def test_an_inspector_general_of_police_speaks_for_the_police() -> None:
    from tui.core.draft.affiliation import affiliations_in

    found = affiliations_in(["The toll was higher than our estimates, said Ravi Dasan, "
                             "inspector general of police, Jodhpur."])
    assert [(a.person, a.body) for a in found] == [("Ravi Dasan", "police")]


def test_sorrow_over_an_explosion_leaving_a_toll_is_no_claim_of_it() -> None:
    assert sentence_claims("Norway on Tuesday expressed deep sorrow over the loss of lives in "
                           "an explosion that struck near the fort, leaving at least 12 people "
                           "dead.") == [("Unknown", "people", "12+", None)]


def test_a_flights_number_is_no_count_and_further_deaths_are_more() -> None:
    assert sentence_claims("We must tell you that people on board our flight VH 512 have "
                           "died.") == []
    from tui.core.draft.counts import counts_in

    found = counts_in("Since then, 12 further cases and seven further deaths have been "
                      "reported.")
    assert [(c.number, c.increment, c.noun) for c in found] == [(7, True, "")]


def test_a_headlines_clause_after_a_semicolon_has_its_own_claimant() -> None:
    # (the 14 before the semicolon is the headline's own, on nobody's word)
    assert sentence_claims("Toll in prison riot rises to 14; human rights commissioner says at "
                           "least 17 died") == [("commissioner", "people", "17+", None)]


def test_a_delegate_of_a_body_named_with_its_initials_speaks_for_it() -> None:
    from tui.core.draft.affiliation import affiliations_in

    found = affiliations_in(["The regional delegate of the National Human Rights Commission "
                             "(Conadeh), Ricardo Zelaya, told reporters that 17 had died."])
    assert [(a.person, a.body) for a in found] == [
        ("Ricardo Zelaya", "National Human Rights Commission")]


def test_prison_authorities_are_the_penitentiary_institute() -> None:
    first = report("Riot\n\nAt least eight inmates were killed, the National Penitentiary "
                   "Institute said.\n", published="2025-03-01T08:00:00+00:00")
    later = report("Riot\n\nPrison authorities on Sunday revised the toll to 18 inmates.\n",
                   published="2025-03-02T08:00:00+00:00", outlet="Paper")
    got = claims(draft_reports([first, later]).new)
    assert {c[0] for c in got} == {"National Penitentiary Institute"}


def test_an_office_under_a_bodys_letterhead_is_the_bodys_own() -> None:
    from tui.core.draft.report_issuer import issuing_body

    assert issuing_body("NORVALE POLICE SERVICE\nOffice of the Provincial Commissioner\n"
                        "Coastal\n\nMEDIA STATEMENT\n") == "Norvale Police Service"
    # an office that heads its own letterhead issues its own release
    assert issuing_body("OFFICE OF THE REGIONAL COMMISSIONER, COASTAL\n\nPRESS STATEMENT\n"
                        ) == "Office of the Regional Commissioner, Coastal"


def test_an_official_listed_in_a_bodys_aliases_stays_the_speaker_of_quotes() -> None:
    """A second update reads the aliases the first one wrote: the spokesperson
    listed under the police is still the speaker of her quotes, and her
    figures are still the police's."""
    from tui.core.story.update import update_text

    base = ("format: 1\ntitle: Shooting at a bar\ndate: 2025-03-01\nsummary: A shooting.\n"
            "aliases:\n  Norvale Police Service: [Dana Seabi]\n"
            "casualty_claims:\n  - claimant: Norvale Police Service\n    affected: patrons\n"
            "    killed: 8\n    said: 2025-03-01T08:00Z\nsources:\n  - name: Wire\n")
    later = report("Bar shooting\n\nTwelve patrons have died, police spokesperson Dana Seabi "
                   "told reporters. “We now have twelve families who are burying someone,” "
                   "she said.\n", published="2025-03-02T08:00:00+00:00", outlet="Paper")
    new = update_text(base, [later]).new
    assert [q.speaker for q in new.quotes] == ["Dana Seabi"]
    assert claims(new)[-1] == ("Norvale Police Service", "patrons", "12", None)


def test_a_second_readers_counter_examples_to_the_sessions_rules() -> None:
    from tui.core.draft.affiliation import affiliations_in
    from tui.core.draft.counts import counts_in
    from tui.core.draft.report_figures import earlier_event, stated_before

    # a short word between "bus" and the number is no name's code
    assert sentence_claims("A truck rammed into the bus and 12 passengers were killed, police "
                           "said.") == [("police", "passengers", 12, None)]
    # "the shock wave ..., killing 30" is no reaction
    assert sentence_claims("The shock wave shattered windows across the district, killing at "
                           "least 30 people, police said.") == [("police", "people", "30+", None)]
    # in a sentence of the body, the speaker after a comma is the whole sentence's
    assert sentence_claims("The blast killed 12 people; officials said 40 others were "
                           "injured.") == [("officials", "people", 12, 40)]
    # a body's only figure in a clause of what it confirmed stays its figure
    assert sentence_claims("The Red Cross, which confirmed 12 deaths on Monday, said the toll "
                           "was likely to rise.") == [("Red Cross", "people", 12, None)]
    assert counts_in("Dead or missing: 30") == []
    assert sentence_claims("Twelve people were killed, with witnesses reporting gunfire for "
                           "hours.")[0][0] == "Unknown"
    assert sentence_claims("Update from Kabul: 12 people were killed in the blast.")[0][0] == (
        "Unknown")
    assert not earlier_event("The fire killed 15 people, the deadliest blaze in the city since "
                             "last year, police said.", 2026)
    assert not stated_before("Police had confirmed 18 deaths by Tuesday evening, the spokesman "
                             "said.", "18")
    assert affiliations_in(["The fire brigade reached the Kenyatta Hospital within minutes, its "
                            "director Ali Khan said, adding that 12 patients had died."]) == []


def test_a_second_readers_counter_examples_to_speakers_and_ministers() -> None:
    from tests.core.test_draft_copy_quotes import speakers

    assert speakers("BREAKING NEWS: “We will rebuild every house.”")[0][0] != "Breaking News"
    assert speakers("“We heard a loud bang,” a 45-year-old from East Nairobi said.")[0][0] != (
        "East Nairobi")
    # the victim's "her" says nothing of the spokesman
    assert speakers("John Smith, the town mayor, visited the site. Police spokesman Tom Reyes "
                    "said the victim was found in her car. “We are investigating every "
                    "lead,” he said.")[0][0] == "Tom Reyes"
    first = report("Outbreak\n\nCholera killed 17 people, Kenya's Ministry of Health said.\n",
                   published="2025-03-01T08:00:00+00:00")
    later = report("Outbreak spreads\n\nUgandan Health Minister Jane Aceng said on Monday that "
                   "five Ugandans had died.\n", published="2025-03-02T08:00:00+00:00",
                   outlet="Paper")
    assert [c[0] for c in claims(draft_reports([first, later]).new)] == [
        "Kenya's Ministry of Health", "Jane Aceng"]


def test_a_year_an_ordinal_with_an_adjective_and_the_injured_who_died() -> None:
    from tui.core.draft.counts import counts_in

    assert [c.number for c in counts_in("And in 2016 two workers had died in a compressor "
                                        "fire.")] != [2016]
    assert [(c.number, c.rule) for c in counts_in("A third young person has died.")] == [
        (3, "ordinal_death")]
    assert [(c.number, c.increment) for c in counts_in(
        "Of the injured persons, 4 subsequently died in hospital.")] == [(4, True)]
