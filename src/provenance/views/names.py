"""What a person reads as the name of an article or of a placeholder source, in every view.

Ids are for programs: they are unique and stable but say nothing to a reader. Every view that a
person reads (the summary, diff headers, the HTML report, the notebook display, the diagram)
names an article by one rule, :func:`article_name`: "Outlet · headline", or the headline alone
when the outlet is unknown, or the id when there is no headline either. A common source missing
from the corpus is named by :func:`placeholder_name`: "AFP story, not in corpus" when its members
credit an agency, "unknown common source" otherwise; never by its internal ``missing:...`` id.

:class:`Names` holds the names of one report's articles and placeholders, and tells apart two
that would read the same (two outlets' identical headlines aside, an outlet can run one headline
twice) by adding the id, so a name always points at one article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from ..models import Article, MissingSource

__all__ = [
    "SEPARATOR",
    "UNKNOWN_SOURCE",
    "Names",
    "article_name",
    "node_name",
    "placeholder_name",
    "shorten",
]

#: Between the outlet and the headline in a name.
SEPARATOR = " · "
#: The name of a common source missing from the corpus that no member credits.
UNKNOWN_SOURCE = "unknown common source"
#: Names longer than this are cut (at a word) where a line has little room.
SHORT = 72


def _clean(text: str | None) -> str:
    """``text`` on one line with runs of white space folded, or "" for None."""
    return " ".join((text or "").split())


def shorten(name: str, width: int = SHORT) -> str:
    """``name`` cut at a word to at most ``width`` characters, with "…" when anything was cut.

    >>> shorten("Al Jazeera · Syrian rebel groups to attend talks in Astana", 30)
    'Al Jazeera · Syrian rebel…'
    """
    if len(name) <= width:
        return name
    cut = name[: width - 1]
    if " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ")]
    return cut.rstrip(" ·,;:") + "…"


def name_from(ident: str, outlet: str | None, title: str | None) -> str:
    """The naming rule on its parts: "Outlet · headline", else the headline, else the id.

    An outlet without a headline is not a name (it names every article of that outlet): the id
    is used then.

    >>> name_from("r1", "Reuters", "Port strike ends")
    'Reuters · Port strike ends'
    >>> name_from("r1", None, "Port strike ends")
    'Port strike ends'
    >>> name_from("r1", "Reuters", None)
    'r1'
    """
    outlet, title = _clean(outlet), _clean(title)
    if title and outlet:
        return f"{outlet}{SEPARATOR}{title}"
    return title or ident


def article_name(article: Article) -> str:
    """The name a person reads for ``article``: "Outlet · headline", the headline, or the id."""
    return name_from(article.id, article.outlet, article.title)


def placeholder_name(missing: MissingSource) -> str:
    """The name of a common source missing from the corpus.

    "AFP story, not in corpus" when its members credit an agency (``missing.name``), else
    "unknown common source".

    >>> placeholder_name(MissingSource(id="missing:afp:x", name="AFP", members=("x", "y")))
    'AFP story, not in corpus'
    >>> placeholder_name(MissingSource(id="missing:unknown:x", name=None, members=("x", "y")))
    'unknown common source'
    """
    credit = _clean(missing.name)
    return f"{credit} story, not in corpus" if credit else UNKNOWN_SOURCE


def node_name(ident: str, data: Mapping[str, Any]) -> str:
    """The name of a node of ``report.graph`` from its attributes (``name`` when the graph carries
    it; else from ``outlet`` and ``title``, or for a placeholder its ``credit``)."""
    if data.get("name"):
        return str(data["name"])
    if data.get("placeholder"):
        credit = _clean(data.get("credit"))
        return f"{credit} story, not in corpus" if credit else UNKNOWN_SOURCE
    return name_from(ident, data.get("outlet"), data.get("title"))


class Names:
    """The names of one report's articles and placeholders, each pointing at one of them.

    When two read the same, each of them gets its id in brackets ("Reuters · Port strike ends
    (r1)"), so a heading or a table row never leaves the reader guessing which one is meant.
    An id that is neither an article nor a placeholder of the report is its own name.
    """

    def __init__(self, documents: Iterable[Article], missing: Iterable[MissingSource] = ()) -> None:
        base: dict[str, str] = {a.id: article_name(a) for a in documents}
        base.update({m.id: placeholder_name(m) for m in missing})
        self._placeholders = {m.id for m in missing}
        seen = Counter(base.values())
        self._names = {
            ident: name if seen[name] == 1 or name == ident else f"{name} ({ident})" for ident, name in base.items()
        }

    @classmethod
    def of(cls, report: Any) -> Names:
        """The names of a report's documents and missing sources."""
        return cls(report.documents, report.missing)

    def __getitem__(self, ident: str) -> str:
        """The full name of ``ident``."""
        return self._names.get(ident, ident)

    def short(self, ident: str, width: int = SHORT) -> str:
        """The name of ``ident`` cut to ``width`` characters, keeping an added id whole."""
        name = self[ident]
        suffix = f" ({ident})"
        if name.endswith(suffix) and len(name) > width:
            return shorten(name[: -len(suffix)], max(width - len(suffix), 12)) + suffix
        return shorten(name, width)

    def is_placeholder(self, ident: str) -> bool:
        """True for a common source missing from the corpus."""
        return ident in self._placeholders

    def __contains__(self, ident: object) -> bool:
        return ident in self._names

    def __len__(self) -> int:
        return len(self._names)
