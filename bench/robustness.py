"""Cost of the hostile cases of issue #7: a footer shared by thousands, identical articles, huge documents.

    python -m bench.robustness            # full sizes (about a minute on two cores)
    python -m bench.robustness --quick    # the smaller sizes only

Each case is traced at growing sizes, ``--repeat`` times each (3 by default), and the median
wall time printed, with the ratio of time to the previous size against the ratio of sizes:
a ratio near the size ratio is linear growth, near its square is quadratic. The exponent is the
least-squares slope of log(seconds) against log(size). Alignments counts the article pairs the
pipeline aligned, the work that used to grow quadratically. The corpora are made up (seeded),
so the benchmark needs no data; the figures in docs/robustness.md come from this script.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Callable
from statistics import median
from typing import Any

import provenance.pipeline as pipeline
from provenance import trace
from provenance.errors import DocumentTooLargeError

__all__ = ["CASES", "main", "measure"]

FOOTER = (
    "Copyright 2024 The Daily Example. All rights reserved. Subscribe to our newsletter for the news "
    "every morning, and follow us on social media for breaking stories."
)
_VOCABULARY = [f"{w}{n}" for w in ("council", "river", "budget", "court", "storm", "market") for n in range(500)]


def _story(seed: int, paragraphs: int = 5) -> str:
    rng = random.Random(seed)
    return "\n\n".join(" ".join(rng.choice(_VOCABULARY) for _ in range(24)) + "." for _ in range(paragraphs))


def footer_corpus(n: int) -> list[dict[str, Any]]:
    """``n`` distinct stories that all end with the same footer."""
    return [{"id": f"d{k:05d}", "text": _story(k) + "\n\n" + FOOTER} for k in range(n)]


def identical_corpus(n: int) -> list[dict[str, Any]]:
    """``n`` copies of one story, as a wire story run unchanged by ``n`` sites."""
    text = _story(1)
    return [{"id": f"d{k:05d}", "text": text} for k in range(n)]


def long_line_corpus(chars: int) -> list[dict[str, Any]]:
    """One paragraph of ``chars`` characters without a line break, and a copy with one word changed."""
    rng = random.Random(chars)
    words = " ".join(rng.choice(_VOCABULARY) for _ in range(chars // 8))[:chars].split()[:-1]
    source = " ".join(words)
    words[len(words) // 2] = "CHANGED"
    return [{"id": "source", "text": source}, {"id": "copy", "text": " ".join(words)}]


def many_blocks_corpus(blocks: int) -> list[dict[str, Any]]:
    """An article of ``blocks`` short paragraphs, and a copy with one paragraph changed."""
    rng = random.Random(blocks)
    paras = [" ".join(rng.choice(_VOCABULARY) for _ in range(8)) + "." for _ in range(blocks)]
    source = "\n\n".join(paras)
    paras[len(paras) // 2] = "A changed paragraph."
    return [{"id": "source", "text": source}, {"id": "copy", "text": "\n\n".join(paras)}]


#: name -> (corpus maker, full sizes, quick sizes, what the size counts)
CASES: dict[str, tuple[Callable[[int], list[dict[str, Any]]], tuple[int, ...], tuple[int, ...], str]] = {
    "shared footer": (footer_corpus, (625, 1250, 2500, 5000), (250, 500, 1000), "articles"),
    "identical articles": (identical_corpus, (250, 500, 1000, 2000), (125, 250, 500), "articles"),
    "one long line": (long_line_corpus, (25_000, 50_000, 100_000, 200_000), (25_000, 50_000, 100_000), "chars"),
    "many paragraphs": (many_blocks_corpus, (312, 625, 1250, 2500), (250, 500, 1000), "paragraphs"),
}


def measure(corpus: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    """Median seconds of ``trace(corpus)`` over ``repeat`` runs, and what the trace found."""
    calls = 0
    real = pipeline.align

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    times = []
    pipeline.align = counting  # type: ignore[assignment]
    try:
        for _ in range(repeat):
            calls = 0
            start = time.perf_counter()
            report = trace(corpus)
            times.append(time.perf_counter() - start)
    finally:
        pipeline.align = real  # type: ignore[assignment]
    return {
        "seconds": median(times),
        "documents": len(report.documents),
        "pairs": len(report.pairs),
        "alignments": calls,
        "duplicate_groups": len(report.duplicates),
        "boilerplate_shingles": report.boilerplate_shingles,
    }


#: Documents beyond the default limits, and how long it takes to refuse them.
REFUSED: dict[str, Callable[[], list[dict[str, Any]]]] = {
    "10 MB article without line breaks": lambda: [{"id": "huge", "text": "word " * 2_000_000}],
    "100,000 one-word paragraphs": lambda: [{"id": "many", "text": "\n\n".join(f"w{n}" for n in range(100_000))}],
    "20,000 one-word lines (max_blocks)": lambda: [{"id": "ps", "text": "\n".join(f"W{n}." for n in range(20_000))}],
}


def refusal_seconds(corpus: list[dict[str, Any]], repeat: int) -> float:
    """Median seconds for ``trace`` to refuse a corpus with a DocumentTooLargeError."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            trace(corpus)
        except DocumentTooLargeError:
            times.append(time.perf_counter() - start)
        else:
            raise AssertionError("the corpus was expected to be refused")
    return median(times)


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) against log(size): 1 is linear, 2 quadratic."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.robustness", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the median is reported")
    parser.add_argument("--only", default="", help="comma-separated case names (default: all)")
    args = parser.parse_args(argv)
    chosen = [c.strip() for c in args.only.split(",") if c.strip()] or list(CASES)
    for name in chosen:
        make, full, quick, unit = CASES[name]
        sizes = list(quick if args.quick else full)
        print(f"\n{name} (median of {args.repeat})")
        print(f"{unit:>10} {'seconds':>9} {'x time':>7} {'x size':>7} {'pairs':>6} {'aligned':>8} {'dup groups':>10}")
        seconds = []
        for n, size in enumerate(sizes):
            row = measure(make(size), args.repeat)
            seconds.append(row["seconds"])
            ratio = f"{row['seconds'] / seconds[n - 1]:7.2f}" if n else f"{'':>7}"
            grow = f"{size / sizes[n - 1]:7.2f}" if n else f"{'':>7}"
            print(f"{size:>10,} {row['seconds']:9.3f} {ratio} {grow} {row['pairs']:>6} {row['alignments']:>8} "
                  f"{row['duplicate_groups']:>10}")
            sys.stdout.flush()
        print(f"growth exponent: {exponent(sizes, seconds):.2f}")
    print(f"\nrefused beyond the limits (median of {args.repeat})")
    for name, corpus in REFUSED.items():
        print(f"{name:>40}: {refusal_seconds(corpus(), args.repeat):.3f} s to a DocumentTooLargeError")
    return 0


if __name__ == "__main__":
    sys.exit(main())
