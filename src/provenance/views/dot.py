"""Graphviz DOT source for a provenance graph, written here so it needs no Graphviz install.

Each article is a box naming its outlet, headline and date; each derivation is an arrow from
the copy to its source labelled with the share of the copy that came from the source, whether
the copy credited it and whether it was retitled. Uncredited reuse is drawn thick and red so
it is the first thing a reader sees. Articles linked by derivations (or by shared text whose
direction is undetermined) are boxed together as one story; articles sharing no text with any
other sit apart in their own box.

Output is deterministic (nodes, clusters and edges in sorted order, numbers formatted the same
way) and every id and label is escaped, so any headline, however hostile, yields valid DOT that
is byte-identical for the same report.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Iterator

import networkx as nx

__all__ = ["generate_dot", "quote"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Headlines are wrapped to this width in node labels.
LABEL_WIDTH = 32
UNCREDITED_COLOUR = "#c0392b"
CREDITED_COLOUR = "#2c3e50"
UNDETERMINED_COLOUR = "#7f8c8d"
#: Fill of an article that others copied and that copied nobody (an original in this corpus).
ORIGINAL_FILL = "#e8f1fb"
COPY_FILL = "#f8f9fa"
ALONE_FILL = "#ffffff"
RETITLE_MARK = "✎ retitled"
LEGEND = (
    "arrow: copy → source, with the share of the copy's body taken from the source\n"
    "thick red arrow = UNCREDITED reuse · ✎ = copy retitled · dashed grey line = shared text, direction undetermined"
)


def quote(text: str) -> str:
    """A DOT double-quoted string; backslashes, quotes and line breaks cannot escape it.

    Distinct texts give distinct strings (two ids never become one node): a backslash is
    doubled first, so the escapes added after it (``\\n`` for a line break, ``\\x0d`` for a
    carriage return or another control character) cannot be mistaken for input text.

    >>> quote('say "hi" \\\\ now')
    '"say \\\\"hi\\\\" \\\\\\\\ now"'
    >>> quote("a\\rb") != quote("ab") != quote("a b")
    True
    """
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return f'"{text}"'


def _node_label(data: dict) -> str:
    lines = [str(data["outlet"]) if data.get("outlet") else "outlet unknown"]
    title = data.get("title") or data["id"]
    lines.extend(textwrap.wrap(str(title), LABEL_WIDTH, max_lines=3, placeholder=" …") or [str(title)])
    lines.append(str(data["published"])[:10] if data.get("published") else "undated")
    if data.get("placeholder"):
        lines.append("(not in corpus)")
    return "\n".join(lines)


def _node_attrs(node: str, data: dict, fill: str) -> dict[str, str]:
    return {"label": _node_label({"id": node, **data}), "tooltip": node, "fillcolor": fill}


def _edge_attrs(u: str, v: str, data: dict) -> dict[str, str]:
    credited = bool(data.get("credited"))
    parts = [f"{data.get('coverage', 0):.0%} of copy", "credited" if credited else "UNCREDITED"]
    if data.get("retitled"):
        parts.append(RETITLE_MARK)
    colour = CREDITED_COLOUR if credited else UNCREDITED_COLOUR
    attrs = {
        "label": "\n".join(parts),
        "color": colour,
        "fontcolor": colour,
        "tooltip": f"{u} wasDerivedFrom {v}; confidence {data.get('confidence', 0):.2f}",
        "penwidth": "1.2" if credited else "3",
    }
    if not credited:
        attrs["fontname"] = "Helvetica-Bold"
    return attrs


def _attrs(attrs: dict[str, str]) -> str:
    return ", ".join(f"{k}={quote(v)}" for k, v in sorted(attrs.items()))


def generate_dot(
    graph: nx.DiGraph,
    name: str = "provenance",
    undetermined: Iterable[tuple[str, str, float]] = (),
) -> Iterator[str]:
    """Lines of DOT for a derived-from graph (edges derived → source), one story per cluster.

    ``undetermined`` holds pairs ``(a, b, share)`` that share text with no decided direction;
    they are drawn as dashed lines without arrowheads and keep both articles in one story.
    """
    undecided = sorted({(min(a, b), max(a, b), share) for a, b, share in undetermined if a in graph and b in graph})
    linked = nx.Graph()
    linked.add_nodes_from(graph.nodes)
    linked.add_edges_from(graph.edges)
    linked.add_edges_from((a, b) for a, b, _ in undecided)
    components = sorted((sorted(c) for c in nx.connected_components(linked)), key=lambda c: c[0])
    stories = [c for c in components if len(c) > 1]
    alone = [c[0] for c in components if len(c) == 1]

    yield f"digraph {quote(name)} {{"
    yield (
        f'  graph [rankdir="BT", fontname="Helvetica", fontsize="10", newrank="true", '
        f'labelloc="b", label={quote(LEGEND)}];'
    )
    yield '  node [shape="box", style="rounded,filled", fillcolor="#f8f9fa", fontname="Helvetica", fontsize="10"];'
    yield '  edge [fontname="Helvetica", fontsize="9"];'
    for n, members in enumerate(stories):
        yield f"  subgraph {quote(f'cluster_story_{n + 1}')} {{"
        yield f'    graph [label={quote(f"story {n + 1}")}, style="dashed", color="#95a5a6"];'
        for node in members:
            original = graph.in_degree(node) > 0 and graph.out_degree(node) == 0
            attrs = _node_attrs(node, graph.nodes[node], ORIGINAL_FILL if original else COPY_FILL)
            yield f"    {quote(node)} [{_attrs(attrs)}];"
        yield "  }"
    if alone:
        yield f"  subgraph {quote('cluster_unrelated')} {{"
        yield '    graph [label="no shared text", style="dotted", color="#bdc3c7"];'
        for node in alone:
            yield f"    {quote(node)} [{_attrs(_node_attrs(node, graph.nodes[node], ALONE_FILL))}];"
        yield "  }"
    for u, v in sorted(graph.edges):
        yield f"  {quote(u)} -> {quote(v)} [{_attrs(_edge_attrs(u, v, graph.edges[u, v]))}];"
    for a, b, share in undecided:
        attrs = {
            "label": f"{share:.0%} shared\ndirection undetermined",
            "style": "dashed",
            "dir": "none",
            "color": UNDETERMINED_COLOUR,
            "fontcolor": UNDETERMINED_COLOUR,
            "constraint": "false",
            "tooltip": f"{a} and {b} share text; who copied whom is undetermined",
        }
        yield f"  {quote(a)} -> {quote(b)} [{_attrs(attrs)}];"
    yield "}"
