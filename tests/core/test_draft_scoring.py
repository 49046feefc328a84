"""The draft-quality scorer's own functions, on tiny hand-made briefings:
quote fingerprints, claimants named by their spokesperson, false and missed
disputes, and the real-copy and other-style sets (never drafted here)."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from types import ModuleType

import pytest

from tests.benchmark_module import load_benchmark
from tests.conftest import DATA
from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing


@pytest.fixture(scope="module")
def dq() -> ModuleType:
    return load_benchmark("draft_quality")


HEAD = "format: 1\ntitle: t\ndate: 2024-01-01\nsummary: s\n"


def briefing(body: str) -> Briefing:
    return parse_briefing((HEAD + body).encode(), "t.yaml")


def claims(*rows: str) -> Briefing:
    return briefing("casualty_claims:\n" + "".join(f"  - {{{r}}}\n" for r in rows))


def test_a_fingerprint_ignores_case_spacing_end_punctuation_and_apostrophe_style(
        dq: ModuleType) -> None:
    a = dq.fingerprint("We’ve  lost everything,")
    assert a == dq.fingerprint("we've lost everything")
    assert a != dq.fingerprint("We have lost everything")
    assert dq.FINGERPRINT.fullmatch(a)


def test_a_drafted_quote_matches_the_fingerprint_of_a_truth_quote(dq: ModuleType) -> None:
    truth = briefing("quotes:\n"
                     f"  - {{speaker: Ana Lima, text: '{dq.fingerprint('It was dark')}'}}\n"
                     f"  - {{speaker: Ana Lima, text: '{dq.fingerprint('Never again')}'}}\n")
    draft = briefing("quotes:\n  - {speaker: Lima, text: 'It was dark,'}\n"
                     "  - {speaker: Ana Lima, text: 'It was not'}\n")
    scores = dq.score(draft, truth)
    quotes = scores["quotes"]
    assert (quotes.found, quotes.expected, quotes.produced) == (1, 2, 2)
    assert scores["speakers"].found == 1


def test_a_claim_drafted_under_the_spokespersons_name_is_the_bodys(dq: ModuleType) -> None:
    truth = claims("claimant: police, affected: mourners, killed: 40, "
                   "note: 'also: Salim Khan Marwat; Akhtar Hayat Gandapur'")
    by_spokesman = dq.score(claims("claimant: Salim Khan Marwat, affected: people, killed: 40"),
                            truth)
    by_other = dq.score(claims("claimant: army, affected: people, killed: 40"), truth)
    assert by_spokesman["claims"].found == 1
    assert by_other["claims"].found == 0
    assert dq.claimant_names(truth.casualty_claims[0]) == [
        "police", "Salim Khan Marwat", "Akhtar Hayat Gandapur"]


def test_a_claim_under_an_official_the_drafts_aliases_list_is_the_bodys(
        dq: ModuleType) -> None:
    truth = claims("claimant: Health Ministry, affected: people, killed: 12")
    draft = briefing("aliases:\n  Health Ministry: [Chea Sophorn]\ncasualty_claims:\n"
                     "  - {claimant: Chea Sophorn, affected: people, killed: 12}\n")
    alone = claims("claimant: Chea Sophorn, affected: people, killed: 12")
    assert dq.score(draft, truth)["claims"].found == 1
    assert dq.score(alone, truth)["claims"].found == 0


def test_two_countries_tolls_drafted_as_one_group_are_a_false_dispute(dq: ModuleType) -> None:
    truth = claims("claimant: Nepal's police, affected: people in Nepal, killed: 128",
                   "claimant: India's officials, affected: people in India, killed: 17")
    draft = claims("claimant: Nepal's police, affected: people, killed: 128",
                   "claimant: India's officials, affected: people, killed: 17")
    d = dq.dispute_score(draft, truth)
    assert (d.produced - d.right, d.expected - d.found) == (1, 0)
    assert dq.dispute_score(truth, truth) == dq.Score(0, 0, 0, 0)


def test_a_rising_toll_drafted_as_two_claimants_is_a_false_dispute(dq: ModuleType) -> None:
    truth = claims("claimant: officials, affected: passengers, killed: 5, "
                   "note: 'also: Abhishek Roy'",
                   "claimant: officials, affected: passengers, killed: 8")
    draft = claims("claimant: Abhishek Roy, affected: passengers, killed: 5",
                   "claimant: officials, affected: passengers, killed: 8")
    d = dq.dispute_score(draft, truth)
    assert (d.produced, d.right, d.expected) == (1, 0, 0)
    assert dq.score(draft, truth)["claims"].found == 2


def test_a_real_dispute_drafted_as_one_claimants_revision_is_missed(dq: ModuleType) -> None:
    truth = claims("claimant: health ministry, affected: workers, killed: 12",
                   "claimant: nurses' association, affected: workers, killed: 44")
    revision = claims("claimant: health ministry, affected: workers, killed: 12",
                      "claimant: health ministry, affected: workers, killed: 44")
    found = claims("claimant: ministry, affected: Workers, killed: 12",
                   "claimant: nurses' association, affected: workers, killed: 44")
    missed = dq.dispute_score(revision, truth)
    assert (missed.expected - missed.found, missed.produced) == (1, 0)
    both = dq.dispute_score(found, truth)
    assert (both.found, both.expected, both.right, both.produced) == (1, 1, 1, 1)


def test_a_dispute_about_another_measure_does_not_match(dq: ModuleType) -> None:
    truth = claims("claimant: police, affected: people, killed: 3",
                   "claimant: union, affected: people, killed: 9")
    draft = claims("claimant: police, affected: people, injured: 3",
                   "claimant: union, affected: people, injured: 9")
    d = dq.dispute_score(draft, truth)
    assert (d.found, d.right, d.produced, d.expected) == (0, 0, 1, 1)


def test_the_held_out_targets_fail_on_one_false_dispute(dq: ModuleType) -> None:
    perfect = {k: dq.Score(10, 10, 10, 10) for k in
               ("quotes", "speakers", "claims", "countries", "organisations")}
    perfect["false claims"] = dq.Score(0, 0, 0, 10)
    perfect["disputes"] = dq.Score(1, 1, 1, 1)
    assert dq.targets_met("real held-out", perfect, 12, 12).endswith(": met")
    assert dq.targets_met("styles held-out", perfect, 6, 6).endswith(": met")
    assert dq.targets_met("real tuning", perfect, 12, 12) is None
    false_dispute = dict(perfect, disputes=dq.Score(1, 1, 1, 2))
    assert dq.targets_met("styles held-out", false_dispute, 6, 6).endswith("NOT met")
    two_false_claims = dict(perfect, **{"false claims": dq.Score(2, 0, 2, 10)})
    assert dq.targets_met("real held-out", two_false_claims, 12, 12).endswith("NOT met")
    assert dq.targets_met("real held-out", two_false_claims, 20, 20).endswith(": met")
    assert dq.targets_met("real held-out", perfect, 12, 11).endswith("NOT met")


def test_the_real_sets_are_skipped_with_a_reason(dq: ModuleType, tmp_path: Path) -> None:
    unset = dq.real_sets(None)
    assert [s.label for s in unset] == ["real tuning", "real held-out", "real fresh",
                                        "real fresh 3", "real fresh 4", "real fresh 5",
                                        "real fresh 6", "real fresh 7", "real fresh 8",
                                        "real fresh 9", "real fresh 10", "real fresh 11",
                                        "real fresh 12", "real fresh 13", "real fresh 14",
                                        "real fresh 15", "real fresh 16", "real fresh 17",
                                        "real fresh 18", "real fresh 19", "real fresh 20",
                                        "real fresh 21", "real fresh 22", "real fresh 23",
                                        "real fresh 24", "real fresh 25", "real fresh 26",
                                        "real fresh 27", "real fresh 28", "real fresh 29"]
    assert all(not s.cases and "BRIEFING_REAL_ARTICLES is not set" in s.skipped for s in unset)
    (tmp_path / "real-01.txt").write_text("An article.", encoding="utf-8")
    tuning, held_out, fresh, *_ = dq.real_sets(str(tmp_path))
    assert [name for name, _, _ in tuning.cases] == ["real-01"]
    assert "no text for real-02" in tuning.skipped
    assert not held_out.cases and "real-13" in held_out.skipped
    assert not fresh.cases and "real-25" in fresh.skipped


def test_an_unknown_set_is_refused_in_one_line(dq: ModuleType,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert dq.main(["--sets", "wire,news"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown set news" in err


def test_no_real_story_text_is_committed(dq: ModuleType) -> None:
    """Each real truth quote is a fingerprint, and each truth has a row in urls.tsv."""
    sets = ("real", "real-unseen", "real-fresh", "real-fresh3", "real-fresh4", "real-fresh5",
            "real-fresh6", "real-fresh7", "real-fresh8", "real-fresh9", "real-fresh10",
            "real-fresh11", "real-fresh12", "real-fresh13", "real-fresh14", "real-fresh15",
            "real-fresh16", "real-fresh17", "real-fresh18", "real-fresh19", "real-fresh20",
            "real-fresh21", "real-fresh22", "real-fresh23", "real-fresh24", "real-fresh25",
            "real-fresh26", "real-fresh27", "real-fresh28", "real-fresh29")
    truths = sorted(p for s in sets for p in (DATA / s).glob("*.expected.yaml"))
    assert len(truths) >= 36
    for path in truths:
        b = parse_briefing(path.read_bytes(), path.name)
        assert all(dq.FINGERPRINT.fullmatch(q.text) for q in b.quotes), path.name
    with (DATA / "real" / "urls.tsv").open(encoding="utf-8") as f:
        rows = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    assert sorted(rows) == sorted(p.name.removesuffix(".expected.yaml") for p in truths)
    assert not [p for s in sets for p in (DATA / s).glob("*.txt")]


def test_a_dispute_drafted_about_people_is_the_truths_dispute_about_its_group(
        dq: ModuleType) -> None:
    truth = claims("claimant: interior minister, affected: guests, killed: 76",
                   "claimant: provincial governor, affected: guests, killed: 2")
    draft = claims("claimant: interior minister, affected: people, killed: 76",
                   "claimant: governor, affected: people, killed: 2")
    d = dq.dispute_score(draft, truth)
    assert (d.found, d.expected, d.right, d.produced) == (1, 1, 1, 1)
    assert not dq.same_group("guests", "miners") and dq.same_group("People", "miners")


def test_the_style_sets_pair_each_truth_with_its_article(dq: ModuleType) -> None:
    sets = dq.style_sets()
    # six articles a set, numbered on from the set before (style-01 .. style-180)
    assert len(sets) == 30
    for number, style_set in enumerate(sets):
        assert [n for n, _, _ in style_set.cases] == [
            f"style-{i:02d}" for i in range(6 * number + 1, 6 * number + 7)], style_set.label
    for _, article, expected in (case for style_set in sets for case in style_set.cases):
        text = dq.norm(article.read_text(encoding="utf-8")).replace("’", "'")
        truth = parse_briefing(expected.read_bytes(), expected.name)
        assert all(dq.norm(q.text) in text for q in truth.quotes), article.name


def test_the_held_out_halves_are_not_drafted_without_the_flag(dq: ModuleType,
                                                              tmp_path: Path) -> None:
    for name in ("real-13", "real-25"):
        (tmp_path / f"{name}.txt").write_text("An article.", encoding="utf-8")
    sets = dq.hold_back(dq.real_sets(str(tmp_path)) + dq.style_sets())
    by_label = {s.label: s for s in sets}
    for label in ("real held-out", "styles held-out", "real fresh", "styles fresh"):
        assert not by_label[label].cases and "--held-out" in by_label[label].skipped, label
    assert len(by_label["styles tuning"].cases) == 6
    unheld = {s.label: s for s in dq.real_sets(str(tmp_path)) + dq.style_sets()}
    assert [n for n, _, _ in unheld["real fresh"].cases] == ["real-25"]
    assert len(unheld["styles fresh"].cases) == 6


def test_the_fresh_sets_meet_the_targets_of_their_kind(dq: ModuleType) -> None:
    """Real fresh is held to the real targets (claims 85%, one false claim per
    ten stories), styles fresh to the style targets (claims 75%)."""
    s = {k: dq.Score(10, 10, 10, 10) for k in
         ("quotes", "speakers", "claims", "countries", "organisations")}
    s["false claims"] = dq.Score(0, 0, 0, 10)
    s["disputes"] = dq.Score(0, 0, 0, 0)
    eighty = dict(s, claims=dq.Score(8, 10, 8, 10))
    assert dq.targets_met("real fresh", eighty, 12, 12).endswith("NOT met")
    assert dq.targets_met("styles fresh", eighty, 6, 6).endswith(": met")
    assert "at most one false claim" in dq.targets_met("real fresh", s, 12, 12)
    two_false = dict(s, **{"false claims": dq.Score(2, 0, 2, 10)})
    assert dq.targets_met("real fresh", two_false, 12, 12).endswith("NOT met")
    low_countries = dict(s, countries=dq.Score(5, 10, 5, 10))
    assert dq.targets_met("styles fresh", low_countries, 6, 6).endswith("NOT met")
    assert dq.targets_met("real fresh", low_countries, 12, 12).endswith(": met")


def test_an_organisation_matches_under_any_spelling_of_its_name(dq: ModuleType) -> None:
    truth = briefing("reactions:\n  - {organisation: WFP, summary: s}\n"
                     "  - {organisation: Economic Community of West African States, summary: s}\n")
    draft = briefing("reactions:\n  - {organisation: World Food Programme, summary: s}\n"
                     "  - {organisation: ECOWAS, summary: s}\n")
    assert dq.score(draft, truth)["organisations"].found == 2
    assert not dq.same_organisation("WFP", "UNICEF")


def test_more_than_n_is_written_n_plus_in_every_truth(dq: ModuleType) -> None:
    """One convention (docs/draft-quality.md, "Where the protocol bends"):
    "more than 86" is `86+`, never `87+`; the real sets are read when their
    text is at hand."""
    sets = [*dq.wire_sets(), *dq.style_sets(), *dq.real_sets(os.environ.get(dq.REAL_ENV))]
    more = r"(?:more than|over|upwards of|in excess of)"
    wrong = []
    for s in sets:
        for name, article, truth in s.cases:
            text = article.read_text(encoding="utf-8")
            for claim in parse_briefing(truth.read_bytes(), truth.name).casualty_claims:
                for count in (claim.killed, claim.injured):
                    if count is None or not str(count.text).endswith("+"):
                        continue
                    n = int(str(count.text)[:-1])
                    below = [f"{n - 1:,}", str(n - 1)]
                    if any(re.search(rf"\b{more}\s+{re.escape(b)}\b", text, re.I)
                           for b in below) and not re.search(
                               rf"\bat least\s+{re.escape(str(n))}\b", text, re.I):
                        wrong.append(f"{name}: {count.text}")
    assert wrong == []


@pytest.mark.parametrize(("drafted", "true", "same"), [
    ("Argentina's foreign ministry", "Foreign Ministry of Argentina", True),
    ("Venezuela's Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Venezuela", True),
    ("Peru’s President", "President of Peru", True),
    ("Argentina's foreign ministry", "Foreign Ministry of Chile", False),
    ("Ministry of Health", "Ministry of Interior", False),
])
def test_a_possessive_name_is_the_same_party_as_its_of_form(
        dq: ModuleType, drafted: str, true: str, same: bool) -> None:
    assert dq.same_party(drafted, true) is same
