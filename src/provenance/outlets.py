"""Outlet identity: the registered domain of an article's URL, and the user's table of outlet aliases.

An article's outlet comes from its metadata, else from its URL (``www.aljazeera.com/news/...``
gives ``aljazeera.com``), else from its own self-credit (see :mod:`provenance.segment`). Domains
are found with tldextract's bundled public-suffix list and never fetch it from the network, so
a trace stays offline and gives the same answer on every machine.

Names compare by :func:`provenance.credits.outlet_key`, which folds spelling ("Al-Jazeera" =
"Al Jazeera English") and, through :func:`alias`, the alias table in force ("AJ" = "Al Jazeera").
The table is set for the length of a trace by :func:`outlet_aliases`: outlet names are compared
deep inside several stages, and a context-scoped table reaches all of them without threading one
more parameter through every signature, while two traces with different tables (in two threads
or one after the other) do not see each other's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from types import MappingProxyType
from urllib.parse import urlsplit

from .errors import InputFormatError

__all__ = ["alias", "domain_label", "outlet_aliases", "outlet_from_url", "registered_domain"]

_EMPTY: Mapping[str, str] = MappingProxyType({})
_ACTIVE: ContextVar[Mapping[str, str]] = ContextVar("provenance_outlet_aliases", default=_EMPTY)
#: A bare host name or URL ("aljazeera.com", "https://www.bbc.co.uk/news"); no spaces.
_DOMAIN_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[a-z0-9-]+\.)+[a-z]{2,63}\.?(?::\d+)?(?:[/?#]\S*)?$", re.I)
#: Most rounds of alias-to-alias resolution ("AJE" -> "AJ" -> "Al Jazeera").
_MAX_HOPS = 8


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


def alias(key: str) -> str:
    """The outlet key that ``key`` (already folded by ``outlet_key``) stands for in the table in force."""
    return _ACTIVE.get().get(key, key)


@contextmanager
def outlet_aliases(table: Mapping[str, str] | None) -> Iterator[Mapping[str, str]]:
    """Make ``table`` (alias name -> outlet name, e.g. ``{"AJ": "Al Jazeera"}``) the one in force.

    Names on both sides are folded as outlet names, and chains resolve ("AJE" -> "AJ" ->
    "Al Jazeera"). Yields the folded table. Raises InputFormatError for a name that is not a
    non-empty string or folds to nothing.
    """
    from .credits import outlet_key  # credits imports this module

    token = _ACTIVE.set(_EMPTY)  # fold the names without any table
    try:
        folded: dict[str, str] = {}
        for name, target in (table or {}).items():
            for value in (name, target):
                if not isinstance(value, str) or not outlet_key(value):
                    raise InputFormatError(f"outlet alias {name!r} -> {target!r}: {value!r} is not an outlet name")
            folded[outlet_key(name)] = outlet_key(target)
    finally:
        _ACTIVE.reset(token)
    resolved = {}
    for key, target in folded.items():
        for _ in range(_MAX_HOPS):
            if target not in folded or folded[target] == target:
                break
            target = folded[target]
        if target != key:
            resolved[key] = target
    token = _ACTIVE.set(MappingProxyType(resolved))
    try:
        yield MappingProxyType(resolved)
    finally:
        _ACTIVE.reset(token)
