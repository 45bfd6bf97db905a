"""The corpus: story families grown to the wanted size, turned into page records and the true genealogy.

Records are shuffled and carry random ids, so neither order nor id says who copied whom. The truth is
read off the nodes: direct parents (a missing source is :data:`~bench.genealogy.ABSENT`), stories as
connected families (an edge, or a shared missing source, joins two articles' stories), and sibling pairs
(articles with a common direct source, neither derived from the other).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from typing import Any

from bench.genealogy import ABSENT, Truth

from .agencies import Agency
from .dates import FORMATS
from .dates import render as render_date
from .families import Builder, Node
from .outlets import OUTLETS, Outlet
from .page import render
from .params import Params, draw
from .site import url
from .sources import pick

__all__ = ["KINDS", "corpus"]

#: article kinds, in the order summaries list them
KINDS = ("agency", "update", "client", "copy", "mix", "rewrite", "independent", "original", "filler")
_AGENCY_DATES = ("iso_offset", "rfc2822", "iso_utc", "iso_offset")


def corpus(seed: int, articles: int) -> tuple[list[dict[str, Any]], Truth, dict[str, Any]]:
    """A syndication corpus of ``articles`` pages: the records, their true genealogy, and a description."""
    if articles < 1:
        raise ValueError("articles must be at least 1")
    rng = random.Random(seed)
    params = draw(rng)
    picker = pick(random.Random(rng.getrandbits(64)), params.reuters_share)
    start = datetime(rng.randint(2019, 2025), rng.randint(1, 12), 1, 6, tzinfo=timezone.utc)
    start += timedelta(days=rng.randint(0, 27))
    keys = sorted(OUTLETS)
    active = [OUTLETS[k] for k in sorted(rng.sample(keys, rng.randint(max(24, len(keys) - 14), len(keys))))]
    builder = Builder(rng, params, picker, start, articles, active)
    while builder.room():
        builder.begin()
        plan = rng.choices(("wire", "original", "filler"), (params.wire, params.original, params.filler))[0]
        if plan == "wire":
            builder.wire_family()
        elif plan == "original":
            builder.original_family()
        else:
            builder.filler()
    return _assemble(builder, rng, params, seed)


def _ids(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        ident = f"{rng.getrandbits(40):010x}"
        if ident not in seen:
            seen.add(ident)
            out.append(ident)
    return out


def _record(node: Node, ident: str, rng: random.Random, params: Params, nodes: list[Node]) -> dict[str, Any]:
    """The page record of one article: its text and whichever optional keys this page has."""
    house = node.house
    outlet = house if isinstance(house, Outlet) else None
    show = rng.random() < (outlet.headline_in_text * params.headline_in_text if outlet else 0.9)
    rec: dict[str, Any] = {"id": ident}
    if rng.random() < params.title_rate:
        title = node.draft.headline
        if outlet and outlet.title_suffix and outlet.title_suffix not in title and rng.random() < 0.6:
            title += outlet.title_suffix
        rec["title"] = title
    if rng.random() < params.outlet_rate:
        name = house.name
        if rng.random() < params.variant_name:
            name = rng.choice(house.variants)
        elif outlet and outlet.kind == "aggregator" and node.kind == "client" and rng.random() < 0.3:
            name = nodes[node.parents[0]].house.name  # aggregators list the wire as the publisher
        rec["outlet"] = name
    if rng.random() < params.url_rate:
        rec["url"] = url(house, node.draft.headline, node.when, node.topic, rng)
    if params.dated and rng.random() < params.date_rate:
        formats = outlet.date_formats if outlet else _AGENCY_DATES
        fmt = rng.choice(formats) if rng.random() < 0.9 else rng.choice(FORMATS)
        rec["published"] = render_date(node.when, fmt, house.country)
    rec["text"] = render(node.draft, node.furniture, show)
    return rec


def _stories(nodes: list[Node], order: list[Node], ident: dict[int, str]) -> dict[str, str]:
    root = list(range(len(nodes)))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for n in nodes:
        for p in n.parents:
            a, b = find(n.key), find(p)
            if a != b:
                root[max(a, b)] = min(a, b)
    names: dict[int, str] = {}
    out = {}
    for n in order:
        r = find(n.key)
        if r not in names:
            names[r] = f"story-{len(names) + 1:04d}"
        out[ident[n.key]] = names[r]
    return out


def _ancestors(nodes: list[Node]) -> list[set[int]]:
    """Every node's ancestors through present and missing nodes alike (parents always come first)."""
    out: list[set[int]] = []
    for n in nodes:
        found: set[int] = set()
        for p in n.parents:
            found |= {p} | out[p]
        out.append(found)
    return out


