"""A figure the sentence says a toll had before, written the ways real copy
writes it: each is drafted as the claimant's earlier revision, never as the
current toll, and the later figure stays current. And a label before a
name ("Survivor Thabo Ramokgopa") is who the person is, not the name."""

from __future__ import annotations

from tests.core.draft_helpers import HEAD, claims
from tui.core.draft import draft_briefing


def test_not_n_as_earlier_reported_is_the_earlier_figure() -> None:
    assert claims("The embassy said on Sunday that there are 13 Filipino fatalities in the "
                  "fire, not 14 as earlier reported.") == [
        ("embassy", "Filipino", 14, None), ("embassy", "Filipino", 13, None)]


def test_revising_a_report_that_n_is_the_earlier_figure() -> None:
    assert claims("Police said Sunday that two men were killed in the slide, revising a "
                  "report that three had been confirmed dead.") == [
        ("Police", "men", 3, None), ("Police", "men", 2, None)]


def test_later_figure_is_current_with_its_subject_between() -> None:
    # the claimant is the subject of the revising clause, not "Initial reports"
    assert claims("Initial reports had claimed that the death toll was eight but "
                  "subsequently police officials revised it to six.") == [
        ("police officials", "people", 8, None), ("police officials", "people", 6, None)]


def test_number_adjusted_from_to_gives_the_earlier_and_the_current() -> None:
    assert claims("“The death toll rose quickly. We have adjusted the number from 81 to "
                  "85,” the administrator said.") == [
        ("administrator", "people", 81, None), ("administrator", "people", 85, None)]


def test_toll_rose_to_keeps_the_earlier_figure_told_with_its_time() -> None:
    assert claims("The death toll had risen from seven earlier in the day to 12 at about "
                  "midnight, police said.") == [
        ("police", "people", 7, None), ("police", "people", 12, None)]


def test_toll_revised_from_in_the_active_voice_is_an_earlier_figure_only() -> None:
    body = ("Police said 83 people had died. Police revised the confirmed death toll from 79 "
            "following an overnight count of the bodies.")
    assert [c[2] for c in claims(body)] == [79, 83]
    grew = ("Officials said 61 people were dead. The number of dead victims in the attack "
            "grew from 50 on Friday, officials said.")
    assert [c[2] for c in claims(grew)] == [50, 61]
    # a rise with its new figure is the toll rule's, both figures read
    assert [c[2] for c in claims("The number of dead victims grew from 50 to 61, "
                                 "officials said.")] == [50, 61]


def test_reports_is_no_claimant_after_an_adjective() -> None:
    assert claims("Initial reports had claimed that the death toll was eight.")[0][0] != "Initial"


def test_label_before_name_is_the_role_not_the_name() -> None:
    draft = draft_briefing(HEAD + "Survivor Thabo Ramokgopa, 34, said: “We ran.”\n\n"
                           "“It was dark,” Ramokgopa said.")
    assert [(str(q["speaker"].value), q.get("role") and str(q["role"].value))
            for q in draft.quotes] == [("Thabo Ramokgopa", "survivor")] * 2
    # a title is part of how the person is named, as before
    titled = draft_briefing(HEAD + "Nurse Thabo Ramokgopa said: “We ran.”")
    assert str(titled.quotes[0]["speaker"].value) == "Nurse Thabo Ramokgopa"


def test_a_role_of_the_town_where_it_happened_is_the_claimant() -> None:
    assert claims("The mayor of the town where it happened said 20 people had died.") == [
        ("mayor", "people", 20, None)]


def test_up_from_n_this_afternoon_is_the_earlier_figure() -> None:
    assert claims("The Emergency Management Service has updated its count: eight dead and "
                  "19 injured, up from five this afternoon.") == [
        ("Emergency Management Service", "people", 5, None),
        ("Emergency Management Service", "people", 8, 19)]


def test_a_martyr_and_a_fatality_are_the_dead_and_a_figure_written_twice_once() -> None:
    assert claims("The Force had announced at noon (1) one martyr and (3) three injured "
                  "from among its men.") == [("Force", "people", 1, 3)]
    assert claims("The army announced five martyrs among its soldiers.") == [
        ("army", "soldiers", 5, None)]
    assert claims("Police reported one fatality.") == [("Police", "people", 1, None)]
    # "one of the martyrs" is a person among them, no count
    assert claims("The brother of one of the martyrs told reporters the fire spread fast.") \
        == []


def test_officials_are_the_body_told_earlier() -> None:
    body = ("At least 23 people were killed when an overpass collapsed, officials said.\n\n"
            "The civil protection agency earlier upgraded the death toll to 20 from 15.")
    assert claims(body) == [("civil protection agency", "people", 15, None),
                            ("civil protection agency", "people", 20, None),
                            ("civil protection agency", "people", "23+", None)]
    # a named body whose figure is not told as an earlier one is a rival
    rival = ("At least 23 people were killed, officials said.\n\n"
             "The civil protection agency put the death toll at 20.")
    assert [c[0] for c in claims(rival)] == ["officials", "civil protection agency"]


def test_counter_examples_to_the_earlier_figure_rules() -> None:
    """A second reader's sentences the rules above once misread."""
    # victims are the dead only as "dead victims"
    assert claims("The number of flood victims in shelters rose from 500 to 800, "
                  "officials said.") == []
    # "the number" after a toll counts the dead only when nothing else follows it
    assert [c[2] for c in claims("Two people were killed, and the army raised the number "
                                 "from 500 to 1,200 soldiers deployed to the area.")] == [2]
    # "from 12 hospitals" is where a tally came from, not its earlier figure
    assert [c[2] for c in claims("The ministry updated its tally from 12 hospitals, saying "
                                 "40 people had died.")] == [40]
    # "not 12 as earlier reported" after the injured is the injured's
    assert claims("Two people were killed and 14 were injured, not 12 as earlier "
                  "reported.") == [("Unknown", "people", 2, 14)]
    # "first on the scene" tells no earlier figure: the Red Cross is a rival
    assert [c[0] for c in claims("At least 23 people were killed, officials said. The Red "
                                 "Cross, which was first on the scene, said 40 people had "
                                 "died.")] == ["officials", "Red Cross"]


def test_one_count_of_two_kinds_of_people() -> None:
    assert claims("The UN said over 30 fishermen and farmers have been killed in the "
                  "attack.") == [("UN", "fishermen and farmers", "30+", None)]
    # two counts, each with its own number, stay two groups
    assert [c[2] for c in claims("The army said 21 civilians and three soldiers had "
                                 "died.")] == [21, 3]


def test_two_words_before_one_noun_and_a_body_that_lost_its_people() -> None:
    assert claims("The fire chief said 14 fire and rescue officials had been injured.") == [
        ("fire chief", "fire and rescue officials", None, 14)]
    assert claims("The army said it lost 10 soldiers in the fighting.") == [
        ("army", "soldiers", 10, None)]
    # things lost are no toll
    assert claims("The family lost 40 homes in the flood, officials said.") == []
    # a second number is a second count, never part of a noun
    assert [(c[1], c[3]) for c in claims("Two trekkers and three porters were injured, "
                                          "police said.")] != [("trekkers and three porters", 2)]
