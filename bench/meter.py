"""METER (court reporting): is each newspaper article wholly, partially or not derived from PA copy?

Each newspaper article is traced with the Press Association texts of its day (its own story's
PA candidates and, as distractors, every other PA story of that date). Its class is read from
the report with two thresholds on one feature of the newspaper article:

- ``directed``: the largest coverage of the article by a PA text it is reported derived from;
- ``shared``: the largest share of the article found in any PA text, directed or not.

Thresholds (and which feature) are calibrated on a fixed half of the articles (a digest of the
id) to maximise macro-F1, and reported on the other half and on all. The baselines get the same
treatment with their own feature: 5-gram containment of the article in any PA text of the day,
and, on the story's PA candidates only, difflib paragraph share and text-matcher's token share.

On the 355 phrase-annotated articles, tokens (white-space words of the newspaper text) are
labelled by the annotators' verbatim / rewrite / new spans (character offsets into
``annotated_text``, mapped onto the text through its non-space characters) and compared with the
words our diffs report as coming from PA: whole blocks of kept, modified and moved operations
(block level), or only the words inside equal and replaced runs (word level).
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from typing import Any

from provenance import Report, trace

from . import data_dir, f1, prf, read_jsonl, stable_half
from .baselines import _difflib_links, grams, paragraphs, text_matcher_share

__all__ = ["classify", "pa_by_day", "run"]

CLASSES = ("wholly-derived", "partially-derived", "non-derived")
PUBLISHED_MACRO_F1 = 0.664  # Clough et al., ACL 2002


def _record(doc: dict[str, Any]) -> dict[str, Any]:
    out = {"id": doc["doc_id"], "text": doc["text"], "outlet": doc["source"]}
    if doc["source"] == "PA" and doc.get("title"):
        out["title"] = doc["title"]
    return out


def pa_by_day(docs: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """The ids of the PA texts of each day: what each newspaper article is traced with."""
    out: dict[str, list[str]] = defaultdict(list)
    for d in docs.values():
        if d["source"] == "PA":
            out[d["date"]].append(d["doc_id"])
    return out


def classify(value: float, low: float, high: float) -> str:
    """wholly at or above ``high``, partially at or above ``low``, else non-derived."""
    return CLASSES[0] if value >= high else CLASSES[1] if value >= low else CLASSES[2]


def _scores(truth: list[str], predicted: list[str]) -> dict[str, Any]:
    per_class = {c: f1(truth, predicted, c) for c in CLASSES}
    binary_t = ["derived" if t != CLASSES[2] else "non" for t in truth]
    binary_p = ["derived" if p != CLASSES[2] else "non" for p in predicted]
    return {
        "n": len(truth),
        "macro_f1": round(sum(per_class.values()) / 3, 4),
        "per_class_f1": per_class,
        "accuracy": round(sum(t == p for t, p in zip(truth, predicted)) / max(len(truth), 1), 4),
        "derived_f1": f1(binary_t, binary_p, "derived"),
        "derived_vs_non_macro_f1": round((f1(binary_t, binary_p, "derived") + f1(binary_t, binary_p, "non")) / 2, 4),
    }


def _calibrate(rows: list[dict[str, Any]], feature: str) -> tuple[float, float, float]:
    """Thresholds maximising macro-F1 on the calibration rows; returns (low, high, macro_f1)."""
    grid = [k / 100 for k in range(0, 101)]
    truth = [r["label"] for r in rows]
    best = (0.0, 0.0, -1.0)
    for low in grid:
        for high in grid:
            if high < low:
                continue
            pred = [classify(r[feature], low, high) for r in rows]
            score = _scores(truth, pred)["macro_f1"]
            if score > best[2]:
                best = (low, high, score)
    return best


def _evaluate_feature(rows: list[dict[str, Any]], feature: str) -> dict[str, Any]:
    calib = [r for r in rows if r["half"] == 0]
    low, high, calib_f1 = _calibrate(calib, feature)
    out: dict[str, Any] = {"feature": feature, "low": low, "high": high, "calibration_macro_f1": calib_f1}
    for name, subset in (("held_out", [r for r in rows if r["half"] == 1]), ("all", rows)):
        out[name] = _scores([r["label"] for r in subset], [classify(r[feature], low, high) for r in subset])
    return out


def _sig_map(annotated: str, text: str) -> dict[int, int]:
    """Index of each significant (non-space) character of ``annotated`` in ``text``'s significant chars."""
    a = [c for c in annotated if not c.isspace() and ord(c) >= 32]
    b = [c for c in text if not c.isspace() and ord(c) >= 32]
    if a == b:
        return {k: k for k in range(len(a))}
    out = {}
    for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            out[block.a + k] = block.b + k
    return out


