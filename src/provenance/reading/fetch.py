"""Fetching the pages of links, politely, with httpx (the ``web`` extra).

A :class:`Fetcher` takes links as the corpus is read and fetches several at once on a few
threads, while keeping to what a careful newsroom tool owes the sites it reads
(:class:`~provenance.settings.FetchSettings` holds every limit):

- a User-Agent naming provenance and its version (and a contact, if given);
- each site's robots.txt, read once a run and obeyed (its Crawl-delay too, up to 30 s), unless
  the host is listed in ``ignore_robots``; a robots.txt that answers 4xx allows everything, one
  that keeps answering 5xx disallows everything, as RFC 9309 asks;
- at most ``per_host`` requests at once to one host, their starts ``pause`` seconds apart;
- connect and read timeouts, and a total for each link (its robots.txt, redirects, retries and
  waits, once its first request has gone out); retries with doubling waits after a timeout, a
  dropped connection, 429 or 5xx (a Retry-After is honoured when it fits in the total);
- redirects followed by hand, each hop checked against its own site's robots.txt, at most
  ``max_redirects``;
- a size cap, checked on Content-Length and while reading, so a huge page is never held whole;
- answers that are not HTML (a PDF, an image) refused from their Content-Type before their body
  is read, or from their first bytes when the type is missing or wrong.

Pages already in the :class:`~provenance.reading.fetch_cache.PageCache` are read from it with no
network at all (not even httpx is imported), unless ``refresh`` asks for them again. Every
failure is one :class:`~provenance.errors.FetchError` naming the link and the reason, raised
where the corpus reaches that link.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import FetchError
from ..optional import require
from ..settings import FetchSettings
from .fetch_cache import Page, PageCache
from .html_input import looks_like_html

__all__ = ["ROBOTS_AGENT", "Fetcher", "user_agent"]

log = logging.getLogger("provenance.fetch")

#: The name provenance goes by in robots.txt rules (``User-agent: provenance``).
ROBOTS_AGENT = "provenance"
#: Longest Crawl-delay obeyed, in seconds; a site asking for more gets this.
MAX_CRAWL_DELAY = 30.0
#: Bytes of a robots.txt read (RFC 9309 asks crawlers to read at least 500 KiB).
ROBOTS_MAX_BYTES = 512_000
ROBOTS_REDIRECTS = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
#: First bytes of common files that are not pages, for answers that call themselves HTML.
_MAGIC = ((b"%PDF-", "a PDF"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive"), (b"RIFF", "a RIFF file (WebP, WAV...)"))


def _version() -> str:
    try:
        return version("provenance")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def user_agent(contact: str | None = None, client: str | None = None) -> str:
    """The User-Agent sent with every request: provenance, its version, and a contact if given.

    >>> user_agent("newsdesk@example.org").startswith("provenance/")
    True
    """
    parts = ["reads news pages to trace who copied whom"]
    if client:
        parts.append(client)
    if contact:
        parts.append(f"+{contact}")
    return f"{ROBOTS_AGENT}/{_version()} ({'; '.join(parts)})"


class _Clock:
    """The total time one link may take, counted from its first request."""

    def __init__(self, total: float) -> None:
        self.total = total
        self.end: float | None = None

    def start(self) -> None:
        if self.end is None:
            self.end = time.monotonic() + self.total

    def left(self) -> float:
        return self.total if self.end is None else self.end - time.monotonic()


class _Stopped(Exception):
    """The fetcher was closed while a link waited its turn."""


class _Host:
    """One host's share of the requests: a few at once, their starts a pause apart."""

    def __init__(self, per_host: int, pause: float) -> None:
        self.slots = threading.BoundedSemaphore(per_host)
        self.lock = threading.Lock()
        self.pause = pause
        self.next_start = 0.0

    @contextmanager
    def turn(self, clock: _Clock, stop: threading.Event) -> Iterator[None]:
        """Wait for a free slot and for the pause since the last start; raises _Stopped or TimeoutError."""
        while not self.slots.acquire(timeout=0.2 if clock.end is None else max(0.0, min(0.2, clock.left()))):
            if stop.is_set():
                raise _Stopped
            if clock.end is not None and clock.left() <= 0:
                raise TimeoutError
        try:
            with self.lock:
                now = time.monotonic()
                start = max(now, self.next_start)
                self.next_start = start + self.pause
            if clock.end is not None and start - now >= clock.left():
                raise TimeoutError
            if start > now and stop.wait(start - now):
                raise _Stopped
            clock.start()
            yield
        finally:
            self.slots.release()


