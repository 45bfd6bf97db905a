"""A self-contained HTML report: one file that opens offline and shows who copied whom and how.

The page has the diagram inline (SVG drawn by Graphviz when its ``dot`` program is installed,
a table otherwise), a summary table of derivations, and for each derivation the headline
change and credit at the top, then copy and source side by side, one row per operation,
coloured by kind, with word-level changes marked inside modified paragraphs. Page furniture
(captions, promos, footers...) is listed in its own table so it is not read as rewriting.

Safety: every piece of article text, id, outlet and headline passes through :func:`esc`, the
page carries no script at all, and a Content-Security-Policy forbids scripts and any network
fetch, so a hostile article shows its ``<script>`` as characters and runs nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..article.outlets import same_outlet
from ..models import Article, Derivation, Diff, Operation

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["diagram_html", "diff_html", "esc", "legend", "page", "report_html", "skipped_table", "summary_table"]

KINDS = ("kept", "modified", "moved", "added", "dropped")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;
  color:#1f2328;background:#fff}
main{max-width:1280px;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f8fa;font-weight:600}
td.num{text-align:right;white-space:nowrap}
td{overflow-wrap:anywhere}
.diagram{overflow:auto;border:1px solid #d0d7de;padding:.5rem;background:#fff}
.diagram svg{max-width:100%;height:auto}
.note{color:#57606a}
.banner{padding:.6rem .8rem;border-radius:6px;margin:.4rem 0;border:1px solid}
.credited{background:#eef6ff;border-color:#9cc4f2}
.uncredited{background:#ffebe9;border-color:#c0392b;color:#82071e;font-weight:600}
.retitle{background:#fff8c5;border-color:#d4a72c}
.same-title{background:#f6f8fa;border-color:#d0d7de}
.badge{display:inline-block;padding:0 .4rem;border-radius:1rem;font-size:.8rem;font-weight:600;white-space:nowrap}
.b-UNCREDITED{background:#c0392b;color:#fff}.b-credited{background:#ddf4ff;color:#0969da}
.sbs td.text{width:44%}.sbs td.kind{width:12%;white-space:nowrap}
tr.op-kept td.text{background:#fff}
tr.op-modified td.text{background:#fff8c5}
tr.op-moved td.text{background:#ddf4ff}
tr.op-added td.derived{background:#dafbe1}
tr.op-dropped td.source{background:#ffebe9}
tr.op-added td.source,tr.op-dropped td.derived{background:#f6f8fa}
tr.op-kept td.kind{color:#57606a}
tr.op-modified td.kind{color:#7d4e00}tr.op-moved td.kind{color:#0550ae}
tr.op-added td.kind{color:#116329}tr.op-dropped td.kind{color:#a40e26}
ins{background:#abf2bc;text-decoration:none}
del{background:#ffcecb;text-decoration:line-through}
.block-kind{color:#57606a;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}
.legend span{margin-right:1rem}
.furniture{border-left:4px solid #d0d7de;padding-left:.8rem}
"""


def esc(value: object) -> str:
    """Text made safe for HTML element content and quoted attributes (``<``, ``&``, quotes)."""
    return html.escape("" if value is None else str(value), quote=True)


def _pct(x: float) -> str:
    return f"{x:.0%}"


def _yes_no(flag: bool | None) -> str:
    return "?" if flag is None else "yes" if flag else "no"


def _credit_badge(credited: bool) -> str:
    word = "credited" if credited else "UNCREDITED"
    return f'<span class="badge b-{word}">{word}</span>'


def _anchor(n: int) -> str:
    return f"derivation-{n}"


def _title_of(article: Article | None, ident: str) -> str:
    if article is None:
        return esc(ident)
    outlet = esc(article.outlet) if article.outlet else '<span class="note">outlet unknown</span>'
    date = f" · {esc(article.published.date())}" if article.published else ""
    return f"<strong>{outlet}</strong>{date}<br>{esc(article.title or '(no headline)')}<br><code>{esc(ident)}</code>"


