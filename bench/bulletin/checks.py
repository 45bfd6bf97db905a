"""Self-checks of a bulletin corpus and the counts its README quotes.

:func:`problems` reads only what a user gets (records and truth): ids unique and well formed, every
id in the truth a record, no cycle among edges, story keys consistent along edges, every edge
backed by shared text. :func:`node_problems` checks what only the generator knows: dates never
before a source's, story keys equal to the main source's. :func:`source_problems` checks that the
real texts are used as the partition of :mod:`sources` says: a story only from a text reserved for
stories, never one text behind two story keys. :func:`stray_paragraphs` finds body paragraphs that
two unrelated pages print verbatim (reuse the truth does not record). :func:`stray_runs` counts
shorter body text shared across unrelated stories (expected only where the generator plants it:
quotations and stock paragraphs in independent reports, stock sentences of updates).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from . import dates
from .model import Desk, Node
from .text import shingles

__all__ = ["depth", "node_problems", "problems", "source_problems", "stray_paragraphs", "stray_runs", "summary"]

_ID = re.compile(r"^bu-[0-9a-f]{10}$")


def problems(records: list[dict[str, Any]], given: dict[str, Any]) -> list[str]:
    """What is wrong with a corpus as its user sees it (an empty list when nothing is)."""
    out: list[str] = []
    ids = [r["id"] for r in records]
    known = set(ids)
    if len(known) != len(ids):
        out.append("duplicate record ids")
    out += [f"bad id {i}" for i in ids if not _ID.match(i)]
    for r in records:
        if not {"id", "title", "text"} <= set(r) or set(r) - {"id", "title", "text", "outlet", "url", "published"}:
            out.append(f"{r['id']}: unexpected fields {sorted(r)}")
    story = given["story"]
    if set(story) != known:
        out.append("story keys do not cover exactly the records")
    parents: dict[str, list[str]] = defaultdict(list)
    for copy, parent in given["edges"]:
        if copy not in known or parent not in known:
            out.append(f"edge {copy}->{parent} names a missing record")
        elif copy == parent:
            out.append(f"self edge {copy}")
        else:
            parents[copy].append(parent)
    absent = {}
    for copy, name in given["absent"]:
        if copy not in known:
            out.append(f"absent entry names a missing record {copy}")
        if copy in absent:
            out.append(f"two absent entries for {copy}")
        absent[copy] = name
    if _cyclic(parents):
        out.append("edges form a cycle")
    for copy, ps in parents.items():
        keys = {story[p] for p in ps}
        if copy not in absent and story[copy] not in keys:
            out.append(f"{copy}: story key {story[copy]} is none of its sources' {sorted(keys)}")
        if len(ps) == 1 and copy not in absent and story[copy] != story[ps[0]]:
            out.append(f"{copy}: copy's story key differs from its parent's")
    text = {r["id"]: shingles(r["text"]) for r in records}
    unbacked = [f"{c}->{p}" for c, ps in parents.items() for p in ps if not text[c] & text[p]]
    if unbacked:
        out.append(f"{len(unbacked)} edges with no eight-word run in common, e.g. {unbacked[:3]}")
    return out


def _cyclic(parents: dict[str, list[str]]) -> bool:
    state: dict[str, int] = {}
    for start in sorted(parents):
        if state.get(start):
            continue
        stack = [(start, iter(parents.get(start, [])))]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return True
            elif not state.get(nxt):
                state[nxt] = 1
                stack.append((nxt, iter(parents.get(nxt, []))))
    return False


def depth(given: dict[str, Any]) -> int:
    """The longest chain of edges (copies of copies) in the truth."""
    parents: dict[str, list[str]] = defaultdict(list)
    for copy, parent in given["edges"]:
        parents[copy].append(parent)
    memo: dict[str, int] = {}

    def up(node: str) -> int:
        if node not in memo:
            memo[node] = 0
            memo[node] = max((1 + up(p) for p in parents.get(node, [])), default=0)
        return memo[node]

    return max((up(n) for n in list(parents)), default=0)


def node_problems(desk: Desk) -> list[str]:
    """What is wrong with the nodes behind a corpus: a page dated before a source (as instants or as
    the wall-clock times the two outlets print), or a story key other than its main source's."""
    out = []
    for node in desk.nodes:
        if node.main is not None and node.story != node.main.story:
            out.append(f"node {node.nid} ({node.kind}): story key differs from its main source's")
        for p in node.parents:
            if node.when < p.when:
                out.append(f"node {node.nid} ({node.kind}) is older than its source {p.nid}")
            if node.present and p.present and node.outlet and p.outlet:
                mine = dates.shown(node.outlet.date_style, node.outlet.zone, node.when)
                theirs = dates.shown(p.outlet.date_style, p.outlet.zone, p.when)
                if mine < theirs:
                    out.append(f"node {node.nid} ({node.kind}) prints a time before its source {p.nid}")
    return out


