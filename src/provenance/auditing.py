"""Auditing articles against an archive: which stored articles each one shares text with.

"Who copied my story?" and "where did this come from?": :func:`audit` traces the given articles
(files, records, links) against a candidate index (:mod:`provenance.index`) exactly as
:func:`provenance.trace` would with ``index=``, through the same candidate search, alignment,
direction and diffs, but by default leaves the index as it was. For each given article it then
ranks the stored articles it shares text with, by how much of the article's body they share,
and says for each one which way the text went, whether the copy credited its source, and how
the two differ, paragraph by paragraph.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .errors import UnknownDocumentError
from .index import IndexFileError
from .models import Article, Diff, Evidence, Pair, Skipped
from .pipeline import traced
from .reading.load import OnError
from .report import Report, SavedAsJson, _written
from .settings import Settings
from .views.notebook import DiffView
from .views.wording import confidence_text, count

__all__ = ["ArticleAudit", "Audit", "Match", "audit"]

Role = Literal["source", "copy", "sibling", "undetermined"]
_ROLE_WORDS = {
    "source": "is its source",
    "copy": "copied it",
    "sibling": "shares a common source with it",
    "undetermined": "shares text with it, direction undetermined",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Match(_Frozen):
    """A stored article that shares text with an audited one: which way the text went, and how."""

    stored: str = Field(description="id of the stored article")
    role: Role = Field(
        description="source: the audited article derives from the stored one; copy: the stored one derives from "
        "the audited one; sibling: both hang under a common source that is not in the archive; undetermined"
    )
    direct: bool = Field(description="True when the derivation is a direct-parent edge, not one through another")
    share: float = Field(description="share of the audited article's body text found in the stored one")
    stored_share: float = Field(description="share of the stored article's body text found in the audited one")
    similarity: float = Field(description="mean similarity of the aligned paragraphs")
    confidence: float = Field(ge=0.0, le=1.0, description="probability of the direction (low when undetermined)")
    credited: bool | None = Field(description="whether the copy names its source; None when undetermined")
    retitled: bool | None = Field(description="whether the copy carries another headline; None if unknown")
    identical: tuple[str, ...] = Field(default=(), description="other stored articles with exactly the same text")
    evidence: tuple[Evidence, ...] = ()
    diff: Diff = Field(description="copy against source; when undetermined, the audited article against the stored")


class ArticleAudit(_Frozen):
    """One audited article and the stored articles it shares text with, most shared first."""

    article: str
    matches: tuple[Match, ...]


class Audit(_Frozen, SavedAsJson):
    """What :func:`audit` found; JSON round-trips without loss.

    ``report`` is the underlying trace (the audited articles, the stored ones they share text
    with, and every pair among them); ``articles`` holds each audited article's ranked matches;
    :attr:`skipped` the items given that were left out (with ``audit(..., on_error="skip")``).
    """

    index: str = Field(description="the candidate index the articles were audited against")
    stored: bool = Field(description="whether the audited articles were then stored in the index")
    articles: tuple[ArticleAudit, ...]
    report: Report

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """The items given that were left out, in their order, and why: files that are not
        articles, and with ``on_error="skip"`` items that could not be read or fetched, or were
        over a limit. The JSON audit holds them in ``report.skipped``."""
        return self.report.skipped

    def audited(self, article: str) -> ArticleAudit:
        """The audit of one article; raises UnknownDocumentError naming it if it was not audited."""
        for entry in self.articles:
            if entry.article == article:
                return entry
        raise UnknownDocumentError(f"no audited article {article!r} in this audit")

    def match(self, article: str, stored: str) -> Match:
        """The match of ``stored`` for ``article``; raises UnknownDocumentError if they share no text."""
        for m in self.audited(article).matches:
            if m.stored == stored:
                return m
        raise UnknownDocumentError(f"the stored article {stored!r} shares no text with {article!r}")

    def view(self, article: str, stored: str) -> DiffView:
        """The two side by side (copy on the left, source on the right), for display in Jupyter."""
        diff = self.match(article, stored).diff
        return DiffView(self.report, diff, self.report.article(diff.derived), self.report.article(diff.source))

    def __repr__(self) -> str:
        """The first line of the summary and how many matches: the article texts stay out."""
        matches = sum(len(a.matches) for a in self.articles)
        return f"<Audit: {self.summary().splitlines()[0]}; {count(matches, 'match', 'matches')}>"

    __str__ = __repr__

    def summary(self) -> str:
        """A few lines a person can read: for each article, the stored ones it shares text with, ranked."""
        lines = [f"{count(len(self.articles), 'article')} audited against {self.index}"
                 f"{' (and stored there)' if self.stored else ' (not stored)'}"]
        lines += self.report.skipped_lines()
        for entry in self.articles:
            doc = self.report.document(entry.article)
            about = f" ({doc.outlet})" if doc.outlet else ""
            if not entry.matches:
                lines.append(f"{entry.article}{about}: no stored article shares text with it")
                continue
            n = len(entry.matches)
            lines.append(f"{entry.article}{about}: {count(n, 'stored article')} {'shares' if n == 1 else 'share'} "
                         "text with it")
            for n, m in enumerate(entry.matches, 1):
                credit = "" if m.credited is None else ("credited; " if m.credited else "UNCREDITED; ")
                same = f"; identical: {', '.join(m.identical)}" if m.identical else ""
                lines.append(
                    f"  {n}. {m.stored} {_ROLE_WORDS[m.role]}  ({credit}confidence {confidence_text(m.confidence)}; "
                    f"{m.share:.0%} of this article's body, {m.stored_share:.0%} of the stored one's{same})"
                )
        return "\n".join(lines)

    def to_html(self, path: str | Path | None = None, *, title: str = "Provenance audit") -> str | Path:
        """A self-contained HTML page: each article's ranked matches, then each match side by side;
        the page's text, or given ``path``, the page written there and the Path returned."""
        from .views.audit_html import audit_html

        return _written(audit_html(self, title), path)

    def _repr_html_(self) -> str:
        from .views.audit_html import audit_repr_html

        return audit_repr_html(self)


