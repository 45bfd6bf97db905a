"""Simple baselines run in the same benchmark, so provenance's figures have something to beat.

- ``difflib``: paragraphs aligned with :class:`difflib.SequenceMatcher` (ratio ≥ 0.6, best
  first, one to one; paragraph pairs without a word trigram in common are not compared); two
  articles are related when the aligned paragraphs hold at least a quarter of either one's text;
  the earlier-dated one is the source (undated pairs get no direction); each article's parent is
  its most-covering earlier related article.
- ``ngram``: word 5-gram containment C(x|y) = |G(x) ∩ G(y)| / |G(x)|; related when either way is
  at least ``NGRAM_THRESHOLD``; the article more contained in the other is the copy; each copy's
  parent is the related article that contains most of it. Paragraphs are linked when one's
  5-grams lie at least half inside the other's.
- ``text-matcher`` (the PyPI package, if installed): its matched passages between two texts,
  as a share of each text's tokens; stop words are kept, so it needs no NLTK download.

Every baseline finds its candidate pairs through a shared 5-gram inverted index (5-grams found in
more than 50 articles are ignored), so none compares every pair.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from typing import Any

__all__ = [
    "NGRAM_THRESHOLD",
    "BaselineResult",
    "difflib_baseline",
    "grams",
    "ngram_baseline",
    "paragraphs",
    "text_matcher_share",
]

NGRAM_THRESHOLD = 0.2
DIFFLIB_MATCH = 0.6
DIFFLIB_RELATED = 0.25
MAX_DF = 50
_WORD = re.compile(r"\w+")


@dataclass
class BaselineResult:
    """What a baseline says: directed edges, pair directions, and paragraph links per directed pair."""

    edges: set[tuple[str, str]] = field(default_factory=set)  # (derived, source)
    directions: dict[frozenset[str], str | None] = field(default_factory=dict)  # pair -> derived id or None
    links: dict[tuple[str, str], set[tuple[int, int]]] = field(default_factory=dict)  # (x, y) -> {(i, j)}
    shares: dict[tuple[str, str], float] = field(default_factory=dict)  # (x, y) -> share of x found in y


def paragraphs(record: dict[str, Any]) -> list[str]:
    """The record's paragraphs (blank-line separated), without a first line that repeats its title."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", record["text"]) if p.strip()]
    title = record.get("title")
    if paras and title and paras[0] == " ".join(title.split()):
        paras = paras[1:]
    return paras


def grams(text: str, n: int = 5) -> set[int]:
    """Hashes of the word n-grams of a text (lower case)."""
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[k : k + n])) for k in range(len(words) - n + 1)}


def _candidates(sets: Sequence[set[int]]) -> list[tuple[int, int]]:
    index: dict[int, list[int]] = defaultdict(list)
    for n, s in enumerate(sets):
        for h in s:
            index[h].append(n)
    found: set[tuple[int, int]] = set()
    for docs in index.values():
        if 2 <= len(docs) <= MAX_DF:
            for a in range(len(docs)):
                for b in range(a + 1, len(docs)):
                    found.add((docs[a], docs[b]))
    return sorted(found)


def _when(record: dict[str, Any]) -> datetime | None:
    value = record.get("published")
    return datetime.fromisoformat(value) if value else None


def _difflib_links(px: list[str], py: list[str]) -> list[tuple[int, int, float]]:
    scored = []
    gx, gy = [grams(a, 3) for a in px], [grams(b, 3) for b in py]
    m = SequenceMatcher(None, autojunk=False)
    for j, b in enumerate(py):
        m.set_seq2(b)  # difflib caches its index of the second sequence: set it once per paragraph
        for i, a in enumerate(px):
            if gx[i].isdisjoint(gy[j]):  # no word trigram in common: not worth a ratio
                continue
            m.set_seq1(a)
            if m.real_quick_ratio() >= DIFFLIB_MATCH and m.quick_ratio() >= DIFFLIB_MATCH:
                r = m.ratio()
                if r >= DIFFLIB_MATCH:
                    scored.append((r, i, j))
    used_x, used_y, out = set(), set(), []
    for r, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
            out.append((i, j, r))
    return out


