"""Evaluation and benchmark harness for provenance (issue #3).

Each module scores :func:`provenance.trace` on one data set and returns a JSON-ready dict;
:mod:`bench.__main__` runs them all, writes ``bench/results.json`` and regenerates
``docs/benchmarks.md`` from it. Data is read at run time from ``../shared/data`` (or the
folder named by ``PROVENANCE_DATA``) and never copied into the repository.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["DATA_ENV", "data_dir", "f1", "have_data", "prf", "read_jsonl", "stable_half"]

DATA_ENV = "PROVENANCE_DATA"
ROOT = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    """The shared data folder: ``$PROVENANCE_DATA`` if set, else ``../shared/data`` beside the repo."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else ROOT.parent / "shared" / "data"


def have_data(*folders: str) -> bool:
    """Whether the shared data folder holds every named sub-folder."""
    base = data_dir()
    return base.is_dir() and all((base / f).is_dir() for f in folders)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a JSON Lines file, one dict a line."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0 where undefined), rounded for the report."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def f1(truth: Iterable[Any], predicted: Iterable[Any], positive: Any) -> float:
    """F1 of one class from parallel label sequences."""
    pairs = list(zip(truth, predicted))
    tp = sum(1 for t, p in pairs if t == positive and p == positive)
    fp = sum(1 for t, p in pairs if t != positive and p == positive)
    fn = sum(1 for t, p in pairs if t == positive and p != positive)
    return prf(tp, fp, fn)["f1"]


def stable_half(key: str) -> int:
    """0 or 1 from a stable digest of ``key``: a fixed split that does not depend on order or hash seed."""
    import hashlib

    return hashlib.blake2b(key.encode("utf-8"), digest_size=2).digest()[0] & 1
