"""Additions to a briefing file by textual insertion, keeping every other
byte: comments, key order, quoting, blank lines, line endings.

The file is composed (safe loader) only to find where things are: the end
of a section's last item, a record's `source`, the `updated` value. New
lines are written in the file's own line ending and indentation. The only
edits inside what the editor wrote are the value of `updated` and a
`source` that grows into a list (a quote another outlet also carried).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tui.core.format.yaml_safety import Loader

# A field of a new record: key, its value as YAML text, an optional `# check:` note.
Field = tuple[str, str, str | None]
NewRecord = list[Field]

# Where a new top-level section goes, in the order a briefing is usually written.
SECTION_ORDER = ("aliases", "quotes", "casualty_claims", "figures", "reactions", "timeline",
                 "sources")
_BREAK = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")
_PLAIN_RISK = re.compile(r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|[:#]\s|\s#|:$|[\x00-\x1f\x7f\u2028\u2029]")


# Numbers, dates, times and booleans: plain inside brackets too (a string "true" is
# already quoted by `scalar`, so a plain one here is the boolean `partial: true`)
_FLOW_SAFE = re.compile(r"-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?|"
                        r"true|false")


class EditError(Exception):
    """The file's shape does not allow the insertion (it was not a briefing)."""


def scalar(value: object) -> str:
    """A value as YAML text: plain where that reads back as the same string,
    else double-quoted (JSON strings are valid YAML)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    if text and not _PLAIN_RISK.search(text):
        try:
            if yaml.safe_load(f"k: {text}") == {"k": text}:
                return text
        except yaml.YAMLError:
            pass  # not plain-safe: quoted below
    return json.dumps(text, ensure_ascii=False)


def list_item(value: object) -> str:
    """A value as an item of a `[...]` list: as `scalar` writes it, quoted
    where a comma or a bracket would split or end the list ("Lima, Peru")."""
    text = scalar(value)
    return json.dumps(str(value), ensure_ascii=False) if not text.startswith('"') and any(
        c in text for c in ",[]{}") else text


@dataclass
class Plan:
    """What to add to a briefing file."""

    updated: str | None = None
    sections: dict[str, list[NewRecord]] = field(default_factory=dict)
    aliases: list[tuple[str, list[str]]] = field(default_factory=list)
    # (section, index of the record, names of sources to add to its `source`)
    grow_sources: list[tuple[str, int, list[str]]] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.updated or any(self.sections.values()) or self.aliases
                    or self.grow_sources)


@dataclass(order=True)
class _Edit:
    start: int
    seq: int
    end: int = field(compare=False)
    text: str = field(compare=False)


class _Doc:
    """The file's text, its lines' offsets and its composed node tree."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.eol = "\r\n" if "\r\n" in text else "\n"
        self.line_starts = [0] + [m.end() for m in _BREAK.finditer(text)]
        loader = Loader(text)  # the C composer where PyYAML has it: marks are the same
        try:
            root = loader.get_single_node()
        except yaml.YAMLError as exc:
            raise EditError(f"not YAML: {exc}") from None
        finally:
            loader.dispose()
        if not isinstance(root, MappingNode):
            raise EditError("the top level is not a mapping")
        self.root = root
        self.edits: list[_Edit] = []

    def key(self, name: str) -> tuple[ScalarNode, Node] | None:
        for k, v in self.root.value:
            if isinstance(k, ScalarNode) and k.value == name:
                return k, v
        return None

    def line_offset(self, line: int) -> int:
        if line >= len(self.line_starts):
            return len(self.text)
        return self.line_starts[line]

    def after(self, node: Node) -> int:
        """The offset of the line after the one `node` ends on (its last
        value's: a block's own end lies past the comments that follow it)."""
        while not getattr(node, "flow_style", False) and isinstance(
                node, MappingNode | SequenceNode) and node.value:
            if isinstance(node, MappingNode):
                key, value = node.value[-1]
                if _aliased(key, value):
                    # ("source: *xh"): the alias is written on its key's line; the node
                    # composed for it is the anchor's, earlier in the file
                    return self.line_offset(key.end_mark.line + 1)
                node = value
            else:
                if _ends_in_alias(node):
                    raise EditError("a list ends with an alias (*name); add to it by hand")
                node = node.value[-1]
        end = node.end_mark
        if end.column == 0 and end.index > node.start_mark.index:
            return self.line_offset(end.line)
        return self.line_offset(end.line + 1)

    def add(self, start: int, text: str, end: int | None = None) -> None:
        if start == len(self.text) and self.text and not _BREAK.match(self.text[-1]):
            # the file had no final line break: the added lines go after a break, and
            # the file still ends without one
            text = self.eol + (text[:-len(self.eol)] if text.endswith(self.eol) else text)
        self.edits.append(_Edit(start, len(self.edits), start if end is None else end, text))

    def result(self) -> str:
        out, at = [], 0
        for e in sorted(self.edits):
            out.append(self.text[at:e.start])
            out.append(e.text)
            at = max(at, e.end)
        out.append(self.text[at:])
        return "".join(out)

    def indent_of(self, seq: SequenceNode) -> tuple[int, int]:
        """Columns of a block list's dashes and of its items' keys."""
        first = seq.value[0]
        line = self.text[self.line_offset(first.start_mark.line):first.start_mark.index]
        dash = line.rfind("-")
        return (dash if dash >= 0 else first.start_mark.column - 2), first.start_mark.column

    @property
    def flow(self) -> bool:
        """The whole briefing is one `{...}` mapping (JSON with comments)."""
        return bool(self.root.flow_style)

    @property
    def first_key(self) -> Node | None:
        """The file's first top-level key, whose form its other keys share."""
        return self.root.value[0][0] if self.root.value else None

    @property
    def keys_quoted(self) -> bool:
        """The file writes its keys in double quotes (JSON-like)."""
        first = self.first_key
        return isinstance(first, ScalarNode) and first.style == '"'

    @property
    def keys_explicit(self) -> bool:
        """The file writes its top-level keys in YAML's explicit form, `? key`
        on one line and `: value` on the next."""
        first = self.first_key
        return first is not None and not self.flow and self.text[
            self.line_offset(first.start_mark.line):first.start_mark.index].strip() == "?"

    @property
    def root_indent(self) -> str:
        """The indent of the top-level keys (of a flow document's first key)."""
        return " " * (self.root.value[0][0].start_mark.column if self.root.value else 2)

    @property
    def keys_single_quoted(self) -> bool:
        """A block file that writes its keys in single quotes (`'title': ...`)."""
        first = self.first_key
        return isinstance(first, ScalarNode) and first.style == "'" and not self.flow

    def key_text(self, name: str) -> str:
        """A key as the file writes its keys: `"title"` in a JSON-like file,
        `'title'` in a file that quotes its keys so."""
        if self.keys_single_quoted:
            return f"'{name}'"
        return json.dumps(name) if self.keys_quoted else name

    @property
    def margin(self) -> str:
        """The indent of a block document's top-level keys: none, or the spaces
        of a briefing pasted whole two spaces in (its new keys go there too)."""
        return "" if self.flow or not self.root.value or self.keys_explicit \
            else self.root_indent

    def default_indent(self) -> tuple[int, int]:
        for _, v in self.root.value:
            if isinstance(v, SequenceNode) and not v.flow_style and v.value:
                return self.indent_of(v)
        return len(self.margin) + 2, len(self.margin) + 4


