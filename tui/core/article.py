"""An article to draft from: plain text, a web page saved from a browser, or
a URL. Pages are read with trafilatura (the `web` extra), which finds the
article's text and its metadata (title, date, site, author, canonical URL)
among a page's menus and footers; it is imported only for HTML."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any, NamedTuple

from tui.core.extras import install_hint

# A page bigger than this is not an article (and would be slow to read).
MAX_PAGE_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = 20


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
    return text.startswith(("http://", "https://"))


def read_article(source: str) -> Article:
    """The article at `source`: a URL, an .html/.htm file, a text file, or
    `-` for standard input (text or a page)."""
    if is_url(source):
        return from_html(fetch(source), url=source,
                         accessed=datetime.date.today().isoformat())
    path = Path(source)
    try:
        # read to one byte past the bound: no article is that long, and the
        # rules would take minutes over it
        if source == "-":
            data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
        else:
            with path.open("rb") as file:
                data = file.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        raise ArticleError(f"cannot read {source}: {exc.strerror or exc}") from None
    if _looks_binary(data):
        raise ArticleError(f"{source} is not text or a web page (a PDF or another binary "
                           "file?); save the article as text or HTML")
    if len(data) > MAX_PAGE_BYTES:
        where = "standard input" if source == "-" else source
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
    return head.startswith(b"%PDF") or b"\x00" in head


def from_html(page: bytes | str, url: str | None = None, accessed: str | None = None
              ) -> Article:
    """The article text and metadata of a web page."""
    try:
        import trafilatura
    except ImportError:
        raise ArticleError("reading web pages needs trafilatura: "
                           f"{install_hint('web')}") from None
    html = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    found: dict[str, Any] = (document if isinstance(document, dict) else
                             document.as_dict() if document is not None else {})
    text = (found.get("text") or "").strip()
    if len(text.split()) < 20:
        raise ArticleError("no article text found in the page (is it an article, not a "
                           "menu, a paywall or a page built by scripts?)")
    return Article(text=_paragraphs(text), title=found.get("title") or None,
                   date=found.get("date") or None, site=found.get("sitename") or None,
                   author=found.get("author") or None, url=found.get("url") or url,
                   accessed=accessed)


def _paragraphs(text: str) -> str:
    """trafilatura gives a line a paragraph; the drafter reads blank lines."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def fetch(url: str) -> bytes:
    """The page at `url`, with a timeout and a size bound."""
    try:
        import trafilatura  # noqa: F401  # the extra is needed to read what is fetched
    except ImportError:
        raise ArticleError("drafting from a URL needs the web extra: "
                           f"{install_hint('web')}") from None
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "briefing-draft"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
            kind = response.headers.get_content_type()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise ArticleError(f"{url} is {kind}, not a web page")
            data: bytes = response.read(MAX_PAGE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url} answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ArticleError(f"{url} did not answer: {reason}") from None
    if len(data) > MAX_PAGE_BYTES:
        raise ArticleError(f"{url} is over {MAX_PAGE_BYTES:,} bytes; not read")
    return data
