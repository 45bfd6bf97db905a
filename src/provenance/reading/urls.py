"""Where a URL points: its host and the domain it was registered under.

Domains are found with tldextract's bundled public-suffix list and never fetch it from the
network, so reading a corpus stays offline and gives the same answer on every machine. The
article part turns a domain into an outlet name (see :mod:`provenance.article.outlets`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

__all__ = ["domain_label", "id_from_url", "is_link", "outlet_from_url", "registered_domain"]

#: A bare host name or URL ("aljazeera.com", "https://www.bbc.co.uk/news"); no spaces.
_DOMAIN_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[a-z0-9-]+\.)+[a-z]{2,63}\.?(?::\d+)?(?:[/?#]\S*)?$", re.I)


#: A string that is nothing but an http(s) URL: a link to fetch, not an article's text.
_LINK = re.compile(r"^https?://[^\s/?#]+(?:[/?#]\S*)?$", re.I)


def is_link(text: object) -> bool:
    """Whether ``text`` is a string holding just an http(s) URL (white space around it aside).

    >>> is_link("https://www.bbc.co.uk/news/world-38628838"), is_link("See https://bbc.co.uk today")
    (True, False)
    >>> is_link("ftp://example.com/a"), is_link("https://"), is_link("http://example.com:99999/a")
    (False, False, False)
    """
    if not isinstance(text, str) or len(text) > 8192:
        return False
    stripped = text.strip()
    if not _LINK.match(stripped):
        return False
    try:
        parts = urlsplit(stripped)
        return bool(parts.hostname) and (parts.port is None or parts.port >= 0)
    except ValueError:  # a port out of range or not a number, an invalid IPv6 literal
        return False


def id_from_url(url: str | None) -> str | None:
    """A readable id for the article at ``url``: its host (without ``www.``) and path, with the
    query when it has one; None when ``url`` is not an http(s) link.

    Different pages get different ids: only what names no other page is dropped (the scheme, a
    leading ``www.``, a fragment, a trailing slash).

    >>> id_from_url("https://www.Reuters.com/world/port-strike-ends-2025-03-04/#top")
    'reuters.com/world/port-strike-ends-2025-03-04'
    >>> id_from_url("http://example.org/story?id=12"), id_from_url("https://example.org/")
    ('example.org/story?id=12', 'example.org')
    >>> id_from_url("not a link") is None
    True
    """
    if not is_link(url or ""):
        return None
    parts = urlsplit(str(url).strip())
    host = (parts.hostname or "").rstrip(".").lower()
    host = host[4:] if host.startswith("www.") and host.count(".") > 1 else host
    port = f":{parts.port}" if parts.port else ""
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{port}{path}{query}"


@lru_cache(maxsize=1)
def _extractor():  # type: ignore[no-untyped-def]
    import tldextract

    # No suffix-list URLs and no cache folder: the bundled snapshot, no network, nothing written.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=8192)
def _parts(host: str) -> tuple[str, str]:
    result = _extractor()(host)
    return result.domain, result.suffix


def _host(url: str) -> str:
    text = url.strip()
    if "://" not in text:
        text = "//" + text
    try:
        return (urlsplit(text).hostname or "").rstrip(".").lower()
    except ValueError:  # e.g. an invalid port or IPv6 literal
        return ""


def registered_domain(url: str) -> str | None:
    """The domain a URL was registered under, by the public-suffix list; None for hosts without one.

    >>> registered_domain("https://www.bbc.co.uk/news/world-38628838")
    'bbc.co.uk'
    >>> registered_domain("http://localhost:8000/a.html") is None
    True
    """
    host = _host(url)
    if not host:
        return None
    domain, suffix = _parts(host)
    return f"{domain}.{suffix}" if domain and suffix else None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet an article's URL names: its registered domain (``aljazeera.com``), if it has one."""
    return registered_domain(url) if url else None


def domain_label(name: str) -> str | None:
    """For a name that is a domain or URL, the registrable label ("bbc.co.uk" -> "bbc"); else None.

    >>> domain_label("aljazeera.com"), domain_label("Al Jazeera")
    ('aljazeera', None)
    """
    text = name.strip()
    if not _DOMAIN_LIKE.match(text):
        return None
    host = _host(text)
    domain, suffix = _parts(host) if host else ("", "")
    return domain if domain and suffix else None
