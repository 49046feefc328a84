"""Fetching a web page for `briefing draft URL`, carefully.

- One deadline bounds the whole fetch: resolving the name, connecting, the
  request, the headers and the body, every redirect included. A server that
  trickles a byte every few seconds fails at the deadline, and the error
  says what was going on then.
- Only http and https, at every hop; redirects are followed here, a few at
  most, each one checked like the first URL.
- Every address a name resolves to is checked before connecting, and the
  connection goes to a checked address (the name is not looked up again, so
  a second answer cannot swap in another address). Link-local addresses
  (cloud metadata services live there), multicast, reserved and unspecified
  addresses are always refused; loopback and private ones only with
  `allow_private`.
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable
from typing import NamedTuple, TypeVar

# The whole fetch, every redirect included, ends by then (seconds).
FETCH_DEADLINE_SECONDS = 20.0
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
USER_AGENT = "briefing-draft"

# Metadata services reachable at addresses outside the link-local ranges
# (AWS over IPv6, Alibaba Cloud): refused like link-local ones.
METADATA = frozenset(ipaddress.ip_address(a) for a in ("fd00:ec2::254", "100.100.100.200"))
_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NEEDS_FLAG = "{} address (add --allow-private to fetch from it)"

T = TypeVar("T")
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """The page could not be fetched, or was refused; says why."""


class Page(NamedTuple):
    data: bytes
    content_type: str
    charset: str | None  # from the Content-Type header, if it named one
    url: str  # where it was found, after redirects


def refusal(address: Address, allow_private: bool) -> str | None:
    """Why `address` may not be fetched from, or None when it may."""
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv4 address carried in an IPv6 one (mapped, 6to4, NAT64) is
        # judged as itself: 2002:a9fe:a9fe:: reaches 169.254.169.254.
        inner = address.ipv4_mapped or address.sixtofour
        if inner is None and address in _NAT64:
            inner = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if inner is not None:
            return refusal(inner, allow_private)
    if address in METADATA or address.is_link_local:
        return "a link-local or cloud metadata address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_unspecified or (address.version == 4 and address in _THIS_NETWORK):
        return "an unspecified address"
    # Loopback before reserved: Python counts ::1 among the reserved ones.
    if address.is_loopback:
        return None if allow_private else _NEEDS_FLAG.format("a loopback")
    if address.is_reserved:
        return "a reserved address"
    if not address.is_global and not allow_private:
        return _NEEDS_FLAG.format("a private")
    return None


class _Deadline:
    """The time left until one fixed moment, and what is being done meanwhile."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.phase = "starting"

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError(self.phase)
        return left


class _DeadlineReader(io.RawIOBase):
    """A socket's reading side whose every read waits no longer than the
    deadline's time left: the socket timeout alone bounds each read, not
    all of them together."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        self._sock.settimeout(self._deadline.left())
        return self._sock.recv_into(buffer)


class _DeadlineSocket:
    """What http.client needs of a socket (sendall, makefile, close), every
    wait bounded by the deadline. Closing it leaves the socket open: the
    response may still be reading from it (http.client closes its
    connection once the headers say it will close); the fetch closes the
    socket itself when it is done with the hop."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def sendall(self, data: bytes) -> None:
        self._sock.settimeout(self._deadline.left())
        self._sock.sendall(data)

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))

    def close(self) -> None:
        pass


def _in_time(work: Callable[[], T], deadline: _Deadline) -> T:
    """`work()` run in a thread, waited for until the deadline: the resolver
    has no timeout of its own. A late answer is dropped with its thread."""
    box: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            box.append(work())
        except (OSError, UnicodeError) as exc:  # re-raised below, in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=run, daemon=True, name="briefing-resolve")
    thread.start()
    thread.join(deadline.left())
    if thread.is_alive():
        raise TimeoutError(deadline.phase)
    if failed:
        raise failed[0]
    return box[0]


