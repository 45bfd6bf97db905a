"""What two articles' credits say of each other: whether one credits the other's outlet, an outlet
both credit, or an agency that one credits and the other does not show.

Each is read from the articles alone (their outlets, credits and reporting mentions, see
:mod:`~provenance.article.credits`); :mod:`~provenance.corpus.direction` weighs them with the rest
of a pair's evidence, and :mod:`~provenance.corpus.graph` names the common sources they point to.
"""

from __future__ import annotations

from ..article.agency_pages import agency_copy
from ..article.credits import names_outlet, names_source, points_elsewhere, unknown_outlet_credit
from ..article.outlets import KNOWN_AGENCIES, outlet_key, same_outlet
from ..models import Article, Evidence

__all__ = ["UNWEIGHED", "common_credit", "credit_evidence", "credited_elsewhere", "reporting_evidence"]

#: Weight a signal carries until the pair model weighs it (:func:`~provenance.corpus.direction.decide`).
UNWEIGHED = 0.5


def credit_evidence(copy: Article, source: Article) -> list[Evidence]:
    """The copy credits the source's outlet; or credits an outlet that the source, of unknown outlet, may be."""
    if same_outlet(copy.outlet, source.outlet):
        return []
    if source.outlet is not None:
        # A signed footer carried over is the furniture signal, not a credit.
        named = names_outlet(copy, source.outlet, footers=False)
        if named is None:
            return []
        name, form = named
        return [Evidence(
            signal="credit", favours=copy.id, weight=UNWEIGHED,
            detail=f"{copy.id} credits {name!r} ({form}), the outlet of {source.id} "
                   f"({source.outlet}, from {source.outlet_from})",
        )]
    # The source's outlet is unknown: it may be the very outlet the copy credits, unless it credits
    # that outlet too (then both took from it) or the credit is the copy naming itself.
    credit = unknown_outlet_credit(copy, source)
    if credit is None:
        return []
    return [Evidence(
        signal="credit_unknown", favours=copy.id, weight=UNWEIGHED,
        detail=f"{copy.id} credits {credit.name!r} ({credit.form}); {source.id}, whose outlet is unknown, "
               f"holds the text and does not credit it: it may be {credit.name}'s own",
    )]


def credited_elsewhere(copy: Article, source: Article) -> str | None:
    """A news agency that ``copy`` credits and ``source`` is not: the copy says its text is the
    agency's, and a copy takes its credit from where it took its text. So the two hold the agency's
    text side by side (or ``source`` took it from ``copy``), unless a sign of copying between them
    (:data:`~provenance.corpus.direction.TAKEN`) says the copy took it from the source after all
    (:func:`~provenance.corpus.direction.decide`). None when there is no such agency, or the copy
    credits the source's outlet too.

    ``source`` is not the agency when its outlet is known and another, or when, of unknown outlet, it
    reads as a client's page: it credits some outlet, and not as the agency signs its own copy
    (:func:`~provenance.article.agency_pages.agency_copy`). Whether it credits the agency as well does
    not matter: two clients of one agency story credit it alike, and neither took it from the other.
    A source that stripped the agency's credit is the agency's client all the same, which the copy
    cannot tell; so this sets aside only the copy's taking from the source, never the source's
    taking from the copy (a client dropping the credit of the text it took)."""
    if any(same_outlet(c.name, source.outlet) for c in copy.credits):
        return None
    client = source.outlet is not None or any(points_elsewhere(c, None) for c in source.credits)
    if not client:
        return None  # the source, of unknown outlet and crediting no one, may be the agency's own page
    for name in sorted(
        c.name for c in copy.credits if outlet_key(c.name) in KNOWN_AGENCIES and points_elsewhere(c, copy.outlet)
    ):
        if not same_outlet(name, source.outlet) and not agency_copy(source, name):
            return name  # (a source signed as the agency signs its own copy may be the agency's page)
    return None


def common_credit(x: Article, y: Article) -> str | None:
    """A name both articles credit that is neither's own outlet: the source they may both have taken."""
    names = sorted(
        c.name for c in x.credits
        if names_source(c, x.outlet) and not same_outlet(c.name, x.outlet) and not same_outlet(c.name, y.outlet)
        and any(same_outlet(c.name, d.name) for d in y.credits if names_source(d, y.outlet))
    )
    return names[0] if names else None


def reporting_evidence(x: Article, y: Article) -> Evidence | None:
    """Both name an agency as where their reporting came from, and one of them is that agency's."""
    for owner, other in ((x, y), (y, x)):
        if not owner.outlet or same_outlet(owner.outlet, other.outlet):
            continue
        for mention in owner.reporting:
            if same_outlet(mention.name, owner.outlet) and any(
                same_outlet(mention.name, m.name) for m in other.reporting
            ):
                return Evidence(
                    signal="reporting", favours=other.id, weight=UNWEIGHED,
                    detail=f"both say their reporting came from {mention.name}, the outlet of {owner.id}",
                )
    return None
