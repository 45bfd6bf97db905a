"""Self-check: ``python -m bench.copydesk --stories 30 --seed 1``.

Builds a corpus, prints counts per kind, runs the truth consistency checks, shows a few records, builds it a
second time and confirms the two are identical. Exits non-zero when a check fails. ``--out FILE`` also writes
``{"records": ..., "truth": ...}`` as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time

from .generate import build, check, intended
from .kinds import KINDS


def _table(records: list[dict], truth: dict) -> list[str]:
    kind_of = {rid: truth["kind"][key] for rid, key in truth["story"].items()}
    stories: dict[str, set[str]] = {k: set() for k in KINDS}
    for key, kind in truth["kind"].items():
        stories[kind].add(key.split(".")[0])
    rows = ["kind            stories  records  edges  absent (named/unnamed)"]
    for k in KINDS:
        recs = sum(1 for r in records if kind_of[r["id"]] == k)
        edges = sum(1 for c, _ in truth["edges"] if kind_of[c] == k)
        named = sum(1 for c, a in truth["absent"] if kind_of[c] == k and a)
        unnamed = sum(1 for c, a in truth["absent"] if kind_of[c] == k and not a)
        rows.append(f"{k:<15} {len(stories[k]):>7}  {recs:>7}  {edges:>5}  {named:>6} / {unnamed}")
    return rows


def _samples(records: list[dict], truth: dict, n: int) -> list[str]:
    kind_of = {rid: truth["kind"][key] for rid, key in truth["story"].items()}
    parents: dict[str, list[str]] = {}
    for c, p in truth["edges"]:
        parents.setdefault(c, []).append(p)
    absent = dict((c, a) for c, a in truth["absent"])
    out: list[str] = []
    seen: list[str] = []
    if n <= 0:
        return out
    for rec in records:
        k = kind_of[rec["id"]]
        if k in seen:
            continue
        seen.append(k)
        lineage = (f"copies {', '.join(parents[rec['id']])}" if rec["id"] in parents
                   else f"ran an absent wire story (credited: {absent[rec['id']]})" if rec["id"] in absent
                   else "no parent in the corpus")
        meta = ", ".join(f"{key}={rec[key]!r}" for key in ("outlet", "url", "published") if key in rec)
        out += ["", f"[{rec['id']}] story {truth['story'][rec['id']]} ({k}); {lineage}",
                f"  title: {rec['title']}", f"  {meta or '(no outlet, url or date)'}"]
        body = rec["text"][:700] + (" ..." if len(rec["text"]) > 700 else "")
        out += textwrap.indent(body, "  | ").splitlines()
        if len(seen) >= n:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.copydesk", description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dated", choices=("auto", "yes", "no"), default="auto")
    ap.add_argument("--samples", type=int, default=3)
    ap.add_argument("--out", help="write the corpus and its truth to this JSON file")
    args = ap.parse_args(argv)
    dated = {"auto": None, "yes": True, "no": False}[args.dated]

    t0 = time.perf_counter()
    records, truth, built = build(args.stories, args.seed, dated=dated)
    secs = time.perf_counter() - t0
    print(f"copydesk: {args.stories} stories, seed {args.seed}, dated={args.dated}: "
          f"{len(records)} records in {secs:.1f} s")
    print()
    print("\n".join(_table(records, truth)))
    n = len(records)
    has = {k: sum(1 for r in records if k in r) for k in ("outlet", "url", "published")}
    neither = sum(1 for r in records if "outlet" not in r and "url" not in r)
    print(f"\nrecords with outlet {has['outlet']}/{n}, url {has['url']}/{n}, neither {neither}/{n}, "
          f"dated {has['published']}/{n}; edges {len(truth['edges'])}, absent-wire copies {len(truth['absent'])}")

    problems = check(records, truth) + intended(built)
    print("truth checks:", "OK" if not problems else f"{len(problems)} problem(s)")
    for p in problems[:20]:
        print("  -", p)
    again, truth2, _ = build(args.stories, args.seed, dated=dated)
    same = json.dumps([records, truth], sort_keys=True) == json.dumps([again, truth2], sort_keys=True)
    print("second build identical:", "yes" if same else "NO")
    print("\n".join(_samples(records, truth, args.samples)))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump({"records": records, "truth": truth}, fh, ensure_ascii=False, indent=1)
        print(f"\nwrote {args.out}")
    return 0 if same and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
