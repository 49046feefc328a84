"""Merging several reports: rules of the eighteenth round's session."""

from __future__ import annotations

from tests.core.several_helpers import claims, report
from tui.core.story.disputes import find_disputes
from tui.core.story.update import draft_reports


def test_a_body_described_before_it_is_named_is_one_claimant() -> None:
    flash = report("Eight killed as bus plunges into ravine in Lesotho\n\n"
                   "MASERU (AFP) - At least eight people were killed when a bus plunged into a "
                   "ravine in the mountains of Lesotho on Monday, the country's disaster "
                   "management agency said.\n", published="2025-03-01T09:00:00+00:00",
                   outlet="AFP")
    update = report("Bus crash toll rises to 14\n\n"
                    "MASERU - The Disaster Management Authority said on Monday evening that 14 "
                    "people had died in the crash and 20 were injured.\n",
                    published="2025-03-01T19:00:00+00:00", outlet="Reuters")
    drafted = draft_reports([flash, update]).new
    assert {c[0] for c in claims(drafted)} == {"Disaster Management Authority"}
    assert [c[2] for c in claims(drafted)] == ["8+", "14"]
    assert find_disputes(drafted) == ()


def test_a_toll_of_people_is_never_the_helpers_injured_beside_it() -> None:
    flash = report("Wildfire kills four\n\n"
                   "ATHENS (Reuters) - At least four residents were killed by a wildfire on the "
                   "island on Tuesday, the fire service said.\n",
                   published="2025-03-01T09:00:00+00:00", outlet="Reuters")
    blog = report("Wildfire: live\n\n"
                  "The fire service now confirms nine dead, all of them residents of the area, "
                  "and says three firefighters have been injured.\n",
                  published="2025-03-01T20:00:00+00:00", outlet="Kathimerini")
    statement = report("Press release\n\n"
                       "Sadly, eleven (11) people have lost their lives, the fire service said. "
                       "Four (4) firefighters have been injured.\n",
                       published="2025-03-02T10:00:00+00:00", outlet="Fire Service")
    got = [(c[1], c[2], c[3]) for c in claims(draft_reports([flash, blog, statement]).new)]
    assert got == [("residents", "4+", None), ("residents", "9", None),
                   ("firefighters", None, "3"), ("residents", "11", None),
                   ("firefighters", None, "4")]


def test_a_person_named_with_a_post_in_a_body_gives_the_bodys_figures() -> None:
    flash = report("Gas leak at fish plant\n\n"
                   "PUERTO MONTT (Reuters) - Two workers died after an ammonia leak at a fish "
                   "plant, the National Disaster Prevention and Response Service (Senapred) "
                   "said, and its regional director, Marcela Antileo Gutiérrez, ordered an "
                   "evacuation.\n", published="2025-03-01T09:00:00+00:00", outlet="Reuters")
    later = report("Toll rises to three\n\n"
                   "Three workers have died, regional director Marcela Antileo said at a press "
                   "point. \"We ordered the evacuation,\" the Senapred regional director for "
                   "Los Lagos, Marcela Antileo, said.\n",
                   published="2025-03-01T19:00:00+00:00", outlet="Cooperativa")
    drafted = draft_reports([flash, later]).new
    assert [(c[0], c[2]) for c in claims(drafted)] == [
        ("National Disaster Prevention and Response Service (Senapred)", "2"),
        ("National Disaster Prevention and Response Service (Senapred)", "3")]
    assert [q.speaker for q in drafted.quotes] == ["Marcela Antileo"]
    assert find_disputes(drafted) == ()


def test_a_ministry_of_internal_affairs_is_the_interior_ministry() -> None:
    flash = report("Train hits bus\n\nBELGRADE (Tanjug) - Seven people were killed when a train "
                   "hit a bus, the Ministry of Internal Affairs said.\n",
                   published="2025-03-01T09:00:00+00:00", outlet="Tanjug")
    later = report("Toll rises\n\nBELGRADE (AFP) - Nine people were killed, the interior "
                   "ministry said on Tuesday evening.\n",
                   published="2025-03-01T20:00:00+00:00", outlet="AFP")
    drafted = draft_reports([flash, later]).new
    assert {c[0] for c in claims(drafted)} == {"Ministry of Internal Affairs"}


def test_a_german_polizei_is_the_police() -> None:
    flash = report("Bomb blast\n\nGUETERSLOH (dpa) - One worker was killed and five injured, "
                   "Polizei Gütersloh said.\n", published="2025-03-01T09:00:00+00:00",
                   outlet="dpa")
    later = report("Second worker dies\n\nGUETERSLOH - A second worker has died, bringing the "
                   "toll to two, the police said.\n", published="2025-03-02T09:00:00+00:00",
                   outlet="DW")
    drafted = draft_reports([flash, later]).new
    assert len({c[0] for c in claims(drafted)}) == 1


def test_an_accented_letter_inside_a_word_is_no_name() -> None:
    # ("[A-ZÀ-ɏ]" takes in lower-case accented letters: the "í" of "gardaí")
    flash = report("Pier collapse\n\nDUBLIN (PA) - Three people have died and 17 others were "
                   "injured after part of a pier collapsed, gardaí have said.\n",
                   published="2025-03-01T09:00:00+00:00", outlet="PA")
    assert "í" not in {c[0] for c in claims(draft_reports([flash]).new)}
