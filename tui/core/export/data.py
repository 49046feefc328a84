"""Exports for analysts and tools: the briefing as JSON, its claims, figures
or quotes as CSV, and Markdown front matter for notes tools.

Text stays literal everywhere: JSON and YAML are written by their own
serialisers, CSV by the `csv` module (RFC 4180). A CSV cell that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, the
usual guard against spreadsheets running it as a formula. Control and bidi
characters (see core.terminal_text) are escaped in JSON and removed from CSV
and front matter.

A CSV table's columns are fixed (CSV_COLUMNS), whatever the briefing holds,
so the tables of many briefings stack into one.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tui.core.export.terminal_text import escape_json, strip_controls
from tui.core.format.measures import CLAIM_MEASURES
from tui.core.format.model import Briefing, CasualtyClaim, Count, Country, Figure, Quote
from tui.core.format.text import format_when, source_names, subject_key
from tui.core.story.disputes import Dispute, Measure, dispute_for

# The version of the JSON export's own shape (see EXPORT_SCHEMA).
JSON_EXPORT_VERSION = 1
TABLES = ("claims", "figures", "quotes", "reactions")
FRONT_MATTERS = ("obsidian", "hugo", "pandoc")


def _count(count: Count | None) -> dict[str, Any] | None:
    if count is None:
        return None
    return {"min": count.low, "max": count.high, "text": count.text}


def _country(country: Country | None) -> dict[str, str] | None:
    return None if country is None else {"code": country.code, "name": country.name}


def _when(value: Any) -> str | None:
    return None if value is None else format_when(value).replace(" ", "T")


def _source(names: tuple[str, ...]) -> str | list[str] | None:
    """An item's `source` as the file can write it: null when none is given,
    the name when one is, a list when several are."""
    if not names:
        return None
    return names[0] if len(names) == 1 else list(names)


def _dispute(d: Dispute) -> dict[str, Any]:
    return {"subject": d.subject, "measure": d.measure, "unit": d.unit, "versus": d.versus,
            "claims": [{"claimant": who, "count": _count(c)} for who, c in d.claims],
            "contradicting": sorted(d.contradicting)}


def to_data(b: Briefing) -> dict[str, Any]:
    """The whole briefing as plain data (what `to_json` writes)."""
    current_claims = {id(c) for c in b.current_claims}
    current_figures = {id(f) for f in b.current_figures}
    return {
        "export_format": JSON_EXPORT_VERSION,
        "format": b.format,
        "title": b.title, "date": b.date.isoformat(), "updated": _when(b.updated),
        "timezone": b.timezone,  # how a time without an offset is read (None: UTC)
        "place": b.place, "tags": list(b.tags), "summary": b.summary,
        "key_points": list(b.key_points),
        "quotes": [{"speaker": q.speaker, "role": q.role, "country": _country(q.country),
                    "text": q.text, "partial": q.partial, "medium": q.medium,
                    "said": _when(q.said), "source": _source(q.source), "context": q.context}
                   for q in b.quotes],
        "casualty_claims": [
            {"claimant": c.claimant, "country": _country(c.country), "affected": c.affected,
             "killed": _count(c.killed), "injured": _count(c.injured), "evidence": c.evidence,
             "said": _when(c.said), "source": _source(c.source), "note": c.note,
             "current": id(c) in current_claims}
            for c in b.casualty_claims],
        "reactions": [{"country": _country(r.country), "organisation": r.organisation,
                       "actor": r.actor, "stance": r.stance, "summary": r.summary,
                       "said": _when(r.said), "source": _source(r.source)}
                      for r in b.reactions],
        "figures": [{"what": f.what, "claimant": f.claimant, "value": _count(f.value),
                     "unit": f.unit, "said": _when(f.said), "source": _source(f.source),
                     "note": f.note, "current": id(f) in current_figures} for f in b.figures],
        "timeline": [{"when": _when(e.when), "event": e.event} for e in b.timeline_in_order],
        "sources": [{"name": s.name, "url": s.url,
                     "accessed": s.accessed.isoformat() if s.accessed else None}
                    for s in b.sources],
        "disputes": [_dispute(d) for d in b.disputes],
        "aliases": {canonical: list(names) for canonical, names in b.aliases},
    }


def to_json(b: Briefing, as_of: Any = None) -> str:
    """The briefing as JSON; `as_of`, the moment it was cut at (core.as_of),
    is written as the `as_of` key so a reader knows it is not the whole story."""
    data = to_data(b)
    if as_of is not None:
        data["as_of"] = _when(as_of)
    # ensure_ascii=False keeps every script readable, but leaves DEL, C1 and
    # bidi characters raw: escape_json writes those as \u escapes.
    return escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


# `min` and `max` are whole numbers, except a figure's decimal value (2.5).
_COUNT_SCHEMA = {"type": ["object", "null"], "required": ["min", "max", "text"],
                 "properties": {"min": {"type": ["number", "null"]},
                                "max": {"type": ["number", "null"]},
                                "text": {"type": "string"}}}
_COUNTRY_SCHEMA = {"type": ["object", "null"], "required": ["code", "name"],
                   "properties": {"code": {"type": "string"}, "name": {"type": "string"}}}
_TEXT = {"type": "string"}
_MAYBE_TEXT = {"type": ["string", "null"]}
# One source's name, a list of several, or null (see _source).
_SOURCE = {"anyOf": [{"type": ["string", "null"]},
                     {"type": "array", "items": _TEXT, "minItems": 2}]}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": list(properties), "additionalProperties": False,
            "properties": properties}


_BRIEFING_SCHEMA = _object({
    "export_format": {"const": JSON_EXPORT_VERSION},
    "format": {"type": "integer"}, "title": _TEXT, "date": {"type": "string",
                                                              "format": "date"},
    "updated": _MAYBE_TEXT, "timezone": _MAYBE_TEXT, "place": _MAYBE_TEXT,
    "tags": {"type": "array", "items": _TEXT}, "summary": _TEXT,
    "key_points": {"type": "array", "items": _TEXT},
    "quotes": {"type": "array", "items": _object({
        "speaker": _TEXT, "role": _MAYBE_TEXT, "country": _COUNTRY_SCHEMA, "text": _TEXT,
        "partial": {"type": "boolean"}, "medium": _MAYBE_TEXT, "said": _MAYBE_TEXT,
        "source": _SOURCE, "context": _MAYBE_TEXT})},
    "casualty_claims": {"type": "array", "items": _object({
        "claimant": _TEXT, "country": _COUNTRY_SCHEMA, "affected": _TEXT,
        "killed": _COUNT_SCHEMA, "injured": _COUNT_SCHEMA,
        "evidence": {"enum": ["provided", "not-provided", "unknown"]},
        "said": _MAYBE_TEXT, "source": _SOURCE, "note": _MAYBE_TEXT,
        "current": {"type": "boolean"}})},
    "reactions": {"type": "array", "items": _object({
        "country": _COUNTRY_SCHEMA, "organisation": _MAYBE_TEXT, "actor": _MAYBE_TEXT,
        "stance": _MAYBE_TEXT, "summary": _TEXT, "said": _MAYBE_TEXT,
        "source": _SOURCE})},
    "figures": {"type": "array", "items": _object({
        "what": _TEXT, "claimant": _TEXT, "value": _COUNT_SCHEMA, "unit": _MAYBE_TEXT,
        "said": _MAYBE_TEXT, "source": _SOURCE, "note": _MAYBE_TEXT,
        "current": {"type": "boolean"}})},
    "timeline": {"type": "array", "items": _object({"when": _TEXT, "event": _TEXT})},
    "sources": {"type": "array", "items": _object({
        "name": _TEXT, "url": _MAYBE_TEXT, "accessed": _MAYBE_TEXT})},
    "disputes": {"type": "array", "items": _object({
        "subject": _TEXT, "measure": {"enum": ["killed", "injured", "value"]},
        "unit": _MAYBE_TEXT, "versus": _TEXT,
        "claims": {"type": "array", "items": _object({"claimant": _TEXT,
                                                       "count": _COUNT_SCHEMA})},
        "contradicting": {"type": "array", "items": _TEXT}})},
    "aliases": {"type": "object",
                "additionalProperties": {"type": "array", "items": _TEXT}},
})
EXPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": f"briefing export --format json, export_format {JSON_EXPORT_VERSION}",
    **_BRIEFING_SCHEMA,
    # A folder's JSON Lines export (core.export.folder) gives each briefing
    # the path of its file in the folder; a briefing exported alone has none.
    "properties": {**_BRIEFING_SCHEMA["properties"], "file": {
        "type": "string", "description": "the file's path in the folder (JSON Lines)"},
        "as_of": {"type": "string", "description": "export --as-of: the moment the "
                  "briefing was cut at (what was said by then; undated items kept)"}},
}


# -- CSV ----------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Each count is three columns: as written (`80`, `80+`, `10-20`, `unknown`,
# empty when the record gives none) and its bounds as plain numbers (whole,
# but a figure's may be a decimal: `2.5`; empty when unknown or not given;
# `_max` empty for `80+`, no upper bound). Several sources share one cell.
_HEAD = ("briefing_title", "event_date")
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": (*_HEAD, "claimant", "claimant_country", "affected",
               "killed", "killed_min", "killed_max", "injured", "injured_min", "injured_max",
               "evidence", "said", "source", "disputed", "note", "revision", "current"),
    "figures": (*_HEAD, "claimant", "what", "value", "value_min", "value_max", "unit",
                "said", "source", "disputed", "note", "revision", "current"),
    "quotes": (*_HEAD, "speaker", "role", "speaker_country", "text", "partial", "medium",
               "said", "source", "context"),
    "reactions": (*_HEAD, "country", "organisation", "actor", "stance", "summary"),
}


def _safe(value: object) -> str:
    """A CSV cell: text as written, but never a spreadsheet formula, and no
    control character."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = strip_controls(value if isinstance(value, str) else str(value))
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _count_cells(count: Count | None) -> list[object]:
    if count is None:
        return [None, None, None]
    return [count.text, count.low, count.high]


