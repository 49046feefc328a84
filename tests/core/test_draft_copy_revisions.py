"""Casualty claims in phrasings of real copy found after the third round of
fresh sets was commissioned: revisions told across sentences, earlier figures
given bare, claimants named by a passive, places of a breakdown joined by
"while". Sentences written for these tests (none from any corpus)."""

from __future__ import annotations

from tui.core.draft import draft_briefing

HEAD = ("Headline of the story\n\nNORVALE, March 3, 2024 (Reuters) - A lead paragraph "
        "about events.\n\n")


def claims(body: str, head: str = HEAD) -> list[tuple[str, str, object, object, str]]:
    """(claimant, affected, killed, injured, rule of the claimant) of each claim."""
    out = []
    for c in draft_briefing(head + body).casualty_claims:
        killed, injured = c.get("killed"), c.get("injured")
        out.append((str(c["claimant"].value), str(c["affected"].value),
                    killed and killed.value, injured and injured.value,
                    str(c["claimant"].rule)))
    return out


def test_rule_later_figure_next_sentence() -> None:
    found = claims("A first statement by the port authority said 26 dockers had died. "
                   "It later said 24.")
    assert [(c[0], c[1], c[2]) for c in found] == [
        ("port authority", "dockers", 26), ("port authority", "dockers", 24)]
    assert found[-1][4] == "later_figure_next_sentence"


def test_later_figure_alone_needs_a_claim_just_before() -> None:
    # a "later said" far from any claim is no one's revision
    found = claims("Police said 26 people had died.\n\nThe river rose all week. Crops "
                   "were lost. It later said 24.")
    assert [c[2] for c in found] == [26]


def test_rule_later_figure_is_current_after_a_semicolon() -> None:
    # "first statement" marks an earlier figure, but the sentence gives the revision
    found = claims("A first statement by the ministry said 26 had died; it later said 24.")
    assert [(c[0], c[2]) for c in found] == [("ministry", 26), ("ministry", 24)]


def test_rule_up_from_a_bare_earlier_figure() -> None:
    found = claims("The quake killed 45 people, according to the disaster agency, up from "
                   "30 reported on Monday.")
    assert [(c[0], c[2]) for c in found] == [("disaster agency", 30), ("disaster agency", 45)]
    found = claims("At least 212 were confirmed dead by the ministry, up from an earlier 160.")
    assert [(c[0], c[2]) for c in found] == [("ministry", 160), ("ministry", "212+")]


def test_up_from_a_figure_of_something_else_is_no_revision() -> None:
    found = claims("The quake killed 45 people, the agency said, up from 30 percent of "
                   "the homes it first inspected.")
    assert [c[2] for c in found] == [45]


def test_rule_passive_by() -> None:
    found = claims("Nineteen miners were reported killed by the mines inspectorate on Monday.")
    assert [(c[0], c[2], c[4]) for c in found] == [("mines inspectorate", 19, "passive_by")]


def test_rule_figures_from_after_a_dateline() -> None:
    head = "Headline of the story\n\n"
    found = claims("NORVALE, March 3, 2024 (Reuters) - Updated figures from the health "
                   "ministry: 14 killed, 52 wounded.", head)
    assert [(c[0], c[2], c[3], c[4]) for c in found] == [
        ("health ministry", 14, 52, "figures_from")]


def test_rule_breakdown_by_place_with_while() -> None:
    found = claims("In Sindh province 23 people died, while 14 died in Punjab, the "
                   "disaster authority said.")
    assert [(c[1], c[2]) for c in found] == [
        ("people in Sindh province", 23), ("people in Punjab", 14)]


def test_rule_count_then_verb_reported_or_confirmed() -> None:
    # "were reported killed", "are now confirmed to have died": the count and its verb
    assert [(c[0], c[2]) for c in claims(
        "Nineteen miners were reported killed, the inspectorate said.")] == [
        ("inspectorate", 19)]
    assert [(c[0], c[2]) for c in claims(
        "Eleven pilgrims are now confirmed to have died, the regulator said.")] == [
        ("regulator", 11)]


def test_group_nouns_name_bodies_beyond_ministries() -> None:
    # a body named by what it is, in the data's list of group nouns
    for body in ("watchdog", "airline", "railway operator", "gendarmerie"):
        assert claims(f"Four passengers were killed, the {body} said.")[0][0] == body


