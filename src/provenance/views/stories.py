"""Stories: the groups of articles a diagram draws together, numbered the same way in every view.

A story is a connected part of the derived-from graph together with the undetermined pairs that
are worth drawing. An undetermined pair is worth drawing only when nothing in the graph already
explains the text its two articles share: it is left out when one article derives from the
other (directly or through a chain), or when both derive from one common source (an article or a
placeholder), since the diagram shows that already.

Stories are numbered from 1, largest first (then by their smallest id), so "story 1" is the
same story in the diagram, the HTML report and ``render(path, story=1)`` whatever the corpus
order. Articles that share text with no other article are not a story; they are listed apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

__all__ = ["Stories", "explained", "group_stories", "worth_drawing"]


def explained(graph: nx.DiGraph, a: str, b: str, sources: dict[str, set[str]] | None = None) -> bool:
    """Whether the derived-from ``graph`` already explains why ``a`` and ``b`` share text: one is
    an ancestor of the other, or they have an ancestor in common."""
    if a not in graph or b not in graph:
        return False
    up_a = sources[a] if sources is not None else nx.descendants(graph, a)
    up_b = sources[b] if sources is not None else nx.descendants(graph, b)
    return a in up_b or b in up_a or not up_a.isdisjoint(up_b)


def worth_drawing(
    graph: nx.DiGraph, undetermined: Iterable[tuple[str, str, float]]
) -> list[tuple[str, str, float]]:
    """The undetermined pairs ``(a, b, share)`` worth drawing, each once as ``(smaller id, larger
    id, share)``, sorted: those the graph does not already explain, and of those only the
    strongest links that join the same articles (a maximum spanning forest by share), so that
    a group of articles all sharing one text is drawn with one line fewer than it has articles.
    """
    pairs = sorted({(min(a, b), max(a, b), share) for a, b, share in undetermined if a in graph and b in graph})
    involved = {n for a, b, _ in pairs for n in (a, b)}
    sources = {n: nx.descendants(graph, n) for n in involved}
    unexplained = nx.Graph()
    for a, b, share in pairs:
        if not explained(graph, a, b, sources):
            unexplained.add_edge(a, b, share=share)
    forest = nx.maximum_spanning_edges(unexplained, algorithm="kruskal", weight="share", data=True)
    return sorted((min(a, b), max(a, b), data["share"]) for a, b, data in forest)


@dataclass(frozen=True)
class Stories:
    """The stories of a diagram, numbered from 1 (``stories[0]`` is story 1), and the articles alone."""

    stories: tuple[tuple[str, ...], ...]
    alone: tuple[str, ...]
    undetermined: tuple[tuple[str, str, float], ...]

    def number_of(self, node: str) -> int | None:
        """The story number of ``node`` (from 1), None when it shares text with nobody."""
        for n, members in enumerate(self.stories, 1):
            if node in members:
                return n
        return None


def group_stories(graph: nx.DiGraph, undetermined: Iterable[tuple[str, str, float]] = ()) -> Stories:
    """The stories of ``graph``: its connected parts joined by the undetermined pairs worth
    drawing, largest first; articles in none of them are ``alone``."""
    drawn = worth_drawing(graph, undetermined)
    linked = nx.Graph()
    linked.add_nodes_from(graph.nodes)
    linked.add_edges_from(graph.edges)
    linked.add_edges_from((a, b) for a, b, _ in drawn)
    parts = [tuple(sorted(c)) for c in nx.connected_components(linked)]
    stories = sorted((p for p in parts if len(p) > 1), key=lambda p: (-len(p), p[0]))
    alone = sorted(p[0] for p in parts if len(p) == 1)
    return Stories(tuple(stories), tuple(alone), tuple(drawn))
