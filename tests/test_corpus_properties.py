"""Corpus-level properties of trace on generated story families (hypothesis), and genealogy figures.

The corpora are chains, fan-outs, siblings of a wire story that is not in the corpus, mixes of two
sources and unrelated stories, with credits, footers, cuts, word changes, known and unknown outlets
and dates of every precision (tests/story_families.py). Whatever the tracer decides, its report must
hold together; the figures below measure whether it decided right.
"""

from __future__ import annotations

import json
import os
import random
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance import Report, trace
from story_families import CorpusSpec, Family, build, corpora, figures, random_spec, total

# PROPERTY_EXAMPLES raises the number of corpora hypothesis draws, for a longer search than the suite's.
PROPERTY = settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "30")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

#: Two mix families of one story: A, B and an article made of both, each run twice by different outlets.
TWICE_MIXED = (Family("mix", seed=0, wire=False, mix_seed=10_001),) * 2


@cache
def _traced(spec: CorpusSpec) -> tuple[list[dict[str, Any]], Report]:
    records, _ = build(spec)
    return records, trace(records)


def _derives_from(report: Report) -> dict[str, set[str]]:
    """Every article's ancestors along report.derivations."""
    graph = nx.DiGraph((d.derived, d.source) for d in report.derivations)
    return {n: nx.descendants(graph, n) for n in graph}


def _shares_text(report: Report):
    twin = {m: g.representative for g in report.duplicates for m in g.members}
    paired = {frozenset((twin.get(p.a, p.a), twin.get(p.b, p.b))) for p in report.pairs}

    def shares(a: str, b: str) -> bool:
        a, b = twin.get(a, a), twin.get(b, b)
        return a == b or frozenset((a, b)) in paired

    return shares


@PROPERTY
@given(corpora())
def test_trace_raises_nothing_and_the_graph_has_no_cycle(spec):
    _, report = _traced(spec)
    assert nx.is_directed_acyclic_graph(report.graph)
    assert nx.is_directed_acyclic_graph(nx.DiGraph((d.derived, d.source) for d in report.derivations))


@PROPERTY
@given(corpora())
def test_every_edge_joins_things_in_the_report(spec):
    records, report = _traced(spec)
    ids = {r["id"] for r in records}
    assert {a.id for a in report.documents} == ids
    missing = {m.id for m in report.missing}
    assert all(m.startswith("missing:") for m in missing)
    for d in report.derivations:
        assert d.derived in ids
        assert d.source in ids or d.source in missing
    for m in report.missing:
        assert set(m.members) <= ids
        assert {d.derived for d in report.derivations if d.source == m.id} == set(m.members)


def _no_member_derives_from_another(report: Report) -> None:
    above = _derives_from(report)
    for m in report.missing:
        for a, b in combinations(m.members, 2):
            assert b not in above.get(a, set()), (m.id, a, b)
            assert a not in above.get(b, set()), (m.id, b, a)


def _members_share_text(report: Report) -> None:
    shares = _shares_text(report)
    for m in report.missing:
        assert len(m.members) >= 2
        for a, b in combinations(m.members, 2):
            assert shares(a, b), (m.id, a, b)


@PROPERTY
@given(corpora())
def test_no_member_of_a_placeholder_derives_from_another(spec):
    _no_member_derives_from_another(_traced(spec)[1])


@PROPERTY
@given(corpora())
def test_members_of_a_placeholder_share_text_pairwise(spec):
    _members_share_text(_traced(spec)[1])


def test_a_twice_run_mix_puts_no_copy_under_a_placeholder_with_its_source():
    """The smallest corpus hypothesis found: a member of the placeholder also derives from another."""
    _no_member_derives_from_another(_traced(CorpusSpec(TWICE_MIXED, outlets="known", seed=612))[1])


def test_a_twice_run_mix_gives_no_placeholder_over_articles_that_share_nothing():
    """The smallest corpus hypothesis found: two originals that share no text under one placeholder."""
    _members_share_text(_traced(CorpusSpec(TWICE_MIXED, outlets="known", seed=2))[1])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora(max_articles=18), st.randoms(use_true_random=False))
def test_the_report_does_not_depend_on_corpus_order(spec, rng):
    records, report = _traced(spec)
    shuffled = records[:]
    rng.shuffle(shuffled)
    assert trace(shuffled).to_json() == report.to_json()


# ---------------------------------------------------------------- measured genealogy

#: Corpora measured for each kind of dating, drawn from seeded generators.
SAMPLE = 24


@cache
def _figures(dating: str) -> dict[str, Any]:
    rows = []
    for seed in range(SAMPLE):
        rng = random.Random(f"{dating}-{seed}")
        dates = "none" if dating == "undated" else rng.choice(("day", "full", "mixed"))
        spec = random_spec(rng, dates=dates)
        _, report = _traced(spec)
        rows.append(figures(report, build(spec)[1]))
    return total(rows)


DATINGS = ("undated", "dated")


def test_the_sample_holds_every_kind_of_genealogy():
    for dating in DATINGS:
        f = _figures(dating)
        assert f["chain_members"] >= 20 and f["sibling_pairs"] >= 10 and f["mixes"] >= 5, f


@pytest.mark.xfail(strict=False, reason=(
    "a copy whose pair with its parent is left undetermined (no credit, no date, both nearly whole) "
    "hangs on the original or under a placeholder: inheritance picks among derived pairs only"
))
@pytest.mark.parametrize("dating", DATINGS)
def test_chains_are_exact(dating):
    f = _figures(dating)
    assert f["chains_exact_share"] >= 0.95, f


@pytest.mark.xfail(strict=False, reason=(
    "where the copy's pair with its parent is undetermined, its only derived pair is to the original "
    "(C -> A), which then stands as its parent"
))
@pytest.mark.parametrize("dating", DATINGS)
def test_no_copy_points_past_its_parent_to_an_ancestor(dating):
    assert _figures(dating)["shortcuts"] == 0


@pytest.mark.xfail(strict=False, reason=(
    "siblings of an absent wire story are often directed one from the other instead of placed under "
    "one placeholder"
))
@pytest.mark.parametrize("dating", DATINGS)
def test_siblings_hang_under_one_shared_placeholder(dating):
    f = _figures(dating)
    assert f["siblings_together_share"] >= 0.95, f


@pytest.mark.xfail(strict=False, reason=(
    "siblings (of an absent source, or copies of one source) get a direct edge between them"
))
@pytest.mark.parametrize("dating", DATINGS)
def test_no_edge_between_siblings(dating):
    assert _figures(dating)["sibling_edges"] == 0


@pytest.mark.parametrize("dating", DATINGS)
def test_mixes_point_to_both_sources(dating):
    f = _figures(dating)
    assert f["mixes_right_share"] >= 0.98, f


@pytest.mark.parametrize("dating", DATINGS)
def test_no_edge_between_unrelated_stories(dating):
    assert _figures(dating)["unrelated_edges"] == 0


@pytest.mark.parametrize("dating", DATINGS)
def test_no_placeholder_spans_two_stories(dating):
    assert _figures(dating)["spanning_placeholders"] == 0


FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("dating", DATINGS)
def test_genealogy_holds_its_floors(dating):
    """What the targets above have reached so far, pinned (accuracy_floors.json) so no change loses it."""
    f = _figures(dating)
    assert f["chains_exact_share"] >= FLOORS[f"genealogy: story families, {dating} sample, chains exact share"], f
    assert f["shortcuts"] <= FLOORS["genealogy: story families, shortcuts at most"], f
