"""The few lines ``provenance trace`` prints, and the short ``repr`` of a report.

Articles are named as people read them (:mod:`provenance.views.names`), each derivation line
says whether the source was copied or rewritten, credited or not, and its confidence in the one
rule of :mod:`provenance.views.wording`; an indented line gives the ids, for ``provenance diff``
and for finding the articles in the JSON report. Counts take their plural only when they need it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Derivation, Diff
from .names import Names
from .wording import body_counts, closest_relations, confidence_text, count

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["derivation_line", "headline", "report_repr", "summary_text"]

#: Names in a summary line are cut to this many characters (the ids line below has them whole).
NAME_WIDTH = 60
#: Duplicates of a group named in the summary before "and N more".
DUPLICATES_SHOWN = 5


def headline(report: Report) -> str:
    """The first line: how many documents, pairs sharing text and derivations."""
    return (
        f"{count(len(report.documents), 'document')}, {count(len(report.pairs), 'pair')} sharing text, "
        f"{count(len(report.derivations), 'derivation')}"
    )


def derivation_line(d: Derivation, names: Names, *, placeholder: bool = False) -> str:
    """``copy <- source  (rewrite, credited, retitled; confidence 0.99 certain)``, by name.

    An edge to a common source not in the corpus says no copy or rewrite: there is no one text
    it was taken from.
    """
    how = [] if placeholder else [d.reuse]
    how.append("credited" if d.credited else "UNCREDITED")
    if d.retitled:
        how.append("retitled")
    return (
        f"{names.short(d.derived, NAME_WIDTH)} <- {names.short(d.source, NAME_WIDTH)}  "
        f"({', '.join(how)}; confidence {confidence_text(d.confidence)})"
    )


def _changes(d: Derivation, diff: Diff) -> str:
    body = ", ".join(f"{n} {k}" for k, n in body_counts(diff).items())
    return (
        f"    {d.coverage:.0%} of the copy's body from the source; body paragraphs: {body}; "
        f"furniture: {diff.count('added', furniture=True)} added, {diff.count('dropped', furniture=True)} dropped"
    )


def summary_text(report: Report) -> str:
    """What ``provenance trace`` prints and ``report.summary()`` returns."""
    names = Names.of(report)
    missing = {m.id: m for m in report.missing}
    lines = [headline(report), *report.skipped_lines()]
    for d in report.derivations:
        lines.append(derivation_line(d, names, placeholder=d.source in missing))
        lines.append(f"    ids: {d.derived} <- {d.source}")
        if d.source in missing:
            siblings = [names.short(m, NAME_WIDTH) for m in missing[d.source].members if m != d.derived]
            lines.append(
                f"    {d.coverage:.0%} of its body shared with {count(len(siblings), 'sibling')}: {'; '.join(siblings)}"
            )
            continue
        diff = report.diff(d.derived, d.source)
        lines.append(_changes(d, diff))
        if diff.title.retitled:
            lines.append(f"    retitled: {diff.title.source!r} -> {diff.title.derived!r}")
    for g in report.duplicates:
        others = [m for m in g.members if m != g.representative]
        shown = ", ".join(others[:DUPLICATES_SHOWN])
        more = f" and {len(others) - DUPLICATES_SHOWN} more" if len(others) > DUPLICATES_SHOWN else ""
        lines.append(
            f"{names.short(g.representative, NAME_WIDTH)} = {shown}{more}  "
            f"(identical text: {count(len(g.members), 'article')}; ids: {g.representative})"
        )
    if report.boilerplate:
        shown = "; ".join(repr(line.text[:60]) for line in report.boilerplate[:3])
        more = f" and {len(report.boilerplate) - 3} more" if len(report.boilerplate) > 3 else ""
        lines.append(f"site boilerplate set aside ({count(len(report.boilerplate), 'line')}): {shown}{more}")
    for p in report.pairs:
        if p.relation == "undetermined":
            close = closest_relations(p, "the first", "the second")
            lines.append(
                f"{names.short(p.a, NAME_WIDTH)} ~ {names.short(p.b, NAME_WIDTH)}  "
                f"(share text, direction undetermined; {p.share_a:.0%} / {p.share_b:.0%} shared"
                + (f"; {close}" if close else "") + ")"
            )
            lines.append(f"    ids: {p.a} ~ {p.b}")
    return "\n".join(lines)


def report_repr(report: Report, shown: int = 5) -> str:
    """A few lines for ``repr(report)``: the counts and the first ``shown`` derivations, by name.

    The article texts stay out: ``report.documents`` holds them.
    """
    names = Names.of(report)
    missing = {m.id for m in report.missing}
    undetermined = sum(1 for p in report.pairs if p.relation == "undetermined")
    extra = [
        count(len(report.missing), "common source") + " not in corpus" if report.missing else "",
        count(undetermined, "pair") + " undetermined" if undetermined else "",
        count(len(report.skipped), "item") + " left out" if report.skipped else "",
    ]
    lines = [f"<Report: {headline(report)}" + "".join(f"; {e}" for e in extra if e)]
    lines += [f"  {derivation_line(d, names, placeholder=d.source in missing)}" for d in report.derivations[:shown]]
    if len(report.derivations) > shown:
        lines.append(f"  and {len(report.derivations) - shown} more (report.derivations)")
    return "\n".join(lines) + ">"