def speakers(body: str) -> list[str]:
    return [str(q["speaker"].value) for q in draft_briefing(HEAD + body).quotes]


def test_rule_pronoun_after_a_name_with_initials() -> None:
    for name in ("R.K. Menon", "R. K. Menon"):
        assert speakers(f"District collector {name} said the toll would rise. "
                        "“We are doing everything we can,” he said.") == [name]


def test_rule_breakdown_by_place_never_takes_the_injured() -> None:
    found = claims("According to the disaster institute, 31 people have died and 112 have "
                   "been injured in Tarvo province, and 9 people have died in Ossel province.")
    assert [(c[1], c[2], c[3]) for c in found] == [
        ("people in Tarvo province", 31, 112), ("people in Ossel province", 9, None)]


def test_rule_breakdown_by_place_raised_in_each_place() -> None:
    # the injured go with the dead of their own place
    found = claims("The disaster institute, DMI, on Monday raised the number of people "
                   "killed in Ossel province to 13 and in Tarvo province to 34, with 140 "
                   "injured in Tarvo.")
    assert [(c[0], c[1], c[2], c[3]) for c in found] == [
        ("DMI", "people in Tarvo province", 34, 140),
        ("DMI", "people in Ossel province", 13, None)]


def test_what_a_body_had_reported_before_is_no_current_count() -> None:
    found = claims("The agency said 20 people died. The agency, which had reported 11 "
                   "deaths on Sunday morning, now says 152 people were injured in Tarvo.")
    assert [(c[1], c[2], c[3]) for c in found] == [
        ("people", 20, None), ("people in Tarvo", None, 152)]


def test_rule_toll_rose_to_taking_the_death_count_to() -> None:
    # the bodies pulled out are an increment; the count they make is the toll
    found = claims("“Overnight we pulled out 15 bodies, taking the total death count to 33,” "
                   "Mr Ravi Kale, a disaster management spokesman for the city authority, said.")
    assert [(c[0], c[2], c[4]) for c in found] == [
        ("city authority", 33, "spokesperson_for_body")]


def test_a_news_channel_is_a_claimant_of_its_own() -> None:
    found = claims("The ministry said 18 pilgrims had died. A local news channel, however, "
                   "reported that the toll has reached 23.")
    assert [(c[0], c[2]) for c in found] == [("ministry", 18), ("local news channel", 23)]


def test_rule_said_then_name_after_a_closing_quote() -> None:
    found = claims("“Rescue operations are continuing,” said Fire Chief P.S. Rahane, adding "
                   "that 14 firefighters had been injured in the effort.")
    assert [(c[0], c[1], c[3]) for c in found] == [("P.S. Rahane", "firefighters", 14)]


def test_rule_toll_in_a_reaction() -> None:
    found = claims("Norway on Friday condemned the bombing that killed at least 20 people "
                   "near the ministry.")
    assert [(c[0], c[2], c[4]) for c in found] == [("Unknown", "20+", "toll_in_a_reaction")]
    # a toll someone gives in the same sentence stays theirs
    found = claims("Norway condemned the bombing that killed at least 20 people, police said.")
    assert [(c[0], c[2]) for c in found] == [("police", "20+")]


def test_rule_toll_rose_to_has_hit_or_topped() -> None:
    found = claims("The death toll from the floods has hit 98, with 63 missing, the national "
                   "disaster agency said on Monday.")
    assert [(c[0], c[2]) for c in found] == [("national disaster agency", 98)]
    # (a toll that topped or climbed past a figure is more than it)
    assert [c[2] for c in claims("The toll topped 200 on Friday, police said.")] == ["200+"]
    assert [c[2] for c in claims("The toll climbed past 300, according to the agency.")] == [
        "300+"]


def test_rule_toll_rose_to_and_not_the_earlier_figure() -> None:
    found = claims("As of today the toll is 108 and not 114 as stated by the state "
                   "government earlier.")
    assert [(c[0], c[2]) for c in found] == [("state government", 114),
                                           ("state government", 108)]


def test_rule_respectively() -> None:
    found = claims("The Central and Eastside hospitals confirmed that 15 and 11 more people "
                   "respectively had died of heat stress.")
    assert [(c[0], c[2]) for c in found] == [("Central hospital", 15), ("Eastside hospital", 11)]
    # each one's increment is added to its own count: no dispute between them
    assert found[0][1] != found[1][1]


