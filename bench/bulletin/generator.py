"""Build one bulletin corpus: run the cases at their shares until the corpus has the pages asked for,
render every page, shuffle, and write the truth.

The truth (``given``): ``edges`` [copy, parent] for every direct source in the corpus; ``absent``
[copy, name] once for a copy with a direct source not in the corpus (the agency, feature syndicate or
None; when a page has two such sources, the main one's); ``story`` a key for every record.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from . import bundles, cases, networks, render
from .model import Desk, Node
from .outlets import NETWORKS, OUTLETS

__all__ = ["BUNDLE_SHARES", "SHARES", "build", "corpus", "truth"]

# Share of the corpus's pages each case makes, the pages of its sources included.
SHARES = {
    "original": 0.09, "credited": 0.13, "wire": 0.11, "chain": 0.10, "update": 0.08, "mix": 0.08,
    "network": 0.14, "column": 0.07, "independent": 0.07,
}
# Pages that bundle other stories, made last so they can draw on everything else.
BUNDLE_SHARES = {"roundup": 0.06, "digest": 0.03}
_BUDGET = 8  # the most pages one case may add


def _mix(desk: Desk, budget: int) -> None:
    if desk.rng.random() < 0.55:
        bundles.mix_own(desk, budget)
    else:
        bundles.mix_agencies(desk, budget)


_BUILDERS = {
    "original": cases.original, "credited": cases.credited, "wire": cases.wire_siblings, "chain": cases.chain,
    "update": cases.update, "mix": _mix, "network": networks.network, "column": networks.column,
    "independent": cases.independent,
}


def build(seed: int, articles: int) -> Desk:
    """The nodes of a corpus of exactly ``articles`` pages (at least 20)."""
    articles = max(20, articles)
    desk = Desk(seed)
    reserve = {kind: max(1, round(share * articles)) for kind, share in BUNDLE_SHARES.items()}
    target = articles - sum(reserve.values())
    made: Counter[str] = Counter()
    total = sum(SHARES.values())
    kinds = list(SHARES)
    while target - desk.present() >= _BUDGET:
        before = desk.present()
        wanted = [max(SHARES[k] / total * target - made[k], 0.01) for k in kinds]
        kind = desk.rng.choices(kinds, wanted)[0]
        _BUILDERS[kind](desk, _BUDGET)
        made[kind] += desk.present() - before
    while desk.present() < target:
        cases.original(desk, 1)
    for _ in range(reserve["roundup"]):
        bundles.roundup(desk)
    for _ in range(reserve["digest"]):
        bundles.digest(desk)
    return desk


def truth(pages: list[Node], ids: dict[int, str]) -> dict[str, Any]:
    """The ``given`` dict for the pages (nodes in the corpus) under their record ids."""
    edges: list[list[str]] = []
    absent: list[list[Any]] = []
    for node in pages:
        me = ids[node.nid]
        edges += [[me, ids[p.nid]] for p in node.parents if p.present]
        gone = [p for p in node.parents if not p.present]
        if gone:
            source = node.main if node.main in gone else gone[0]
            absent.append([me, source.truth_name])
    return {"edges": sorted(edges), "absent": sorted(absent, key=lambda pair: pair[0]),
            "story": {ids[n.nid]: n.story for n in sorted(pages, key=lambda n: ids[n.nid])}}


def corpus(seed: int, articles: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """``records, given`` for one seed: about ``articles`` records (exactly, from 20 up)."""
    records, given, _ = corpus_and_nodes(seed, articles)
    return records, given


def corpus_and_nodes(seed: int, articles: int) -> tuple[list[dict[str, Any]], dict[str, Any], Desk]:
    """As :func:`corpus`, with the desk whose nodes made it (for the self-checks and counts)."""
    desk = build(seed, articles)
    rng = desk.render_rng
    pages = [n for n in desk.nodes if n.present]
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for node in pages:
        rid = f"bu-{rng.getrandbits(40):010x}"
        while rid in taken:
            rid = f"bu-{rng.getrandbits(40):010x}"
        taken.add(rid)
        ids[node.nid] = node.rid = rid
    spare = [desk.pool.headline() for _ in range(120)]
    titles: dict[str, list[tuple[str, str]]] = {}
    for node in pages:
        titles.setdefault(node.outlet.key, []).append((node.story, node.title))
    links = {key: [(spare[6 * j + i], OUTLETS[rng.choice(net.sites)].name) for i in range(6)]
             for j, (key, net) in enumerate(sorted(NETWORKS.items()))}
    spare = spare[30:]
    records = []
    for node in pages:
        outlet = node.outlet
        own = [t for s, t in titles[outlet.key] if s != node.story]
        related = rng.sample(own, min(4, len(own)))
        related += rng.sample(spare, 4 - len(related))
        rec = render.record(node, rng, related, links.get(outlet.network or "", []), rng.choice(desk.staff(outlet)))
        records.append({"id": ids[node.nid], **rec})
    rng.shuffle(records)
    return records, truth(pages, ids), desk
