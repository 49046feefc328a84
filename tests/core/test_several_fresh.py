"""Rules found on the fresh held-out stories: times with a `GMT+7`
offset, a naive time read in the briefing's zone, relayed and vague
claimants, groups cut short."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.core.several_helpers import base_with, claims, report
from tui.core.draft.report_time import report_time
from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing
from tui.core.story.update import update_text


def test_a_gmt_offset_after_a_time_is_that_offset() -> None:
    head = "Paper\nBridge falls\nBy Staff   August 21, 2025 | 07:30 am GMT+7\n"
    assert str(report_time(head, None, None)) == "2025-08-21 07:30:00+07:00"
    head = "Paper\nToll rises\n08/22/2025 10:15 GMT+7\n"
    assert str(report_time(head, None, None)) == "2025-08-22 10:15:00+07:00"


def test_a_naive_said_is_read_in_the_briefings_zone_when_scored() -> None:
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    import update_quality

    b = parse_briefing("format: 1\ntitle: T\ndate: 2025-08-21\nsummary: S.\n"
                       "timezone: Asia/Ho_Chi_Minh\n")
    from datetime import datetime
    said = datetime(2025, 8, 21, 7, 30)
    assert update_quality._said_equal(said, "2025-08-21T07:30+07:00", b)
    assert not update_quality._said_equal(said, "2025-08-21T07:30+00:00", b)


def test_an_agency_citing_a_body_carries_that_bodys_figure() -> None:
    blog = report("LIVE\nBus tragedy: minute by minute\n\n"
                  "The state news agency ABI, citing SEDES La Paz, reports that 26 bus "
                  "passengers have died and 21 are being treated in hospital.\n",
                  outlet="Los Tiempos")
    new = update_text(base_with(("Bolivian police", "bus passengers", 22)), [blog]).new
    assert claims(new)[1:] == [("SEDES La Paz", "bus passengers", "26", "21")]
    assert [c.source for c in new.casualty_claims[1:]] == [("ABI",)]


def test_a_live_blog_in_the_present_tense_names_who_raises_the_toll() -> None:
    blog = report("LIVE\nBus tragedy: minute by minute\n\n"
                  "The police raise the toll to 28 passengers of the bus.\n",
                  outlet="Los Tiempos")
    new = update_text(base_with(("Bolivian police", "bus passengers", 22)), [blog]).new
    assert [(c.claimant, c.killed and c.killed.text) for c in new.casualty_claims[1:]] == [
        ("Bolivian police", "28")]


def test_fire_authorities_are_the_fire_station_that_counts_the_same_group() -> None:
    r = report("Blast\n\nEight workers were killed and 19 injured in the explosion, fire "
               "authorities said.\n")
    new = update_text(base_with(("Hwaseon Fire Station", "workers", 3),
                                ("Ministry of Employment and Labor", "workers", 3)), [r]).new
    assert claims(new)[2:] == [("Hwaseon Fire Station", "workers", "8", "19")]


def test_provincial_authorities_are_the_provincial_body_that_counts_the_group() -> None:
    r = report("Bridge\n\nSeven people were killed and nine injured when part of a bridge "
               "collapsed on Thursday, provincial authorities said. Two crew members of a "
               "barge were missing, the provincial police said.\n")
    new = update_text(base_with(("Quang Ngai Provincial People's Committee",
                                 "people on the bridge", 4)), [r]).new
    assert claims(new)[1:] == [("Quang Ngai Provincial People's Committee",
                                "people on the bridge", "7", "9")]


def test_a_body_that_put_the_number_on_a_weekday_morning_is_named() -> None:
    from tui.core.draft.attribution import subjects

    assert subjects("The Quang Ngai Provincial People's Committee on Friday morning put the "
                    "number of people killed at nine.")[:1] == [
        "Quang Ngai Provincial People's Committee"]
    assert "Mozambique's disaster management institute (INGD)" in subjects(
        "Mozambique's disaster management institute, INGD, on Monday raised the number of "
        "people killed to 13.")


def test_a_stations_chief_speaks_for_the_station() -> None:
    from tui.core.draft.affiliation import spoken_for

    assert spoken_for("Hwaseon Fire Station chief Kang Min-jun", "") == "Hwaseon Fire Station"


def test_a_toll_fire_officials_give_is_the_fire_stations_and_unknown_ones_are_dropped() -> None:
    r = report("Blast\n\nThe death toll from the explosion rose to six on Tuesday, fire "
               "officials said, with 19 workers injured.\n")
    base = base_with(("Hwaseon Fire Station", "workers", 3))
    assert [(c.claimant, c.killed and c.killed.text) for c in
            update_text(base, [r]).new.casualty_claims[1:]] == [("Hwaseon Fire Station", "6")]
    assert update_text(base_with(("Police", "workers", 3)), [r]).new.casualty_claims[1:] == ()


def test_a_name_the_sentence_writes_with_its_acronym_is_the_acronyms_body() -> None:
    from tui.core.draft.attribution import written_name

    sentence = ("According to the National Institute for Disaster Risk Management and "
                "Reduction (INGD), 31 people have died.")
    assert written_name("National Institute for Disaster Risk Management and Reduction",
                        sentence) == ("National Institute for Disaster Risk Management and "
                                      "Reduction (INGD)")


def test_a_description_in_lower_case_is_the_one_known_body_it_fits() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    ingd = names.add_fixed("INGD", ("National Institute for Disaster Risk Management",))
    names.add_fixed("National Institute of Meteorology")
    assert names.find("Mozambique's disaster agency") is ingd
    assert names.find("Mozambique's disaster management institute") is ingd
    assert names.find("Mozambique's weather agency") is None


def test_the_agency_is_the_body_the_text_named_after_that_kind() -> None:
    r = report("Cyclone\n\nCyclone Odala has killed 23 people in Nampula province, the national "
               "disaster agency INGD said on Sunday.\n\nIn Nampula, 87 people were injured, the "
               "agency said.\n", outlet="Reuters")
    new = update_text(base_with(("INGD", "Nampula province", 11)), [r]).new
    assert {c.claimant for c in new.casualty_claims} == {"INGD"}


def test_people_on_a_bridge_who_died_are_a_group_with_its_place() -> None:
    from tui.core.draft.report_tolls import tolls_in

    assert [tuple(t) for t in tolls_in(
        "According to the working group, nine (09) people travelling on the bridge died and "
        "eleven (11) were injured.")] == [("people on the bridge", "9", "11")]


def test_put_the_number_killed_at_nine_with_injured_gives_both_counts() -> None:
    r = report("Toll rises\n\nThe Quang Ngai Provincial People's Committee on Friday morning "
               "put the number of people on the bridge killed in Thursday's collapse at nine, "
               "with 11 injured, up from the seven it gave on Thursday afternoon.\n")
    new = update_text(base_with(("Quang Ngai Provincial People's Committee",
                                 "people on the bridge", 4)), [r]).new
    assert claims(new)[1:] == [("Quang Ngai Provincial People's Committee",
                                "people on the bridge", "9", "11")]


def test_the_ministrys_working_group_in_a_ministrys_release_is_the_ministry() -> None:
    release = report("MINISTRY OF CONSTRUCTION\nPRESS RELEASE\nOn the collapse of the bridge\n\n"
                     "According to the Ministry's working group at the scene, nine (09) people "
                     "travelling on the bridge died and eleven (11) were injured.\n",
                     outlet="Ministry of Construction")
    new = update_text(base_with(("Provincial People's Committee", "people on the bridge", 4)),
                      [release]).new
    assert claims(new)[1:] == [("Ministry of Construction", "people on the bridge", "9", "11")]


def test_a_group_cut_after_of_the_takes_its_next_word() -> None:
    r = report("Crash\n\nThree occupants of the minibus, which the bus hit on a bend, were also "
               "killed, the police said.\n")
    new = update_text(base_with(("Bolivian police", "bus passengers", 22)), [r]).new
    assert [c.affected for c in new.casualty_claims[1:]] == ["occupants of the minibus"]


def test_bringing_the_number_of_a_two_word_group_killed_to_four_is_a_toll() -> None:
    from tui.core.draft.report_tolls import tolls_in

    assert [tuple(t) for t in tolls_in(
        "Police said the minibus driver had died in hospital overnight, bringing the number "
        "of minibus occupants killed to four.")] == [("minibus occupants", "4", None)]


def test_an_acronym_between_commas_names_the_body_its_place_form_does() -> None:
    r = report("Crash\n\nBolivian police said Sunday that 30 bus passengers died.\n\n"
               "The departmental health service, SEDES, put the number at 27, saying it "
               "counted only the bodies received at the morgues.\n", outlet="AP")
    new = update_text(base_with(("Bolivian police", "bus passengers", 28),
                                ("SEDES La Paz", "bus passengers", 26)), [r]).new
    assert claims(new)[2:] == [("Bolivian police", "bus passengers", "30", None),
                               ("SEDES La Paz", "bus passengers", "27", None)]


def test_a_source_grown_into_a_list_keeps_every_later_line_of_the_base() -> None:
    """The scorer aligns lines as a diff does: the quote's `source: Agency` that
    grew into a list is not matched to a claim's `source: Agency` further down,
    which lost every line between them."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    base = ("quotes:\n  - text: Words\n    source: Agency\n"
            "casualty_claims:\n  - claimant: Police\n    killed: 5\n    source: Agency\n")
    out = ("quotes:\n  - text: Words\n    source: [Agency, Paper]\n  - text: New\n"
           "casualty_claims:\n  - claimant: Police\n    killed: 5\n    source: Agency\n"
           "  - claimant: Army\n")
    assert update_quality.bytes_changed(base, out) == 0
    assert update_quality.bytes_changed(base, out.replace("killed: 5", "killed: 6")) == len(
        "    killed: 5\n")


