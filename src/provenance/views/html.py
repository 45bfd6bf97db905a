"""A self-contained HTML report: one file that opens offline and shows who copied whom and how.

The page has the diagram inline (SVG drawn by Graphviz when its ``dot`` program is installed,
a table otherwise), a summary table of derivations, and for each derivation the headline
change and credit at the top, then copy and source side by side, one row per operation,
coloured by kind, with word-level changes marked inside modified paragraphs. Page furniture
(captions, promos, footers...) is listed in its own table so it is not read as rewriting.

Articles are named as people read them (:mod:`provenance.views.names`), linked to their page
when they have an http(s) URL, with the id in small type; confidence reads by the one rule of
:mod:`provenance.views.wording`. A common source missing from the corpus is shown by name, side
by side with the text its articles share. The page fits a phone: wide tables scroll inside their
own box, and the diagram is scaled to the width with a link that opens it full size (a CSS
``:target`` rule, no script).

Safety: every piece of article text, id, outlet and headline passes through
:func:`~provenance.views.html_base.esc`, the
page carries no script at all, and a Content-Security-Policy forbids scripts and any network
fetch, so a hostile article shows its ``<script>`` as characters and runs nothing. Only http(s)
URLs become links.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Article, Derivation
from ..reading.urls import is_link
from .html_base import confidence_badge, credit_badge, esc, page, pct, reuse_badge, scroll, yes_no
from .html_diff import diff_html, legend, pair_html
from .names import Names
from .wording import CONFIDENCE_MEANING, KINDS, body_counts, closest_relations, count

if TYPE_CHECKING:
    from ..report import Report

__all__ = [
    "diagram_html", "name_html", "report_html", "skipped_table", "stand_ins", "summary_table", "undetermined_sections",
]


def _anchor(n: int, prefix: str = "") -> str:
    return f"{prefix}derivation-{n}"


def _linked_dot(report: Report, prefix: str = "") -> str:
    """The report's diagram, each arrow and each undetermined line a link to its side-by-side view
    (ids start with ``prefix``, so that several reports on one notebook page keep apart)."""
    from .dot import generate_dot, undetermined_of

    links = {(d.derived, d.source): f"#{_anchor(n, prefix)}" for n, d in enumerate(report.derivations, 1)}
    undecided = [p for p in report.pairs if p.relation == "undetermined"]
    links.update({(min(p.a, p.b), max(p.a, p.b)): f"#{prefix}pair-{n}" for n, p in enumerate(undecided, 1)})
    return "\n".join(generate_dot(report.graph, undetermined=undetermined_of(report.pairs), links=links)) + "\n"


def name_html(names: Names, article: Article | None, ident: str, *, with_id: bool = True) -> str:
    """An article's name as people read it, linked to its page when it has an http(s) URL, then
    (``with_id``) its id in small type."""
    name = esc(names[ident])
    url = article.url if article is not None else None
    if url and is_link(url):
        name = f'<a href="{esc(url.strip())}" rel="noreferrer">{name}</a>'
    return name + (f' <code class="id">{esc(ident)}</code>' if with_id and names[ident] != ident else "")


def _title_of(names: Names, article: Article | None, ident: str) -> str:
    """A table cell naming an article: its name (linked), its date, its id."""
    date = f'<span class="note">{esc(article.published.date())}</span> ' if article and article.published else ""
    name = name_html(names, article, ident, with_id=False)
    return f'<strong>{name}</strong><span class="id">{date}{esc(ident)}</span>'


def diagram_html(report: Report, prefix: str = "") -> str:
    """The diagram as inline SVG scaled to the width (with a link opening it full size) when
    Graphviz's ``dot`` is installed, else a note and an edge table. Each arrow links to
    ``#{prefix}derivation-N`` and each undetermined line to ``#{prefix}pair-N``."""
    from ..errors import RenderError
    from .render import dot_available, svg_inline

    if dot_available():
        try:
            svg = svg_inline(_linked_dot(report, prefix))
            return (
                f'<div class="diagram" id="{prefix}diagram-full" role="img" aria-label="provenance diagram">{svg}</div>'
                f'<p class="diagram-size"><a class="open" href="#{prefix}diagram-full">Open the diagram full size</a>'
                f'<a class="fit" href="#{prefix}diagram">Fit the diagram to the page</a></p>'
            )
        except RenderError as exc:
            reason = str(exc)
    else:
        reason = "Graphviz's dot program is not installed (apt-get install graphviz, brew install graphviz)"
    names = Names.of(report)
    rows = "".join(
        f"<tr><td>{esc(names[d.derived])}</td><td>→</td><td>{esc(names[d.source])}</td>"
        f"<td class=num>{pct(d.coverage)}</td><td>{credit_badge(d.credited)}</td></tr>"
        for d in report.derivations
    )
    return (
        f'<p class="note no-diagram">Diagram not drawn: {esc(reason)}. The derived-from edges:</p>'
        + scroll("<table class=edges><tr><th>copy</th><th></th><th>source</th><th>share of copy</th>"
                  f"<th>credit</th></tr>{rows}</table>")
    )


