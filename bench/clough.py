"""Clough & Stevenson short answers: does the share we call kept / modified order cut > light > heavy > non?

Each answer is traced with its Wikipedia source text; the diff of answer against source gives
the share of the answer's body that came from the source (``coverage``: kept + modified) and
the share in blocks kept verbatim. A threshold classifier on coverage assigns the four classes;
its thresholds are fitted on four of the five tasks and applied to the fifth (leave one task
out), so no answer is classified by thresholds fitted on it.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from statistics import mean, median
from typing import Any

from provenance import trace

from . import data_dir, read_jsonl
from .baselines import grams

__all__ = ["run"]

ORDER = ("cut", "light", "heavy", "non")


def _predict(value: float, cuts: tuple[float, float, float]) -> str:
    for label, cut in zip(ORDER, cuts):
        if value >= cut:
            return label
    return "non"


def _fit(rows: list[dict[str, Any]], feature: str) -> tuple[float, float, float]:
    grid = [k / 25 for k in range(26)]
    best, best_acc = (1.0, 1.0, 1.0), -1.0
    for a in grid:
        for b in (g for g in grid if g <= a):
            for c in (g for g in grid if g <= b):
                acc = sum(_predict(r[feature], (a, b, c)) == r["label"] for r in rows)
                if acc > best_acc:
                    best, best_acc = (a, b, c), acc
    return best


def _loto(rows: list[dict[str, Any]], feature: str) -> dict[str, Any]:
    right = right_binary = 0
    for task in sorted({r["task"] for r in rows}):
        cuts = _fit([r for r in rows if r["task"] != task], feature)
        for r in rows:
            if r["task"] == task:
                got = _predict(r[feature], cuts)
                right += got == r["label"]
                right_binary += (got == "non") == (r["label"] == "non")
    return {
        "accuracy_4class": round(right / len(rows), 4),
        "accuracy_copied_vs_non": round(right_binary / len(rows), 4),
    }


def run(limit: int | None = None) -> dict[str, Any]:
    """Per-class kept / modified shares, whether they order the classes, and a threshold classifier."""
    base = data_dir() / "clough_stevenson"
    docs = {d["doc_id"]: d for d in read_jsonl(base / "docs.jsonl")}
    pairs = list(read_jsonl(base / "pairs.jsonl"))
    if limit:
        pairs = pairs[:limit]
    rows = []
    for p in pairs:
        src, ans = docs[p["source_id"]], docs[p["derived_id"]]
        report = trace([{"id": "source", "text": src["text"]}, {"id": "answer", "text": ans["text"]}])
        diff = report.diff("answer", "source")
        doc = report.document("answer")
        body_chars = sum(len(b.text) for b in doc.body) or 1
        kept = sum(len(doc.blocks[i].text) for op in diff.operations if op.kind == "kept" for i in op.derived_blocks)
        pair = report.pairs[0] if report.pairs else None
        g_ans, g_src = grams(ans["text"]), grams(src["text"])
        rows.append({
            "id": p["derived_id"], "task": src.get("task") or p["source_id"][-1], "label": p["label"],
            "coverage": diff.coverage, "kept": round(kept / body_chars, 4),
            "paired": pair is not None,
            "direction_right": bool(pair and pair.relation == "derived" and pair.derived == "answer"),
            "ngram5": len(g_ans & g_src) / max(len(g_ans), 1),
        })
    by_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_class[r["label"]].append(r)
    per_class = {
        c: {
            "n": len(by_class[c]),
            "mean_coverage": round(mean(r["coverage"] for r in by_class[c]), 4),
            "median_coverage": round(median(r["coverage"] for r in by_class[c]), 4),
            "mean_kept": round(mean(r["kept"] for r in by_class[c]), 4),
            "paired": sum(r["paired"] for r in by_class[c]),
            "derived_from_source": sum(r["direction_right"] for r in by_class[c]),
            "mean_ngram5": round(mean(r["ngram5"] for r in by_class[c]), 4),
        }
        for c in ORDER
        if by_class[c]
    }
    means = [per_class[c]["mean_coverage"] for c in ORDER if c in per_class]
    kept = [per_class[c]["mean_kept"] for c in ORDER if c in per_class]
    return {
        "answers": len(rows),
        "per_class": per_class,
        "ordered_by_mean_coverage": all(a > b for a, b in pairwise(means)),
        "ordered_by_mean_kept": all(a > b for a, b in pairwise(kept)),
        "classifier_coverage": _loto(rows, "coverage") if len(rows) >= 20 else None,
        "baseline_ngram5": _loto(rows, "ngram5") if len(rows) >= 20 else None,
        "rows": rows,
    }
