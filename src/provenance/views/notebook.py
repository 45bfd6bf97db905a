"""Rich display in Jupyter: a report and a diff show as HTML, with the diagram as inline SVG.

Jupyter calls ``_repr_html_`` on the last value of a cell. A :class:`~provenance.Report` shows
its counts, the diagram (SVG when Graphviz's ``dot`` is installed, an edge table when not), the
summary table and each derivation folded under its name. A bare :class:`~provenance.Diff`
carries no article text, so it shows operations by paragraph number with the word changes it
holds; ``report.view(derived, source)`` gives the full side-by-side view of one derivation.

The page's own styles are scoped under one class so they do not restyle the notebook.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Article, Diff, register_html_view
from .html import diagram_html, stand_ins, summary_table, undetermined_sections
from .html_base import STYLE, esc
from .html_diff import diff_html
from .names import Names
from .wording import count

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["DiffView", "bare_diff_html", "report_repr_html", "scoped_style", "wrap"]

SCOPE = "provenance-view"
#: Derivations beyond this many are listed in the summary table but not unfolded below it.
MAX_DETAILED = 20
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def _media_blocks(css: str) -> list[tuple[str | None, str]]:
    """``css`` cut into plain stretches (None) and ``@media`` blocks (their condition, their rules)."""
    parts: list[tuple[str | None, str]] = []
    at = 0
    while (start := css.find("@media", at)) != -1:
        open_at = css.index("{", start)
        depth, end = 1, open_at + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        parts += [(None, css[at:start]), (css[start:open_at].strip(), css[open_at + 1:end - 1])]
        at = end
    parts.append((None, css[at:]))
    return parts


def scoped_style(css: str = STYLE, scope: str = SCOPE) -> str:
    """``css`` with every selector limited to elements inside ``.scope`` (``body`` becomes the scope),
    inside ``@media`` blocks too.

    >>> scoped_style("body{margin:0}h1,h2{color:red}", "x")
    '.x{margin:0}\\n.x h1,.x h2{color:red}'
    >>> scoped_style("p{a:b}@media (max-width:9px){p{c:d}}", "x")
    '.x p{a:b}\\n@media (max-width:9px){.x p{c:d}}'
    """
    rules = []
    for media, text in _media_blocks(css):
        inner = []
        for selectors, body in _RULE.findall(text):
            parts = [s.strip() for s in selectors.split(",")]
            scoped = [f".{scope}" if s == "body" else f".{scope} {s}" for s in parts]
            inner.append(f"{','.join(scoped)}{{{body.strip()}}}")
        if media is None:
            rules += inner
        elif inner:
            rules.append(f"{media}{{{''.join(inner)}}}")
    return "\n".join(rules)


def wrap(inner: str) -> str:
    return f'<div class="{SCOPE}"><style>{scoped_style()}</style>{inner}</div>'


def _prefix(report: Report) -> str:
    """A start for the ids of one report's parts, the same for the same articles, so that two reports
    shown on one notebook page do not link into each other."""
    digest = hashlib.sha1("\n".join(sorted(a.id for a in report.documents)).encode("utf-8")).hexdigest()
    return f"pv{digest[:8]}-"


def report_repr_html(report: Report) -> str:
    """What a notebook shows for a report: clicking an arrow of the diagram unfolds its derivation,
    clicking an undetermined line its pair."""
    undecided = sum(1 for p in report.pairs if p.relation == "undetermined")
    prefix = _prefix(report)
    parts = [
        f"<p><strong>provenance report</strong>: {count(len(report.documents), 'article')}, "
        f"{count(len(report.pairs), 'pair')} sharing text, {count(len(report.derivations), 'derivation')}, "
        f"{undecided} undetermined"
        + (f", {count(len(report.skipped), 'item')} of the corpus left out (<code>report.skipped</code>)"
           if report.skipped else "")
        + ".</p>",
        diagram_html(report, prefix),
    ]
    shared = stand_ins(report)
    parts.append(summary_table(report, links=False, shared=shared))
    names = Names.of(report)
    docs = {a.id: a for a in report.documents}
    for n, d in enumerate(report.derivations[:MAX_DETAILED], 1):
        derived = docs[d.derived]
        if names.is_placeholder(d.source):  # a common source not in the corpus: the text its articles share
            source = shared[d.source]
            diff = report.diff_of(derived, source)
        else:
            source, diff = docs[d.source], report.diff(d.derived, d.source)
        parts.append(
            f'<details class="derivation" id="{prefix}derivation-{n}">'
            f"<summary>{n}. {esc(names[d.derived])} ← {esc(names[d.source])}"
            f' <code>{esc(d.derived)} ← {esc(d.source)}</code></summary>'
            f"{diff_html(diff, derived, source, d, names=names)}</details>"
        )
    if len(report.derivations) > MAX_DETAILED:
        parts.append(
            f'<p class="note">{len(report.derivations) - MAX_DETAILED} more derivations: '
            "report.view(derived, source) shows any one, report.to_html(path) all.</p>"
        )
    parts += undetermined_sections(report, names, prefix)[: MAX_DETAILED + 1]  # the heading and 20 pairs
    return wrap("".join(parts))


def bare_diff_html(diff: Diff) -> str:
    """What a notebook shows for a Diff on its own (paragraph numbers, no article text)."""
    return wrap(
        f"<p><strong>{esc(diff.derived)} ← {esc(diff.source)}</strong></p>{diff_html(diff)}"
        '<p class="note">report.view(derived, source) shows the paragraphs themselves.</p>'
    )


register_html_view(Diff, bare_diff_html)


@dataclass(frozen=True)
class DiffView:
    """One derivation of a report, side by side with its articles' text; displays richly in Jupyter."""

    report: Report
    diff: Diff
    derived: Article
    source: Article

    def _repr_html_(self) -> str:
        d = self.diff
        names = Names.of(self.report)
        derivation = self.report.derivation(d.derived, d.source)
        return wrap(
            f"<p><strong>{esc(names[d.derived])} ← {esc(names[d.source])}</strong> "
            f"<code>{esc(d.derived)} ← {esc(d.source)}</code></p>"
            f"{diff_html(d, self.derived, self.source, derivation, names=names)}"
        )

    def __repr__(self) -> str:
        return f"DiffView({self.diff.derived!r} <- {self.diff.source!r}, {len(self.diff.operations)} operations)"
