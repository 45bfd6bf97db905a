"""Scores on generated syndication networks (bench.generate), where the truth is exact.

For each seed the same corpus is traced twice, with publication times and without, and scored
on: direct-parent edge precision / recall / F1 (overall and per network kind), direction
accuracy on the true edges, paragraph alignment F1, operation-label accuracy (kept / modified /
moved / added / dropped, with a confusion table), retitle and credit detection F1, furniture
classification accuracy, and a calibration table (confidence bin vs share of derivations that
are true edges; a placeholder edge to a missing common source is right when the article's true
parent is missing and all the placeholder's members share it). The two baselines of
:mod:`bench.baselines` are scored on the same corpora for the metrics that apply to them.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from provenance import Report, trace

from . import prf
from .baselines import BaselineResult, difflib_baseline, ngram_baseline
from .generate import Scenario, TruthEdge, generate

__all__ = ["BINS", "evaluate", "run"]

BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)
KINDS = ("kept", "modified", "moved", "added", "dropped")


def _block_maps(report: Report, scenario: Scenario) -> tuple[dict[str, dict[int, int]], dict[str, dict[int, int]], int]:
    """Paragraph index -> block index and back, per article, from character offsets; and misses."""
    to_block: dict[str, dict[int, int]] = {}
    to_para: dict[str, dict[int, int]] = {}
    misses = 0
    by_id = scenario.by_id
    for doc in report.documents:
        _, offsets = by_id[doc.id].render()
        starts = {b.start: b.index for b in doc.blocks if b.kind != "headline"}
        to_block[doc.id] = {}
        for n, off in enumerate(offsets):
            if off in starts:
                to_block[doc.id][n] = starts[off]
            else:
                misses += 1
        to_para[doc.id] = {b: p for p, b in to_block[doc.id].items()}
        misses += len(starts) - len(to_block[doc.id])  # blocks that are no generated paragraph
    return to_block, to_para, misses


def _links(edge: TruthEdge) -> set[tuple[int, int]]:
    return {(i, j) for d, s, _ in edge.groups for i in d for j in s}


def _labels(edge: TruthEdge) -> dict[tuple[str, int], str]:
    out = {("d", i): kind for d, _, kind in edge.groups for i in d}
    out.update({("d", i): "added" for i in edge.added})
    out.update({("s", j): "dropped" for j in edge.dropped})
    return out


def _outcome(truth: bool, predicted: bool) -> str:
    """tp / fp / fn / tn of one binary decision."""
    return ("t" if truth == predicted else "f") + ("p" if predicted else "n")


def _calibration(scored: Iterable[tuple[float, bool]]) -> list[dict[str, Any]]:
    rows = []
    items = list(scored)
    for lo, hi in pairwise(BINS):
        inside = [ok for c, ok in items if lo <= c < hi]
        rows.append({
            "bin": f"{lo:.2f}-{min(hi, 1.0):.2f}",
            "derivations": len(inside),
            "right": sum(inside),
            "share_right": round(sum(inside) / len(inside), 4) if inside else None,
        })
    return rows


def evaluate(scenario: Scenario, report: Report) -> dict[str, Any]:
    """Every metric of one traced scenario (counts, so several seeds can be pooled)."""
    by_id = scenario.by_id
    truth = scenario.edges()
    true_edges = {(e.derived, e.source) for e in truth}
    in_corpus = {d.id for d in report.documents}
    predicted = {(d.derived, d.source): d for d in report.derivations if d.source in in_corpus}
    to_block, to_para, misses = _block_maps(report, scenario)
    kind_of = {a.id: a.kind for a in scenario.articles}
    out: dict[str, Any] = {"articles": len(report.documents), "true_edges": len(true_edges),
                           "predicted_edges": len(predicted), "mapping_misses": misses}
    per_kind: dict[str, Counter] = defaultdict(Counter)
    for e in true_edges:
        per_kind[kind_of[e[0]]]["tp" if e in predicted else "fn"] += 1
    for e in predicted:
        if e not in true_edges:
            k = kind_of[e[0]] if by_id[e[0]].network == by_id[e[1]].network else "cross-network"
            per_kind[k]["fp"] += 1
    out["edge_counts"] = {k: dict(v) for k, v in sorted(per_kind.items())}
    # Placeholders for a common source missing from the corpus: right when the article's true
    # parent is missing and every member of the placeholder has that same missing parent.
    orphans = {a.id: p for a in scenario.articles if a.in_corpus for p in a.parents if not by_id[p].in_corpus}
    members: dict[str, list[str]] = defaultdict(list)
    for d in report.derivations:
        if d.source not in in_corpus:
            members[d.source].append(d.derived)
    placeholder_right: dict[str, bool] = {}
    for ident, group in members.items():
        parents = {orphans.get(m) for m in group}
        placeholder_right[ident] = None not in parents and len(parents) == 1
    placed = {m for group in members.values() for m in group}
    out["missing_source"] = {
        "articles_with_missing_parent": len(orphans),
        "placed_under_placeholder": sum(1 for m in orphans if m in placed),
        "placeholders": len(members),
        "placeholders_right": sum(placeholder_right.values()),
        "placeholder_edges_wrong": sum(1 for ident, g in members.items() for m in g if m not in orphans),
    }
    pairs = {frozenset((p.a, p.b)): p for p in report.pairs}
    # Candidate recall: a true edge is paired when its two articles share a pair, or when one is
    # an exact duplicate whose group representative is paired with the other (the collapse).
    twin = {m: g.representative for g in report.duplicates for m in g.members}
    via_twin = {frozenset((twin.get(p.a, p.a), twin.get(p.b, p.b))) for p in report.pairs}
    out["pairing"] = {
        "direct": sum(1 for e in truth if frozenset((e.derived, e.source)) in pairs),
        "through_duplicate": sum(
            1 for e in truth if frozenset((e.derived, e.source)) not in pairs
            and frozenset((twin.get(e.derived, e.derived), twin.get(e.source, e.source))) in via_twin
        ),
        "true_edges": len(truth),
    }
    direction = Counter()
    align = Counter()
    labels = Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    retitle = Counter()
    credit = Counter()
    for e in truth:
        pair = pairs.get(frozenset((e.derived, e.source)))
        if pair is None:
            direction["unpaired"] += 1
        elif pair.relation != "derived":
            direction["undetermined"] += 1
        else:
            direction["right" if pair.derived == e.derived else "reversed"] += 1
        diff = report.diff(e.derived, e.source)
        bd, bs = to_block[e.derived], to_block[e.source]
        pd, ps = to_para[e.derived], to_para[e.source]
        true_links = {(bd[i], bs[j]) for i, j in _links(e) if i in bd and j in bs}
        got_links = {
            (i, j)
            for op in diff.operations
            if op.kind in ("kept", "modified", "moved")
            for i in op.derived_blocks
            for j in op.source_blocks
        }
        align["tp"] += len(true_links & got_links)
        align["fp"] += len(got_links - true_links)
        align["fn"] += len(true_links - got_links)
        got_kind: dict[tuple[str, int], str] = {}
        for op in diff.operations:
            for i in op.derived_blocks:
                if i in pd:
                    got_kind[("d", pd[i])] = op.kind
            for j in op.source_blocks:
                if j in ps and op.kind == "dropped":
                    got_kind[("s", ps[j])] = "dropped"
        for unit, kind in _labels(e).items():
            got = got_kind.get(unit, "aligned" if unit[0] == "s" else "missing")
            labels["right" if got == kind else "wrong"] += 1
            confusion[kind][got] += 1
        retitle[_outcome(e.retitled, bool(diff.title.retitled))] += 1
        credit[_outcome(e.credited, diff.credited)] += 1
    out["direction"] = dict(direction)
    out["alignment"] = dict(align)
    out["labels"] = dict(labels)
    out["confusion"] = {k: dict(v) for k, v in confusion.items()}
    out["retitle"] = dict(retitle)
    out["credit"] = dict(credit)
    out["calibration_items"] = [(d.confidence, k in true_edges) for k, d in predicted.items()] + [
        (d.confidence, placeholder_right[d.source] and d.derived in orphans)
        for d in report.derivations
        if d.source not in in_corpus
    ]
    furniture = Counter()
    for doc in report.documents:
        art = by_id[doc.id]
        for n, b in to_block[doc.id].items():
            truth_f = art.paras[n].furniture
            furniture["right" if doc.blocks[b].furniture == truth_f else "wrong"] += 1
            if truth_f and not doc.blocks[b].furniture:
                furniture["furniture_read_as_body"] += 1
            if doc.blocks[b].furniture and not truth_f:
                furniture["body_read_as_furniture"] += 1
    out["furniture"] = dict(furniture)
    return out


def evaluate_baseline(scenario: Scenario, result: BaselineResult) -> dict[str, Any]:
    """Edge, direction and paragraph-alignment counts for a baseline on one scenario."""
    truth = scenario.edges()
    true_edges = {(e.derived, e.source) for e in truth}
    out: dict[str, Any] = {
        "edges": {"tp": len(true_edges & result.edges), "fp": len(result.edges - true_edges),
                  "fn": len(true_edges - result.edges)},
    }
    direction, align = Counter(), Counter()
    for e in truth:
        key = frozenset((e.derived, e.source))
        if key not in result.directions:
            direction["unpaired"] += 1
        elif result.directions[key] is None:
            direction["undetermined"] += 1
        else:
            direction["right" if result.directions[key] == e.derived else "reversed"] += 1
        # baseline paragraphs are the generated paragraphs in order (headline line removed)
        links = result.links.get((e.derived, e.source))
        if links is None and (e.source, e.derived) in result.links:
            links = {(i, j) for j, i in result.links[(e.source, e.derived)]}
        got = set(links or ())
        true_links = _links(e)
        align["tp"] += len(true_links & got)
        align["fp"] += len(got - true_links)
        align["fn"] += len(true_links - got)
    out["direction"] = dict(direction)
    out["alignment"] = dict(align)
    return out


def _pool(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Pooled counts over seeds, turned into the reported rates."""

    def total(key: str) -> Counter:
        c: Counter = Counter()
        for r in runs:
            c.update(r[key])
        return c

    edges = Counter()
    per_kind: dict[str, Counter] = defaultdict(Counter)
    for r in runs:
        for k, v in r["edge_counts"].items():
            per_kind[k].update(v)
            edges.update(v)
    direction, align, labels = total("direction"), total("alignment"), total("labels")
    retitle, credit, furniture = total("retitle"), total("credit"), total("furniture")
    confusion: dict[str, Counter] = defaultdict(Counter)
    for r in runs:
        for k, v in r["confusion"].items():
            confusion[k].update(v)
    items = [tuple(x) for r in runs for x in r["calibration_items"]]
    missing: Counter = Counter()
    for r in runs:
        missing.update(r["missing_source"])
    high = [ok for c, ok in items if c >= 0.9]
    decided = direction["right"] + direction["reversed"]
    pairing = total("pairing")
    return {
        "articles": sum(r["articles"] for r in runs),
        "true_edges": sum(r["true_edges"] for r in runs),
        "edges": prf(edges["tp"], edges["fp"], edges["fn"]),
        "edges_by_kind": {
            k: {**prf(v["tp"], v["fp"], v["fn"])} for k, v in sorted(per_kind.items())
        },
        "direction": {
            **dict(direction),
            "accuracy_decided": round(direction["right"] / decided, 4) if decided else None,
            "accuracy_all_true_edges": round(direction["right"] / max(sum(direction.values()), 1), 4),
        },
        "alignment": prf(align["tp"], align["fp"], align["fn"]),
        "labels": {
            "accuracy": round(labels["right"] / max(sum(labels.values()), 1), 4),
            "units": sum(labels.values()),
            "confusion": {k: dict(confusion[k]) for k in KINDS if k in confusion},
        },
        "retitle": prf(retitle["tp"], retitle["fp"], retitle["fn"]),
        "credit": prf(credit["tp"], credit["fp"], credit["fn"]),
        "furniture": {**dict(furniture),
                      "accuracy": round(furniture["right"] / max(furniture["right"] + furniture["wrong"], 1), 4)},
        "calibration": _calibration(items),
        "share_right_at_0.9": round(sum(high) / len(high), 4) if high else None,
        "missing_source": dict(missing),
        "mapping_misses": sum(r["mapping_misses"] for r in runs),
        "pairing": {**pairing, "recall": round(
            (pairing["direct"] + pairing["through_duplicate"]) / max(pairing["true_edges"], 1), 4
        )},
    }


