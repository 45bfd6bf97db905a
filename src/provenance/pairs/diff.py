"""What a copy kept, modified, moved, added and dropped, paragraph by paragraph, in reading order.

Operations follow the copy's order. Between two paragraphs that stayed in place, the source's
dropped blocks come first and the copy's additions (and anything it moved there) after, as in
a unified diff, so a cut tail reads where the cut was made.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ..article.agency_pages import agency_copy
from ..article.credits import names_outlet, names_source, unknown_outlet_credit
from ..article.outlets import same_outlet
from ..models import Article, Diff, Operation, TitleChange
from .align import Alignment, Group, group_texts, word_edits

__all__ = ["build_diff", "credits_source", "title_change"]

#: Headlines less similar than this (0-1, character similarity) mean the copy was retitled.
RETITLE_BELOW = 0.9


def title_change(source: Article, derived: Article) -> TitleChange:
    """Compare the two headlines.

    >>> from provenance.models import Article
    >>> title_change(Article(id="s", text=".", title="Rebels to attend talks"),
    ...              Article(id="d", text=".", title="All factions agree to attend talks")).retitled
    True
    """
    if source.title is None or derived.title is None:
        return TitleChange(source=source.title, derived=derived.title, similarity=None, retitled=None)
    similarity = round(fuzz.ratio(default_process(source.title), default_process(derived.title)) / 100, 4)
    return TitleChange(
        source=source.title, derived=derived.title, similarity=similarity, retitled=similarity < RETITLE_BELOW
    )


def credits_source(derived: Article, source: Article) -> bool:
    """Whether the derived article names the source's outlet in a credit; or, the source's outlet
    being unknown, credits an outlet (a prefix, dateline, suffix or trailer) that the source does not
    credit too, and so may be the source's own, or that the source is signed as that agency's own copy."""
    if same_outlet(derived.outlet, source.outlet):
        return False
    if source.outlet:
        return names_outlet(derived, source.outlet) is not None
    return unknown_outlet_credit(derived, source) is not None or any(
        names_source(c, derived.outlet) and not same_outlet(c.name, derived.outlet) and agency_copy(source, c.name)
        for c in derived.credits
    )


def build_diff(alignment: Alignment, derived: Article, source: Article) -> Diff:
    """The diff of ``derived`` against ``source`` from their alignment (in either orientation)."""
    forward = alignment.x == derived.id
    if not forward and alignment.y != derived.id:
        raise ValueError(f"alignment of {alignment.x} and {alignment.y} does not involve {derived.id}")
    d_of = (lambda g: g.x) if forward else (lambda g: g.y)
    s_of = (lambda g: g.y) if forward else (lambda g: g.x)
    d_blocks = alignment.x_blocks if forward else alignment.y_blocks
    s_blocks = alignment.y_blocks if forward else alignment.x_blocks

    def op(group: Group) -> Operation:
        kind = "kept" if group.identical else "modified"
        if not group.in_order:
            kind = "moved"
        xt, yt = group_texts(group, derived, source) if forward else group_texts(group, source, derived)
        d_text, s_text = (xt, yt) if forward else (yt, xt)
        edits = () if kind == "kept" else word_edits(s_text, d_text)[0]
        return Operation(
            kind=kind,
            derived_blocks=d_of(group),
            source_blocks=s_of(group),
            similarity=group.similarity,
            furniture=all(derived.blocks[i].furniture for i in d_of(group))
            and all(source.blocks[j].furniture for j in s_of(group)),
            edits=edits,
        )

    def single(kind: str, article: Article, index: int) -> Operation:
        blocks = {"derived_blocks": (index,)} if kind == "added" else {"source_blocks": (index,)}
        return Operation(kind=kind, furniture=article.blocks[index].furniture, **blocks)  # type: ignore[arg-type]

    group_at = {d_of(g)[0]: g for g in alignment.groups}
    in_group_d = {i for g in alignment.groups for i in d_of(g)}
    matched_s = {j for g in alignment.groups for j in s_of(g)}
    dropped = [j for j in s_blocks if j not in matched_s]
    anchors = sorted((g for g in alignment.groups if g.in_order), key=lambda g: d_of(g)[0])
    operations: list[Operation] = []
    d_pos = 0  # next derived block (position in d_blocks) not yet emitted
    emitted: set[int] = set()  # dropped source blocks already emitted
    order = list(d_blocks)

    def emit_dropped(upto: int) -> None:
        for j in dropped:
            if j < upto and j not in emitted:
                emitted.add(j)
                operations.append(single("dropped", source, j))

    def emit_derived(upto: int) -> None:
        nonlocal d_pos
        while d_pos < len(order) and order[d_pos] < upto:
            i = order[d_pos]
            if i not in in_group_d:
                operations.append(single("added", derived, i))
            elif i in group_at and not group_at[i].in_order:
                operations.append(op(group_at[i]))
            d_pos += 1

    for anchor in anchors:
        emit_dropped(min(s_of(anchor)))
        emit_derived(d_of(anchor)[0])
        operations.append(op(anchor))
        d_pos = max(d_pos, order.index(d_of(anchor)[0]) + 1)
    emit_dropped(max(s_blocks, default=-1) + 1)
    emit_derived(max(d_blocks, default=-1) + 1)

    coverage, source_share = (
        (alignment.share_x, alignment.share_y) if forward else (alignment.share_y, alignment.share_x)
    )
    return Diff(
        derived=derived.id,
        source=source.id,
        title=title_change(source, derived),
        operations=tuple(operations),
        coverage=coverage,
        source_share=source_share,
        credited=credits_source(derived, source),
    )