def test_a_flow_mappings_source_grown_into_a_list_keeps_its_line() -> None:
    """`{..., source: Agency}` that became `source: [Agency, Paper]` changed
    the source alone; any other byte of the line changed is lost."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    line = "  - {speaker: Ana, text: \"Words\", source: Agency}  # kept\n"
    base = f"quotes:\n{line}"
    assert update_quality.bytes_changed(
        base, base.replace("source: Agency}", "source: [Agency, Paper, Radio]}")) == 0
    assert update_quality.bytes_changed(
        base, base.replace("source: Agency}", "source: [Agency, Paper]}").replace(
            "kept", "changed")) == len(line.encode())
    assert update_quality.bytes_changed(
        base, base.replace("source: Agency}", "source: [Paper]}")) == len(line.encode())


def test_a_source_on_the_line_below_its_key_grown_into_a_list_keeps_its_line() -> None:
    """A house style that writes every text value on the line below its key
    grows a carried quote's source on that line; another value changed
    there is lost."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    base = "quotes:\n\n  - text:\n      Words\n    source:\n      News Agency\n"
    grown = base.replace("      News Agency", "      [News Agency, BBC News]")
    assert update_quality.bytes_changed(base, grown) == 0
    assert update_quality.bytes_changed(base, base.replace("      News Agency", "      BBC News")) \
        == len("      News Agency\n")
    assert update_quality.bytes_changed(
        base, grown.replace("      Words", "      [Words, More]")) == len("      Words\n")


