"""BBC News Summary: every extractive summary must come out derived from its article.

Each summary is traced with its article. The truth is sentence level: an article sentence is in
the summary when its text appears there (the summaries are article sentences run together).
The prediction is read from the diff of summary against article in two ways:

- block level: every sentence of an article paragraph that the diff aligns (kept, modified,
  moved) is called kept, the sentences of dropped paragraphs dropped;
- word level: a sentence is called kept when at least half of its characters lie in the equal
  runs of the word edits of an aligned group (or in a kept block).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from provenance import Report, trace

from . import data_dir, prf, read_jsonl

__all__ = ["run"]

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"'”’]?|$)")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if e - s >= 15:
            out.append((s, e))
    return out


def _kept_chars(report: Report) -> tuple[set[int], set[int]]:
    """Article character offsets in aligned blocks, and in equal word runs, per the diff."""
    art = report.document("article")
    diff = report.diff("summary", "article")
    block_level: set[int] = set()
    word_level: set[int] = set()
    for op in diff.operations:
        if op.kind not in ("kept", "modified", "moved"):
            continue
        chars = [n for j in op.source_blocks for n in range(art.blocks[j].start, art.blocks[j].end)]
        block_level.update(chars)
        if op.kind == "kept":
            word_level.update(chars)
            continue
        sig = [n for n in chars if not art.text[n].isspace()]
        pos = 0
        for e in op.edits:
            count = sum(1 for c in e.source if not c.isspace())
            if e.op == "equal":
                word_level.update(sig[pos : pos + count])
            pos += count
    return block_level, word_level


def run(limit: int | None = None) -> dict[str, Any]:
    """Direction, and sentence-level precision / recall of kept sentences, over the summary pairs."""
    base = data_dir() / "bbc_news_summary"
    docs = {d["doc_id"]: d for d in read_jsonl(base / "docs.jsonl")}
    pairs = list(read_jsonl(base / "pairs.jsonl"))
    if limit:
        pairs = pairs[:: max(1, len(pairs) // limit)][:limit]
    direction: Counter = Counter()
    counts: Counter = Counter()
    for p in pairs:
        article, summary = docs[p["source_id"]], docs[p["derived_id"]]
        report = trace([
            {"id": "article", "title": article["title"], "text": article["text"]},
            {"id": "summary", "text": summary["text"]},
        ])
        pair = report.pairs[0] if report.pairs else None
        if pair is None:
            direction["unpaired"] += 1
        elif pair.relation != "derived":
            direction["undetermined"] += 1
        else:
            direction["right" if pair.derived == "summary" else "reversed"] += 1
        block_level, word_level = _kept_chars(report)
        squashed = re.sub(r"\s+", "", summary["text"])
        art = report.document("article")
        for b in art.blocks:
            if b.kind == "headline":
                continue
            raw = art.text[b.start : b.end]
            for s, e in _sentences(raw):
                truth = re.sub(r"\s+", "", raw[s:e]) in squashed
                span = range(b.start + s, b.start + e)
                sig = [n for n in span if not art.text[n].isspace()]
                for name, got in (
                    ("block", b.start + s in block_level),
                    ("word", sum(1 for n in sig if n in word_level) * 2 >= max(len(sig), 1)),
                ):
                    counts[f"{name}_{'t' if truth == got else 'f'}{'p' if got else 'n'}"] += 1
    total = sum(direction.values())
    out: dict[str, Any] = {
        "pairs": total,
        "direction": {**dict(direction), "derived_from_article": round(direction["right"] / max(total, 1), 4)},
    }
    for name in ("block", "word"):
        c = {k.split("_")[-1]: v for k, v in counts.items() if k.startswith(name + "_")}
        out[f"sentences_{name}_level"] = prf(c.get("tp", 0), c.get("fp", 0), c.get("fn", 0))
    return out
