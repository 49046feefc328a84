"""Reactions told with an auxiliary before their verb ("is providing",
"will send", "have offered"), and a country's act that its embassy tells."""

from __future__ import annotations

from tests.core.draft_helpers import HEAD
from tui.core.draft import draft_briefing


def countries(body: str) -> list[str]:
    return [str(r["country"].value) for r in draft_briefing(HEAD + body).reactions
            if "country" in r]


def test_a_reaction_after_its_auxiliary() -> None:
    assert countries("The Government of Japan is providing emergency relief goods through "
                     "JICA.") == ["JP"]
    assert countries("- Japan, through JICA, is providing tents and generators.") == ["JP"]
    assert countries("Chile will send a team of rescuers and two sniffer dogs.") == ["CL"]


def test_a_countrys_act_its_embassy_tells_is_the_countrys() -> None:
    assert countries("Japan will send a disaster relief team and emergency supplies worth "
                     "20 million yen, its embassy in Manila said.") == ["JP"]


def test_who_did_it_named_after_including_stays_the_subject() -> None:
    assert countries("Presidents of different states, including Armenian President Serzh "
                     "Sargsyan, have offered condolences to the president.") == ["AM"]


def test_messages_from_a_list_with_a_states_name_of_two_words() -> None:
    assert countries("Messages of sympathy came in through the night from Slovenia, Austria, "
                     "Bosnia and Herzegovina and Serbia.") == ["SI", "AT", "BA", "RS"]


def test_condolences_sent_by_a_states_ministry() -> None:
    assert countries("Condolences to the families of the victims were sent by Hungary's "
                     "Ministry of Foreign Affairs and Trade.") == ["HU"]


def test_a_federal_foreign_office_is_its_countrys() -> None:
    assert countries("Germany's Federal Foreign Office said its crisis unit was in touch "
                     "with the families.") == ["DE"]


def test_lists_of_states_by_their_long_names() -> None:
    assert countries("The United Arab Emirates and the State of Qatar expressed their "
                     "solidarity with the families.") == ["AE", "QA"]
    assert countries("The Presidents of the Republic of Uzbekistan and the Kyrgyz Republic "
                     "sent telegrams of condolence.") == ["UZ", "KG"]
    assert countries("▪ The Republic of Korea has announced US$500,000 in humanitarian "
                     "assistance.") == ["KR"]


def test_a_second_clause_after_a_flight_of_aid_and_a_live_blogs_present_tense() -> None:
    assert countries("UNICEF flew in dialysis kits, and France sent two nephrologists.") == [
        "FR"]
    assert countries("19:30 — Poland's foreign ministry confirms that three Polish skiers "
                     "are among the dead.") == ["PL"]


def test_nations_including_a_list_and_supplies_from_a_country() -> None:
    assert countries("Several other nations, including the United States, Israel, Ireland, "
                     "and Nepal, also expressed grief over the blast.") == [
        "US", "IL", "IE", "NP"]
    assert countries("Japan, South Korea, and the United Arab Emirates all said they planned "
                     "to send aid.") == ["JP", "KR", "AE"]
    assert countries("Supplies from Pakistan have already crossed the border.") == ["PK"]


def test_a_headlines_reacting_country_is_not_where_the_story_happens() -> None:
    article = ("Delhi blast foreign reaction: China expresses deep sorrow\n\n"
               "China on Tuesday expressed deep sorrow over the loss of lives in an explosion "
               "near Delhi's Red Fort that left at least 12 people dead in India.\n")
    assert [str(r["country"].value) for r in draft_briefing(article).reactions] == ["CN"]


def test_leaders_and_diplomats_of_several_states_and_extended_condolences() -> None:
    assert countries("World leaders, including US President Joe Biden, Russian President "
                     "Vladimir Putin and Israeli Prime Minister Yair Lapid, on Monday extended "
                     "their condolences.") == ["US", "RU", "IL"]
    assert countries("Latvian and Estonian top diplomats, Edgars Rinkevics and Eva-Maria "
                     "Liimets, also offered condolences.") == ["LV", "EE"]
    assert countries("Turkish President Recep Tayyip Erdogan on Tuesday extended condolences "
                     "to the head of the council.") == ["TR"]


def test_the_first_verb_gives_the_subject_the_second_lacks() -> None:
    assert countries("The British government joined the wave of condolences and vowed any "
                     "support needed.") == ["GB"]
    # not a verb that gives nothing: "put the magnitude at 6.8" is no reaction
    assert countries("The United States Geological Survey put the magnitude at 6.8 and said "
                     "the epicentre was 96 km away.") == []


def test_the_states_a_plural_subject_lists_each_react() -> None:
    assert countries("The governments of Guatemala, El Salvador and Honduras expressed their "
                     "solidarity with Costa Rica.") == ["GT", "SV", "HN"]
    assert countries("The Governments of the Republic of Guatemala, the Republic of El "
                     "Salvador, the Republic of Honduras and the Dominican Republic expressed "
                     "their solidarity with the people and Government of Costa Rica.") \
        == ["GT", "SV", "HN", "DO"]
