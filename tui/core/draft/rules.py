"""Every table of named rules, for `--explain` and for the tests that draft
each rule's example: the table's name, the field its rules fill, the rules."""

from __future__ import annotations

from typing import NamedTuple

from tui.core.draft.claimants import CLAIMANT_RULES
from tui.core.draft.count_rules import COUNT_RULES, ZERO_RULES
from tui.core.draft.measured import MEASURED_RULES
from tui.core.draft.reactions import REACTION_RULES
from tui.core.draft.speakers import SPEAKER_RULES
from tui.core.draft.timeline import DATE_RULES


class RuleExample(NamedTuple):
    """One rule of a table: its name, the fields it fills, its example sentence."""

    table: str
    name: str
    fields: tuple[str, ...]
    example: str


RULE_TABLES: tuple[RuleExample, ...] = (
    *(RuleExample("speakers", r.name, ("speaker",), r.example) for r in SPEAKER_RULES),
    *(RuleExample("claimants", r.name, ("claimant",), r.example) for r in CLAIMANT_RULES),
    *(RuleExample("counts", r.name, ("killed", "injured"), r.example) for r in COUNT_RULES),
    *(RuleExample("counts", r.name, ("killed", "injured"), r.example) for r in MEASURED_RULES),
    *(RuleExample("no casualties", r.name, ("killed", "injured"), r.example)
      for r in ZERO_RULES),
    *(RuleExample("reactions", r.name, ("country", "organisation"), r.example)
      for r in REACTION_RULES),
    *(RuleExample("dates", r.name, ("when",), r.example) for r in DATE_RULES),
)