def stand_ins(report: Report) -> dict[str, Article]:
    """The text standing in for each common source not in the corpus, made once for a whole page."""
    return {m.id: report.shared_source(m.id) for m in report.missing}


def summary_table(report: Report, *, links: bool = True, shared: dict[str, Article] | None = None) -> str:
    """One row per derivation: copy, source, reuse, share, credit, retitle, confidence, paragraph counts.

    ``shared`` are the texts standing in for the missing sources (:func:`stand_ins`), if made already.
    """
    docs = {a.id: a for a in report.documents}
    names = Names.of(report)
    stand_ins_ = stand_ins(report) if shared is None else shared
    head = "".join(f"<th>{k}</th>" for k in KINDS)
    rows = []
    for n, d in enumerate(report.derivations, 1):
        source = docs.get(d.source) or stand_ins_.get(d.source)
        diff = report.diff(d.derived, d.source) if d.source in docs else report.diff_of(docs[d.derived], source)
        counts = "".join(f"<td class=num>{n}</td>" for n in body_counts(diff).values())
        link = f'<a href="#{_anchor(n)}">{n}</a>' if links else str(n)
        reuse = "–" if d.source in stand_ins_ else reuse_badge(d.reuse)
        rows.append(
            f'<tr class="summary-row"><td>{link}</td>'
            f"<td class=name>{_title_of(names, docs.get(d.derived), d.derived)}</td>"
            f"<td class=name>{_title_of(names, docs.get(d.source), d.source)}</td><td>{reuse}</td>"
            f"<td class=num>{pct(d.coverage)}</td>"
            f"<td>{credit_badge(d.credited)}</td><td>{yes_no(d.retitled)}</td>"
            f"<td class=num>{confidence_badge(d.confidence)}</td>{counts}</tr>"
        )
    if not rows:
        return '<p class="note">No derivations: no article was found to be copied from another.</p>'
    return (
        scroll('<table class="summary"><tr><th>#</th><th>copy</th><th>source</th><th>reuse</th>'
                "<th>share of copy from source</th><th>credit</th><th>retitled</th><th>confidence</th>"
                f"{head}</tr>{''.join(rows)}</table>")
        + '<p class="note">Counts are body paragraphs; page furniture is counted apart in each derivation. '
        "Against a common source not in the corpus, they compare the article with the text its siblings share.</p>"
        + f'<p class="meaning">{esc(CONFIDENCE_MEANING)}</p>'
    )


def _documents_table(report: Report, names: Names) -> str:
    involved = {x for d in report.derivations for x in (d.derived, d.source)}
    undecided = {x for p in report.pairs if p.relation == "undetermined" for x in (p.a, p.b)}
    rows = []
    for a in report.documents:
        role = "in a derivation" if a.id in involved else "undetermined pair" if a.id in undecided else "no shared text"
        rows.append(
            f"<tr><td>{name_html(names, a, a.id, with_id=False)}</td><td><code>{esc(a.id)}</code></td>"
            f"<td>{esc(a.outlet or '')}</td>"
            f"<td>{esc(a.published.date() if a.published else '')}</td><td class=num>{len(a.blocks)}</td>"
            f"<td>{role}</td></tr>"
        )
    return scroll(
        '<table class="documents"><tr><th>article</th><th>id</th><th>outlet</th><th>date</th><th>blocks</th>'
        f"<th>role</th></tr>{''.join(rows)}</table>"
    )


