"""The canonical case: a Libyan Express copy (003) of an Al Jazeera article (000)."""

from __future__ import annotations

from conftest import COPY, SOURCE
from provenance import Report


def test_one_credited_derivation(seeds_report):
    assert len(seeds_report.derivations) == 1
    d = seeds_report.derivations[0]
    assert (d.derived, d.source) == (COPY, SOURCE)
    assert d.credited is True
    assert d.retitled is True
    assert d.confidence >= 0.9
    assert d.coverage > 0.95
    assert {e.signal for e in d.evidence} >= {"credit", "containment"}
    assert all(e.favours == COPY for e in d.evidence)
    pair = seeds_report.pairs[0]
    assert pair.relation == "derived" and pair.direct


def test_retitled(seeds_report):
    title = seeds_report.diff(COPY, SOURCE).title
    assert title.source == "Syrian rebel groups to attend peace talks in Astana"
    assert title.derived == "All Syrian opposition factions agree to attend Astana talks"
    assert title.retitled is True


def _texts(report, ident, indices):
    doc = report.document(ident)
    return [doc.blocks[i].text for i in indices]


def test_ten_body_paragraphs_align_in_order(seeds_report):
    diff = seeds_report.diff(COPY, SOURCE)
    copy = seeds_report.document(COPY)
    aligned = [op for op in diff.operations if op.kind in ("kept", "modified", "moved")]
    assert len(aligned) == 10
    assert [op.kind for op in aligned] == ["modified"] + ["kept"] * 9
    assert all(len(op.derived_blocks) == 1 and len(op.source_blocks) == 1 for op in aligned)
    derived_order = [op.derived_blocks[0] for op in aligned]
    source_order = [op.source_blocks[0] for op in aligned]
    assert derived_order == sorted(derived_order) and source_order == sorted(source_order)
    assert [copy.blocks[i].kind for i in derived_order] == ["body"] * 10
    first, last = _texts(seeds_report, COPY, [derived_order[0], derived_order[-1]])
    assert first.startswith("Al-Jazeera – Some armed Syrian opposition groups")
    assert last.endswith("reporting from the Nizip refugee camp in Turkey, said.")
    changes = [e for e in aligned[0].edits if e.op != "equal"]
    assert [(e.op, e.derived.strip()) for e in changes] == [("insert", "Al-Jazeera –")]


def test_dropped_from_source(seeds_report):
    diff = seeds_report.diff(COPY, SOURCE)
    source = seeds_report.document(SOURCE)
    dropped = [op for op in diff.operations if op.kind == "dropped"]
    kinds = {source.blocks[op.source_blocks[0]].kind for op in dropped if op.furniture}
    assert kinds == {"standfirst", "caption", "promo", "subheading", "source"}
    head = [source.blocks[op.source_blocks[0]] for op in dropped[:3]]
    assert [b.kind for b in head] == ["standfirst", "caption", "caption"]
    # Everything after the Dekker quote is dropped: body (substantive) and furniture.
    last_kept = max(op.source_blocks[0] for op in diff.operations if op.kind in ("kept", "modified"))
    assert "Stefanie Dekker" in source.blocks[last_kept].text
    tail = [b for b in source.blocks if b.index > last_kept]
    dropped_ids = {op.source_blocks[0] for op in dropped}
    assert {b.index for b in tail} <= dropped_ids
    tail_furniture = {b.text.split(":")[0] if b.kind == "promo" else b.kind for b in tail if b.furniture}
    assert tail_furniture == {"OPINION", "READ MORE", "subheading", "source"}
    assert any(b.text == "Diplomatic efforts" and b.kind == "subheading" for b in tail)
    assert any(b.kind == "source" and b.text.startswith("Source:") for b in tail)
    substantive = [op for op in dropped if not op.furniture]
    assert len(substantive) == sum(1 for b in tail if b.kind == "body") == 17


def test_added_in_copy_is_furniture_only(seeds_report):
    diff = seeds_report.diff(COPY, SOURCE)
    copy = seeds_report.document(COPY)
    added = [op for op in diff.operations if op.kind == "added"]
    assert len(added) == 4 and all(op.furniture for op in added)
    kinds = [copy.blocks[op.derived_blocks[0]].kind for op in added]
    assert kinds == ["footer", "related", "related", "related"]
    assert copy.blocks[added[0].derived_blocks[0]].text.startswith("How to submit an Op-Ed")


def test_every_block_accounted_once(seeds_report):
    diff = seeds_report.diff(COPY, SOURCE)
    for ident, side in ((COPY, "derived_blocks"), (SOURCE, "source_blocks")):
        doc = seeds_report.document(ident)
        used = [i for op in diff.operations for i in getattr(op, side)]
        assert sorted(used) == [b.index for b in doc.blocks if b.kind != "headline"]


def test_graph_direction(seeds_report):
    g = seeds_report.graph
    assert list(g.edges) == [(COPY, SOURCE)]
    assert g.edges[COPY, SOURCE]["credited"] is True
    assert g.nodes[SOURCE]["title"] == "Syrian rebel groups to attend peace talks in Astana"


def test_lossless_round_trip(seeds_report):
    again = Report.model_validate_json(seeds_report.model_dump_json())
    assert again == seeds_report
    assert again.to_dot() == seeds_report.to_dot()


def test_offsets_point_into_text(seeds_report):
    for doc in seeds_report.documents:
        for block in doc.blocks:
            raw = doc.text[block.start : block.end]
            assert " ".join(raw.split()) == block.text
        for credit in doc.credits:
            block = doc.blocks[credit.block]
            assert block.text[credit.start : credit.end] == credit.name