def _addresses(host: str, port: int, deadline: _Deadline) -> list[Address]:
    """Every address `host` stands for (a literal address is itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    deadline.phase = f"looking up {host}"
    try:
        found = _in_time(lambda: socket.getaddrinfo(host, port, type=socket.SOCK_STREAM),
                         deadline)
    except socket.gaierror as exc:
        raise FetchError(f"cannot find {host}: {exc.strerror or exc}") from None
    except UnicodeError:
        raise FetchError(f"{host} is not a valid host name") from None
    out: list[Address] = []
    for *_, sockaddr in found:
        # a scoped IPv6 address comes as fe80::1%eth0
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in out:
            out.append(address)
    return out


def _connect(url: str, host: str, port: int, https: bool, allow_private: bool,
             deadline: _Deadline) -> socket.socket:
    """A connection to a checked address of `host` (TLS for https)."""
    addresses = _addresses(host, port, deadline)
    for address in addresses:
        if why := refusal(address, allow_private):
            shown = host if host == str(address) else f"{host} ({address})"
            raise FetchError(f"refused {url}: {shown} is {why}")
    deadline.phase = f"connecting to {host}"
    sock: socket.socket | None = None
    last: OSError | None = None
    for address in addresses:
        try:
            sock = socket.create_connection((str(address), port), timeout=deadline.left())
            break
        except TimeoutError:
            raise
        except OSError as exc:
            last = exc
    if sock is None:
        raise last or OSError(f"no address for {host}")
    if https:
        deadline.phase = f"in the TLS handshake with {host}"
        sock.settimeout(deadline.left())
        try:
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=host)
        except BaseException:
            sock.close()
            raise
    return sock


def _one_hop(url: str, allow_private: bool, deadline: _Deadline
             ) -> tuple[http.client.HTTPResponse, socket.socket]:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refused {url}: only http and https addresses are fetched")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url} names no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"{url} has a port out of range") from None
    https = parts.scheme == "https"
    sock = _connect(url, host, port, https, allow_private, deadline)
    # The connection gets the checked socket: http.client connects only when
    # it has none, so it never looks the name up again.
    connection = (http.client.HTTPSConnection if https else http.client.HTTPConnection)(
        host, port)
    connection.sock = _DeadlineSocket(sock, deadline)
    target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    try:
        deadline.phase = f"sending the request to {host}"
        connection.request("GET", target, headers={"User-Agent": USER_AGENT,
                                                    "Accept-Encoding": "identity"})
        deadline.phase = f"waiting for the headers from {host}"
        return connection.getresponse(), sock
    except BaseException:
        sock.close()
        raise


def fetch_page(url: str, *, allow_private: bool = False, max_bytes: int,
               deadline_seconds: float | None = None) -> Page:
    """The page at `url`, at most `max_bytes + 1` of it (the caller says what
    is too big), within one deadline. Raises FetchError, saying why."""
    deadline = _Deadline(FETCH_DEADLINE_SECONDS if deadline_seconds is None
                         else deadline_seconds)
    try:
        return _fetch(url, allow_private, max_bytes, deadline)
    except TimeoutError:
        raise FetchError(f"{url} did not finish within {deadline.seconds:g} s "
                         f"(timed out {deadline.phase})") from None
    except ssl.SSLError as exc:
        raise FetchError(f"{url}: TLS failed: {exc.reason or exc}") from None
    except (OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        raise FetchError(f"{url} did not answer: {reason}") from None


def _fetch(url: str, allow_private: bool, max_bytes: int, deadline: _Deadline) -> Page:
    for _ in range(MAX_REDIRECTS + 1):
        response, sock = _one_hop(url, allow_private, deadline)
        try:
            if response.status in REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"{url} redirects ({response.status}) to nowhere")
                url = urllib.parse.urljoin(url, location.strip())
                continue
            if response.status != 200:
                raise FetchError(f"{url} answered {response.status} {response.reason}")
            kind = response.headers.get_content_type()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise FetchError(f"{url} is {kind}, not a web page")
            host = urllib.parse.urlsplit(url).hostname
            deadline.phase = f"reading the page from {host}"
            data = response.read(max_bytes + 1)
            return Page(data, kind, response.headers.get_content_charset(), url)
        finally:
            response.close()
            sock.close()
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects; not followed")
