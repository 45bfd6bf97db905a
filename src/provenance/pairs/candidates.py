"""Finding the pairs of articles that can share text, without comparing every pair.

Each article becomes the set of hashed word shingles (runs of ``shingle_words`` words) of its
text, headline aside. All (hash, article) rows of the corpus sit in two numpy arrays, sorted by
hash, so each shingle's articles are one contiguous run. A run of one article shares nothing.
Every run of at most ``max_document_frequency`` articles yields its article pairs, and a pair is
a candidate when it shares at least ``min_shared`` shingles and ``min_containment`` of the
smaller article's shingles: containment, not Jaccard, so a copy that keeps a tenth of a long
source is found.

A longer run is boilerplate (a site footer, a stock phrase, or a story that more outlets than
the cap ran): it is counted, and instead of all its pairs, each of its articles is paired with
one anchor, the article of the run likeliest to be the source (the earliest; undated, the one
of the outlet others credit). Such a
pair is a candidate only when it shares ``near_duplicate`` of the smaller article, which a
syndicated copy does and a footer does not. Either way the work stays linear in the corpus
rather than quadratic in the articles a footer touches.

A template article (a dividend notice, a results line) may have almost nothing but boilerplate:
fewer than ``min_shared`` shingles of its own, so no run pairs it with its copy, and the anchors
of its shingles are other notices. Templates whose boilerplate is alike (MinHash bands) are
proposed as pairs and counted exactly, so a credited copy of one notice among hundreds still
finds the notice it copied."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timezone

import numpy as np

from ..article.outlets import outlet_key
from ..models import Article
from ..settings import CandidateSettings

__all__ = ["MAX_LINE_WORDS", "Candidates", "candidates", "enough_shared", "near_duplicates", "shingle_hashes",
           "shingles_and_lines"]

_WORD = re.compile(r"\w+")
_MULT = np.uint64(0x9E3779B97F4A7C15)
#: MinHash of template articles' boilerplate: bands, and values a band (see _alike_templates).
BANDS, BAND_ROWS = 10, 4
#: Fixed odd multipliers and offsets, one pair per MinHash value: the same on every machine.
_PERMUTATIONS = [
    (np.uint64(m | 1), np.uint64(a))
    for m, a in np.random.default_rng(20_261_123).integers(0, 2**63, size=(BANDS * BAND_ROWS, 2), dtype=np.int64)
]


@dataclass(frozen=True)
class Candidates:
    """Candidate pairs (indices into the article list, i < j) and what was set aside."""

    pairs: list[tuple[int, int]]
    boilerplate_shingles: int  # distinct shingles found in too many articles to pair on


#: The word hashes of a chunk's distinct words, computed once: (hash, hash with digits folded to 0).
Vocabulary = dict[str, tuple[int, int]]
_DIGITS = re.compile(r"\d+")
#: Longest block, in words, that gets a line fingerprint (see :mod:`provenance.pairs.boilerplate`).
MAX_LINE_WORDS = 40
#: Powers of an odd constant: a line's fingerprint is the sum of its folded word hashes times these.
_POWERS = np.array([pow(0x100000001B3, n, 2**64) for n in range(MAX_LINE_WORDS)], dtype=np.uint64)


def _digest(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def _token_hashes(words: list[str], vocabulary: Vocabulary) -> tuple[np.ndarray, np.ndarray]:
    out = np.empty(len(words), dtype=np.uint64)
    folded = np.empty(len(words), dtype=np.uint64)
    for n, w in enumerate(words):
        h = vocabulary.get(w)
        if h is None:
            plain = _digest(w)
            h = vocabulary[w] = (plain, _digest(_DIGITS.sub("0", w)) if _DIGITS.search(w) else plain)
        out[n], folded[n] = h
    return out, folded


def _tokens(article: Article, vocabulary: Vocabulary) -> tuple[list[int], np.ndarray, np.ndarray]:
    """Word counts of the article's blocks (headline counted as 0) and the hashes of all their words."""
    blocks = [_WORD.findall(b.text.lower()) if b.kind != "headline" else [] for b in article.blocks]
    words = [w for block in blocks for w in block]
    if not words:
        empty = np.empty(0, dtype=np.uint64)
        return [len(b) for b in blocks], empty, empty
    plain, folded = _token_hashes(words, vocabulary)
    return [len(b) for b in blocks], plain, folded


