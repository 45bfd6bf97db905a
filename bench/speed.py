"""Speed and memory of ``trace`` (and the baselines) on Reuters-21578 with planted copies.

Each measurement runs in a fresh subprocess (``python -m bench.speed --worker ...``) so that peak
resident memory (VmHWM of /proc/self/status) belongs to that one run: the worker loads the stories, plants
copies of 5% of them (a "Reuters –" credit, a word changed, the tail cut; seeded), and times one call.
Sizes are the first 1,000 and 10,000 stories with a body and all of them; the smaller sizes are
run several times and the median reported. The growth exponent is the least-squares slope of
log(seconds) against log(articles).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from statistics import median
from typing import Any

from . import ROOT, data_dir, read_jsonl

__all__ = ["TreePeak", "corpus", "peak_rss_mb", "run"]

COPY_SHARE = 0.05
OUTLETS = ("Gulf Times", "Metro Herald", "Daily Courier", "Lagos Tribune")


def corpus(size: int | None, seed: int = 7) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The first ``size`` Reuters stories with a body, plus planted copies; and the planted (copy, source) pairs."""
    stories = []
    for d in read_jsonl(data_dir() / "reuters21578" / "docs.jsonl"):
        if d["text"].strip():
            stories.append(
                {"id": f"r{d['doc_id']}", "title": d["title"] or None, "text": d["text"], "outlet": "Reuters"}
            )
            if size and len(stories) >= size:
                break
    rng = random.Random(seed)
    planted = []
    for n, s in enumerate(rng.sample(stories, k=max(1, int(len(stories) * COPY_SHARE)))):
        lines = s["text"].split("\n")
        keep = lines[: max(3, int(len(lines) * rng.uniform(0.6, 1.0)))]
        text = re.sub(r"\bsaid\b", "says", "\n".join(keep), count=1)
        planted.append({"id": f"copy{n}-{s['id']}", "title": s["title"], "text": f"Reuters – {text.lstrip()}",
                        "outlet": OUTLETS[n % len(OUTLETS)]})
    return stories + planted, [(p["id"], p["id"].split("-", 1)[1]) for p in planted]


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB: VmHWM from /proc, else ru_maxrss.

    ru_maxrss is not used first because Linux carries the parent's peak over fork and exec, so a
    worker started from a big benchmark process would report the parent's memory.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _descendants(pid: int) -> list[int]:
    """This process and every process below it, from /proc's children lists."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text(encoding="ascii").split()]
            except (OSError, ValueError):
                continue
    return out


def _pss_kb(pid: int) -> int:
    """Proportional set size of one process (shared pages split among their sharers), in kB."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii").splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class TreePeak:
    """Peak memory of this process and all its worker processes together, sampled in a thread.

    Each sample sums the proportional set size (PSS) of the process tree, so pages that forked
    workers share with their parent count once. ``mb`` is None where /proc is missing.
    """

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me = os.getpid()
        while True:
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _descendants(me)))
            if self._stop.wait(self.interval):
                return

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def mb(self) -> float | None:
        return round(self.peak_kb / 1024, 1) if self.peak_kb else None


def _worker(system: str, size: int | None) -> dict[str, Any]:
    records, planted = corpus(size)
    before = peak_rss_mb()
    start = time.perf_counter()
    pairs = found = 0
    if system == "provenance":
        from provenance import trace

        report = trace(records)
        pairs = len(report.pairs)
        got = {(d.derived, d.source) for d in report.derivations}
        found = sum(1 for p in planted if p in got)
    else:
        from .baselines import difflib_baseline, ngram_baseline

        result = (ngram_baseline if system == "ngram5" else difflib_baseline)(records)
        pairs = len(result.directions)
        found = sum(1 for c, s in planted if frozenset((c, s)) in result.directions)
    seconds = time.perf_counter() - start
    return {"articles": len(records), "seconds": seconds, "pairs": pairs, "planted": len(planted),
            "planted_found": found, "peak_rss_mb": peak_rss_mb(), "rss_before_mb": before}


def _measure(system: str, size: int | None, timeout: float) -> dict[str, Any] | None:
    cmd = [sys.executable, "-m", "bench.speed", "--worker", system, "--size", str(size or 0)]
    try:
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def growth_exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(value) against log(articles); None with fewer than two sizes."""
    if len(points) < 2:
        return None
    xs = [math.log(a) for a, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den, 3) if den else None


def run(sizes: tuple[int | None, ...] = (1000, 10000, None), repeats: int = 3, timeout: float = 900,
        systems: tuple[str, ...] = ("provenance", "ngram5", "difflib")) -> dict[str, Any]:
    """Median seconds, articles/s, peak RSS and per-pair time for each system and size (None = all)."""
    out: dict[str, Any] = {"copy_share": COPY_SHARE, "repeats": repeats, "systems": {}}
    for system in systems:
        rows = []
        for size in sizes if system != "difflib" else sizes[:1]:  # difflib takes about a minute per 1k
            times, last = [], None
            runs = repeats if size is not None and size <= 10000 else 1
            for _ in range(runs):
                got = _measure(system, size, timeout)
                if got is None:
                    break
                times.append(got["seconds"])
                last = got
            if last is None:
                rows.append({"size": size or "all", "finished": False, "timeout_s": timeout})
                break  # larger sizes would not finish either
            sec = median(times)
            rows.append({
                "size": size or "all", "finished": True, "articles": last["articles"], "runs": len(times),
                "median_seconds": round(sec, 3), "all_seconds": [round(t, 3) for t in times],
                "articles_per_second": round(last["articles"] / sec, 1), "peak_rss_mb": last["peak_rss_mb"],
                "rss_before_mb": last["rss_before_mb"], "pairs": last["pairs"],
                "ms_per_pair": round(1000 * sec / last["pairs"], 3) if last["pairs"] else None,
                "planted": last["planted"], "planted_found": last["planted_found"],
            })
        done = [(r["articles"], r["median_seconds"]) for r in rows if r.get("finished")]
        out["systems"][system] = {"rows": rows, "growth_exponent": growth_exponent(done)}
    prov = {r["size"]: r for r in out["systems"].get("provenance", {}).get("rows", []) if r.get("finished")}
    for system, data in out["systems"].items():
        for r in data["rows"]:
            mine = prov.get(r["size"])
            if r.get("finished") and mine and system != "provenance":
                r["seconds_vs_provenance"] = round(r["median_seconds"] / mine["median_seconds"], 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", choices=("provenance", "ngram5", "difflib"), required=True)
    parser.add_argument("--size", type=int, default=0, help="stories to load; 0 for all")
    args = parser.parse_args()
    print(json.dumps(_worker(args.worker, args.size or None)))


if __name__ == "__main__":
    main()
