"""`briefing draft`: each extraction rule on small sentences, and the whole
draft of the seed article is a valid briefing with its guesses marked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import DATA, SEED_ARTICLE
from tui.cli import main
from tui.core.draft import countries_in, draft_briefing, draft_yaml, sentences, split_role
from tui.core.draft.text import dateline_date
from tui.core.format.load import parse_briefing

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def quotes_of(body: str) -> list[dict[str, object]]:
    d = draft_briefing(HEAD + body)
    return [{k: v.value for k, v in q.items()} for q in d.quotes]


def test_title_and_date_and_summary() -> None:
    d = draft_briefing(HEAD + "Second paragraph.\n\nThird.")
    assert d.title == "Headline of the story"
    assert d.date.value == "2024-05-06" and d.date.check
    assert d.summary.startswith("A lead paragraph on Monday")


def test_missing_date_is_a_flagged_placeholder() -> None:
    text = draft_yaml("Headline\n\nNo date here.\n")
    assert "# check: PLACEHOLDER: the article states no date" in text
    parse_briefing(text)  # still valid


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        ('"All is well!" Trump said on Twitter.', "Trump", "All is well!"),
        ("“We will fight,” said Anna Berg.", "Anna Berg", "We will fight,"),
        ("Pentagon spokesman Jonathan Hoffman said the bases were “secure”.",
         "Jonathan Hoffman", "secure"),
        ("The talks were “over”, according to Foreign Minister Ida Lund.", "Ida Lund", "over"),
        ("State media reported an official saying it was “weak”.", "official", "weak"),
    ],
)
def test_quote_and_speaker_patterns(body: str, speaker: str, text: str) -> None:
    q = quotes_of(body)[0]
    assert q["speaker"] == speaker
    assert q["text"] == text


def test_pronoun_resolves_to_last_named_speaker_and_role_from_apposition() -> None:
    qs = quotes_of("US Defence Secretary Mark Esper said they would respond.\n\n"
                   "“We are ready,” he told a Pentagon briefing.")
    assert qs[0]["speaker"] == "Mark Esper"
    assert qs[0]["role"] == "US Defence Secretary"
    assert qs[0]["medium"] == "Pentagon briefing"


def test_partial_quote_inside_sentence() -> None:
    qs = quotes_of("Khamenei said the attack was a “slap in the face” of the US.\n\n"
                   "“All is well!” Trump said.")
    assert qs[0].get("partial") is True
    assert "partial" not in qs[1]


def test_casualty_claims_with_claimant_and_evidence() -> None:
    d = draft_briefing(HEAD + "State television said 80 “American terrorists” were killed. "
                       "It did not provide evidence.\n\n"
                       "Health officials said six workers were killed and 20 others were "
                       "injured.\n\nA source said early indications were no US casualties.")
    claims = [{k: v.value for k, v in c.items()} for c in d.casualty_claims]
    assert claims[0]["claimant"] == "State television" and claims[0]["killed"] == 80
    assert claims[0]["evidence"] == "not-provided"
    assert (claims[1]["killed"], claims[1]["injured"]) == (6, 20)
    assert claims[2]["killed"] == 0 and claims[2]["affected"] == "US personnel"


def test_several_countries_in_one_sentence_each_get_a_claim_and_reaction() -> None:
    d = draft_briefing(HEAD + "Germany, Denmark, Norway and Poland said none of their troops "
                       "were hurt.")
    assert [c["claimant"].value for c in d.casualty_claims] == ["Germany", "Denmark", "Norway",
                                                                "Poland"]
    assert all(c["injured"].value == 0 for c in d.casualty_claims)
    assert [r["country"].value for r in d.reactions] == ["DE", "DK", "NO", "PL"]


def test_figures_by_claimant_show_up_as_disputes() -> None:
    text = draft_yaml(HEAD + "State television said Iran fired 15 missiles.\n\n"
                      "Iraq said 22 missiles were fired.")
    b = parse_briefing(text)
    assert [(d.label, d.versus) for d in b.disputes] == [("missiles fired", "15 vs 22")]


@pytest.mark.parametrize(
    ("sentence", "code", "stance"),
    [("Britain, which has troops there, condemned the attack.", "GB", "condemns"),
     ("The Iranian government warned of more strikes.", "IR", "warns"),
     ("France and Germany called for restraint.", "FR", "calls-for-restraint"),
     ("Washington said it would respond.", "US", "other")],
)
def test_reaction_countries_and_stance(sentence: str, code: str, stance: str) -> None:
    d = draft_briefing(HEAD + sentence)
    assert d.reactions[0]["country"].value == code
    assert d.reactions[0]["stance"].value == stance


def test_nationality_adjectives() -> None:
    assert [c.name for c in countries_in("Iranian and British officials met German envoys")] \
        == ["Iran", "United Kingdom", "Germany"]


def test_weekday_resolved_against_article_date() -> None:
    d = draft_briefing(HEAD + "On Saturday, troops crossed the border.")
    saturday = [e for e in d.timeline if "Saturday" in str(e["event"].value)]
    assert saturday[0]["when"].value == "2024-05-04"  # the Saturday before Monday 6 May


def test_split_role_and_sentences() -> None:
    assert split_role("Iranian Foreign Minister Mohammad Javad Zarif") == (
        "Mohammad Javad Zarif", "Iranian Foreign Minister")
    assert sentences("“All is well!” Trump said. He left. Mr. Smith stayed.") == [
        "“All is well!” Trump said.", "He left.", "Mr. Smith stayed."]


def test_seed_draft_is_valid_and_marks_guesses(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.yaml"
    assert main(["draft", str(SEED_ARTICLE), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("# check:") > 20
    b = parse_briefing(text, "draft.yaml")
    assert len(b.quotes) == 10
    assert {(d.label, d.versus) for d in b.disputes} >= {("missiles fired", "15 vs 22")}
    assert main(["draft", str(SEED_ARTICLE), "-o", str(out)]) == 1  # no clobber
    assert main(["check", str(out)]) == 0


@pytest.mark.parametrize("article", sorted((DATA / "articles").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_every_draft_of_the_corpus_passes_the_check(article: Path) -> None:
    """The draft of any article is a valid briefing, whatever the rules found."""
    b = parse_briefing(draft_yaml(article.read_text(encoding="utf-8")), "draft.yaml")
    assert b.quotes


def test_draft_quality_targets_on_seed() -> None:
    from tests.benchmark_module import load_benchmark
    from tests.conftest import ROOT

    dq = load_benchmark("draft_quality")
    scores, checks = dq.evaluate(SEED_ARTICLE,
                                 ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml")
    assert checks
    assert scores["quotes"].recall >= 0.95
    assert scores["speakers"].recall >= 0.90
    assert scores["claims"].recall >= 0.85
    assert scores["countries"].recall == 1.0
    assert scores["false claims"].found == 0
    assert all(scores[k].precision >= 0.8 for k in ("quotes", "speakers", "claims", "countries"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("MARRAKECH, Sept 9 - A quake struck.", (date(2026, 9, 9), True)),
     ("MARRAKECH, Dec 9 - A quake struck.", (date(2025, 12, 9), True)),  # not yet this year
     ("BRASILIA, Brazil, Jan 25, 2019 (Reuters) - A dam burst.", (date(2019, 1, 25), False)),
     ("KAMPALA, April 15 - Lightning struck.", (date(2026, 4, 15), True)),
     ("PARIS, Feb 30 - Nothing.", None),
     ("No dateline here, Sept 9.", None)],
)
def test_dateline_dates(text: str, expected: tuple[date, bool] | None) -> None:
    assert dateline_date(text, today=date(2026, 11, 26)) == expected


def test_a_dateline_without_a_year_is_the_drafts_date_with_a_check() -> None:
    text = draft_yaml("Quake\n\nMARRAKECH, Sept 9 - A quake struck on Friday.\n")
    assert "the dateline gives no year" in text
    assert "PLACEHOLDER" not in text
