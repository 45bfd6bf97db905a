"""Build bulletin corpora for seeds 1-3 at 300 and 2,000 articles, check them and print their counts.

    python -m bench.bulletin                 # seeds 1-3 at 300 and 2,000 articles
    python -m bench.bulletin --seeds 1 --articles 2000 --json

Exits non-zero when a check fails: ids unique, every id of the truth a record, no cycle among edges,
story keys consistent (a copy shares its parent's key, a mix its main source's), every edge backed
by shared text, no page dated before its source, every real text used as a story or as extra text
only (never both) and behind one story key only, no body paragraph of 25 words or more printed by
two unrelated pages, and the same seed building byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from .checks import node_problems, problems, source_problems, stray_paragraphs, stray_runs, summary
from .generator import corpus, corpus_and_nodes


def main(argv: list[str] | None = None) -> int:
    """Build, check and count; print a report; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bench.bulletin", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="1,2,3", help="comma-separated seeds (default 1,2,3)")
    parser.add_argument("--articles", default="300,2000", help="comma-separated sizes (default 300,2000)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)
    failed = False
    report = []
    for articles in [int(a) for a in args.articles.split(",")]:
        for seed in [int(s) for s in args.seeds.split(",")]:
            start = time.perf_counter()
            records, given, desk = corpus_and_nodes(seed, articles)
            seconds = time.perf_counter() - start
            issues = problems(records, given) + node_problems(desk) + source_problems(desk)
            issues += stray_paragraphs(desk, given)
            again = corpus(seed, articles)
            if json.dumps(again, sort_keys=True) != json.dumps((records, given), sort_keys=True):
                issues.append("the same seed built different output")
            counts = summary(records, given, desk)
            counts.update(seed=seed, seconds=round(seconds, 2), problems=issues[:10],
                          stray=dict(stray_runs(desk)))
            report.append(counts)
            failed |= bool(issues)
            if not args.json:
                _print(counts)
    if args.json:
        print(json.dumps(report, indent=1))
    print("FAILED" if failed else "all checks passed", file=sys.stderr)
    return 1 if failed else 0


def _print(c: dict) -> None:
    print(f"seed {c['seed']}: {c['records']} records in {c['seconds']} s, {c['stories']} stories, "
          f"{c['edges']} edges, absent {c['absent']}, {c['multi-source pages']} multi-source pages, "
          f"longest chain {c['longest chain']}, shown {c['shown']}")
    print("  cases: " + ", ".join(f"{k} {v}" for k, v in c["cases"].items()))
    print("  kinds: " + ", ".join(f"{k} {v}" for k, v in c["kinds"].items()))
    if c["stray"]:
        print("  ten-word runs shared by unrelated stories: " + ", ".join(f"{k} {v}" for k, v in c["stray"].items()))
    for issue in c["problems"]:
        print("  PROBLEM: " + issue)


if __name__ == "__main__":
    sys.exit(main())
