"""The published JSON Schema, run through a real validator (jsonschema) over
the valid and invalid briefings: what an editor's YAML server would say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.conftest import DATA, INVALID_DIR, ROOT, SEED
from tui.core.format.schema import json_schema

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())

# What a schema cannot say, so only `briefing check` catches it:
BEYOND_A_SCHEMA = {
    "duplicate-key": "a key given twice (YAML loaders keep the last one)",
    "unknown-source": "a source that names no entry of sources (a cross-reference)",
    "bad-ipv6-url": "a URL urllib cannot split",
    "control-character": "a control character YAML itself refuses",
    "not-utf8": "bytes that are not UTF-8",
    "syntax-error": "a YAML syntax error",
    "billion-laughs": "aliases expanding past a bound",
    "alias-amplification": "aliases expanding past a bound",
    "recursive-alias": "an alias that refers to itself",
    "python-tag": "a tag that would construct an object",
    "tagged-mapping-as-text": "a mapping tagged as text",
    "huge-number": "a number Python refuses to convert",
    "unknown-timezone": "a time zone the machine's time zone database does not know",
    "alias-under-two-names": "a name listed under two canonical names (a cross-reference)",
    "alias-is-canonical": "a canonical name that is another's alias (a cross-reference)",
}


class _Plain(yaml.SafeLoader):
    """YAML as an editor's server reads it for a schema: dates stay text."""


_Plain.yaml_implicit_resolvers = {
    k: [(tag, regexp) for tag, regexp in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def as_json(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Plain)


def test_the_committed_schema_is_the_generated_one() -> None:
    committed = json.loads((ROOT / "docs" / "briefing.schema.json").read_text(encoding="utf-8"))
    assert committed == SCHEMA


@pytest.mark.parametrize("path", [SEED, DATA / "hostile.yaml", DATA / "revisions.yaml",
                                  DATA / "revision3.yaml"], ids=lambda p: p.stem)
def test_valid_briefings_pass(path: Path) -> None:
    errors = [e.message for e in VALIDATOR.iter_errors(as_json(path))]
    assert errors == []


@pytest.mark.parametrize("path", [p for p in sorted(INVALID_DIR.glob("*.yaml"))
                                  if p.stem not in BEYOND_A_SCHEMA], ids=lambda p: p.stem)
def test_invalid_briefings_fail(path: Path) -> None:
    assert list(VALIDATOR.iter_errors(as_json(path))), f"{path.name} passed the schema"


@pytest.mark.parametrize("name", sorted(BEYOND_A_SCHEMA))
def test_what_a_schema_cannot_say_is_listed_honestly(name: str) -> None:
    """Each file said to be beyond a schema either cannot be read as plain
    YAML at all, or really passes the schema."""
    path = INVALID_DIR / f"{name}.yaml"
    try:
        document = as_json(path)
    except (yaml.YAMLError, ValueError, RecursionError):  # ValueError: not UTF-8, huge int
        return
    if name in ("billion-laughs", "alias-amplification", "recursive-alias"):
        return  # readable, but only by expanding what must not be expanded
    assert list(VALIDATOR.iter_errors(document)) == [], f"the schema does catch {name}"


def test_an_unknown_country_and_an_impossible_date_fail() -> None:
    seed = as_json(SEED)
    assert not list(VALIDATOR.iter_errors(seed))
    seed["reactions"][0]["country"] = "Germny"
    assert any("Germny" in e.message for e in VALIDATOR.iter_errors(seed))
    seed = as_json(SEED)
    seed["date"] = "2024-13-45"
    assert any("2024-13-45" in e.message for e in VALIDATOR.iter_errors(seed))
    assert "Iran" in SCHEMA["$defs"]["country"]["enum"]
    assert "IR" in SCHEMA["$defs"]["country"]["enum"]


def test_aliases_are_a_mapping_of_name_lists() -> None:
    seed = as_json(SEED)
    seed["aliases"] = {"Health Ministry": ["ministry of health"], "Red Cross": None}
    assert not list(VALIDATOR.iter_errors(seed))
    seed["aliases"] = {"Health Ministry": "ministry of health"}
    assert list(VALIDATOR.iter_errors(seed))
    seed["aliases"] = ["Health Ministry"]
    assert list(VALIDATOR.iter_errors(seed))
