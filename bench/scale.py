"""Scaling of ``trace`` (issue #4): Reuters-21578 with planted copies up to 100,000 articles.

Measured, each in a fresh subprocess so that peak memory belongs to that run alone:

- the full Reuters set with 5% planted copies, on 1 and 2 local workers and on a 2-worker Dask
  LocalCluster, with the share of planted copies found;
- 10,000, 30,000 and 100,000 articles (Reuters, planted copies, and generated variants of Reuters
  stories: lines cut, words changed, credits added) for the growth exponent from 10k to 100k;
- the naive all-pairs baseline (segment, then align every pair) against ``trace`` at 2,000 articles.
  All 2 million pairs would take most of an hour, so the baseline aligns a fixed random sample of
  pairs and its time is scaled to all pairs; the sample size is reported.

    python -m bench.scale            # writes bench/scale.json and prints a table
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .speed import corpus, peak_rss_mb

__all__ = ["run"]

OUT = Path(__file__).resolve().parent / "scale.json"
#: Pairs aligned by the naive baseline, a fixed random sample of all pairs.
NAIVE_SAMPLE = 20_000


def _variants(stories: list[dict[str, Any]], count: int, seed: int = 11) -> list[dict[str, Any]]:
    """Generated variants of Reuters stories: cut, lightly edited, credited; seeded."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        s = stories[rng.randrange(len(stories))]
        lines = s["text"].split("\n")
        start = rng.randrange(max(1, len(lines) // 4))
        keep = lines[start : start + max(3, int(len(lines) * rng.uniform(0.4, 1.0)))]
        words = " ".join(keep).split(" ")
        for _ in range(rng.randint(0, 3)):
            if words:
                words[rng.randrange(len(words))] = rng.choice(("reported", "stated", "noted", "added"))
        out.append({"id": f"v{n}-{s['id']}", "title": s["title"], "text": "(Reuters) - " + " ".join(words),
                    "outlet": f"Outlet {n % 97}"})
    return out


def build(size: int | None) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The corpus of a given size (None: all Reuters stories and their planted copies)."""
    records, planted = corpus(None if size is None or size > 21_000 else size)
    if size is not None and size > len(records):
        stories = [r for r in records if r["id"].startswith("r")]
        records = records + _variants(stories, size - len(records))
    return records, planted


def _worker(kind: str, size: int | None, workers: int) -> dict[str, Any]:
    from provenance import trace
    from provenance.align import align, prepare
    from provenance.load import load
    from provenance.segment import segment

    records, planted = build(size)
    started = time.perf_counter()
    if kind == "naive":
        articles = [segment(a) for a in load(records)]
        prepared = [prepare(a) for a in articles]
        segmented = time.perf_counter() - started
        n = len(prepared)
        rng = random.Random(5)
        total = n * (n - 1) // 2
        sample = min(NAIVE_SAMPLE, total)
        for _ in range(sample):
            i, j = sorted(rng.sample(range(n), 2))
            align(prepared[i], prepared[j])
        aligning = time.perf_counter() - started - segmented
        return {"kind": kind, "articles": n, "sampled_pairs": sample, "all_pairs": total,
                "seconds_segmenting": round(segmented, 2), "seconds_aligning_sample": round(aligning, 2),
                "peak_rss_mb": peak_rss_mb()}
    engine = "dask" if kind == "dask" else "local"
    report = trace(records, workers=workers, engine=engine)
    seconds = time.perf_counter() - started
    found = {(d.derived, d.source) for d in report.derivations} | {
        (p.derived, p.source) for p in report.pairs if p.relation == "derived"
    }
    paired = {frozenset((p.a, p.b)) for p in report.pairs}
    # An exact duplicate of the source is as good a source: the copy pairs with its group's representative.
    twin = {m: g.representative for g in report.duplicates for m in g.members}
    paired |= {frozenset((twin.get(p.a, p.a), twin.get(p.b, p.b))) for p in report.pairs}
    planted = [(c, twin.get(s, s)) for c, s in planted]
    return {
        "kind": kind, "articles": len(records), "workers": workers, "seconds": round(seconds, 2),
        "articles_per_second": round(len(records) / seconds, 1), "peak_rss_mb": peak_rss_mb(),
        "pairs": len(report.pairs), "planted": len(planted),
        "planted_paired": sum(1 for c, s in planted if frozenset((c, s)) in paired),
        "planted_derived": sum(1 for c, s in planted if (c, s) in found),
    }


def _measure(kind: str, size: int | None, workers: int) -> dict[str, Any]:
    args = [sys.executable, "-m", "bench.scale", "--worker", kind, str(size or 0), str(workers)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=3600,
                          cwd=Path(__file__).resolve().parents[1])
    if done.returncode != 0:
        return {"kind": kind, "size": size, "error": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> dict[str, Any]:
    results: dict[str, Any] = {}
    results["full_local_1"] = _measure("trace", None, 1)
    results["full_local_2"] = _measure("trace", None, 2)
    results["full_dask_2"] = _measure("dask", None, 2)
    growth = [_measure("trace", n, 2) for n in (10_000, 30_000, 100_000)]
    results["growth"] = growth
    pts = [(g["articles"], g["seconds"]) for g in growth if "seconds" in g]
    if len(pts) >= 2:
        xs, ys = [math.log(a) for a, _ in pts], [math.log(s) for _, s in pts]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        results["exponent_10k_100k"] = round(
            sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs), 3
        )
    naive = _measure("naive", 2000, 1)
    ours = _measure("trace", 2000, 1)
    if "seconds_aligning_sample" in naive and "seconds" in ours:
        per_pair = naive["seconds_aligning_sample"] / naive["sampled_pairs"]
        naive["seconds_all_pairs_estimated"] = round(naive["seconds_segmenting"] + per_pair * naive["all_pairs"], 1)
        results["naive_vs_trace_2000"] = {
            "naive": naive, "trace": ours,
            "speedup": round(naive["seconds_all_pairs_estimated"] / ours["seconds"], 1),
        }
    if "seconds" in results["full_local_2"] and "seconds" in results["full_dask_2"]:
        results["dask_over_local"] = round(results["full_dask_2"]["seconds"] / results["full_local_2"]["seconds"], 2)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "SIZE", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, size, workers = args.worker
        print(json.dumps(_worker(kind, int(size) or None, int(workers))))
        return
    results = run()
    OUT.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
