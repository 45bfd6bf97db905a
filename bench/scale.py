"""Scaling of ``trace`` (issue #4): Reuters-21578 with planted copies up to 100,000 articles.

Measured, each in a fresh subprocess so that peak memory belongs to that run alone. Time and
whole-tree memory come from separate runs: sampling the memory of a process tree walks every page
it maps (about 70 ms a sample at 1.7 GB), a cost that grows with the corpus and would tax the big
runs more than the small ones. Timed runs of different sizes, and local and Dask runs on the full
set, take turns, so that a slow spell of the machine falls on all alike.

- the full Reuters set with 5% planted copies, on 1 and 2 local workers and on a 2-worker Dask
  LocalCluster, with the share of planted copies found;
- 10,000, 30,000 and 100,000 articles (Reuters, planted copies, and generated variants of Reuters
  stories: lines cut, words changed, credits added) for the growth exponent from 10k to 100k;
- incremental use: 20,000 articles stored in an on-disk index, then a day of 1,000 more traced
  against it, against one trace of all 21,000;
- the naive all-pairs baseline (segment, then align every pair) against ``trace`` at 2,000 articles.
  All 2 million pairs would take most of an hour, so the baseline aligns a fixed random sample of
  pairs and its time is scaled to all pairs; the sample size is reported.

    python -m bench.scale                  # writes bench/scale.json and prints it
    python -m bench.scale --only growth    # one part; the figures of the others are kept
    python -m bench.scale --only ""        # docs/scaling.md again from bench/scale.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from .speed import TreePeak, corpus, growth_exponent, peak_rss_mb

__all__ = ["run"]

OUT = Path(__file__).resolve().parent / "scale.json"
#: Share of Reuters stories in a corpus of any size: all 19,043 stories with a body in 100,000.
STORY_SHARE = 0.19043
#: Growth sizes and how many timed fresh runs each, one of each size a round; the median run is
#: reported, and the exponent of each round beside it (100k: 2 minutes a run).
GROWTH_REPEATS = {10_000: 5, 30_000: 5, 100_000: 5}
#: Timed fresh runs of the full set on 2 local workers and on Dask, taking turns.
FULL_REPEATS = 5
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
    """The corpus of a given size (None: all Reuters stories and their planted copies).

    Every size has the make-up of the 100,000-article corpus: STORY_SHARE of it Reuters
    stories, 5% of those planted copies, the rest generated variants. Growth is then measured
    on like corpora; taking the first 10,000 stories with no variants against 100,000 mostly
    variants would measure the change in make-up (how many copies each story has) as well.
    """
    if size is None:
        return corpus(None)
    records, planted = corpus(round(size * STORY_SHARE))
    stories = [r for r in records if r["id"].startswith("r")]
    return records + _variants(stories, size - len(records)), planted


def _worker(kind: str, size: int | None, workers: int, memory: bool = False) -> dict[str, Any]:
    """One run in this (fresh) process. ``memory``: sample the whole process tree's peak memory,
    which slows the run; otherwise the tree's peak is left unmeasured (None) when it has workers."""
    from provenance import trace
    from provenance.article.segment import segment
    from provenance.pairs.align import align, prepare
    from provenance.reading.load import load

    records, planted = build(size)
    started, cpu = time.perf_counter(), _cpu_seconds()
    if kind == "incremental":
        return _incremental(records, size or 0, workers)
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
    alone = engine == "local" and workers == 1  # no worker processes: this process is the tree
    with TreePeak() if memory and not alone else nullcontext() as tree:
        report = trace(records, workers=workers, engine=engine)
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    found = {(d.derived, d.source) for d in report.derivations} | {
        (p.derived, p.source) for p in report.pairs if p.relation == "derived"
    }
    paired = {frozenset((p.a, p.b)) for p in report.pairs}
    # Exact duplicates stand for each other: a copy (or a source) identical to another article is
    # paired through its duplicate group's representative, and the report lists the group.
    twin = {m: g.representative for g in report.duplicates for m in g.members}
    paired |= {frozenset((twin.get(p.a, p.a), twin.get(p.b, p.b))) for p in report.pairs}
    planted = [(twin.get(c, c), twin.get(s, s)) for c, s in planted]
    return {
        "kind": kind, "articles": len(records), "workers": workers, "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2), "articles_per_second": round(len(records) / seconds, 1),
        "peak_rss_mb": peak_rss_mb(), "peak_tree_mb": peak_rss_mb() if alone else tree.mb if tree else None,
        "pairs": len(report.pairs), "planted": len(planted),
        "planted_paired": sum(1 for c, s in planted if frozenset((c, s)) in paired),
        "planted_derived": sum(1 for c, s in planted if (c, s) in found),
    }


