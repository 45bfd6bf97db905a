"""Credit detection on the held-out newsroom family: ``python -m bench.credits_held_out [SEED]``.

Each article of :func:`bench.newsroom.credit_set` is read as a user's record would be and
segmented; its predicted credit is the first name it credits that is not its own outlet.
Prints precision, recall and F1 of the credited name (a wrong name counts against both).
"""

from __future__ import annotations

import sys
from collections import Counter

from provenance.article.outlets import outlet_key
from provenance.article.segment import segment
from provenance.reading.load import load

from . import prf


def run(n: int = 600, seed: int = 5) -> dict[str, float]:
    from .newsroom import credit_set

    counts: Counter = Counter()
    for r in credit_set(n, seed):
        record = {k: v for k, v in r.items() if k in ("id", "title", "text", "outlet", "url") and v is not None}
        article = segment(next(iter(load([record]))))
        own = outlet_key(article.outlet) if article.outlet else None
        got = next((outlet_key(c.name) for c in article.credits if outlet_key(c.name) != own), None)
        truth = outlet_key(r["credited"]) if r.get("credited") else None
        counts["tp"] += bool(truth) and got == truth
        counts["fp"] += bool(got) and got != truth
        counts["fn"] += bool(truth) and got != truth
    return prf(counts["tp"], counts["fp"], counts["fn"])


if __name__ == "__main__":
    print(run(seed=int(sys.argv[1]) if len(sys.argv) > 1 else 5))
