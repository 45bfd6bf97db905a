"""The corpus-level properties of ``trace`` on corpora of the fifth generator family (bench.copydesk),
drawn by hypothesis: whatever the tracer decides, the report holds together.

The family was written apart from the tracer (trees, chains four deep, wire stories copied on by a
further site, stories that share one quotation, footers shared across stories, dates of every
precision); its corpora are built from BBC News and Reuters-21578 text at run time, so the tests
skip without the evaluation data.
"""

from __future__ import annotations

import random
import sys
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import data_dir, have_data  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (have_data("bbc_news") and have_data("reuters21578")),
    reason=f"evaluation data (bbc_news, reuters21578) not found at {data_dir()} (set PROVENANCE_DATA)",
)

CORPORA = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _corpus(stories: int, seed: int, dated: bool | None) -> list[dict]:
    from bench.copydesk import corpus
    from bench.soak import read_edges_truth

    records, _, _ = read_edges_truth(*corpus(stories, seed, dated=dated))
    return records


@CORPORA
@given(st.integers(4, 14), st.integers(0, 10**6), st.sampled_from([None, True, False]),
       st.randoms(use_true_random=False))
def test_a_copydesk_corpus_traces_into_a_report_that_holds_together(stories, seed, dated, rng):
    from provenance import trace

    records = _corpus(stories, seed, dated)
    report = trace(records)
    ids = {r["id"] for r in records}
    missing = {m.id: m for m in report.missing}
    graph = nx.DiGraph((d.derived, d.source) for d in report.derivations)
    assert nx.is_directed_acyclic_graph(graph)
    for d in report.derivations:
        assert d.derived in ids and (d.source in ids or d.source in missing)
    above = {n: nx.descendants(graph, n) for n in graph}
    paired = {frozenset((p.a, p.b)) for p in report.pairs}
    twin = {m: g.representative for g in report.duplicates for m in g.members}
    for m in report.missing:
        assert len(m.members) >= 2
        for a, b in combinations(m.members, 2):
            assert b not in above.get(a, set()) and a not in above.get(b, set()), (m.id, a, b)
            ta, tb = twin.get(a, a), twin.get(b, b)
            assert ta == tb or frozenset((ta, tb)) in paired, (m.id, a, b)
    for d in report.derivations:
        report.diff(d.derived, d.source)  # every derivation can be shown, placeholders too
    shuffled = records[:]
    rng.shuffle(shuffled)
    assert trace(shuffled).to_json() == report.to_json()


def test_two_workers_give_the_same_report():
    from provenance import trace

    records = _corpus(24, 3, None)
    random.Random(1).shuffle(records)
    assert trace(records, workers=2).to_json() == trace(records).to_json()