def _significant_positions(text: str) -> list[int]:
    return [n for n, c in enumerate(text) if not c.isspace() and ord(c) >= 32]


def _predicted_chars(report: Report, ident: str, pa: set[str]) -> tuple[set[int], set[int], set[int], set[int]]:
    """Character offsets (into the newspaper text) we call derived / modified, by block and by word."""
    doc = report.document(ident)
    block_derived: set[int] = set()
    block_modified: set[int] = set()
    word_derived: set[int] = set()
    word_modified: set[int] = set()
    for p in report.pairs:
        if p.relation != "derived" or p.derived != ident or p.source not in pa:
            continue
        diff = report.diff(ident, p.source)
        for op in diff.operations:
            if op.kind not in ("kept", "modified", "moved") or op.furniture:
                continue
            chars = [n for i in op.derived_blocks for n in range(doc.blocks[i].start, doc.blocks[i].end)]
            block_derived.update(chars)
            if op.kind != "kept":
                block_modified.update(chars)
            if op.kind == "kept":
                word_derived.update(chars)
                continue
            # walk the word edits over the significant characters of the group's derived text
            sig = [n for n in chars if not doc.text[n].isspace() and ord(doc.text[n]) >= 32]
            pos = 0
            for e in op.edits:
                count = sum(1 for c in e.derived if not c.isspace() and ord(c) >= 32)
                span = sig[pos : pos + count]
                pos += count
                if e.op in ("equal", "replace"):
                    word_derived.update(span)
                if e.op == "replace":
                    word_modified.update(span)
    return block_derived, block_modified, word_derived, word_modified


def _span_scores(report: Report, ident: str, pa: set[str], annotated: dict[str, Any], counts: Counter) -> None:
    text = report.document(ident).text
    sig_pos = _significant_positions(text)
    mapping = _sig_map(annotated["annotated_text"], text)
    label_of_sig: dict[int, str] = {}
    a_sig = 0
    ann = annotated["annotated_text"]
    types = [""] * len(ann)
    for s in annotated["spans"]:
        for k in range(s["start"], min(s["end"], len(ann))):
            types[k] = s["type"]
    for k, c in enumerate(ann):
        if not c.isspace() and ord(c) >= 32:
            if a_sig in mapping:
                label_of_sig[mapping[a_sig]] = types[k]
            a_sig += 1
    char_label = {sig_pos[s]: t for s, t in label_of_sig.items() if s < len(sig_pos)}
    bd, bm, wd, wm = _predicted_chars(report, ident, pa)
    start = None
    tokens: list[tuple[int, int]] = []
    for n, c in enumerate(text + " "):
        if c.isspace():
            if start is not None:
                tokens.append((start, n))
                start = None
        elif start is None:
            start = n
    for s, e in tokens:
        labels = Counter(char_label[n] for n in range(s, e) if n in char_label)
        if not labels:
            continue
        truth = labels.most_common(1)[0][0]
        middle = (s + e - 1) // 2
        for name, pred, positive in (
            ("block_derived", bd, ("verbatim", "rewrite")),
            ("block_modified", bm, ("rewrite",)),
            ("word_derived", wd, ("verbatim", "rewrite")),
            ("word_modified", wm, ("rewrite",)),
        ):
            t, p = truth in positive, middle in pred
            counts[f"{name}_{'t' if t == p else 'f'}{'p' if p else 'n'}"] += 1


