"""A real web site on 127.0.0.1 for the fetching tests: routes, a request log, and bad behaviour on purpose.

``Site`` runs Python's ``http.server`` in a thread on a free port of the loopback address (nothing
leaves the machine). A route answers with a fixed ``Reply``, a list of replies served in turn
(the last one repeated: "500, then 200"), or a function of the request. The site records every
request (path and User-Agent) and how many it was answering at once, and can be stopped in the
middle of a test to show that a second run needs no network.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["Reply", "Site", "html_page"]


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    chunks: Iterator[bytes] | Callable[[], Iterator[bytes]] | None = None  # streamed, no Content-Length
    delay: float = 0.0  # seconds spent before answering (to overlap requests, not to time anything)
    hang: bool = False  # never answer, until the site stops


def html_page(title: str, paragraphs: list[str], *, canonical: str | None = None, site: str | None = None,
              charset: str = "utf-8") -> str:
    """A plain news page: headline, paragraphs, optional canonical link and site name."""
    head = [f'<meta charset="{charset}">', f"<title>{title}</title>"]
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head>{''.join(head)}</head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")


class Site:
    """A local web site; use as a context manager, or call stop() to take it down mid-test."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply | list[Reply] | Callable[[str], Reply]] = {}
        self.requests: list[tuple[str, str]] = []
        self.most_at_once = 0
        self._at_once = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._served: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site._answer(self)

            def log_message(self, *args: object) -> None:  # quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def page(self, path: str, html: str, **headers: str) -> str:
        """Serve ``html`` at ``path``; returns its URL."""
        self.routes[path] = Reply(body=html.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8",
                                                                     **headers})
        return self.url(path)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Site:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._stopping.is_set():
            self.stop()

    def _reply(self, path: str) -> Reply:
        route = self.routes.get(path)
        if route is None:
            return Reply(404, b"<html><body><p>Not found</p></body></html>")
        if callable(route):
            return route(path)
        if isinstance(route, list):
            n = self._served.get(path, 0)
            self._served[path] = n + 1
            return route[min(n, len(route) - 1)]
        return route

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append((handler.path, handler.headers.get("User-Agent", "")))
            self._at_once += 1
            self.most_at_once = max(self.most_at_once, self._at_once)
            reply = self._reply(handler.path)
        done = False
        try:
            if reply.hang:
                self._stopping.wait(30)
                return
            if reply.delay:
                time.sleep(reply.delay)
            handler.send_response(reply.status)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            if reply.chunks is None:
                handler.send_header("Content-Length", str(len(reply.body)))
            handler.end_headers()
            if reply.chunks is None:
                # Counted as done before the last bytes go: once the client has them it may start its
                # next request before this thread gets to run again, which is not two at once.
                done = self._done(done)
                handler.wfile.write(reply.body)
            else:
                for chunk in reply.chunks() if callable(reply.chunks) else reply.chunks:
                    handler.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up on purpose (a size cap)
            pass
        finally:
            self._done(done)

    def _done(self, done: bool) -> bool:
        """Count one request as answered, once."""
        if not done:
            with self._lock:
                self._at_once -= 1
        return True