def test_rule_dead_from_place_is_kept_beside_a_credited_toll() -> None:
    found = claims("The toll has hit 98, the agency said.\n\nFifty-three of the dead were "
                   "from the southern province of Mindano, where floods buried houses.")
    assert [(c[1], c[2]) for c in found] == [("people", 98), ("people in Mindano", 53)]


def test_rule_joined_measures() -> None:
    found = claims("The toll has hit 98, the agency said. The agency added that 69 people "
                   "were injured.")
    assert [(c[0], c[2], c[3]) for c in found] == [("agency", 98, 69)]


def test_a_place_of_a_breakdown_after_the() -> None:
    found = claims("Nineteen were killed in the Western Tarvo Region, while 12 died in the "
                   "Provinces of Ossel and Bray, the agency said.")
    assert [(c[1], c[2]) for c in found] == [("people in Western Tarvo Region", 19),
                                           ("people in Provinces of Ossel and Bray", 12)]


def test_rule_toll_rose_to_a_count_of_dead() -> None:
    found = claims("The council has raised its count of dead in Tarvo province to 22, up "
                   "from 14 this morning, with 47 people injured.")
    assert [(c[0], c[2], c[3]) for c in found] == [("council", 14, None), ("council", 22, 47)]


def test_rule_puts_the_dead_at_in_a_bodys_bulletin() -> None:
    found = claims("The NDMC's 6 a.m. bulletin puts the dead at 14 and the injured at 31.")
    assert [(c[0], c[2], c[3], c[4]) for c in found] == [("NDMC", 14, 31, "put_the_toll")]


def test_new_deaths_since_a_report_are_an_increment() -> None:
    # (and the relative clause's "which reported 31" names no claimant)
    found = claims("• The Department of Relief Affairs (DRA) reports 46 deaths and 188 "
                   "injuries as of 29 January, 15 new deaths since Situation Report No. 2, "
                   "which reported 31.")
    assert [(c[0], c[2], c[3]) for c in found] == [("Department of Relief Affairs", 46, 188)]


def test_rule_number_of_dead_at_with_asides() -> None:
    found = claims("The Ministry of Health announced on Friday that the number of martyrs of "
                   "the explosion of a tanker at a station in the town of Tell Ossel, in Norva "
                   "Governorate, reached twenty-one (21) martyrs, in addition to 43 citizens "
                   "who sustained wounds.")
    assert [(c[0], c[2], c[3]) for c in found] == [("Ministry of Health", 21, 43)]


def test_an_embassy_in_a_city_is_the_embassy() -> None:
    found = claims("The Embassy of India in Kathmandu confirmed that four Indian nationals "
                   "were among the dead.")
    assert [(c[0], c[2]) for c in found] == [("Embassy of India", 4)]


def test_rule_role_name_said_with_a_capital_role() -> None:
    assert speakers("“Utter chaos took place,” Police chief Ralph Godwin said at a news "
                    "conference.") == ["Ralph Godwin"]


def test_a_name_after_according_to_is_remembered() -> None:
    assert speakers("The crash came before dawn, according to Chandra Mukherjee, a director "
                    "at the ministry. “The driver overshot a signal,” Mukherjee told AFP.") == [
        "Chandra Mukherjee"]


def test_an_appositive_name_with_a_title_and_a_particle() -> None:
    assert speakers("For his part, the Governor of Norva, Mr. Sabah Khalil al-Karkhi, stated "
                    "that the number reached 26, “because families buried the bodies "
                    "directly.”") == ["Sabah Khalil al-Karkhi"]


def test_speakers_drop_courtesy_titles_and_ranks() -> None:
    assert speakers("“He went back for one more family,” Commodore Ariel Mansala, the Coast "
                    "Guard spokesperson, said.") == ["Ariel Mansala"]
    assert speakers("The coordinator, Mr Yaw Boateng-Sarfo, raised the toll to 23. “We "
                    "counted what we found,” Mr Boateng-Sarfo said.") == ["Yaw Boateng-Sarfo"]


def test_a_participle_used_as_an_adjective_names_no_claimant() -> None:
    found = claims("Rescuers sifted through rubble in a search for survivors of a "
                   "117-year-old condemned building, as the toll rose to 33.")
    assert [(c[0], c[2]) for c in found] == [("Unknown", 33)]


def test_two_claimants_one_gives_a_toll() -> None:
    found = claims("The health ministry said on Sunday that 27 people had died, while the Red "
                   "Crescent gave a toll of 31.")
    assert [(c[0], c[2]) for c in found] == [("health ministry", 27), ("Red Crescent", 31)]


