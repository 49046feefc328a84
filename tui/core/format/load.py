"""YAML text -> Briefing, safely, with every error located: the entry points.

The text is composed into a node tree by core.format.yaml_safety (never
constructing Python objects from tags, aliases bounded), then walked against
the field specs by core.format.validate. Nodes keep their marks, so every
error has a line and a column, and walking the raw mappings catches keys
given twice before a dict would silently drop one.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml
from yaml.nodes import MappingNode

from tui.core.format.errors import (
    BriefingError,
    LocatedError,
    display_name,
    file_error,
    read_briefing_bytes,
    too_big,
)
from tui.core.format.model import MAX_FILE_BYTES, Briefing
from tui.core.format.schema import BRIEFING
from tui.core.format.validate import Validator
from tui.core.format.yaml_safety import (
    MAX_EXPANDED_CHARS,
    MAX_EXPANDED_NODES,
    Loader,
    check_tree,
    may_hold_tag,
    node_kind,
)

__all__ = ["MAX_EXPANDED_CHARS", "MAX_EXPANDED_NODES", "load_briefing", "parse_briefing"]


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
    loader = Loader(text)
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
    if "&" in text or loader.unusual_tags or may_hold_tag(text):
        tree_errors, refused = check_tree(root, file)
        if refused:
            raise BriefingError(tree_errors)
    walker = Validator(file, list(tree_errors))
    if not isinstance(root, MappingNode):
        walker.error(root, "document", f"the top level must be a mapping of keys "
                     f"(format:, title:, ...), not {node_kind(root)}")
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
