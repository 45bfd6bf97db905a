"""Which lines of a page, outside its running text, are its own: lines a copy can only have taken from it.

A copy of a copy often keeps its parent's page around the story as well as the story: a sign-up
line naming the parent's site, a "Related:" link its parent printed, a footer. Such a line tells
whose page the copy took, as a word the parent swapped does (:mod:`provenance.corpus.inheritance`),
but only when it is the parent's own. Many lines are not: "Share this story" and a site's standard
footer stand on the pages of many stories and many outlets, and two pages alike there have not
copied each other.

A page's line is its own when no page of another outlet prints it on another story. A line the
boilerplate search (:mod:`provenance.pairs.boilerplate`) found on unrelated stories is the page's
own when every article holding it outside the connected part of the pair graph (a stand-in for
"another story") is of the page's outlet; any other line (the page's alone, or held only by pages
that share the story's text) is. Lines are told apart by their words, lower-cased, with digits
folded ("2024" = "2025"), as the boilerplate search tells them, and their holders are counted once
for the whole corpus (:func:`boilerplate_holders`): a part then needs only its own articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from ..article.furniture import ad_slot
from ..article.outlets import outlet_key
from ..models import Article

__all__ = ["RUNNING", "boilerplate_holders", "line_key", "own_lines"]

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
#: Blocks that are the story itself, compared word by word rather than as lines.
RUNNING = frozenset({"body", "headline"})


def line_key(text: str) -> str:
    """A line's words, lower-cased, with each run of digits as "0": one key for a line's repeats."""
    return " ".join(_DIGITS.sub("0", w) for w in _WORD.findall(text.lower()))


def _outlet(article: Article) -> str:
    return outlet_key(article.outlet) if article.outlet else ""


def boilerplate_holders(articles: Iterable[Article]) -> dict[str, Counter[str]]:
    """For each line marked boilerplate anywhere in the corpus, how many articles of each outlet hold
    it ("" counts those of unknown outlet)."""
    out: dict[str, Counter[str]] = {}
    for article in articles:
        for key in {line_key(b.text) for b in article.blocks if b.kind == "boilerplate"}:
            out.setdefault(key, Counter())[_outlet(article)] += 1
    return out


def own_lines(articles: Mapping[str, Article], holders: Mapping[str, Mapping[str, int]]) -> dict[str, frozenset[int]]:
    """For each of a part's articles, the indices of its blocks outside the running text that are its
    own page's or its story's (see the module's docstring).

    ``articles`` is a whole connected part of the pair graph and ``holders`` the corpus's counts of
    :func:`boilerplate_holders`: a boilerplate line's holders outside the part are those counts less
    the part's own holders of it."""
    keys = {a.id: {b.index: line_key(b.text) for b in a.blocks if b.kind == "boilerplate"} for a in articles.values()}
    inside: dict[str, Counter[str]] = {}
    for ident, blocks in keys.items():
        for key in set(blocks.values()):
            inside.setdefault(key, Counter())[_outlet(articles[ident])] += 1

    # The outlets of the holders outside the part, each line worked out once however many hold it.
    outside = {key: set(Counter(holders.get(key, {})) - counts) for key, counts in inside.items()}
    return {
        a.id: frozenset(
            b.index for b in a.blocks
            if b.kind not in RUNNING and not ad_slot(b.text)
            and (b.kind != "boilerplate" or outside[keys[a.id][b.index]] <= ({_outlet(a)} - {""}))
        )
        for a in articles.values()
    }
