"""Deciding who copied whom from the evidence in the texts, and saying so when it cannot.

Signals, each recorded as :class:`~provenance.models.Evidence` with the article it says is
the copy and a weight in [0, 1]:

- **credit**: one article credits the other's outlet ("Al-Jazeera – ...", "(Reuters) -",
  "Source: AFP"). Outlets are known from metadata, the URL, or the article's self-credit.
- **date**: publication times, when both are known and differ.
- **containment**: the copy's body lies mostly inside the source, not the reverse. A copy
  keeps some of its source and adds little; the source goes on where the copy stopped.
- **truncation**: the shared text is the opening of one article and all of the other.
- **wire**: one article is a news agency's and the other is not; agencies are sources.
- **composite**: an article is made of disjoint parts of two articles that share nothing with
  each other, so it combined them. This also voids the containment signal that a short source,
  quoted almost whole by the composite, would otherwise give against it.

Support for each side is 1 - Π(1 - w) over the signals that favour it. A side wins when its
support reaches ``decide`` and the other side's stays below ``conflict``; otherwise the pair
is "undetermined". Confidence is the winner's support times one minus the loser's, so
conflicting evidence lowers it rather than being ignored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone

from .align import Alignment
from .credits import KNOWN_AGENCIES, outlet_key, same_outlet
from .models import Article, Evidence, Pair
from .settings import DirectionSettings

__all__ = ["composite_evidence", "decide", "evidence"]

#: Weight of a credit naming the other article's outlet in a prefix, dateline or suffix.
CREDIT_WEIGHT = 0.9
#: Weight of a "Source:" line or byline naming the other article's outlet.
SOURCE_LINE_WEIGHT = 0.8
#: Weight of an earlier publication time.
DATE_WEIGHT = 0.6
#: Containment gaps below this say nothing; above it the weight grows with the gap
#: (0.1 → 0.45, alone not enough; 0.14, one of ten paragraphs cut → 0.51; 0.35 and more → 0.85).
CONTAINMENT_MIN_GAP = 0.1
CONTAINMENT_BASE = 0.3
CONTAINMENT_SLOPE = 1.5
#: The copy must have at least this share of its body inside the source.
CONTAINMENT_MIN_SHARE = 0.4
CONTAINMENT_MAX_WEIGHT = 0.85
TRUNCATION_WEIGHT = 0.4
WIRE_WEIGHT = 0.5
#: Weight of an article being made of disjoint parts of two unrelated articles.
COMPOSITE_WEIGHT = 0.6
#: ...and only for a source of which it took most (the share of the source's body it holds), and
#: whose text is found nowhere else in the corpus.
COMPOSITE_SOURCE_SHARE = 0.6
#: Both shares above this: the texts are the same, and containment says nothing about direction.
IDENTICAL_SHARE = 0.95


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _credits_of(copy: Article, source: Article) -> list[Evidence]:
    out = []
    if not source.outlet or same_outlet(copy.outlet, source.outlet):
        return out
    for credit in copy.credits:
        if same_outlet(credit.name, source.outlet):
            weight = CREDIT_WEIGHT if credit.form in ("prefix", "dateline", "suffix") else SOURCE_LINE_WEIGHT
            out.append(Evidence(
                signal="credit", favours=copy.id, weight=weight,
                detail=f"{copy.id} credits {credit.name!r} ({credit.form}), the outlet of {source.id} "
                       f"({source.outlet}, from {source.outlet_from})",
            ))
            break
    return out


def evidence(x: Article, y: Article, alignment: Alignment) -> list[Evidence]:
    """Every signal about the direction between two aligned articles."""
    found: list[Evidence] = []
    found += _credits_of(x, y) + _credits_of(y, x)
    if x.published and y.published:
        tx, ty = _utc(x.published), _utc(y.published)
        if abs((tx - ty).total_seconds()) >= 60:
            later, earlier = (x, y) if tx > ty else (y, x)
            found.append(Evidence(
                signal="date", favours=later.id, weight=DATE_WEIGHT,
                detail=f"{later.id} was published after {earlier.id} "
                       f"({later.published.isoformat()} vs {earlier.published.isoformat()})",
            ))
    sx, sy = alignment.share_x, alignment.share_y
    if min(sx, sy) >= IDENTICAL_SHARE:
        found.append(Evidence(
            signal="identical", favours=None, weight=0.0,
            detail=f"the bodies are nearly the same ({sx:.0%} and {sy:.0%} shared): containment gives no direction",
        ))
    elif abs(sx - sy) >= CONTAINMENT_MIN_GAP and max(sx, sy) >= CONTAINMENT_MIN_SHARE:
        copy, source, inner, outer = (x, y, sx, sy) if sx > sy else (y, x, sy, sx)
        weight = min(CONTAINMENT_MAX_WEIGHT, CONTAINMENT_BASE + CONTAINMENT_SLOPE * (inner - outer))
        found.append(Evidence(
            signal="containment", favours=copy.id, weight=round(weight, 4),
            detail=f"{inner:.0%} of {copy.id}'s body lies in {source.id}, but only {outer:.0%} of "
                   f"{source.id}'s body lies in {copy.id}",
        ))
    trunc = _truncation(x, y, alignment)
    if trunc:
        found.append(trunc)
    wire = _wire(x, y) or _wire(y, x)
    if wire:
        found.append(wire)
    return found


def _truncation(x: Article, y: Article, alignment: Alignment) -> Evidence | None:
    """The shared text runs to the end of one article's body but stops early in the other's."""
    body_x = [b.index for b in x.blocks if b.kind == "body"]
    body_y = [b.index for b in y.blocks if b.kind == "body"]
    groups = [g for g in alignment.groups if g.in_order]
    if not groups or not body_x or not body_y:
        return None
    last_x = max(i for g in groups for i in g.x)
    last_y = max(j for g in groups for j in g.y)
    rest_x = sum(1 for i in body_x if i > last_x)
    rest_y = sum(1 for j in body_y if j > last_y)
    if rest_x == 0 and rest_y >= 2:
        copy, source, rest = x, y, rest_y
    elif rest_y == 0 and rest_x >= 2:
        copy, source, rest = y, x, rest_x
    else:
        return None
    return Evidence(
        signal="truncation", favours=copy.id, weight=TRUNCATION_WEIGHT,
        detail=f"{copy.id} stops where {source.id} goes on for {rest} more body paragraphs",
    )


def _wire(copy: Article, source: Article) -> Evidence | None:
    if not (copy.outlet and source.outlet):
        return None
    if outlet_key(source.outlet) in KNOWN_AGENCIES and outlet_key(copy.outlet) not in KNOWN_AGENCIES:
        return Evidence(
            signal="wire", favours=copy.id, weight=WIRE_WEIGHT,
            detail=f"{source.id} is news-agency copy ({source.outlet}); {copy.id} is from {copy.outlet}",
        )
    return None


def composite_evidence(
    alignments: Mapping[tuple[str, str], Alignment], articles: Mapping[str, Article], min_chars: int
) -> dict[tuple[str, str], list[Evidence]]:
    """Evidence, by pair, that one article of the pair combined it with another unrelated source."""
    parts: dict[str, dict[str, set[int]]] = defaultdict(dict)
    for (a, b), al in alignments.items():
        for me, other, forward in ((a, b, True), (b, a, False)):
            article = articles[me]
            blocks = {
                i for g in al.groups for i in (g.x if forward else g.y) if article.blocks[i].kind == "body"
            }
            if sum(len(article.blocks[i].text) for i in blocks) >= min_chars:
                parts[me][other] = blocks
    found: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for me, by_partner in sorted(parts.items()):
        partners = sorted(by_partner)
        for n, p in enumerate(partners):
            for q in partners[n + 1 :]:
                related = (min(p, q), max(p, q)) in alignments
                if related or by_partner[p] & by_partner[q]:
                    continue
                for src, other in ((p, q), (q, p)):
                    key = (min(me, src), max(me, src))
                    al = alignments[key]
                    src_share = al.share_x if al.x == src else al.share_y
                    if src_share < COMPOSITE_SOURCE_SHARE or set(parts[src]) != {me}:
                        # It took little of src, or src's text is found elsewhere too: src may be
                        # a sibling as well as a source.
                        continue
                    if not any(e.signal == "composite" for e in found[key]):
                        found[key].append(Evidence(
                            signal="composite", favours=me, weight=COMPOSITE_WEIGHT,
                            detail=f"{me} combines text of {src} with text of {other}, "
                                   f"which share nothing with each other",
                        ))
    return found


def _support(found: list[Evidence], ident: str) -> float:
    rest = 1.0
    for e in found:
        if e.favours == ident:
            rest *= 1.0 - e.weight
    return 1.0 - rest


def decide(
    x: Article,
    y: Article,
    alignment: Alignment,
    settings: DirectionSettings | None = None,
    extra: Sequence[Evidence] = (),
) -> Pair:
    """Weigh the evidence between two aligned articles into a :class:`Pair` (x's id sorts first).

    ``extra`` is corpus-level evidence (see :func:`composite_evidence`).
    """
    settings = settings or DirectionSettings()
    found = evidence(x, y, alignment)
    composite = {e.favours for e in extra if e.signal == "composite"}
    if composite:
        # The composite's text outside this source comes from elsewhere: containment says nothing.
        found = [e for e in found if not (e.signal == "containment" and e.favours not in composite)]
    found += extra
    sx, sy = _support(found, x.id), _support(found, y.id)
    (copy, s_copy), (source, s_source) = ((x, sx), (y, sy)) if sx >= sy else ((y, sy), (x, sx))
    confidence = round(s_copy * (1.0 - s_source), 4)
    determined = s_copy >= settings.decide and s_source < settings.conflict and s_copy > s_source
    return Pair(
        a=x.id,
        b=y.id,
        share_a=alignment.share_x,
        share_b=alignment.share_y,
        shared_chars=alignment.shared_chars_x,
        similarity=alignment.similarity,
        relation="derived" if determined else "undetermined",
        derived=copy.id if determined else None,
        source=source.id if determined else None,
        confidence=confidence,
        evidence=tuple(found),
    )
