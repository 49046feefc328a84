"""Patterns the seventh held-out round showed after its first sight, each
written for the test in other words: a weekday between a subject and its
verb, people introduced with a title and a point or by a role anywhere in
a sentence, a pronoun in an aside, a relative named after "says", a body
as the subject before a quote, accented capitals in names."""

from __future__ import annotations

from tests.core.draft_helpers import HEAD, claims
from tests.core.several_helpers import base_with, report
from tests.core.several_helpers import claims as story_claims
from tui.core.draft import draft_briefing
from tui.core.draft.report import live_entries
from tui.core.draft.report_deaths import listed_tolls
from tui.core.draft.report_issuer import released_by_outlet
from tui.core.draft.resolve import Names
from tui.core.draft.short_names import abbreviates
from tui.core.story.update import update_text


def _speakers(body: str) -> list[str]:
    return [str(q["speaker"].value) for q in draft_briefing(HEAD + body).quotes]


def test_a_weekday_between_the_subject_and_its_verb_is_when_not_who() -> None:
    assert {c[0] for c in claims("The Valorian interior ministry Thursday lowered the toll "
                                 "in the blast from 61 to 58.")} == {"Valorian interior ministry"}
    assert {c[0] for c in claims("Harbour police late Sunday raised the toll to 14.")} == {
        "Harbour police"}


def test_a_person_named_with_a_title_and_a_point_is_who_he_is() -> None:
    body = ("Marta Velez keeps the ledger in a drawer.\n\nDr. Tomas Arbenz runs the burns "
            "unit at the district hospital. He saw the first cases in May. \"Nobody had seen "
            "wounds like these,\" he says.\n\nAt the hospital, Dr. Arbenz has two new beds. "
            "\"We are ready this time,\" he says.")
    assert _speakers(body) == ["Tomas Arbenz", "Tomas Arbenz"]


def test_a_person_named_by_a_role_anywhere_in_the_sentence_is_the_next_he() -> None:
    body = ("Lena Moss teaches at the school.\n\nThat is not enough for the parents' group. "
            "Its chairman, Piet Olsen Varga, a carpenter, keeps a list of names. \"We count "
            "the ones the hospital never saw,\" he says.\n\nThe Minister of Ports and Inland "
            "Waterways, Ana Sofia Brandt, arrived at noon. Speaking at the quay, she said: "
            "\"Every boat we have is out.\"")
    assert _speakers(body) == ["Piet Olsen Varga", "Ana Sofia Brandt"]


def test_a_pronoun_in_an_aside_before_a_quote_is_its_speaker() -> None:
    body = ("Lena Moss teaches at the school.\n\nOn Monday its spokeswoman, Dr. Irene Kolar, "
            "told reporters that 9 children had died. The agency, she said, counts \"only the "
            "children a hospital admitted\".")
    assert _speakers(body) == ["Irene Kolar"]


def test_a_relative_named_after_says_is_the_speaker_not_the_owner() -> None:
    assert _speakers("\"We knew the fever,\" says Okafor's sister, Ébélé, who keeps a stall.") == [
        "Ébélé"]


def test_a_body_before_a_quote_is_the_speaker_as_the_sentence_names_it() -> None:
    body = ("Peru's Ministry of Foreign Affairs said its consulate was helping the families "
            "and that it had received the news \"with deep sorrow.\" The World Health "
            "Organization's office in Lima said the outbreak showed the need for \"clean "
            "water in every village.\"")
    assert _speakers(body) == ["Peru's Ministry of Foreign Affairs", "World Health Organization"]


def test_a_rivals_words_with_no_number_do_not_take_the_count() -> None:
    assert claims("Gunmen attacked a base near Kora before dawn, killing seven soldiers and "
                  "wounding 12, the army said, while a separatist group claimed to have killed "
                  "dozens more.") == [("army", "soldiers", 7, 12)]


def test_a_body_whose_name_has_a_titles_word_is_a_body() -> None:
    assert {c[0] for c in claims("In a statement on Monday, the army General Staff said 11 "
                                 "soldiers were killed.")} == {"army General Staff"}