def test_a_source_key_written_otherwise_grown_into_a_list_keeps_its_line() -> None:
    """A base that quotes its keys (`"source": "Armenpress"`) or spaces its
    colons (`source : "NNA"`) grows the same allowed way: the scorer reads
    the key however it is written."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    base = 'quotes:\n  - "text": "Words"\n    "source": "Armenpress"\n'
    grown = base.replace('"source": "Armenpress"', '"source": ["Armenpress", Azatutyun]')
    assert update_quality.bytes_changed(base, grown) == 0
    assert update_quality.bytes_changed(base, grown.replace('"Words"', '"Other"')) == len(
        '  - "text": "Words"\n')
    spaced = 'quotes:\n  - text : Words\n    source : "NNA"\n'
    assert update_quality.bytes_changed(
        spaced, spaced.replace('source : "NNA"', 'source : ["NNA", "AFP"]')) == 0
    flow = "quotes:\n  - {'text': Words, 'source': Agency}\n"
    assert update_quality.bytes_changed(
        flow, flow.replace("'source': Agency}", "'source': [Agency, Paper]}")) == 0


def test_a_list_of_three_different_bodies_is_every_pair_of_them() -> None:
    """A truth may list three bodies none of which is another: the scorer
    checks each pair, as it does a pair."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    truth = update_quality.Truth({"different_bodies": [["Army", "JNIM", "Governor"],
                                                       ["Police", "Red Cross"]]})
    assert update_quality.different_pairs(truth) == [
        ("Army", "JNIM"), ("Army", "Governor"), ("JNIM", "Governor"), ("Police", "Red Cross")]


