"""An article to draft from: plain text, a web page saved from a browser, or
a URL. Pages are read with trafilatura (the `web` extra), which finds the
article's text and its metadata (title, date, site, author, canonical URL)
among a page's menus and footers; it is imported only for HTML."""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

from tui.core.format.reading import FileTooBigError, read_regular
from tui.core.store.extras import install_hint

# A page bigger than this is not an article (and would be slow to read).
MAX_PAGE_BYTES = 5 * 1024 * 1024


class ArticleError(Exception):
    """The input is not an article that can be drafted from; says why."""


class Article(NamedTuple):
    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    site: str | None = None
    author: str | None = None
    url: str | None = None
    accessed: str | None = None  # YYYY-MM-DD


def is_url(text: str) -> bool:
    return text[:8].lower().startswith(("http://", "https://"))


def read_article(source: str, allow_private: bool = False) -> Article:
    """The article at `source`: a URL, an .html/.htm file, a text file, or
    `-` for standard input (text or a page). A URL on a loopback or private
    address is fetched only with `allow_private`."""
    if is_url(source):
        data, charset = fetch(source, allow_private)
        return from_html(data, url=source, accessed=datetime.date.today().isoformat(),
                         charset=charset)
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source):
        raise ArticleError(f"refused {source}: only http and https addresses are fetched")
    path = Path(source)
    where = "standard input" if source == "-" else source
    try:
        # read to one byte past the bound: no article is that long, and the
        # rules would take minutes over it
        data = (sys.stdin.buffer.read(MAX_PAGE_BYTES + 1) if source == "-"
                else read_regular(path, MAX_PAGE_BYTES))
    except FileTooBigError:
        raise ArticleError(f"{where} is over {MAX_PAGE_BYTES:,} bytes; not read") from None
    except OSError as exc:
        raise ArticleError(f"cannot read {source}: {exc.strerror or exc}") from None
    if _looks_binary(data):
        raise ArticleError(f"{source} is not text or a web page (a PDF or another binary "
                           "file?); save the article as text or HTML")
    if len(data) > MAX_PAGE_BYTES:
        raise ArticleError(f"{where} is over {MAX_PAGE_BYTES:,} bytes; not read")
    if path.suffix.lower() in (".html", ".htm", ".xhtml") or data.lstrip()[:15].lower() in (
            b"<!doctype html>", b"<html>") or data.lstrip().lower().startswith(b"<html"):
        saved = (datetime.date.today() if source == "-"
                 else datetime.date.fromtimestamp(path.stat().st_mtime)).isoformat()
        return from_html(data, accessed=saved)
    try:
        return Article(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ArticleError(f"{source} is not UTF-8 text") from None


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text: its zero bytes are half its characters
    return head.startswith(b"%PDF") or b"\x00" in head


def from_html(page: bytes | str, url: str | None = None, accessed: str | None = None,
              charset: str | None = None) -> Article:
    """The article text and metadata of a web page; `charset`, the one its
    HTTP header named (see core.charset for the order of the clues)."""
    try:
        import trafilatura
    except ImportError:
        raise ArticleError(f"reading web pages needs trafilatura: {install_hint('web')}") from None
    from tui.core.draft.charset import page_text

    html = page_text(page, charset) if isinstance(page, bytes) else page
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    found: dict[str, Any] = (document if isinstance(document, dict) else
                             document.as_dict() if document is not None else {})
    text = (found.get("text") or "").strip()
    if _words(text) < 20:
        raise ArticleError("no article text found in the page (is it an article, not a "
                           "menu, a paywall or a page built by scripts?)")
    return Article(text=_paragraphs(text), title=found.get("title") or None,
                   date=found.get("date") or None, site=found.get("sitename") or None,
                   author=found.get("author") or None, url=found.get("url") or url,
                   accessed=accessed)


# Scripts written without spaces between words (kana, CJK ideographs,
# Hangul): each character counts as a word when judging a page's length.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _words(text: str) -> int:
    return len(text.split()) + len(_UNSPACED.findall(text))


def _paragraphs(text: str) -> str:
    """trafilatura gives a line a paragraph; the drafter reads blank lines."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def fetch(url: str, allow_private: bool = False) -> tuple[bytes, str | None]:
    """The page at `url` and the charset its header named, within one
    deadline and a size bound (see core.fetch)."""
    try:
        import trafilatura  # noqa: F401  # the extra is needed to read what is fetched
    except ImportError:
        raise ArticleError(
            f"drafting from a URL needs the web extra: {install_hint('web')}") from None
    from tui.core.draft.fetch import FetchError, fetch_page

    try:
        page = fetch_page(url, allow_private=allow_private, max_bytes=MAX_PAGE_BYTES)
    except FetchError as exc:
        raise ArticleError(str(exc)) from None
    if len(page.data) > MAX_PAGE_BYTES:
        raise ArticleError(f"{url} is over {MAX_PAGE_BYTES:,} bytes; not read")
    return page.data, page.charset
