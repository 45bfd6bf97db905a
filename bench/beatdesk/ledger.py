"""The texts a beat produced, present in the corpus or not, and the truth read off them.

Every text the generator writes is a :class:`Node`: an article in the corpus, or a source that is
not (an agency story no client kept, a press release that was never crawled). A node's ``sources``
are the nodes its text was taken from. :meth:`Ledger.finish` turns the nodes into trace records and
a :class:`bench.genealogy.Truth`:

- parents: the direct sources of an article, each as its id when it is in the corpus, else ABSENT;
- story: one key for every article joined to another by copying, through absent sources too (so
  two copies of one missing agency story share a story, and two independent reports of one event,
  which copied nothing from each other, do not);
- siblings: pairs of articles that took text from one source, neither from the other;
- absent_siblings: pairs whose only source is one and the same absent text.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bench.genealogy import ABSENT, Truth

from .outlets import Outlet

__all__ = ["Ledger", "Node"]


@dataclass
class Node:
    """One text: an article of the corpus, or a source missing from it."""

    kind: str
    title: str
    body: list[str]
    when: datetime
    outlet: Outlet | None
    present: bool = True
    sources: list[Node] = field(default_factory=list)
    byline: str | None = None
    #: credit and signature lines after the body ("With inputs from PTI", "Reporting by ...")
    credit: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    url: str | None = None
    #: the outlet is known to the record (url and/or outlet field); False for bare scraped text
    known: bool = True
    #: whether the record carries the headline (bare scraped text often has none)
    titled: bool = True
    published: str | int | None = None
    event: str | None = None
    #: the agency whose copy this is, and the dateline prefix its first paragraph opens with
    agency: Outlet | None = None
    prefix: str = ""
    serial: int = -1

    def text(self) -> str:
        """The article as a page reads: byline, body paragraphs, credits, then the page furniture."""
        parts = ([self.byline] if self.byline else []) + self.body + self.credit + self.furniture
        return "\n\n".join(p for p in parts if p)


class Ledger:
    """Every node of one corpus, in the order they were written."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []

    def add(self, node: Node) -> Node:
        node.serial = len(self.nodes)
        self.nodes.append(node)
        return node

    def present(self) -> int:
        """How many articles the corpus holds so far."""
        return sum(1 for n in self.nodes if n.present)

    # -- the records and the truth ------------------------------------------------------------

    def _ids(self, rng: random.Random) -> dict[int, str]:
        """Opaque ids for the articles, in an order drawn from ``rng`` (the corpus order says nothing)."""
        serials = [n.serial for n in self.nodes if n.present]
        rng.shuffle(serials)
        return {serial: f"bd{n:05d}" for n, serial in enumerate(serials)}

    def _stories(self) -> dict[int, str]:
        """A story key per node: the connected family of the copying graph, absent nodes included."""
        root = list(range(len(self.nodes)))

        def find(x: int) -> int:
            while root[x] != x:
                root[x] = root[root[x]]
                x = root[x]
            return x

        for node in self.nodes:
            for source in node.sources:
                a, b = find(node.serial), find(source.serial)
                if a != b:
                    root[max(a, b)] = min(a, b)
        return {n.serial: f"story-{find(n.serial):05d}" for n in self.nodes}

    def _ancestors(self) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {}
        for node in self.nodes:  # sources are always written before their copies
            found: set[int] = set()
            for source in node.sources:
                found |= {source.serial} | out[source.serial]
            out[node.serial] = found
        return out

    def _record(self, node: Node, ident: str) -> dict[str, Any]:
        record: dict[str, Any] = {"id": ident, "text": node.text()}
        if node.titled:
            record["title"] = node.title
        if node.known and node.outlet is not None:
            if node.url and node.outlet.exposure in ("both", "url"):
                record["url"] = node.url
            if node.outlet.exposure in ("both", "outlet"):
                record["outlet"] = node.outlet.name
        if node.published is not None:
            record["published"] = node.published
        return record

    def finish(self, rng: random.Random) -> tuple[list[dict[str, Any]], Truth, Counter[str]]:
        """The trace records (sorted by id), the truth, and counts of what the truth holds."""
        ids = self._ids(rng)
        stories = self._stories()
        ancestors = self._ancestors()
        story: dict[str, str] = {}
        parents: dict[str, frozenset[str]] = {}
        children: dict[int, list[Node]] = defaultdict(list)
        for node in self.nodes:
            for source in node.sources:
                children[source.serial].append(node)
            if not node.present:
                continue
            ident = ids[node.serial]
            story[ident] = stories[node.serial]
            parents[ident] = frozenset(ids[s.serial] if s.present else ABSENT for s in node.sources)
        siblings: set[frozenset[str]] = set()
        absent_siblings: set[frozenset[str]] = set()
        for serial in sorted(children):
            kids = [k for k in children[serial] if k.present]
            source_present = self.nodes[serial].present
            for n, a in enumerate(kids):
                for b in kids[n + 1 :]:
                    if a.serial in ancestors[b.serial] or b.serial in ancestors[a.serial]:
                        continue
                    pair = frozenset((ids[a.serial], ids[b.serial]))
                    siblings.add(pair)
                    if not source_present and len(a.sources) == 1 and len(b.sources) == 1:
                        absent_siblings.add(pair)
        records = sorted((self._record(n, ids[n.serial]) for n in self.nodes if n.present), key=lambda r: r["id"])
        counts: Counter[str] = Counter()
        counts["truth_edges_in_corpus"] = sum(len(ps - {ABSENT}) for ps in parents.values())
        counts["truth_edges_to_absent"] = sum(1 for ps in parents.values() if ABSENT in ps)
        counts["sibling_pairs"] = len(siblings)
        counts["absent_sibling_pairs"] = len(absent_siblings)
        counts["stories"] = len(set(story.values()))
        return records, Truth(story=story, parents=parents, siblings=siblings, absent_siblings=absent_siblings), counts
