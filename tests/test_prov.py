"""W3C PROV export: entities, agents, attributions and the three kinds of derivation."""

from __future__ import annotations

import json
import sys

import pytest
from prov.model import PROV_ATTRIBUTION, PROV_DERIVATION, ProvDocument

from conftest import COPY, SOURCE, seed_text
from html_pages import aljazeera_page, libyan_express_page
from provenance import models, trace
from provenance.cli import main
from provenance.errors import MissingDependencyError
from provenance.views.prov_export import relation_kind


def _records(doc, kind):
    return [r for r in doc.get_records() if r.get_type() == kind]


def _attributions(doc):
    return {(str(r.args[0]), str(r.args[1]), next(iter(r.get_attribute("pv:role"))))
            for r in _records(doc, PROV_ATTRIBUTION)}


def _types(record):
    return {str(v) for v in record.get_asserted_types()}


def test_seeds_as_prov(seeds_report):
    doc = seeds_report.to_prov()
    assert isinstance(doc, ProvDocument)
    entities = {str(e.identifier): e for e in doc.get_records() if e.is_element() and "article:" in str(e.identifier)}
    assert set(entities) == {f"article:{SOURCE}", f"article:{COPY}"}
    copy = entities[f"article:{COPY}"]
    assert {str(v) for v in copy.get_attribute("pv:title")} == {
        "All Syrian opposition factions agree to attend Astana talks"}
    agents = {str(a.identifier): a for a in doc.get_records() if a.is_element() and "outlet:" in str(a.identifier)}
    assert set(agents) == {"outlet:aljazeera"}  # the plain copy names no outlet of its own
    assert _attributions(doc) == {
        (f"article:{SOURCE}", "outlet:aljazeera", "publisher"),
        (f"article:{COPY}", "outlet:aljazeera", "credited source"),
    }
    (derivation,) = _records(doc, PROV_DERIVATION)
    assert (str(derivation.args[0]), str(derivation.args[1])) == (f"article:{COPY}", f"article:{SOURCE}")
    assert _types(derivation) == {"prov:Quotation"}  # another outlet repeating the text
    assert next(iter(derivation.get_attribute("pv:credited"))) is True
    assert next(iter(derivation.get_attribute("pv:coverage"))) > 0.95
    assert next(iter(derivation.get_attribute("pv:confidence"))) >= 0.9


def test_prov_json_round_trips_and_prov_n_reads(seeds_report):
    text = seeds_report.to_prov_json()
    assert ProvDocument.deserialize(content=text, format="json") == seeds_report.to_prov()
    assert "wasDerivedFrom" in json.loads(text)
    provn = seeds_report.to_prov_n()
    assert provn.startswith("document") and provn.rstrip().endswith("endDocument")
    assert f"wasDerivedFrom(article:{COPY}, article:{SOURCE}" in provn
    assert "prov:type='prov:Quotation'" in provn


def test_same_outlet_is_a_revision():
    source = seed_text("000")
    revised = source.replace("next week", "on Monday", 1) + "\n\nThis article has been updated."
    report = trace([
        {"id": "v1", "text": source, "outlet": "Al Jazeera", "published": "2017-01-16T10:00:00Z"},
        {"id": "v2", "text": revised, "outlet": "Al-Jazeera", "published": "2017-01-16T18:00:00Z"},
    ])
    (d,) = report.derivations
    assert (d.derived, d.source) == ("v2", "v1") and relation_kind(report, d) == "revision"
    (derivation,) = _records(report.to_prov(), PROV_DERIVATION)
    assert _types(derivation) == {"prov:Revision"}
    assert len([r for r in report.to_prov().get_records() if r.is_element() and "outlet:" in str(r.identifier)]) == 1


