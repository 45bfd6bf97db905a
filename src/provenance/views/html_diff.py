"""One pair of articles in HTML: the headline change, the credit and the reuse first, then the two
texts side by side, one row per operation, coloured by kind, with word changes marked inside
modified paragraphs. Page furniture is listed in a table of its own so that it does not read as
rewriting. Used by the report page, the notebook display and the audit page.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..article.outlets import same_outlet
from ..models import Article, Derivation, Diff, Operation, Pair
from .html_base import credit_badge, esc, pct, reuse_badge, scroll
from .names import Names
from .wording import CONFIDENCE_MEANING, body_counts, closest_relations, confidence_text

__all__ = ["diff_html", "legend", "pair_html"]

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


def _ops_table(
    ops: Iterable[Operation], derived: Article | None, source: Article | None, diff: Diff, cls: str,
    labels: tuple[str, str],
) -> str:
    """The operations side by side, one row each; ``labels`` head the two text columns."""
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
    return scroll(
        f'<table class="sbs {cls}"><tr><th>what happened</th><th>{labels[0]}</th>'
        f"<th>{labels[1]}</th></tr>{''.join(rows)}</table>"
    )


def _credit_banner(diff: Diff, derived: Article | None, source: Article | None) -> str:
    if diff.credited:
        names = []
        if derived is not None and source is not None:
            names = [c for c in derived.credits if same_outlet(c.name, source.outlet)]
        how = "; ".join(f"“{esc(c.name)}” ({esc(c.form)})" for c in names)
        return (
            f'<div class="banner credited">{credit_badge(True)} The copy credits its source'
            f"{' as ' + how if how else ''}.</div>"
        )
    outlet = f" ({esc(source.outlet)})" if source is not None and source.outlet else ""
    return (
        f'<div class="banner uncredited">{credit_badge(False)} The copy does not name its source{outlet}.</div>'
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


def _placeholder_banner(diff: Diff, names: Names) -> str:
    """For a source not in the corpus: its headline is unknown, and whether the article credits the
    agency its siblings share."""
    if diff.credited:
        return (
            f'<div class="banner credited">{credit_badge(True)} The article credits the agency its siblings '
            f"credit: the source is the {esc(names[diff.source])}. Its headline is unknown.</div>"
        )
    return (
        '<div class="banner same-title">No agency is credited by all of them: the source is an '
        f"{esc(names[diff.source])}, and its headline unknown.</div>"
    )


def _names_for(names: Names | None, *articles: Article | None) -> Names:
    return names if names is not None else Names(a for a in articles if a is not None)


def _texts(
    diff: Diff, derived: Article | None, source: Article | None, labels: tuple[str, str]
) -> list[str]:
    """Body text and page furniture side by side, under ``labels``."""
    counts = ", ".join(f"{n} {k}" for k, n in body_counts(diff).items())
    body = [op for op in diff.operations if not op.furniture]
    furniture = [op for op in diff.operations if op.furniture]
    return [
        f"<h3>Body text <span class=note>({esc(counts)})</span></h3>",
        _ops_table(body, derived, source, diff, "body-ops", labels),
        '<div class="furniture"><h3>Page furniture <span class=note>(captions, promos, bylines, footers, '
        f"related links: {len(furniture)} blocks, not counted as rewritten text)</span></h3>"
        + _ops_table(furniture, derived, source, diff, "furniture-ops", labels)
        + "</div>",
    ]


def diff_html(
    diff: Diff,
    derived: Article | None = None,
    source: Article | None = None,
    derivation: Derivation | None = None,
    *,
    names: Names | None = None,
) -> str:
    """One derivation: headline change, credit and reuse first, then copy and source side by side.

    Without the articles (a bare :class:`Diff`) the rows show paragraph numbers and the word
    changes the diff itself carries. ``names`` are the report's (else the two articles' own).
    """
    names = _names_for(names, derived, source)
    if names.is_placeholder(diff.source):
        parts = [_placeholder_banner(diff, names)]
    else:
        parts = [_title_banner(diff), _credit_banner(diff, derived, source)]
    facts = [
        f"{pct(diff.coverage)} of the copy's body came from the source",
        f"the copy kept {pct(diff.source_share)} of the source's body",
    ]
    lead = ""
    if derivation is not None:
        facts.append(f"confidence {confidence_text(derivation.confidence)}")
        if not names.is_placeholder(derivation.source):
            lead = f"{reuse_badge(derivation.reuse)} "
    parts.append(f'<p class="facts">{lead}{esc("; ".join(facts))}.</p>')
    if derivation is not None:
        items = "".join(
            f"<li><strong>{esc(e.signal)}</strong> ({e.weight:.2f}): {esc(e.detail)}</li>" for e in derivation.evidence
        )
        parts.append(
            '<details class="evidence"><summary>Evidence for the direction</summary>'
            f'<p class="meaning">{esc(CONFIDENCE_MEANING)}</p>'
            + (f"<ul>{items}</ul>" if items else "")
            + "</details>"
        )
    labels = (f"copy: {esc(names[diff.derived])}", f"source: {esc(names[diff.source])}")
    parts += _texts(diff, derived, source, labels)
    return "".join(parts)


def pair_html(pair: Pair, diff: Diff, a: Article, b: Article, names: Names) -> str:
    """Two articles sharing text with no direction decided, side by side (``a`` on the left):
    what they share and what each has alone, with no side called the copy."""
    close = closest_relations(pair, names[pair.a], names[pair.b])
    facts = (
        f"{pct(pair.share_a)} of the first one's body is in the second, {pct(pair.share_b)} of the second's in "
        f"the first; the evidence decides no direction ("
        + (close if close else f"likeliest direction {confidence_text(pair.confidence)}") + ")"
    )
    labels = (esc(names[a.id]), esc(names[b.id]))
    return f'<p class="facts">{esc(facts)}.</p>' + "".join(_texts(diff, a, b, labels))


def legend() -> str:
    return (
        '<p class="legend note"><span>Row colours:</span><span style="background:#fff8c5">modified</span>'
        '<span style="background:#ddf4ff">moved</span><span style="background:#dafbe1">added by the copy</span>'
        '<span style="background:#ffebe9">dropped from the source</span><span>kept: plain</span>'
        "<span><ins>inserted words</ins> <del>removed words</del></span></p>"
    )
