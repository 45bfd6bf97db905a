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
from collections.abc import Iterable, Iterator, Mapping

import networkx as nx

from ..errors import RenderError
from ..models import Pair
from ..reading.urls import is_link
from .grid import arrange
from .names import node_name
from .stories import Stories, group_stories
from .wording import confidence_text

__all__ = ["MAX_STORIES", "generate_dot", "quote", "undetermined_of"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Headlines are wrapped to this width in node labels, and cut after this many lines.
LABEL_WIDTH = 28
HEADLINE_LINES = 2
#: A diagram of the whole corpus draws at most this many stories, the largest.
MAX_STORIES = 40
UNCREDITED_COLOUR = "#c0392b"
CREDITED_COLOUR = "#2c3e50"
UNDETERMINED_COLOUR = "#7f8c8d"
#: Fill of an article that others copied and that copied nobody (an original in this corpus).
ORIGINAL_FILL = "#e8f1fb"
COPY_FILL = "#f8f9fa"
ALONE_FILL = "#ffffff"
RETITLE_MARK = "✎"
CREDIT_MARK = "✓"
NO_CREDIT_MARK = "✗"
LEGEND = (
    "arrow: copy → source, with the share of the copy's body taken from the source · hover for details\n"
    f"{CREDIT_MARK} credited · {NO_CREDIT_MARK} thick red = UNCREDITED · dotted arrow = rewrite · "
    f"{RETITLE_MARK} retitled · dashed grey line, ? = shared text, direction undetermined (strongest links only)"
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
    """Outlet (once), headline cut to :data:`HEADLINE_LINES` lines, date; a placeholder in one line."""
    if data.get("placeholder"):  # one line; several placeholders are told apart by their stories
        return node_name(data["id"], {k: v for k, v in data.items() if k != "name"})
    lines = [str(data["outlet"])] if data.get("outlet") else []
    title = str(data.get("title") or data["id"])
    lines.extend(textwrap.wrap(title, LABEL_WIDTH, max_lines=HEADLINE_LINES, placeholder=" …") or [title])
    if data.get("published"):
        lines.append(str(data["published"])[:10])
    return "\n".join(lines)


def _node_tooltip(node: str, data: dict) -> str:
    name = node_name(node, data)
    if data.get("placeholder"):
        return f"{name}: the text its copies share"
    return f"{name} · {data.get('published') or 'undated'} (id {node})"


def _node_attrs(node: str, data: dict, fill: str) -> dict[str, str]:
    attrs = {"label": _node_label({"id": node, **data}), "tooltip": _node_tooltip(node, data), "fillcolor": fill}
    if data.get("placeholder"):
        attrs["style"] = "rounded,dashed,filled"
    if data.get("url") and is_link(str(data["url"])):  # a web page only: never a script or a file
        attrs["URL"] = str(data["url"]).strip()
        attrs["target"] = "_blank"
    return attrs


def _edge_attrs(u: str, v: str, data: dict, graph: nx.DiGraph) -> dict[str, str]:
    credited = bool(data.get("credited"))
    rewrite = data.get("reuse") == "rewrite"
    mark = CREDIT_MARK if credited else NO_CREDIT_MARK
    label = f"{'rewrite ' if rewrite else ''}{data.get('coverage', 0):.0%} {mark}"
    if data.get("retitled"):
        label += f" {RETITLE_MARK}"
    colour = CREDITED_COLOUR if credited else UNCREDITED_COLOUR
    facts = [
        f"{'rewritten' if rewrite else 'copied'} from {node_name(v, graph.nodes[v])}",
        f"{data.get('coverage', 0):.0%} of the copy's body came from it",
        "credited its source" if credited else "did NOT credit its source",
    ]
    if data.get("retitled"):
        facts.append("retitled")
    facts.append(f"confidence {confidence_text(data.get('confidence', 0))}")
    attrs = {
        "label": label,
        "color": colour,
        "fontcolor": colour,
        "tooltip": f"{node_name(u, graph.nodes[u])}: " + "; ".join(facts),
        "penwidth": "1.2" if credited else "3",
    }
    if rewrite:
        attrs["style"] = "dotted"
    if not credited:
        attrs["fontname"] = "Helvetica-Bold"
    return attrs


def _attrs(attrs: dict[str, str]) -> str:
    return ", ".join(f"{k}={quote(v)}" for k, v in sorted(attrs.items()))


def _chosen(found: Stories, story: int | None, max_stories: int) -> tuple[list[tuple[str, ...]], list[str], list[str]]:
    """The stories to draw (with their numbers kept in the cluster names), the articles alone to
    draw, and a note of what was left out."""
    numbered = list(enumerate(found.stories, 1))
    if story is not None:
        if isinstance(story, bool) or not isinstance(story, int):
            raise RenderError(f"story is {story!r}: give a story's number, a whole number from 1")
        if not 1 <= story <= len(found.stories):
            raise RenderError(f"there is no story {story}: this corpus has {len(found.stories)} (numbered from 1)")
        return [found.stories[story - 1]], [], [f"story {story} of {len(found.stories)}"]
    drawn = [members for _, members in numbered[:max_stories]]
    left = len(found.stories) - len(drawn)
    if not left:
        return drawn, list(found.alone), []
    note = f"the {len(drawn)} largest of {len(found.stories)} stories; {left} smaller stories"
    if found.alone:
        note += f" and {len(found.alone)} articles sharing no text"
    return drawn, [], [note + " are not drawn (draw one with story=N)"]


def undetermined_of(pairs: Iterable[Pair]) -> list[tuple[str, str, float]]:
    """The undetermined pairs of a report as :func:`generate_dot` takes them: (a, b, larger share)."""
    return [(p.a, p.b, max(p.share_a, p.share_b)) for p in pairs if p.relation == "undetermined"]


def generate_dot(
    graph: nx.DiGraph,
    name: str = "provenance",
    undetermined: Iterable[tuple[str, str, float]] = (),
    *,
    story: int | None = None,
    max_stories: int = MAX_STORIES,
    links: Mapping[tuple[str, str], str] | None = None,
) -> Iterator[str]:
    """Lines of DOT for a derived-from graph (edges derived → source), one story per cluster.

    ``undetermined`` holds pairs ``(a, b, share)`` that share text with no decided direction;
    those the graph does not already explain are drawn as dashed lines without arrowheads and
    keep both articles in one story. ``story`` (numbered from 1, largest first) draws that story
    alone; otherwise at most ``max_stories`` stories are drawn, the largest, and the legend says
    how many were left out. Stories are packed in rows so the drawing is about as wide as high.
    ``links`` maps an edge (derived, source), or an undetermined pair (smaller id, larger id), to
    the address a click on it opens (the HTML report links each to its side-by-side view).
    """
    links = links or {}
    found = group_stories(graph, undetermined)
    stories, alone, notes = _chosen(found, story, max_stories)
    numbers = {members: n for n, members in enumerate(found.stories, 1)}
    blocks: list[tuple[str, ...]] = [*stories, tuple(alone)] if alone else list(stories)
    arrangement = arrange(graph, blocks, loose=len(stories) if alone else None)
    shown = {node for block in blocks for node in block}
    legend = "\n".join([*notes, LEGEND])

    yield f"digraph {quote(name)} {{"
    yield (
        f'  graph [rankdir="BT", fontname="Helvetica", fontsize="10", newrank="true", '
        f'labelloc="b", label={quote(legend)}];'
    )
    yield '  node [shape="box", style="rounded,filled", fillcolor="#f8f9fa", fontname="Helvetica", fontsize="10"];'
    yield '  edge [fontname="Helvetica", fontsize="9"];'
    for members in stories:
        number = numbers[members]
        yield f"  subgraph {quote(f'cluster_story_{number}')} {{"
        yield f'    graph [label={quote(f"story {number}")}, style="dashed", color="#95a5a6"];'
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
    for point in arrangement.breaks:
        yield f'  {quote(point)} [shape="point", style="invis", width="0", height="0", label=""];'
    for lower, upper in arrangement.below:
        yield f'  {quote(lower)} -> {quote(upper)} [style="invis", weight="0"];'
    for u, v in sorted(graph.edges):
        if u in shown:
            attrs = _edge_attrs(u, v, graph.edges[u, v], graph)
            if (u, v) in links:
                attrs["URL"] = links[u, v]
            yield f"  {quote(u)} -> {quote(v)} [{_attrs(attrs)}];"
    for a, b, share in found.undetermined:
        if a not in shown:
            continue
        attrs = {
            "label": f"{share:.0%} shared ?",
            "style": "dashed",
            "dir": "none",
            "color": UNDETERMINED_COLOUR,
            "fontcolor": UNDETERMINED_COLOUR,
            "constraint": "false",
            **({"URL": links[a, b]} if (a, b) in links else {}),
            "tooltip": (
                f"{node_name(a, graph.nodes[a])} and {node_name(b, graph.nodes[b])} share {share:.0%} of a text; "
                "who copied whom is undetermined"
            ),
        }
        yield f"  {quote(a)} -> {quote(b)} [{_attrs(attrs)}];"
    yield "}"