def shingle_hashes(article: Article, k: int, vocabulary: Vocabulary | None = None) -> np.ndarray:
    """Distinct 64-bit hashes of the article's word k-shingles (headline left out), sorted.

    Shingles stay within a paragraph, except across the breaks either side of a paragraph of
    fewer than k words, so that an article of short lines (a dividend notice, a fixture list, a
    line-up) has shingles too. An article of fewer than k words has one, of all its words.
    The hash of a word is a keyed-free BLAKE2 digest, so it is the same on every machine and
    under every PYTHONHASHSEED; shingles combine word hashes by rotation and multiplication.
    """
    return shingles_and_lines(article, k, vocabulary)[0]


def shingles_and_lines(
    article: Article, k: int, vocabulary: Vocabulary | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`shingle_hashes`, and a fingerprint of each block's words with digits folded ("2024" =
    "2025"), 0 for the headline, empty blocks and blocks over ``MAX_LINE_WORDS`` words: the lines
    :mod:`provenance.pairs.boilerplate` compares. One pass over the words gives both."""
    vocabulary = {} if vocabulary is None else vocabulary
    counts, h, folded = _tokens(article, vocabulary)
    lines = _line_fingerprints(counts, folded)
    sizes = [c for c in counts if c]
    if not sizes:
        return np.empty(0, dtype=np.uint64), lines
    n_words = len(h)
    acc = np.zeros(max(1, n_words - k + 1), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(min(k, n_words)):
            acc = (acc * _MULT) ^ h[offset : offset + len(acc)]
    if n_words <= k:
        return acc, lines
    # hard[j]: the break after word j ends a paragraph of k words or more and starts another
    hard = np.zeros(n_words, dtype=np.int64)
    ends = np.cumsum(sizes)
    for n in range(len(sizes) - 1):
        if sizes[n] >= k and sizes[n + 1] >= k:
            hard[ends[n] - 1] = 1
    crossed = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(hard)))
    within = crossed[k - 1 : k - 1 + len(acc)] - crossed[: len(acc)] == 0  # windows crossing no hard break
    return np.unique(acc[within]), lines


def _line_fingerprints(counts: list[int], folded: np.ndarray) -> np.ndarray:
    """Each block's sum of its folded word hashes times ``_POWERS`` (modulo 2**64, so order counts)."""
    sizes = np.array(counts, dtype=np.int64)
    out = np.zeros(len(counts), dtype=np.uint64)
    line = (sizes > 0) & (sizes <= MAX_LINE_WORDS)
    if not line.any():
        return out
    starts = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(sizes)[:-1]))
    position = np.arange(len(folded), dtype=np.int64) - np.repeat(starts, sizes)
    with np.errstate(over="ignore"):
        terms = folded * _POWERS[np.minimum(position, MAX_LINE_WORDS - 1)]
        running = np.concatenate((np.zeros(1, dtype=np.uint64), np.cumsum(terms, dtype=np.uint64)))
        sums = running[starts[line] + sizes[line]] - running[starts[line]]  # exact, modulo 2**64
    out[line] = np.where(sums == 0, np.uint64(1), sums)
    return out


