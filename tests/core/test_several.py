"""Rules of merging several reports, each named after what it does, run on
small reports through `update_text` (the drafter included): who a toll is
credited to, which group it counts, when it was said, and which claims
dispute each other."""

from __future__ import annotations

from datetime import date

from tui.core.draft.article import Article
from tui.core.draft.report import Report, report_of
from tui.core.format.model import Briefing, CasualtyClaim
from tui.core.story.update import update_text

BASE = """\
format: 1
title: Fire at a market
date: 2025-03-01
summary: A fire.
sources:
  - name: Wire
"""


def report(text: str, published: str = "2025-03-01T12:00:00+00:00",
           outlet: str = "Wire") -> Report:
    return report_of(Article(text), "r.txt", {"published": published, "outlet": outlet},
                     today=date(2025, 3, 5))


def claims(b: Briefing) -> list[tuple[str, str, str | None, str | None]]:
    def text(c: CasualtyClaim, name: str) -> str | None:
        count = getattr(c, name)
        return None if count is None else count.text
    return [(c.claimant, c.affected, text(c, "killed"), text(c, "injured"))
            for c in b.casualty_claims]


def test_a_toll_in_a_release_is_its_issuers_and_an_unnamed_one_is_left_out() -> None:
    release = report("MINISTRY OF HEALTH\nPRESS RELEASE\n\nFire at the market\n\n"
                     "The Ministry of Health regrets to inform the public that fifteen (15) "
                     "patients lost their lives in the fire.\n")
    new = update_text(BASE, [release]).new
    assert [c[:3] for c in claims(new)] == [("Ministry of Health", "patients", "15")]
    blog = report("Fire at the market\n\nAs per the latest information, 17 passengers have "
                  "lost their lives.\n")
    assert claims(update_text(BASE, [blog]).new) == []


def base_with(*claims: tuple[str, str, int]) -> str:
    lines = [BASE.replace("sources:\n  - name: Wire\n", ""), "casualty_claims:\n"]
    for claimant, affected, killed in claims:
        lines.append(f"  - claimant: {claimant}\n    affected: {affected}\n    killed: {killed}\n"
                     "    said: 2025-03-01T08:00Z\n")
    return "".join(lines) + "sources:\n  - name: Wire\n"


def test_an_acronym_the_drafter_unbracketed_is_an_alias_again() -> None:
    r = report("Toll rises\n\nThe Turkish Medical Association (TTB) has said at least 70 "
               "people died in Karacam.\n")
    new = update_text(base_with(("AFAD", "people in Karacam", 52)), [r]).new
    assert ("Turkish Medical Association", "people in Karacam", "70+", None) in claims(new)
    assert new.names.key("TTB") == new.names.key("Turkish Medical Association")


def test_a_description_before_a_proper_name_is_not_part_of_it() -> None:
    r = report("Quake\n\nAn earthquake struck on Monday, killing 38 people in the town of "
               "Karacam, Turkey's disaster agency AFAD said.\n")
    new = update_text(base_with(("Turkish Red Crescent", "people in Karacam", 14)), [r]).new
    assert claims(new)[-1] == ("AFAD", "people in Karacam", "38", None)


def test_a_spokesperson_states_the_figure_of_the_body_they_speak_for() -> None:
    r = report("Crush\n\nEast Java Police spokesman Senior Commissioner Agus Prasetyo tells a "
               "news conference that 125 spectators died.\n")
    new = update_text(base_with(("East Java Police", "spectators", 8)), [r]).new
    assert claims(new)[-1] == ("East Java Police", "spectators", "125", None)


def test_an_agency_named_with_its_kind_is_the_relay_not_the_claimant() -> None:
    r = report("Crush\n\nAt least 47 people were killed, the provincial health office said, "
               "according to the state news agency Antara.\n")
    new = update_text(base_with(("East Java Police", "spectators", 8)), [r]).new
    last = new.casualty_claims[-1]
    assert last.claimant == "provincial health office" and last.source == ("Antara",)


def test_two_bodies_that_both_put_the_toll_give_a_claim_each() -> None:
    r = report("Crush\n\nBoth the East Java health office and the police now put the toll "
               "at 131.\n")
    new = update_text(base_with(("East Java Police", "spectators", 125),
                                ("East Java Health Office", "spectators", 112)), [r]).new
    assert [(c[0], c[2]) for c in claims(new)[2:]] == [
        ("East Java Health Office", "131"), ("East Java Police", "131")]


def test_a_body_named_by_its_level_is_the_one_named_by_its_place() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    health = names.resolve("East Java Health Office")
    assert names.resolve("the provincial health office") is health
    state = names.resolve("Lagos State Emergency Management Agency")
    national = names.resolve("National Emergency Management Agency")
    assert state is not national  # a state body is never the national one
    assert names.resolve("Nigeria's federal emergency agency") is national
    civil = names.resolve("State of Mexico Civil Protection")
    assert names.resolve("General Coordination of Civil Protection") is civil