def _disputed(disputes: tuple[Dispute, ...], subject: str, measures: tuple[Measure, ...],
              claimant: str, unit: str | None = None) -> bool:
    return any(dispute_for(disputes, subject, m, claimant, unit) for m in measures)


def to_csv(b: Briefing, table: str = "claims") -> str:
    """One row per casualty claim (or figure, quote or reaction), long form,
    under the table's fixed CSV_COLUMNS."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS[table])
    writer.writerows(csv_rows(b, table))
    return out.getvalue()


def csv_rows(b: Briefing, table: str = "claims") -> list[list[str]]:
    """The rows of `to_csv`, without its header, each cell made safe."""
    if table not in CSV_COLUMNS:
        raise ValueError(f"no table {table!r}; choose one of {', '.join(TABLES)}")
    head: list[object] = [b.title, b.date.isoformat()]
    rows: list[list[object]] = []
    if table == "claims":
        for c in b.casualty_claims:
            rows.append([*head, c.claimant, c.country.name if c.country else None, c.affected,
                         *_count_cells(c.killed), *_count_cells(c.injured), c.evidence,
                         _when(c.said), _joined(c.source),
                         _disputed(b.disputes, c.affected, CLAIM_MEASURES, c.claimant)
                         and _is_current(b, c), c.note, *_revision(b, c)])
    elif table == "figures":
        for f in b.figures:
            rows.append([*head, f.claimant, f.what, *_count_cells(f.value), f.unit,
                         _when(f.said), _joined(f.source),
                         _disputed(b.disputes, f.what, ("value",), f.claimant, f.unit)
                         and _is_current(b, f), f.note, *_revision(b, f)])
    elif table == "reactions":
        rows += [[*head, r.country.name if r.country else None, r.organisation, r.actor,
                  r.stance, r.summary] for r in b.reactions]
    else:
        rows += [_quote_row(head, q) for q in b.quotes]
    return [[_safe(v) for v in row] for row in rows]


def _quote_row(head: list[object], q: Quote) -> list[object]:
    return [*head, q.speaker, q.role, q.country.name if q.country else None, q.text,
            q.partial, q.medium, _when(q.said), _joined(q.source), q.context]


def _joined(names: tuple[str, ...]) -> str:
    """Several sources in one cell: `Reuters; AFP` (the columns are fixed)."""
    return source_names(names, "; ")


def _is_current(b: Briefing, record: CasualtyClaim | Figure) -> bool:
    return b.history(record)[-1] is record


def _revision(b: Briefing, record: CasualtyClaim | Figure) -> list[object]:
    """Which revision of its claimant's claim the record is (1 for the
    first), and whether it is the current one."""
    history = b.history(record)
    index = next(i for i, r in enumerate(history) if r is record)
    return [index + 1, index == len(history) - 1]


# -- front matter ---------------------------------------------------------------


def _slug(text: str) -> str:
    return "-".join(subject_key(text).replace("/", " ").split())


def _dispute_phrases(b: Briefing) -> list[str]:
    return [f"{d.subject}: {d.versus}" if d.is_figure else f"{d.subject} {d.measure}: {d.versus}"
            for d in b.disputes]


def front_matter(b: Briefing, kind: str) -> str:
    """A YAML front-matter block (`---` ... `---`) for a notes tool or a site
    generator, written by PyYAML's safe dumper: any title or tag is valid YAML."""
    import yaml

    countries = sorted({c.name for c in [*(r.country for r in b.reactions),
                                         *(c.country for c in b.casualty_claims),
                                         *(q.country for q in b.quotes)] if c is not None})
    tags = ["briefing", *(_slug(t) for t in b.tags), *(f"country/{_slug(c)}" for c in countries)]
    if b.disputes:
        tags.append("disputed")
    tags = list(dict.fromkeys(t for t in tags if t))
    urls = [s.url for s in b.sources if s.url]
    updated = format_when(b.updated).replace(" ", "T") if b.updated else None
    data: dict[str, Any]
    if kind == "obsidian":
        data = {"title": b.title, "date": b.date.isoformat()}
        if updated:
            data["updated"] = updated
        data.update({"tags": tags, "aliases": [b.title], "sources": urls,
                     "disputes": _dispute_phrases(b)})
    elif kind == "hugo":
        # Taxonomies are top-level for Hugo (under `params` it builds no tag
        # pages); the rest is the page's own data.
        data = {"title": b.title, "date": b.date.isoformat(),
                "lastmod": updated or b.date.isoformat(), "draft": False, "tags": tags,
                "params": {"place": b.place, "sources": urls, "disputes": _dispute_phrases(b)}}
    elif kind == "pandoc":
        data = {"title": b.title, "date": b.date.isoformat(), "keywords": tags,
                "abstract": " ".join(" ".join(p.split()) for p in b.summary_paragraphs)}
    else:
        raise ValueError(f"no front matter {kind!r}; choose one of {', '.join(FRONT_MATTERS)}")
    # PyYAML writes NEL (a C1 control) and bidi characters raw.
    text = yaml.safe_dump(_stripped(data), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{text}---\n\n"


def _stripped(value: Any) -> Any:
    """Front-matter data with control characters removed from every string."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        return [_stripped(v) for v in value]
    if isinstance(value, dict):
        return {k: _stripped(v) for k, v in value.items()}
    return value