def _section(
    heading: str, note: str, css: str, header: Iterable[str], rows: list[str], anchor: str | None = None
) -> str:
    """An optional part of the page: a heading (with an id to link to, if given), a note if any and
    a table, or nothing without rows."""
    if not rows:
        return ""
    head = "".join(f"<th>{h}</th>" for h in header)
    return (
        (f'<h2 id="{anchor}">{heading}</h2>' if anchor else f"<h2>{heading}</h2>")
        + (f'<p class="note">{note}</p>' if note else "")
        + scroll(f'<table class="{css}"><tr>{head}</tr>{"".join(rows)}</table>')
    )


def _duplicates_table(report: Report, names: Names) -> str:
    """The groups of identical articles: which one was compared with the corpus, and the others."""
    rows = [
        f"<tr><td>{esc(names[g.representative])} <code class=id>{esc(g.representative)}</code></td>"
        f"<td class=num>{len(g.members)}</td>"
        f"<td>{esc('; '.join(names[m] for m in g.members if m != g.representative))}</td></tr>"
        for g in report.duplicates
    ]
    return _section(
        "Identical copies",
        "Articles with exactly the same text (headline aside). The first of each group, the earliest "
        "published, was compared with the rest of the corpus on behalf of all of them.",
        "duplicates", ("first", "articles", "identical copies"), rows,
    )


def _boilerplate_table(report: Report) -> str:
    """Lines set aside as site boilerplate: printed on stories that share nothing else."""
    rows = [
        f"<tr><td>{esc(line.text)}</td><td>{esc(', '.join(line.outlets) or 'unknown')}</td>"
        f"<td class=num>{line.articles}</td></tr>"
        for line in report.boilerplate
    ]
    return _section(
        "Site boilerplate",
        "Lines printed on stories that share nothing else (site footers and the like): they paired no "
        "articles and count for no coverage.",
        "boilerplate", ("line", "outlets", "articles"), rows,
    )


def skipped_table(report: Report) -> str:
    """The items of the corpus left out: where each is, its id if known, and why."""
    rows = [
        f"<tr><td><code>{esc(s.origin)}</code></td><td>{esc(s.id or '')}</td>"
        f"<td>{esc(s.error or 'not an article')}</td><td>{esc(s.reason)}</td></tr>"
        for s in report.skipped
    ]
    return _section(
        "Left out of the trace",
        "Items of the corpus that are in no part of this report: files in the folders that are not articles, "
        "and items that could not be read (links whose page could not be fetched among them) or were over a "
        "limit, with the error that left them out.",
        "skipped", ("where", "id", "error", "reason"), rows, anchor="skipped",
    )


def _undetermined_table(report: Report, names: Names) -> str:
    docs = {a.id: a for a in report.documents}
    rows = [
        f"<tr><td class=name>{_title_of(names, docs.get(p.a), p.a)}</td>"
        f"<td class=name>{_title_of(names, docs.get(p.b), p.b)}</td>"
        f"<td class=num>{pct(p.share_a)}</td><td class=num>{pct(p.share_b)}</td>"
        f"<td class=num>{confidence_badge(p.confidence)}</td>"
        f"<td>{esc(closest_relations(p, 'a', 'b'))}</td></tr>"
        for p in report.pairs
        if p.relation == "undetermined"
    ]
    return _section(
        "Shared text, direction undetermined",
        "Pairs that share text where the evidence decides no direction; confidence is that of the likelier "
        "direction, and the last column names the two relations the pair model found likeliest. Each pair "
        "is shown side by side below the derivations.",
        "undetermined", ("a", "b", "share of a in b", "share of b in a", "confidence", "closest"), rows,
    )