def test_others_who_died_later_in_hospital_are_dead() -> None:
    found = claims("Three people died on the spot and two others later in hospital, police "
                   "said.")
    assert [(c[2], c[3]) for c in found] == [(5, None)]


def test_a_verb_after_a_count_is_no_group() -> None:
    found = claims("Of the 45 injured, 12 remain in hospital, the governor said.")
    assert [(c[1], c[3]) for c in found] == [("people", 45)]


def test_rule_relayed_by_agency_quoted_by_as_saying() -> None:
    found = draft_briefing(HEAD + "Police were quoted by the Anadolu agency as saying that 15 "
                           "people had died.").casualty_claims
    assert [(c["claimant"].value, c["source"].value) for c in found] == [
        ("Police", "Anadolu agency")]


def test_a_place_after_a_group_gives_the_next_place_that_group() -> None:
    found = claims("Eleven villagers in Kora and six in Belu were killed, the district chief "
                   "said.")
    assert [(c[1], c[2]) for c in found] == [("villagers in Kora", 11), ("villagers in Belu", 6)]


def test_a_group_that_accounted_for_a_part_of_the_dead() -> None:
    found = claims("Workers at the plant accounted for 9 of the dead, the company said.")
    assert [(c[0], c[1], c[2]) for c in found] == [("company", "Workers at the plant", 9)]


def test_the_pope_is_the_holy_see() -> None:
    found = draft_briefing(HEAD + "The Pope expressed his sympathy to the people of Peru.")
    assert [r["country"].value for r in found.reactions] == ["VA"]


def test_rule_aid_from_a_list_drew_condemnation_from() -> None:
    found = draft_briefing(HEAD + "The strike drew condemnation from France, Germany and the "
                           "European Union.")
    assert [str(r["country"].value if "country" in r else r["organisation"].value)
            for r in found.reactions] == ["FR", "DE", "European Union"]


def test_typewriter_quotation_marks_of_old_wire_copy() -> None:
    assert speakers("``It just folded up with a loud noise,″ said Shankar Nair, a travel "
                    "agent.") == ["Shankar Nair"]
    assert speakers("‘‘All on board have died,’’ said Iftikhar Baber, the district "
                    "officer.") == ["Iftikhar Baber"]


def test_rule_role_name_said_past_a_who_clause() -> None:
    assert speakers("“People got suffocated in the crush,” shopkeeper Sanjay Mistry, who was "
                    "among the pilgrims, told AFP.") == ["Sanjay Mistry"]


def test_rule_said_name_after_two_titles() -> None:
    assert speakers("“We are still assessing the damage,” said Defence Secretary and Council "
                    "Chairman Delfin Lorenz.") == ["Delfin Lorenz"]


def test_initials_without_points_in_an_appositive_name() -> None:
    found = claims("A local police chief, V N Deshmukh, put the death toll at more than 300.")
    assert [(c[0], c[2]) for c in found] == [("V N Deshmukh", "300+")]


def test_rule_range_count_with_to() -> None:
    found = claims("District official Subarrao Patil told Reuters that 250 to 300 people died "
                   "in the crush.")
    assert [(c[0], c[2]) for c in found] == [("Subarrao Patil", "250-300")]


def test_rule_said_then_name_not_the_place_before_the_verb() -> None:
    found = claims("Fifteen bodies were taken to the morgue at Nishtar Hospital in Multan, said "
                   "Mohammed Irfan, a doctor with a charity.")
    assert [(c[0], c[2]) for c in found] == [("Mohammed Irfan", 15)]


LETTERHEAD = ("NORVALE COASTAL CHEMICALS PUBLIC COMPANY LIMITED\nStatement No. 3 on the incident "
              "at our plant\nBangkok, 18 November 2025\n\n")


def test_rule_first_person_author_from_a_letterhead() -> None:
    found = claims("We are heartbroken to confirm that four people working at our plant in "
                   "Ban Sai, Rayong province, have died.", LETTERHEAD)
    assert [(c[0], c[2], c[4]) for c in found] == [
        ("Norvale Coastal Chemicals", 4, "first_person_author")]


def test_what_we_reported_yesterday_is_an_earlier_figure() -> None:
    found = claims("We are heartbroken to confirm that four people working at our plant have "
                   "died.\n\nYesterday, in our Statement No. 2, we reported that two of our "
                   "colleagues had died.", LETTERHEAD)
    assert [c[2] for c in found] == [2, 4]


