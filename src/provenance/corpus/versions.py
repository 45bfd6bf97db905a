"""Two pages of one outlet where one holds the other's text below new opening paragraphs.

An outlet that follows its own story up writes a new top ("Police have named the man who ...")
and keeps what it had published below it; an agency's update does the same and tops the page with
the news. Between outlets a copy keeps some of its source and adds little, so the copy is the text
that lies inside the other; between two versions of one outlet's story it is the other way round:
the later version is the fuller one, and its own text is at its head.

:func:`later_version` says so as evidence, and the pair's shape (which body lies inside which,
where the unaligned text is, the lengths) is then read the other way round by the pair model
(:func:`~provenance.corpus.features.features`). A page that merely runs on past the other's end
is no version of it: an outlet's shorter page may be a cut. Both pages must be dated, the fuller one
later.
"""

from __future__ import annotations

from ..article.outlets import same_outlet
from ..models import Article, Evidence
from ..pairs.align import Alignment
from ..reading.dates import order_of
from .credit_signals import UNWEIGHED

__all__ = ["VERSION_SHARE", "later_version"]

#: The earlier version's body must lie at least this much inside the later one.
VERSION_SHARE = 0.8
#: And the later version's body this much less inside the earlier one.
VERSION_GAP = 0.1
#: Where an outlet must be known from for two pages to count as one outlet's.
_KNOWN_FROM = frozenset({"metadata", "url"})


def _body(article: Article) -> list[int]:
    return [b.index for b in article.blocks if b.kind == "body"]


def later_version(x: Article, y: Article, alignment: Alignment) -> Evidence | None:
    """Evidence that one of two pages of one outlet is a later version of the other: it opens with
    body paragraphs of its own above the other's text, which starts where the shared text does and
    lies almost wholly inside it. The evidence favours the later version as the derived one.

    The later version must be dated after the earlier one, beyond the dates' precision: the shapes
    alone do not say which of two pages of one outlet came first (an outlet's shorter page may be a
    cut of its longer one, with the opening dropped), and an aggregator may name as its outlet the
    agency whose story it cut. Outlets must be known from the page's metadata or address and be the
    same (by :func:`~provenance.article.outlets.same_outlet`). An outlet known only from the page's own credit
    is not enough: a client that keeps an agency's dateline signs as the agency does, and one that
    cut the agency's opening paragraph would read as the agency's earlier version.
    """
    if not all(a.outlet and a.outlet_from in _KNOWN_FROM for a in (x, y)) or not same_outlet(x.outlet, y.outlet):
        return None
    sx, sy = alignment.share_x, alignment.share_y
    if sx >= VERSION_SHARE and sx - sy >= VERSION_GAP:
        earlier, later, held = x, y, {j for g in alignment.groups for j in g.y}
        starts = {i for g in alignment.groups for i in g.x}
    elif sy >= VERSION_SHARE and sy - sx >= VERSION_GAP:
        earlier, later, held = y, x, {i for g in alignment.groups for i in g.x}
        starts = {j for g in alignment.groups for j in g.y}
    else:
        return None
    if not (earlier.published and later.published) or order_of(
        (later.published, later.published_precision), (earlier.published, earlier.published_precision)
    ) <= 0:
        return None  # the dates must say which version came first: an outlet's shorter page may be a cut
    body_earlier, body_later = _body(earlier), _body(later)
    if not body_earlier or body_earlier[0] not in starts:
        return None  # the earlier page's opening is not in the later one: a cut, not a new top
    new_top = next((k for k, i in enumerate(body_later) if i in held), 0)
    if not new_top:
        return None
    return Evidence(
        signal="update", favours=later.id, weight=UNWEIGHED,
        detail=f"{later.id} and {earlier.id} are pages of one outlet ({later.outlet}); {later.id} opens with "
               f"{new_top} body paragraph{'s' if new_top > 1 else ''} of its own above {earlier.id}'s text: a "
               "later version of it, the fuller one and dated after it",
    )
