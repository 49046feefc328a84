"""The briefing format as declarative field specs, and the JSON Schema made from them.

One table drives both the loader's checks (core.load) and `briefing schema`,
so the published schema can never drift from what `briefing check` enforces.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from tui.core.format.model import (
    EVIDENCE_VALUES,
    FORMAT_VERSION,
    STANCES,
    Briefing,
    CasualtyClaim,
    Figure,
    Quote,
    Reaction,
    Source,
    TimelineEntry,
)

Kind = Literal[
    "format", "text", "date", "when", "bool", "count", "country", "url", "choice",
    "text_list", "records", "source", "timezone", "value", "aliases",
]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    doc: str
    required: bool = False
    choices: tuple[str, ...] = ()
    record: RecordSpec | None = None


@dataclass(frozen=True)
class RecordSpec:
    name: str
    cls: type
    fields: tuple[FieldSpec, ...]
    doc: str = ""
    # At least one of these keys must be given (the loader's check and the
    # JSON Schema's anyOf both come from here).
    needs_one_of: tuple[str, ...] = ()

    @cached_property
    def by_name(self) -> dict[str, FieldSpec]:
        return {f.name: f for f in self.fields}

    @cached_property
    def required_names(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.required)


QUOTE = RecordSpec("quote", Quote, (
    FieldSpec("speaker", "text", "Who said it, e.g. Ali Khamenei", required=True),
    FieldSpec("role", "text", "e.g. Supreme Leader of Iran"),
    FieldSpec("country", "country", "The speaker's country"),
    FieldSpec("text", "text", "The words exactly as reported, without quote marks",
              required=True),
    FieldSpec("partial", "bool", "True when text is a fragment of a longer sentence"),
    FieldSpec("medium", "text", "Where it was said: Twitter, a briefing, state television"),
    FieldSpec("said", "when", "When it was said"),
    FieldSpec("source", "source", "The name of the entry of sources that reported it, "
              "or a list of such names"),
    FieldSpec("context", "text", "One line of context"),
), "Who said what, where.")

CASUALTY_CLAIM = RecordSpec("casualty claim", CasualtyClaim, (
    FieldSpec("claimant", "text", "Who makes the claim", required=True),
    FieldSpec("country", "country", "The claimant's country"),
    FieldSpec("affected", "text", "Whose casualties, e.g. US personnel", required=True),
    FieldSpec("killed", "count", "People killed"),
    FieldSpec("injured", "count", "People injured"),
    FieldSpec("evidence", "choice", "Whether the claimant backed the figure",
              choices=EVIDENCE_VALUES),
    FieldSpec("said", "when", "When the claim was made; a claimant's claims about the same "
              "group are revisions, ordered by this"),
    FieldSpec("source", "source", "The name of the entry of sources that reported it, "
              "or a list of such names"),
    FieldSpec("note", "text", "Anything else: damage claimed, declined to comment"),
), "One claimant's statement about one group's casualties; needs killed, injured or note.",
    needs_one_of=("killed", "injured", "note"))

REACTION = RecordSpec("reaction", Reaction, (
    FieldSpec("country", "country", "The reacting country (or give organisation)"),
    FieldSpec("organisation", "text", "e.g. NATO, United Nations (or give country)"),
    FieldSpec("actor", "text", "Who spoke for it, e.g. Foreign Office"),
    FieldSpec("stance", "choice", "The stance in one word", choices=STANCES),
    FieldSpec("summary", "text", "What it said or did", required=True),
    FieldSpec("said", "when", "When it reacted"),
    FieldSpec("source", "source", "The name of the entry of sources that reported it, "
              "or a list of such names"),
), "How a country or an organisation reacted; needs country or organisation.",
    needs_one_of=("country", "organisation"))

FIGURE = RecordSpec("figure", Figure, (
    FieldSpec("what", "text", "What is counted, e.g. missiles fired", required=True),
    FieldSpec("claimant", "text", "Who states the number", required=True),
    FieldSpec("value", "value", "The number: a count, or a decimal (2.5)", required=True),
    FieldSpec("unit", "text", "What the value counts in, e.g. USD, %, km, tonnes; "
              "figures are compared only within one unit"),
    FieldSpec("said", "when", "When the figure was stated; a claimant's figures for the same "
              "thing are revisions, ordered by this"),
    FieldSpec("source", "source", "The name of the entry of sources that reported it, "
              "or a list of such names"),
    FieldSpec("note", "text", "Anything else"),
), "A number a claimant states, which others may dispute.")

TIMELINE_ENTRY = RecordSpec("timeline entry", TimelineEntry, (
    FieldSpec("when", "when", "Date or date-time", required=True),
    FieldSpec("event", "text", "What happened", required=True),
))

SOURCE = RecordSpec("source", Source, (
    FieldSpec("name", "text", "e.g. Reuters", required=True),
    FieldSpec("url", "url", "http or https address"),
    FieldSpec("accessed", "date", "When it was read"),
))

BRIEFING = RecordSpec("briefing", Briefing, (
    FieldSpec("format", "format", f"Format version; must be {FORMAT_VERSION}", required=True),
    FieldSpec("title", "text", "Headline", required=True),
    FieldSpec("date", "date", "Day of the event, YYYY-MM-DD", required=True),
    FieldSpec("updated", "when", "When the briefing was last revised"),
    FieldSpec("timezone", "timezone", "IANA time zone (e.g. Asia/Baghdad) a date-time "
              "without an offset, and a date, are read in; default UTC"),
    FieldSpec("place", "text", "Where it happened"),
    FieldSpec("tags", "text_list", "Free labels for filtering"),
    FieldSpec("summary", "text", "Plain text; a blank line separates paragraphs",
              required=True),
    FieldSpec("key_points", "text_list", "The facts a reader must not miss"),
    FieldSpec("quotes", "records", "Quotes", record=QUOTE),
    FieldSpec("casualty_claims", "records", "Casualty claims", record=CASUALTY_CLAIM),
    FieldSpec("reactions", "records", "Reactions by country", record=REACTION),
    FieldSpec("figures", "records", "Other numbers claimants state", record=FIGURE),
    FieldSpec("timeline", "records", "Timeline", record=TIMELINE_ENTRY),
    FieldSpec("sources", "records", "Sources", record=SOURCE),
    FieldSpec("aliases", "aliases", "Names that are one person or body: each canonical "
              "name with a list of its other names (compared without case)"),
), "One news event.")

ALL_RECORDS = (BRIEFING, QUOTE, CASUALTY_CLAIM, REACTION, FIGURE, TIMELINE_ENTRY, SOURCE)

_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_WHEN_PATTERN = r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
_COUNT_PATTERN = r"^(\d+|\d+\+|\d+-\d+|unknown)$"
_DECIMAL = r"\d+(\.\d+)?"
_VALUE_PATTERN = rf"^({_DECIMAL}|{_DECIMAL}\+|{_DECIMAL}-{_DECIMAL}|unknown)$"
# The shape of an IANA zone name; which names exist depends on the time zone
# database of the machine, so only `briefing check` knows.
_TIMEZONE_PATTERN = r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"


def _def_name(spec: RecordSpec) -> str:
    return spec.name.replace(" ", "_")


def _field_schema(spec: FieldSpec) -> dict[str, Any]:
    out: dict[str, Any]
    match spec.kind:
        case "format":
            out = {"const": FORMAT_VERSION}
        case "text":
            out = {"type": "string"}
        case "source":
            out = {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
        case "value":
            out = {"$ref": "#/$defs/value"}
        case "aliases":
            # A canonical name with nothing after it (`Red Cross:`) is allowed.
            out = {"type": "object", "additionalProperties": {
                "type": ["array", "null"], "items": {"type": "string"}}}
        case "date":
            out = {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
        case "when":
            # A date is checked as a real date; a date-time by its shape
            # (JSON Schema's date-time wants seconds and an offset).
            out = {"type": "string", "pattern": _WHEN_PATTERN,
                   "anyOf": [{"format": "date"}, {"pattern": "[T ]"}]}
        case "bool":
            out = {"type": "boolean"}
        case "count":
            out = {"$ref": "#/$defs/count"}
        case "country":
            out = {"$ref": "#/$defs/country"}
        case "url":
            out = {"type": "string", "pattern": "^https?://"}
        case "timezone":
            out = {"type": "string", "pattern": _TIMEZONE_PATTERN}
        case "choice":
            out = {"enum": list(spec.choices)}
        case "text_list":
            out = {"type": "array", "items": {"type": "string"}}
        case "records":
            assert spec.record is not None
            out = {"type": "array", "items": {"$ref": f"#/$defs/{_def_name(spec.record)}"}}
    out["description"] = spec.doc
    return out


def _record_schema(spec: RecordSpec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {f.name: _field_schema(f) for f in spec.fields},
    }
    required = [f.name for f in spec.fields if f.required]
    if required:
        out["required"] = required
    if spec.doc:
        out["description"] = spec.doc
    if spec.needs_one_of:
        out["anyOf"] = [{"required": [k]} for k in spec.needs_one_of]
    return out


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) for a briefing, for editors' YAML servers."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://briefing.invalid/briefing.schema.json",
        "title": "News briefing, format 1",
    }
    schema.update(_record_schema(BRIEFING))
    defs: dict[str, Any] = {_def_name(s): _record_schema(s) for s in ALL_RECORDS[1:]}
    defs["count"] = {
        "description": "A whole number, at least N (80+), a range (10-20) or unknown",
        "oneOf": [
            {"type": "integer", "minimum": 0},
            {"type": "string", "pattern": _COUNT_PATTERN},
        ],
    }
    defs["value"] = {
        "description": "A count, or a decimal number (2.5) in any of its forms",
        "oneOf": [
            {"type": "number", "minimum": 0},
            {"type": "string", "pattern": _VALUE_PATTERN},
        ],
    }
    from tui.core.format.countries import spellings

    defs["country"] = {
        "description": "ISO 3166-1 alpha-2 code (IR) or English name (Iran, UK, USA)",
        "type": "string",
        "enum": spellings(),
    }
    schema["$defs"] = defs
    return schema