def _lines(record: NewRecord, dash: int, key: int, eol: str, quote: str = "",
           below: frozenset[str] = frozenset()) -> str:
    """A record as block lines; `quote` around each key, as the file writes them,
    and the values of the keys in `below` on the line under their key."""
    out = []
    for i, (name, value, check) in enumerate(record):
        lead = " " * dash + "-" + " " * (key - dash - 1) if i == 0 else " " * key
        note = f"  # check: {' '.join(check.split())}" if check else ""
        if name in below and not value.startswith(("[", "{", "|", ">")):
            out.append(f"{lead}{quote}{name}{quote}:{eol}{' ' * (key + 2)}{value}{note}{eol}")
        else:
            out.append(f"{lead}{quote}{name}{quote}: {value}{note}{eol}")
    return "".join(out)


def _block(doc: _Doc, records: list[NewRecord], dash: int, key: int,
           like: SequenceNode | None = None) -> str:
    """Records as block lines, their keys quoted as the file quotes its own;
    in the form of the list `like` when given: each value on the line under
    its key where its items write that key's so, and a blank line before
    each item where they stand apart ("every text value goes on the line
    below its key", a house style)."""
    quote = "'" if doc.keys_single_quoted else ""
    below: set[str] = set()
    for item in like.value if like is not None else []:
        if isinstance(item, MappingNode) and not item.flow_style:
            below |= {k.value for k, v in item.value if isinstance(k, ScalarNode)
                      and isinstance(v, ScalarNode) and v.style in (None, "", "'", '"')
                      and v.value and v.start_mark.line > k.start_mark.line}
    apart = like is not None and _items_stand_apart(doc, like)
    return "".join((doc.eol if apart else "") + _lines(r, dash, key, doc.eol, quote,
                                                        frozenset(below)) for r in records)


