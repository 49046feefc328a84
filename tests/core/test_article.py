"""Drafting from a saved web page or a URL (trafilatura), and the clear
messages for what cannot be drafted from. URLs are served by a local HTTP
server on 127.0.0.1 that each test starts and stops."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import DATA
from tui.cli import main
from tui.core.load import parse_briefing

PAGE = DATA / "pages" / "dam-collapse.html"

pytest.importorskip("trafilatura", reason="needs briefing[web] (make test installs it)")


def test_a_saved_page_gives_title_date_and_source(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.yaml"
    assert main(["draft", str(PAGE), "-o", str(out)]) == 0
    b = parse_briefing(out.read_text(encoding="utf-8"), "draft.yaml")  # passes the check
    assert b.title == "Dam collapse in Valdoria kills at least 9"
    assert b.date.isoformat() == "2024-03-05"
    assert b.sources[0].name == "Example News"
    assert b.sources[0].url == "https://news.example.com/world/dam-collapse"
    assert "Home | World | Sport" not in b.summary  # the page's menu is not the article
    assert any(q.text.startswith("We are searching every house") for q in b.quotes)


class Pages(BaseHTTPRequestHandler):
    """Serves the test page, a PDF, a huge page, a 404 and a page with no article."""

    def do_GET(self) -> None:
        routes = {
            "/article": ("text/html", PAGE.read_bytes()),
            "/report.pdf": ("application/pdf", b"%PDF-1.4 binary"),
            "/huge": ("text/html", b"<html><body>" + b"x " * (3 * 1024 * 1024) + b"</body>"),
            "/menu": ("text/html", b"<html><body><nav>Home | About</nav></body></html>"),
        }
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        kind, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_a_url_is_fetched_and_drafted(site: str, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime

    assert main(["draft", f"{site}/article"]) == 0
    b = parse_briefing(capsys.readouterr().out, "draft.yaml")
    assert b.title == "Dam collapse in Valdoria kills at least 9"
    assert b.sources[0].accessed == datetime.date.today()


@pytest.mark.parametrize(("path", "message"), [
    ("/report.pdf", "is application/pdf, not a web page"),
    ("/huge", "is over 5,242,880 bytes; not read"),
    ("/menu", "no article text found in the page"),
    ("/missing", "answered 404 Not Found"),
])
def test_what_cannot_be_drafted_says_why(site: str, path: str, message: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", site + path]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_url_that_does_not_answer(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["draft", f"http://127.0.0.1:{port}/x"]) == 1
    assert "did not answer" in capsys.readouterr().err


def test_an_article_piped_in_with_a_dash(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`pbpaste | briefing draft -`: text or a page from standard input; too
    much is refused rather than read without end."""
    import io
    import sys

    text = "Blast in Peru\n\nA blast killed at least 9 people, police said.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["draft", "-"]) == 0
    out = capsys.readouterr().out
    assert 'killed: "9+"' in out
    parse_briefing(out, "draft.yaml")
    huge = b"x" * (6 * 1024 * 1024)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(huge)))
    assert main(["draft", "-"]) == 1
    assert "standard input is over" in capsys.readouterr().err


def test_a_text_file_too_long_for_an_article_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + "Police said 3 people died. " * 250_000, encoding="utf-8")
    assert main(["draft", str(big)]) == 1
    assert "big.txt is over 5,242,880 bytes; not read" in capsys.readouterr().err


def test_a_binary_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    assert main(["draft", str(pdf)]) == 1
    assert "is not text or a web page" in capsys.readouterr().err


def test_without_the_web_extra_pages_say_how_to_get_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if not installed
    assert main(["draft", str(PAGE)]) == 1
    assert "pip install 'briefing[web]'" in capsys.readouterr().err
    assert main(["draft", "http://127.0.0.1:9/x"]) == 1
    assert "pip install 'briefing[web]'" in capsys.readouterr().err
