"""From pairwise directions to direct parents, and the derived-from graph.

A copy of a copy also contains the original, so pairwise directions alone draw a triangle
where there is a chain. Each body paragraph of a derived article is attributed to the source
it agrees with best (highest similarity of its aligned group); within a tie, to the source
that is itself derived from the others (the nearest link of a chain), then to a credited one.
An article keeps an edge to every source that contributes a paragraph: one edge in a chain,
several when it mixes sources. Edges are W3C PROV wasDerivedFrom: derived → source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx

from .align import Alignment
from .models import Article, Derivation, Pair
from .settings import DirectionSettings

__all__ = ["build_graph", "direct_edges"]


def _ancestors(pairs: Iterable[Pair]) -> dict[str, set[str]]:
    g = nx.DiGraph()
    g.add_edges_from((p.derived, p.source) for p in pairs if p.relation == "derived")
    return {n: nx.descendants(g, n) for n in g}  # edge derived→source, so descendants are ancestors


def direct_edges(
    pairs: list[Pair],
    alignments: Mapping[tuple[str, str], Alignment],
    articles: Mapping[str, Article],
    credited: Mapping[tuple[str, str], bool],
    settings: DirectionSettings | None = None,
) -> set[tuple[str, str]]:
    """The (derived, source) pairs that are direct-parent edges."""
    settings = settings or DirectionSettings()
    ancestors = _ancestors(pairs)
    by_derived: dict[str, list[Pair]] = defaultdict(list)
    for p in pairs:
        if p.relation == "derived":
            by_derived[p.derived].append(p)  # type: ignore[index]
    edges: set[tuple[str, str]] = set()
    for derived, sources in sorted(by_derived.items()):
        if len(sources) == 1:
            edges.add((derived, sources[0].source))  # type: ignore[arg-type]
            continue
        article = articles[derived]
        offers: dict[int, list[tuple[float, str, float]]] = defaultdict(list)
        for p in sources:
            al = alignments[(p.a, p.b)]
            forward = al.x == derived
            for g in al.groups:
                for i in g.x if forward else g.y:
                    if article.blocks[i].kind == "body":
                        offers[i].append((g.similarity, p.source, p.similarity))  # type: ignore[arg-type]
        chosen: set[str] = set()
        for _, offered in sorted(offers.items()):
            best = max(s for s, _, _ in offered)
            tied = {src: pair_sim for s, src, pair_sim in offered if s >= best - settings.direct_tie}
            # Nearest link of a chain: a tied source that no other tied source descends from.
            nearest = [s for s in tied if not any(s in ancestors.get(o, ()) for o in tied if o != s)]
            pool = nearest or list(tied)
            pool.sort(key=lambda s: (not credited.get((derived, s), False), -tied[s], s))
            chosen.add(pool[0])
        edges.update((derived, s) for s in chosen)
    return _break_cycles(edges, {(p.derived, p.source): p.confidence for p in pairs if p.relation == "derived"})


def _break_cycles(edges: set[tuple[str, str]], confidence: Mapping[tuple[str, str], float]) -> set[tuple[str, str]]:
    g = nx.DiGraph()
    g.add_edges_from(sorted(edges))
    while True:
        try:
            cycle = nx.find_cycle(g)
        except nx.NetworkXNoCycle:
            return set(g.edges)
        weakest = min(((u, v) for u, v, *_ in cycle), key=lambda e: (confidence.get(e, 0.0), e))
        g.remove_edge(*weakest)


def build_graph(articles: Iterable[Article], derivations: Iterable[Derivation]) -> nx.DiGraph:
    """A networkx DiGraph: articles as nodes, an edge (derived, source) per derivation."""
    g = nx.DiGraph()
    for a in articles:
        g.add_node(
            a.id,
            title=a.title,
            outlet=a.outlet,
            url=a.url,
            published=a.published.isoformat() if a.published else None,
        )
    for d in derivations:
        g.add_edge(
            d.derived,
            d.source,
            relation="wasDerivedFrom",
            confidence=d.confidence,
            coverage=d.coverage,
            credited=d.credited,
            retitled=d.retitled,
        )
    return g
