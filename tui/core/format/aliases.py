"""Reading a briefing's `aliases` table: each canonical name with the other
names it goes by, and the rule that a name belongs to one person or body.
Kept apart from core.format.names, which the model imports at start-up and
which must not pull in the YAML parser."""

from __future__ import annotations

from collections.abc import Callable

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tui.core.format.model import Alias
from tui.core.format.names import subject_key
from tui.core.format.yaml_safety import NULL, node_kind


def read_aliases(node: Node, path: str, text: Callable[[Node, str], str | None],
                 error: Callable[[Node, str, str], None]) -> tuple[Alias, ...] | None:
    """The `aliases` table, checked: each canonical name with its other
    names. A name (compared without case) belongs to one person or body
    only; each mistake is reported through `error`, at its node. `text`
    reads a name as the validator reads any text."""
    if not isinstance(node, MappingNode):
        error(node, path, "must be a mapping of a name to a list of its other names, "
              f"not {node_kind(node)}")
        return None
    failed = False
    owners: dict[str, tuple[str, int]] = {}  # a name's key -> (canonical, its line)

    def taken(at: Node, where: str, name: str, owner: tuple[str, int]) -> None:
        nonlocal failed
        failed = True
        error(at, where, f"{name!r} is already a name of {owner[0]!r} (line {owner[1]}); "
              "a name belongs to one person or body")

    table = []
    for key_node, value_node in node.value:
        canonical = text(key_node, path)
        if canonical is None:
            failed = True
            continue
        at = f"{path}.{canonical}"
        line = key_node.start_mark.line + 1
        own = subject_key(canonical)
        if (owner := owners.get(own)) is not None:
            taken(key_node, at, canonical, owner)
        owners.setdefault(own, (canonical, line))
        if isinstance(value_node, ScalarNode) and value_node.tag == NULL:
            table.append(Alias(canonical))
            continue
        if not isinstance(value_node, SequenceNode):
            failed = True
            error(value_node, at, f"must be a list of other names, not {node_kind(value_node)}")
            continue
        names = []
        for i, child in enumerate(value_node.value):
            name = text(child, f"{at}[{i}]")
            if name is None:
                failed = True
                continue
            key = subject_key(name)
            if key == own:
                failed = True
                error(child, f"{at}[{i}]", f"{name!r} is the canonical name itself; leave it out")
            elif (owner := owners.get(key)) is not None:
                taken(child, f"{at}[{i}]", name, owner)
            else:
                owners[key] = (canonical, line)
            names.append(name)
        table.append(Alias(canonical, tuple(names)))
    return None if failed else tuple(table)
