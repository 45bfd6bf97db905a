"""The numbers a pair of aligned articles is judged on: what the pair model reads.

Two kinds, so that the model's answer cannot depend on which article is called x:

- **directed** features say that x is the copy when positive and that y is when negative, and
  change sign when the two are swapped: each signal of :mod:`~provenance.corpus.direction` (+1
  when it favours x, -1 when it favours y), the gap between the two containments, the length
  ratio, which article alone credits an outlet, how far apart the dates are (the shapes read the
  other way round for two versions of one outlet's story: :mod:`~provenance.corpus.versions`);
- **shared** features are the same both ways: how much text the two share and how alike it is,
  whether both credit an outlet that is not in the corpus, whether the shared text is mostly
  furniture, how alike the headlines are, whether both are dated on one day.

Every value is bounded (about -1 to 1, a count of characters as a logarithm) so that one
regularised fit serves all of them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..article.credits import points_elsewhere
from ..article.outlets import same_outlet
from ..models import Article, Evidence
from ..pairs.align import Alignment
from ..reading.dates import interval, order_of

__all__ = ["DIRECTED", "SHARED", "features", "own_text"]

#: Signals of the direction evidence that the model reads as directed features, one each.
_SIGNALS = ("credit", "credit_unknown", "date", "containment", "truncation", "wire", "composite", "lineage",
            "carried", "furniture", "reporting")
DIRECTED = (
    *(f"signal.{s}" for s in _SIGNALS),
    "share_gap",  # x's share inside y minus y's share inside x
    "wholly_inside",  # all of one body inside a much longer one
    "length_ratio",  # log of y's body length over x's, bounded: the copy is often the shorter
    "credits_any",  # one article credits some outlet in a pointing form and the other does not
    "date_gap",  # signed log of the hours between the dates, when they are ordered
    "furniture_gap",  # share of x's blocks that are furniture, minus y's
    "tail_gap",  # share of y's body unaligned after its last aligned paragraph, minus x's: a cut tail
    "head_gap",  # the same before the first aligned paragraph: a cut opening
    "inside_gap",  # the same between aligned paragraphs: paragraphs cut from (or added inside) the text
)
SHARED = (
    "bias",
    "share_max",
    "share_min",
    "similarity",
    "shared_chars",  # log10 of the shared body characters, over 4
    "siblings",  # both credit an outlet that is not in the corpus
    "identical",  # nearly the same bodies
    "same_outlet",
    "furniture_share",  # share of the aligned text that is furniture
    "headline",  # similarity of the headlines, when both have one
    "same_day",  # both dated, and the dates cannot be ordered
    "in_order",  # share of aligned groups in reading order
)
#: The directed features that read the pair's shape: which body lies inside which, the lengths, where
#: the unaligned text is.
_SHAPES = ("share_gap", "wholly_inside", "length_ratio", "tail_gap", "head_gap", "inside_gap")
_WHOLLY = 0.95
_WHOLLY_GAP = 0.3


def _signed(found: Sequence[Evidence], signal: str, x: str, y: str) -> float:
    value = 0.0
    for e in found:
        if e.signal == signal:
            value += 1.0 if e.favours == x else -1.0 if e.favours == y else 0.0
    return max(-1.0, min(1.0, value))


def _body_chars(article: Article) -> int:
    return sum(len(b.text) for b in article.blocks if b.kind == "body")


def _furniture_share(article: Article) -> float:
    blocks = [b for b in article.blocks if b.kind != "headline"]
    return sum(b.furniture for b in blocks) / len(blocks) if blocks else 0.0


def _credits_any(article: Article) -> bool:
    return any(points_elsewhere(c, article.outlet) for c in article.credits)


def _unaligned(article: Article, aligned: set[int]) -> tuple[float, float, float]:
    """Shares of the article's body that no aligned group holds: before, between and after the aligned paragraphs."""
    body = [b for b in article.blocks if b.kind == "body"]
    total = sum(len(b.text) for b in body)
    placed = [k for k, b in enumerate(body) if b.index in aligned]
    if not total or not placed:
        return 0.0, 0.0, 0.0
    first, last = placed[0], placed[-1]
    head = sum(len(b.text) for b in body[:first])
    tail = sum(len(b.text) for b in body[last + 1:])
    inside = sum(len(b.text) for b in body[first:last + 1] if b.index not in aligned)
    return head / total, inside / total, tail / total


