"""Every rule of every table drafts its own example sentence, and it is that
rule that produced the value (each drafted value records its rule)."""

from __future__ import annotations

import pytest

from tui.core.draft import draft_briefing
from tui.core.draft.rules import RULE_TABLES, RuleExample

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


@pytest.mark.parametrize("rule", RULE_TABLES, ids=lambda r: f"{r.table}-{r.name}")
def test_each_rules_example_is_drafted_by_that_rule(rule: RuleExample) -> None:
    draft = draft_briefing(HEAD + rule.example)
    produced = [(field, it[field].rule, it[field].value) for it in draft.items()
                if it.sentence in rule.example for field in rule.fields if field in it]
    assert any(by == rule.name for _, by, _ in produced), produced


def test_rule_names_are_unique_within_each_table() -> None:
    names = [(r.table, r.name) for r in RULE_TABLES]
    assert len(names) == len(set(names))