def test_a_vague_amount_beside_an_exact_toll_is_no_toll() -> None:
    assert claims("Officials say 14 people have died in the storm. Dozens of people died "
                  "there, the mayor said.") == [("Officials", "people", 14, None)]
    # (each measure is its own: no exact count of the injured, so "hundreds" stays)
    assert [c[3] for c in claims("Officials say 14 people have died in the storm. Hundreds "
                                 "more were injured, the mayor said.")] == [None, "unknown"]
    # (alone, it is the article's only word on the dead: kept, with its check)
    assert claims("Officials say dozens of people have died in the storm.") == [
        ("Officials", "people", "unknown", None)]


def test_the_seriously_hurt_and_the_identified_dead_are_parts_of_the_toll() -> None:
    body = ("Police said 140 people were injured and 90 killed in the crush. Another 37 "
            "people were reported to have sustained serious injuries. The bodies of 52 "
            "people have already been identified, the ministry said.")
    assert [(c[2], c[3]) for c in claims(body)] == [(90, 140)]
    # (alone, or with no larger count, each stays: it is the only figure)
    assert [(c[2], c[3]) for c in claims("The bodies of 52 people have been identified, "
                                         "the ministry said.")] == [(52, None)]
    # ("not yet identified": no part of anything)
    assert (323, None) in [(c[2], c[3]) for c in claims(
        "The ministry said 323 pilgrims had died, and that the bodies of 31 others had not "
        "yet been identified.")]


def test_a_live_blogs_stamp_keeps_its_zone_out_of_the_entry() -> None:
    _, entries = live_entries("Blast | All times IST\n\n19:40 IST\nThe company said eight "
                                   "died.\n\n17:15 IST\nPolice said three died.\n") or ("", [])
    assert entries == [(19, 40, "The company said eight died."), (17, 15, "Police said three "
                                                                         "died.")]


def test_an_acronym_may_spell_the_small_words_of_a_name() -> None:
    assert abbreviates("Kendari SAR office", "Kendari Search and Rescue Office")
    assert abbreviates("NADMO", "National Disaster Management Organisation")
    assert not abbreviates("Kendari SAR office", "Kendari Sea Rescue Office")


def test_the_number_of_a_group_killed_is_a_toll_of_that_group() -> None:
    assert claims("The coastguard says two more bodies were found, bringing the number of "
                  "passengers killed to 14.") == [("coastguard", "passengers", 14, None)]
    # ("the number of workers who lost their lives": the dead, by the rule for it)
    assert [c[2] for c in claims("The ministry said the number of workers who lost their "
                                 "lives has reached seven.")] == [7]


def test_where_it_was_said_opens_the_sentence_not_who() -> None:
    assert {c[0] for c in claims("Marsh Mining says the rescue is over. In a statement the "
                                 "company puts the number of miners killed at seven.")} == {
        "company"}


def test_a_bodys_name_in_its_own_language_is_its_english_name() -> None:
    names = Names()
    office = names.resolve("Secretaría de Salud de Córdoba")
    assert names.resolve("Córdoba health secretariat") is office
    assert names.resolve("Corpo de Bombeiros de Valoria") is names.resolve(
        "Valoria fire service")
    assert names.resolve("Ministerio de Defensa") is not office


def test_a_letterhead_in_portuguese_is_the_authority_named_in_english() -> None:
    # ("e", "y", "og": the "and" of a name in its own language is no word of it)
    names = Names()
    authority = names.resolve("National Authority for Emergency and Civil Protection")
    assert names.resolve("Autoridade Nacional de Emergência e Proteção Civil") is authority
    assert names.resolve("Instituto Nacional de Emergência Médica") is not authority