def _items_stand_apart(doc: _Doc, seq: SequenceNode) -> bool:
    """The list's items have a blank line between them (or, of one item,
    before it)."""
    if not seq.value or (line := seq.value[-1].start_mark.line) == 0:
        return False
    return not doc.text[doc.line_offset(line - 1):doc.line_offset(line)].strip()


def _flow_value(value: str) -> str:
    """A value inside brackets: a plain string that is safe in a block (`Yes,
    we will`) may not be inside them, so strings are quoted, a list's too."""
    if value.startswith("["):
        items = yaml.safe_load(value)
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            return "[" + ", ".join(json.dumps(i, ensure_ascii=False) for i in items) + "]"
        return value
    if value.startswith('"') or _FLOW_SAFE.fullmatch(value):
        return value
    return json.dumps(value, ensure_ascii=False)


# A date or a time, plain in YAML, that a JSON-like file writes in quotes
_A_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?")


def _flow(record: NewRecord, quoted: bool = False) -> str:
    """A record inside a flow list; `quoted`: its keys in double quotes, as a
    JSON-like file writes them, and then its dates and times too."""
    def key(name: str) -> str:
        return json.dumps(name) if quoted else name

    def value(text: str) -> str:
        return json.dumps(text) if quoted and _A_TIME.fullmatch(text) else _flow_value(text)

    return "{" + ", ".join(f"{key(name)}: {value(text)}" for name, text, _ in record) + "}"


def apply_plan(text: str, plan: Plan) -> str:
    """`text` with the plan's additions; every byte outside them kept."""
    bom = text.startswith("\ufeff")
    doc = _Doc(text[1:] if bom else text)
    if plan.updated is not None:
        _set_updated(doc, plan.updated)
    if plan.aliases:
        _add_aliases(doc, plan.aliases)
    for section, index, names in plan.grow_sources:
        _grow_source(doc, section, index, names)
    for section in SECTION_ORDER:
        if plan.sections.get(section):
            _add_records(doc, section, plan.sections[section])
    return ("\ufeff" if bom else "") + doc.result()


def _set_updated(doc: _Doc, value: str) -> None:
    found = doc.key("updated")
    if found is not None:
        node = found[1]
        doc.add(node.start_mark.index, value, node.end_mark.index)
        return
    if doc.flow:
        date = doc.key("date")
        written = json.dumps(value) if date is not None and isinstance(
            date[1], ScalarNode) and date[1].style == '"' else _flow_value(value)
        _add_to_root(doc, f"{doc.key_text('updated')}: {written}", after=date)
        return
    anchor = doc.key("date") or doc.key("title")
    at = doc.after(anchor[1]) if anchor else 0
    date = doc.key("date")
    if date is not None and doc.text.startswith("!!str ", date[1].start_mark.index):
        value = f"!!str {value}"  # (a file that tags its dates so no loader reads a time)
    # (the colon and the space after it as the key before writes them: "date:\t\t2029-12-07"
    # in a house style that aligns values by tabs)
    between = ": "
    if anchor is not None and anchor[1].start_mark.line == anchor[0].end_mark.line:
        written = doc.text[anchor[0].end_mark.index:anchor[1].start_mark.index]
        between = written if re.fullmatch(r":[ \t]+", written) else between
    doc.add(at, f"? updated{doc.eol}: {value}{doc.eol}" if doc.keys_explicit
            else f"{doc.margin}{doc.key_text('updated')}{between}{value}{doc.eol}")


