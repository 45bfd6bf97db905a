"""Site boilerplate: lines an outlet prints on stories that have nothing else in common.

A site ends every story with the same lines ("Follow the Daily Ledger on Twitter...", "Copyright
the Daily Ledger 2025. All rights reserved.", "Sign up for our newsletter..."). Two unrelated stories
of that site share those lines and nothing else, and shared text is what pairs articles: without
this step a corpus of a dozen stories from two sites is knit together by its footers. The
candidate search drops shingles found in more than ``max_document_frequency`` articles, but a
footer seen in five articles is under any such cap; so boilerplate is told by what it is, in a
corpus of any size.

A **line** is a block of at most ``MAX_LINE_WORDS`` words, fingerprinted on its words with digits
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

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations, islice

import numpy as np

from ..models import Article, Boilerplate
from ..settings import CandidateSettings
from .candidates import shingle_hashes

__all__ = ["MAX_LINE_WORDS", "find_boilerplate", "line_fingerprints"]

#: Longest block, in words, that can be a boilerplate line (site footers are one or two sentences).
MAX_LINE_WORDS = 40
#: The share of an article's text (headline aside) above which shared lines are its story, not its furniture.
MAX_SHARE = 0.5
#: Fewest holders of a group of lines that are running text (not furniture by their shape) for it to be
#: boilerplate: two articles ending alike may be a copy of a story's close; three that share nothing
#: else are a site's habit.
MIN_HOLDERS_OF_TEXT = 3
#: Pairs of holders looked at for each group of lines, in id order: one pair that shares nothing else is enough.
MAX_PAIRS_CHECKED = 20
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


def line_fingerprints(article: Article) -> np.ndarray:
    """A 64-bit fingerprint of each block's words (0 for the headline and blocks too long to be a line)."""
    out = np.zeros(len(article.blocks), dtype=np.uint64)
    for n, block in enumerate(article.blocks):
        if block.kind == "headline":
            continue
        words = _WORD.findall(_DIGITS.sub("0", block.text.lower()))
        if words and len(words) <= MAX_LINE_WORDS:
            digest = hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=8).digest()
            out[n] = int.from_bytes(digest, "little") or 1
    return out


def find_boilerplate(
    articles: Sequence[Article], fingerprints: Sequence[np.ndarray], settings: CandidateSettings
) -> tuple[list[Article], list[int], tuple[Boilerplate, ...]]:
    """The articles with their boilerplate blocks marked, the indices of those changed, and the lines found."""
    holders: dict[int, set[int]] = defaultdict(set)
    for k, prints in enumerate(fingerprints):
        for value in set(prints[prints != 0].tolist()):
            holders[value].add(k)
    groups: dict[frozenset[int], list[int]] = defaultdict(list)
    for value, docs in holders.items():
        if len(docs) >= 2:
            groups[frozenset(docs)].append(value)
    recurring = {value for value, docs in holders.items() if len(docs) >= 2}
    marked: dict[int, set[int]] = defaultdict(set)  # article -> fingerprints to mark
    lines: list[Boilerplate] = []
    for docs, values in sorted(groups.items(), key=lambda item: sorted(item[0])):
        chosen = set(values)
        if not _is_boilerplate(sorted(docs), chosen, recurring, articles, fingerprints, settings):
            continue
        for k in docs:
            marked[k] |= chosen
        for value in sorted(chosen):
            lines.append(_describe(value, sorted(docs), articles, fingerprints))
    out = list(articles)
    for k, values in marked.items():
        prints = fingerprints[k]
        blocks = tuple(
            b.model_copy(update={"kind": "boilerplate"}) if int(prints[n]) in values else b
            for n, b in enumerate(articles[k].blocks)
        )
        out[k] = articles[k].model_copy(update={"blocks": blocks})
    lines.sort(key=lambda line: (line.text, line.outlets))
    return out, sorted(marked), tuple(lines)


def _is_boilerplate(
    docs: list[int], values: set[int], recurring: set[int], articles: Sequence[Article],
    fingerprints: Sequence[np.ndarray], settings: CandidateSettings,
) -> bool:
    """Whether some two holders share nothing but these lines, which furnish or close both."""
    # Running text that closes two articles and nothing else links them may be a copy of a story's
    # end; only furniture is told apart in a pair, and a closing line by a crowd of unrelated holders.
    furniture_only = len(docs) < MIN_HOLDERS_OF_TEXT
    fitting = [k for k in docs if _furnishes(articles[k], fingerprints[k], values, recurring, furniture_only)]
    rest: dict[int, np.ndarray] = {}
    for a, b in islice(combinations(fitting, 2), MAX_PAIRS_CHECKED):
        for k in (a, b):
            if k not in rest:
                rest[k] = shingle_hashes(_without(articles[k], fingerprints[k], values), settings.shingle_words)
        if len(np.intersect1d(rest[a], rest[b], assume_unique=True)) < settings.min_shared:
            return True
    return False


def _furnishes(
    article: Article, prints: np.ndarray, values: set[int], recurring: set[int], furniture_only: bool
) -> bool:
    """Each line is furniture or comes after the article's running text, and the lines it shares with
    other articles, these and any others, are a small part of it: an article made mostly of shared
    lines (a copy, a template notice) is not the witness of a site's furniture."""
    inside = [n for n in range(len(prints)) if int(prints[n]) in values]
    total = sum(len(b.text) for b in article.blocks if b.kind != "headline")
    shared = sum(len(b.text) for n, b in enumerate(article.blocks) if int(prints[n]) in recurring)
    if not inside or shared > MAX_SHARE * total:
        return False
    body = [b.index for b in article.blocks if b.kind == "body" and int(prints[b.index]) not in values]
    last_body = max(body, default=-1)
    return all(article.blocks[n].furniture or (n > last_body and not furniture_only) for n in inside)


def _without(article: Article, prints: np.ndarray, values: set[int]) -> Article:
    blocks = tuple(b for n, b in enumerate(article.blocks) if int(prints[n]) not in values)
    return article.model_copy(update={"blocks": blocks})


def _describe(
    value: int, docs: list[int], articles: Sequence[Article], fingerprints: Sequence[np.ndarray]
) -> Boilerplate:
    first = articles[docs[0]]
    text = next(first.blocks[n].text for n in range(len(first.blocks)) if int(fingerprints[docs[0]][n]) == value)
    outlets = sorted({articles[k].outlet for k in docs if articles[k].outlet})
    return Boilerplate(text=text, outlets=tuple(outlets), articles=len(docs))