def difflib_baseline(records: Sequence[dict[str, Any]]) -> BaselineResult:
    """Baseline (a): difflib paragraph alignment, earlier date is the source."""
    paras = [paragraphs(r) for r in records]
    sets = [grams(r["text"]) for r in records]
    result = BaselineResult()
    best_parent: dict[str, tuple[float, str]] = {}
    for x, y in _candidates(sets):
        links = _difflib_links(paras[x], paras[y])
        len_x = sum(len(p) for p in paras[x]) or 1
        len_y = sum(len(p) for p in paras[y]) or 1
        share_x = sum(len(paras[x][i]) for i, _, _ in links) / len_x
        share_y = sum(len(paras[y][j]) for _, j, _ in links) / len_y
        if max(share_x, share_y) < DIFFLIB_RELATED:
            continue
        ix, iy = records[x]["id"], records[y]["id"]
        result.links[(ix, iy)] = {(i, j) for i, j, _ in links}
        result.shares[(ix, iy)], result.shares[(iy, ix)] = share_x, share_y
        tx, ty = _when(records[x]), _when(records[y])
        derived = None
        if tx and ty and tx != ty:
            derived = ix if tx > ty else iy
        result.directions[frozenset((ix, iy))] = derived
        if derived:
            source = iy if derived == ix else ix
            share = share_x if derived == ix else share_y
            if share > best_parent.get(derived, (-1.0, ""))[0]:
                best_parent[derived] = (share, source)
    result.edges = {(d, s) for d, (_, s) in best_parent.items()}
    return result


def ngram_baseline(records: Sequence[dict[str, Any]], threshold: float = NGRAM_THRESHOLD) -> BaselineResult:
    """Baseline (b): word 5-gram containment with a threshold; the more contained article is the copy."""
    sets = [grams(r["text"]) for r in records]
    para_grams: dict[int, list[set[int]]] = {}

    def of(n: int) -> list[set[int]]:
        if n not in para_grams:
            para_grams[n] = [grams(p) for p in paragraphs(records[n])]
        return para_grams[n]

    result = BaselineResult()
    best_parent: dict[str, tuple[float, str]] = {}
    for x, y in _candidates(sets):
        shared = len(sets[x] & sets[y])
        cx, cy = shared / max(len(sets[x]), 1), shared / max(len(sets[y]), 1)
        if max(cx, cy) < threshold:
            continue
        ix, iy = records[x]["id"], records[y]["id"]
        result.shares[(ix, iy)], result.shares[(iy, ix)] = cx, cy
        derived = ix if cx > cy else iy if cy > cx else None
        result.directions[frozenset((ix, iy))] = derived
        px, py = of(x), of(y)
        result.links[(ix, iy)] = {
            (i, j)
            for i, a in enumerate(px)
            for j, b in enumerate(py)
            if a and b and len(a & b) >= 0.5 * min(len(a), len(b))
        }
        if derived:
            source = iy if derived == ix else ix
            share = max(cx, cy)
            if share > best_parent.get(derived, (-1.0, ""))[0]:
                best_parent[derived] = (share, source)
    result.edges = {(d, s) for d, (_, s) in best_parent.items()}
    return result


def text_matcher_share(a: str, b: str) -> tuple[float, float] | None:
    """Share of a's and of b's tokens inside text-matcher's matched passages; None if not installed."""
    try:
        from text_matcher.matcher import Matcher, Text
    except ImportError:
        return None
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            ta, tb = Text(a, "a", removeStopwords=False), Text(b, "b", removeStopwords=False)
        except IndexError:  # a text without a single word token
            return 0.0, 0.0
        if len(ta.tokens) < 3 or len(tb.tokens) < 3:
            return 0.0, 0.0
        m = Matcher(ta, tb, threshold=3, cutoff=5, ngramSize=3, removeStopwords=False)
    in_a = set().union(*(range(x.a, x.a + x.sizeA) for x in m.extended_matches)) if m.extended_matches else set()
    in_b = set().union(*(range(x.b, x.b + x.sizeB) for x in m.extended_matches)) if m.extended_matches else set()
    return len(in_a) / len(ta.tokens), len(in_b) / len(tb.tokens)