def _section_start(doc: _Doc, section: str) -> int:
    """Where a new top-level section goes: before the first later section
    (and the comment lines right above it), else at the end."""
    later = SECTION_ORDER[SECTION_ORDER.index(section) + 1:]
    for k, _ in doc.root.value:
        if isinstance(k, ScalarNode) and k.value in later:
            line = k.start_mark.line
            while line > 0 and doc.text[doc.line_offset(line - 1):].startswith("#"):
                line -= 1
            # (comments from the file's first line on head the file, not the section:
            # they stay first; so do those right after its `%YAML` line and `---`)
            heads = line == 0 or all(
                re.match(r"(?:%|---\s*$|\s*$)", doc.text[doc.line_offset(above):
                                                         doc.line_offset(above + 1)])
                for above in range(line))
            return doc.line_offset(k.start_mark.line if heads else line)
    return len(doc.text)


def _add_to_root(doc: _Doc, entry: str, after: tuple[ScalarNode, Node] | None = None,
                 before: str | None = None) -> None:
    """`entry` ("key": value) added to a flow document's top-level mapping: on
    a line of its own after the entry `after`, or before the section `before`
    and the comments above it, else last; with the commas the file uses."""
    root, indent = doc.root, doc.root_indent
    if after is not None:
        # (after its value and the comma that follows it, on the next line)
        m = re.match(r"[ \t]*,", doc.text[after[1].end_mark.index:])
        if m is not None and after[1].end_mark.line < root.end_mark.line:
            doc.add(doc.line_offset(after[1].end_mark.line + 1), f"{indent}{entry},{doc.eol}")
            return
    if before is not None:
        at = _section_start(doc, before)
        if at < len(doc.text):
            doc.add(at, f"{indent}{entry},{doc.eol}")
            return
    _add_to_flow_mapping(doc, root, [entry])


def _add_to_flow_mapping(doc: _Doc, node: MappingNode, entries: list[str]) -> None:
    """Entries ("key": value) added before a `{...}` mapping's brace, as it
    is written: one a line when its entries stand one a line, with the comma
    after each when its last one has one (a trailing comma)."""
    close = node.end_mark.index - 1
    if not node.value:
        doc.add(close, ", ".join(entries))
        return
    last = node.value[-1][1]
    between = doc.text[last.end_mark.index:close]
    trailing = between.lstrip().startswith(",")
    line_start = doc.line_offset(node.end_mark.line)
    if "\n" in between and not doc.text[line_start:close].strip():
        indent = " " * node.value[-1][0].start_mark.column
        if not trailing:
            doc.add(last.end_mark.index, ",")
        doc.add(line_start, "".join(
            f"{indent}{e}{',' if trailing or i < len(entries) - 1 else ''}{doc.eol}"
            for i, e in enumerate(entries)))
    elif trailing:
        doc.add(close, " " + ", ".join(entries) + ",")
    else:
        doc.add(close, ", " + ", ".join(entries))


def _flow_section(doc: _Doc, section: str, items: list[str]) -> None:
    """A new section of a flow document: its items one a line in brackets."""
    indent = doc.root_indent
    body = f"[{doc.eol}" + "".join(f"{indent * 2}{item}{doc.eol}" for item in items) \
        + f"{indent}]"
    _add_to_root(doc, f"{doc.key_text(section)}: {body}", before=section)


def _new_section(doc: _Doc, section: str, body: str) -> None:
    at = _section_start(doc, section)
    eol = doc.eol
    if doc.keys_explicit and body.startswith("  ") and not body.startswith("   "):
        # ("? quotes" / ": - speaker: ...": the file's explicit keys, the body's first line
        # after the value's colon, the rest at its own indent)
        head = f"? {section}{eol}: {body[2:]}"
        doc.add(at, head if at == len(doc.text) else head + eol)
        return
    key = doc.margin + doc.key_text(section)
    if at == len(doc.text):
        blank = "" if doc.text.endswith(eol + eol) or not doc.text else eol
        doc.add(at, f"{blank}{key}:{eol}{body}")
    else:
        doc.add(at, f"{key}:{eol}{body}{eol}")