def own_text(article: Article, aligned: set[int]) -> float:
    """Share of the article's body in paragraphs that no aligned group holds: text of its own."""
    return sum(_unaligned(article, aligned))


def features(x: Article, y: Article, alignment: Alignment, found: Sequence[Evidence]) -> dict[str, float]:
    """The pair's features, directed ones positive when they say x is the copy (see the module)."""
    sx, sy = alignment.share_x, alignment.share_y
    out = {f"signal.{s}": _signed(found, s, x.id, y.id) for s in _SIGNALS}
    # A press release is where text begins, as an agency's copy is: one feature for both.
    out["signal.wire"] = max(-1.0, min(1.0, out["signal.wire"] + _signed(found, "release", x.id, y.id)))
    out["share_gap"] = sx - sy
    out["wholly_inside"] = (
        1.0 if sx >= _WHOLLY and sx - sy >= _WHOLLY_GAP else -1.0 if sy >= _WHOLLY and sy - sx >= _WHOLLY_GAP else 0.0
    )
    lx, ly = _body_chars(x) + 1, _body_chars(y) + 1
    out["length_ratio"] = max(-1.0, min(1.0, math.log(ly / lx) / 2.0))
    out["credits_any"] = float(_credits_any(x)) - float(_credits_any(y))
    order = 0
    gap = 0.0
    if x.published and y.published:
        order = order_of((x.published, x.published_precision), (y.published, y.published_precision)) or 0
        if order:
            x0, y0 = interval(x.published, x.published_precision)[0], interval(y.published, y.published_precision)[0]
            hours = abs((x0 - y0).total_seconds()) / 3600.0
            gap = order * min(1.0, math.log1p(hours) / math.log1p(24 * 30))
    out["date_gap"] = gap
    out["furniture_gap"] = _furniture_share(x) - _furniture_share(y)
    hx, ix, tx = _unaligned(x, {i for g in alignment.groups for i in g.x})
    hy, iy, ty = _unaligned(y, {i for g in alignment.groups for i in g.y})
    out["tail_gap"], out["head_gap"], out["inside_gap"] = ty - tx, hy - hx, iy - ix

    if any(e.signal == "update" for e in found):
        # Two versions of one outlet's story: the later is the fuller, so every shape reads the other way.
        for name in _SHAPES:
            out[name] = -out[name]
    out["bias"] = 1.0
    out["share_max"], out["share_min"] = max(sx, sy), min(sx, sy)
    out["similarity"] = alignment.similarity
    shared = max(alignment.shared_chars_x, alignment.shared_chars_y)
    out["shared_chars"] = min(1.5, math.log10(shared + 1) / 4.0)
    out["siblings"] = float(any(e.signal == "siblings" for e in found))
    out["identical"] = float(any(e.signal == "identical" for e in found))
    out["same_outlet"] = float(same_outlet(x.outlet, y.outlet))
    chars = total = 0
    for g in alignment.groups:
        for i in g.x:
            block = x.blocks[i]
            total += len(block.text)
            chars += len(block.text) if block.furniture else 0
    out["furniture_share"] = chars / total if total else 0.0
    out["headline"] = fuzz.token_set_ratio(x.title, y.title) / 100.0 if x.title and y.title else 0.0
    out["same_day"] = float(bool(x.published and y.published and not order))
    groups = alignment.groups
    out["in_order"] = sum(g.in_order for g in groups) / len(groups) if groups else 0.0
    return out
