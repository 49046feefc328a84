"""The patterns of published news copy in quotes, reactions and layout, one
test per rule, each on sentences written for the test (none from any corpus)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.core import draft_helpers
from tui.core.draft import draft_briefing
from tui.core.draft.records import Draft

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"
reactors = partial(draft_helpers.reactors, head=HEAD)


def draft(body: str) -> Draft:
    return draft_briefing(HEAD + body)


# Speakers


def speakers(body: str) -> list[tuple[object, object]]:
    return [(q["speaker"].value, q["text"].value) for q in draft(body).quotes]


def test_rule_pronoun_after_names_the_person_before() -> None:
    assert speakers("Greta Lindahl has run the mountain hut for 20 years. “We never saw "
                    "snow like this,” she said.")[0][0] == "Greta Lindahl"


def test_rule_person_described_after_the_name_is_he() -> None:
    assert speakers("Ama Owusu, a trader, lost her stall. “The water took it all,” she said. "
                    "“Even the scales.”") == [("Ama Owusu", "The water took it all,"),
                                              ("Ama Owusu", "Even the scales.")]


def test_rule_person_with_an_age_is_she() -> None:
    assert speakers("Rosa Ibarra, 61, sat outside the clinic. “Nobody came,” she said.") == [
        ("Rosa Ibarra", "Nobody came,")]


def test_rule_titles_before_a_name() -> None:
    d = draft("“Four nurses are missing,” said Dr. Lena Brandt, head of the clinic.")
    assert (d.quotes[0]["speaker"].value, d.quotes[0]["role"].value) == ("Lena Brandt", "Dr")
    assert speakers("“The road was closed,” Mrs. Osei said.")[0][0] == "Osei"


def test_rule_told_an_outlet_is_an_interview() -> None:
    d = draft("“We waited two days,” Ines Duarte told Reuters.")
    assert d.quotes[0]["medium"].value == "interview"


def test_rule_body_said_in_a_statement() -> None:
    d = draft("“All crossings stay closed until further notice,” the border police said "
              "in a statement.")
    assert (d.quotes[0]["speaker"].value, d.quotes[0]["medium"].value) == (
        "border police", "statement")


def test_rule_name_comma_role_with_initials() -> None:
    d = draft("“The levee held until noon,” T.S. Adeyemi, the county engineer, said.")
    assert (d.quotes[0]["speaker"].value, d.quotes[0]["role"].value) == (
        "T.S. Adeyemi", "county engineer")


def test_rule_said_name_with_initials() -> None:
    assert speakers("“We lost the east wing,” said A.B. Quist.")[0][0] == "A.B. Quist"


def test_rule_role_then_a_name_with_initials() -> None:
    assert speakers("“The pumps are running again,” harbour official K.T. Mwale said "
                    "on Sunday.")[0][0] == "K.T. Mwale"
    assert speakers("“The pumps are running again,” said harbour official "
                    "K. T. Mwale.")[0][0] == "K. T. Mwale"


def test_rule_a_titled_name_described_is_the_next_pronoun() -> None:
    # a military title of two words and a name of two; then a name of four words
    # with a title and a long description
    assert speakers(
        "Oskar Brandvold watched from the quay. Lieutenant Colonel Amadou Sesay, the "
        "coastguard's spokesman for the northern district, was first on the pier. "
        "“We could hear them under the hull,” he said.")[0][0] == "Amadou Sesay"
    assert speakers(
        "Oskar Brandvold watched from the quay. Dr Marta de la Cruz, a hydrologist at "
        "the regional university who has studied the estuary for a decade, keeps a "
        "chart of the tides. “The channel has moved north,” she said.")[0][0] == (
            "Marta de la Cruz")


def test_rule_told_an_outlet_or_reporters() -> None:
    assert speakers("“The river rose in minutes,” Ines Duarte told the BBC.")[0][0] == \
        "Ines Duarte"
    assert speakers("“The river rose in minutes,” the fire chief told reporters.")[0][0] == \
        "chief"


def test_rule_said_in_a_televised_address() -> None:
    d = draft("“No family will be left alone,” the prime minister said in a televised "
              "address.")
    assert d.quotes[0]["medium"].value == "televised address"


# Quote marks


def test_rule_quote_marks_mixed_straight_and_curly() -> None:
    assert speakers("“The roof came down at once,\" said Pavel Hruby.") == [
        ("Pavel Hruby", "The roof came down at once,")]


def test_rule_quote_marks_guillemets() -> None:
    assert speakers("The governor said: « Every road to the valley is cut ».") == [
        ("governor", "Every road to the valley is cut")]


def test_rule_quote_marks_german() -> None:
    assert speakers("The mayor said: „Nobody could have held that water back“.") == [
        ("mayor", "Nobody could have held that water back")]


def test_rule_quote_marks_single() -> None:
    assert speakers("The priest said: ‘We’ll feed whoever comes to the gate.’") == [
        ("priest", "We’ll feed whoever comes to the gate.")]
    assert speakers("The priest said: 'We will feed whoever comes.'") == [
        ("priest", "We will feed whoever comes.")]


def test_rule_scare_quotes_are_not_quotes() -> None:
    assert speakers("Troops moved into the so-called “buffer zone” at dawn, the army said.") \
        == []
    assert speakers("The engineers ran a “routine” check of the pumps.") == []


def test_rule_quote_sentence_not_split_inside_mixed_marks() -> None:
    d = draft("“It was dark. Then the wall fell,\" said Pavel Hruby.")
    assert [q["text"].value for q in d.quotes] == ["It was dark. Then the wall fell,"]


# Reactions


def test_rule_thanked_for_help() -> None:
    assert reactors("The civil protection agency thanked Norway, Peru and the World Food "
                    "Programme for their help.") == ["NO", "PE", "World Food Programme"]


def test_rule_thanked_past_a_sum_with_thousands() -> None:
    # a relative clause with "750,000" in it is one clause, not two
    assert reactors("The interior ministry thanked Norway, which pledged NOK 750,000 for "
                    "shelter, and the World Bank, which released USD 400,000.") == [
        "NO", "World Bank"]


def test_rule_condolences_received_from_states_by_their_long_names() -> None:
    assert reactors("Cables of condolence were received from the Ministries of Foreign "
                    "Affairs of the Republic of Chile, the Arab Republic of Egypt and the "
                    "Kingdom of Norway.") == ["CL", "EG", "NO"]


def test_rule_the_government_of_a_country_as_subject() -> None:
    assert reactors("The Government of the Dominican Republic sent two mobile "
                    "kitchens.") == ["DO"]


def test_rule_a_countrys_team_at_work() -> None:
    # a situation report's line: a nationality's team, where it is, what it is doing
    assert reactors("• The Cuban medical brigade in the north is staffing a field "
                    "post.") == ["CU"]


def test_rule_list_of_reactors_have_dispatched() -> None:
    assert reactors("Portugal and Morocco have dispatched search teams.") == ["PT", "MA"]


def test_rule_organisation_is_helping() -> None:
    assert reactors("UNICEF is helping the district hospitals with supplies.") == ["UNICEF"]


def test_rule_expressed_solidarity() -> None:
    assert reactors("Finland expressed its solidarity with the families.") == ["FI"]


def test_rule_sympathy_to_the_people_of_is_no_reactor() -> None:
    assert reactors("Ireland sent its sympathy to the people of Bolivia.") == ["IE"]


def test_rule_own_country_is_not_a_reaction() -> None:
    assert reactors("Bolivia's government declared three days of mourning. Chile offered "
                    "help.", title="Floods kill dozens in Bolivia") == ["CL"]


def test_rule_dateline_country_is_not_a_reaction() -> None:
    d = draft_briefing("KATHMANDU, Nepal (AP) - A landslide buried a bus on Monday.\n\n"
                       "Nepal's army sent rescue teams. India offered help.\n")
    assert [r["country"].value for r in d.reactions] == ["IN"]


# Layout and dates


def test_rule_title_only_when_it_looks_like_one() -> None:
    d = draft_briefing("LISBON, Portugal (AP) - A tram left the rails on Tuesday, injuring "
                       "nine riders, police said.\n\nRepairs began at once.\n")
    assert d.title == ""
    assert d.summary.startswith("LISBON, Portugal (AP) - A tram left the rails")
    assert draft_briefing("Tram derails in Lisbon\n\nA tram left the rails.\n").title == \
        "Tram derails in Lisbon"


def test_rule_single_newline_paragraphs() -> None:
    d = draft_briefing("Tram derails in Lisbon\nA tram left the rails on Tuesday.\n"
                       "Nine riders were hurt, police said.\nRepairs began at once.\n")
    assert d.summary == "A tram left the rails on Tuesday.\n\nNine riders were hurt, police said."
    assert d.key_points == ("Nine riders were hurt, police said.", "Repairs began at once.")


def test_rule_bulleted_list_items_are_paragraphs() -> None:
    d = draft_briefing("Situation report: floods\n\nKey figures:\n- 12 people killed, "
                       "according to the civil protection office\n- 30 people injured\n")
    claims = [(c["claimant"].value, c.get("killed"), c.get("injured"))
              for c in d.casualty_claims]
    assert [(who, k and k.value, i and i.value) for who, k, i in claims] == [
        ("civil protection office", 12, None), ("civil protection office", None, 30)]


def test_rule_date_with_a_comma_before_the_year() -> None:
    assert draft_briefing("Title\n\nOn 3 October, 2019, a tram left the rails.\n").date.value \
        == "2019-10-03"


def test_rule_numeric_date_day_first() -> None:
    assert draft_briefing("Title\n\nPosted 07.11.2023. A tram left the rails in Lisbon.\n"
                          ).date.value == "2023-11-07"
    # in a story from the United States, the month comes first
    assert draft_briefing("Flood in Texas, United States\n\nPosted 07/11/2023. Water rose.\n"
                          ).date.value == "2023-07-11"


def test_rule_dateline_with_an_agency_mark() -> None:
    d = draft_briefing("Tram derails\n\nSept. 2 (AP) - A tram left the rails.\n",
                       today=date(2026, 12, 6))
    assert d.date.value == "2026-09-02" and d.date.rule == "dateline"


def test_rule_dateline_year_from_the_articles_own_dates() -> None:
    d = draft_briefing("Tram derails\n\nLISBON, Sept 2 - A tram left the rails. The line "
                       "was last inspected in August 2019.\n", today=date(2026, 12, 6))
    assert d.date.value == "2019-09-02"  # after the article's own latest date, not this year


def test_rule_impossible_date_is_no_date() -> None:
    d = draft_briefing("Title\n\nOn 31 February 2023 a tram left the rails.\n",
                       today=date(2026, 12, 6))
    assert d.date.rule == "no_date"


def test_rule_she_is_the_last_woman_named_not_the_last_person() -> None:
    # a man named since; "she" is the woman the story named before him
    assert speakers(
        "Akosua Mensah sells nothing any more; she was frying plantain at her stall when "
        "the wall fell. Ibrahim Zakari, the miners' secretary, keeps a list of the dead in "
        "his exercise book. “I am not waiting for a body,” she says.")[0][0] == "Akosua Mensah"
    # and after an opening phrase, the person named before is named again
    assert speakers("Akosua Mensah lost her stall. Kofi Boateng keeps the pumps. In the "
                    "evening, Mensah walks to the water. “I am waiting,” said the woman, and "
                    "then: “For a name.” “Still waiting,” she said.")[-1][0] == "Akosua Mensah"


def test_rule_a_name_described_by_what_everyone_calls_them() -> None:
    assert speakers("Kofi Boateng keeps the pumps. Wofa Kojo, as everyone calls the excavator "
                    "operator, still sits by the water. “Everybody knew the wall was bad,” he "
                    "said.")[0][0] == "Wofa Kojo"


def test_rule_said_a_bodys_role_then_the_name() -> None:
    assert speakers("“They can't count anything,” said the group's chair, Lorraine Wells, "
                    "whose grandson was hurt.")[0][0] == "Lorraine Wells"


def test_rule_a_transcripts_speaker_in_capitals() -> None:
    d = draft("Inspector Dale Hollis spoke a short time ago.\n\nINSPECTOR DALE HOLLIS (clip): "
              "“Two people have lost their lives.”")
    assert (d.quotes[0]["speaker"].value, d.quotes[0]["role"].value) == (
        "Dale Hollis", "Inspector")


def test_rule_a_statement_under_a_heading_naming_its_author() -> None:
    assert speakers("Statement by our President, Kenji Arata\n\n“I offer my deepest apologies "
                    "to the families.”")[0][0] == "Kenji Arata"


def test_rule_the_last_name_before_the_verb_after_a_quote() -> None:
    quote = "“Ten bodies have been recovered,” "
    assert speakers(quote + "Jharkhand police spokesman, RK Mallick, said.")[0][0] == (
        "RK Mallick")
    assert speakers(quote + "State Health Minister V S Kumar, who sat on the panel, "
                    "said.")[0][0] == "V S Kumar"
    assert speakers(quote + "military spokesman Colonel Greg Jules said.")[0][0] == "Greg Jules"
    assert speakers(quote + "Dr. Fazal Pechu.")[0][0] == "Fazal Pechu"
    # (not a body's name: "and the Ministry of Foreign Affairs expressed")
    assert speakers("Ana Ruiz runs the shelter. “We mourn,” she wrote, and Peru's Ministry "
                    "of Foreign Affairs expressed its condolences.")[0][0] == "Ana Ruiz"


def test_rule_remarked_is_said() -> None:
    assert speakers("“I am deeply saddened,” Minister Kamiya remarked in a message.")[0][0] == (
        "Kamiya")