def _pool_baseline(runs: list[dict[str, Any]]) -> dict[str, Any]:
    edges, direction, align = Counter(), Counter(), Counter()
    for r in runs:
        edges.update(r["edges"])
        direction.update(r["direction"])
        align.update(r["alignment"])
    decided = direction["right"] + direction["reversed"]
    return {
        "edges": prf(edges["tp"], edges["fp"], edges["fn"]),
        "direction": {**dict(direction),
                      "accuracy_decided": round(direction["right"] / decided, 4) if decided else None,
                      "accuracy_all_true_edges": round(direction["right"] / max(sum(direction.values()), 1), 4)},
        "alignment": prf(align["tp"], align["fp"], align["fn"]),
    }


def run(seeds: tuple[int, ...] = (1, 2, 3), networks: int = 40, negatives: int = 40) -> dict[str, Any]:
    """Generate, trace and score each seed's corpus, dated and undated, pooling the counts over seeds."""
    results: dict[str, Any] = {"seeds": list(seeds), "networks_per_seed": networks,
                               "negatives_per_seed": negatives}
    for dated in (True, False):
        mine, base_a, base_b = [], [], []
        seconds = 0.0
        for seed in seeds:
            scenario = generate(seed, networks, negatives)
            corpus = scenario.corpus(dated=dated)
            start = time.perf_counter()
            report = trace(corpus)
            seconds += time.perf_counter() - start
            mine.append(evaluate(scenario, report))
            base_a.append(evaluate_baseline(scenario, difflib_baseline(corpus)))
            base_b.append(evaluate_baseline(scenario, ngram_baseline(corpus)))
        key = "dated" if dated else "undated"
        results[key] = {
            "provenance": _pool(mine),
            "difflib_date": _pool_baseline(base_a),
            "ngram5": _pool_baseline(base_b),
            "trace_seconds": round(seconds, 2),
        }
    return results
