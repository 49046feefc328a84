"""The text of a web page's bytes: which character encoding they are in.

Asked in this order, the first answer wins: the HTTP header's charset, a
byte-order mark, the page's own `<meta charset>` (or its http-equiv
Content-Type); then, for a page that names none, UTF-8 if the bytes are
valid UTF-8 (the web's default; random bytes in another encoding almost
never are), else detection by charset-normalizer (the `web` extra).
"""

from __future__ import annotations

import codecs
import re

# Where a page's <meta> declaration must be found (the HTML standard's prescan).
PRESCAN_BYTES = 1024 * 4

BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))

# Labels the HTML standard reads as a larger encoding: pages labelled
# Latin-1 or ASCII are in practice Windows-1252 (curly quotes, the euro
# sign), and so on; keyed by Python's codec name.
_SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
              "shift_jis": "cp932", "gb2312": "gbk", "euc_kr": "cp949"}

_META_CHARSET = re.compile(rb"""<meta[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
                           re.IGNORECASE)


def _codec(label: str | None) -> str | None:
    """Python's codec for an encoding label, or None for an unknown one."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
        b"a".decode(name, "replace")  # LookupError for codecs that are not text (zlib, rot13)
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def declared_in_page(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes with a <meta> tag."""
    head = re.sub(rb"<!--.*?-->", b"", data[:PRESCAN_BYTES], flags=re.DOTALL)
    found = _META_CHARSET.search(head)
    if found is None:
        return None
    name = _codec(found.group(1).decode("ascii", "replace"))
    # A page whose <meta> could be read as ASCII is not in UTF-16, whatever
    # it says; the standard reads such a label as UTF-8.
    return "utf-8" if name is not None and name.startswith("utf-16") else name


def detect(data: bytes) -> str:
    """Detection for a page that names no encoding."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # the web extra, as for the pages

    best = from_bytes(data[:PRESCAN_BYTES * 64]).best()
    if best is None:
        return "utf-8"
    # Detection cannot tell the Latin code pages apart on a short page (it
    # reads French as Czech cp1250); when the text is Latin script and
    # Windows-1252 reads every byte, that is what an unlabelled Western page
    # is, as the HTML standard assumes.
    if all("Latin" in alphabet for alphabet in best.alphabets) and _reads_all(data, "cp1252"):
        return "cp1252"
    return _codec(best.encoding) or "utf-8"


def _reads_all(data: bytes, name: str) -> bool:
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return False
    return True


def page_encoding(data: bytes, header_charset: str | None = None) -> str:
    """The encoding of a page: header, BOM, <meta>, then detection."""
    if name := _codec(header_charset):
        return name
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    return declared_in_page(data) or detect(data)


def page_text(data: bytes, header_charset: str | None = None) -> str:
    """A page's bytes as text (a byte its encoding has no character for
    becomes U+FFFD; a BOM is dropped)."""
    name = page_encoding(data, header_charset)
    text = data.decode(name, "replace")
    return text.removeprefix("\ufeff")
