"""The result of a trace: documents, pairs, derivations and diffs, with ways to look at them."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import networkx as nx
from pydantic import BaseModel, ConfigDict

from .article.outlets import outlet_aliases
from .corpus.graph import build_graph
from .errors import UnknownDocumentError
from .models import Article, Boilerplate, Derivation, Diff, DuplicateGroup, MissingSource, Pair, Skipped
from .pairs.align import align
from .pairs.diff import build_diff
from .settings import Settings
from .views.dot import generate_dot
from .views.names import Names
from .views.notebook import DiffView, report_repr_html  # also registers the Diff view
from .views.output import write_text

if TYPE_CHECKING:
    from prov.model import ProvDocument


__all__ = ["Report"]


#: Items left out that the summary names one by one; the JSON report holds them all.
SKIPPED_SHOWN = 5


def _floor2(value: float) -> str:
    """Two decimals rounded down, so a confidence short of certainty never reads as 1.00."""
    return f"{math.floor(value * 100) / 100:.2f}"


_Saved = TypeVar("_Saved", bound="SavedAsJson")


class SavedAsJson(BaseModel):
    """A result that saves itself as JSON and loads back without loss (a report, an audit)."""

    def to_json(self, path: str | Path | None = None, *, indent: int | None = 2) -> str:
        """The result as JSON; also written to ``path`` when given."""
        text = self.model_dump_json(indent=indent)
        if path is not None:
            write_text(path, text + "\n")
        return text

    @classmethod
    def read_json(cls: type[_Saved], path: str | Path) -> _Saved:
        """Load a result saved with :meth:`to_json`."""
        return cls.model_validate_json(Path(path).read_text(encoding="utf-8"))


class Report(SavedAsJson):
    """Everything :func:`provenance.trace` found; JSON round-trips without loss.

    ``derivations`` are the direct-parent edges (derived wasDerivedFrom source); ``pairs`` are
    all pairs of articles sharing body text, directed or not; ``diffs`` hold the diff of each
    derivation (derived ← source); :meth:`diff` computes any other on demand. ``duplicates`` are
    the groups of articles with exactly the same text: only each group's representative was compared
    with the corpus, and each other member is paired with it (see :mod:`provenance.pairs.duplicates`).
    ``skipped`` lists the items of the corpus left out, in the corpus's order: files in a folder that
    are not articles, and with ``trace(..., on_error="skip")`` the items that could not be read.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    settings: Settings
    documents: tuple[Article, ...]
    pairs: tuple[Pair, ...]
    derivations: tuple[Derivation, ...]
    diffs: tuple[Diff, ...]
    missing: tuple[MissingSource, ...] = ()
    boilerplate_shingles: int = 0
    boilerplate: tuple[Boilerplate, ...] = ()
    duplicates: tuple[DuplicateGroup, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    def document(self, ident: str) -> Article:
        """The article with this id; raises UnknownDocumentError naming it if absent."""
        for article in self.documents:
            if article.id == ident:
                return article
        raise UnknownDocumentError(f"no document {ident!r} in this report")

    @property
    def graph(self) -> nx.DiGraph:
        """The derived-from graph: an edge (derived, source) reads "derived wasDerivedFrom source".

        Each node carries ``name``, what a person reads for it (see :mod:`provenance.views.names`).
        """
        graph = build_graph(self.documents, self.derivations, self.missing)
        names = Names.of(self)
        nx.set_node_attributes(graph, {node: names[node] for node in graph.nodes}, "name")
        return graph

    def derivation(self, derived: str, source: str) -> Derivation | None:
        """The direct derivation of ``derived`` from ``source``, if there is one."""
        return next((d for d in self.derivations if d.derived == derived and d.source == source), None)

    def diff(self, derived: str, source: str) -> Diff:
        """How ``derived`` differs from ``source``, paragraph by paragraph and word by word.

        Any two documents of the report can be compared, whether or not they were paired.
        """
        for d in self.diffs:
            if d.derived == derived and d.source == source:
                return d
        a, b = self.document(derived), self.document(source)
        x, y = (a, b) if a.id <= b.id else (b, a)
        with outlet_aliases(self.settings.aliases):
            return build_diff(align(x, y, self.settings.align), a, b)

    def to_dot(self, name: str = "provenance", *, story: int | None = None) -> str:
        """Graphviz DOT source of the derived-from graph (no Graphviz install needed).

        Byte-identical for the same report; undetermined pairs that nothing else in the diagram
        explains are drawn as dashed lines. Stories are numbered from 1, largest first:
        ``story=N`` draws story N alone; otherwise the largest stories are drawn and the legend
        says how many were left out.
        """
        undetermined = [(p.a, p.b, max(p.share_a, p.share_b)) for p in self.pairs if p.relation == "undetermined"]
        return "\n".join(generate_dot(self.graph, name, undetermined, story=story)) + "\n"

    def render(self, path: str | Path, format: str | None = None, *, story: int | None = None) -> Path:
        """Draw the derived-from graph to ``path`` as svg, png or pdf (by suffix unless ``format``);
        ``story=N`` draws story N alone, as in :meth:`to_dot`.

        Needs Graphviz's ``dot`` program; raises RenderError saying how to install it if missing.
        """
        from .views.render import render_to_file

        return render_to_file(self.to_dot(story=story), path, format)

    def to_html(self, path: str | Path | None = None, *, title: str = "Provenance report") -> str:
        """A self-contained HTML report (works offline, all article text escaped); written to ``path`` if given.

        The diagram is inline SVG when Graphviz's ``dot`` is installed, a table otherwise.
        """
        from .views.html import report_html

        text = report_html(self, title)
        if path is not None:
            write_text(path, text)
        return text

    def view(self, derived: str, source: str) -> DiffView:
        """The diff of ``derived`` from ``source`` with both articles' text, for display in Jupyter."""

        return DiffView(self, self.diff(derived, source))

    def _repr_html_(self) -> str:
        """Jupyter display: counts, diagram (SVG, or a table without Graphviz), summary, derivations."""
        return report_repr_html(self)

    def to_records(self) -> dict[str, list[dict]]:
        """Tables documents, derivations, operations and skipped as lists of plain dicts (no pandas needed)."""
        from .views.tables import to_records

        return to_records(self)

    def to_pandas(self) -> dict:
        """Tables documents, derivations, operations and skipped as pandas DataFrames (``tables`` extra)."""
        from .views.tables import to_pandas

        return to_pandas(self)

    def to_prov(self) -> ProvDocument:
        """The trace as a W3C PROV document (``prov.model.ProvDocument``): articles as entities,
        outlets as agents, derivations as wasDerivedFrom / wasQuotedFrom / wasRevisionOf (see
        :mod:`provenance.views.prov_export` for the rule). Needs the ``prov`` extra."""
        from .views.prov_export import prov_document

        return prov_document(self)

    def to_prov_json(self, path: str | Path | None = None) -> str:
        """The PROV document as PROV-JSON; also written to ``path`` when given."""
        text = self.to_prov().serialize(format="json", indent=2)
        if path is not None:
            write_text(path, text + "\n")
        return text

    def to_prov_n(self, path: str | Path | None = None) -> str:
        """The PROV document in PROV-N notation; also written to ``path`` when given."""
        text = self.to_prov().get_provn()
        if path is not None:
            write_text(path, text + "\n")
        return text

    def skipped_lines(self) -> list[str]:
        """What the corpus had that the trace left out: items at fault, then files that are not articles."""
        lines = []
        faulty = [s for s in self.skipped if s.error is not None]
        if faulty:
            lines.append(f"skipped {len(faulty)} item{'s' if len(faulty) != 1 else ''}:")
            lines += [f"    {s.error}: {s.reason}" for s in faulty[:SKIPPED_SHOWN]]
            if len(faulty) > SKIPPED_SHOWN:
                lines.append(f"    and {len(faulty) - SKIPPED_SHOWN} more (the JSON report lists every one)")
        others = [s for s in self.skipped if s.error is None]
        if others:
            shown = ", ".join(s.origin for s in others[:SKIPPED_SHOWN])
            more = f" and {len(others) - SKIPPED_SHOWN} more" if len(others) > SKIPPED_SHOWN else ""
            what = "files that are not articles" if len(others) != 1 else "file that is not an article"
            lines.append(f"passed over {len(others)} {what}: {shown}{more}")
        return lines

    def summary(self) -> str:
        """A few lines a person can read: who derived from whom, credited or not, what changed."""
        lines = [
            f"{len(self.documents)} documents, {len(self.pairs)} pairs sharing text, "
            f"{len(self.derivations)} derivations"
        ]
        lines += self.skipped_lines()
        missing = {m.id: m for m in self.missing}
        for d in self.derivations:
            if d.source in missing:
                name = missing[d.source].name
                lines.append(
                    f"{d.derived} <- [not in corpus: {name or 'unknown common source'}]  "
                    f"({'credited' if d.credited else 'UNCREDITED'}; confidence {_floor2(d.confidence)}; "
                    f"{d.coverage:.0%} shared with {len(missing[d.source].members) - 1} sibling(s))"
                )
                continue
            diff = self.diff(d.derived, d.source)
            body = [op for op in diff.operations if not op.furniture]
            kinds = ("kept", "modified", "moved", "added", "dropped")
            count = {k: sum(1 for op in body if op.kind == k) for k in kinds}
            lines.append(
                f"{d.derived} <- {d.source}  ({'credited' if d.credited else 'UNCREDITED'}"
                f"{', retitled' if d.retitled else ''}; confidence {_floor2(d.confidence)})"
            )
            lines.append(
                f"    {d.coverage:.0%} of the copy's body from the source; body paragraphs: "
                + ", ".join(f"{v} {k}" for k, v in count.items())
                + f"; furniture: {sum(1 for op in diff.operations if op.furniture and op.kind == 'added')} added, "
                f"{sum(1 for op in diff.operations if op.furniture and op.kind == 'dropped')} dropped"
            )
            if diff.title.retitled:
                lines.append(f"    retitled: {diff.title.source!r} -> {diff.title.derived!r}")
        for g in self.duplicates:
            others = [m for m in g.members if m != g.representative]
            shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
            lines.append(f"{g.representative} = {shown}  (identical text: {len(g.members)} articles)")
        if self.boilerplate:
            shown = "; ".join(repr(line.text[:60]) for line in self.boilerplate[:3])
            more = f" and {len(self.boilerplate) - 3} more" if len(self.boilerplate) > 3 else ""
            lines.append(f"site boilerplate set aside ({len(self.boilerplate)} lines): {shown}{more}")
        for p in self.pairs:
            if p.relation == "undetermined":
                lines.append(
                    f"{p.a} ~ {p.b}  (share text, direction undetermined; {p.share_a:.0%} / {p.share_b:.0%} shared)"
                )
        return "\n".join(lines)
