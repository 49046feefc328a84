"""The YAML safety layer: text -> a composed node tree, never objects.

PyYAML's safe loader composes the document with a faster tag resolver; the
tree is then checked for tags that would construct objects, for recursive
aliases and for alias bombs before anything walks it. Nothing here knows
what a briefing is: core.format.validate walks the tree against the specs.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tui.core.format.errors import LocatedError
from tui.core.format.model import MAX_FILE_BYTES

try:  # The C loader is ~10x faster; PyYAML built without libyaml lacks it.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

# A document may use aliases, but the tree they expand to stays below this
# many nodes and this much text. A 600-byte "billion laughs" expands to 10**9
# nodes; one long text aliased 100,000 times, to 100 GB of output.
MAX_EXPANDED_NODES = 2_000_000
MAX_EXPANDED_CHARS = 2 * MAX_FILE_BYTES

T = "tag:yaml.org,2002:"
PLAIN_TAGS = {
    T + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
}
NULL = T + "null"
STR, _SEQ, _MAP = T + "str", T + "seq", T + "map"
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONSTRUCTOR = SafeConstructor()


def may_hold_tag(text: str) -> bool:
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


class Loader(_SafeLoader):
    """PyYAML's safe loader with a faster resolver, which tells us about odd tags.

    Even the C composer calls back into Python to resolve every node's tag,
    and PyYAML's resolver also keeps path-resolver stacks that nothing here
    uses: this one gives the same tags sooner.
    `unusual_tags` records an implicit tag outside PLAIN_TAGS (`<<`, `=`).
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
                return STR  # quoted
            tag = self._plain_tags.get(value)
            if tag is None:
                tag = self._plain_tags[value] = self._resolve_plain(value)
            return tag
        return _SEQ if kind is SequenceNode else _MAP

    def _resolve_plain(self, value: str) -> str:
        for tag, regexp in self._by_first_char.get(value[:1], self._anywhere):
            if regexp.match(value):
                if tag not in PLAIN_TAGS:
                    self.unusual_tags = True
                return tag
        return STR


# No count or version has this many digits; Python refuses to convert far
# longer ones (its int digit limit), with an error that helps no one here.
_MAX_DIGITS = 30


def scalar_value(node: ScalarNode) -> Any:
    """The Python value PyYAML's safe constructor would give this scalar.
    Raises ValueError, with a message for the user, for an absurdly long number."""
    if node.tag == T + "int" and len(str(node.value)) > _MAX_DIGITS:
        raise ValueError(f"a number of {len(str(node.value)):,} characters is too long "
                         "to be a count or a version")
    return _CONSTRUCTOR.yaml_constructors[node.tag](_CONSTRUCTOR, node)

def node_kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "empty"
    return "a single value"


def describe_node(node: Node) -> str:
    if isinstance(node, ScalarNode):
        return repr(node.value) if node.tag != NULL else "empty"
    return node_kind(node)


def check_tree(root: Node, file: str) -> tuple[list[LocatedError], bool]:
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
            raise Refused(node, "an alias refers to itself; recursive data is not allowed")
        if node.tag not in PLAIN_TAGS:
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
                    raise Refused(node, _BOMB)
                if chars > MAX_EXPANDED_CHARS:
                    raise Refused(node, _LONG)
            in_progress.discard(key)
        sizes[key] = (nodes, chars)
        return nodes, chars

    def located(node: Node, message: str) -> LocatedError:
        mark = node.start_mark
        return LocatedError(file, mark.line + 1, mark.column + 1, _path_to(root, node), message)

    try:
        size(root)
    except Refused as refused:
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


class Refused(Exception):
    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


