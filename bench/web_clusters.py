"""Real outlets' pages, every pair labelled: ``python -m bench.web_clusters``. For measuring only.

Each cluster of ``../shared/data/web-clusters`` is traced from its saved pages (text and URL, no
other metadata) and each labelled pair scored: copies and rewrites found in the right direction or reversed,
siblings joined by a direct edge (they should hang under a common source), and unrelated pairs
(label "none": nothing shared beyond quotes or facts) called derived. Nothing in the library was fitted or
tuned on this set.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from provenance import trace

from . import data_dir, have_data

__all__ = ["run"]


def run() -> dict[str, Any]:
    """Counts over every labelled pair of every cluster."""
    if not have_data("web-clusters"):
        return {"skipped": "../shared/data/web-clusters is missing"}
    base = data_dir() / "web-clusters"
    labels = json.loads((base / "labels.json").read_text(encoding="utf-8"))
    c: Counter = Counter()
    for event in sorted(labels):
        info = labels[event]
        records = [
            {"id": name, "text": (base / event / name).read_text(encoding="utf-8"), "url": meta.get("url")}
            for name, meta in sorted(info["articles"].items()) if (base / event / name).exists()
        ]
        report = trace(records)
        derived = {(p.derived, p.source) for p in report.pairs if p.relation == "derived"}
        direct = {(d.derived, d.source) for d in report.derivations}
        for rel in info["relations"]:
            a, b, label = rel["a"], rel["b"], rel["label"]
            if "copies" in label:  # "B copies A": b derived from a
                c["copies"] += 1
                c["copies_right"] += (b, a) in derived
                c["copies_reversed"] += (a, b) in derived
            elif label == "siblings":
                c["siblings"] += 1
                c["siblings_direct_edge"] += (a, b) in direct or (b, a) in direct
            elif label == "rewrite":  # "b paraphrases a": a derivation too, told apart as a rewrite
                c["rewrites"] += 1
                c["rewrites_right"] += (b, a) in derived
                c["rewrites_reversed"] += (a, b) in derived
            else:
                c["unrelated"] += 1
                c["unrelated_called_derived"] += (a, b) in derived or (b, a) in derived
    return dict(sorted(c.items()))


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
