"""The patterns the fresh real and style sets showed (their misses, read
after their first sight), one test per rule, each on sentences written for
the test (none from any article)."""

from __future__ import annotations

from tui.core.draft import draft_briefing
from tui.core.draft.names import countries_in
from tui.core.draft.records import Draft


def draft(body: str, title: str = "Headline of the story") -> Draft:
    return draft_briefing(f"{title}\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"
                          + body)


def reactors(body: str, title: str = "Headline of the story") -> list[object]:
    return [r["country"].value if "country" in r else r["organisation"].value
            for r in draft(body, title).reactions]


def test_rule_a_capital_after_in_names_its_country() -> None:
    """"in Baghdad" is Iraq: the short word before a capital is no country code."""
    assert countries_in("Blast in Baghdad Market Kills Dozens") == countries_in("Iraq")
    assert reactors("Iraqi officials said they would rebuild the market. Jordan offered "
                    "help.", title="Car bomb in Baghdad kills 30") == ["JO"]


def test_rule_aid_from_a_list() -> None:
    """Givers named in a list after "aid from" react, in each such list of the
    sentence; the list ends at the first part that names none."""
    assert reactors("The town has received aid from Peru, Chile and UNICEF, the mayor said, "
                    "adding that it awaited help from other countries, including Japan and "
                    "the United States.") == ["PE", "CL", "JP", "US", "UNICEF"]


def test_rule_a_countrys_offer() -> None:
    assert reactors("The health minister said the ministry was studying Norway's offer to "
                    "fly the wounded abroad.") == ["NO"]


def claims(body: str) -> list[tuple[object, object, object]]:
    return [(c["claimant"].value, c["killed"].value if "killed" in c else None,
             c["injured"].value if "injured" in c else None) for c in draft(body).casualty_claims]


def test_rule_one_persons_relatives_are_no_toll() -> None:
    assert claims("Officials said 30 people were killed. A farmer said three of his "
                  "cousins were killed in the flood.") == [("Officials", 30, None)]


def test_rule_dozens_buried_is_no_toll() -> None:
    """Buried under the rubble, uncounted: neither a toll nor an unknown one."""
    assert claims("“The hill came down and dozens were buried,” a neighbour said.") == []


def test_rule_a_part_of_the_counted_is_no_new_count() -> None:
    """"five of the 15 suffered burns": the 15 are a count told before."""
    assert claims("Police said 15 people were hurt in the fire. Police said five of the 15 "
                  "suffered severe burns.") == [("Police", None, 15)]


def test_rule_a_body_with_its_short_form_is_the_body() -> None:
    """"The Flood Relief Agency (FRA) said": the claimant is the agency, named
    without its short form."""
    assert claims("The Flood Relief Agency (FRA) said 12 people were killed.") == [
        ("Flood Relief Agency", 12, None)]


def test_rule_found_bodies_has_so_far_recorded() -> None:
    """A second body's own count, however adverbed, is its own claim."""
    assert claims("The Flood Relief Agency (FRA) reports 19 deaths. The National Rescue "
                  "Board (NRB) has so far recorded 16 deaths.") == [
        ("Flood Relief Agency", 19, None), ("National Rescue Board", 16, None)]


def test_rule_found_bodies_has_so_far_recovered_by_rescuers_names_no_one() -> None:
    """Rescuers who have so far recovered bodies are not who counts them:
    the toll stays with the body that gave it."""
    found = claims("The Lagos Emergency Agency (LEA) said four workers died. The combined "
                   "rescue team has so far recovered the bodies of nine workers.")
    assert found and all(name != "combined rescue team" for name, *_ in found)

def test_rule_spokesperson_of_named_body() -> None:
    """"the committee's spokesman, Ali Rahimov, said" after the committee spoke:
    the committee, through him (one claimant, so its rising toll is no dispute)."""
    d = draft("The Rescue Committee of Norvale said eight people had been killed. Later "
              "the committee's spokesman, Ali Rahimov, said the number of dead had risen "
              "to 14.")
    assert [(c["claimant"].value, c["killed"].value) for c in d.casualty_claims] == [
        ("Rescue Committee of Norvale", 8), ("Rescue Committee of Norvale", 14)]
    assert "also: Ali Rahimov" in str(d.casualty_claims[1]["note"].value)


def test_a_part_of_the_counted_needs_a_number_before_of_the() -> None:
    """"The last of the 12 bodies were taken out" is still the 12 dead."""
    assert claims("Officials said the last of the 12 bodies were taken out at noon.") == [
        ("Officials", 12, None)]


def speakers(body: str) -> list[object]:
    return [q["speaker"].value for q in draft(body).quotes]


def test_rule_surnamed_said() -> None:
    assert speakers("Rescuers dug all night. “The hill just fell,” a woman surnamed Lin, "
                    "who saw the slide, told state television.") == ["Lin"]


def test_rule_name_said_after_a_long_title() -> None:
    assert speakers("“We have counted the dead,” Northern Additional Director General of "
                    "Police Arjun Pal Singh said by telephone.") == ["Arjun Pal Singh"]