def test_a_body_named_after_we_are_aware_that() -> None:
    found = claims("We are aware that the Labour Rights Network has said that six workers "
                   "died, counting two labourers whom it says were found later.", LETTERHEAD)
    assert [(c[0], c[2]) for c in found] == [("Labour Rights Network", 6)]


def test_one_body_with_and_in_its_name_is_one_claimant() -> None:
    found = claims("The Ministry of Health and Population said 18 passengers were killed.")
    assert [(c[0], c[2]) for c in found] == [("Ministry of Health and Population", 18)]


def test_money_to_every_injured_person_is_no_count() -> None:
    found = claims("The governor said 22 people died. He granted 25,000 pounds to every "
                   "injured person.")
    assert [(c[2], c[3]) for c in found] == [(22, None)]


def test_rule_figures_from_a_body_described_after_a_comma() -> None:
    found = claims("Figures from CONRED, the national disaster agency: 9 dead, 22 injured.")
    assert [(c[0], c[2], c[3]) for c in found] == [("CONRED", 9, 22)]


def test_a_where_clause_stops_at_the_counts_own_verb() -> None:
    found = claims("Nine people travelling on the bridge died and eleven were injured, the "
                   "ministry said.")
    assert [(c[2], c[3]) for c in found] == [(9, 11)]


def test_what_it_had_reported_is_its_earlier_figure() -> None:
    found = claims("The fire service on Friday lowered the death toll to 10. It had reported "
                   "11 deaths on Thursday.")
    assert [(c[0], c[2]) for c in found] == [("fire service", 11), ("fire service", 10)]


def test_rule_in_hospital_have_been_hospitalised_or_receiving_treatment() -> None:
    found = claims("Two skiers are receiving medical treatment, the ministry said.")
    assert [(c[1], c[3]) for c in found] == [("skiers", 2)]
    found = claims("Three passengers have been hospitalised, the ministry said.")
    assert [(c[1], c[3]) for c in found] == [("passengers", 3)]


def test_a_short_form_of_two_words_in_brackets_is_no_claimant() -> None:
    found = claims("Three people died, the South Tarvo emergency medical service (ZZS JMK) said "
                   "on Sunday.")
    assert [c[0] for c in found] == ["South Tarvo emergency medical service"]


def test_rule_loss_of_lives_and_deaths_of() -> None:
    found = claims("The quake jolted the border area on Sunday, causing the deaths of at least "
                   "445 people while injuring more than 7,000, officials said.")
    assert [(c[0], c[2], c[3]) for c in found] == [("officials", "445+", "7000+")]
    found = claims("The fire resulted in the loss of 46 lives, the fire service said.")
    assert [(c[0], c[2]) for c in found] == [("fire service", 46)]


def test_another_years_disaster_that_resulted_in_deaths_is_no_toll() -> None:
    assert claims("Residents said the collapse echoed the 2008 disaster in Norva, which "
                  "resulted in the deaths of more than 80,000 people.") == []


def test_rule_toll_in_a_reaction_of_shock() -> None:
    found = claims("The minister voiced her profound shock over the incident that tragically "
                   "resulted in the loss of 46 lives.")
    assert [(c[0], c[2], c[4]) for c in found] == [("Unknown", 46, "toll_in_a_reaction")]


def test_a_claimants_rank_is_no_part_of_the_name() -> None:
    found = claims("Brigadier Dickson Gatluk said 40 rebels were killed.")
    assert [(c[0], c[1], c[2]) for c in found] == [("Dickson Gatluk", "rebels", 40)]


def test_a_places_body_with_a_particle_and_its_previous_toll() -> None:
    found = claims("Davao de Oro's provincial government said that 54 bodies had been "
                   "recovered, raising its previous death toll of 37 earlier in the day.")
    assert [(c[0], c[2]) for c in found] == [
        ("Davao de Oro's provincial government", 37),
        ("Davao de Oro's provincial government", 54)]


def test_rule_spokesperson_for_body_named_first() -> None:
    found = claims("Dr. Tarek Shalby, the official spokesman of the Ministry of Health, announced "
                   "that the number of deaths has risen to 11.")
    assert [(c[0], c[2], c[4]) for c in found] == [
        ("Ministry of Health", 11, "spokesperson_for_body")]
