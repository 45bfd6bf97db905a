"""Where each story goes in a diagram: generations in ranks, wide ranks folded, stories in rows.

Graphviz's ``dot`` lays a graph out in ranks and puts unconnected parts side by side, so a corpus
of forty small stories becomes one row forty stories wide. Graphviz's own packing of connected
parts would fix that, but in ``dot`` it drops edge labels and cluster boxes. So the diagram is
arranged here, with constraints ``dot`` honours, before ``dot`` draws it:

- a rank holding more copies that nobody copied than :data:`ROW` is folded into several rows
  (an invisible edge puts each such copy below the one :data:`ROW` places before it);
- stories are filled into rows of a width chosen so that the whole diagram comes out about
  :data:`ASPECT` times as wide as it is high, and an invisible point between two rows lies
  below every article of the row above and above every article of the row below.

Sizes are estimated in nodes (a story is as wide as its widest rank, as high as its ranks);
that is enough to keep the drawing within 1:3 and 3:1 without running ``dot`` twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx

__all__ = ["ASPECT", "ROW", "Arrangement", "arrange"]

#: Width over height the whole diagram aims at (a screen or a landscape page).
ASPECT = 1.4
#: Copies that nobody copied, side by side in one rank, before the rank is folded.
ROW = 4
#: A node's width and a rank's height, in the same unit (inches, as ``dot`` draws them with
#: labels of a few short lines and one edge label between ranks).
NODE_WIDTH = 2.6
RANK_HEIGHT = 1.7


@dataclass(frozen=True)
class Arrangement:
    """Invisible constraints to add to the DOT: ``below`` pairs (lower, upper) and one point per row break."""

    below: tuple[tuple[str, str], ...]
    rows: tuple[tuple[int, ...], ...]  # story indexes (into the blocks given) per row, top row first
    breaks: tuple[str, ...]  # names of the invisible points between rows


def _levels(graph: nx.DiGraph, members: Sequence[str]) -> dict[str, int]:
    """Generation of each member: 0 for a source of nobody in the story, else one below its lowest source."""
    sub = graph.subgraph(members)
    level: dict[str, int] = {}
    for node in reversed(list(nx.lexicographical_topological_sort(sub))):
        level[node] = 1 + max((level[s] for s in sub.successors(node)), default=-1)
    return level


def _fold(graph: nx.DiGraph, members: Sequence[str]) -> tuple[list[tuple[str, str]], int, int]:
    """Invisible (lower, upper) pairs folding wide ranks, and the story's width and height in nodes."""
    sub = graph.subgraph(members)
    if not nx.is_directed_acyclic_graph(sub):  # never made by the tracer; drawn unfolded
        return [], min(len(members), ROW), 1
    level = _levels(graph, members)
    ranks: dict[int, list[str]] = {}
    for node in sorted(members):
        ranks.setdefault(level[node], []).append(node)
    below: list[tuple[str, str]] = []
    width, height = 1, 0
    for depth in sorted(ranks):
        nodes = ranks[depth]
        leaves = [n for n in nodes if sub.in_degree(n) == 0 and depth > 0]
        others = len(nodes) - len(leaves)
        below += [(leaves[i], leaves[i - ROW]) for i in range(ROW, len(leaves))]
        folded = math.ceil(len(leaves) / ROW) if leaves else 0
        width = max(width, others, min(len(leaves), ROW))
        height += max(1, folded)
    return below, width, height


def _grid(members: Sequence[str]) -> tuple[list[tuple[str, str]], int, int]:
    """Articles sharing no text, in a block about as wide as it is high."""
    columns = max(1, round(math.sqrt(len(members) * RANK_HEIGHT / NODE_WIDTH * ASPECT)))
    ordered = sorted(members)
    below = [(ordered[i], ordered[i - columns]) for i in range(columns, len(ordered))]
    return below, min(columns, len(ordered)), math.ceil(len(ordered) / columns)


def arrange(graph: nx.DiGraph, blocks: Sequence[Sequence[str]], loose: int | None = None) -> Arrangement:
    """Constraints placing ``blocks`` (stories, in order) in rows; block ``loose``, if given, holds
    articles with no edges and is laid out as a grid."""
    below: list[tuple[str, str]] = []
    sizes: list[tuple[int, int]] = []
    for n, members in enumerate(blocks):
        folds, width, height = _grid(members) if n == loose else _fold(graph, members)
        below += folds
        sizes.append((width, height))
    area = sum(w * NODE_WIDTH * h * RANK_HEIGHT for w, h in sizes)
    target = max(max((w for w, _ in sizes), default=1) * NODE_WIDTH, math.sqrt(area * ASPECT))
    rows: list[list[int]] = []
    used = 0.0
    for n, (width, _) in enumerate(sizes):
        if not rows or used + width * NODE_WIDTH > target * 1.05:
            rows.append([])
            used = 0.0
        rows[-1].append(n)
        used += width * NODE_WIDTH
    breaks = tuple(f"row_break_{n}" for n in range(1, len(rows)))
    for n, point in enumerate(breaks):
        upper = sorted(m for i in rows[n] for m in blocks[i] if graph.in_degree(m) == 0)
        lower = sorted(m for i in rows[n + 1] for m in blocks[i] if graph.out_degree(m) == 0)
        below += [(point, m) for m in upper] + [(m, point) for m in lower]
    return Arrangement(tuple(below), tuple(tuple(r) for r in rows), breaks)