def _rank(articles: Sequence[Article], sizes: np.ndarray) -> np.ndarray:
    """Each article's rank as a likely source: earliest published; then of the outlet that most
    articles credit (the wire its copies name); then most shingles; then by position."""
    credited = Counter(outlet_key(c.name) for a in articles for c in a.credits)

    def key(n: int) -> tuple[bool, float, int, int, int]:
        article = articles[n]
        moment = article.published
        stamp = 0.0
        if moment is not None:
            stamp = (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()
        named = credited[outlet_key(article.outlet)] if article.outlet else 0
        return (moment is None, stamp, -named, -int(sizes[n]), n)

    order = sorted(range(len(articles)), key=key)
    rank = np.empty(len(articles), dtype=np.int64)
    rank[np.array(order, dtype=np.int64)] = np.arange(len(articles), dtype=np.int64)
    return rank


def _stars(docs: np.ndarray, runs: np.ndarray, rank: np.ndarray, n: np.int64) -> np.ndarray:
    """Pair keys joining each article of a boilerplate run to the run's anchor, its top-ranked article."""
    bounds = np.flatnonzero(np.r_[True, runs[1:] != runs[:-1]])
    best = np.minimum.reduceat(rank[docs], bounds)
    by_rank = np.argsort(rank)
    anchor = np.repeat(by_rank[best], np.diff(np.r_[bounds, len(docs)]))
    other = docs != anchor
    left, right = np.minimum(docs, anchor)[other], np.maximum(docs, anchor)[other]
    return left * n + right


def candidates(
    articles: Sequence[Article], settings: CandidateSettings | None = None, sets: Sequence[np.ndarray] | None = None
) -> Candidates:
    """Pairs of articles (by index) that share enough shingles to be worth aligning.

    ``sets`` are the articles' :func:`shingle_hashes` when already computed (on the workers
    that segmented them); otherwise they are computed here.
    """
    settings = settings or CandidateSettings()
    if sets is None:
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
    cap = settings.max_document_frequency
    boilerplate = int((lengths > cap).sum())
    n = np.int64(len(articles))
    star_keys = alike = np.empty(0, dtype=np.int64)
    if boilerplate:  # ranking every article as a likely source is only needed for the anchors
        capped_row = np.repeat(lengths > cap, lengths)
        over = np.flatnonzero(lengths > cap)
        star_keys = _stars(docs[capped_row], np.repeat(over, lengths[over]), _rank(articles, sizes), n)
        alike = _alike_templates(hashes[capped_row], docs[capped_row], sizes, settings)
    keys = _within_runs(docs, starts, lengths, cap, n)
    pair_keys = shared = np.empty(0, dtype=np.int64)
    pairs: set[tuple[int, int]] = set()
    if len(keys):
        pair_keys, shared = np.unique(keys, return_counts=True)
        ok = enough_shared(shared, sizes[pair_keys // n], sizes[pair_keys % n], settings)
        pairs.update(zip((pair_keys[ok] // n).tolist(), (pair_keys[ok] % n).tolist()))
    if len(star_keys):
        # Near-duplicates past the cap: a story run by more outlets than the cap, each adding a
        # credit line, shares boilerplate-only shingles. Each article is joined to the likeliest
        # source of each such shingle (a star, linear in the articles), and pairs when most of the
        # smaller one is shared (counting the pair's other shingles too), which a footer or a
        # stock phrase never is.
        star, count = np.unique(star_keys, return_counts=True)
        at = np.searchsorted(pair_keys, star).clip(max=max(len(pair_keys) - 1, 0))
        if len(pair_keys):
            count = count + np.where(pair_keys[at] == star, shared[at], 0)
        left, right = star // n, star % n
        ok = near_duplicates(count, sizes[left], sizes[right], settings)
        pairs.update(zip(left[ok].tolist(), right[ok].tolist()))
    if len(alike):
        # Templates alike in their boilerplate: counted exactly, shingle by shingle.
        left, right = alike // n, alike % n
        count = np.array([len(np.intersect1d(sets[i], sets[j], assume_unique=True))
                          for i, j in zip(left.tolist(), right.tolist())], dtype=np.int64)
        ok = near_duplicates(count, sizes[left], sizes[right], settings)
        pairs.update(zip(left[ok].tolist(), right[ok].tolist()))
    return Candidates(pairs=sorted(pairs), boilerplate_shingles=boilerplate)


def _within_runs(docs: np.ndarray, starts: np.ndarray, lengths: np.ndarray, cap: int, n: np.int64) -> np.ndarray:
    """Pair keys of every two articles of each run of 2 to ``cap`` rows (runs are ``starts``/``lengths``,
    articles ascending within each run).

    Row r pairs with row r + offset of its run; only rows whose run reaches that far stay
    active, so the work is the number of pairs made.
    """
    row_len = np.repeat(lengths, lengths)
    row_pos = np.arange(len(docs)) - np.repeat(starts, lengths)
    active = np.flatnonzero((row_len >= 2) & (row_len <= cap))
    keys = []
    offset = 1
    while True:
        active = active[row_pos[active] + offset < row_len[active]]
        if not active.size:
            break
        keys.append(docs[active] * n + docs[active + offset])
        offset += 1
    return np.concatenate(keys) if keys else np.empty(0, dtype=np.int64)


def _alike_templates(
    hashes: np.ndarray, docs: np.ndarray, sizes: np.ndarray, settings: CandidateSettings
) -> np.ndarray:
    """Pair keys of template articles whose boilerplate shingles are alike.

    A template article (a dividend notice, a results line) has fewer than ``min_shared``
    shingles under the cap, so no run pairs it with its copy; its anchors are other notices.
    Its boilerplate shingles (``hashes``/``docs``: the rows over the cap) are summarised by
    MinHash, ``BANDS`` bands of ``BAND_ROWS`` values: two templates that agree on a whole band are
    proposed (two sharing 85% of those shingles agree on some band with probability 0.999, two
    sharing half with 0.47). A band value shared by more than the cap proposes nothing: such a
    crowd already meets its likeliest source through the anchors of its shingles, and pairing its
    members with each other would be quadratic. Proposals are counted exactly by the caller.
    """
    n = np.int64(len(sizes))
    boiler = np.bincount(docs, minlength=len(sizes))
    template = (boiler > 0) & (sizes - boiler < settings.min_shared)
    keep = template[docs]
    if not keep.any():
        return np.empty(0, dtype=np.int64)
    order = np.argsort(docs[keep], kind="stable")
    h, d = hashes[keep][order], docs[keep][order]
    bounds = np.flatnonzero(np.r_[True, d[1:] != d[:-1]])
    owners = d[bounds]
    if len(owners) < 2:
        return np.empty(0, dtype=np.int64)
    keys = []
    with np.errstate(over="ignore"):
        for band in range(BANDS):
            key = np.zeros(len(owners), dtype=np.uint64)
            for mult, add in _PERMUTATIONS[band * BAND_ROWS : (band + 1) * BAND_ROWS]:
                key = (key * _MULT) ^ np.minimum.reduceat(h * mult + add, bounds)
            by_key = np.lexsort((owners, key))
            k, o = key[by_key], owners[by_key]
            starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
            lengths = np.diff(np.r_[starts, len(k)])
            keys.append(_within_runs(o, starts, lengths, settings.max_document_frequency, n))
    return np.unique(np.concatenate(keys))


def enough_shared(
    shared: np.ndarray, size_a: np.ndarray, size_b: np.ndarray, settings: CandidateSettings
) -> np.ndarray:
    """Whether pairs sharing ``shared`` shingles are candidates, given both articles' shingle counts.

    At least ``min_shared`` shingles (a short article: all of its own) that are also at least
    ``min_containment`` of the smaller article's.
    """
    smaller = np.minimum(size_a, size_b)
    return (shared >= np.minimum(settings.min_shared, smaller)) & (shared >= settings.min_containment * smaller)


def near_duplicates(
    shared: np.ndarray, size_a: np.ndarray, size_b: np.ndarray, settings: CandidateSettings
) -> np.ndarray:
    """Whether pairs joined through boilerplate shingles are candidates: :func:`enough_shared`, and
    ``near_duplicate`` of the smaller article's shingles shared."""
    smaller = np.minimum(size_a, size_b)
    return enough_shared(shared, size_a, size_b, settings) & (shared >= settings.near_duplicate * smaller)
