"""An audit as HTML: for each audited article, the stored articles it shares text with, ranked,
then each pair side by side (the copy on the left, its source on the right).

The page is built from the report's own pieces (:mod:`provenance.views.html`): the same banners
for headline and credit, the same side-by-side table, the same escaping and the same
Content-Security-Policy, so a hostile article runs nothing here either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Article
from .html import name_html, skipped_table
from .html_base import esc, page
from .html_diff import diff_html, legend
from .names import Names
from .notebook import wrap
from .wording import confidence_text

if TYPE_CHECKING:
    from ..auditing import Audit, Match

__all__ = ["audit_body", "audit_html", "audit_repr_html"]

_ROLES = {
    "source": "its source: this article derives from it",
    "copy": "a copy: it derives from this article",
    "sibling": "a sibling: both derive from a common source not in the archive",
    "undetermined": "shares text; direction undetermined",
}


def _about(article: Article) -> str:
    """Headline, outlet, date and where the article came from (for a link: the final URL and when)."""
    bits = [f"<strong>{esc(article.outlet or 'outlet unknown')}</strong>"]
    if article.published:
        bits.append(esc(article.published.date()))
    if article.fetched is not None:
        bits.append(f"fetched {esc(article.fetched.fetched_at.isoformat())} from {esc(article.fetched.final_url)}")
    elif article.url:
        bits.append(esc(article.url))
    return f"{esc(article.title or '(no headline)')}<br><span class=note>{' · '.join(bits)}</span>"


def _credit(m: Match) -> str:
    if m.credited is None:
        return "–"
    word = "credited" if m.credited else "UNCREDITED"
    return f'<span class="badge b-{word}">{word}</span>'


def _anchor(n: int, k: int) -> str:
    return f"audit-{n}-{k}"


def audit_body(audit: Audit, *, links: bool = True) -> str:
    """The audit's content: one section per audited article, its ranking, then its matches."""
    docs = {a.id: a for a in audit.report.documents}
    names = Names.of(audit.report)
    where = "and stored there" if audit.stored else "not stored"
    count = len(audit.articles)
    left = len(audit.skipped)
    items = f'{left} item{"" if left == 1 else "s"} left out'
    left_out = (f' <a href="#skipped">{items}</a>.' if links else f" {items}.") if left else ""
    parts = [f'<p class="lede">{count} article{"" if count == 1 else "s"} audited against '
             f"<code>{esc(audit.index)}</code> ({where}).{left_out} Made by provenance "
             f"{esc(audit.report.version)}.</p>"]
    for n, entry in enumerate(audit.articles, 1):
        article = docs[entry.article]
        parts.append(
            f'<section class="audited"><h2>{n}. {name_html(names, article, entry.article, with_id=False)}</h2>'
            f"<p><code>{esc(entry.article)}</code><br>{_about(article)}</p>"
        )
        if not entry.matches:
            parts.append('<p class="note">No stored article shares text with it.</p></section>')
            continue
        rows = []
        for k, m in enumerate(entry.matches, 1):
            rank = f'<a href="#{_anchor(n, k)}">{k}</a>' if links else str(k)
            same = f"<br><span class=note>identical: {esc(', '.join(m.identical))}</span>" if m.identical else ""
            rows.append(
                f'<tr class="match role-{m.role}"><td>{rank}</td><td><code>{esc(m.stored)}</code><br>'
                f"{_about(docs[m.stored])}{same}</td><td>{esc(_ROLES[m.role])}</td><td>{_credit(m)}</td>"
                f"<td class=num>{m.share:.0%}</td><td class=num>{m.stored_share:.0%}</td>"
                f"<td class=num>{esc(confidence_text(m.confidence))}</td></tr>"
            )
        parts.append(
            '<div class="scroll"><table class="matches"><tr><th>#</th><th>stored article</th><th>which way</th>'
            "<th>credit</th><th>share of this article</th><th>share of the stored one</th><th>confidence</th></tr>"
            f"{''.join(rows)}</table></div>"
        )
        for k, m in enumerate(entry.matches, 1):
            d = m.diff
            parts.append(
                f'<section class="match-detail" id="{_anchor(n, k)}"><h3>{n}.{k} {esc(names[d.derived])} ← '
                f'{esc(names[d.source])}</h3><p class="note">ids: <code>{esc(d.derived)}</code> ← '
                f"<code>{esc(d.source)}</code></p>{legend()}"
                f"{diff_html(d, docs.get(d.derived), docs.get(d.source), names=names)}</section>"
            )
        parts.append("</section>")
    parts.append(skipped_table(audit.report))
    return "".join(parts)


def audit_html(audit: Audit, title: str = "Provenance audit") -> str:
    """The whole audit as one self-contained HTML page."""
    return page(title, f"<h1>{esc(title)}</h1>{audit_body(audit)}")


def audit_repr_html(audit: Audit) -> str:
    """What a notebook shows for an audit."""
    return wrap(audit_body(audit, links=False))
