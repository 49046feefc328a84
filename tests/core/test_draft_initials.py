"""Whom a later pronoun or a quote on its own is: a person named with initials
("Colonel O. Hüseynov", "P. K. Banassim"); not a role named after "she and"
(the second of two people); a person named in a sentence that also counts
casualties."""

from __future__ import annotations

from tests.core.draft_helpers import speakers_and_roles as speakers


def test_an_initial_before_the_surname_is_part_of_the_name() -> None:
    assert speakers("Colonel O. Hüseynov did not rule out more deaths. “Our rescuers are "
                    "working,” he said.") == [("O. Hüseynov", "Colonel")]
    assert speakers("P. K. Banassim inspected the depot. “Storing fuel is a death "
                    "sentence,” he said.") == [("P. K. Banassim", None)]


def test_a_role_then_a_name_with_initials_between_commas_is_that_person() -> None:
    assert speakers("Three people are missing, and the ministry’s press secretary, Colonel "
                    "O. Hüseynov, did not rule out more. “Our rescuers are working,” he told "
                    "reporters.") == [("O. Hüseynov", "Colonel")]


def test_a_role_after_she_and_is_the_second_person_not_the_speaker() -> None:
    assert speakers("Katrin Baldursdottir has guided visitors for six winters.\n\n"
                    "On Tuesday she and the company's lead guide, Einar Hallsson, took a group "
                    "into the cave. “There was no warning,” she says.") \
        == [("Katrin Baldursdottir", None)]


def test_a_person_named_in_a_sentence_that_counts_casualties_is_turned_to() -> None:
    # (the sentence's claim is read before its subjects: the person it names is new to
    # the story all the same, and the quote on its own after "She was blunt" is hers)
    assert speakers("Gulnara Babayeva, a geologist, said the volcano last erupted in 2012, "
                    "without casualties. She was blunt about the settlement. “The gas finds "
                    "the weakest point.”") == [("Gulnara Babayeva", None)]


def test_a_speaker_named_by_a_title_in_lower_case_is_the_person_with_that_title() -> None:
    assert speakers("Its traffic division commander, Inspector Tesfaye Alemu, said three more "
                    "bodies had been recovered. “The driver did not know the road,” the "
                    "inspector said.")[0][0] == "Tesfaye Alemu"
    assert speakers("The National Commander of the Civil Protection, Braima Indjai, went to "
                    "the river. “Nobody could enter the water,” declared the commander.")[0][0] \
        == "Braima Indjai"
    assert speakers("The media officer of the Civil Defence in Hama, Muhannad al-Aswad, spoke "
                    "to SANA. “Our teams arrived within minutes,” the media officer "
                    "said.")[0][0] == "Muhannad al-Aswad"
