"""Incremental tracing against one trace of everything, on generated syndication networks.

A newsroom traces each day's articles against an on-disk candidate index of the days before
(``trace(day, index=path)``). Each generated corpus is cut by publication time into ``days``
consecutive days, traced day by day into a fresh index, and the union of the daily reports is
compared with one trace of the whole corpus: the derivations (direct edges) and the pairs that
share text. A common source missing from the corpus is named for one of its members, which may
arrive on a later day, so edges to such placeholders are compared by the source's kind
(``missing:pa``), not its generated name. Also reported: derivations against the truth, and the
time of all the daily traces against the one trace.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from provenance import Report, trace

from .generate import generate

__all__ = ["run"]


def _edges(report: Report) -> set[tuple[str, str]]:
    return {(d.derived, d.source.rsplit(":", 1)[0] if d.source.startswith("missing:") else d.source)
            for d in report.derivations}


def _pairs(report: Report) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in report.pairs}


def run(seeds: tuple[int, ...] = (1, 2, 3), days: tuple[int, ...] = (2, 5, 20), networks: int = 40,
        negatives: int = 40) -> dict[str, Any]:
    """Per number of days: edges and pairs of the daily reports against one trace, pooled over seeds."""
    rows = {n: {"days": n, "edges_at_once": 0, "edges_daily": 0, "edges_agreed": 0, "pairs_at_once": 0,
                "pairs_daily": 0, "pairs_agreed": 0, "true_edges": 0, "true_edges_daily": 0,
                "seconds_at_once": 0.0, "seconds_daily": 0.0} for n in days}
    articles = 0
    for seed in seeds:
        scenario = generate(seed, networks, negatives)
        corpus = sorted(scenario.corpus(dated=True), key=lambda r: (r["published"], r["id"]))
        articles += len(corpus)
        truth = {(e.derived, e.source) for e in scenario.edges()}
        start = time.perf_counter()
        whole = trace(corpus)
        at_once = time.perf_counter() - start
        for n in days:
            row = rows[n]
            edges, pairs = set(), set()
            with tempfile.TemporaryDirectory() as folder:
                index = Path(folder) / "index.db"
                start = time.perf_counter()
                for k in range(n):
                    report = trace(corpus[k * len(corpus) // n : (k + 1) * len(corpus) // n], index=index)
                    edges |= _edges(report)
                    pairs |= _pairs(report)
                row["seconds_daily"] += time.perf_counter() - start
            row["seconds_at_once"] += at_once
            row["edges_at_once"] += len(_edges(whole))
            row["edges_daily"] += len(edges)
            row["edges_agreed"] += len(edges & _edges(whole))
            row["pairs_at_once"] += len(_pairs(whole))
            row["pairs_daily"] += len(pairs)
            row["pairs_agreed"] += len(pairs & _pairs(whole))
            row["true_edges"] += len(truth)
            row["true_edges_daily"] += len(truth & edges)
    for row in rows.values():
        row["seconds_at_once"] = round(row["seconds_at_once"], 2)
        row["seconds_daily"] = round(row["seconds_daily"], 2)
        row["identical"] = row["edges_agreed"] == row["edges_at_once"] == row["edges_daily"] and (
            row["pairs_agreed"] == row["pairs_at_once"] == row["pairs_daily"]
        )
    return {"seeds": list(seeds), "networks_per_seed": networks, "negatives_per_seed": negatives,
            "articles": articles, "rows": list(rows.values())}
