"""Links in a corpus: a file of links, and the pages of links read as articles.

A corpus item that is a string holding just an http(s) URL is a link: its page is fetched
(:mod:`provenance.reading.fetch`) and read as an HTML page (:mod:`provenance.reading.html_input`).
The article's id and origin are the link as given; ``Article.url`` is the page's canonical URL
(else the final URL); ``Article.fetched`` keeps the link, the final URL after redirects and when
the page was fetched.

Links are started a few items ahead of the one being read, so a list of links from many sites
is fetched several at a time, while articles still come out in the corpus's own order and a
failure is raised when the corpus reaches the link at fault.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EmptyCorpusError, InputFormatError, UnreadableInputError
from ..models import Article, Fetch
from .fetch import Fetcher
from .fetch_cache import Page
from .html_input import read_html
from .urls import is_link

__all__ = ["AHEAD", "Pending", "ahead", "link_article", "read_links"]

#: Corpus items read ahead of the one being read, so their links are fetched meanwhile.
AHEAD = 32


def read_links(path: str | Path) -> list[str]:
    """The links of a file: one URL a line; blank lines and lines starting with ``#`` are skipped.

    Raises UnreadableInputError for a file that cannot be read, InputFormatError naming the line
    of anything that is not an http(s) URL or repeats a link, EmptyCorpusError for a file with none.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise UnreadableInputError(f"{str(path)!r} cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise UnreadableInputError(f"{str(path)!r} is not UTF-8 text (byte {exc.start})") from None
    links: list[str] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not is_link(line):
            raise InputFormatError(f"{path}:{number}: {line[:200]!r} is not an http(s) URL")
        if line in seen:
            raise InputFormatError(f"{path}:{number}: {line} is already on line {seen[line]}")
        seen[line] = number
        links.append(line)
    if not links:
        raise EmptyCorpusError(f"{str(path)!r} holds no links")
    return links


@dataclass(frozen=True)
class Pending:
    """A link of the corpus whose page is being fetched."""

    url: str
    page: Future[Page]


def ahead(items: Iterable[Any], fetcher: Fetcher, depth: int = AHEAD) -> Iterator[Any]:
    """The items, in order, with every link replaced by a :class:`Pending` fetch started up to
    ``depth`` items before it is reached."""
    queue: deque[Any] = deque()
    for item in items:
        if is_link(item):
            url = item.strip()
            item = Pending(url, fetcher.submit(url))
        queue.append(item)
        if len(queue) > depth:
            yield queue.popleft()
    while queue:
        yield queue.popleft()


def link_article(pending: Pending) -> Article:
    """The article of a fetched link; raises the link's FetchError, or the HTML reader's errors naming it."""
    page = pending.page.result()
    article = read_html(page.body, ident=page.url, origin=page.url, url=page.final_url, charset=page.charset)
    fetched = Fetch(url=page.url, final_url=page.final_url, fetched_at=page.fetched_at, status=page.status,
                    content_type=page.content_type)
    return article.model_copy(update={"fetched": fetched})
