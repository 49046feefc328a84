"""Revision 3 of the format: source lists, reactions with said and source and
two new stances, figures with units and decimal values, aliases, Kosovo;
checked by the loader and carried through every export and the diff."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import DATA
from tui.core.export.data import EXPORT_SCHEMA, front_matter, to_csv, to_data, to_json
from tui.core.export.markdown import to_markdown
from tui.core.format.countries import lookup_country
from tui.core.format.errors import BriefingError
from tui.core.format.load import load_briefing, parse_briefing
from tui.core.format.model import parse_count
from tui.core.format.text import readable_amount
from tui.core.story.diff import diff_briefings, diff_text

REV3 = DATA / "revision3.yaml"
HEAD = "format: 1\ntitle: t\ndate: 2026-03-14\nsummary: s\n"
SOURCES = "sources:\n  - name: Reuters\n  - name: AFP\n"


def errors_of(text: str) -> list[str]:
    with pytest.raises(BriefingError) as info:
        parse_briefing(text, "r3.yaml")
    return [f"{e.line}:{e.column}: {e.path}: {e.message}" for e in info.value.errors]


# -- sources -------------------------------------------------------------------


def test_source_may_name_several_sources() -> None:
    b = load_briefing(REV3)
    assert b.quotes[0].source == ("Reuters", "AFP")
    assert b.quotes[1].source == ("AFP",)
    assert b.casualty_claims[1].source == ("Reuters", "AFP")
    assert b.figures[5].source == ()
    assert b.reactions[1].source == ("Reuters", "AFP")


def test_each_source_of_a_list_is_checked_with_a_suggestion() -> None:
    text = HEAD + "quotes:\n  - speaker: A\n    text: x\n    source: [Reuters, APF]\n" + SOURCES
    assert errors_of(text) == [
        "8:23: quotes[0].source[1]: no source is named 'APF'; did you mean 'AFP'?"]


def test_a_source_list_holds_names_only() -> None:
    text = HEAD + "figures:\n  - {what: w, claimant: c, value: 1, source: [[Reuters]]}\n" + SOURCES
    assert errors_of(text) == ["6:47: figures[0].source[0]: must be text, not a list"]
    text = HEAD + "figures:\n  - {what: w, claimant: c, value: 1, source: {a: 1}}\n" + SOURCES
    assert errors_of(text) == [
        "6:46: figures[0].source: must be a source's name or a list of them, not a mapping"]


# -- reactions -----------------------------------------------------------------


def test_reactions_carry_said_source_and_the_new_stances() -> None:
    b = load_briefing(REV3)
    condolences, aid = b.reactions
    assert (condolences.stance, str(condolences.said), condolences.source) == (
        "condolences", "2026-03-14", ("Reuters",))
    assert aid.stance == "offers-aid"
    assert aid.said is not None and aid.said.isoformat() == "2026-03-15T08:00:00+01:00"
    text = HEAD + "reactions:\n  - {country: AL, summary: s, source: APF}\n" + SOURCES
    assert errors_of(text) == [
        "6:39: reactions[0].source: no source is named 'APF'; did you mean 'AFP'?"]


# -- figures: units and decimals ---------------------------------------------


def test_figures_take_units_and_decimal_values() -> None:
    b = load_briefing(REV3)
    flooded = b.figures[0]
    assert (flooded.unit, flooded.value.low, flooded.value.text) == ("%", 2.5, "2.5")
    assert readable_amount(flooded.value, flooded.unit) == "2.5%"
    aid = b.figures[5]
    assert readable_amount(aid.value, aid.unit) == "1,200.5 tonnes"
    assert readable_amount(b.figures[4].value, "tonnes") == "2,750 tonnes"
    assert readable_amount(parse_count("1000000.25-2000000", decimals=True), "USD") == (
        "1,000,000.25-2,000,000 USD")


@given(st.integers(0, 10**13 - 1), st.integers(0, 99))
def test_a_decimal_value_reads_back_as_written(whole: int, hundredths: int) -> None:
    written = f"{whole}.{hundredths:02d}".rstrip("0").rstrip(".")
    count = parse_count(written, decimals=True)
    assert count.text == written
    shown = readable_amount(count, "USD")
    assert "e" not in shown and shown.replace(",", "") == f"{written} USD"


def test_a_decimal_too_long_to_read_back_is_an_error() -> None:
    with pytest.raises(ValueError, match="more digits than a value can hold exactly"):
        parse_count("100000000000000.5", decimals=True)
    assert parse_count("100000000000000000", decimals=True).low == 10**17  # whole: exact


def test_casualty_counts_stay_whole_numbers() -> None:
    text = HEAD + "casualty_claims:\n  - {claimant: c, affected: a, killed: 2.5}\n"
    assert errors_of(text) == [
        "6:40: casualty_claims[0].killed: '2.5' is not a count; write a whole number (80), "
        'at least N ("80+"), a range ("10-20") or "unknown"']
    text = HEAD + "figures:\n  - {what: w, claimant: c, value: -2.5}\n"
    assert errors_of(text) == ["6:35: figures[0].value: a value cannot be negative (-2.5)"]
    text = HEAD + "figures:\n  - {what: w, claimant: c, value: .inf}\n"
    assert len(errors_of(text)) == 1


def test_figures_dispute_only_with_the_same_what_and_unit() -> None:
    b = load_briefing(REV3)
    figure_disputes = {(d.subject, d.unit): d.versus for d in b.disputes if d.is_figure}
    # The ministry's 2.5% was revised to 4.5% (one body under two names);
    # the institute's 120 km² is another measure of the same thing.
    assert figure_disputes == {("area flooded", "%"): "4.5% vs 6%",
                               ("aid delivered", "tonnes"): "2,750 tonnes vs 1,200.5 tonnes"}


# -- aliases -------------------------------------------------------------------


def test_an_alias_counts_as_its_canonical_name_and_is_shown_as_written() -> None:
    b = load_briefing(REV3)
    history = b.claim_history(b.casualty_claims[0])
    assert [c.claimant for c in history] == ["ministry of health", "Health Ministry"]
    assert [c.claimant for c in b.current_claims] == ["Health Ministry", "Red Cross"]
    claim_disputes = [d for d in b.disputes if not d.is_figure]
    assert [(d.subject, d.versus) for d in claim_disputes] == [("residents", "23 vs 18")]
    assert [f.claimant for f in b.figure_history(b.figures[0])] == [
        "Kosovo's health ministry", "Health Ministry"]


def test_without_aliases_two_names_are_two_claimants() -> None:
    text = REV3.read_text(encoding="utf-8")
    start = text.index("aliases:")
    plain = text[:start] + text[text.index("quotes:"):]
    b = parse_briefing(plain)
    assert len(b.current_claims) == 3
    assert any(d.versus == "12 vs 23 vs 18" for d in b.disputes)


def test_aliases_compare_without_case() -> None:
    text = (HEAD + "aliases:\n  health ministry: [MINISTRY OF HEALTH]\ncasualty_claims:\n"
            "  - {claimant: Ministry of Health, affected: a, killed: 1, said: 2026-03-14}\n"
            "  - {claimant: Health Ministry, affected: a, killed: 3, said: 2026-03-15}\n"
            "  - {claimant: Police, affected: a, killed: 3}\n")
    assert not parse_briefing(text).disputes


def test_a_name_under_two_canonical_names_is_a_located_error() -> None:
    text = HEAD + "aliases:\n  Health Ministry: [ministry]\n  Interior Ministry: [Ministry]\n"
    assert errors_of(text) == [
        "7:23: aliases.Interior Ministry[0]: 'Ministry' is already a name of "
        "'Health Ministry' (line 6); a name belongs to one person or body"]


def test_a_canonical_name_that_is_also_an_alias_is_a_located_error() -> None:
    text = HEAD + "aliases:\n  Health Ministry: [ministry]\n  Ministry: [the ministry]\n"
    assert errors_of(text) == [
        "7:3: aliases.Ministry: 'Ministry' is already a name of 'Health Ministry' (line 6); "
        "a name belongs to one person or body"]
    text = HEAD + "aliases:\n  Health Ministry: [health ministry]\n"
    assert errors_of(text) == [
        "6:21: aliases.Health Ministry[0]: 'health ministry' is the canonical name itself; "
        "leave it out"]


def test_aliases_must_be_a_mapping_of_lists() -> None:
    assert errors_of(HEAD + "aliases: [a, b]\n") == [
        "5:10: aliases: must be a mapping of a name to a list of its other names, not a list"]
    assert errors_of(HEAD + "aliases:\n  Health Ministry: ministry\n") == [
        "6:20: aliases.Health Ministry: must be a list of other names, not a single value"]


def test_speakers_and_claimants_follow_aliases_in_the_diff() -> None:
    new = load_briefing(REV3)
    old_text = REV3.read_text(encoding="utf-8")
    old_text = old_text[:old_text.index("aliases:")] + old_text[old_text.index("quotes:"):]
    old = parse_briefing(old_text.replace("speaker: Hoxha", "speaker: ardita hoxha"))
    text = diff_text(diff_briefings(old, new))
    # Before the aliases the ministry's two names were two claimants in
    # dispute with each other; after, one claimant's revisions: the quote
    # and the current claim are the same, only the dispute narrows.
    assert "Quotes" not in text and "Casualty claims" not in text
    assert "changed    residents, killed: 12 vs 23 vs 18 -> 23 vs 18" in text
    assert "changed    aliases" in text


def test_diff_matches_figures_by_unit_and_shows_it() -> None:
    new = load_briefing(REV3)
    old = parse_briefing(REV3.read_text(encoding="utf-8").replace("value: 6\n", "value: 5\n"))
    text = diff_text(diff_briefings(old, new))
    assert "Civil Protection Agency, area flooded: 5% -> 6%" in text


# -- Kosovo ----------------------------------------------------------------------


@pytest.mark.parametrize("written", ["XK", "xk", "Kosovo", "kosovo", "Republic of Kosovo"])
def test_kosovo_is_a_country(written: str) -> None:
    found = lookup_country(written)
    assert found is not None and (found.code, found.name) == ("XK", "Kosovo")


# -- every export ----------------------------------------------------------------


def test_json_export_gives_one_source_as_text_and_several_as_a_list() -> None:
    data = to_data(load_briefing(REV3))
    jsonschema.validate(json.loads(to_json(load_briefing(REV3))), EXPORT_SCHEMA)
    assert data["quotes"][0]["source"] == ["Reuters", "AFP"]
    assert data["quotes"][1]["source"] == "AFP"
    assert data["figures"][5]["source"] is None
    assert data["figures"][0]["value"] == {"min": 2.5, "max": 2.5, "text": "2.5"}
    assert data["figures"][0]["unit"] == "%"
    assert data["reactions"][1] | {} == {
        "country": None, "organisation": "European Union", "actor": None,
        "stance": "offers-aid", "summary": "Offered emergency funds and rescue teams.",
        "said": "2026-03-15T08:00+01:00", "source": ["Reuters", "AFP"]}
    assert data["aliases"] == {"Health Ministry": ["ministry of health",
                                                   "Kosovo's health ministry"],
                               "Ardita Hoxha": ["Health Minister Ardita Hoxha", "Hoxha"]}
    assert {"subject": "aid delivered", "unit": "tonnes"}.items() <= data["disputes"][2].items()


def test_csv_joins_sources_and_gives_the_unit() -> None:
    b = load_briefing(REV3)
    quotes = list(csv.DictReader(io.StringIO(to_csv(b, "quotes"))))
    assert [q["source"] for q in quotes] == ["Reuters; AFP", "AFP"]
    claims = list(csv.DictReader(io.StringIO(to_csv(b, "claims"))))
    assert claims[1]["source"] == "Reuters; AFP"
    assert claims[0]["claimant_country"] == "Kosovo"
    assert [c["current"] for c in claims] == ["false", "true", "true"]
    figures = list(csv.DictReader(io.StringIO(to_csv(b, "figures"))))
    assert [(f["value"], f["value_min"], f["unit"], f["disputed"]) for f in figures] == [
        ("2.5", "2.5", "%", "false"), ("4.5", "4.5", "%", "true"), ("6", "6", "%", "true"),
        ("120", "120", "km²", "false"), ("2750", "2750", "tonnes", "true"),
        ("1200.5", "1200.5", "tonnes", "true")]


def test_markdown_shows_every_source_units_and_reactions() -> None:
    md = to_markdown(load_briefing(REV3))
    assert "source: Reuters, AFP" in md
    assert "- **Health Ministry**: ministry of health, Kosovo's health ministry" in md
    assert "| Health Ministry | Kosovo | **23** (disputed: 23 vs 18) |" in md
    assert "| **4.5%** (disputed: 4.5% vs 6%) |" in md
    assert "| 120 km² |" in md
    assert ("- **offers-aid**: Offered emergency funds and rescue teams. "
            "(2026-03-15 08:00+01:00; source: Reuters, AFP)") in md


@pytest.mark.parametrize("kind", ["obsidian", "hugo", "pandoc"])
def test_front_matter_of_a_revision3_briefing(kind: str) -> None:
    block = front_matter(load_briefing(REV3), kind)
    data = yaml.safe_load(block.split("---\n")[1])
    assert data["title"].startswith("Flooding in Valmora")
    if kind == "obsidian":
        assert "country/kosovo" in data["tags"] and "disputed" in data["tags"]



def test_a_canonical_name_without_a_list_is_allowed() -> None:
    b = parse_briefing(HEAD + "aliases:\n  Red Cross:\n  Health Ministry: [ministry]\n")
    assert [(a.name, a.others) for a in b.aliases] == [("Red Cross", ()),
                                                        ("Health Ministry", ("ministry",))]
