"""Self-check of the beatdesk family: ``python -m bench.beatdesk``.

Generates seeds 1 to 3 at 200 and 2,000 articles and asserts what any corpus of the family must
hold: unique ids, parents that exist (or are ABSENT), no cycle, sibling pairs of existing ids, the
story of every article, byte-identical output on a second run, and a size near the one asked for.
It then runs :func:`provenance.trace` once (seed 1, 300 articles) to show the records are accepted.
It prints counts of the case kinds only; it never scores the tracer.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from bench.genealogy import ABSENT, Truth

from . import KINDS, corpus

__all__ = ["check_corpus", "main"]

SEEDS = (1, 2, 3)
SIZES = (200, 2000)
TRACE_SEED, TRACE_SIZE = 1, 300


def _acyclic(parents: dict[str, frozenset[str]]) -> bool:
    """True when following parents from any article never comes back to it."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    for start in sorted(parents):
        stack = [(start, iter(sorted(parents[start] - {ABSENT})))]
        state[start] = 1
        while stack:
            node, pending = stack[-1]
            nxt = next(pending, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return False
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(sorted(parents[nxt] - {ABSENT}))))
    return True


def _fingerprint(records: list[dict[str, Any]], truth: Truth, about: dict[str, Any]) -> str:
    """Everything a corpus holds as one canonical JSON string (sets sorted), to compare two runs."""
    return json.dumps({
        "records": records,
        "story": truth.story,
        "parents": {k: sorted(v) for k, v in sorted(truth.parents.items())},
        "siblings": sorted(sorted(p) for p in truth.siblings),
        "absent_siblings": sorted(sorted(p) for p in truth.absent_siblings),
        "about": about,
    }, sort_keys=True, ensure_ascii=False)


def check_corpus(records: list[dict[str, Any]], truth: Truth, about: dict[str, Any], articles: int) -> None:
    """Assert the invariants of one corpus; raises AssertionError naming the first that fails."""
    ids = [r["id"] for r in records]
    known = set(ids)
    assert len(ids) == len(known), "ids are not unique"
    assert all(isinstance(r.get("text"), str) and r["text"].strip() for r in records), "a record has no text"
    assert abs(len(records) - articles) <= max(2, articles // 10), f"{len(records)} records for {articles} asked"
    assert set(truth.parents) == known, "parents do not cover exactly the records"
    assert set(truth.story) == known, "story does not cover exactly the records"
    for ident, ps in truth.parents.items():
        assert ident not in ps, f"{ident} is its own parent"
        assert ps <= known | {ABSENT}, f"{ident} has a parent that is neither an article nor ABSENT"
    assert _acyclic(truth.parents), "the parents have a cycle"
    for pair in truth.siblings | truth.absent_siblings:
        assert len(pair) == 2 and pair <= known, f"sibling pair {sorted(pair)} names a missing article"
    assert truth.absent_siblings <= truth.siblings, "an absent-sibling pair is not a sibling pair"
    for pair in truth.absent_siblings:
        assert all(truth.parents[x] == frozenset({ABSENT}) for x in pair), "absent siblings with a parent present"
    related = truth.related()
    for ident, ps in truth.parents.items():
        for p in ps - {ABSENT}:
            assert related[ident] == related[p], f"{ident} and its parent {p} are in unrelated stories"
    for pair in truth.absent_siblings:
        a, b = sorted(pair)
        assert truth.story[a] == truth.story[b], f"absent siblings {a} and {b} have different stories"
    assert sum(about[k] for k in KINDS) == len(records), "the kinds do not add up to the records"


def _line(about: dict[str, Any]) -> str:
    kinds = " ".join(f"{k}={about[k]}" for k in KINDS)
    extra = " ".join(f"{k}={about[k]}" for k in ("release_absent", "wire_absent", "agency_report_absent",
                                                  "absent_sibling_pairs", "stock_paragraph_uses", "footer_lines"))
    return f"{kinds} | {extra}"


def main() -> int:
    """Run every check; print counts of the case kinds; 0 when all pass."""
    for articles in SIZES:
        for seed in SEEDS:
            start = time.perf_counter()
            first = corpus(seed, articles)
            seconds = time.perf_counter() - start
            check_corpus(*first, articles)
            again = corpus(seed, articles)
            assert _fingerprint(*first) == _fingerprint(*again), f"seed {seed} at {articles} is not deterministic"
            about = first[2]
            print(f"seed {seed} articles {about['articles']} ({seconds:.1f}s): events={about['events']} "
                  f"beats={about['beats']} {_line(about)}")
    from provenance import trace

    records, _, _ = corpus(TRACE_SEED, TRACE_SIZE)
    start = time.perf_counter()
    report = trace(records)
    print(f"trace ran on seed {TRACE_SEED} at {TRACE_SIZE} articles: {len(report.documents)} documents read "
          f"in {time.perf_counter() - start:.1f}s")
    print("beatdesk: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
