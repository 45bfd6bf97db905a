"""How much two articles share, and whether it is one story's text.

A pair decides something (a derivation, a common source) only when it shares enough: a sentence in
common is a quotation both ran, a stock line or a footer, and a credit either carries names where the
rest of the article came from, not that sentence. Between a sentence and enough text to be sure sits
a sentence or two: a copy that took a line of a story, or two stories of one beat that print one stock
line. The names each article gives around what they share tell the two apart: a copy is about the
story it copied.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ..models import Article, Evidence, Pair
from ..pairs.align import Alignment
from ..pairs.facts import names
from ..settings import DirectionSettings

__all__ = ["decidable", "enough_shared", "enough_to_direct", "same_story", "two_stories"]


def enough_shared(share_a: float, share_b: float, chars: int, settings: DirectionSettings) -> bool:
    """Whether two articles share enough to decide anything between them (a derivation, a common
    source): ``settings.min_share`` of one body or ``settings.min_chars`` characters. A sentence in
    common is a quotation both ran, a stock phrase or a footer line, and a credit either carries
    names where the rest of the article came from, not that sentence. (An article shown to be made
    of two sources, the composite signal, is the exception: its smaller part is no coincidence.)

    In a short article one sentence is already ``min_share`` of the body, so a share counts only
    with at least half of ``min_chars`` behind it (more than a sentence of news prose), or when it
    is most of one body (a brief copied whole: a stock line is never most of a story)."""
    share = max(share_a, share_b)
    return chars >= settings.min_chars or (
        share >= settings.min_share and (share > 0.5 or chars >= settings.min_chars // 2)
    )


#: Capitalised words that any two stories may share: days, months, titles.
_COMMON_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december mr mrs ms dr the a an in on at it he she they we but and "
    "this that there his her its for of".split()
)


def enough_to_direct(x: Article, y: Article, alignment: Alignment, settings: DirectionSettings) -> bool:
    """Whether two articles share enough to decide a direction between them: :func:`enough_shared`,
    and, when that is under ``min_chars`` and under half of either body (a sentence or two, which a
    copy may have taken and a stock line or a template fills too), the two are of one story
    (:func:`same_story`)."""
    shares, chars = (alignment.share_x, alignment.share_y), alignment.shared_chars_x
    return enough_shared(*shares, chars, settings) and (
        chars >= settings.min_chars or max(shares) > 0.5 or same_story(x, y, alignment)
    )


def _names_outside(article: Article, aligned: AbstractSet[int]) -> set[str]:
    """Names in the body the other article does not share, the outlets it credits left out: two
    clients of one agency name it on every story."""
    credited = {w.lower() for c in article.credits for w in re.findall(r"\w+", c.name)}
    return {
        w.lower() for b in article.blocks if b.kind == "body" and b.index not in aligned
        for w in names(b.text) if w.lower() not in _COMMON_NAMES and w.lower() not in credited
    }


def same_story(x: Article, y: Article, alignment: Alignment) -> bool:
    """Whether two articles name the same people, places or bodies (two at least) outside the text
    they share: a copy that took a sentence of a story is about that story; two stories of one beat
    that print one stock sentence are not."""
    forward = alignment.x == x.id
    in_x = {i for g in alignment.groups for i in (g.x if forward else g.y)}
    in_y = {i for g in alignment.groups for i in (g.y if forward else g.x)}
    return len(_names_outside(x, in_x) & _names_outside(y, in_y)) >= 2


def two_stories(x: Article, y: Article, alignment: Alignment, settings: DirectionSettings) -> Evidence | None:
    """The evidence that two articles share enough to count (:func:`enough_shared`) but only a
    sentence or two, and are not of one story (:func:`same_story`): a stock line or a template two
    stories of one beat both print. It decides no direction and makes no common source."""
    shares, chars = (alignment.share_x, alignment.share_y), alignment.shared_chars_x
    if not enough_shared(*shares, chars, settings) or enough_to_direct(x, y, alignment, settings):
        return None
    return Evidence(
        signal="two_stories", favours=None, weight=0.0,
        detail=f"they share {chars} characters, a sentence or two, and name no one in common outside them: "
               "two stories that print one stock line, not one story's text",
    )


def decidable(pair: Pair, settings: DirectionSettings) -> bool:
    """Whether the pair model's answer can decide this pair: it shares enough text
    (:func:`enough_shared`) and is not two stories that print one stock line (:func:`two_stories`),
    or one of the two is shown to be made of several sources (the composite signal). Below that the
    pair is undetermined whatever the model says, so a fit learns nothing from it that the trace
    uses; fitted all the same, a footer and a stock line two stories share beside a credit teach
    the model to doubt credits where they do decide."""
    signals = {e.signal for e in pair.evidence}
    if "composite" in signals:
        return True
    return "two_stories" not in signals and enough_shared(pair.share_a, pair.share_b, pair.shared_chars, settings)