def _add_records(doc: _Doc, section: str, records: list[NewRecord]) -> None:
    found = doc.key(section)
    if found is None and doc.flow:
        _flow_section(doc, section,
                      [_flow(r, doc.keys_quoted) + "," + _checks(r) for r in records])
        return
    if found is None:
        dash, key = doc.default_indent()
        _new_section(doc, section, _block(doc, records, dash, key))
        return
    key_node, seq = found
    if isinstance(seq, ScalarNode) and seq.value == "" and seq.tag.endswith(":null"):
        dash, key = doc.default_indent()
        doc.add(doc.after(key_node), _block(doc, records, dash, key))
        return
    if not isinstance(seq, SequenceNode):
        raise EditError(f"{section} is not a list")
    if seq.flow_style:
        _add_to_flow_list(doc, seq, records)
        return
    if _ends_in_alias(seq):
        raise EditError(f"{section} ends with an alias (*name); add to it by hand")
    dash, key = doc.indent_of(seq)
    doc.add(doc.after(seq.value[-1]), _block(doc, records, dash, key, like=seq))


# A line that opens with the comma before a flow list's entry ("  , {when: ...}")
_LEADING_COMMA = re.compile(r"^([ \t]*,[ \t]*)(?=[{\[\"'\w])", re.M)


def _add_to_flow_list(doc: _Doc, seq: SequenceNode, records: list[NewRecord]) -> None:
    """Records added to a `[...]` list as the list is written: one a line
    at its items' indent when they stand one a line, with a comma after
    each when the last item has one (`{...},` before `]`: a trailing comma),
    or before each when the document opens its lines with the comma."""
    close = seq.end_mark.index - 1
    flows = [_flow(r, doc.flow and doc.keys_quoted) for r in records]
    if not seq.value:
        doc.add(close, ", ".join(flows))
        return
    last = seq.value[-1]
    between = doc.text[last.end_mark.index:close]
    trailing = between.lstrip().startswith(",")
    line_start = doc.line_offset(seq.end_mark.line)
    one_a_line = "\n" in between and not doc.text[line_start:close].strip()
    if one_a_line and (opener := _LEADING_COMMA.search(doc.text)) is not None:
        # ("    {a}\n  , {b}\n]": a house style where the comma opens the next entry,
        # so an entry only ever adds lines and the last one is left as it is)
        lead = " " * max(0, last.start_mark.column - len(opener[1])) + opener[1]
        doc.add(line_start, "".join(lead + f + _checks(r) + doc.eol
                                    for f, r in zip(flows, records, strict=True)))
        return
    if one_a_line:
        # ("  {...},\n]": each record on a line of its own before the bracket's line)
        lead = doc.text[doc.line_offset(last.start_mark.line):last.start_mark.index]
        indent = lead if not lead.strip() else " " * last.start_mark.column
        if not trailing:
            doc.add(last.end_mark.index, ",")
        # (a line of its own may end in the record's `# check:` as a block item's keys do)
        lines = [indent + f + ("," if trailing or i < len(flows) - 1 else "") + _checks(r)
                 for i, (f, r) in enumerate(zip(flows, records, strict=True))]
        doc.add(line_start, "".join(line + doc.eol for line in lines))
        return
    if trailing:
        doc.add(close, " " + ", ".join(flows) + ",")  # "[{a}, {b},]"
    else:
        doc.add(close, ", " + ", ".join(flows))


def _checks(record: NewRecord) -> str:
    """The record's checks as one trailing comment ("" when it has none)."""
    checks = [" ".join(check.split()) for _, _, check in record if check]
    return f"  # check: {'; '.join(checks)}" if checks else ""