def diagram_html(report: Report) -> str:
    """The diagram as inline SVG when Graphviz's ``dot`` is installed, else a note and an edge table."""
    from ..errors import RenderError
    from .render import dot_available, svg_inline

    if dot_available():
        try:
            svg = svg_inline(report.to_dot())
            return f'<div class="diagram" role="img" aria-label="provenance diagram">{svg}</div>'
        except RenderError as exc:
            reason = str(exc)
    else:
        reason = "Graphviz's dot program is not installed (apt-get install graphviz, brew install graphviz)"
    rows = "".join(
        f"<tr><td>{esc(d.derived)}</td><td>→</td><td>{esc(d.source)}</td><td class=num>{_pct(d.coverage)}</td>"
        f"<td>{_credit_badge(d.credited)}</td></tr>"
        for d in report.derivations
    )
    return (
        f'<p class="note no-diagram">Diagram not drawn: {esc(reason)}. The derived-from edges:</p>'
        "<table class=edges><tr><th>copy</th><th></th><th>source</th><th>share of copy</th><th>credit</th></tr>"
        f"{rows}</table>"
    )


def summary_table(report: Report, *, links: bool = True) -> str:
    """One row per derivation: copy, source, share, credit, retitle, confidence, paragraph counts."""
    docs = {a.id: a for a in report.documents}
    missing = {m.id for m in report.missing}
    head = "".join(f"<th>{k}</th>" for k in KINDS)
    rows = []
    for n, d in enumerate(report.derivations, 1):
        if d.source in missing:  # a common source not in the corpus: no text to diff against
            counts = "".join("<td class=num>–</td>" for _ in KINDS)
        else:
            diff = report.diff(d.derived, d.source)
            counts = "".join(f"<td class=num>{diff.count(k, furniture=False)}</td>" for k in KINDS)  # type: ignore[arg-type]
        link = f'<a href="#{_anchor(n)}">{n}</a>' if links else str(n)
        rows.append(
            f'<tr class="summary-row"><td>{link}</td><td>{_title_of(docs.get(d.derived), d.derived)}</td>'
            f"<td>{_title_of(docs.get(d.source), d.source)}</td><td class=num>{_pct(d.coverage)}</td>"
            f"<td>{_credit_badge(d.credited)}</td><td>{_yes_no(d.retitled)}</td>"
            f"<td class=num>{d.confidence:.2f}</td>{counts}</tr>"
        )
    if not rows:
        return '<p class="note">No derivations: no article was found to be copied from another.</p>'
    return (
        '<table class="summary"><tr><th>#</th><th>copy</th><th>source</th><th>share of copy from source</th>'
        f"<th>credit</th><th>retitled</th><th>confidence</th>{head}</tr>{''.join(rows)}</table>"
        '<p class="note">Counts are body paragraphs; page furniture is counted apart in each derivation.</p>'
    )


def _block_cell(article: Article | None, indices: tuple[int, ...], side: str, op: Operation) -> str:
    if not indices:
        return ""
    if op.edits and op.kind in ("modified", "moved"):
        text = "".join(_edit(e.op, e.source if side == "source" else e.derived, side) for e in op.edits)
    elif article is not None:
        text = "<br>".join(esc(article.blocks[i].text) for i in indices)
    else:
        text = '<span class="note">(text not at hand)</span>'
    kinds = sorted({article.blocks[i].kind for i in indices}) if article is not None else []
    label = f"¶ {', '.join(str(i) for i in indices)}" + (f" · {', '.join(kinds)}" if kinds else "")
    return f'<div class="block-kind">{esc(label)}</div>{text}'


def _edit(op: str, text: str, side: str) -> str:
    if not text:
        return ""
    if op == "equal":
        return esc(text)
    return f"<del>{esc(text)}</del>" if side == "source" else f"<ins>{esc(text)}</ins>"


def _ops_table(ops: Iterable[Operation], derived: Article | None, source: Article | None, diff: Diff, cls: str) -> str:
    rows = []
    for op in ops:
        what = op.kind + (f" ({op.similarity:.0%} alike)" if op.kind in ("modified", "moved") else "")
        rows.append(
            f'<tr class="op op-{op.kind}" data-kind="{op.kind}"><td class="kind">{esc(what)}</td>'
            f'<td class="text derived">{_block_cell(derived, op.derived_blocks, "derived", op)}</td>'
            f'<td class="text source">{_block_cell(source, op.source_blocks, "source", op)}</td></tr>'
        )
    if not rows:
        return '<p class="note">None.</p>'
    return (
        f'<table class="sbs {cls}"><tr><th>what happened</th><th>copy: {esc(diff.derived)}</th>'
        f"<th>source: {esc(diff.source)}</th></tr>{''.join(rows)}</table>"
    )


