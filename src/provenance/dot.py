"""Graphviz DOT source for a provenance graph, written here so it needs no Graphviz install.

Output is deterministic (nodes, clusters and edges in sorted order) and every id and label is
escaped, so any headline, however hostile, yields valid DOT that draws the same every time.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

import networkx as nx

__all__ = ["generate_dot", "quote"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Headlines are wrapped to this width in node labels.
LABEL_WIDTH = 32
UNCREDITED_COLOUR = "#c0392b"
CREDITED_COLOUR = "#2c3e50"


def quote(text: str) -> str:
    """A DOT double-quoted string; backslashes, quotes and line breaks cannot escape it.

    >>> quote('say "hi" \\\\ now')
    '"say \\\\"hi\\\\" \\\\\\\\ now"'
    """
    text = _CONTROL.sub(" ", text)
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n")
    return f'"{text}"'


def _node_label(data: dict) -> str:
    lines = []
    if data.get("outlet"):
        lines.append(str(data["outlet"]))
    title = data.get("title") or data["id"]
    lines.extend(textwrap.wrap(str(title), LABEL_WIDTH, max_lines=3, placeholder=" …") or [str(title)])
    if data.get("published"):
        lines.append(str(data["published"])[:10])
    if data.get("placeholder"):
        lines.append("(not in corpus)")
    return "\n".join(lines)


def _edge_attrs(data: dict) -> dict[str, str]:
    parts = [f"{data.get('coverage', 0):.0%} of copy"]
    parts.append("credited" if data.get("credited") else "UNCREDITED")
    if data.get("retitled"):
        parts.append("retitled")
    colour = CREDITED_COLOUR if data.get("credited") else UNCREDITED_COLOUR
    attrs = {"label": "\n".join(parts), "color": colour, "fontcolor": colour}
    if not data.get("credited"):
        attrs["penwidth"] = "2.5"
    else:
        attrs["style"] = "solid"
    return attrs


def _attrs(attrs: dict[str, str]) -> str:
    return ", ".join(f"{k}={quote(v)}" for k, v in sorted(attrs.items()))


def generate_dot(graph: nx.DiGraph, name: str = "provenance") -> Iterator[str]:
    """Lines of DOT for a derived-from graph (edges derived → source), one story per cluster."""
    yield f"digraph {quote(name)} {{"
    yield '  graph [rankdir="BT", fontname="Helvetica", newrank="true"];'
    yield '  node [shape="box", style="rounded,filled", fillcolor="#f8f9fa", fontname="Helvetica", fontsize="10"];'
    yield '  edge [fontname="Helvetica", fontsize="9"];'
    components = sorted((sorted(c) for c in nx.weakly_connected_components(graph)), key=lambda c: c[0])
    stories = [c for c in components if len(c) > 1]
    alone = [c[0] for c in components if len(c) == 1]
    for n, members in enumerate(stories):
        yield f"  subgraph {quote(f'cluster_story_{n}')} {{"
        yield f'    graph [label={quote(f"story {n + 1}")}, style="dashed", color="#95a5a6"];'
        for node in members:
            yield f"    {quote(node)} [{_attrs({'label': _node_label({'id': node, **graph.nodes[node]})})}];"
        yield "  }"
    if alone:
        yield f"  subgraph {quote('cluster_unrelated')} {{"
        yield '    graph [label="no shared text", style="dotted", color="#bdc3c7"];'
        for node in alone:
            label = _node_label({"id": node, **graph.nodes[node]})
            yield f"    {quote(node)} [{_attrs({'label': label, 'fillcolor': '#ffffff'})}];"
        yield "  }"
    for u, v in sorted(graph.edges):
        yield f"  {quote(u)} -> {quote(v)} [{_attrs(_edge_attrs(graph.edges[u, v]))}];"
    yield "}"