def _add_aliases(doc: _Doc, entries: list[tuple[str, list[str]]]) -> None:
    lines = [(name, "[" + ", ".join(list_item(o) for o in others) + "]")
             for name, others in entries]
    found = doc.key("aliases")
    if found is None and doc.flow:
        _add_to_root(doc, f"{doc.key_text('aliases')}: {{" + ", ".join(
            f"{json.dumps(n, ensure_ascii=False)}: {_flow_value(v)}" for n, v in lines) + "}",
                     before="aliases")
        return
    if found is None:
        body = "".join(f"{doc.margin}  {scalar(n)}: {v}  # check: names of one person or body"
                       f"{doc.eol}" for n, v in lines)
        _new_section(doc, "aliases", body)
        return
    node = found[1]
    if isinstance(node, MappingNode) and node.value and not node.flow_style:
        col = node.value[0][0].start_mark.column
        body = "".join(f"{' ' * col}{scalar(n)}: {v}  # check: names of one person or body"
                       f"{doc.eol}" for n, v in lines)
        doc.add(doc.after(node.value[-1][1]), body)
    elif isinstance(node, MappingNode) and node.flow_style:
        _add_to_flow_mapping(doc, node, [f"{_flow_value(scalar(n))}: {v}" for n, v in lines])
    else:
        raise EditError("aliases is not a mapping")


# ": *xh" after a key: the alias as it is written
_ALIAS_AFTER_KEY = re.compile(r":[ \t]*(\*[^\s,\]}#]+)")


def _aliased(key: Node, value: Node) -> bool:
    """`value` is an alias (`*name`): its node is the anchored one, composed
    where the anchor was written, before its key."""
    return value.start_mark.index < key.end_mark.index


def _ends_in_alias(seq: SequenceNode) -> bool:
    """The list's last item is an alias (`- *name`): its node was composed
    where the anchor was written, before the item that precedes it."""
    if not seq.value:
        return False
    before: int = seq.value[-2].end_mark.index if len(seq.value) > 1 else seq.start_mark.index
    last: int = seq.value[-1].start_mark.index
    return last < before


def _quoted_like(written: str, names: list[str]) -> str:
    """The names to add beside a value `written` in quotes, quoted as it is (a
    base that quotes every string, `"Armenpress"`, gets `"Azatutyun"`)."""
    if written.startswith('"'):
        return ", ".join(json.dumps(str(n), ensure_ascii=False) for n in names)
    if written.startswith("'"):
        return ", ".join("'" + str(n).replace("'", "''") + "'" for n in names)
    return ", ".join(list_item(n) for n in names)


def _grow_source(doc: _Doc, section: str, index: int, names: list[str]) -> None:
    found = doc.key(section)
    if found is None or not isinstance(found[1], SequenceNode):
        raise EditError(f"no list {section}")
    record = found[1].value[index]
    if not isinstance(record, MappingNode):
        raise EditError(f"{section}[{index}] is not a mapping")
    added = ", ".join(list_item(n) for n in names)
    for k, v in record.value:
        if isinstance(k, ScalarNode) and k.value == "source":
            if _aliased(k, v):
                # ("source: *xh"): the alias grows into a list where it is written
                alias = _ALIAS_AFTER_KEY.match(doc.text, k.end_mark.index)
                if alias is None or not isinstance(v, ScalarNode):
                    raise EditError(f"{section}[{index}].source is an alias (*name) of a list; "
                                    "add the source by hand")
                doc.add(alias.start(1), f"[{alias.group(1)}, {added}]", alias.end(1))
            elif isinstance(v, ScalarNode):
                written = doc.text[v.start_mark.index:v.end_mark.index]
                doc.add(v.start_mark.index, f"[{written}, {_quoted_like(written, names)}]",
                        v.end_mark.index)
            elif isinstance(v, SequenceNode) and v.flow_style:
                first = doc.text[v.value[0].start_mark.index:v.value[0].end_mark.index] \
                    if v.value else ""
                doc.add(v.end_mark.index - 1, (", " if v.value else "")
                        + _quoted_like(first, names))
            elif isinstance(v, SequenceNode) and v.value:
                dash, _ = doc.indent_of(v)
                doc.add(doc.after(v.value[-1]),
                        "".join(f"{' ' * dash}- {scalar(n)}{doc.eol}" for n in names))
            return
    if record.flow_style:
        _add_to_flow_mapping(doc, record, [f"{doc.key_text('source') if doc.flow else 'source'}: "
                                           f"[{added}]"])
        return
    col = record.value[0][0].start_mark.column
    doc.add(doc.after(record),
            f"{' ' * col}source: [{added}]  # check: also reported here{doc.eol}")
