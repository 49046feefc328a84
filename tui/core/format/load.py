"""YAML text -> Briefing, safely, with every error located.

We compose the YAML into a node tree (never constructing Python objects from
tags), then walk the tree against the field specs in core.schema. Nodes keep
their marks, so every error has a line and a column, and walking the raw
mappings catches keys given twice before a dict would silently drop one.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlparse

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tui.core.export.terminal_text import has_controls
from tui.core.format.countries import lookup_country, suggest_country
from tui.core.format.errors import (
    BriefingError,
    LocatedError,
    display_name,
    file_error,
    read_briefing_bytes,
    too_big,
)
from tui.core.format.model import FORMAT_VERSION, MAX_FILE_BYTES, Briefing, parse_count
from tui.core.format.schema import BRIEFING, CASUALTY_CLAIM, REACTION, SOURCE, FieldSpec, RecordSpec
from tui.core.format.when import zone_problem

try:  # The C loader is ~10x faster; PyYAML built without libyaml lacks it.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

# A document may use aliases, but the tree they expand to stays below this
# many nodes and this much text. A 600-byte "billion laughs" expands to 10**9
# nodes; one long text aliased 100,000 times, to 100 GB of output.
MAX_EXPANDED_NODES = 2_000_000
MAX_EXPANDED_CHARS = 2 * MAX_FILE_BYTES

_T = "tag:yaml.org,2002:"
_PLAIN_TAGS = {
    _T + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
}
_NULL = _T + "null"
_STR, _SEQ, _MAP = _T + "str", _T + "seq", _T + "map"
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONSTRUCTOR = SafeConstructor()


def _may_hold_tag(text: str) -> bool:
    """Whether an explicit tag (`!foo`, `!!python/object`) may start somewhere:
    a `!` that does not follow a letter, digit, `_` or another `!` ("Fire!"
    and "Stop!!" cannot be tags). A loop over str.find, because a regex with
    a look-behind tries every position of a big file."""
    i = text.find("!")
    while i != -1:
        before = text[i - 1] if i else " "
        if not (before.isalnum() or before in "_!"):
            return True
        i = text.find("!", i + 1)
    return False


class _Loader(_SafeLoader):
    """PyYAML's safe loader with a faster resolver, which tells us about odd tags.

    Even the C composer calls back into Python to resolve every node's tag,
    and PyYAML's resolver also keeps path-resolver stacks that nothing here
    uses: this one gives the same tags sooner.
    `unusual_tags` records an implicit tag outside _PLAIN_TAGS (`<<`, `=`).
    """

    _by_first_char: ClassVar[dict[str | None, tuple[tuple[str, re.Pattern[str]], ...]]] = {
        first: (*resolvers, *_SafeLoader.yaml_implicit_resolvers.get(None, []))
        for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
    }
    _anywhere: ClassVar[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
        _SafeLoader.yaml_implicit_resolvers.get(None, []))

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.unusual_tags = False
        # Plain scalars repeat: every key of every record, and names, dates
        # and places: their tags are remembered rather than resolved again.
        self._plain_tags: dict[str, str] = {}

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass  # no path resolvers are registered

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if not implicit[0]:
                return _STR  # quoted
            tag = self._plain_tags.get(value)
            if tag is None:
                tag = self._plain_tags[value] = self._resolve_plain(value)
            return tag
        return _SEQ if kind is SequenceNode else _MAP

    def _resolve_plain(self, value: str) -> str:
        for tag, regexp in self._by_first_char.get(value[:1], self._anywhere):
            if regexp.match(value):
                if tag not in _PLAIN_TAGS:
                    self.unusual_tags = True
                return tag
        return _STR


# No count or version has this many digits; Python refuses to convert far
# longer ones (its int digit limit), with an error that helps no one here.
_MAX_DIGITS = 30


def _scalar_value(node: ScalarNode) -> Any:
    """The Python value PyYAML's safe constructor would give this scalar.
    Raises ValueError, with a message for the user, for an absurdly long number."""
    if node.tag == _T + "int" and len(str(node.value)) > _MAX_DIGITS:
        raise ValueError(f"a number of {len(str(node.value)):,} characters is too long "
                         "to be a count or a version")
    return _CONSTRUCTOR.yaml_constructors[node.tag](_CONSTRUCTOR, node)


@dataclass
class _Walker:
    """Checks a composed tree against the field specs and builds the records.

    Equal values are shared: a speaker, medium or date that repeats across
    10,000 quotes is one object, which the parse cache then pickles once and
    refers to after, so the entry is smaller and quicker to write and read.
    """

    file: str
    errors: list[LocatedError] = field(default_factory=list)
    _texts: dict[str, str] = field(default_factory=dict)
    _whens: dict[str, date | datetime] = field(default_factory=dict)
    _counts: dict[tuple[str, str], Any] = field(default_factory=dict)
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
            self.error(node, path, f"must be text, not {_kind(node)}")
            return None
        if node.tag == _NULL:
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
        if _DATE_RE.match(text):
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
        if _DATE_RE.match(text):
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
        if not isinstance(node, ScalarNode) or node.tag == _NULL:
            self.error(node, path, f"must be {what}, not {_kind(node)}")
            return None
        return str(node.value).strip()

    def boolean(self, node: Node, path: str) -> bool | None:
        if isinstance(node, ScalarNode) and node.tag == _T + "bool":
            return bool(_scalar_value(node))
        self.error(node, path, f"must be true or false, not {_describe(node)}")
        return None

    def count(self, node: Node, path: str) -> Any:
        if not isinstance(node, ScalarNode) or node.tag not in (_T + "int", _T + "str"):
            self.error(
                node, path,
                f"{_describe(node)} is not a count; write a whole number (80), "
                'at least N ("80+"), a range ("10-20") or "unknown"',
            )
            return None
        key = (node.tag, node.value)
        if (known := self._counts.get(key)) is not None:
            return known
        try:
            self._counts[key] = found = parse_count(_scalar_value(node))
            return found
        except ValueError as exc:
            self.error(node, path, str(exc))
            return None

    def country(self, node: Node, path: str) -> Any:
        if not isinstance(node, ScalarNode) or node.tag == _NULL:
            self.error(node, path, f"must be a country code or name, not {_kind(node)}")
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
        if isinstance(node, ScalarNode) and node.tag == _T + "int":
            with contextlib.suppress(ValueError):  # a number far too long: not ours
                if _scalar_value(node) == FORMAT_VERSION:
                    return FORMAT_VERSION
        shown = _describe(node)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        self.error(node, path, f"unsupported format {shown}; this version of briefing reads "
                   f"format {FORMAT_VERSION}")
        return None

    # -- containers ------------------------------------------------------------

    def sequence(self, node: Node, path: str, item: Callable[[Node, str], Any]) -> tuple[Any, ...]:
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return ()  # `quotes:` with nothing after it is an empty list
        if not isinstance(node, SequenceNode):
            self.error(node, path, f"must be a list, not {_kind(node)}")
            return ()
        items = [
            item(child, f"{path}[{i}]")
            for i, child in enumerate(node.value)
            if child.tag in _PLAIN_TAGS  # others are reported by _check_tree
        ]
        return tuple(x for x in items if x is not None)

    def record(self, node: Node, path: str, spec: RecordSpec) -> Any:
        if not isinstance(node, MappingNode):
            self.error(node, path or "document", f"a {spec.name} must be a mapping of keys, "
                       f"not {_kind(node)}")
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
            if (spec_field.kind == "text" and value_node.tag == _STR
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
        if spec is CASUALTY_CLAIM and not {"killed", "injured", "note"} & seen.keys():
            self.error(node, path, "a casualty claim needs killed, injured or note")
        if spec is REACTION and not {"country", "organisation"} & seen.keys():
            self.error(node, path, "a reaction needs country or organisation")
        if spec is SOURCE and "name" in values:
            self.source_names.append(values["name"])
        if len(self.errors) > before or not spec.required_names <= values.keys():
            return None  # a field failed (possibly reported by _check_tree)
        return spec.cls(**values)

    def value(self, node: Node, path: str, spec: FieldSpec) -> Any:
        if node.tag not in _PLAIN_TAGS:
            return None  # reported by _check_tree; never constructed
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
                name = self.text(node, path)
                if name is not None:
                    self.source_refs.append((node, path, name))
                return name

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


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "empty"
    return "a single value"


def _describe(node: Node) -> str:
    if isinstance(node, ScalarNode):
        return repr(node.value) if node.tag != _NULL else "empty"
    return _kind(node)


def _check_tree(root: Node, file: str) -> tuple[list[LocatedError], bool]:
    """Find object-constructing tags, recursive aliases and alias bombs.

    Returns the errors and whether the document was refused outright (a bomb
    or recursion: nothing more may be done with it). Tag errors alone still
    let the rest of the file be checked, so every error is reported at once.
    The walk counts nodes only; paths are worked out for the rare bad node.
    """
    sizes: dict[int, tuple[int, int]] = {}  # node -> (nodes, characters) it expands to
    in_progress: set[int] = set()
    bad_tags: list[Node] = []

    def size(node: Node) -> tuple[int, int]:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in in_progress:
            raise _Refused(node, "an alias refers to itself; recursive data is not allowed")
        if node.tag not in _PLAIN_TAGS:
            bad_tags.append(node)
        nodes, chars = 1, 0
        if isinstance(node, ScalarNode):
            chars = len(node.value)
        else:
            in_progress.add(key)
            children = node.value if isinstance(node, SequenceNode) else [
                child for pair in node.value for child in pair]
            for child in children:
                child_nodes, child_chars = size(child)
                nodes += child_nodes
                chars += child_chars
                if nodes > MAX_EXPANDED_NODES:
                    raise _Refused(node, _BOMB)
                if chars > MAX_EXPANDED_CHARS:
                    raise _Refused(node, _LONG)
            in_progress.discard(key)
        sizes[key] = (nodes, chars)
        return nodes, chars

    def located(node: Node, message: str) -> LocatedError:
        mark = node.start_mark
        return LocatedError(file, mark.line + 1, mark.column + 1, _path_to(root, node), message)

    try:
        size(root)
    except _Refused as refused:
        return [located(refused.node, refused.message)], True
    except RecursionError:
        return [located(root, "the document nests too deeply")], True
    return [located(n, f"tag {n.tag!r} is not allowed: only plain YAML data (text, numbers, "
                    "lists, mappings), never tags that construct objects") for n in bad_tags], False


_BOMB = f"the document expands to more than {MAX_EXPANDED_NODES:,} values through aliases; refused"
_LONG = (f"the document expands to more than {MAX_EXPANDED_CHARS:,} characters of text through "
         "aliases; refused")


def _path_to(root: Node, target: Node) -> str:
    """The path (`quotes[2].speaker`) of the first place `target` occurs, or `document`."""
    seen: set[int] = set()
    stack: list[tuple[Node, str]] = [(root, "document")]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            stack += [(c, f"{path}[{i}]") for i, c in reversed(list(enumerate(node.value)))]
        elif isinstance(node, MappingNode):
            prefix = "" if path == "document" else path + "."
            for k, v in reversed(node.value):
                child = prefix + str(k.value) if isinstance(k, ScalarNode) else path
                stack += [(v, child), (k, child)]
    return "document"


class _Refused(Exception):
    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while parsing.

    Parsing allocates a node and a record for every value, and each of the
    collector's full passes walks all of them again: on a 2 MB briefing that
    is more than half the time (1.15 s with it, 0.48 s without). The trees
    hold no reference cycles (recursive aliases are refused), so reference
    counting frees them all the same. Left alone if something else paused it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_briefing(data: bytes | str, file: str = "<string>", path: Path | None = None) -> Briefing:
    """Parse one briefing; raise BriefingError listing every problem found."""
    with _collector_paused():
        return _parse(data, file, path)


def _parse(data: bytes | str, file: str, path: Path | None) -> Briefing:
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise too_big(file, len(data))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            raise file_error(
                file, f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8",
                line, column,
            ) from None
    else:
        text = data
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise file_error(file, f"YAML syntax error: {problem}{context}", line, column) from None
    except yaml.reader.ReaderError as exc:
        # Raw control characters are not allowed in YAML text.
        pos = exc.position
        line = text.count("\n", 0, pos) + 1
        column = pos - (text.rfind("\n", 0, pos) + 1) + 1
        raise file_error(
            file, f"control character U+{exc.character:04X} is not allowed in YAML; remove it "
            f'or write it as an escape inside double quotes ("\\x{exc.character:02x}")',
            line, column,
        ) from None
    except yaml.YAMLError as exc:
        raise file_error(file, f"YAML error: {exc}") from None
    finally:
        loader.dispose()
    if root is None:  # nothing but blank lines and comments
        raise file_error(file, "the file is empty; a briefing starts with `format: 1`")
    tree_errors: list[LocatedError] = []
    # Without an anchor (`&`) there can be no alias, so no recursion and no
    # bomb; without a `!` in tag position or an odd implicit tag, no bad tag.
    # The walk over every node is then skipped, which is most of a big file's check.
    if "&" in text or loader.unusual_tags or _may_hold_tag(text):
        tree_errors, refused = _check_tree(root, file)
        if refused:
            raise BriefingError(tree_errors)
    walker = _Walker(file, list(tree_errors))
    if not isinstance(root, MappingNode):
        walker.error(root, "document", f"the top level must be a mapping of keys "
                     f"(format:, title:, ...), not {_kind(root)}")
        raise BriefingError(walker.errors)
    briefing = walker.record(root, "", BRIEFING)
    if walker.source_refs:
        walker.check_source_refs()
    if walker.errors or briefing is None:
        raise BriefingError(walker.errors)
    assert isinstance(briefing, Briefing)
    if path is not None:
        object.__setattr__(briefing, "path", path)
    return briefing


def load_briefing(path: Path | str) -> Briefing:
    """Read and parse a briefing file; raise BriefingError on any problem."""
    p = Path(path)
    name = display_name(p)
    return parse_briefing(read_briefing_bytes(p, name), name, p)