#: Articles of a day traced against the stored rest, in the incremental run.
DAY = 1_000


def _incremental(records: list[dict[str, Any]], size: int, workers: int) -> dict[str, Any]:
    """A stored corpus of ``size`` - DAY articles, then a day of DAY more traced against its index,
    against one trace of all ``size``. The day is a random draw (seeded) of the corpus."""
    import tempfile

    from provenance import trace

    shuffled = sorted(records, key=lambda r: r["id"])
    random.Random(3).shuffle(shuffled)
    stored, day = shuffled[:-DAY], shuffled[-DAY:]
    with tempfile.TemporaryDirectory() as folder:
        index = Path(folder) / "index.db"
        started = time.perf_counter()
        trace(stored, index=index, workers=workers)
        storing = time.perf_counter() - started
        size_mb = index.stat().st_size / 2**20
        started = time.perf_counter()
        report = trace(day, index=index, workers=workers)
        daily = time.perf_counter() - started
    started = time.perf_counter()
    trace(shuffled, workers=workers)
    at_once = time.perf_counter() - started
    return {"kind": "incremental", "articles": size, "workers": workers, "stored": len(stored), "day": len(day),
            "seconds_storing": round(storing, 2), "index_mb": round(size_mb, 1), "seconds_day": round(daily, 2),
            "day_documents": len(report.documents), "day_pairs": len(report.pairs),
            "seconds_at_once": round(at_once, 2), "peak_rss_mb": peak_rss_mb()}


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished worker processes (user and system)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median time, with every run's seconds (and CPU seconds) beside it."""
    done = sorted((r for r in runs if "seconds" in r), key=lambda r: r["seconds"])
    if not done:
        return runs[0]
    return {**done[(len(done) - 1) // 2], "all_seconds": [r["seconds"] for r in runs if "seconds" in r],
            "all_cpu_seconds": [r["cpu_seconds"] for r in runs if "cpu_seconds" in r]}


def _with_memory(timed: dict[str, Any]) -> dict[str, Any]:
    """A timed run's figures, with the peak memory of a separate run that samples it."""
    if "seconds" not in timed or timed.get("peak_tree_mb") is not None:
        return timed
    sampled = _measure(timed["kind"], timed["size"], timed["workers"], memory=True)
    return {**timed, "peak_rss_mb": sampled.get("peak_rss_mb"), "peak_tree_mb": sampled.get("peak_tree_mb"),
            "memory_run_seconds": sampled.get("seconds")}


def _measure(kind: str, size: int | None, workers: int, memory: bool = False) -> dict[str, Any]:
    args = [sys.executable, "-m", "bench.scale", "--worker", kind, str(size or 0), str(workers)]
    done = subprocess.run(args + (["--memory"] if memory else []), capture_output=True, text=True, timeout=3600,
                          cwd=Path(__file__).resolve().parents[1])
    if done.returncode != 0:
        return {"kind": kind, "size": size, "error": done.stderr.strip().splitlines()[-1:]}
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "size": size}


def _interleaved(plan: dict[str, tuple[str, int | None, int, int]]) -> dict[str, dict[str, Any]]:
    """For each ``name: (kind, size, workers, repeats)``, the median of its timed runs, with peak memory
    from one more run. Runs take turns round by round, so a slow spell of the machine falls on all."""
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in plan}
    for round_ in range(max(repeats for *_, repeats in plan.values())):
        for name, (kind, size, workers, repeats) in plan.items():
            if round_ < repeats:
                runs[name].append(_measure(kind, size, workers))
    return {name: _with_memory(_median(r)) for name, r in runs.items()}


