"""``python -m bench.pressroom --seed 1 --articles 300 --out /tmp/x.jsonl``: write a corpus, print its counts."""

from __future__ import annotations

import argparse
import json
import sys
import time

from bench.pressroom import generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.pressroom", description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--out", help="JSON Lines file for the records (default: none)")
    ap.add_argument("--truth", help="JSON file for the truth (parents, story, sibling pairs)")
    ap.add_argument("--check", action="store_true", help="run the consistency checks too")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    g = generate(args.seed, args.articles)
    took = time.perf_counter() - t0
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for rec in g.records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.truth:
        t = g.truth
        doc = {"story": t.story, "parents": {k: sorted(v) for k, v in t.parents.items()},
               "siblings": sorted(sorted(p) for p in t.siblings),
               "absent_siblings": sorted(sorted(p) for p in t.absent_siblings)}
        with open(args.truth, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
    print(json.dumps({**g.meta, "seconds": round(took, 2)}, indent=1))
    if args.check:
        from bench.pressroom.check import problems

        found = problems(g)
        for p in found[:30]:
            print("PROBLEM:", p)
        print(f"checks: {len(found)} problem(s)")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
