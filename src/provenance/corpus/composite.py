"""The composite signal: an article made of parts of several others that share nothing with each other.

Two agencies' reports woven into one, or a news-in-brief page of the openings of four stories: each
part is another article's text, and the parts' sources have nothing in common, so the article
combined them. The pair alone cannot say so (a brief item is a tenth of the page and a fifth of its
story, the share of a quotation both ran); the article's other partners can. A part that other pages
hold too (the story's other outlets) is a source only as the page whose wording the article carries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from functools import cache

from ..models import Article, Evidence
from ..pairs.align import Alignment, Group, group_texts
from ..pairs.facts import same_facts
from ..settings import DirectionSettings
from .credit_signals import UNWEIGHED, common_credit
from .shared_text import enough_shared, enough_to_direct

__all__ = ["composite_evidence"]

#: The composite signal needs its parts to explain this share of the composite's body, and a source
#: whose text is found nowhere else in the corpus or that is told apart from the others holding it.
COMPOSITE_COVERAGE = 0.8
#: A source whose body lies inside the composite at this share may as well be cut from it: one that
#: others hold text of too is then no part of a combination.
WHOLLY_INSIDE = 0.9

#: Two partners that share less than this share of either body share a quotation or a background
#: paragraph (two agencies' reports of one event), not one story's text.
ONE_STORY = 0.25
#: A paragraph is part of what an article took from another when the two hold it at this similarity at
#: least; less is a phrase or two in common (two stories of one beat), or two reports written to one
#: template with other figures, not a paragraph taken.
PART_SIMILARITY = 0.8
#: Below :data:`PART_SIMILARITY`, down to this, a paragraph is still part of what an article took
#: when it states the same facts as the other's (figures and names): a paragraph rewritten in the
#: article's own words, not another report written to the template with other figures.
REWRITTEN_SIMILARITY = 0.6
#: A partner of another story that holds a paragraph at this similarity holds it word for word: the
#: article took that paragraph from it.
WORD_FOR_WORD = 0.95


def _covered(blocks: AbstractSet[int], body: Mapping[int, int], total: int) -> float:
    """Share of a body (its blocks' lengths by index, ``total`` characters) that the given blocks hold."""
    return sum(body.get(i, 0) for i in blocks) / total


def composite_evidence(
    alignments: Mapping[tuple[str, str], Alignment], articles: Mapping[str, Article], min_chars: int,
    settings: DirectionSettings,
) -> dict[tuple[str, str], list[Evidence]]:
    """Evidence, by pair, that one article of the pair combined it with other unrelated sources.

    An article is a combination when its body is mostly (:data:`COMPOSITE_COVERAGE`) made of parts
    of several partners, each part sharing no paragraph with another and their partners not of one
    story (:data:`ONE_STORY`: a quotation both ran is not one story): two agencies' reports woven
    into one, or a news-in-brief page of four stories. A part is paragraphs taken
    (:data:`PART_SIMILARITY`, or rewritten with the same facts: :func:`_taken`), less those a
    partner of another story holds word for word (:func:`_own_parts`). A partner whose part alone
    explains the article is its source, not one of several, unless another part is more than a stock
    line: then every part is a source, as when an outlet carried one agency's report whole and added
    paragraphs of another's. One whose text is found in another article too may be a sibling rather
    than a source: it is one only when the article carries its changes and no other holder's, and
    then so must every other part be
    (:func:`_source_told`). A news-in-brief item taken from one page of a story that several outlets
    ran carries that page's wording; a sibling that added a stock line is no combination of its
    sibling and a story that prints the line."""
    # Each article's parts: by partner, the similarity of each of its body blocks the partner holds.
    close: dict[str, dict[str, dict[int, float]]] = defaultdict(dict)
    for (a, b), al in alignments.items():
        taken = [g for g in al.groups if _taken(g, articles[a], articles[b])]
        for me, other, forward in ((a, b, True), (b, a, False)):
            article = articles[me]
            sims = {i: g.similarity for g in taken for i in (g.x if forward else g.y)
                    if article.blocks[i].kind == "body"}
            if sum(len(article.blocks[i].text) for i in sims) >= min_chars:
                close[me][other] = sims
    found: dict[tuple[str, str], list[Evidence]] = defaultdict(list)

    @cache
    def one_story(p: str, q: str) -> bool:
        al = alignments.get((min(p, q), max(p, q)))
        return (al is not None and max(al.share_x, al.share_y) >= ONE_STORY
                and enough_shared(al.share_x, al.share_y, al.shared_chars_x, settings))

    for me, whole in sorted(close.items()):
        held_by = _own_parts(whole, one_story)
        by_partner = {p: frozenset(sims) for p, sims in held_by.items()}
        # Partners that share the same blocks of me are grouped, so an article paired with many
        # identical copies (an exact-duplicate star) costs its distinct block sets, not its
        # partners squared.
        by_blocks: dict[frozenset[int], list[str]] = defaultdict(list)
        for p in sorted(by_partner):
            by_blocks[by_partner[p]].append(p)
        body = {b.index: len(b.text) for b in articles[me].blocks if b.kind == "body"}
        total = sum(body.values()) or 1

        @cache
        def told(q: str, beside: bool = False, me: str = me,
                 held_by: Mapping[str, Mapping[int, float]] = held_by) -> bool:
            return _source_told(me, q, held_by, alignments, articles, settings, beside)

        def told_beside(q: str) -> bool:
            return told(q, True)

        for src in sorted(by_partner):
            key = (min(me, src), max(me, src))
            if _covered(by_partner[src], body, total) >= COMPOSITE_COVERAGE:
                continue  # src alone explains me: a copy of it with a line of its own, not a combination
            # src's text is found elsewhere too: src may be a sibling as well as a source, so it and
            # every other part must each be told apart as where me took its part.
            shared = close[src].keys() != {me}
            if shared and not told(src):
                continue
            others = _combined_with(
                src, by_partner[src], by_blocks, body, total, one_story, told_beside if shared else None
            )
            if not others:
                continue
            # Where src's part is more than a stock line, each other part told apart from the other
            # pages holding it is a source of me as well: one that holds most of me is then no
            # copy's original with a line of the copy's own.
            real = enough_to_direct(articles[me], articles[src], alignments[key], settings)
            for part in [src, *(o for o in others if real and told_beside(o))]:
                rest = [q for q in [src, *others] if q != part]
                pair = (min(me, part), max(me, part))
                if not any(e.signal == "composite" for e in found[pair]):
                    found[pair].append(Evidence(
                        signal="composite", favours=me, weight=UNWEIGHED,
                        detail=f"{me} combines text of {part} with text of {' and '.join(rest)}, "
                               f"which share no story with {part}" + (" or each other" if len(rest) > 1 else ""),
                    ))
    return found


def _taken(group: Group, x: Article, y: Article) -> bool:
    """Whether a group's paragraphs were taken one from the other: held at :data:`PART_SIMILARITY`,
    or rewritten (down to :data:`REWRITTEN_SIMILARITY`) with the same facts stated
    (:func:`~provenance.pairs.facts.same_facts`)."""
    if group.similarity >= PART_SIMILARITY:
        return True
    return group.similarity >= REWRITTEN_SIMILARITY and same_facts(*group_texts(group, x, y))


def _own_parts(
    held_by: Mapping[str, Mapping[int, float]], one_story: Callable[[str, str], bool]
) -> dict[str, dict[int, float]]:
    """Each partner's own part of an article: the body paragraphs it holds (with their similarity),
    less those a partner of another story holds word for word (:data:`WORD_FOR_WORD`) and it less
    closely. Two agencies' reports of one event may run one quotation, each in words of its own
    around it; the article's paragraph of it was taken from the report that holds it word for word,
    and is no part of the other."""
    holders: dict[int, list[str]] = defaultdict(list)
    best: dict[int, float] = defaultdict(float)
    for p, sims in held_by.items():
        for i, s in sims.items():
            holders[i].append(p)
            best[i] = max(best[i], s)
    parts: dict[str, dict[int, float]] = {}
    for p, sims in held_by.items():
        # Only a paragraph held less closely than by its closest holder is looked at twice, so many
        # pages holding the same paragraphs alike (an exact-duplicate star) cost their number, not its square.
        own = {i: s for i, s in sims.items()
               if s >= best[i] or best[i] < WORD_FOR_WORD
               or not any(held_by[o][i] > s and held_by[o][i] >= WORD_FOR_WORD and not one_story(p, o)
                          for o in holders[i])}
        if own:
            parts[p] = own
    return parts


def _source_told(
    me: str, q: str, close: Mapping[str, Mapping[int, float]], alignments: Mapping[tuple[str, str], Alignment],
    articles: Mapping[str, Article], settings: DirectionSettings, beside: bool = False,
) -> bool:
    """Whether ``q`` is told apart as the article ``me`` took their shared text from, when other
    articles hold some of that text too (the other pages of one story, or two siblings' common text).

    ``close`` gives, by partner, the similarity of each of me's body paragraphs it holds as its own
    part (:func:`_own_parts`). q must hold its text at least as closely as every other holder,
    paragraph by paragraph, and more closely somewhere: me carries q's changes and no other's. Two
    siblings with changes of their own each hold some paragraphs closer, and pages of one text hold
    them alike: neither tells. q must also share enough to direct a pair
    (:func:`~provenance.corpus.shared_text.enough_to_direct`: not a stock line), and not credit a
    source with me (two clients of one agency: the one that changed nothing is no source). Nor may q
    lie wholly inside me (:data:`WHOLLY_INSIDE`), as a page cut from me would, unless it is told
    ``beside`` a source already told apart: me then holds text of another story that q lacks, and
    took q's text whole beside it."""
    al = alignments[(min(me, q), max(me, q))]
    inside = (al.share_y if al.x == me else al.share_x) >= WHOLLY_INSIDE and not beside
    if inside or common_credit(articles[me], articles[q]):
        return False
    mine = close[q]
    seen: set[tuple[tuple[int, float], ...]] = set()
    for other, theirs in close.items():
        common = sorted(mine.keys() & theirs.keys())
        if other == q or not common:
            continue
        held = tuple((i, theirs[i]) for i in common)
        if held in seen:  # many pages holding the same paragraphs alike are looked at once
            continue
        seen.add(held)
        if any(mine[i] < theirs[i] for i in common) or not any(mine[i] > theirs[i] for i in common):
            return False
    return enough_to_direct(articles[me], articles[q], al, settings)


def _combined_with(
    src: str, own: frozenset[int], by_blocks: Mapping[frozenset[int], list[str]], body: Mapping[int, int], total: int,
    one_story: Callable[[str, str], bool], allowed: Callable[[str], bool] | None,
) -> list[str]:
    """Partners that, with ``src``, make up the article: each adds paragraphs no chosen one holds, none
    is of one story with another chosen one (``one_story``: a quotation both ran is not one story),
    and together they hold :data:`COMPOSITE_COVERAGE` of its body. The one adding most is taken
    first (ties by id); empty when no such set exists. Only partners ``allowed`` accepts are taken,
    when it is given."""
    chosen, held = [src], set(own)
    while _covered(held, body, total) < COMPOSITE_COVERAGE:
        best: tuple[float, str, frozenset[int]] | None = None
        for blocks, group in by_blocks.items():
            if blocks & held:
                continue
            q = next((q for q in group
                      if not any(one_story(c, q) for c in chosen)
                      and (allowed is None or allowed(q))), None)
            if q is not None:
                gain = _covered(blocks, body, total)
                if best is None or (-gain, q) < (-best[0], best[1]):
                    best = (gain, q, blocks)
        if best is None:
            return []
        chosen.append(best[1])
        held |= best[2]
    return chosen[1:]
