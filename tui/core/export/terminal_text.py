"""What of a string may leave the program: the one sanitiser for every output.

A briefing, a file name, a YAML key, a commit subject or a git message is
untrusted text. Printed raw, its control characters are commands to the
terminal: OSC 52 sets the clipboard, OSC 0 the window title, CSI clears the
screen, and a lone C1 byte (`\\x9b`) is a CSI on many terminals. So none of
these ever leaves the program raw:

- C0 controls except tab and newline, DEL, and C1 controls (U+0080-U+009F),
  the escape character (U+001B) among them;
- the bidi embedding, override and isolate characters (U+202A-U+202E,
  U+2066-U+2069), which reorder what the reader sees (a name shown
  backwards, a line that reads differently from what it holds).

Each output treats them its own way, with the functions here:

- messages (errors, `check`, `diff`, `history`): `escape` shows each as a
  visible escape (`\\x1b`, `\\u202e`), so the reader sees what is there;
- Markdown, CSV, front matter and the app's panes: `strip_controls` removes
  them, like other text that has no place in a document;
- JSON: `escape_json` writes them as `\\u` escapes, so the data keeps them.
"""

from __future__ import annotations

import re

# Unicode's explicit directional formatting characters, apart from the
# implicit marks (LRM, RLM, ALM), which only nudge and are kept.
_BIDI = "\u202a-\u202e\u2066-\u2069"
# Removed from documents: everything above, tab and newline excepted.
_UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
# Escaped in messages: tab and newline too, since a message is one line and a
# newline in a file name would forge a second error.
_UNSAFE_IN_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}]")
# Escaped in what is written to standard output or a terminal as a whole:
# tab, newline and the CSV line end (carriage return then newline) pass.
_UNSAFE_IN_OUTPUT = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_BIDI}]|\\r(?!\\n)")
# What JSON leaves raw (json.dumps escapes C0 itself, never DEL, C1 or bidi).
_UNSAFE_IN_JSON = re.compile(f"[\\x7f-\\x9f{_BIDI}]")


def has_controls(text: str) -> bool:
    """Whether `text` holds any character this module keeps from an output,
    tab and newline included."""
    return _UNSAFE_IN_LINE.search(text) is not None


def strip_controls(text: str) -> str:
    """Text for a document or a pane: unsafe characters removed; tab and
    newline kept (a Windows line end becomes a newline)."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return _UNSAFE.sub("", text)


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape(text: str) -> str:
    """One line of a message: every unsafe character, tab and newline too,
    shown as its escape (`\\x1b`, `\\x9b`, `\\u202e`)."""
    return _UNSAFE_IN_LINE.sub(_visible, text)


def escape_output(text: str) -> str:
    """Text of many lines for a terminal: unsafe characters shown as escapes;
    tab, newline and a carriage return before a newline kept."""
    if _UNSAFE_IN_OUTPUT.search(text) is None:  # the usual case: no copy
        return text
    return _UNSAFE_IN_OUTPUT.sub(_visible, text)


def _json_escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def escape_json(dumped: str) -> str:
    """JSON text (from json.dumps with ensure_ascii=False) with DEL, C1 and
    bidi characters written as `\\u` escapes: the same data, nothing raw.

    Safe on the whole document: these characters can only occur inside its
    strings, where a `\\u` escape means the same character.
    """
    return _UNSAFE_IN_JSON.sub(_json_escape, dumped)
