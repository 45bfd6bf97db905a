"""``python -m bench``: run every benchmark, write bench/results.json, regenerate docs/benchmarks.md.

Three sizes: ``--full`` (the default; what docs/benchmarks.md reports), ``--quick`` (subsets, a
few minutes) and ``--smoke`` (tiny, seconds: what the test suite runs so the harness never rots).
``--only`` picks benchmarks; results of benchmarks not run are kept from the existing JSON, so
``--only speed`` refreshes one section.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import ROOT, data_dir, have_data
from .report import git_state, machine, versions, write_markdown

BENCHMARKS = ("seeds", "meter", "clough", "summary", "synthetic", "incremental", "evidence", "speed")
NEEDS = {
    "meter": ("meter-courts",),
    "clough": ("clough_stevenson",),
    "summary": ("bbc_news_summary",),
    "synthetic": ("bbc_news",),
    "incremental": ("bbc_news",),
    "evidence": ("reuters21578", "meter-courts"),
    "speed": ("reuters21578", "bbc_news"),
}


def _plan(size: str) -> dict[str, Callable[[], dict[str, Any]]]:
    """The call that runs each benchmark at this size."""
    from . import clough, evidence, incremental, meter, seeds, speed, summary, synthetic

    if size == "smoke":
        return {
            "seeds": seeds.run,
            "meter": lambda: meter.run(limit=6),
            "clough": lambda: clough.run(limit=24),
            "summary": lambda: summary.run(limit=10),
            "synthetic": lambda: synthetic.run(seeds=(1,), networks=5, negatives=4),
            "incremental": lambda: incremental.run(seeds=(1,), days=(3,), networks=5, negatives=4),
            "evidence": lambda: evidence.run("smoke"),
            "speed": lambda: speed.run(sizes=(100,), repeats=1, timeout=120),
        }
    if size == "quick":
        return {
            "seeds": seeds.run,
            "meter": lambda: meter.run(limit=150),
            "clough": clough.run,
            "summary": lambda: summary.run(limit=300),
            "synthetic": lambda: synthetic.run(seeds=(1,), networks=20, negatives=20),
            "incremental": lambda: incremental.run(seeds=(1,), networks=20, negatives=20),
            "evidence": lambda: evidence.run("quick"),
            "speed": lambda: speed.run(sizes=(1000,), repeats=3),
        }
    return {
        "seeds": seeds.run,
        "meter": meter.run,
        "clough": clough.run,
        "summary": summary.run,
        "synthetic": synthetic.run,
        "incremental": incremental.run,
        "evidence": evidence.run,
        "speed": speed.run,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--quick", action="store_const", dest="size", const="quick", help="subsets, minutes")
    group.add_argument("--smoke", action="store_const", dest="size", const="smoke", help="tiny, seconds")
    parser.add_argument("--only", default=",".join(BENCHMARKS), help="comma-separated: " + ", ".join(BENCHMARKS))
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--markdown", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    size = args.size or "full"
    chosen = [b.strip() for b in args.only.split(",") if b.strip()]
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    results: dict[str, Any] = {}
    if args.json.exists() and set(chosen) != set(BENCHMARKS):
        results = json.loads(args.json.read_text(encoding="utf-8"))
    plan = _plan(size)
    results.setdefault("meta", {})
    results["meta"].update({
        "command": "python -m bench" + ("" if size == "full" else f" --{size}"),
        "size": size,
        "data": str(data_dir()),
        "versions": versions(),
        "git": git_state(),
        "machine": machine(),
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    })
    results["meta"].setdefault("seconds", {})
    for name in chosen:
        missing = [f for f in NEEDS.get(name, ()) if not have_data(f)]
        if missing:
            print(f"{name}: skipped, {data_dir()} has no {', '.join(missing)}", file=sys.stderr)
            continue
        start = time.perf_counter()
        print(f"{name}: running ({size})", file=sys.stderr, flush=True)
        results[name] = plan[name]()
        results["meta"]["seconds"][name] = round(time.perf_counter() - start, 1)
        print(f"{name}: {results['meta']['seconds'][name]} s", file=sys.stderr, flush=True)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        # In run order, not sorted: `python -m bench.report` then renders the page the run wrote.
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    write_markdown(results, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