def test_a_last_line_without_its_break_is_kept_when_lines_follow_it() -> None:
    """The scorer counts a base's last line without its line break as kept
    when the update adds lines after it (its bytes are all there)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    base = "sources:\n  - name: AP\n    accessed: 2028-10-28"
    assert update_quality.bytes_changed(base, base + "\n  - name: ORF") == 0
    assert update_quality.bytes_changed(base, base[:-1] + "9") > 0


def test_a_json_like_source_grown_into_a_list_is_kept() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    base = '{\n  "quotes": [\n    {\n      "source": "Kuensel",\n    },\n  ],\n}\n'
    grown = base.replace('"source": "Kuensel",', '"source": ["Kuensel", "PTI"],')
    assert update_quality.bytes_changed(base, grown) == 0
    assert update_quality.bytes_changed(base, base.replace('"Kuensel",', '"Kuensel"')) > 0


def test_a_dispute_between_three_claimants_is_one_of_any_two() -> None:
    """A truth's dispute may name three claimants; a drafted dispute between
    any two of them is that dispute, and one with another body is false."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    truth = update_quality.Truth({"disputes": [
        {"claimants": ["Police", "Red Cross", "Governor"], "affected": "people",
         "field": "killed", "values": [17, 20, 23]}]})
    def drafted(second: str) -> Briefing:
        return parse_briefing(
            b"format: 1\ntitle: T\ndate: 2028-01-01\nsummary: S\ncasualty_claims:\n"
            b"  - {claimant: Red Cross, affected: people, killed: 20}\n"
            + f"  - {{claimant: {second}, affected: people, killed: 23}}\n".encode(), "d")

    assert update_quality._disputes(drafted("Governor"), truth) == (0, 0)
    assert update_quality._disputes(drafted("Army"), truth) == (1, 1)


def test_a_one_item_flow_list_grown_keeps_its_line() -> None:
    """`source:<TAB>[Agency]` that became `[Agency, Paper]` with its tab kept
    changed the source alone; a tab lost, or an item dropped, is a change."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import update_quality

    line = "    source:\t[Última Hora]\n"
    base = f"quotes:\n  - text: Words\n{line}"
    assert update_quality.bytes_changed(
        base, base.replace("[Última Hora]", "[Última Hora, EFE]")) == 0
    assert update_quality.bytes_changed(
        base, base.replace("\t[Última Hora]", " [Última Hora, EFE]")) == len(line.encode())
    assert update_quality.bytes_changed(
        base, base.replace("[Última Hora]", "[EFE]")) == len(line.encode())