def _siblings(nodes: list[Node], ident: dict[int, str]) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    above = _ancestors(nodes)
    children: dict[int, list[int]] = defaultdict(list)
    for n in nodes:
        if n.present:
            for p in n.parents:
                children[p].append(n.key)
    pairs: set[frozenset[str]] = set()
    absent: set[frozenset[str]] = set()
    for parent in sorted(children):
        kids = children[parent]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                if a in above[b] or b in above[a]:
                    continue
                pair = frozenset((ident[a], ident[b]))
                pairs.add(pair)
                if not nodes[parent].present:
                    absent.add(pair)
    return pairs, absent


def _assemble(builder: Builder, rng: random.Random, params: Params, seed: int
              ) -> tuple[list[dict[str, Any]], Truth, dict[str, Any]]:
    nodes = builder.nodes
    order = [n for n in nodes if n.present]
    rng.shuffle(order)
    ident = dict(zip((n.key for n in order), _ids(rng, len(order))))
    records = [_record(n, ident[n.key], rng, params, nodes) for n in order]
    parents = {ident[n.key]: frozenset(ident.get(p, ABSENT) for p in n.parents) for n in order}
    story = _stories(nodes, order, ident)
    siblings, absent_siblings = _siblings(nodes, ident)
    truth = Truth(story=story, parents=parents, siblings=siblings, absent_siblings=absent_siblings)
    return records, truth, _meta(builder, order, records, truth, params, seed)


def _meta(builder: Builder, order: list[Node], records: list[dict[str, Any]], truth: Truth, params: Params,
          seed: int) -> dict[str, Any]:
    kinds: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        mine = [(n, r) for n, r in zip(order, records) if n.kind == kind]
        if not mine:
            continue
        kinds[kind] = {
            "articles": len(mine),
            "absent_parent": sum(1 for n, _ in mine if any(not builder.nodes[p].present for p in n.parents)),
            "dated": sum(1 for _, r in mine if "published" in r),
            "mean_words": round(sum(len(r["text"].split()) for _, r in mine) / len(mine)),
        }
    texts = Counter(r["text"] for r in records)
    present_keys = {n.key for n in order}
    missing_sources = {p for n in order for p in n.parents if p not in present_keys}
    edits = Counter(e.split(":")[0] if not e.startswith("credit") else e for n in order for e in n.edits)
    return {
        "seed": seed,
        "articles": len(records),
        "kinds": kinds,
        "stories": len(set(truth.story.values())),
        "families": builder.family,
        "dated": sum(1 for r in records if "published" in r),
        "undated": sum(1 for r in records if "published" not in r),
        "absent_sources": len(missing_sources),
        "sibling_pairs": len(truth.siblings),
        "absent_sibling_pairs": len(truth.absent_siblings),
        "max_depth": max((n.depth for n in order), default=0),
        "identical_texts": sum(c for c in texts.values() if c > 1),
        "outlets": len({n.house.key for n in order if isinstance(n.house, Outlet)}),
        "agencies": len({n.house.key for n in order if isinstance(n.house, Agency)}),
        "edits": dict(sorted(edits.items())),
        "params": params.as_dict(),
    }