def test_pages_give_each_outlet_an_agent(tmp_path):
    (tmp_path / f"{SOURCE}.html").write_text(aljazeera_page(seed_text("000")), encoding="utf-8")
    (tmp_path / f"{COPY}.html").write_text(libyan_express_page(seed_text("003")), encoding="utf-8")
    doc = trace(tmp_path).to_prov()
    assert _attributions(doc) == {
        (f"article:{SOURCE}", "outlet:aljazeera", "publisher"),
        (f"article:{COPY}", "outlet:libyanexpress", "publisher"),
        (f"article:{COPY}", "outlet:aljazeera", "credited source"),
    }
    entity = next(r for r in doc.get_records() if str(r.identifier) == f"article:{COPY}")
    assert str(next(iter(entity.get_attribute("pv:url")))).startswith("https://www.libyanexpress.com/")
    assert "2017-01-17" in str(next(iter(entity.get_attribute("pv:published"))))


def _rewritten(report, d):
    """The same derivation, made a rewrite: by its own field where the trace has one, else by its diff."""
    if "reuse" in type(d).model_fields:
        return report, d.model_copy(update={"reuse": "rewrite"})
    diffs = tuple(
        x.model_copy(update={"operations": tuple(
            op.model_copy(update={"kind": "modified", "similarity": 0.5}) if op.kind == "kept" else op
            for op in x.operations)}) for x in report.diffs)
    return report.model_copy(update={"diffs": diffs}), d


def test_rewrite_is_a_plain_derivation_and_missing_sources_are_entities(seeds_report):
    (d,) = seeds_report.derivations
    report, rewrite = _rewritten(seeds_report, d)
    ghost = d.model_copy(update={"source": "https://wire.example/story?id=1 (not in corpus)"})
    report = report.model_copy(update={"derivations": (rewrite, ghost)})
    assert relation_kind(report, rewrite) == "derivation"
    doc = report.to_prov()
    kinds = sorted(tuple(sorted(_types(r))) for r in _records(doc, PROV_DERIVATION))
    # A copy of a source outside the corpus is a quotation where the trace says "copy"; with no
    # diff to read, it stays a plain derivation.
    assert kinds == ([(), ("prov:Quotation",)] if "reuse" in type(d).model_fields else [(), ()])
    placeholder = next(r for r in doc.get_records() if r.is_element() and "wire.example" in str(
        next(iter(r.get_attribute("pv:id")), "")))
    assert next(iter(placeholder.get_attribute("pv:inCorpus"))) is False
    assert ProvDocument.deserialize(content=report.to_prov_json(), format="json") == doc


@pytest.mark.skipif(not hasattr(models, "MissingSource"), reason="no missing sources in this version")
def test_missing_wire_story_is_an_entity_attributed_to_its_agency(seeds_report):
    (d,) = seeds_report.derivations
    wire = models.MissingSource(id="missing:reuters", name="Reuters", members=(COPY, SOURCE))
    edges = (d.model_copy(update={"source": wire.id}), d.model_copy(update={"derived": SOURCE, "source": wire.id}))
    doc = seeds_report.model_copy(update={"missing": (wire,), "derivations": edges}).to_prov()
    entity = next(r for r in doc.get_records() if str(r.identifier) == "article:missing%3Areuters")
    assert next(iter(entity.get_attribute("pv:inCorpus"))) is False
    assert "Reuters" in str(next(iter(entity.get_attribute("prov:label"))))
    assert ("article:missing%3Areuters", "outlet:reuters", "publisher") in _attributions(doc)
    assert {str(r.args[1]) for r in _records(doc, PROV_DERIVATION)} == {"article:missing%3Areuters"}


def test_cli_writes_prov_json_and_prov_n(seeds_dir, tmp_path):
    json_out, provn_out = tmp_path / "out.json", tmp_path / "out.provn"
    assert main(["trace", str(seeds_dir), "--prov", str(json_out), "-q"]) == 0
    assert main(["trace", str(seeds_dir), "--prov", str(provn_out), "-q"]) == 0
    assert "wasDerivedFrom" in json.loads(json_out.read_text(encoding="utf-8"))
    assert provn_out.read_text(encoding="utf-8").startswith("document")


def test_missing_prov_names_the_extra(seeds_report, monkeypatch):
    monkeypatch.setitem(sys.modules, "prov.model", None)
    with pytest.raises(MissingDependencyError, match=r"provenance\[prov\]"):
        seeds_report.to_prov()
