"""The validator: walks a composed YAML tree against the field specs of
core.format.schema, builds the records, and collects every error located.

Equal values are shared between records (see Validator), and every rule
about which keys a record needs comes from its spec.
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tui.core.export.terminal_text import has_controls
from tui.core.format.aliases import read_aliases
from tui.core.format.countries import lookup_country, suggest_country
from tui.core.format.errors import LocatedError
from tui.core.format.model import FORMAT_VERSION, Alias, parse_count
from tui.core.format.schema import SOURCE, FieldSpec, RecordSpec
from tui.core.format.when import zone_problem
from tui.core.format.yaml_safety import (
    DATE_RE,
    NULL,
    PLAIN_TAGS,
    STR,
    T,
    describe_node,
    node_kind,
    scalar_value,
)


@dataclass
class Validator:
    """Checks a composed tree against the field specs and builds the records.

    Equal values are shared: a speaker, medium or date that repeats across
    10,000 quotes is one object, which the parse cache then pickles once and
    refers to after, so the entry is smaller and quicker to write and read.
    """

    file: str
    errors: list[LocatedError] = field(default_factory=list)
    _texts: dict[str, str] = field(default_factory=dict)
    _whens: dict[str, date | datetime] = field(default_factory=dict)
    _counts: dict[tuple[str, str, bool], Any] = field(default_factory=dict)
    _source_lists: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    _countries: dict[str, Any] = field(default_factory=dict)
    # Every `source` given: its node, path and the name it refers to.
    source_refs: list[tuple[Node, str, str]] = field(default_factory=list)
    # The name of every entry of `sources`, even one with a bad field (a
    # wrong url): references to it are right, and reporting each as "no
    # source is named" would bury the one real error.
    source_names: list[str] = field(default_factory=list)

    def error(self, node: Node, path: str, message: str) -> None:
        mark = node.start_mark
        self.errors.append(LocatedError(self.file, mark.line + 1, mark.column + 1, path, message))

    # -- scalars ---------------------------------------------------------------

    def text(self, node: Node, path: str) -> str | None:
        if not isinstance(node, ScalarNode):
            self.error(node, path, f"must be text, not {node_kind(node)}")
            return None
        if node.tag == NULL:
            self.error(node, path, "must be text, but is empty")
            return None
        # The scalar as written: `title: 1984` is the text "1984", not a number.
        text = str(node.value)
        return self._texts.setdefault(text, text)

    def iso_date(self, node: Node, path: str) -> date | None:
        text = self._scalar_text(node, path, "a date (YYYY-MM-DD)")
        if text is None:
            return None
        if (known := self._whens.get(text)) is not None and not isinstance(known, datetime):
            return known
        if DATE_RE.match(text):
            try:
                self._whens[text] = found = date.fromisoformat(text)
                return found
            except ValueError as exc:
                self.error(node, path, f"{text!r} is not a real date ({exc})")
                return None
        self.error(node, path, f"{text!r} is not a date; write YYYY-MM-DD, e.g. 2020-01-08")
        return None

    def iso_when(self, node: Node, path: str) -> date | datetime | None:
        text = self._scalar_text(node, path, "a date or date-time")
        if text is None:
            return None
        if (known := self._whens.get(text)) is not None:
            return known
        if DATE_RE.match(text):
            return self.iso_date(node, path)
        try:
            self._whens[text] = found = datetime.fromisoformat(text.replace("z", "Z"))
            return found
        except ValueError:
            self.error(
                node, path,
                f"{text!r} is not a date or date-time; write 2020-01-08 or 2020-01-08T01:30",
            )
            return None

    def _scalar_text(self, node: Node, path: str, what: str) -> str | None:
        if not isinstance(node, ScalarNode) or node.tag == NULL:
            self.error(node, path, f"must be {what}, not {node_kind(node)}")
            return None
        return str(node.value).strip()

    def boolean(self, node: Node, path: str) -> bool | None:
        if isinstance(node, ScalarNode) and node.tag == T + "bool":
            return bool(scalar_value(node))
        self.error(node, path, f"must be true or false, not {describe_node(node)}")
        return None

    def count(self, node: Node, path: str, decimals: bool = False) -> Any:
        tags = (T + "int", T + "str", T + "float") if decimals else (T + "int", T + "str")
        if not isinstance(node, ScalarNode) or node.tag not in tags:
            self.error(
                node, path,
                f"{describe_node(node)} is not a count; write a whole number (80), "
                'at least N ("80+"), a range ("10-20") or "unknown"',
            )
            return None
        key = (node.tag, node.value, decimals)
        if (known := self._counts.get(key)) is not None:
            return known
        try:
            # A decimal is read from its digits as written (`2.50`), never
            # through YAML's float forms (`.inf`, `1_000.5`, `190:20:30`).
            value = node.value if node.tag == T + "float" else scalar_value(node)
            self._counts[key] = found = parse_count(value, decimals)
            return found
        except ValueError as exc:
            self.error(node, path, str(exc))
            return None

    def country(self, node: Node, path: str) -> Any:
        if not isinstance(node, ScalarNode) or node.tag == NULL:
            self.error(node, path, f"must be a country code or name, not {node_kind(node)}")
            return None
        # Use the text as written: YAML 1.1 reads `NO` (Norway) as false, and
        # the field is a country, so the letters are what the author meant.
        text = str(node.value)
        if (found := self._countries.get(text)) is not None:
            return found
        found = lookup_country(text)
        if found is not None:
            self._countries[text] = found
        else:
            hint = suggest_country(text)
            tip = f"; did you mean {hint}?" if hint else "; use an ISO code such as IR or a name"
            self.error(node, path, f"unknown country {text!r}{tip}")
        return found

    def url(self, node: Node, path: str) -> str | None:
        text = self.text(node, path)
        if text is None:
            return None
        if has_controls(text):  # it would reach a Markdown link, and a terminal, raw
            self.error(node, path, f"{text!r} holds a control character; a URL cannot")
            return None
        try:
            parsed = urlparse(text)
            host = parsed.hostname  # checks the host part: "http://[::1" has none
        except ValueError as exc:
            self.error(node, path, f"{text!r} is not a valid URL ({exc})")
            return None
        if parsed.scheme not in ("http", "https") or not host or any(
            c.isspace() or c in "<>" for c in text
        ):
            self.error(node, path, f"{text!r} is not an http(s) URL")
            return None
        return text

    def timezone(self, node: Node, path: str) -> str | None:
        text = self.text(node, path)
        if text is not None and (problem := zone_problem(text)) is not None:
            self.error(node, path, problem)
            return None
        return text

    def choice(self, node: Node, path: str, choices: tuple[str, ...]) -> str | None:
        text = self.text(node, path)
        if text is None:
            return None
        if text not in choices:
            close = difflib.get_close_matches(text, choices, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            self.error(node, path, f"{text!r} is not one of {', '.join(choices)}{hint}")
            return None
        return text

    def format_version(self, node: Node, path: str) -> int | None:
        if isinstance(node, ScalarNode) and node.tag == T + "int":
            with contextlib.suppress(ValueError):  # a number far too long: not ours
                if scalar_value(node) == FORMAT_VERSION:
                    return FORMAT_VERSION
        shown = describe_node(node)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        self.error(node, path, f"unsupported format {shown}; this version of briefing reads "
                   f"format {FORMAT_VERSION}")
        return None

    # -- containers ------------------------------------------------------------

    def sequence(self, node: Node, path: str, item: Callable[[Node, str], Any]) -> tuple[Any, ...]:
        if isinstance(node, ScalarNode) and node.tag == NULL:
            return ()  # `quotes:` with nothing after it is an empty list
        if not isinstance(node, SequenceNode):
            self.error(node, path, f"must be a list, not {node_kind(node)}")
            return ()
        items = [
            item(child, f"{path}[{i}]")
            for i, child in enumerate(node.value)
            if child.tag in PLAIN_TAGS  # others are reported by check_tree
        ]
        return tuple(x for x in items if x is not None)

    def record(self, node: Node, path: str, spec: RecordSpec) -> Any:
        if not isinstance(node, MappingNode):
            self.error(node, path or "document", f"a {spec.name} must be a mapping of keys, "
                       f"not {node_kind(node)}")
            return None
        prefix = f"{path}." if path else ""
        values: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        before = len(self.errors)
        by_name = spec.by_name  # this loop runs for every field of every record
        texts = self._texts
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.error(key_node, path or "document", "keys must be plain words")
                continue
            key: str = key_node.value  # a composed scalar's value is always its text
            if key in seen:
                first = seen[key].start_mark.line + 1
                self.error(key_node, prefix + key, f"key {key!r} given twice (lines {first} "
                           f"and {key_node.start_mark.line + 1}); keep one")
                continue
            seen[key] = key_node
            spec_field = by_name.get(key)
            if spec_field is None:
                names = [f.name for f in spec.fields]
                close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else (
                    f"; a {spec.name} has: {', '.join(names)}"
                )
                self.error(key_node, prefix + key, f"unknown key {key!r}{hint}")
                continue
            if (spec_field.kind == "text" and value_node.tag == STR
                    and value_node.__class__ is ScalarNode):
                # Most fields are text, and nothing can be wrong with a text
                # scalar: inlined, as self.text would do it, for speed on big
                # files. (`!!str {a: 1}` is a mapping with the str tag.)
                text = value_node.value
                values[key] = texts.setdefault(text, text)
                continue
            value = self.value(value_node, prefix + key, spec_field)
            if value is not None:
                values[key] = value
        if not spec.required_names <= seen.keys():
            for f in spec.fields:
                if f.required and f.name not in seen:
                    self.error(node, prefix + f.name, "required")
        if spec.needs_one_of and not seen.keys() & set(spec.needs_one_of):
            *most, last = spec.needs_one_of
            self.error(node, path, f"a {spec.name} needs {', '.join(most)} or {last}")
        if spec is SOURCE and "name" in values:
            self.source_names.append(values["name"])
        if len(self.errors) > before or not spec.required_names <= values.keys():
            return None  # a field failed (possibly reported by check_tree)
        return spec.cls(**values)

    def value(self, node: Node, path: str, spec: FieldSpec) -> Any:
        if node.tag not in PLAIN_TAGS:
            return None  # reported by check_tree; never constructed
        match spec.kind:
            case "format":
                return self.format_version(node, path)
            case "text":
                return self.text(node, path)
            case "date":
                return self.iso_date(node, path)
            case "when":
                return self.iso_when(node, path)
            case "bool":
                return self.boolean(node, path)
            case "count":
                return self.count(node, path)
            case "value":
                return self.count(node, path, decimals=True)
            case "aliases":
                return self.aliases(node, path)
            case "country":
                return self.country(node, path)
            case "url":
                return self.url(node, path)
            case "timezone":
                return self.timezone(node, path)
            case "choice":
                return self.choice(node, path, spec.choices)
            case "text_list":
                return self.sequence(node, path, self.text)
            case "records":
                record = spec.record
                assert record is not None
                return self.sequence(node, path, lambda n, p: self.record(n, p, record))
            case "source":
                return self.sources(node, path)

    def sources(self, node: Node, path: str) -> tuple[str, ...] | None:
        """A `source`: one name, or a list of names; each is checked against
        the briefing's sources once they are all read (check_source_refs)."""
        if isinstance(node, SequenceNode):
            named = [(child, f"{path}[{i}]") for i, child in enumerate(node.value)]
        elif isinstance(node, ScalarNode):
            named = [(node, path)]
        else:
            self.error(node, path, f"must be a source's name or a list of them, "
                       f"not {node_kind(node)}")
            return None
        names = []
        for child, child_path in named:
            name = self.text(child, child_path)
            if name is None:
                return None
            self.source_refs.append((child, child_path, name))
            names.append(name)
        found = tuple(names)
        return self._source_lists.setdefault(found, found)

    def aliases(self, node: Node, path: str) -> tuple[Alias, ...] | None:
        return read_aliases(node, path, self.text, self.error)

    def check_source_refs(self) -> None:
        """Every `source` must name an entry of the briefing's sources."""
        names = self.source_names
        for node, path, name in self.source_refs:
            if name not in names:
                close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
                hint = (f"; did you mean {close[0]!r}?" if close else
                        f"; the sources are: {', '.join(names)}" if names else
                        "; add it to sources first")
                self.error(node, path, f"no source is named {name!r}{hint}")


