"""Site boilerplate: lines an outlet prints on stories that have nothing else in common.

A site ends every story with the same lines ("Follow the Daily Ledger on Twitter...", "Copyright
the Daily Ledger 2025. All rights reserved.", "Sign up for our newsletter..."). Two unrelated stories
of that site share those lines and nothing else, and shared text is what pairs articles: without
this step a corpus of a dozen stories from two sites is knit together by its footers. The
candidate search drops shingles found in more than ``max_document_frequency`` articles, but a
footer seen in five articles is under any such cap; so boilerplate is told by what it is, in a
corpus of any size.

A **line** is a block of at most ``MAX_LINE_WORDS`` (40) words, fingerprinted on its words with digits
folded ("2024" = "2025"), so that near-identical repeats are one line. A line found in two or more
articles is grouped with the lines held by exactly the same articles (a site's three footer lines go
together). The group is boilerplate when two of its holders share no other text (fewer than
``min_shared`` shingles outside it) and, in both, the group is furniture or closes the article (furniture
only, when just two articles hold it), and the lines the article shares with any others are a small part
of it (``MAX_SHARE``). A copy and its
source share more than their footers, and text they share verbatim makes up most of the copy or sits
in its running text: neither is boilerplate. Boilerplate blocks become kind ``boilerplate``
(furniture): they pair nothing and count for no coverage, and the report lists each line with the
outlets it was seen with.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property

import numpy as np

from ..models import FURNITURE_KINDS, Article, Boilerplate
from ..settings import CandidateSettings
from .candidates import shingle_hashes

__all__ = ["find_boilerplate", "without_boilerplate"]

#: The share of an article's text (headline aside) above which shared lines are its story, not its furniture.
MAX_SHARE = 0.5
#: Fewest holders of a group of lines that are running text (not furniture by their shape) for it to be
#: boilerplate: two articles ending alike may be a copy of a story's close; three that share nothing
#: else are a site's habit.
MIN_HOLDERS_OF_TEXT = 3
#: Pairs of holders looked at for each group of lines, in id order: one pair that shares nothing else is enough.
MAX_PAIRS_CHECKED = 20
_WORD = re.compile(r"\w+")


class _Holder:
    """What the test needs of an article holding shared lines, read when first asked: per block its
    fingerprint, kind and length, the article's length and the length of the lines others hold too."""

    def __init__(self, article: Article, prints: np.ndarray, recurring: set[int]) -> None:
        self.prints: list[int] = prints.tolist()
        self.kinds = [b.kind for b in article.blocks]
        self._article, self._recurring = article, recurring

    @cached_property
    def total(self) -> int:
        return sum(len(b.text) for b in self._article.blocks if b.kind != "headline")

    @cached_property
    def shared(self) -> int:
        return sum(len(b.text) for b, v in zip(self._article.blocks, self.prints) if v and v in self._recurring)


def find_boilerplate(
    articles: Sequence[Article], fingerprints: Sequence[np.ndarray], settings: CandidateSettings
) -> tuple[list[Article], list[int], tuple[Boilerplate, ...]]:
    """The articles with their boilerplate blocks marked, the indices of those changed, and the lines found."""
    groups = _groups(fingerprints)
    if not groups:
        return list(articles), [], ()
    recurring = set().union(*groups.values())
    holders = {k: _Holder(articles[k], fingerprints[k], recurring) for k in sorted({k for d in groups for k in d})}
    marked: dict[int, set[int]] = defaultdict(set)  # article -> fingerprints to mark
    lines: list[Boilerplate] = []
    for docs, values in sorted(groups.items()):
        if not _is_boilerplate(docs, values, holders, articles, settings):
            continue
        for k in docs:
            marked[k] |= values
        lines += [_describe(value, docs, articles, holders) for value in sorted(values)]
    out = list(articles)
    for k, values in marked.items():
        prints = holders[k].prints
        blocks = tuple(
            b.model_copy(update={"kind": "boilerplate"}) if prints[n] in values else b
            for n, b in enumerate(articles[k].blocks)
        )
        out[k] = articles[k].model_copy(update={"blocks": blocks})
    lines.sort(key=lambda line: (line.text, line.outlets))
    return out, sorted(marked), tuple(lines)


