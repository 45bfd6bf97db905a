"""``python -m bench.syndicate --seed 1 --articles 500``: build a corpus, summarise it, check it.

Prints one line per kind of article, one line of totals, the result of :func:`~.check.check` and the
time taken; ``--show N`` also prints N articles with their true parents, ``--out FILE`` writes the
records as JSON Lines.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from .check import check
from .generator import corpus


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 when the check finds problems)."""
    ap = argparse.ArgumentParser(prog="python -m bench.syndicate", description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--show", type=int, default=0, help="print this many articles with their parents")
    ap.add_argument("--out", type=Path, help="write the records here as JSON Lines")
    args = ap.parse_args(argv)

    began = time.perf_counter()
    records, truth, meta = corpus(args.seed, args.articles)
    took = time.perf_counter() - began
    for kind, row in meta["kinds"].items():
        print(f"{kind:<12} {row['articles']:>5} articles  {row['absent_parent']:>4} from a missing source  "
              f"{row['dated']:>5} dated  {row['mean_words']:>4} words on average")
    print(f"{'total':<12} {meta['articles']:>5} articles  {meta['stories']} stories  "
          f"{meta['absent_sources']} missing sources  {meta['sibling_pairs']} sibling pairs "
          f"({meta['absent_sibling_pairs']} of a missing source)  depth {meta['max_depth']}  "
          f"{'dated' if meta['params']['dated'] else 'undated'} corpus")
    problems = check(records, truth)
    print(f"check: {'ok' if not problems else f'{len(problems)} problems'}; built in {took:.2f} s")
    for line in problems[:20]:
        print("  " + line)
    if args.show:
        rng = random.Random(args.seed)
        for rec in rng.sample(records, min(args.show, len(records))):
            print("=" * 100)
            meta_keys = {k: v for k, v in rec.items() if k != "text"}
            print(json.dumps(meta_keys, ensure_ascii=False))
            print(f"story {truth.story[rec['id']]}  parents {sorted(truth.parents[rec['id']])}")
            print("-" * 100)
            print(rec["text"])
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for rec in records:
                handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
