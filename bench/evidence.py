"""Reading the evidence on text nobody here wrote: credits, footers, outlets unknown, METER unlabelled.

Four measurements, each on data the rules were not written from:

- **credits**: credit detection on the held-out credit set of :mod:`bench.field` (its forms come from
  a wider list than ``tests/test_credits.py`` uses, written from a brief by someone who did not read
  the library). An article's predicted credit is the first name it credits that is not its own outlet.
- **footers**: unrelated stories of two or three outlets that end with their site's footer lines
  (:mod:`bench.field`, kind ``unrelated_footers``) at 2, 12 and 200 articles: every pair is false.
- **unknown outlet**: originals with no outlet, no URL and no self-credit, and copies that credit the
  agency, keep part of the lines, swap words and add a footer: how many copies come out derived
  from their original, on :mod:`bench.field` (kind ``unknown_outlet``) and on Reuters-21578 stories
  with planted copies as an issue described them.
- **METER unlabelled**: each newspaper article traced with its day's PA texts with no outlet
  metadata at all, so that PA is known only from the texts' own bylines: the share of decided
  newspaper-PA pairs that name PA the source, and the share of derived articles decided.
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter, defaultdict
from typing import Any

from provenance import trace
from provenance.article.outlets import outlet_key
from provenance.article.segment import segment
from provenance.models import Article
from provenance.reading.load import load

from . import data_dir, have_data, prf, read_jsonl
from .meter import pa_by_day

__all__ = ["run"]

FOOTER_SIZES = (2, 12, 200)
_SWAPS = (("said", "says"), ("company", "firm"), ("expected", "forecast"), ("rose", "climbed"), ("fell", "dropped"))
_FOOTERS = (
    "Follow the Metro Herald on Twitter and Facebook for the latest business news.",
    "Copyright Daily Courier 2025. All rights reserved.",
    "Sign up for the Gulf Times newsletter to get the top stories in your inbox.",
)
_COPY_OUTLETS = ("Metro Herald", "Daily Courier", "Gulf Times")


def _predicted(article: Article) -> str | None:
    """The first name the article credits that is not its own outlet."""
    own = outlet_key(article.outlet) if article.outlet else None
    return next((outlet_key(c.name) for c in article.credits if outlet_key(c.name) != own), None)


def credits(n: int = 600, seed: int = 11, family: str = "field") -> dict[str, Any]:
    """Credit detection on a generated credit set: precision, recall and F1 of the credited name, by form.

    ``family`` is ``field`` (:mod:`bench.field`, whose misses were read to mend the grammar: a
    fitted set) or ``newsroom`` (:mod:`bench.newsroom`, never looked at: held out, so its misses are
    not returned). Each record is read as a user's would be. A wrong name is a false positive and a
    false negative at once."""
    if family == "field":
        from .field import credit_set
    else:
        from .newsroom import credit_set

    counts: Counter = Counter()
    by_form: dict[str, Counter] = defaultdict(Counter)
    misses: list[dict[str, Any]] = []
    for record in credit_set(n, seed):
        fields = {k: v for k, v in record.items() if k in ("id", "title", "text", "outlet", "url") and v is not None}
        article = segment(next(iter(load([fields]))))
        truth = outlet_key(record["credited"]) if record.get("credited") else None
        got = _predicted(article)
        counts["tp"] += bool(truth) and got == truth
        counts["fp"] += bool(got) and got != truth
        counts["fn"] += bool(truth) and got != truth
        counts["tn"] += not truth and not got
        by_form[record.get("form") or "?"]["right" if got == truth else "wrong"] += 1
        if family == "field" and got != truth and len(misses) < 25:
            misses.append({"form": record.get("form"), "truth": record.get("credited"), "got": got,
                           "text": record["text"][-160:]})
    forms = {f: round(c["right"] / sum(c.values()), 3) for f, c in sorted(by_form.items())}
    return {"n": n, "seed": seed, "family": family, **prf(counts["tp"], counts["fp"], counts["fn"]),
            "true_negatives": counts["tn"], "per_form_right": forms, "misses": misses}


def footers(sizes: tuple[int, ...] = FOOTER_SIZES, seed: int = 5) -> dict[str, Any]:
    """Pairs and derivations among unrelated stories that share only their sites' footers."""
    from .field import corpus

    out = {}
    for n in sizes:
        records, _ = corpus("unrelated_footers", n, seed)
        report = trace(records)
        out[str(n)] = {"articles": len(records), "pairs": len(report.pairs), "derivations": len(report.derivations),
                       "boilerplate_lines": len(report.boilerplate)}
    return out


def _edges_found(report: Any, truth_edges: list[list[str]]) -> tuple[int, int]:
    found = {(d.derived, d.source) for d in report.derivations}
    true = [tuple(e) for e in truth_edges if not e[1].startswith("missing:")]
    return sum(1 for e in true if e in found), len(true)


