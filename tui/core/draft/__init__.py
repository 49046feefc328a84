"""Article text -> a draft briefing, by rules on sentences. Offline, no models.

The draft is valid YAML in the briefing format; every value that is a guess
carries a `# check:` comment naming the rule that made it. The drafter is a
pipeline of named stages over typed records (`pipeline`): layout, sentences,
then per sentence quotes, claims with their counts, figures, reactions and
the timeline, with names and mentions carried between sentences, and one
merge. Each stage's rules are ordered tables of named patterns with an
example each (`rules` lists them); the word lists are data
(`draft_data.json`, read by `words`).
"""

from __future__ import annotations

from tui.core.draft.names import countries_in, split_role
from tui.core.draft.output import draft_yaml
from tui.core.draft.pipeline import draft_briefing
from tui.core.draft.text import sentences

__all__ = ["countries_in", "draft_briefing", "draft_yaml", "sentences", "split_role"]
