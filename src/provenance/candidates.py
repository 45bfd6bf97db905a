"""Finding the pairs of articles that can share text, without comparing every pair.

Each article becomes the set of hashed word shingles (runs of ``shingle_words`` words) of
its blocks. All (hash, article) rows of the corpus sit in two numpy arrays, sorted by hash,
so each shingle's articles are one contiguous run. A run of one article shares nothing; a run
longer than ``max_document_frequency`` is boilerplate (a site footer, a stock phrase) and is
counted and set aside, which keeps the work linear in the corpus rather than quadratic in the
articles a footer touches. Every other run yields its article pairs, and a pair is a candidate
when it shares at least ``min_shared`` shingles and ``min_containment`` of the smaller article's
shingles: containment, not Jaccard, so a copy that keeps a tenth of a long source is found.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .models import Article
from .settings import CandidateSettings

__all__ = ["Candidates", "candidates", "shingle_hashes"]

_WORD = re.compile(r"\w+")
_MULT = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class Candidates:
    """Candidate pairs (indices into the article list, i < j) and what was set aside."""

    pairs: list[tuple[int, int]]
    boilerplate_shingles: int  # distinct shingles found in too many articles to pair on


def _token_hashes(words: list[str], vocabulary: dict[str, int]) -> np.ndarray:
    out = np.empty(len(words), dtype=np.uint64)
    for n, w in enumerate(words):
        h = vocabulary.get(w)
        if h is None:
            h = int.from_bytes(hashlib.blake2b(w.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
            vocabulary[w] = h
        out[n] = h
    return out


def shingle_hashes(article: Article, k: int, vocabulary: dict[str, int] | None = None) -> np.ndarray:
    """Distinct 64-bit hashes of the article's word k-shingles (headline left out), sorted.

    Shingles run across paragraph breaks, so that an article of short lines (a dividend notice,
    a fixture list, a line-up) has shingles too; an article of fewer than k words has one, of all
    its words. The hash of a word is a keyed-free BLAKE2 digest, so it is the same on every
    machine and under every PYTHONHASHSEED; shingles combine word hashes by rotation and
    multiplication.
    """
    vocabulary = {} if vocabulary is None else vocabulary
    words = [w for block in article.blocks if block.kind != "headline" for w in _WORD.findall(block.text.lower())]
    if not words:
        return np.empty(0, dtype=np.uint64)
    h = _token_hashes(words, vocabulary)
    acc = np.zeros(max(1, len(words) - k + 1), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(min(k, len(words))):
            acc = (acc * _MULT) ^ h[offset : offset + len(acc)]
    return np.unique(acc)


def candidates(articles: Sequence[Article], settings: CandidateSettings | None = None) -> Candidates:
    """Pairs of articles (by index) that share enough shingles to be worth aligning."""
    settings = settings or CandidateSettings()
    vocabulary: dict[str, int] = {}
    sets = [shingle_hashes(a, settings.shingle_words, vocabulary) for a in articles]
    sizes = np.array([len(s) for s in sets], dtype=np.int64)
    if len(articles) < 2 or sizes.sum() == 0:
        return Candidates(pairs=[], boilerplate_shingles=0)
    hashes = np.concatenate(sets)
    docs = np.repeat(np.arange(len(sets), dtype=np.int64), sizes)
    order = np.lexsort((docs, hashes))
    hashes, docs = hashes[order], docs[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    lengths = np.diff(np.r_[starts, len(hashes)])
    boilerplate = int((lengths > settings.max_document_frequency).sum())
    keep_run = (lengths >= 2) & (lengths <= settings.max_document_frequency)
    run_of_row = np.repeat(np.arange(len(starts)), lengths)
    keep_row = keep_run[run_of_row]
    hashes, docs, run_of_row = hashes[keep_row], docs[keep_row], run_of_row[keep_row]
    n = np.int64(len(articles))
    keys = []
    for offset in range(1, settings.max_document_frequency):
        if offset >= len(docs):
            break
        same = run_of_row[offset:] == run_of_row[:-offset]
        if not same.any():
            break
        left, right = docs[:-offset][same], docs[offset:][same]
        keys.append(left * n + right)
    if not keys:
        return Candidates(pairs=[], boilerplate_shingles=boilerplate)
    pair_keys, shared = np.unique(np.concatenate(keys), return_counts=True)
    left, right = pair_keys // n, pair_keys % n
    smaller = np.minimum(sizes[left], sizes[right])
    # A short article counts as shared when all of it is: "at least min_shared" caps at its size.
    ok = (shared >= np.minimum(settings.min_shared, smaller)) & (shared >= settings.min_containment * smaller)
    pairs = list(zip(left[ok].tolist(), right[ok].tolist()))
    return Candidates(pairs=pairs, boilerplate_shingles=boilerplate)
