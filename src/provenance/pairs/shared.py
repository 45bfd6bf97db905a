"""The text that siblings share, standing in for their common source missing from the corpus.

A placeholder (:class:`~provenance.models.MissingSource`) has no text of its own: the wire story
its members took is not in the corpus. What can be shown in its place is what the members have in
common. The stand-in is made from one member, the one sharing the most text with the others (ties
by id): its paragraphs that align with a paragraph of at least one other member, in its reading
order. Diffing a member against the stand-in then shows what that member kept of the common text
(in the stand-in member's wording), what it lacks of it, and what it added of its own.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..models import Article, Block, MissingSource
from ..settings import AlignSettings
from .align import align, prepare

__all__ = ["shared_source"]

#: Between two paragraphs of the stand-in's text.
PARAGRAPH_BREAK = "\n\n"


def shared_source(
    missing: MissingSource, articles: Mapping[str, Article], settings: AlignSettings | None = None
) -> Article:
    """An article standing in for ``missing``: the text its members share (see the module's docstring).

    ``articles`` are the report's segmented documents by id; its ``id`` is the placeholder's, its
    outlet the agency the members credit (None if unknown), and it has no headline. Raises
    ValueError when a member is not among ``articles``.
    """
    absent = [m for m in missing.members if m not in articles]
    if absent:
        raise ValueError(f"placeholder {missing.id!r}: its members {', '.join(absent)} are not in the report")
    members = sorted(missing.members)
    prepared = {m: prepare(articles[m]) for m in members}
    aligned: dict[str, set[int]] = {m: set() for m in members}
    shared: dict[str, int] = dict.fromkeys(members, 0)
    for n, a in enumerate(members):
        for b in members[n + 1:]:
            result = align(prepared[a], prepared[b], settings)
            for group in result.groups:
                aligned[a].update(group.x)
                aligned[b].update(group.y)
            shared[a] += result.shared_chars_x
            shared[b] += result.shared_chars_y
    base = min(members, key=lambda m: (-shared[m], m))
    kept = [b for b in articles[base].blocks if b.index in aligned[base] and b.kind != "headline"]
    blocks: list[Block] = []
    offset = 0
    for index, block in enumerate(kept):
        if index:
            offset += len(PARAGRAPH_BREAK)
        blocks.append(Block(index=index, kind=block.kind, start=offset, end=offset + len(block.text), text=block.text))
        offset += len(block.text)
    return Article(
        id=missing.id,
        title=None,
        text=PARAGRAPH_BREAK.join(b.text for b in kept),
        outlet=missing.name,
        origin=f"text shared by {', '.join(members)}",
        blocks=tuple(blocks),
    )