def _credit_banner(diff: Diff, derived: Article | None, source: Article | None) -> str:
    if diff.credited:
        names = []
        if derived is not None and source is not None:
            names = [c for c in derived.credits if same_outlet(c.name, source.outlet)]
        how = "; ".join(f"“{esc(c.name)}” ({esc(c.form)})" for c in names)
        return (
            f'<div class="banner credited">{_credit_badge(True)} The copy credits its source'
            f"{' as ' + how if how else ''}.</div>"
        )
    outlet = f" ({esc(source.outlet)})" if source is not None and source.outlet else ""
    return (
        f'<div class="banner uncredited">{_credit_badge(False)} The copy does not name its source{outlet}.</div>'
    )


def _title_banner(diff: Diff) -> str:
    t = diff.title
    if t.retitled:
        return (
            '<div class="banner retitle"><strong>Retitled</strong>: '
            f'<del>{esc(t.source)}</del> → <ins>{esc(t.derived)}</ins> '
            f'<span class="note">(headlines {t.similarity:.0%} alike)</span></div>'
        )
    if t.retitled is None:
        return '<div class="banner same-title">Headline unknown for one of the two articles.</div>'
    return f'<div class="banner same-title">Headline kept: {esc(t.derived)}</div>'


def diff_html(
    diff: Diff,
    derived: Article | None = None,
    source: Article | None = None,
    derivation: Derivation | None = None,
) -> str:
    """One derivation: headline change and credit first, then copy and source side by side.

    Without the articles (a bare :class:`Diff`) the rows show paragraph numbers and the word
    changes the diff itself carries.
    """
    parts = [_title_banner(diff), _credit_banner(diff, derived, source)]
    facts = [
        f"{_pct(diff.coverage)} of the copy's body came from the source",
        f"the copy kept {_pct(diff.source_share)} of the source's body",
    ]
    if derivation is not None:
        facts.append(f"direction confidence {derivation.confidence:.2f}")
    parts.append(f'<p class="facts">{esc("; ".join(facts))}.</p>')
    if derivation is not None and derivation.evidence:
        items = "".join(
            f"<li><strong>{esc(e.signal)}</strong> ({e.weight:.2f}): {esc(e.detail)}</li>" for e in derivation.evidence
        )
        parts.append(
            f'<details class="evidence"><summary>Evidence for the direction</summary><ul>{items}</ul></details>'
        )
    counts = ", ".join(f"{diff.count(k, furniture=False)} {k}" for k in KINDS)  # type: ignore[arg-type]
    parts.append(f"<h3>Body text <span class=note>({esc(counts)})</span></h3>")
    parts.append(_ops_table([op for op in diff.operations if not op.furniture], derived, source, diff, "body-ops"))
    furniture = [op for op in diff.operations if op.furniture]
    parts.append(
        '<div class="furniture"><h3>Page furniture <span class=note>(captions, promos, bylines, footers, '
        f"related links: {len(furniture)} blocks, not counted as rewritten text)</span></h3>"
        + _ops_table(furniture, derived, source, diff, "furniture-ops")
        + "</div>"
    )
    return "".join(parts)


def legend() -> str:
    return (
        '<p class="legend note"><span>Row colours:</span><span style="background:#fff8c5">modified</span>'
        '<span style="background:#ddf4ff">moved</span><span style="background:#dafbe1">added by the copy</span>'
        '<span style="background:#ffebe9">dropped from the source</span><span>kept: plain</span>'
        "<span><ins>inserted words</ins> <del>removed words</del></span></p>"
    )


