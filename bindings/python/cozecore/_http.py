"""Which HTTP client a client's calls go over.

``Coze(http_client=...)`` and ``AsyncCoze(http_client=...)``:

- None (the default): httpx when it is installed, else the standard library's
  http.client (Coze only: AsyncCoze needs httpx);
- ``"httpx"``: httpx (an InvalidArgumentError when it is not installed);
- ``"http.client"``: the standard library (Coze only).

Whichever it is, the request is the core's and the answer goes to the core as
it came: redirects are never followed, TLS always verifies (the system's CA
store), and no environment proxy or setting is read.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Tuple, Union

from ._files import Body
from ._transport import Exchange
from .errors import InvalidArgumentError

__all__ = ["StdlibTransport", "httpx_installed", "sync_transport", "async_transport", "HTTP_CLIENTS"]

HTTP_CLIENTS = ("httpx", "http.client")
# What a Coze made with http_client=None uses (None: httpx when installed). The test
# suite sets it to run its end-to-end tests over each client in turn.
DEFAULT_CLIENT: Optional[str] = None

_httpx_installed: Optional[bool] = None


def httpx_installed() -> bool:
    """Whether httpx can be imported (looked up once)."""
    global _httpx_installed
    if _httpx_installed is None:
        try:
            import httpx  # noqa: F401
            import httpcore  # noqa: F401
        except ImportError:
            _httpx_installed = False
        else:
            _httpx_installed = True
    return _httpx_installed


class StdlibTransport:
    """The blocking driver's exchanges over http.client (a connection per request)."""

    name = "http.client"

    def exchange(
        self,
        method: str,
        url: str,
        headers: List[Tuple[str, str]],
        body: Union[bytes, Body],
        connect_timeout_ms: int,
        progress: Optional[Callable[[int, int], Any]] = None,
    ) -> Exchange:
        return Exchange(method, url, headers, body, connect_timeout_ms, progress)

    def close(self) -> None:
        pass


def _check(choice: Any) -> None:
    if choice is not None and choice not in HTTP_CLIENTS:
        raise InvalidArgumentError(f"http_client must be None, 'httpx' or 'http.client', not {choice!r}")


def sync_transport(choice: Optional[str]) -> Any:
    """The transport of a Coze client (see the module's doc)."""
    _check(choice)
    if choice is None:
        choice = DEFAULT_CLIENT
    if choice == "http.client" or (choice is None and not httpx_installed()):
        return StdlibTransport()
    if not httpx_installed():
        raise InvalidArgumentError("http_client='httpx' but httpx is not installed: pip install httpx")
    from ._httpx import HttpxTransport

    return HttpxTransport()


def async_transport(choice: Optional[str]) -> Any:
    """The transport of an AsyncCoze client: httpx's AsyncClient."""
    _check(choice)
    if choice == "http.client":
        raise InvalidArgumentError(
            "AsyncCoze runs over httpx (http.client blocks the event loop): use http_client=None or 'httpx'"
        )
    if not httpx_installed():
        raise InvalidArgumentError("AsyncCoze needs httpx: pip install 'cozecore[async]' (or pip install httpx)")
    from ._httpx import AsyncHttpxTransport

    return AsyncHttpxTransport()
