"""Self-check: ``python -m bench.wiredesk --stories 30 --seed 1``.

Builds a corpus, prints how many stories and records each kind produced plus a few overall
counts, and verifies the truth against the records. Exits non-zero on any inconsistency.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from .check import problems, summary
from .generate import build


def main(argv: list[str] | None = None) -> int:
    """Run the self-check; returns the process exit status."""
    ap = argparse.ArgumentParser(prog="python -m bench.wiredesk", description=__doc__)
    ap.add_argument("--stories", type=int, default=30, help="number of scenarios to draw")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    records, truth, articles = build(args.stories, args.seed)
    again, truth2, _ = build(args.stories, args.seed)
    print(f"{'kind':<22}{'story keys':>11}{'records':>9}")
    for kind, (n_st, n_rec) in summary(records, truth).items():
        print(f"{kind:<22}{n_st:>11}{n_rec:>9}")
    credited = Counter(name for _, name in truth["absent"])
    print(f"records {len(records)}  edges {len(truth['edges'])}  absent {len(truth['absent'])} "
          f"(credited: {', '.join(f'{k}={v}' for k, v in sorted(credited.items(), key=str))})")
    print(f"outlet unknown {sum(1 for r in records if not r.get('outlet'))}  "
          f"no date {sum(1 for r in records if 'published' not in r)}  "
          f"no url {sum(1 for r in records if 'url' not in r)}")
    found = problems(records, truth, articles)
    if again != records or truth2 != truth:
        found.append("two builds with the same seed differ")
    for p in found:
        print("PROBLEM:", p)
    print("consistent" if not found else f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
