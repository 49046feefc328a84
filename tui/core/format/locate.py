"""Where an item of a briefing is written in its file: the line an editor
should open at. The file is composed again (PyYAML, no checking): only the
marks are needed, and only when the user asks."""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

from tui.core.format.model import MAX_FILE_BYTES
from tui.core.format.reading import read_regular

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def line_of(path: Path, key: str, index: int | None = None) -> int:
    """The 1-based line of `key` (`quotes`) or of its `index`-th item in the
    file; 1 when the file cannot be read or has no such place."""
    try:
        text = read_regular(path, MAX_FILE_BYTES).decode("utf-8-sig")
        root = yaml.compose(text, Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return 1
    node = _child(root, key)
    if node is None:
        return 1
    if index is not None and isinstance(node, SequenceNode) and 0 <= index < len(node.value):
        node = node.value[index]
    return node.start_mark.line + 1


def _child(root: Node | None, key: str) -> Node | None:
    if not isinstance(root, MappingNode):
        return None
    for key_node, value_node in root.value:
        if getattr(key_node, "value", None) == key:
            found: Node = value_node if key != "summary" else key_node
            return found
    return None