def audit(
    items: Any,
    *,
    index: str | Path,
    store: bool = False,
    settings: Settings | None = None,
    workers: int = 1,
    engine: Any = "local",
    progress: bool = False,
    aliases: Mapping[str, str] | None = None,
    on_error: OnError = "raise",
    cache: str | Path | bool | None = None,
    refresh: bool = False,
    **columns: str,
) -> Audit:
    """Audit articles against the archive stored in ``index``: for each, the stored articles it
    shares text with, most shared first, with direction, credit and diff.

    ``items`` is any corpus :func:`provenance.trace` reads (files, records, links...); the other
    arguments are :func:`provenance.trace`'s. The articles are stored in the index only when
    ``store`` is True. With ``on_error="skip"`` an item that cannot be read, or a link whose page
    cannot be fetched, is left out and listed in :attr:`Audit.skipped` (its link as origin); with
    ``"raise"``, the default, it raises its error. Raises IndexFileError when ``index`` is not an
    existing candidate index, and the corpus errors of :func:`provenance.trace`.
    """
    path = Path(index)
    if not path.is_file():
        raise IndexFileError(
            f"no candidate index at {str(path)!r}: build one first with trace(articles, index=...) "
            "or provenance trace PATH --index FILE"
        )
    report, own = traced(items, settings=settings, workers=workers, engine=engine, progress=progress, index=path,
                         store=store, aliases=aliases, on_error=on_error, cache=cache, refresh=refresh, columns=columns)
    return Audit(index=str(path), stored=store, report=report,
                 articles=tuple(_audit_one(report, ident, own) for ident in sorted(own)))


def _audit_one(report: Report, ident: str, own: frozenset[str]) -> ArticleAudit:
    """The ranked matches of one audited article, from the trace's pairs with stored articles."""
    docs = {a.id: a for a in report.documents}
    twins = _identical(report.documents, own)
    sibling = {frozenset((x, y)) for m in report.missing for x in m.members for y in m.members if x != y}
    found = []
    for p in report.pairs:
        if ident not in (p.a, p.b):
            continue
        other = p.b if p.a == ident else p.a
        if other in own:
            continue
        found.append(_match(report, p, ident, other, sibling, twins.get(other, ()), docs))
    found.sort(key=lambda m: (-m.share, -m.stored_share, m.stored))
    return ArticleAudit(article=ident, matches=tuple(found))


def _match(
    report: Report, p: Pair, ident: str, other: str, sibling: set[frozenset[str]], identical: tuple[str, ...],
    docs: dict[str, Article],
) -> Match:
    if p.relation == "derived":
        role: Role = "source" if p.derived == ident else "copy"
        diff = report.diff(p.derived, p.source)  # type: ignore[arg-type]
        credited: bool | None = diff.credited
    else:
        role = "sibling" if frozenset((ident, other)) in sibling else "undetermined"
        diff = report.diff(ident, other)
        credited = None
    mine_a = p.a == ident
    return Match(
        stored=other, role=role, direct=p.direct, share=p.share_a if mine_a else p.share_b,
        stored_share=p.share_b if mine_a else p.share_a, similarity=p.similarity, confidence=p.confidence,
        credited=credited, retitled=diff.title.retitled, identical=identical, evidence=p.evidence, diff=diff,
    )


def _identical(documents: tuple[Article, ...], own: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """For each stored article, the other stored articles of the report with exactly its text."""
    groups: dict[str, list[str]] = defaultdict(list)
    for a in documents:
        if a.id not in own:
            groups[hashlib.blake2b(a.text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()].append(a.id)
    return {x: tuple(y for y in ids if y != x) for ids in groups.values() if len(ids) > 1 for x in ids}
