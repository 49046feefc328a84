"""`briefing draft --explain` says, per drafted item, its sentence and its rule;
the draft's `# check:` comments name the rule behind each guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main
from tui.core.draft import draft_yaml

ARTICLE = ("Bridge collapse\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"
           "The Norvale fire service said 23 people were killed. “We dug all night,” "
           "said rescuer Tomas Lindqvist.\n")


def test_explain_prints_each_items_sentence_and_rule(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["draft", "--explain", str(article)]) == 0
    out = capsys.readouterr().out
    assert "casualty_claims 1: claimant 'Norvale fire service' by subject_says" in out
    assert "killed 23 by count_then_verb" in out.replace("'23'", "23")
    assert "  sentence: The Norvale fire service said 23 people were killed." in out
    assert "quotes 1: speaker 'Tomas Lindqvist' by said_role_name" in out
    assert "format: 1" not in out  # the explanation, not the draft
    assert out.startswith("title 'Bridge collapse' by headline\ndate 2024-05-06 by article_date")


def test_check_comments_name_the_rule() -> None:
    text = draft_yaml(ARTICLE)
    assert "claimant: \"Norvale fire service\"  # check: claimant from the attribution " \
           "(rule subject_says)" in text
