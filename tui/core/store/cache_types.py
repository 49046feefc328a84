"""Whether a briefing decoded from the parse cache holds what a parse gives.

The unpickler builds only the briefing's records and plain values, but in
any arrangement: a planted entry can put a number where a title goes, and
the app would fail far from the cause. Every value is checked against the
model's annotations, a column at a time (the types of all quotes' speakers
in one pass in C), so the check costs little next to decoding.
"""

from __future__ import annotations

import itertools
import types
import typing
from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from pathlib import Path, PosixPath, WindowsPath
from typing import Literal, Union

from tui.core.format.model import Briefing

# The types that stand for an annotated class: a date field may hold a
# date-time (both are dates), a path is a concrete path.
_ALSO: dict[object, tuple[type, ...]] = {date: (datetime,), Path: (PosixPath, WindowsPath)}
_NONE = type(None)


class _Rule:
    """What an annotation allows, in the terms the check uses (a plain
    class: a NamedTuple costs its creation at every start-up)."""

    __slots__ = ("item", "kinds", "literal", "records")

    def __init__(self, kinds: frozenset[type], literal: frozenset[object] | None,
                 item: object, records: tuple[type, ...]) -> None:
        self.kinds = kinds  # exact types of the values
        self.literal = literal  # for a Literal: its values
        self.item = item  # for tuple[X, ...]: X, else None
        self.records = records  # record types among `kinds`, whose fields are checked too


def holds_model_types(briefing: Briefing) -> bool:
    """Whether every field of `briefing`, and of each record in it, has a
    value of its annotated type."""
    hints = _hints(Briefing)
    return all(_fits((getattr(briefing, name),), hints[name])
               for name in (*Briefing._fields, "path"))


@cache
def _hints(record_type: type) -> dict[str, object]:
    return typing.get_type_hints(record_type)


@cache
def _rule(hint: object) -> _Rule:
    """The rule for an annotation: a class, `X | Y`, a Literal, `tuple[X, ...]`."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        parts = [_rule(part) for part in typing.get_args(hint)]
        literals = [part.literal for part in parts if part.literal is not None]
        items = {part.item for part in parts if part.item is not None}
        if len(items) > 1:
            raise TypeError(f"{hint}: one kind of tuple per field is checked")
        return _Rule(frozenset().union(*(part.kinds for part in parts)),
                     frozenset().union(*literals) if literals else None,
                     items.pop() if items else None,
                     tuple(itertools.chain.from_iterable(part.records for part in parts)))
    if origin is Literal:
        values = frozenset(typing.get_args(hint))
        return _Rule(frozenset(type(value) for value in values), values, None, ())
    if origin is tuple:
        item, dots = typing.get_args(hint)
        if dots is not Ellipsis:
            raise TypeError(f"{hint}: only tuple[X, ...] is checked")
        return _Rule(frozenset({tuple}), None, item, ())
    if hint is None or hint is _NONE:
        return _Rule(frozenset({_NONE}), None, None, ())
    if not isinstance(hint, type):
        raise TypeError(f"{hint} cannot be checked")
    is_record = issubclass(hint, tuple) and hasattr(hint, "_fields")
    return _Rule(frozenset({hint, *_ALSO.get(hint, ())}), None, None,
                 (hint,) if is_record else ())


def _fits(column: Sequence[object], hint: object) -> bool:
    """Whether every value in `column` is of the annotated type `hint`."""
    rule = _rule(hint)
    found = set(map(type, column))
    if not found <= rule.kinds:
        return False
    if rule.literal is not None and not set(column) - {None} <= rule.literal:
        return False  # hashable: the types above are a Literal's (strings)
    if rule.item is not None:
        tuples = typing.cast("Sequence[tuple[object, ...]]", column if found == {tuple} else [
            value for value in column if type(value) is tuple])
        if not _fits(list(itertools.chain.from_iterable(tuples)), rule.item):
            return False
    for record_type in rule.records:
        records = typing.cast("Sequence[tuple[object, ...]]", column if found == {record_type}
                              else [value for value in column if type(value) is record_type])
        hints = _hints(record_type)
        fields: tuple[str, ...] = record_type._fields  # type: ignore[attr-defined]
        if not set(map(len, records)) <= {len(fields)}:
            return False
        if records and not all(_fits(values, hints[name]) for name, values
                               in zip(fields, zip(*records, strict=True), strict=True)):
            return False
    return True
