"""Pages that lack part of a story two other pages print: a client's cut, not the story's whole text.

An article of unknown outlet that holds a copy's text may be the page of the outlet the copy credits
(the ``credit_unknown`` signal: the copy credits AFP, and a page of no known outlet signed "TOKYO (AFP)
--" holds its text). An agency's own page holds the whole of the story its clients print. So when the
copy holds a passage that the candidate lacks, and a third page that prints the same story as the
candidate holds that passage too, the passage is the story's and the candidate left it out: the
candidate is another client's cut, printed beside the copy, not the page the copy took from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from ..models import Article
from ..pairs.align import Alignment

__all__ = ["lacking_story_text"]

#: A block this similar to a block of the other article is the other's text too.
HELD = 0.5
#: The least share of each body inside the other for two pages to print the same story, not a line or
#: two of it.
SAME_STORY = 0.3
#: A third page with this share of its body inside the copy may have taken the passage from the copy
#: (a copy of the copy keeps what the copy added), so it says nothing of the story's whole text.
INSIDE_COPY = 0.9


def lacking_story_text(
    alignments: Mapping[tuple[str, str], Alignment], articles: Mapping[str, Article], min_chars: int,
    copied: AbstractSet[tuple[str, str]] = frozenset(),
) -> dict[tuple[str, str], dict[str, str]]:
    """For each aligned pair (by its key), each of its two articles of unknown outlet that lacks at
    least ``min_chars`` of the other's body which a third article holds, one printing the same story as
    the article lacking it (at least :data:`SAME_STORY` of each body inside the other), neither lying
    inside the other (less than :data:`INSIDE_COPY`) nor taken from it (``copied`` holds the known
    (copy, source) pairs): the article lacking the text, mapped to that third. Pairs with none are left
    out."""
    unknown = {ident for ident, article in articles.items() if article.outlet is None}
    if not unknown:
        return {}
    partner: dict[str, dict[str, Alignment]] = defaultdict(dict)
    for (a, b), al in alignments.items():
        partner[a][b] = partner[b][a] = al

    def inside(me: str, other: str) -> float:
        """The share of ``me``'s body found in ``other``."""
        al = partner[me][other]
        return al.share_x if al.x == me else al.share_y

    out: dict[tuple[str, str], dict[str, str]] = {}
    for a, b in sorted(alignments):
        lacking: dict[str, str] = {}
        for copy, page in ((a, b), (b, a)):
            if page not in unknown:
                continue
            held = partner[copy][page].held(copy)
            missing = {blk.index: len(blk.text) for blk in articles[copy].blocks
                       if blk.kind == "body" and held.get(blk.index, 0.0) < HELD}
            if sum(missing.values()) < min_chars:
                continue
            for third in sorted(partner[page].keys() & partner[copy].keys()):
                if (min(inside(page, third), inside(third, page)) < SAME_STORY
                        or inside(third, copy) >= INSIDE_COPY or (third, copy) in copied):
                    continue
                found = partner[copy][third].held(copy)
                if sum(n for i, n in missing.items() if found.get(i, 0.0) >= HELD) >= min_chars:
                    lacking[page] = third
                    break
        if lacking:
            out[(a, b)] = lacking
    return out