def test_a_table_of_figures_is_read_line_by_line() -> None:
    body = "Deceased: 12\nInjured: 31\nMissing: 6\nHomes destroyed: 58\n"
    assert [(c[2], c[3]) for c in claims(body)] == [(12, None), (None, 31)]
    assert listed_tolls("II. DAMAGE\n\nDeceased: 12\nInjured: 31\n") == [
        ("people", "12", "31", "Deceased: 12 Injured: 31")]
    assert released_by_outlet("NATIONAL CIVIL DEFENCE INSTITUTE\nREPORT No. 1847 - 10/3/2026 / "
                              "07:30 HOURS\n\nDeceased: 12\n", "INDECI") == "INDECI"


def test_a_group_a_report_names_with_its_place_is_the_briefings_group() -> None:
    base = base_with(("Valoria Fire Service", "residents", 4))
    later = report("Fire\n\nThe Valoria Fire Service said seven Kastel residents had been "
                   "found dead.\n", "2025-03-01T18:00:00+00:00")
    assert story_claims(update_text(base, [later]).new)[1:] == [
        ("Valoria Fire Service", "residents", "7", None)]


def test_a_toll_in_a_reaction_of_horror_is_on_nobodys_word() -> None:
    sentence = ("The United Nations has expressed its horror at an attack on a market on Sunday "
                "that killed around 100 people.")
    assert claims(sentence) == [("Unknown", "people", 100, None)]
    # (beside a credited toll it is no rival of it)
    assert claims(sentence + " Activists said at least 96 people were killed.") == [
        ("Activists", "people", "96+", None)]


def test_speakers_named_after_a_long_description_an_office_or_a_signature() -> None:
    assert _speakers("“We are bringing the bodies down,” said the head of the mountain rescue "
                     "team, Tomas Okafor.") == ["Tomas Okafor"]
    assert _speakers("“We offer our condolences,” deputy State Department spokesman Mark Toner "
                     "said.") == ["Mark Toner"]
    assert _speakers("“Nine workers have died,” said a statement signed by Ines Okoro, the "
                     "union's chair.") == ["Ines Okoro"]
    # (", and Valoria's Ministry of Foreign Affairs expressed": a clause of its own)
    assert _speakers("The minister stood “with our friends in these hours”, and Valoria's "
                     "Ministry of Foreign Affairs expressed its sympathy.") != ["Affairs"]


def test_a_surname_after_a_title_and_a_nationality_is_the_next_he() -> None:
    body = ("Russian President Ivan Petrov sent a message. “Accept my condolences,” Petrov "
            "said.\n\nIn his message, Israeli Prime Minister Lapid said the thoughts of all "
            "Israelis were with the families.\n\n“I send my condolences to the families,” he "
            "tweeted.\n\nSanne Verhoeven, from Utrecht, was driving south. “The smoke came "
            "like a wall,” she said.")
    assert _speakers(body)[1:] == ["Lapid", "Sanne Verhoeven"]


def test_a_body_named_with_where_it_is_is_the_body() -> None:
    assert {c[0] for c in claims("The UN humanitarian office (OCHA) in Afghanistan said 1,023 "
                                 "people were killed.")} == {"UN humanitarian office"}
    # ("told reporters in Dhaka": no body before the place)
    assert {c[0] for c in claims("Ministry spokeswoman Rehana Akter told reporters in Dhaka "
                                 "that 14 people had died.")} == {"Rehana Akter"}


def test_a_bare_office_is_the_one_person_the_article_names_with_it() -> None:
    body = ("At least 190 people died when a ferry capsized, a minister said. The state "
            "minister for emergencies Omar Saleh said the toll had risen to 190.")
    assert {c[0] for c in claims(body)} == {"Omar Saleh"}
    # ("the interior minister" is not the health minister)
    other = ("The interior minister said 59 people died. Health Minister Arben Lazri said 118 "
             "were in hospital.")
    assert {c[0] for c in claims(other)} == {"interior minister", "Arben Lazri"}


def test_a_table_line_may_say_who_is_among_its_figure() -> None:
    # ("- Dead: 34, including 9 children": the figure, and who is among it)
    body = "- Dead: 34, including 9 children\n- Survivors rescued: 63\n"
    assert [(c[2], c[3]) for c in claims(body)] == [(34, None)]
