"""The result of a trace: documents, pairs, derivations and diffs, with ways to look at them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, overload

import networkx as nx
from pydantic import BaseModel, ConfigDict, ValidationError

from .article.outlets import outlet_aliases
from .corpus.graph import build_graph
from .errors import ArgumentTypeError, InputFormatError, UnknownDocumentError, UnreadableInputError
from .models import Article, Boilerplate, Derivation, Diff, DuplicateGroup, MissingSource, Pair, Skipped
from .pairs.align import align
from .pairs.diff import build_diff
from .pairs.shared import shared_source
from .settings import Settings
from .views.dot import generate_dot, undetermined_of
from .views.names import Names
from .views.notebook import DiffView, report_repr_html  # also registers the Diff view
from .views.output import write_text

if TYPE_CHECKING:
    from prov.model import ProvDocument


__all__ = ["Report"]


#: Items left out that the summary names one by one; the JSON report holds them all.
SKIPPED_SHOWN = 5


#: Derivations ``repr(report)`` lists before "and N more".
REPR_SHOWN = 5


def _written(text: str, path: str | Path | None) -> str | Path:
    """``text`` when no ``path`` is given; else ``text`` written to ``path`` (with a final line
    break), and the path written."""
    if path is None:
        return text
    return write_text(path, text if text.endswith("\n") else text + "\n")


_Saved = TypeVar("_Saved", bound="SavedAsJson")


class SavedAsJson(BaseModel):
    """A result that saves itself as JSON and loads back without loss (a report, an audit)."""

    @overload
    def to_json(self, path: None = None, *, indent: int | None = 2) -> str: ...
    @overload
    def to_json(self, path: str | Path, *, indent: int | None = 2) -> Path: ...
    def to_json(self, path: str | Path | None = None, *, indent: int | None = 2) -> str | Path:
        """The result as JSON text; given ``path``, written there instead and the Path returned
        (so a notebook cell that saves a report does not print it)."""
        if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int) or indent < 0):
            raise ArgumentTypeError(f"indent is {indent!r}: give the spaces to indent by (0 or more), or None")
        return _written(self.model_dump_json(indent=indent), path)

    @classmethod
    def read_json(cls: type[_Saved], path: str | Path) -> _Saved:
        """Load a result saved with :meth:`to_json`; raises UnreadableInputError when the file cannot be
        read and InputFormatError, naming the first problem, when it holds no saved result."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = getattr(exc, "strerror", None) or exc
            raise UnreadableInputError(f"{str(path)!r} cannot be read: {why}") from None
        try:
            return cls.model_validate_json(text)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"])) or "the top level"
            raise InputFormatError(
                f"{str(path)!r} is not a saved {cls.__name__}: {where}: {first['msg']}"
                f"{f' (and {exc.error_count() - 1} more problems)' if exc.error_count() > 1 else ''}"
            ) from None


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
        if any(m.id == ident for m in self.missing):
            raise UnknownDocumentError(
                f"{ident!r} is a common source not in the corpus, not a document: "
                f"report.shared_source({ident!r}) gives the text its articles share"
            )
        raise UnknownDocumentError(f"no document {ident!r} in this report")

    def shared_source(self, ident: str) -> Article:
        """The text standing in for a common source not in the corpus (a ``missing:...`` id): what
        its articles share, from the one sharing most (see :mod:`provenance.pairs.shared`).

        Raises UnknownDocumentError when ``ident`` is not one of ``report.missing``.
        """
        missing = next((m for m in self.missing if m.id == ident), None)
        if missing is None:
            raise UnknownDocumentError(f"no common source {ident!r} missing from the corpus in this report")
        with outlet_aliases(self.settings.aliases):
            return shared_source(missing, {a.id: a for a in self.documents}, self.settings.align)

    def article(self, ident: str) -> Article:
        """The document with this id, or for a common source not in the corpus the text standing in
        for it (:meth:`shared_source`): whatever :meth:`diff` compares."""
        if any(m.id == ident for m in self.missing):
            return self.shared_source(ident)
        return self.document(ident)

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

        Any two documents of the report can be compared, whether or not they were paired, in
        either direction: an undetermined pair too. Either may be a common source not in the corpus
        (a ``missing:...`` id): it stands for the text its articles share (:meth:`shared_source`),
        so ``report.diff(d.derived, d.source)`` works for every derivation ``d``.
        """
        return self.diff_of(self.article(derived), self.article(source))

    def diff_of(self, derived: Article, source: Article) -> Diff:
        """The diff of two articles given whole (from :meth:`article`), for views that already hold them:
        the one the trace kept for a derivation, else made now.

        Against a common source not in the corpus, ``credited`` is the derivation's (whether the
        article credits the agency the siblings share), as everywhere else in the report.
        """
        for d in self.diffs:
            if d.derived == derived.id and d.source == source.id:
                return d
        x, y = (derived, source) if derived.id <= source.id else (source, derived)
        with outlet_aliases(self.settings.aliases):
            diff = build_diff(align(x, y, self.settings.align), derived, source)
        edge = self.derivation(derived.id, source.id)
        if edge is not None and any(m.id == source.id for m in self.missing):
            diff = diff.model_copy(update={"credited": edge.credited})
        return diff

    def to_dot(self, name: str = "provenance", *, story: int | None = None) -> str:
        """Graphviz DOT source of the derived-from graph (no Graphviz install needed).

        Byte-identical for the same report; undetermined pairs that nothing else in the diagram
        explains are drawn as dashed lines. Stories are numbered from 1, largest first:
        ``story=N`` draws story N alone; otherwise the largest stories are drawn and the legend
        says how many were left out.
        """
        return "\n".join(generate_dot(self.graph, name, undetermined_of(self.pairs), story=story)) + "\n"

    def render(self, path: str | Path, format: str | None = None, *, story: int | None = None) -> Path:
        """Draw the derived-from graph to ``path`` as svg, png or pdf (by suffix unless ``format``);
        ``story=N`` draws story N alone, as in :meth:`to_dot`.

        Needs Graphviz's ``dot`` program; raises RenderError saying how to install it if missing.
        """
        from .views.render import render_to_file

        return render_to_file(self.to_dot(story=story), path, format)

    @overload
    def to_html(self, path: None = None, *, title: str = ...) -> str: ...
    @overload
    def to_html(self, path: str | Path, *, title: str = ...) -> Path: ...
    def to_html(self, path: str | Path | None = None, *, title: str = "Provenance report") -> str | Path:
        """A self-contained HTML report (works offline, all article text escaped): the page's text,
        or given ``path``, the page written there and the Path returned.

        The diagram is inline SVG when Graphviz's ``dot`` is installed, a table otherwise.
        """
        from .views.html import report_html

        return _written(report_html(self, title), path)

    def view(self, derived: str, source: str) -> DiffView:
        """The diff of ``derived`` from ``source`` with both articles' text, for display in Jupyter."""

        a, b = self.article(derived), self.article(source)
        return DiffView(self, self.diff_of(a, b), a, b)

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

    @overload
    def to_prov_json(self, path: None = None) -> str: ...
    @overload
    def to_prov_json(self, path: str | Path) -> Path: ...
    def to_prov_json(self, path: str | Path | None = None) -> str | Path:
        """The PROV document as PROV-JSON text; given ``path``, written there and the Path returned."""
        return _written(self.to_prov().serialize(format="json", indent=2), path)

    @overload
    def to_prov_n(self, path: None = None) -> str: ...
    @overload
    def to_prov_n(self, path: str | Path) -> Path: ...
    def to_prov_n(self, path: str | Path | None = None) -> str | Path:
        """The PROV document in PROV-N notation; given ``path``, written there and the Path returned."""
        return _written(self.to_prov().get_provn(), path)

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
        """A few lines a person can read: who derived from whom (by name, ids below), copied or
        rewritten, credited or not, how confident, and what changed."""
        from .views.summary import summary_text

        return summary_text(self)

    def __repr__(self) -> str:
        """The counts and the first few derivations by name; the article texts stay out."""
        from .views.summary import report_repr

        return report_repr(self, REPR_SHOWN)

    __str__ = __repr__
