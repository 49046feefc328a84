"""Drafting from a saved web page or a URL (trafilatura), and the clear
messages for what cannot be drafted from. URLs are served by a local HTTP
server on 127.0.0.1 that each test starts and stops."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.local_http import serving
from tui.cli import main
from tui.core.format.load import parse_briefing

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
    with serving(Pages) as url:
        yield url


def test_a_url_is_fetched_and_drafted(site: str, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime

    assert main(["draft", f"{site}/article", "--allow-private"]) == 0
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
    assert main(["draft", site + path, "--allow-private"]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_url_that_does_not_answer(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["draft", f"http://127.0.0.1:{port}/x", "--allow-private"]) == 1
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


# -- the charset of a page: header, BOM, <meta>, then detection ---------------

ZURICH = ("Flood in Zürich: the old café on the Limmat was closed on Monday after the river "
          "rose overnight, officials said. Police said 12 people were rescued from the "
          "quay and two were taken to hospital. The mayor said the café would reopen.")
TOKYO = ("東京で大雨による洪水が発生し、警察によると十二人が救助されました。市長は月曜日、"
         "川沿いの古い喫茶店が再開すると述べました。気象庁は引き続き警戒を呼びかけています。")


def _page(text: str, head: str = "") -> str:
    return (f"<html><head>{head}<title>Flood</title></head><body><article>"
            f"<h1>Flood</h1><p>{text}</p><p>{text}</p></article></body></html>")


@pytest.mark.parametrize("head", [
    '<meta charset="iso-8859-1">',
    '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    "",  # nothing said: detected
])
def test_a_saved_latin_1_page_reads_as_latin_1(tmp_path: Path, head: str) -> None:
    from tui.core.draft.article import read_article

    saved = tmp_path / "flood.html"
    saved.write_bytes(_page(ZURICH, head).encode("latin-1"))
    text = read_article(str(saved)).text
    assert "Zürich" in text and "café" in text and "\ufffd" not in text


def test_a_saved_shift_jis_page_gives_its_text(tmp_path: Path) -> None:
    from tui.core.draft.article import read_article

    for head in ('<meta charset="shift_jis">', ""):
        saved = tmp_path / "tokyo.html"
        saved.write_bytes(_page(TOKYO, head).encode("shift_jis"))
        assert "東京で大雨による洪水が発生し" in read_article(str(saved)).text


def test_the_header_then_the_bom_then_the_meta() -> None:
    from tui.core.draft.charset import page_text

    latin = _page("Zürich café", '<meta charset="utf-8">').encode("latin-1")
    assert "Zürich café" in page_text(latin, "iso-8859-1")  # the header over <meta>
    with_bom = b"\xef\xbb\xbf" + _page("Zürich café", '<meta charset="iso-8859-1">').encode()
    text = page_text(with_bom)
    assert "Zürich café" in text and not text.startswith("\ufeff")  # the BOM over <meta>
    # a label that is no text encoding (zlib) is ignored, not obeyed
    assert "Zürich café" in page_text(_page("Zürich café").encode(), "zlib")


class Encoded(BaseHTTPRequestHandler):
    """Latin-1 and Shift-JIS pages that say their charset in the header only."""

    def do_GET(self) -> None:
        text, charset = {"/latin": (ZURICH, "iso-8859-1"), "/sjis": (TOKYO, "shift_jis")}[
            self.path]
        body = _page(text).encode(charset)
        self.send_response(200)
        self.send_header("Content-Type", f"text/html; charset={charset}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass




def test_a_fetched_page_reads_in_the_charset_its_header_names() -> None:
    from tui.core.draft.article import read_article

    with serving(Encoded) as url:
        latin = read_article(f"{url}/latin", allow_private=True).text
        assert "Flood in Zürich: the old café" in latin
        assert "東京で大雨による洪水が発生し" in read_article(f"{url}/sjis",
                                                             allow_private=True).text


# -- one deadline for the whole fetch ------------------------------------------

class Trickle:
    """A server on 127.0.0.1 that answers a byte at a time, forever: in the
    headers (`headers=True`) or in the body."""

    def __init__(self, headers: bool) -> None:
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/"
        self.headers = headers
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        with connection:
            connection.recv(65536)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            if self.headers:
                connection.sendall(head)
                trickled = b"X-Slow: " + b"a" * 10_000
            else:
                connection.sendall(head + b"Content-Length: 100000\r\n\r\n<html><body>")
                trickled = b"x" * 100_000
            for byte in trickled:
                if self.stop.wait(0.1):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return  # the client gave up, as it should

    def __enter__(self) -> str:
        self.thread.start()
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        self.listener.close()


@pytest.mark.parametrize(("headers", "phase"), [
    (True, "timed out waiting for the headers from 127.0.0.1"),
    (False, "timed out reading the page from 127.0.0.1"),
])
def test_a_trickling_server_fails_at_the_deadline(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        headers: bool, phase: str) -> None:
    """A byte every tenth of a second keeps every read short: only a deadline
    for the whole fetch ends it, and the error says what it was waiting for."""
    import time

    monkeypatch.setattr("tui.core.draft.fetch.FETCH_DEADLINE_SECONDS", 1.0)
    with Trickle(headers) as url:
        started = time.monotonic()
        assert main(["draft", url, "--allow-private"]) == 1
        took = time.monotonic() - started
    err = capsys.readouterr().err
    assert f"did not finish within 1 s ({phase})" in err and "Traceback" not in err
    assert took < 3


# -- which addresses may be fetched --------------------------------------------

@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every connection and name look-up attempted, refused and recorded."""
    attempts: list[object] = []

    def connect(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise AssertionError(f"connected to {address}")

    def getaddrinfo(*args: object, **kwargs: object) -> object:
        attempts.append(args)
        raise AssertionError(f"looked up {args}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return attempts


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/", "http://[::ffff:169.254.169.254]/", "http://[fd00:ec2::254]/",
    "http://[2002:a9fe:a9fe::]/", "http://[64:ff9b::a9fe:a9fe]/",
    "http://0.0.0.0/", "http://224.0.0.1/", "http://240.0.0.1/",
])
def test_metadata_link_local_and_reserved_addresses_are_always_refused(
        url: str, no_network: list[object], capsys: pytest.CaptureFixture[str]) -> None:
    for flags in ([], ["--allow-private"]):
        assert main(["draft", url, *flags]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"briefing: refused {url}:") and "Traceback" not in err
    assert no_network == []


