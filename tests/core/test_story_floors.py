"""Drafting from several reports and updating a briefing with the next ones
(issue 33) may not get worse on any set of stories without the change
showing here: per set and mode, the claimant sequences drafted exactly
right may not fall, and wrong merges, splits and false disputes may not
grow. Raise a floor when a change earns it; the held-out figures of each
round are in tests/data/stories/README.md, apart from these."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmark_module import load_benchmark

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

# set: ((right, merges, splits, false disputes) drafted, (the same) updated), as the
# code gave them when the floor was last set (6 December, the eleventh round tuned)
# (stories-fresh7's update rose from 2 false disputes to 3 when "nine passengers of the
# Transportes Rumi Ñan bus" was first read: the mayor's injured then meet INDECI's;
# stories-fresh4 and -fresh5 gained one or two when "the public news agency Agência
# Brasil reports, citing X" first gave X's figures to X: a hospital's patients and an
# airline's "people on board" then meet other bodies' tolls of the same story;
# stories-fresh11's update one more when the motorists' tolls stopped going to the
# rescuers: the Red Crescent, named "the organisation", then meets the EMS's injured;
# and one more split in both modes when "Yasna Barrientos" stopped being read as
# "Yasna Barrientos Soto": a longer name can be a son's, and a wrong merge costs more;
# stories-fresh8 one more in each mode when "52 people were now receiving treatment"
# was first read: the agency's injured then meet the police's; and stories-fresh6 one
# more in each mode when "Total: 12 deaths, 74 injuries" stopped being a group named
# "total": the emergency agency's whole toll then meets the sheriff's, whose office
# the report that names him does not name)
FLOORS = {
    "stories": ((19, 0, 0, 0), (19, 0, 0, 0)),
    "stories-unseen": ((18, 0, 0, 1), (18, 0, 0, 1)),
    "stories-fresh": ((16, 0, 0, 0), (16, 0, 0, 0)),
    "stories-fresh3": ((17, 0, 1, 0), (17, 0, 1, 0)),
    "stories-fresh4": ((5, 0, 2, 2), (8, 0, 2, 2)),
    "stories-fresh5": ((3, 0, 0, 1), (3, 0, 0, 2)),
    "stories-fresh6": ((6, 0, 2, 2), (7, 0, 2, 6)),
    "stories-fresh7": ((8, 0, 3, 3), (8, 0, 4, 3)),
    # (the draft one more split and two more false disputes since "revised the number of
    # bus passengers killed to 15 from 16" is read: the figure is right, but its
    # claimant, "the district administration in Dhading", is a name no rule yet joins
    # to the "District Administration Office, Dhading" when it comes first in its
    # report; joining "office" to the administration merged the police forces instead)
    "stories-fresh8": ((4, 0, 3, 8), (6, 0, 2, 2)),
    # (one more split in both modes since a headline's clause after a semicolon has its
    # own claimant: "toll revised to 18; passengers' group says 23 died" names the group
    # by its kind, which no rule joins to the Bangladesh Jatri Kalyan Samity yet)
    # (after the twenty-ninth round's first sight: "BSS, quoting Bangladesh Railway,
    # reports" is the railway's, relayed; 3 -> 4 and 4 -> 5 right)
    "stories-fresh9": ((4, 0, 0, 0), (5, 0, 1, 0)),
    "stories-fresh10": ((2, 0, 0, 7), (4, 0, 0, 4)),
    "stories-fresh11": ((2, 0, 5, 2), (5, 0, 4, 2)),
    # the twelfth set, scored at its first sight at the end of the session: 2/8 and 3/8;
    # since tuned on
    "stories-fresh12": ((3, 0, 2, 0), (4, 0, 1, 0)),
    # the thirteenth set, as scored at its first sight at the end of a fifth session
    # (one more split and two more false disputes in a draft, one after an update, since
    # a second reader's counter-example was mended: "The National Gendarmerie, which gave
    # a toll of 14 in a statement on Saturday morning, said ..." keeps its 14, as "The Red
    # Cross, which confirmed 12 deaths on Monday, said the toll was likely to rise" must)
    "stories-fresh13": ((3, 0, 1, 1), (4, 0, 1, 1)),
    # the fourteenth set, scored at its first sight at the start of a sixth session:
    # 3/8 in both modes, 9 and 15 false disputes; since tuned on
    "stories-fresh14": ((5, 0, 2, 0), (5, 0, 0, 0)),
    # the fifteenth set, as scored at its first sight at the end of a sixth session
    # (one false dispute more in a draft since a release's "toll established at 9:00 a.m."
    # is no toll of 9: both of the directorate's sequences are right, and its French
    # name still stands apart from "the country's civil protection agency")
    "stories-fresh15": ((5, 0, 2, 0), (5, 0, 1, 0)),
    # the sixteenth set, scored at its first sight at the end of a seventh session:
    # 2/11 in both modes, 4 and 5 splits, 17 false disputes each; since tuned on (the
    # eighth session's "they" for a plural body and "Volunteer Firefighters" as the corps
    # took its false disputes from 17 to 5)
    "stories-fresh16": ((4, 0, 4, 3), (4, 0, 4, 3)),
    # the seventeenth set, scored at its first sight at the end of an eighth session:
    # 1/9 in a draft and 3/9 after an update, 3 splits each, 10 and 11 false disputes
    # (the same figures as the session's start: its rules carried nothing to this copy)
    "stories-fresh17": ((2, 0, 3, 2), (4, 0, 2, 1)),
    # the eighteenth set, scored at its first sight at the start of a ninth session:
    # 0/12 in a draft and 2/12 after an update, 3 and 4 splits, 3 and 4 false disputes
    # (the same figures as the session's start); since tuned on (one false dispute more in
    # a draft and three fewer after an update since "the Ministry of Internal Affairs" and
    # "the interior ministry" are one body: its first toll, of "people", now meets the
    # medical service's)
    "stories-fresh18": ((2, 0, 3, 2), (3, 0, 3, 1)),
    # the nineteenth set, scored at its first sight at the end of a ninth session: 0/11 in
    # both modes, 5 and 2 splits, 27 and 16 false disputes, and one update that failed
    # (a base written with anchors and aliases); since that was mended, 4 splits after an
    # update and no byte of a base changed; since tuned on (a broadcaster relays, "the
    # ERCS assessment" is the ERCS's, the "í" of "gardaí" is no name): 1/11 in both, 14
    # and 7 false disputes
    "stories-fresh19": ((2, 0, 4, 10), (2, 0, 3, 3)),
    # the twentieth set, scored at its first sight at the end of a tenth session: 2/15 in
    # a draft and 1/15 after an update, 4 splits each, 5 and 4 false disputes (the same
    # figures as the session's start: its rules changed no byte of these drafts); its
    # first update counted 27 bytes of a base changed, a scorer that did not read a quoted
    # `"source":` key, mended the same day (0 since)
    "stories-fresh20": ((3, 0, 4, 5), (1, 0, 4, 4)),
    # the twenty-first set, scored at its first sight at the end of a tenth session: 4/19
    # in a draft and 5/19 after an update, 6 splits each, 3 and 7 false disputes (the same
    # figures with the session's start); its first update counted 21 bytes of a base
    # changed, a scorer that wanted no space in `source :`, mended the same day (0 since)
    # (a sixteenth session: "Center" and "Centre", "Defense" and "Defence" one word of a
    # body's name, 3 -> 1 and 7 -> 5 false disputes)
    "stories-fresh21": ((4, 0, 4, 1), (5, 0, 5, 5)),
    # (the twenty-second round's first sight, scored once in an eleventh session: the
    # same right sequences, merges and splits as the session's start gave, and two
    # fewer false disputes in the update; two fewer again once a year after its month
    # was no count)
    # (lowered in a thirteenth session, draft 3 -> 2 right: the live page's "according to
    # the police: four spectators and the pilot have died" is now read, so the next
    # report's "Police said 22 people were injured" is drafted as a revision of the
    # police's spectators rather than lost; one false dispute fewer in the draft)
    "stories-fresh22": ((2, 0, 2, 0), (3, 0, 2, 8)),
    # (the twenty-third round's first sight, scored in a twelfth session: the session's
    # start 4/22 in a draft and 4/22 after an update, its officials' readings 4/22 and
    # 6/22, 3 and 4 splits, 4 and 7 false disputes; at the session's start the update
    # failed on one base (a flow list with trailing commas) and moved another's header
    # comment, 2,030 bytes counted, mended before the officials were scored; 0 since;
    # one false dispute fewer in a draft since "have so far been confirmed dead")
    # (raised in a thirteenth session: a prefect heads the prefecture named and "told APS"
    # gives no claimant, one more right in a draft, one split fewer in an update; and
    # stories-fresh20's Tunisian story one more right in a draft)
    "stories-fresh23": ((6, 0, 1, 2), (8, 0, 1, 4)),
    # (the twenty-fourth round's first sight, scored in a thirteenth session: the session's
    # start and its readings alike, 2/25 in a draft and 4/25 after an update, 2 wrong
    # merges, 4 splits, 20 and 9 false disputes; the update changed 569 bytes of a base
    # whose flow lists open each line with the comma, mended after first sight, 0 since)
    # (after first sight: animals are no casualties, "the Governor of the West Region"
    # named whole, 20 -> 16 and 9 -> 8 false disputes)
    # (then no wrong merge: "Its coordinator for the West Region, X" gave the region as
    # the association's official, joining it to the Governor of the West Region; apart,
    # the two now dispute the herders' dead, 16 -> 19 false disputes in a draft; then
    # 16 and 6 once "the emergencies ministry last night" was no claimant's name)
    # (raised in a fourteenth session: one secretariat named in two languages with one
    # acronym, a unit on its body's letterhead, a list heading's group and a release's
    # total broken into its parts; 16 -> 5 false disputes in a draft)
    "stories-fresh24": ((6, 0, 3, 5), (6, 0, 3, 6)),
    # (the twenty-fifth round's first sight, scored in a fourteenth session: the session's
    # start and its readings alike, 8/27 in a draft and 3/27 after an update, 7 and 5
    # splits, 7 and 2 false disputes; the update failed on a base written as one JSON-like
    # mapping and counted 3,571 bytes changed, mended after first sight (7/27, 8 splits,
    # 7 false disputes once that story was written at all), 0 bytes since)
    # (after first sight: a title in a body's own words names its official, 7 -> 6 splits
    # and false disputes in a draft; a relay "reported on Wednesday, citing X", 6 -> 4
    # and 7 -> 5)
    # (before the twenty-eighth round: a live entry's heading line apart from its text
    # reads "six of the 12 people who died were Indian nationals" as the CDAA's; 8 -> 9
    # and 7 -> 8 right)
    "stories-fresh25": ((9, 0, 6, 4), (8, 0, 8, 5)),
    # (the twenty-sixth round's first sight, scored in a fifteenth session: the session's
    # start and its readings alike, 5/29 in a draft and after an update, one wrong merge
    # (the cantonal police's spokesman and its commander made one), 4 and 5 splits, 3 and
    # 2 false disputes; the merge was the truth's own contradiction, both men listed as
    # names of the police and as two bodies, and went with it)
    # (after first sight: a comparison names no claimant, a cited body with its acronym,
    # "X, MSF's emergency coordinator": update 5 -> 6 right, splits 4 -> 3 and 5 -> 4)
    # (before the twenty-eighth round, one false dispute more in a draft, 3 -> 4: with a
    # live entry's heading apart from its text, the Foreign Office's "two German nationals
    # were killed" is its own, no longer "Berlin"'s, and meets the police's toll of six
    # that the story's groups give to the German passenger who died, a misreading left)
    "stories-fresh26": ((5, 0, 3, 4), (6, 0, 4, 2)),
    # (the twenty-seventh round's first sight, scored in a sixteenth session: the
    # session's start and its readings alike, 1/28 in a draft and 2/28 after an update, 3
    # splits each, 6 and 3 false disputes; the scorer counted 25 bytes changed where a
    # house style's `source:` value on the line below its key grew into a list, mended in
    # the scorer, 0 since)
    # (after first sight: "Emergency Operations Centre", "... Center" and "Centro de
    # Operaciones de Emergencias" one body, splits 3 -> 2, false disputes after an update
    # 3 -> 1)
    "stories-fresh27": ((1, 0, 2, 6), (2, 0, 2, 1)),
    # (the twenty-eighth round's first sight, scored in a seventeenth session: the
    # session's start and its readings alike, 3/22 in a draft and 2/22 after an update, 8
    # and 6 splits, 6 and 8 false disputes, 2,845 bytes: 27 the scorer's (a one-item flow
    # list of sources grown, 3fa7109) and 2,818 an update refused on a base indented two
    # spaces whole (3db1d87); with both mended, 4/22 after an update, 8 splits, 0 bytes)
    # (after first sight: a figure's clause after a colon names no claimant, a duty fire
    # officer speaks for the service: 8 -> 6 splits each, 6 -> 4 and 8 -> 6 false disputes)
    "stories-fresh28": ((3, 0, 6, 4), (4, 0, 6, 6)),
    # (the twenty-ninth round's first sight, scored in an eighteenth session: the
    # session's start and its readings alike, 2/18 in a draft and 3/18 after an update, 3
    # splits each, 2 and 1 false disputes, 0 bytes on three house styles new to `update`)
    # (after first sight: a body past its relative clause is the next "it", its general
    # manager named at a sentence's end its officer; 2 -> 4 and 3 -> 5 right; "Fire
    # officials in Ibaraki Prefecture, northeast of Tokyo, say": 4 -> 5 in a draft)
    "stories-fresh29": ((5, 0, 3, 2), (5, 0, 3, 1)),
}


# A held-out set committed but not yet scored: it is run once, at its first sight,
# and its floor is those figures (never run before, so nothing is tuned on it)
AWAITING_FIRST_SIGHT: set[str] = set()


def test_every_set_of_stories_has_a_floor() -> None:
    assert not AWAITING_FIRST_SIGHT & set(FLOORS)
    assert set(FLOORS) | AWAITING_FIRST_SIGHT == {p.name for p in DATA.glob("stories*")
                                                  if p.is_dir()}


@pytest.mark.parametrize("name", FLOORS)
def test_a_set_of_stories_does_not_fall_below_its_floor(name: str) -> None:
    uq = load_benchmark("update_quality")
    drafted, updated = uq.Score(), uq.Score()
    for folder in sorted(p for p in (DATA / name).iterdir() if p.is_dir()):
        d, u = uq.run_story(folder)
        drafted.add(d)
        updated.add(u)
    for mode, got, floor in (("draft", drafted, FLOORS[name][0]),
                             ("update", updated, FLOORS[name][1])):
        right, merges, splits, false_disputes = floor
        assert got.right >= right, f"{name} {mode}: {got.right} sequences right, was {right}"
        assert got.merges <= merges, f"{name} {mode}: {got.merges} wrong merges, was {merges}"
        assert got.splits <= splits, f"{name} {mode}: {got.splits} splits, was {splits}"
        assert got.disputes_false <= false_disputes, (
            f"{name} {mode}: {got.disputes_false} false disputes, was {false_disputes}")
        assert got.dup_quotes == 0, f"{name} {mode}: {got.dup_quotes} duplicated quotes"
    assert updated.bytes_changed == 0, f"{name}: {updated.bytes_changed} bytes of a base changed"