def without_boilerplate(
    shingles: np.ndarray, article: Article, k: int, cache: dict[str, np.ndarray | None] | None = None
) -> np.ndarray:
    """The article's shingle set without the shingles inside its boilerplate blocks.

    Only the shingles wholly inside a boilerplate block of ``k`` words or more go: those that run
    across the break beside a shorter one (a lone "REUTER") hold the article's own words as well,
    and pair nothing by themselves. Cheaper than shingling the article again, with ``cache`` keeping
    each line's shingles, since a site's lines recur."""
    cache = {} if cache is None else cache
    found = []
    for block in article.blocks:
        if block.kind != "boilerplate":
            continue
        if block.text not in cache:
            # A line under k words has no shingle of its own: its one "shingle" of all its words is not the article's.
            short = len(_WORD.findall(block.text)) < k
            cache[block.text] = None if short else shingle_hashes(Article(id="", text=block.text, blocks=(block,)), k)
        if cache[block.text] is not None:
            found.append(cache[block.text])
    if not found:
        return shingles
    return np.setdiff1d(shingles, np.concatenate(found), assume_unique=False)


def _groups(fingerprints: Sequence[np.ndarray]) -> dict[tuple[int, ...], set[int]]:
    """Lines held by two or more articles, grouped by the articles (in index order) that hold them."""
    counts = np.array([len(f) for f in fingerprints], dtype=np.int64)
    values = np.concatenate(fingerprints) if len(fingerprints) else np.empty(0, dtype=np.uint64)
    docs = np.repeat(np.arange(len(fingerprints), dtype=np.int64), counts)
    keep = values != 0
    pairs = np.unique(np.stack([values[keep].view(np.int64), docs[keep]]), axis=1)  # distinct (line, article)
    if pairs.shape[1] == 0:
        return {}
    line, doc = pairs[0], pairs[1]
    starts = np.flatnonzero(np.r_[True, line[1:] != line[:-1]])
    lengths = np.diff(np.r_[starts, len(line)])
    groups: dict[tuple[int, ...], set[int]] = defaultdict(set)
    for at in np.flatnonzero(lengths >= 2).tolist():
        holders = tuple(doc[starts[at] : starts[at] + lengths[at]].tolist())
        groups[holders].add(int(np.int64(line[starts[at]]).view(np.uint64)))
    return groups


def _is_boilerplate(
    docs: tuple[int, ...], values: set[int], holders: dict[int, _Holder], articles: Sequence[Article],
    settings: CandidateSettings,
) -> bool:
    """Whether some two holders share nothing but these lines, which furnish or close both."""
    # Running text that closes two articles and nothing else links them may be a copy of a story's
    # end; only furniture is told apart in a pair, and a closing line by a crowd of unrelated holders.
    furniture_only = len(docs) < MIN_HOLDERS_OF_TEXT
    witnesses: list[int] = []
    rest: dict[int, np.ndarray] = {}
    checked = 0
    for k in docs:
        if not _furnishes(holders[k], values, furniture_only):
            continue
        kept = tuple(b for b, v in zip(articles[k].blocks, holders[k].prints) if v not in values)
        rest[k] = shingle_hashes(articles[k].model_copy(update={"blocks": kept}), settings.shingle_words)
        for w in witnesses:
            if len(np.intersect1d(rest[w], rest[k], assume_unique=True)) < settings.min_shared:
                return True
            checked += 1
            if checked >= MAX_PAIRS_CHECKED:
                return False
        witnesses.append(k)
    return False


def _furnishes(holder: _Holder, values: set[int], furniture_only: bool) -> bool:
    """Each line is furniture or comes after the article's running text, and the lines it shares with
    other articles, these and any others, are a small part of it: an article made mostly of shared
    lines (a copy, a template notice) is not the witness of a site's furniture."""
    inside = [n for n, v in enumerate(holder.prints) if v in values]
    kinds = holder.kinds
    if furniture_only:
        placed = all(kinds[n] in FURNITURE_KINDS for n in inside)
    else:
        last_body = max((n for n, v in enumerate(holder.prints) if kinds[n] == "body" and v not in values), default=-1)
        placed = all(kinds[n] in FURNITURE_KINDS or n > last_body for n in inside)
    return placed and holder.shared <= MAX_SHARE * holder.total


def _describe(
    value: int, docs: tuple[int, ...], articles: Sequence[Article], holders: dict[int, _Holder]
) -> Boilerplate:
    first = articles[docs[0]]
    text = next(b.text for b, v in zip(first.blocks, holders[docs[0]].prints) if v == value)
    outlets = sorted({articles[k].outlet for k in docs if articles[k].outlet})
    return Boilerplate(text=text, outlets=tuple(outlets), articles=len(docs))