@pytest.mark.parametrize("url", ["ftp://example.com/a.html", "file:///etc/passwd"])
def test_only_http_and_https_addresses_are_fetched(
        url: str, no_network: list[object], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", url]) == 1
    assert capsys.readouterr().err == (f"briefing: refused {url}: only http and https "
                                       "addresses are fetched\n")
    assert no_network == []


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://[::1]/", "http://10.0.0.1/",
                                 "http://192.168.1.1/"])
def test_loopback_and_private_addresses_need_allow_private(
        url: str, no_network: list[object], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", url]) == 1
    assert "address (add --allow-private to fetch from it)" in capsys.readouterr().err
    assert no_network == []


def test_every_address_a_name_resolves_to_is_checked(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A name with one public and one metadata address is refused before any
    connection."""
    def getaddrinfo(host: str, port: int, *args: object, **kwargs: object) -> object:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))
                for ip in ("93.184.216.34", "169.254.169.254")]

    def connect(self: socket.socket, address: object) -> None:
        raise AssertionError(f"connected to {address}")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    assert main(["draft", "http://news.example/story", "--allow-private"]) == 1
    assert ("refused http://news.example/story: news.example (169.254.169.254) is a "
            "link-local or cloud metadata address") in capsys.readouterr().err


class Redirects(BaseHTTPRequestHandler):
    """Redirects to a metadata address, to ftp, round in a loop, and to the article."""

    def do_GET(self) -> None:
        if self.path == "/article":
            body = PAGE.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        target = {"/metadata": "http://169.254.169.254/latest/meta-data/",
                  "/ftp": "ftp://127.0.0.1/article.html", "/loop": "/loop",
                  "/moved": "/article"}[self.path]
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.parametrize(("path", "message"), [
    ("/metadata", "refused http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a "
                  "link-local or cloud metadata address"),
    ("/ftp", "refused ftp://127.0.0.1/article.html: only http and https addresses"),
    ("/loop", "more than 5 redirects; not followed"),
])
def test_every_redirect_is_checked_like_the_first_address(
        path: str, message: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    connected: list[object] = []
    connect = socket.socket.connect

    def spy(self: socket.socket, address: object) -> None:
        connected.append(address)
        connect(self, address)

    with serving(Redirects) as url:
        monkeypatch.setattr(socket.socket, "connect", spy)
        assert main(["draft", url + path, "--allow-private"]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert all(address[0] == "127.0.0.1" for address in connected)  # type: ignore[index]


def test_a_redirect_to_an_allowed_address_is_followed(
        capsys: pytest.CaptureFixture[str]) -> None:
    with serving(Redirects) as url:
        assert main(["draft", f"{url}/moved", "--allow-private"]) == 0
    assert "Dam collapse in Valdoria" in capsys.readouterr().out
