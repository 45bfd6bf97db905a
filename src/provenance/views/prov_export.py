"""A trace as a W3C PROV document, for archives and tools that speak PROV (PROV-JSON, PROV-N).

What is written:

- each article is an entity (``article:<id>``, ``prov:type`` ``pv:Article``) labelled with the
  name people read (:mod:`provenance.views.names`), with its title,
  outlet, URL and publication date as attributes, and the date also as its generation time;
- each outlet is an agent (``outlet:<key>``, ``prov:type`` ``prov:Organization``); an article
  ``wasAttributedTo`` its own outlet (``pv:role`` "publisher") and to each outlet it credits as
  a source ("Al-Jazeera –", "(Reuters)", "Source: AFP": ``pv:role`` "credited source");
- each derivation (a direct parent found by the trace) is one of three relations, by this rule:

  * ``wasRevisionOf`` when both articles come from the same outlet: a newer version of its own
    article, not a copy of somebody else's;
  * ``wasQuotedFrom`` when another outlet repeated the text (PROV: "the repeat of some or all
    of an entity"): the derivation's own ``reuse`` is "copy" where the trace decides it, else at
    least half of the copy's aligned body paragraphs are kept word for word or nearly
    (similarity >= 0.9);
  * ``wasDerivedFrom`` otherwise: a rewrite (paraphrased, reordered, cut sentences),

  with ``pv:confidence``, ``pv:coverage``, ``pv:credited``, ``pv:retitled`` and ``pv:evidence``
  (the signals that decided the direction) as attributes. A source that is not in the corpus
  (the report's ``missing`` sources, e.g. a wire story two copies both took) is an entity with
  ``pv:inCorpus`` false, attributed to the agency the copies credit when they agree on one.

Pairs whose direction stayed undetermined are left out: PROV has no undirected derivation, and
writing one direction would claim what the trace did not find.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..article.outlets import outlet_aliases, outlet_key, same_outlet
from ..models import Article, Derivation
from ..optional import require
from .names import article_name, placeholder_name

if TYPE_CHECKING:
    from prov.model import ProvDocument

    from ..report import Report

__all__ = ["QUOTE_SIMILARITY", "prov_document", "relation_kind"]

#: Similarity (0-1) at which an aligned paragraph counts as repeated rather than rewritten.
QUOTE_SIMILARITY = 0.9
VOCABULARY = "urn:provenance:vocabulary#"
ARTICLES = "urn:provenance:article:"
OUTLETS = "urn:provenance:outlet:"
_CREDIT_FORMS = ("prefix", "dateline", "suffix", "source_line", "byline")
_UNSAFE_LOCAL = re.compile(r"[^A-Za-z0-9_-]")


def _local(ident: str) -> str:
    """An id as a local name that is valid in PROV-N and PROV-JSON (percent-encoded, reversible)."""
    return _UNSAFE_LOCAL.sub(lambda m: quote(m.group(0), safe=""), ident) or "_"


def relation_kind(report: Report, derivation: Derivation) -> str:
    """"revision", "quotation" or "derivation": the PROV relation a derivation is written as (see module)."""
    documents = {a.id: a for a in report.documents}
    derived, source = documents.get(derivation.derived), documents.get(derivation.source)
    if derived is not None and source is not None and same_outlet(derived.outlet, source.outlet):
        return "revision"
    reuse = getattr(derivation, "reuse", None)  # "copy" or "rewrite", where the trace decides it
    if reuse is not None:
        return "quotation" if reuse == "copy" else "derivation"
    if derived is None or source is None:
        return "derivation"
    diff = report.diff(derivation.derived, derivation.source)
    aligned = [op for op in diff.operations if op.kind in ("kept", "modified", "moved") and not op.furniture]
    repeated = [op for op in aligned if op.kind == "kept" or op.similarity >= QUOTE_SIMILARITY]
    return "quotation" if aligned and len(repeated) * 2 >= len(aligned) else "derivation"


def prov_document(report: Report) -> ProvDocument:
    """The report as a ``prov.model.ProvDocument`` (see the module's docstring for the mapping).

    Raises MissingDependencyError when the ``prov`` package (extra ``prov``) is not installed.
    """
    model = require("prov.model", "prov", "W3C PROV export")
    doc = model.ProvDocument()
    pv = doc.add_namespace("pv", VOCABULARY)
    doc.add_namespace("article", ARTICLES)
    doc.add_namespace("outlet", OUTLETS)
    with outlet_aliases(report.settings.aliases):
        agents = _Agents(doc, model)
        entities = {a.id: _entity(doc, model, pv, a) for a in report.documents}
        for article in report.documents:
            _attributions(doc, article, entities[article.id], agents)
        for missing in getattr(report, "missing", ()):
            entities[missing.id] = doc.entity(f"article:{_local(missing.id)}", {
                "prov:type": pv["Article"], "pv:id": missing.id, "pv:inCorpus": False,
                "prov:label": placeholder_name(missing),
            })
            agent = agents.get(missing.name) if missing.name else None
            if agent is not None:
                doc.wasAttributedTo(entities[missing.id], agent, other_attributes={"pv:role": "publisher"})
        for d in report.derivations:
            for ident in (d.derived, d.source):
                if ident not in entities:
                    entities[ident] = doc.entity(
                        f"article:{_local(ident)}",
                        {"prov:type": pv["Article"], "prov:label": ident, "pv:id": ident, "pv:inCorpus": False},
                    )
            kind = relation_kind(report, d)
            attributes: dict[str, Any] = {
                "pv:confidence": round(d.confidence, 4),
                "pv:coverage": round(d.coverage, 4),
                "pv:credited": d.credited,
                "pv:relation": kind,
            }
            if d.retitled is not None:
                attributes["pv:retitled"] = d.retitled
            if getattr(d, "reuse", None):
                attributes["pv:reuse"] = d.reuse  # "copy" or "rewrite", with the similarity behind it
                attributes["pv:similarity"] = round(getattr(d, "similarity", 1.0), 4)
            if d.evidence:
                attributes["pv:evidence"] = ", ".join(sorted({e.signal for e in d.evidence}))
            write = {"revision": doc.wasRevisionOf, "quotation": doc.wasQuotedFrom}.get(kind, doc.wasDerivedFrom)
            write(entities[d.derived], entities[d.source], other_attributes=attributes)
    return doc


def _entity(doc: Any, model: Any, pv: Any, article: Article) -> Any:
    attributes: dict[str, Any] = {"prov:type": pv["Article"], "pv:id": article.id, "pv:inCorpus": True,
                                  "prov:label": article_name(article)}
    if article.title:
        attributes["pv:title"] = article.title
    if article.outlet:
        attributes["pv:outlet"] = article.outlet
        attributes["pv:outletFrom"] = article.outlet_from or "unknown"
    if article.url:
        attributes["pv:url"] = model.Literal(article.url, datatype=model.XSD_ANYURI)
    if article.published:
        attributes["pv:published"] = article.published
    entity = doc.entity(f"article:{_local(article.id)}", attributes)
    if article.published:
        doc.wasGeneratedBy(entity, None, article.published)
    return entity


class _Agents:
    """One agent per outlet, keyed by its folded name so "Al-Jazeera" and "Al Jazeera" are one."""

    def __init__(self, doc: Any, model: Any) -> None:
        self.doc, self.model, self.by_key = doc, model, {}

    def get(self, name: str) -> Any | None:
        key = outlet_key(name)
        if not key:
            return None
        if key not in self.by_key:
            self.by_key[key] = self.doc.agent(
                f"outlet:{_local(key)}", {"prov:type": self.model.PROV["Organization"], "prov:label": name}
            )
        return self.by_key[key]


def _attributions(doc: Any, article: Article, entity: Any, agents: _Agents) -> None:
    seen: set[str] = set()
    if article.outlet:
        agent = agents.get(article.outlet)
        if agent is not None:
            seen.add(outlet_key(article.outlet))
            doc.wasAttributedTo(entity, agent, other_attributes={"pv:role": "publisher"})
    for credit in article.credits:
        key = outlet_key(credit.name)
        if credit.form not in _CREDIT_FORMS or not key or key in seen:
            continue
        agent = agents.get(credit.name)
        if agent is not None:
            seen.add(key)
            doc.wasAttributedTo(
                entity, agent, other_attributes={"pv:role": "credited source", "pv:creditForm": credit.form,
                                                 "pv:creditText": credit.name}
            )
