"""Outlet identity: one key for every spelling of an outlet's name, and the user's alias table.

An article's outlet comes from its metadata, else from its URL's registered domain (see
:mod:`provenance.reading.urls`), else from its own self-credit (see :mod:`provenance.article.segment`).
Names compare by :func:`outlet_key`, which folds spelling ("Al-Jazeera" = "Al Jazeera English",
"bbc.co.uk" = "BBC"; an agency's own site, "news.cn" = "Xinhua") and, through :func:`alias`, the
alias table in force ("AJ" = "Al Jazeera").
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

from rapidfuzz import fuzz

from ..errors import InputFormatError
from ..reading.urls import domain_label, registered_domain

__all__ = ["KNOWN_AGENCIES", "alias", "mentions", "outlet_aliases", "outlet_key", "same_outlet"]

_EMPTY: Mapping[str, str] = MappingProxyType({})
_ACTIVE: ContextVar[Mapping[str, str]] = ContextVar("provenance_outlet_aliases", default=_EMPTY)
#: Most rounds of alias-to-alias resolution ("AJE" -> "AJ" -> "Al Jazeera").
_MAX_HOPS = 8


#: Names that are news agencies, the usual sources of syndicated copy. Used to accept an
#: all-capitals credit ("AFP –") that would otherwise read as a dateline ("BEIRUT –").
KNOWN_AGENCIES = frozenset({
    "afp", "ap", "pa", "reuters", "upi", "dpa", "ansa", "efe", "ians", "pti", "ani", "tass", "aap", "nan",
    "xinhua", "bloomberg", "kyodo", "yonhap", "anadolu", "bernama", "apa", "sapa", "ria", "itar", "kuna",
    "wam", "spa", "mena", "irna", "cna", "ips", "aa", "anp", "belga", "ntb", "ctk", "pap", "mti",
    "ghanaiannewsagency", "kenyanewsagency", "antara", "pna", "vna", "jiji", "canadianpress",
})
#: Different spellings of one agency, folded to one key.
_ALIASES = {
    "associatedpress": "ap", "agencefrancepresse": "afp", "pressassociation": "pa", "pamedia": "pa",
    "thomsonreuters": "reuters", "newsagencyofnigeria": "nan", "anadoluagency": "anadolu",
    "deutschepresseagentur": "dpa", "xinhuanewsagency": "xinhua", "aj": "aljazeera", "aje": "aljazeera",
    "aa": "anadolu", "dpainfocom": "dpa",
    "presstrustofindia": "pti", "indoasiannewsservice": "ians", "asiannewsinternational": "ani",
    "unitedpressinternational": "upi", "australianassociatedpress": "aap", "agenciaefe": "efe",
    "agenzianazionalestampaassociata": "ansa", "algemeennederlandspersbureau": "anp", "itartass": "tass",
    "anadoluajansi": "anadolu", "malaysiannationalnewsagency": "bernama", "kyodonews": "kyodo",
    "yonhapnews": "yonhap", "apnews": "ap", "reutersnews": "reuters", "afpnews": "afp", "agencefrance": "afp",
    "jijipress": "jiji", "cp": "canadianpress", "agenziaansa": "ansa", "ansanews": "ansa",
}
#: News agencies' own sites whose registered domain does not fold to the agency's name ("news.cn" is
#: Xinhua's, "yna.co.kr" Yonhap's): a page from one is the agency's own.
_AGENCY_SITES = {
    "news.cn": "xinhua", "xinhuanet.com": "xinhua", "yna.co.kr": "yonhap", "focustaiwan.tw": "cna",
    "vnanet.vn": "vna", "vietnamplus.vn": "vna", "dpa-international.com": "dpa",
}
_GENERIC_TAIL = re.compile(r"(?:newsagency|agency|news|online|english|tv|com|wire|service|media)$")


def outlet_key(name: str) -> str:
    """A folded form of an outlet's name for comparison.

    >>> outlet_key("Al-Jazeera") == outlet_key("Al Jazeera")
    True
    >>> outlet_key("Associated Press"), outlet_key("PA News")
    ('ap', 'pa')
    """
    return alias(_folded(name))  # the user's alias table, if a trace set one


@lru_cache(maxsize=1 << 16)
def _folded(name: str) -> str:
    """The name folded with the built-in aliases only (cached: a trace folds the same few names often)."""
    label = domain_label(name)
    if label is not None and (site := registered_domain(name)) in _AGENCY_SITES:
        return _AGENCY_SITES[site]
    key = re.sub(r"[^0-9a-z]", "", (label or name).lower())  # "bbc.co.uk" -> "bbc"
    if key.startswith("the") and len(key) > 5:
        key = key[3:]
    if key in _ALIASES:
        return _ALIASES[key]
    stripped = _GENERIC_TAIL.sub("", key)
    if stripped and stripped != key:
        key = stripped
    return _ALIASES.get(key, key)


#: Outlet names shorter than this (folded) are not looked for inside a line's text: "AP" or "PA"
#: would be found inside other words.
MIN_NAME_KEY = 4


def mentions(text: str, outlet: str | None) -> bool:
    """Whether a line names ``outlet`` anywhere in its text, as its folded name ("Our Standards: The
    Thomson Reuters Trust Principles" names Reuters). Names shorter than :data:`MIN_NAME_KEY` folded
    are never found this way.

    >>> mentions("Our Standards: The Thomson Reuters Trust Principles.", "Reuters")
    True
    >>> mentions("Shares fell in Pa. trading", "PA")
    False
    """
    key = outlet_key(outlet) if outlet else ""
    return len(key) >= MIN_NAME_KEY and key in re.sub(r"[^0-9a-z]", "", text.lower())


def same_outlet(a: str | None, b: str | None, aliases: dict[str, str] | None = None) -> bool:
    """Whether two names denote one outlet, forgiving spelling ("Al-Jazeera" = "Al Jazeera")."""
    if not a or not b:
        return False
    ka, kb = outlet_key(a), outlet_key(b)
    if aliases:
        ka, kb = aliases.get(ka, ka), aliases.get(kb, kb)
    if not ka or not kb:
        return False
    return ka == kb or (min(len(ka), len(kb)) >= 5 and fuzz.ratio(ka, kb) >= 90)


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