def source_problems(desk: Desk) -> list[str]:
    """Real texts used against the partition of :mod:`sources`: a node built from a text not reserved
    for stories, or one text behind two story keys."""
    out = []
    keys: dict[str, set[str]] = defaultdict(set)
    for node in desk.nodes:
        if node.doc:
            keys[node.doc].add(node.story)
            if desk.pool.drawn.get(node.doc) != "story":
                out.append(f"node {node.nid} ({node.kind}) is built from {node.doc}, not a text reserved for stories")
    out += [f"{doc} is behind several story keys {sorted(ks)}" for doc, ks in sorted(keys.items()) if len(ks) > 1]
    return out


PARAGRAPH_WORDS = 25  # a body paragraph this long is reuse when two unrelated pages print it verbatim


def _norm(text: str) -> str:
    return " ".join(text.split())


def stray_paragraphs(desk: Desk, given: dict[str, Any], least: int = PARAGRAPH_WORDS) -> list[str]:
    """Body paragraphs of ``least`` words or more that two unrelated pages print verbatim (after
    whitespace normalisation): reuse the truth does not record.

    Two pages are related when the story keys of their ancestors (the page itself, its sources, their
    sources, ... along the truth's edges) meet: the same story, one copied from the other, or both
    taking text from one story (a roundup and another copy of a story whose copy it took up). The
    quotations planted on purpose in independent reports are excused: a paragraph holding one is not
    counted."""
    parents: dict[str, list[str]] = defaultdict(list)
    for copy, parent in given["edges"]:
        parents[copy].append(parent)
    story = given["story"]
    lineage: dict[str, frozenset[str]] = {}
    for page in story:
        seen = {page}
        stack = list(parents.get(page, []))
        while stack:
            p = stack.pop()
            if p not in seen:
                seen.add(p)
                stack += parents.get(p, [])
        lineage[page] = frozenset(story[p] for p in seen)
    planted = [_norm(q) for q in desk.planted]
    where: dict[str, list[str]] = defaultdict(list)
    for node in desk.nodes:
        if not node.present:
            continue
        for para in dict.fromkeys(_norm(p) for p in node.body):
            if len(para.split()) >= least and not any(q in para for q in planted):
                where[para].append(node.rid)
    out = []
    for para, pages in where.items():
        for i, a in enumerate(pages):
            for b in pages[i + 1:]:
                if not lineage[a] & lineage[b]:
                    out.append(f"{a} ({story[a]}) and {b} ({story[b]}) share a paragraph with no edge, ancestor "
                               f"or common source between them: {para[:70]!r}")
    return out


def stray_runs(desk: Desk) -> Counter[str]:
    """Ten-word runs of story text (furniture and credits left out) that two unrelated stories share
    (stories not joined by any chain of sources), counted by the kinds of pages that share them."""
    group: dict[int, int] = {n.nid: n.nid for n in desk.nodes}

    def find(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for node in desk.nodes:
        for p in node.parents:
            group[find(node.nid)] = find(p.nid)
    seen: dict[int, tuple[int, Node]] = {}
    found: Counter[str] = Counter()
    for node in desk.nodes:
        if not node.present:
            continue
        root = find(node.nid)
        for run in shingles(" ".join(node.body), 10):
            other = seen.setdefault(run, (root, node))
            if other[0] != root:
                found["/".join(sorted({other[1].kind, node.kind}))] += 1
    return found


def summary(records: list[dict[str, Any]], given: dict[str, Any], desk: Desk) -> dict[str, Any]:
    """Counts for the README and the command line: pages by kind and by case, truth sizes, how many
    pages show an outlet, a URL, a date."""
    pages = [n for n in desk.nodes if n.present]
    names = Counter("named" if a else "None" for _, a in given["absent"])
    return {
        "records": len(records),
        "kinds": dict(sorted(Counter(n.kind for n in pages).items(), key=lambda kv: -kv[1])),
        "cases": dict(sorted(Counter(n.group for n in pages).items(), key=lambda kv: -kv[1])),
        "edges": len(given["edges"]),
        "absent": dict(names),
        "multi-source pages": sum(1 for n in pages if len(n.parents) > 1),
        "longest chain": depth(given),
        "stories": len(set(given["story"].values())),
        "shown": {k: sum(1 for r in records if k in r) for k in ("outlet", "url", "published")},
    }