def run(limit: int | None = None) -> dict[str, Any]:
    """Trace every newspaper article with its day's PA copy and score classes, direction and spans."""
    base = data_dir() / "meter-courts"
    docs = {d["doc_id"]: d for d in read_jsonl(base / "docs.jsonl")}
    articles = list(read_jsonl(base / "articles.jsonl"))
    spans = {s["doc_id"]: s for s in read_jsonl(base / "spans.jsonl")}
    if limit:
        articles = articles[:: max(1, len(articles) // limit)][:limit]
    pa_of_day = pa_by_day(docs)
    pa_grams = {i: grams(docs[i]["text"]) for ids in pa_of_day.values() for i in ids}
    rows: list[dict[str, Any]] = []
    direction: Counter = Counter()
    span_counts: Counter = Counter()
    seconds = 0.0
    tm_available = text_matcher_share("a b c d e f", "a b c d e f") is not None
    for art in articles:
        ident = art["doc_id"]
        pa = sorted(set(pa_of_day[art["date"]]))
        corpus = [_record(docs[ident])] + [_record(docs[i]) for i in pa]
        start = time.perf_counter()
        report = trace(corpus)
        seconds += time.perf_counter() - start
        pa_set = set(pa)
        directed = shared = 0.0
        found_derived = False
        for p in report.pairs:
            if ident not in (p.a, p.b):
                continue
            other = p.b if p.a == ident else p.a
            share = p.share_a if p.a == ident else p.share_b
            shared = max(shared, share)
            if p.relation == "derived":
                if p.derived == ident:
                    found_derived = True
                    directed = max(directed, report.diff(ident, other).coverage)
                    direction["newspaper_derived_from_pa"] += 1
                else:
                    direction["pa_derived_from_newspaper"] += 1
            else:
                direction["undetermined"] += 1
        words = grams(docs[ident]["text"])
        ngram = max((len(words & pa_grams[i]) / max(len(words), 1) for i in pa), default=0.0)
        cands = art["pa_candidates"]
        np_paras = paragraphs(_record(docs[ident]))
        np_len = sum(len(x) for x in np_paras) or 1
        diff_share = 0.0
        tm_share = 0.0
        for c in cands:
            links = _difflib_links(np_paras, paragraphs(_record(docs[c])))
            diff_share = max(diff_share, sum(len(np_paras[i]) for i, _, _ in links) / np_len)
            if tm_available:
                got = text_matcher_share(docs[ident]["text"], docs[c]["text"])
                tm_share = max(tm_share, got[0] if got else 0.0)
        label = art["label"]
        if label != CLASSES[2]:
            direction["derived_articles"] += 1
            direction["derived_articles_found_derived"] += int(found_derived)
        rows.append({"id": ident, "label": label, "half": stable_half(ident), "directed": directed,
                     "shared": shared, "ngram5": ngram, "difflib": diff_share, "text_matcher": tm_share})
        if ident in spans:
            _span_scores(report, ident, pa_set, spans[ident], span_counts)
    features = {f: _evaluate_feature(rows, f) for f in ("directed", "shared")}
    best = max(features.values(), key=lambda v: v["calibration_macro_f1"])
    decided = direction["newspaper_derived_from_pa"] + direction["pa_derived_from_newspaper"]
    spans_out = {}
    for name in ("block_derived", "block_modified", "word_derived", "word_modified"):
        c = {k.split("_")[-1]: v for k, v in span_counts.items() if k.startswith(name + "_")}
        spans_out[name] = prf(c.get("tp", 0), c.get("fp", 0), c.get("fn", 0))
    baselines = {"ngram5": _evaluate_feature(rows, "ngram5"), "difflib_candidates": _evaluate_feature(rows, "difflib")}
    if tm_available:
        baselines["text_matcher_candidates"] = _evaluate_feature(rows, "text_matcher")
    return {
        "articles": len(rows),
        "labels": dict(Counter(r["label"] for r in rows)),
        "calibration_half": "articles whose id digest is even (bench.stable_half == 0)",
        "calibration_articles": sum(1 for r in rows if r["half"] == 0),
        "provenance": best,
        "provenance_features": features,
        "direction": {
            **dict(direction),
            "accuracy": round(direction["newspaper_derived_from_pa"] / decided, 4) if decided else None,
        },
        "spans": {"articles": sum(1 for r in rows if r["id"] in spans), **spans_out},
        "baselines": baselines,
        "published_macro_f1": PUBLISHED_MACRO_F1,
        "trace_seconds": round(seconds, 2),
        "rows": rows,
    }