def _by_round(growth: list[dict[str, Any]], key: str) -> list[float]:
    """The growth exponent of each round, from the one run of every size made in that round: how
    far the machine's changing speed moves the exponent of the medians."""
    rounds = min((len(g.get(key, ())) for g in growth), default=0)
    exponents = (growth_exponent([(g["articles"], g[key][k]) for g in growth]) for k in range(rounds))
    return [e for e in exponents if e is not None]


PARTS = ("full", "dask", "growth", "naive", "incremental")


def run(parts: tuple[str, ...] = PARTS, results: dict[str, Any] | None = None) -> dict[str, Any]:
    """Measure the chosen parts, updating ``results`` (the figures of parts not run are kept)."""
    results = dict(results or {})
    if "full" in parts:
        results["full_local_1"] = _measure("trace", None, 1)
    # Local and Dask on the full set take turns, so their ratio is not a matter of when each ran.
    full = {"full_local_2": ("trace", None, 2, FULL_REPEATS)} if "full" in parts else {}
    if "dask" in parts:
        full["full_dask_2"] = ("dask", None, 2, FULL_REPEATS)
    results.update(_interleaved(full) if full else {})
    if "growth" in parts:
        sizes = _interleaved({str(n): ("trace", n, 2, repeats) for n, repeats in GROWTH_REPEATS.items()})
        growth = results["growth"] = list(sizes.values())
        results["largest_local_1"] = _measure("trace", 100_000, 1)  # no worker processes: memory of one
        pts = [(g["articles"], g["seconds"]) for g in growth if "seconds" in g]
        if len(pts) >= 2:
            results["exponent_10k_100k"] = growth_exponent(pts)
            cpu = [(g["articles"], statistics.median(g["all_cpu_seconds"])) for g in growth if g.get("all_cpu_seconds")]
            if len(cpu) >= 2:
                results["cpu_exponent_10k_100k"] = growth_exponent(cpu)
            results["exponents_by_round"] = _by_round(growth, "all_seconds")
            results["cpu_exponents_by_round"] = _by_round(growth, "all_cpu_seconds")
            pairs = [(g["articles"], g["pairs"]) for g in growth if "pairs" in g]
            results["pairs_exponent_10k_100k"] = growth_exponent(pairs)
            memory = [(g["articles"], g["peak_tree_mb"]) for g in growth if g.get("peak_tree_mb")]
            if len(memory) >= 2:
                results["memory_exponent_10k_100k"] = growth_exponent(memory)
    if "naive" in parts:
        results.pop("naive_vs_trace_2000", None)
        results["naive_vs_trace"] = []
        for size in (2_000, 10_000):
            naive = _measure("naive", size, 1)
            ours = _measure("trace", size, 1)
            if "seconds_aligning_sample" in naive and "seconds" in ours:
                per_pair = naive["seconds_aligning_sample"] / naive["sampled_pairs"]
                naive["seconds_all_pairs_estimated"] = round(
                    naive["seconds_segmenting"] + per_pair * naive["all_pairs"], 1
                )
                results["naive_vs_trace"].append({
                    "articles": size, "naive": naive, "trace": ours,
                    "speedup": round(naive["seconds_all_pairs_estimated"] / ours["seconds"], 1),
                })
    if "incremental" in parts:
        results["incremental"] = _measure("incremental", 21_000, 2)
    local, dask = results.get("full_local_2", {}), results.get("full_dask_2", {})
    if "seconds" in local and "seconds" in dask:
        results["dask_over_local"] = round(dask["seconds"] / local["seconds"], 2)
    return results


DOC = Path(__file__).resolve().parents[1] / "docs" / "scaling.md"
TARGETS_SECONDS = {"full": 60, "100k": 300}