def _documents_table(report: Report) -> str:
    involved = {x for d in report.derivations for x in (d.derived, d.source)}
    undecided = {x for p in report.pairs if p.relation == "undetermined" for x in (p.a, p.b)}
    rows = []
    for a in report.documents:
        role = "in a derivation" if a.id in involved else "undetermined pair" if a.id in undecided else "no shared text"
        rows.append(
            f"<tr><td><code>{esc(a.id)}</code></td><td>{esc(a.outlet or '')}</td><td>{esc(a.title or '')}</td>"
            f"<td>{esc(a.published.date() if a.published else '')}</td><td class=num>{len(a.blocks)}</td>"
            f"<td>{role}</td></tr>"
        )
    return (
        '<table class="documents"><tr><th>id</th><th>outlet</th><th>headline</th><th>date</th><th>blocks</th>'
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
        + f'<table class="{css}"><tr>{head}</tr>{"".join(rows)}</table>'
    )


def _duplicates_table(report: Report) -> str:
    """The groups of identical articles: which one was compared with the corpus, and the others."""
    rows = [
        f"<tr><td><code>{esc(g.representative)}</code></td><td class=num>{len(g.members)}</td>"
        f"<td>{esc(', '.join(m for m in g.members if m != g.representative))}</td></tr>"
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


def _undetermined_table(report: Report) -> str:
    rows = [
        f"<tr><td>{esc(p.a)}</td><td>{esc(p.b)}</td><td class=num>{_pct(p.share_a)}</td>"
        f"<td class=num>{_pct(p.share_b)}</td><td class=num>{p.confidence:.2f}</td></tr>"
        for p in report.pairs
        if p.relation == "undetermined"
    ]
    return _section(
        "Shared text, direction undetermined", "", "undetermined",
        ("a", "b", "share of a in b", "share of b in a", "confidence"), rows,
    )


def page(title: str, body: str) -> str:
    """A complete HTML document around ``body``: inline style, no script, nothing fetched."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
        f"<style>{STYLE}</style></head><body><main>{body}</main></body></html>\n"
    )


def _skipped_lede(report: Report) -> str:
    """A sentence for the top of the page when items of the corpus were left out, else nothing."""
    if not report.skipped:
        return ""
    n = len(report.skipped)
    return f' <a href="#skipped">{n} item{"s" if n != 1 else ""} of the corpus left out</a>.'


def report_html(report: Report, title: str = "Provenance report") -> str:
    """The whole report as one self-contained HTML page."""
    docs = {a.id: a for a in report.documents}
    n_undecided = sum(1 for p in report.pairs if p.relation == "undetermined")
    uncredited = sum(1 for d in report.derivations if not d.credited)
    parts = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="lede">{len(report.documents)} articles, {len(report.pairs)} pairs sharing text, '
        f"{len(report.derivations)} derivations ({uncredited} uncredited), {n_undecided} with direction "
        f"undetermined.{_skipped_lede(report)} Made by provenance {esc(report.version)}.</p>",
        "<h2>Diagram</h2>",
        diagram_html(report),
        "<h2>Derivations</h2>",
        summary_table(report),
        _duplicates_table(report),
        _undetermined_table(report),
        _boilerplate_table(report),
        skipped_table(report),
    ]
    missing = {m.id: m for m in report.missing}
    for n, d in enumerate(report.derivations, 1):
        if d.source in missing:
            m = missing[d.source]
            others = ", ".join(x for x in m.members if x != d.derived)
            parts.append(
                f'<section class="derivation" id="{_anchor(n)}"><h2>{n}. {esc(d.derived)} ← {esc(d.source)}</h2>'
                f'<p class="note">The source is not in the corpus: {esc(m.name or "an unknown common source")}, '
                f"which {esc(d.derived)} shares with {esc(others)} ({_pct(d.coverage)} of its body).</p></section>"
            )
            continue
        diff = report.diff(d.derived, d.source)
        derived, source = docs.get(d.derived), docs.get(d.source)
        parts.append(
            f'<section class="derivation" id="{_anchor(n)}"><h2>{n}. {esc(d.derived)} ← {esc(d.source)}</h2>'
            f"{legend()}{diff_html(diff, derived, source, d)}</section>"
        )
    parts += ["<h2>Articles</h2>", _documents_table(report)]
    return page(title, "".join(parts))
