"""`briefing draft --explain`: per drafted item, the sentence it came from and
the rule behind each value, so a wrong guess leads to the rule to change."""

from __future__ import annotations

from datetime import date

from tui.core.draft.article import Article
from tui.core.draft.output import page_draft
from tui.core.draft.records import Draft, Item, Value


def _value(value: object) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _ruled(key: str, value: Value) -> str:
    return f"{key} {_value(value.value)!r} by {value.rule}"


def explain(draft: Draft) -> str:
    """One block per drafted item: what was drafted, by which rule, from which sentence."""
    out = [f"title {draft.title!r} by " + ("headline" if draft.title else "no_headline"),
           f"date {draft.date.value} by {draft.date.rule}",
           "summary by lead_paragraphs (the first two paragraphs)",
           f"key_points by first_sentences ({len(draft.key_points)}: the first sentence of "
           "each next paragraph that is no quote)"]
    counters: dict[str, int] = {}
    items: tuple[Item, ...] = draft.items()
    for it in items:
        counters[it.section] = counters.get(it.section, 0) + 1
        # the words themselves (a quote's text, a claim's note) are the sentence's, shown below
        ruled = [_ruled(k, v) for k, v in it.items()
                 if v.rule and k not in ("text", "partial", "note", "summary", "event")]
        out.append("")
        out.append(f"{it.section} {counters[it.section]}: " + "; ".join(ruled))
        out.append(f"  rule: {it.rule}")
        out.append(f"  sentence: {it.sentence}")
    for i, alias in enumerate(draft.aliases, 1):
        out.append("")
        out.append(f"aliases {i}: {alias.body!r} for {', '.join(map(repr, alias.names))} "
                   f"by {alias.rule}")
        out.append(f"  sentence: {alias.sentence}")
    return "\n".join(out) + "\n"


def draft_explained(text: str, article: Article | None = None,
                    today: date | None = None) -> str:
    """The explanation of the draft `draft_yaml` makes of the same text."""
    return explain(page_draft(text, article, today))