def unknown_outlet_field(n: int = 40, seed: int = 7) -> dict[str, Any]:
    """Copies crediting an agency whose original, of unknown outlet, is in the corpus (held out)."""
    from .field import corpus

    records, truth = corpus("unknown_outlet", n, seed)
    report = trace(records)
    right, total = _edges_found(report, truth["edges"])
    return {"copies": total, "derived_from_original": right, "share": round(right / max(total, 1), 4),
            "placeholders": len(report.missing)}


def _reuters_planted(size: int, seed: int = 3) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Reuters stories with no outlet, and planted copies: "Reuters -" credit, 60-90% of lines, words swapped,
    one of three footers, a known outlet."""
    stories = []
    for d in read_jsonl(data_dir() / "reuters21578" / "docs.jsonl"):
        if d["text"].count("\n") >= 6:
            stories.append({"id": f"r{d['doc_id']}", "title": d["title"] or None, "text": d["text"]})
            if len(stories) >= size:
                break
    rng = random.Random(seed)
    copies, planted = [], []
    for n, s in enumerate(rng.sample(stories, k=max(1, size // 20))):
        lines = s["text"].split("\n")
        text = "\n".join(lines[: max(3, int(len(lines) * rng.uniform(0.6, 0.9)))])
        for old, new in _SWAPS:
            text = re.sub(rf"\b{old}\b", new, text)
        ident = f"copy{n}-{s['id']}"
        copies.append({"id": ident, "title": s["title"], "outlet": _COPY_OUTLETS[n % 3],
                       "text": f"Reuters - {text.lstrip()}\n\n{_FOOTERS[n % 3]}"})
        planted.append((ident, s["id"]))
    return stories + copies, planted


def unknown_outlet_reuters(size: int = 2000) -> dict[str, Any]:
    """The Reuters-21578 version: planted copies derived from their original, whose outlet is unknown."""
    records, planted = _reuters_planted(size)
    report = trace(records, workers=2)
    found = {(d.derived, d.source) for d in report.derivations}
    right = sum(1 for e in planted if e in found)
    return {"stories": len(records) - len(planted), "copies": len(planted), "derived_from_original": right,
            "share": round(right / max(len(planted), 1), 4), "placeholders": len(report.missing)}


def meter_unlabelled(limit: int | None = None) -> dict[str, Any]:
    """METER traced from the texts alone: PA named the source of decided pairs, derived articles decided."""
    base = data_dir() / "meter-courts"
    docs = {d["doc_id"]: d for d in read_jsonl(base / "docs.jsonl")}
    articles = list(read_jsonl(base / "articles.jsonl"))
    if limit:
        articles = articles[:: max(1, len(articles) // limit)][:limit]
    pa_of_day = pa_by_day(docs)
    counts: Counter = Counter()
    for art in articles:
        ident = art["doc_id"]
        pa = sorted(set(pa_of_day[art["date"]]))
        records = [{"id": ident, "text": docs[ident]["text"]}] + [
            {"id": i, "text": docs[i]["text"], **({"title": docs[i]["title"]} if docs[i].get("title") else {})}
            for i in pa
        ]
        report = trace(records)
        decided = False
        for p in report.pairs:
            if ident not in (p.a, p.b):
                continue
            if p.relation == "derived":
                counts["pa_source" if p.derived == ident else "newspaper_source"] += 1
                decided |= p.derived == ident
            else:
                counts["undetermined"] += 1
        if art["label"] != "non-derived":
            counts["derived_articles"] += 1
            counts["derived_articles_decided"] += int(decided)
    pairs = counts["pa_source"] + counts["newspaper_source"]
    return {"articles": len(articles), **dict(counts),
            "pa_named_source": round(counts["pa_source"] / max(pairs, 1), 4),
            "derived_decided": round(counts["derived_articles_decided"] / max(counts["derived_articles"], 1), 4)}


def _have_field() -> bool:
    import importlib.util

    return importlib.util.find_spec("bench.field") is not None


def run(size: str = "full") -> dict[str, Any]:
    """Every measurement of this module; ``size`` is full, quick or smoke."""
    start = time.perf_counter()
    small = size == "smoke"
    out: dict[str, Any] = {}
    if _have_field():
        out["credits"] = credits(n=60 if small else 600)
        if have_data("bbc_news"):
            out["credits_held_out"] = credits(n=60 if small else 600, seed=5, family="newsroom")
        out["footers"] = footers(sizes=(2, 12) if small else FOOTER_SIZES)
        out["unknown_outlet_field"] = unknown_outlet_field(n=4 if small else 40)
    out["unknown_outlet_reuters"] = unknown_outlet_reuters(size=100 if small else 2000)
    out["meter_unlabelled"] = meter_unlabelled(limit=6 if small else 150 if size == "quick" else None)
    out["seconds"] = round(time.perf_counter() - start, 1)
    return out
