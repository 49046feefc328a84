"""Article text -> a draft briefing, by rules on sentences. Offline, no models.

The draft is valid YAML in the briefing format; every value that is a guess
carries a `# check:` comment so the editor knows what to verify. The rules
cover wire copy: quotes with their speakers (`quotes`), casualty claims and
counted figures with their claimants (`claims`, `counts`), reactions of
countries and organisations (`reactions`), over what the article has said so
far (`memory`: people, bodies, short names, the story's own country). The
word lists are data (`draft_data.json`, read by `words`).
"""

from __future__ import annotations

from tui.core.draft.names import countries_in, split_role
from tui.core.draft.output import draft_yaml
from tui.core.draft.pipeline import draft_briefing
from tui.core.draft.text import sentences

__all__ = ["countries_in", "draft_briefing", "draft_yaml", "sentences", "split_role"]
