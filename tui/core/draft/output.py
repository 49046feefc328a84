"""The draft as YAML in the briefing format, each guess with a `# check:` comment."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from tui.core.draft.article import Article
from tui.core.draft.pipeline import draft_briefing
from tui.core.draft.records import Draft, Value
from tui.core.draft.text import ISO


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # JSON strings are valid YAML double-quoted scalars; nothing is left to YAML's guessing.
    return json.dumps(str(value), ensure_ascii=False)


def _comment(check: str | None, rule: str | None = None) -> str:
    """A `# check:` comment, naming the rule that made the guess."""
    if not check:
        return ""
    return f"  # check: {' '.join(check.split())}" + (f" (rule {rule})" if rule else "")


def _records(name: str, records: Sequence[Mapping[str, Value]]) -> list[str]:
    if not records:
        return []
    out = [f"{name}:"]
    for rec in records:
        for i, (key, val) in enumerate(rec.items()):
            lead = "  - " if i == 0 else "    "
            out.append(f"{lead}{key}: {_scalar(val.value)}{_comment(val.check, val.rule)}")
    return out


def page_draft(text: str, article: Article | None = None, today: date | None = None, *,
               keep_lead_whole: bool = True) -> Draft:
    """The draft of `text`, with the title and date of `article`, the page it
    came from, if it has them; `today` (by default the clock's) bounds the
    dates guessed (`keep_lead_whole`: see `draft_briefing`)."""
    d = draft_briefing(text, today, keep_lead_whole=keep_lead_whole)
    if article is not None and article.title:
        d = replace(d, title=article.title)
    if article is not None and article.date and ISO.fullmatch(article.date):
        d = replace(d, date=Value(article.date, "the page's date; the event may be earlier",
                                  "page_date"))
    return d


def draft_yaml(text: str, article: Article | None = None, today: date | None = None, *,
               keep_lead_whole: bool = True) -> str:
    """A draft briefing as YAML text, valid for `briefing check`. `article`
    is the page it came from, if any: its title, date and source are used."""
    d = page_draft(text, article, today, keep_lead_whole=keep_lead_whole)
    out = [
        "# Draft made by `briefing draft`: every line marked `# check:` is a guess.",
        "format: 1",
        f"title: {_scalar(d.title or 'Untitled')}"
        + _comment(None if d.title else "no headline found"),
        f"date: {_scalar(d.date.value)}{_comment(d.date.check, d.date.rule)}",
        "summary: |  # check: the lead paragraphs; rewrite as a summary",
    ]
    summary = d.summary or "Write the summary."
    out += [f"  {line}" if line else "" for line in summary.split("\n")]
    if d.key_points:
        out.append("key_points:  # check: first sentences of the next paragraphs")
        out += [f"  - {_scalar(p)}" for p in d.key_points]
    if d.aliases:
        out.append("aliases:")
        out += [f"  {_scalar(a.body)}: [{', '.join(_scalar(n) for n in a.names)}]"
                + _comment("they speak for it: their figures count as its", a.rule)
                for a in d.aliases]
    out += _records("quotes", d.quotes)
    out += _records("casualty_claims", d.casualty_claims)
    out += _records("figures", d.figures)
    out += _records("reactions", d.reactions)
    out += _records("timeline", d.timeline)
    sources: list[dict[str, Value]] = []
    if article is not None and (article.site or article.url):
        source: dict[str, Value] = {"name": Value(article.site or article.url)}
        if article.url and article.url.startswith(("http://", "https://")):
            source["url"] = Value(article.url)
        if article.accessed:
            source["accessed"] = Value(article.accessed)
        sources.append(source)
    named = {str(s["name"].value) for s in sources}
    sources += [{"name": Value(relay, "an outlet the article cites", "relayed_by_agency")}
                for relay in d.relays if relay not in named]
    out += _records("sources", sources)
    return "\n".join(out) + "\n"