def _n(value: Any, digits: int = 1) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, int) or (isinstance(value, float) and digits == 0):
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def markdown(results: dict[str, Any]) -> str:
    """docs/scaling.md from the results of :func:`run`."""
    lines = [
        "# Scaling", "",
        "Generated by `python -m bench.scale` from `bench/scale.json`; do not edit by hand. Machine: 2 cores,",
        "24 GiB. Each run is in a fresh process; where several were made, the median run is shown, and runs",
        "of the growth sizes take turns, as do local and Dask runs on the full set. *Peak, main* is that",
        "process's VmHWM; *peak, all* is the most that the main process and its worker processes held",
        "together (their proportional set sizes, sampled every second, so pages forked workers share with",
        "their parent count once). Sampling walks every page the processes map, which slows a big run more",
        "than a small one, so peak memory comes from one more run of each configuration with workers, and",
        "times from runs that do not sample.", "",
        "Corpora: Reuters-21578's 19,043 stories with a body; planted copies of 5% of them (a credit prefix, a",
        "word changed, the tail cut); and generated variants of Reuters stories (lines cut, words changed, a",
        f"credit), so that every size has the make-up of the 100,000-article corpus: {STORY_SHARE:.0%} stories, 5%",
        "of those planted, the rest variants. (Growth measured from the first 10,000 stories, which have no",
        "variants, to 100,000 mostly variants would also measure the change in make-up: more copies per story.)", "",
        "| corpus | engine | seconds | articles/s | peak, main | peak, all | pairs sharing text | planted found |",
        "|---|---|---|---|---|---|---|---|",
    ]
    rows = [("full_local_1", "local, 1 worker"), ("full_local_2", "local, 2 workers"),
            ("full_dask_2", "Dask LocalCluster, 2 workers")]
    runs = [(results.get(key, {}), label, "all Reuters + 5%") for key, label in rows]
    runs += [(g, "local, 2 workers", "") for g in results.get("growth", [])]
    runs.append((results.get("largest_local_1", {}), "local, 1 worker", ""))
    for r, label, what in runs:
        if "seconds" not in r:
            continue
        corpus = f"{r['articles']:,}" + (f" ({what})" if what else "")
        seconds = _n(r["seconds"])
        if len(r.get("all_seconds", ())) > 1:
            seconds += f" (median of {', '.join(_n(x) for x in r['all_seconds'])})"
        lines.append(
            f"| {corpus} | {label} | {seconds} | {_n(r['articles_per_second'], 0)} | "
            f"{_n(r['peak_rss_mb'], 0)} MB | {_n(r.get('peak_tree_mb'), 0)} MB | {r['pairs']:,} | "
            f"{r['planted_paired']} / {r['planted']} |"
        )
    lines.append("")
    if "dask_over_local" in results:
        lines.append(f"- Dask over local, same corpus and worker count: {results['dask_over_local']}×.")
    if "exponent_10k_100k" in results:
        lines.append(
            f"- Growth from 10k to 100k articles: exponent {results['exponent_10k_100k']} on time, "
            f"{results.get('pairs_exponent_10k_100k')} on the number of pairs sharing text (least-squares slopes "
            "of the logarithms)."
            + (f" On CPU time (the main process and its workers, median of the runs): "
               f"{results['cpu_exponent_10k_100k']}." if "cpu_exponent_10k_100k" in results else "")
        )
    if results.get("exponents_by_round"):
        lines.append(
            "- The exponent of each round (one run of every size, in turn): "
            f"{', '.join(_n(e, 3) for e in results['exponents_by_round'])} on time; "
            f"{', '.join(_n(e, 3) for e in results.get('cpu_exponents_by_round', []))} on CPU time. "
            "The spread is the machine's: the same runs give the same reports."
        )
    growth = [g for g in results.get("growth", []) if g.get("peak_tree_mb") and g.get("pairs")]
    if growth and "memory_exponent_10k_100k" in results:
        per = "; ".join(
            f"{_n(g['peak_tree_mb'] * 1024 / g['articles'], 0)} KB an article and "
            f"{_n(g['peak_tree_mb'] * 1024 / g['pairs'], 1)} KB a pair at {g['articles']:,}" for g in growth
        )
        lines.append(
            f"- Peak memory, all processes: {per}. Exponent {results['memory_exponent_10k_100k']} on memory from "
            "10k to 100k. The report keeps every pair, and pairs are bounded by the corpus: a shingle pairs at "
            "most `max_document_frequency` articles with each other, and one past that cap pairs each article "
            "with one anchor, so there are at most about half the cap times the corpus's shingles."
        )
    for row in results.get("naive_vs_trace", []):
        naive, ours = row["naive"], row["trace"]
        lines.append(
            f"- Naive all-pairs baseline at {row['articles']:,} articles (segment, then align every one of "
            f"{naive['all_pairs']:,} pairs): a fixed random sample of {naive['sampled_pairs']:,} pairs took "
            f"{naive['seconds_aligning_sample']} s after {naive['seconds_segmenting']} s of segmentation, about "
            f"{_n(naive['seconds_all_pairs_estimated'], 0)} s for all pairs, against {ours['seconds']} s for `trace` "
            f"on 1 worker: {row['speedup']}× the throughput."
        )
    day = results.get("incremental", {})
    if "seconds_day" in day:
        lines.append(
            f"- Incremental, 2 workers: {day['stored']:,} articles stored in an on-disk index "
            f"({day['seconds_storing']} s, {_n(day['index_mb'], 0)} MB), then a day of {day['day']:,} more traced "
            f"against it in {day['seconds_day']} s (the report holds {day['day_documents']:,} articles, the stored "
            f"ones the day shares text with among them, and {day['day_pairs']:,} pairs), against "
            f"{day['seconds_at_once']} s for one trace of all {day['articles']:,}."
        )
    lines += ["", "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    full = results.get("full_local_2", {})
    big = next((g for g in results.get("growth", []) if g.get("articles") == 100_000), {})
    one = results.get("largest_local_1", {})
    naive_2k = next((r for r in results.get("naive_vs_trace", []) if r["articles"] == 2_000), {})
    speedups = [r["speedup"] for r in results.get("naive_vs_trace", [])]
    checks = [
        ("full Reuters + 5% planted under 60 s", f"{_n(full.get('seconds'))} s on 2 workers",
         full.get("seconds", 1e9) < TARGETS_SECONDS["full"]),
        ("all planted copies found", f"{full.get('planted_paired')} of {full.get('planted')}",
         full.get("planted") is not None and full.get("planted_paired") == full.get("planted")),
        ("100,000 articles under 5 minutes", f"{_n(big.get('seconds'))} s", big.get("seconds", 1e9) < 300),
        ("... and under 4 GB", f"{_n(big.get('peak_tree_mb'), 0)} MB, all processes",
         (big.get("peak_tree_mb") or 1e9) < 4096),
        ("... on 1 worker: under 5 minutes and 4 GB",
         f"{_n(one.get('seconds'))} s, {_n(one.get('peak_tree_mb'), 0)} MB",
         one.get("seconds", 1e9) < 300 and (one.get("peak_tree_mb") or 1e9) < 4096),
        ("growth exponent 10k → 100k ≤ 1.1", str(results.get("exponent_10k_100k")),
         results.get("exponent_10k_100k", 9) <= 1.1),
        ("peak memory in proportion to the corpus (exponent ≤ 1)", str(results.get("memory_exponent_10k_100k")),
         results.get("memory_exponent_10k_100k", 9) <= 1.0),
        ("≥ 10× the naive all-pairs throughput at 2,000 articles, widening",
         " → ".join(f"{x}×" for x in speedups), bool(naive_2k) and naive_2k["speedup"] >= 10
         and speedups == sorted(speedups)),
        ("Dask LocalCluster within 1.5× of local", f"{results.get('dask_over_local')}×",
         results.get("dask_over_local", 9) <= 1.5),
    ]
    lines += [f"| {name} | {got} | {'yes' if ok else 'no'} |" for name, got, ok in checks]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "SIZE", "WORKERS"), help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated: " + ", ".join(PARTS))
    args = parser.parse_args()
    if args.worker:
        kind, size, workers = args.worker
        print(json.dumps(_worker(kind, int(size) or None, int(workers), args.memory)))
        return
    parts = tuple(p.strip() for p in args.only.split(",") if p.strip())
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"unknown part {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    previous = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    results = run(parts, previous) if parts else previous
    OUT.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    DOC.write_text(markdown(results), encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