def undetermined_sections(report: Report, names: Names, prefix: str = "") -> list[str]:
    """Each undetermined pair side by side, folded away until opened (or until its line in the
    diagram is clicked: ``#{prefix}pair-N``)."""
    docs = {a.id: a for a in report.documents}
    parts = []
    pairs = [p for p in report.pairs if p.relation == "undetermined"]
    for n, p in enumerate(pairs, 1):
        diff = report.diff(p.a, p.b)
        parts.append(
            f'<details class="pair" id="{prefix}pair-{n}"><summary>{esc(names[p.a])} ~ {esc(names[p.b])}</summary>'
            f'<p class="note">Row colours as above, with "added" for text only the first one has and "dropped" '
            f"for text only the second one has. Ids: <code>{esc(p.a)}</code>, <code>{esc(p.b)}</code>.</p>"
            f"{pair_html(p, diff, docs[p.a], docs[p.b], names)}</details>"
        )
    if parts:
        parts.insert(0, f'<h2 id="{prefix}undetermined">Undetermined pairs side by side</h2>')
    return parts


def _skipped_lede(report: Report) -> str:
    """A sentence for the top of the page when items of the corpus were left out, else nothing."""
    if not report.skipped:
        return ""
    n = len(report.skipped)
    return f' <a href="#skipped">{n} item{"s" if n != 1 else ""} of the corpus left out</a>.'


def _heading(n: int, d: Derivation, names: Names, docs: dict[str, Article]) -> str:
    """A derivation's heading by name (linked), with the ids in small type below."""
    return (
        f"<h2>{n}. {name_html(names, docs.get(d.derived), d.derived, with_id=False)} ← "
        f"{name_html(names, docs.get(d.source), d.source, with_id=False)}</h2>"
        f'<p class="note">ids: <code>{esc(d.derived)}</code> ← <code>{esc(d.source)}</code></p>'
    )


def report_html(report: Report, title: str = "Provenance report") -> str:
    """The whole report as one self-contained HTML page."""
    docs = {a.id: a for a in report.documents}
    names = Names.of(report)
    n_undecided = sum(1 for p in report.pairs if p.relation == "undetermined")
    uncredited = sum(1 for d in report.derivations if not d.credited)
    rewrites = sum(1 for d in report.derivations if d.reuse == "rewrite" and not names.is_placeholder(d.source))
    shared = stand_ins(report)
    parts = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="lede">{count(len(report.documents), "article")}, {count(len(report.pairs), "pair")} sharing '
        f"text, {count(len(report.derivations), 'derivation')} ({uncredited} uncredited, "
        f"{count(rewrites, 'rewrite')}), {n_undecided} with direction "
        f"undetermined.{_skipped_lede(report)} Made by provenance {esc(report.version)}.</p>",
        '<h2 id="diagram">Diagram</h2>',
        diagram_html(report),
        "<h2>Derivations</h2>",
        summary_table(report, shared=shared),
        _duplicates_table(report, names),
        _undetermined_table(report, names),
        _boilerplate_table(report),
        skipped_table(report),
    ]
    missing = {m.id: m for m in report.missing}
    for n, d in enumerate(report.derivations, 1):
        derived = docs[d.derived]
        if d.source in missing:
            m = missing[d.source]
            source = shared[m.id]
            others = "; ".join(names[x] for x in m.members if x != d.derived)
            note = (
                f'<p class="note">The source is not in the corpus: {esc(names[m.id])}. {esc(names[d.derived])} '
                f"shares {pct(d.coverage)} of its body with {esc(others)}; the right-hand side is the text they "
                "share, in the words of the one sharing most.</p>"
            )
            diff = report.diff_of(derived, source)
        else:
            source, note = docs[d.source], ""
            diff = report.diff(d.derived, d.source)
        parts.append(
            f'<section class="derivation" id="{_anchor(n)}">{_heading(n, d, names, docs)}{note}'
            f"{legend()}{diff_html(diff, derived, source, d, names=names)}</section>"
        )
    parts += undetermined_sections(report, names)
    parts += ["<h2>Articles</h2>", _documents_table(report, names)]
    return page(title, "".join(parts))
