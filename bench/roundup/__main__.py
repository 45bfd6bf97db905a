"""python -m bench.roundup: build corpora for seeds 1-3 at 300 and 2,000 articles and run the self-checks."""

from __future__ import annotations

import sys
import time
from collections import Counter

from bench import have_data

from .cases import SHARE
from .check import check, same
from .generator import build


def main() -> int:
    if not have_data("bbc_news", "reuters21578"):
        print("skipped: shared data folder with bbc_news/ and reuters21578/ not found")
        return 0
    failed = 0
    for articles in (300, 2000):
        for seed in (1, 2, 3):
            start = time.perf_counter()
            records, truth, notes = build(seed, articles)
            took = time.perf_counter() - start
            problems = check(records, truth, notes, articles)
            if not same((records, truth), build(seed, articles)[:2]):
                problems.append("two builds with the same seed differ")
            missing = [k for k in SHARE if not notes["stories"][k]]
            if articles >= 300 and missing:
                problems.append(f"kinds missing: {missing}")
            print(f"seed {seed}, {articles} asked: {len(records)} records in {took:.1f}s; "
                  f"{len(truth['edges'])} edges, {len(truth['absent'])} absent, "
                  f"{len(set(truth['story'].values()))} story keys")
            for kind in SHARE:
                made = notes["articles"][kind]
                print(f"  {kind:12s} {notes['stories'][kind]:4d} stories {made:5d} articles "
                      f"({made / len(records):5.1%}, target {SHARE[kind]:.0%})")
            roles = Counter(n["role"] for n in notes["records"].values())
            print("  roles: " + ", ".join(f"{r} {c}" for r, c in sorted(roles.items())))
            for p in problems[:15]:
                print("  PROBLEM:", p)
            if len(problems) > 15:
                print(f"  ... and {len(problems) - 15} more problems")
            failed += bool(problems)
    print("all checks passed" if not failed else f"{failed} corpora failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
