"""Exact duplicates: articles whose text (headline aside) is the same, block for block.

A wire story run unchanged by a thousand sites is a thousand articles with one body. Comparing
them all with each other would cost half a million alignments that all say "identical"; worse,
their every shingle would be found in more articles than the boilerplate cap allows, so
:mod:`provenance.pairs.candidates` would set the whole story aside and report no relation at all.

So each group of exact duplicates is collapsed to one representative before candidates are
sought, and the group is reported whole (:class:`~provenance.models.DuplicateGroup`): every
member stays in the report's documents, and every other member is paired with the
representative (a star, not a clique: k - 1 pairs, not k(k - 1)/2), so the evidence that can
still order them (dates, credits, outlets) is weighed as for any pair. The representative is the
earliest published member, then the smallest id: the same whatever the order of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from ..models import Article, DuplicateGroup

__all__ = ["Collapsed", "body_key", "collapse"]


@dataclass(frozen=True)
class Collapsed:
    """Exact-duplicate groups of an article list, by index into that list."""

    representatives: list[int]  # one index per distinct body, ascending
    pairs: list[tuple[int, int]]  # (i, j), i < j: each duplicate with its group's representative
    groups: tuple[DuplicateGroup, ...]  # groups of two or more, sorted by representative


def body_key(article: Article) -> tuple[tuple[str, str], ...]:
    """What makes two segmented articles duplicates: the kind and text of every non-headline block."""
    return tuple((b.kind, b.text) for b in article.blocks if b.kind != "headline")


def _seniority(article: Article) -> tuple[bool, datetime, str]:
    """Sort key: dated before undated, earliest first, then by id."""
    moment = article.published
    if moment is None:
        return (True, datetime.min.replace(tzinfo=timezone.utc), article.id)
    utc = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
    return (False, utc, article.id)


def collapse(articles: Sequence[Article]) -> Collapsed:
    """Group the (segmented) articles by :func:`body_key`; one representative per group."""
    by_key: dict[tuple[tuple[str, str], ...], list[int]] = defaultdict(list)
    for n, article in enumerate(articles):
        by_key[body_key(article)].append(n)
    representatives: list[int] = []
    pairs: list[tuple[int, int]] = []
    groups: list[DuplicateGroup] = []
    for members in by_key.values():
        rep = min(members, key=lambda n: _seniority(articles[n]))
        representatives.append(rep)
        if len(members) < 2:
            continue
        pairs.extend((min(rep, n), max(rep, n)) for n in members if n != rep)
        groups.append(
            DuplicateGroup(
                representative=articles[rep].id,
                members=tuple(sorted(articles[n].id for n in members)),
            )
        )
    return Collapsed(
        representatives=sorted(representatives),
        pairs=sorted(pairs),
        groups=tuple(sorted(groups, key=lambda g: g.representative)),
    )
