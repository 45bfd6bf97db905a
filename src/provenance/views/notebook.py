"""Rich display in Jupyter: a report and a diff show as HTML, with the diagram as inline SVG.

Jupyter calls ``_repr_html_`` on the last value of a cell. A :class:`~provenance.Report` shows
its counts, the diagram (SVG when Graphviz's ``dot`` is installed, an edge table when not), the
summary table and each derivation folded under its name. A bare :class:`~provenance.Diff`
carries no article text, so it shows operations by paragraph number with the word changes it
holds; ``report.view(derived, source)`` gives the full side-by-side view of one derivation.

The page's own styles are scoped under one class so they do not restyle the notebook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Diff, register_html_view
from .html import STYLE, diagram_html, diff_html, esc, summary_table

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["DiffView", "bare_diff_html", "report_repr_html", "scoped_style", "wrap"]

SCOPE = "provenance-view"
#: Derivations beyond this many are listed in the summary table but not unfolded below it.
MAX_DETAILED = 20
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def scoped_style(css: str = STYLE, scope: str = SCOPE) -> str:
    """``css`` with every selector limited to elements inside ``.scope`` (``body`` becomes the scope).

    >>> scoped_style("body{margin:0}h1,h2{color:red}", "x")
    '.x{margin:0}\\n.x h1,.x h2{color:red}'
    """
    rules = []
    for selectors, body in _RULE.findall(css):
        parts = [s.strip() for s in selectors.split(",")]
        scoped = [f".{scope}" if s == "body" else f".{scope} {s}" for s in parts]
        rules.append(f"{','.join(scoped)}{{{body.strip()}}}")
    return "\n".join(rules)


def wrap(inner: str) -> str:
    return f'<div class="{SCOPE}"><style>{scoped_style()}</style>{inner}</div>'


def report_repr_html(report: Report) -> str:
    """What a notebook shows for a report."""
    undecided = sum(1 for p in report.pairs if p.relation == "undetermined")
    parts = [
        f"<p><strong>provenance report</strong>: {len(report.documents)} articles, {len(report.pairs)} pairs "
        f"sharing text, {len(report.derivations)} derivations, {undecided} undetermined"
        + (f", {len(report.skipped)} items of the corpus left out (<code>report.skipped</code>)"
           if report.skipped else "")
        + ".</p>",
        diagram_html(report),
        summary_table(report, links=False),
    ]
    docs = {a.id: a for a in report.documents}
    missing = {m.id for m in report.missing}
    for n, d in enumerate(report.derivations[:MAX_DETAILED], 1):
        if d.source in missing:  # a common source not in the corpus: nothing to compare with
            continue
        diff = report.diff(d.derived, d.source)
        parts.append(
            f'<details class="derivation"><summary>{n}. {esc(d.derived)} ← {esc(d.source)}</summary>'
            f"{diff_html(diff, docs.get(d.derived), docs.get(d.source), d)}</details>"
        )
    if len(report.derivations) > MAX_DETAILED:
        parts.append(
            f'<p class="note">{len(report.derivations) - MAX_DETAILED} more derivations: '
            "report.view(derived, source) shows any one, report.to_html(path) all.</p>"
        )
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

    def _repr_html_(self) -> str:
        d = self.diff
        docs = {a.id: a for a in self.report.documents}
        derivation = self.report.derivation(d.derived, d.source)
        return wrap(
            f"<p><strong>{esc(d.derived)} ← {esc(d.source)}</strong></p>"
            f"{diff_html(d, docs.get(d.derived), docs.get(d.source), derivation)}"
        )

    def __repr__(self) -> str:
        return f"DiffView({self.diff.derived!r} <- {self.diff.source!r}, {len(self.diff.operations)} operations)"