@dataclass(frozen=True)
class _Answer:
    status: int
    reason: str
    content_type: str | None = None
    charset: str | None = None
    location: str | None = None
    retry_after: float | None = None
    body: bytes = b""


class Fetcher:
    """Fetches links on a few threads, from the cache when it can; use as a context manager.

    ``cache`` is a folder, None for the default one (:func:`~provenance.reading.fetch_cache.cache_folder`)
    or False for none; ``refresh`` fetches every link again and keeps the new page; ``progress``
    shows a bar counting the links done, with the last one.
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        cache: str | Path | bool | None = None,
        refresh: bool = False,
        progress: bool = False,
    ) -> None:
        self.settings = settings or FetchSettings()
        self.cache = None if cache is False else PageCache(None if cache is None or cache is True else cache)
        self.refresh = refresh
        self.progress = progress
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._pool: ThreadPoolExecutor | None = None
        self._client: Any = None
        self._httpx: Any = None
        self._futures: dict[str, Future[Page]] = {}
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._bar: Any = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        self.close(abort=kind is not None)

    def close(self, abort: bool = False) -> None:
        """Let the threads go; ``abort`` stops what is still waiting or running at once."""
        if abort:
            self._stop.set()
        if self._pool is not None:
            self._pool.shutdown(wait=not abort, cancel_futures=abort)
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def fetch(self, url: str) -> Page:
        """The page of one link; raises FetchError naming it and the reason."""
        return self.submit(url).result()

    def submit(self, url: str) -> Future[Page]:
        """Start fetching ``url`` (or read it from the cache); the same link twice is fetched once."""
        url = url.strip()
        with self._lock:
            if url in self._futures:
                return self._futures[url]
            future: Future[Page] = Future()
            cached = None if self.refresh or self.cache is None else self.cache.get(url)
            if cached is not None:
                log.info("%s: from the cache (fetched %s)", url, cached.fetched_at.isoformat())
                future.set_result(cached)
            else:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(self.settings.connections, thread_name_prefix="provenance-fetch")
                future = self._pool.submit(self._get, url)
            self._futures[url] = future
        future.add_done_callback(lambda done: self._tick(url))
        return future

    def _tick(self, url: str) -> None:
        if not self.progress:
            return
        with self._lock:
            if self._bar is None:
                try:
                    from tqdm.auto import tqdm
                except ImportError:  # progress is a nicety
                    self.progress = False
                    return
                self._bar = tqdm(desc="fetch", unit="link", leave=False)
            self._bar.set_postfix_str(url[-60:], refresh=False)
            self._bar.update(1)

    # --- the network --------------------------------------------------------------------------------

    def _http(self, url: str) -> tuple[Any, Any]:
        """httpx and the shared client, made at the first link that is not in the cache."""
        with self._lock:
            if self._client is None:
                httpx = require("httpx", "web", f"fetching the link {url!r}")
                s = self.settings
                self._httpx = httpx
                self._client = httpx.Client(
                    headers={"User-Agent": user_agent(s.contact, f"python-httpx/{httpx.__version__}"),
                             "Accept": _ACCEPT},
                    follow_redirects=False,
                    limits=httpx.Limits(max_connections=s.connections, max_keepalive_connections=s.connections),
                )
            return self._httpx, self._client

    def _host(self, target: str) -> _Host:
        key = _origin(target)
        with self._lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(self.settings.per_host, self.settings.pause)
            return self._hosts[key]

    def _get(self, url: str) -> Page:
        """Fetch one link in a worker thread: robots.txt, redirects, retries, then the checks on the page."""
        s = self.settings
        clock = _Clock(s.total_timeout)
        current = urldefrag(url)[0]
        if self._stop.is_set():
            raise FetchError(url, "not fetched: the run was stopped")
        try:
            for _ in range(s.max_redirects + 1):
                self._check_robots(url, current, clock)
                answer = self._request(url, current, clock, limit=s.max_bytes, page=True)
                if answer.location is None:
                    break
                following = urldefrag(urljoin(current, answer.location))[0]
                if urlsplit(following).scheme not in ("http", "https"):
                    raise FetchError(url, f"redirected to {following!r}, which is not an http(s) URL")
                log.info("%s: %d redirect to %s", url, answer.status, following)
                current = following
            else:
                raise FetchError(
                    url, f"more than {s.max_redirects} redirects (max_redirects); the last led to {current}"
                )
        except TimeoutError:
            raise FetchError(url, f"took longer than the total_timeout of {s.total_timeout:g} s") from None
        except _Stopped:
            raise FetchError(url, "not fetched: the run was stopped") from None
        refusal = _not_html(answer)
        if refusal:
            raise FetchError(url, refusal)
        page = Page(
            url=url, final_url=current, status=answer.status, content_type=answer.content_type,
            charset=answer.charset, fetched_at=datetime.now(timezone.utc).replace(microsecond=0), body=answer.body,
        )
        log.info("%s: fetched, HTTP %d, %d bytes", url, answer.status, len(answer.body))
        if self.cache is not None:
            self.cache.put(page)
        return page

    def _request(self, url: str, target: str, clock: _Clock, *, limit: int, page: bool) -> _Answer:
        """One GET of ``target`` for the link ``url``, tried again after timeouts, dropped connections,
        429 and 5xx. Raises FetchError for other HTTP errors (pages only) and once the tries are spent;
        for robots.txt (``page=False``) the last 5xx answer is returned instead, and 4xx answers too."""
        s = self.settings
        httpx, client = self._http(url)
        host = self._host(target)
        problem, wait = "", 0.0
        tries = s.retries + 1
        for attempt in range(tries):
            if attempt:
                wait = wait if wait else s.backoff * 2 ** (attempt - 1)
                if clock.left() <= wait:
                    raise FetchError(url, f"{problem}; no time left for another try within the total_timeout "
                                          f"of {s.total_timeout:g} s")
                log.info("%s: %s; trying again in %.1f s", url, problem, wait)
                if self._stop.wait(wait):
                    raise _Stopped
            with host.turn(clock, self._stop):
                try:
                    answer = self._once(httpx, client, url, target, clock, limit, page)
                except httpx.TimeoutException as exc:
                    if clock.left() <= 0.01:  # the link's own total ran out, not the server's patience
                        raise TimeoutError from None
                    problem, wait = f"timed out {self._timeout_kind(httpx, exc)}", 0.0
                    continue
                except httpx.TransportError as exc:
                    if self._stop.is_set():
                        raise _Stopped from None
                    problem, wait = f"connection failed ({str(exc) or type(exc).__name__})", 0.0
                    continue
                except httpx.RequestError as exc:  # a broken compressed body, say: no use trying again
                    raise FetchError(url, f"the answer cannot be read ({str(exc) or type(exc).__name__})") from None
                except httpx.InvalidURL as exc:
                    raise FetchError(url, f"not a URL that can be fetched ({exc})") from None
            if answer.status == 429 or answer.status >= 500:
                problem = f"HTTP {answer.status} {answer.reason}".rstrip()
                wait = answer.retry_after if answer.retry_after is not None else 0.0
                if not page and attempt == tries - 1:
                    return answer
                continue
            return answer
        where = f" at {target}" if target != urldefrag(url)[0] else ""
        raise FetchError(url, f"{problem}{where}; gave up after {tries} {'try' if tries == 1 else 'tries'}")

    def _once(self, httpx: Any, client: Any, url: str, target: str, clock: _Clock, limit: int,
              page: bool) -> _Answer:
        """A single request, its body read within the size cap and the link's total time."""
        s, left = self.settings, clock.left()
        if left <= 0:
            raise TimeoutError
        timeout = httpx.Timeout(connect=min(s.connect_timeout, left), read=min(s.read_timeout, left),
                                write=min(s.read_timeout, left), pool=left)
        with client.stream("GET", target, timeout=timeout) as r:
            content_type = r.headers.get("content-type")
            answer = _Answer(status=r.status_code, reason=r.reason_phrase, content_type=content_type,
                             charset=r.charset_encoding, retry_after=_retry_after(r.headers.get("retry-after")))
            if r.status_code in _REDIRECTS and r.headers.get("location"):
                return _Answer(status=r.status_code, reason=r.reason_phrase, location=r.headers["location"])
            if r.status_code == 429 or r.status_code >= 500 or (not page and r.status_code >= 300):
                return answer
            if not 200 <= r.status_code < 300:
                where = f" at {target}" if target != urldefrag(url)[0] else ""
                raise FetchError(url, f"HTTP {r.status_code} {r.reason_phrase}{where}".rstrip())
            if page and content_type and _mime(content_type) not in HTML_TYPES:
                raise FetchError(url, f"not an HTML page: the site answered with {_mime(content_type)}")
            declared = r.headers.get("content-length", "")
            if page and declared.isdigit() and int(declared) > limit:
                raise FetchError(url, f"the page is {int(declared):,} bytes, over the max_bytes limit of {limit:,}")
            body = bytearray()
            for chunk in r.iter_bytes():
                body += chunk
                if len(body) > limit:
                    if not page:  # a long robots.txt is read up to the limit
                        del body[limit:]
                        break
                    raise FetchError(url, f"the page is over the max_bytes limit of {limit:,} bytes")
                if clock.left() <= 0:
                    raise TimeoutError
        return _Answer(status=answer.status, reason=answer.reason, content_type=content_type,
                       charset=answer.charset, body=bytes(body))

    def _timeout_kind(self, httpx: Any, exc: Exception) -> str:
        if isinstance(exc, httpx.ConnectTimeout):
            return f"connecting (connect_timeout {self.settings.connect_timeout:g} s)"
        return f"waiting for the answer (read_timeout {self.settings.read_timeout:g} s)"

    # --- robots.txt --------------------------------------------------------------------------------

    def _ignored(self, host: str) -> bool:
        hosts = self.settings.ignore_robots
        return "*" in hosts or any(host == h or host.endswith("." + h) for h in hosts)

    def _check_robots(self, url: str, target: str, clock: _Clock) -> None:
        host = (urlsplit(target).hostname or "").lower()
        if self._ignored(host):
            return
        origin = _origin(target)
        rules = self._rules(url, origin, clock)
        if not rules.can_fetch(ROBOTS_AGENT, target):
            why = getattr(rules, "why", "")
            raise FetchError(
                url, f"refused by {origin}/robots.txt{why}, which disallows {target} to {ROBOTS_AGENT}; for a "
                f"site of your own, FetchSettings(ignore_robots=({host!r},)) or --ignore-robots {host}"
            )

    def _rules(self, url: str, origin: str, clock: _Clock) -> RobotFileParser:
        """The robots.txt rules of one site, fetched once a run."""
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin in self._robots:
                return self._robots[origin]
            rules = RobotFileParser(f"{origin}/robots.txt")
            target = f"{origin}/robots.txt"
            for _ in range(ROBOTS_REDIRECTS + 1):
                answer = self._request(url, target, clock, limit=ROBOTS_MAX_BYTES, page=False)
                if answer.location is None:
                    break
                target = urljoin(target, answer.location)
            if answer.location is not None or 400 <= answer.status < 500:
                rules.allow_all = True  # no robots.txt: everything is allowed
            elif answer.status >= 500:
                rules.disallow_all = True  # the site cannot say: nothing is, for now
                rules.why = f" (it answered HTTP {answer.status}, taken as disallowing everything)"  # type: ignore[attr-defined]
            else:
                rules.parse(answer.body.decode("utf-8", errors="replace").splitlines())
                delay = rules.crawl_delay(ROBOTS_AGENT)
                if delay:
                    host = self._host(origin)
                    host.pause = max(host.pause, min(float(delay), MAX_CRAWL_DELAY))
            self._robots[origin] = rules
            return rules


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _mime(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header given in seconds (a date is left to the usual backoff)."""
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _not_html(answer: _Answer) -> str | None:
    """Why an answer is not an HTML page, from its first bytes and (when missing) its type; None if it is."""
    head = answer.body[:1024].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"not an HTML page: its bytes are {what}"
    if answer.content_type is None:
        sample = answer.body[:4096].decode(answer.charset or "utf-8", errors="replace")
        if not looks_like_html(sample):
            return "not an HTML page: the site gave no Content-Type and the bytes do not look like HTML"
    return None