def test_rule_role_name_said_with_a_possessive_role() -> None:
    assert speakers("Ravi Menon said the road was shut. “The fences gave way,” state's "
                    "principal secretary KL Rao said.") == ["KL Rao"]


def test_rule_and_media_reports_said() -> None:
    """"..., local officials and media reports said": the officials, never a
    name earlier in the sentence."""
    assert claims("The toll from storm Ada that hit the coast rose to 20 as rescuers "
                  "reported more bodies, local officials and media reports said.") == [
        ("local officials", 20, None)]


def test_rule_bullet_or_stamp_opens() -> None:
    """A bullet or a live blog's time before the subject opens no subject."""
    assert reactors("09:15 GMT — Peru, Chile and Costa Rica have offered rescue teams.") == [
        "PE", "CL", "CR"]
    assert reactors("▪ Peru, Chile and Costa Rica have offered rescue teams.") == [
        "PE", "CL", "CR"]


def test_rule_messages_of_condolence_came_from() -> None:
    assert reactors("Messages of condolence came from the governments of Eswatini, Zambia "
                    "and Malawi.") == ["SZ", "ZM", "MW"]


def test_rule_thanked_over_semicolons() -> None:
    """"grateful to A, whose ...; to B, which ...; and to the embassies of C and
    D": each is thanked (a relative clause never runs past a semicolon)."""
    assert reactors("We are grateful to the Red Cross, whose volunteers cared for us; to "
                    "Norway's rescue board, which sent divers; and to the embassies of Peru "
                    "and Chile, which helped families.") == ["NO", "PE", "CL", "Red Cross"]


def test_rule_organisation_doing() -> None:
    """A situation report's "Save the Children is trucking water": what an
    organisation named first is doing, with no verb of saying."""
    assert reactors("▪ Save the Children is trucking water to both camps.") == [
        "Save the Children"]
    assert reactors("▪ FAO has begun an assessment of crop losses.") == [
        "Food and Agriculture Organization"]


def test_rule_presented_and_placed_are_reactions() -> None:
    """"presented his condolences", "placed two aircraft at the disposal of"."""
    assert reactors("The Secretary-General of the League of Arab States presented his "
                    "condolences to the families.") == ["Arab League"]
    assert reactors("The European Union, for its part, placed two aircraft at the disposal "
                    "of the rescuers.") == ["European Union"]


def test_rule_short_form_speaker_is_the_body_named_before() -> None:
    """"The FRA described the flood as “a warning”" after "the Flood Relief
    Agency (FRA)": the agency, by its full name."""
    assert speakers("The Flood Relief Agency (FRA) opened two camps. The FRA described the "
                    "flood as “a warning to every valley town” and said more rain was "
                    "due.") == ["Flood Relief Agency"]


def test_rule_ordinal_death() -> None:
    """"police reported a fourth death": the toll is now four."""
    assert claims("Police said three residents were dead. Later, police reported a fourth "
                  "death among the residents taken to hospital.") == [
        ("Police", 3, None), ("police", 4, None)]


def test_rule_group_of_the_named_body() -> None:
    """"two soldiers of the Frontier Works Organization were killed": the group is
    the soldiers of that body, never the story's people."""
    d = draft("The army said that two soldiers of the Mountain Road Corps were killed and "
              "one was injured.")
    assert [(c["affected"].value, c["killed"].value) for c in d.casualty_claims] == [
        ("soldiers of the Mountain Road Corps", 2)]


def test_rule_stamp_and_has_just() -> None:
    """A live blog's "18:10 COT — Ana Ruiz, the mayor, has just told Radio Sur
    that ...": the mayor's count."""
    assert claims("16:45 COT — The death toll has risen to 17, according to the rescue "
                  "agency. 18:10 COT — Ana Ruiz, the mayor of Valle Alto, has just told "
                  "Radio Sur that the town hall counts 21 dead.") == [
        ("rescue agency", 17, None), ("Ana Ruiz", 21, None)]


def test_rule_fell_as_martyrs() -> None:
    """A translated communiqué's "seven (7) soldiers ... fell as martyrs": killed."""
    d = draft("The ministry announced in a communiqué that seven (7) soldiers of the "
              "Border Guard fell as martyrs of duty and 12 others were injured.")
    assert [(c["affected"].value, c["killed"].value, c["injured"].value)
            for c in d.casualty_claims] == [("soldiers of the Border Guard", 7, 12)]


def test_rule_what_a_witness_saw_is_no_toll() -> None:
    """"he saw burned cars and scores of wounded people": what he saw, no count."""
    assert claims("Police said 12 people were killed. As he ran outside, he saw burned cars "
                  "and scores of wounded people lying on the ground.") == [
        ("Police", 12, None)]


def test_rule_toll_as_high_as_by_broadcasters() -> None:
    """"Private radio and television channels, however, put the death toll as
    high as 65": the channels' toll, a dispute with the ministry's."""
    assert claims("The ministry confirmed 34 deaths. Private radio and television channels, "
                  "however, put the death toll as high as 65.") == [
        ("ministry", 34, None), ("Private radio and television channels", 65, None)]
