"""Fetching from the network, only where the user asked (a URL as the article,
`--allow-remote` for images), and only from public addresses.

The connection goes to the very address that was checked, so DNS rebinding cannot swap
in a private one; an IPv6 address is judged by every IPv4 address it embeds (mapped,
translated, 6to4, NAT64, compatible, Teredo); redirects are not followed, compressed
bodies are refused, and time and size are capped, with a watchdog that cuts a
connection at its deadline. Shared by the renderer's fetcher and the URL reader, so
neither imports the other.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time

REMOTE_TIMEOUT_S = 10  # for the whole fetch of one image, not per socket operation
REMOTE_MAX_BYTES = 10 * 1024 * 1024

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # where the IPv4 address sits varies
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")


def _embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address] | None:
    """The IPv4 addresses an IPv6 address stands for (mapped, 6to4, NAT64, Teredo, ...),
    [] when it embeds none, None when it embeds one at a place that cannot be known."""
    low32 = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.ipv4_mapped is not None:
        return [address.ipv4_mapped]
    if address.sixtofour is not None:
        return [address.sixtofour]
    if address.teredo is not None:
        return list(address.teredo)
    if address in _NAT64_LOCAL:
        return None
    if address in _NAT64 or address in _IPV4_TRANSLATED:
        return [low32]
    if address in _IPV4_COMPATIBLE and int(address) > 1:  # ::a.b.c.d, but not :: or ::1
        return [low32]
    return []


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a global unicast address; an IPv6 address that embeds an IPv4 address is
    judged by the IPv4 address (every one it embeds)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is None:
            return False
        if embedded:
            return all(is_public(inner) for inner in embedded)
    return address.is_global and not address.is_multicast


def public_address(host: str, port: int | None = None) -> str | None:
    """The first address of `host` if every address it resolves to is public, else None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError):
        return None
    for info in infos:
        try:
            address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        except ValueError:
            return None
        if not is_public(address):
            return None
    return str(infos[0][4][0]) if infos else None


def _pinned_opener(deadline: float, opened: list[socket.socket]):
    """A urllib opener whose connections go only to the checked public address; the
    sockets it opens are added to `opened`."""
    import http.client
    import ssl
    import urllib.request

    def connect_to(host: str, port: int) -> socket.socket:
        address = public_address(host, port)
        if address is None:
            raise OSError(f"{host} is not a public address")
        remaining = max(0.1, deadline - time.monotonic())
        sock = socket.create_connection((address, port), timeout=min(REMOTE_TIMEOUT_S, remaining))
        opened.append(sock)
        return sock

    class PinnedHTTP(http.client.HTTPConnection):
        def connect(self):
            self.sock = connect_to(self.host, self.port)

    class PinnedHTTPS(http.client.HTTPSConnection):
        def connect(self):
            sock = connect_to(self.host, self.port)
            self.sock = self._context.wrap_socket(sock, server_hostname=self.host)

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(PinnedHTTP, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(PinnedHTTPS, req, context=ssl.create_default_context())

    opener = urllib.request.OpenerDirector()
    for handler in (HTTPHandler(), HTTPSHandler(), urllib.request.HTTPErrorProcessor(),
                    urllib.request.HTTPDefaultErrorHandler()):
        opener.add_handler(handler)
    return opener


def _hang_up(opened: list[socket.socket], expired: threading.Event) -> None:
    """Cut the fetch's connections: a read blocked on them returns at once."""
    expired.set()
    for sock in list(opened):
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def fetch_remote(url: str, seconds: float | None = None) -> tuple[bytes, dict, str]:
    """GET a public URL within the size cap and `seconds` (at most REMOTE_TIMEOUT_S):
    (body, headers, final URL). A watchdog cuts the connection at the deadline, so a
    server that sends a byte now and then cannot keep a read alive."""
    import http.client

    limit = REMOTE_TIMEOUT_S if seconds is None else max(0.1, min(seconds, REMOTE_TIMEOUT_S))
    opened: list[socket.socket] = []
    expired = threading.Event()
    watchdog = threading.Timer(limit, _hang_up, args=(opened, expired))
    watchdog.daemon = True
    watchdog.start()
    try:
        result = _get(url, time.monotonic() + limit, opened)
    except (OSError, ValueError, http.client.HTTPException) as exc:
        if expired.is_set():
            raise ValueError(f"took longer than {limit:g} s") from None
        if isinstance(exc, http.client.HTTPException):
            raise ValueError(f"bad HTTP response ({type(exc).__name__})") from None
        raise
    finally:
        watchdog.cancel()
        for sock in opened:
            sock.close()
    if expired.is_set():  # cut off half-way, the response can look complete
        raise ValueError(f"took longer than {limit:g} s")
    return result


def _get(url: str, deadline: float, opened: list[socket.socket]) -> tuple[bytes, dict, str]:
    import urllib.request

    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity",
                                                   "User-Agent": "briefing"})
    timeout = max(0.1, deadline - time.monotonic())
    with _pinned_opener(deadline, opened).open(request, timeout=timeout) as response:
        if response.headers.get("Content-Encoding", "identity").lower() not in ("identity", ""):
            raise ValueError("compressed response refused")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > REMOTE_MAX_BYTES:
            raise ValueError(f"larger than {REMOTE_MAX_BYTES} bytes")
        chunks, size = [], 0
        while chunk := response.read(65536):
            size += len(chunk)
            if size > REMOTE_MAX_BYTES:
                raise ValueError(f"larger than {REMOTE_MAX_BYTES} bytes")
            if time.monotonic() > deadline:
                raise ValueError("took longer than its time")
            chunks.append(chunk)
        return b"".join(chunks), dict(response.headers.items()), response.geturl()
