"""Corpora of syndicated stories with the true derivation graph.

``network(kind, n_stories, seed)`` builds ``n_stories`` stories of one family (or of all of
them, for ``"mixed"``), turns the present nodes into records, shuffles them and states the
truth: direct edges, absent direct sources, sibling pairs and a relation for every pair of
records within a story and for a sample of pairs across stories.
"""

import random
from itertools import combinations

from . import dates
from ._data import DocPool
from .article import render
from .outlets import visibility
from .structures import BUILDERS, Builder

KINDS = ("copies", "chains", "siblings", "mixes", "rewrites", "unrelated", "mixed")
CROSS_PAIRS_PER_RECORD = 2


def _ancestors(nodes: dict) -> dict:
    memo: dict[str, frozenset] = {}

    def up(key):
        if key not in memo:
            acc = set()
            for p in nodes[key]["parents"]:
                acc.add(p)
                acc |= up(p)
            memo[key] = frozenset(acc)
        return memo[key]
    for key in nodes:
        up(key)
    return memo


def _relation(a: str, b: str, nodes: dict, anc: dict) -> dict:
    if b in anc[a]:
        return {"relation": "a_from_b", "direct": b in nodes[a]["parents"],
                "rewrite": _via_rewrite(a, b, nodes, anc)}
    if a in anc[b]:
        return {"relation": "b_from_a", "direct": a in nodes[b]["parents"],
                "rewrite": _via_rewrite(b, a, nodes, anc)}
    if anc[a] & anc[b]:
        return {"relation": "siblings"}
    return {"relation": "none"}


def _via_rewrite(copy: str, src: str, nodes: dict, anc: dict) -> bool:
    """Whether some node on a path from ``copy`` up to ``src`` (``copy`` included) is a rewrite."""
    return any(nodes[x]["rewrite"] and src in anc[x] for x in (copy, *anc[copy]))


def _publish(nd: dict, parents: list, rng: random.Random) -> tuple:
    """The shown date string and whether it is a clock error."""
    style = dates.pick_style(nd["outlet"], rng)
    when, wrong = nd["time"], False
    if not parents:
        if rng.random() < dates.MISSING_SOURCE:
            when = None
    else:
        r = rng.random()
        if r < dates.MISSING_COPY:
            when = None
        elif r < dates.MISSING_COPY + dates.CLOCK_ERROR:
            when, wrong = dates.clock_error(min(p["time"] for p in parents), rng), True
    return dates.format_date(when, style, nd["outlet"]["zone"]), wrong


def network(kind: str, n_stories: int, seed: int) -> dict:
    """A labelled corpus of ``n_stories`` stories of family ``kind`` (one of ``KINDS``)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    rng = random.Random(f"newsroom-network:{kind}:{seed}")
    b = Builder(rng, DocPool(rng), seed)
    families = list(BUILDERS)
    if kind == "mixed":
        plan = [families[i % len(families)] for i in range(n_stories)]
        rng.shuffle(plan)
    else:
        plan = [kind] * n_stories
    for number, fam in enumerate(plan):
        b.story = number
        BUILDERS[fam](b)
    nodes = {nd["key"]: nd for nd in b.nodes}
    present = [nd for nd in b.nodes if nd["present"]]
    rng.shuffle(present)
    ids = {nd["key"]: f"n{seed % 1000:03d}-{i:05d}" for i, nd in enumerate(present)}
    records, clock_errors = [], []
    for nd in present:
        show_outlet, show_url = visibility(rng)
        published, wrong = _publish(nd, [nodes[p] for p in nd["parents"]], rng)
        if wrong:
            clock_errors.append(ids[nd["key"]])
        records.append({"id": ids[nd["key"]], "title": nd["art"]["title"], "text": render(nd["art"]),
                        "outlet": nd["outlet"]["name"] if show_outlet else None,
                        "url": nd["url"] if show_url else None, "published": published})
    anc = _ancestors(nodes)
    edges, absent, dups = [], [], []
    for nd in present:
        for p in nd["parents"]:
            if p in ids:
                edges.append([ids[nd["key"]], ids[p]])
            else:
                absent.append([ids[nd["key"]], nodes[p]["outlet"]["name"]])
        if nd["dup_of"] is not None:
            dups.append([ids[nd["key"]], ids[nd["dup_of"]]])
    pairs, siblings = [], []
    by_story: dict[int, list] = {}
    for nd in present:
        by_story.setdefault(nd["story"], []).append(nd["key"])
    for number in sorted(by_story):
        for ka, kb in combinations(by_story[number], 2):
            rel = _relation(ka, kb, nodes, anc)
            pairs.append({"a": ids[ka], "b": ids[kb], **rel})
            if rel["relation"] == "siblings":
                siblings.append([ids[ka], ids[kb]])
    pairs.extend(_cross_pairs(present, ids, rng))
    return {"kind": kind, "records": records, "edges": edges, "absent_sources": absent,
            "siblings": siblings, "pairs": pairs,
            "story": {ids[nd["key"]]: nd["story"] for nd in present},
            "story_kinds": plan, "duplicates": dups, "clock_errors": clock_errors}


def _cross_pairs(present: list, ids: dict, rng: random.Random) -> list:
    """A sample of pairs from different stories (always unrelated by construction)."""
    n = len(present)
    want = CROSS_PAIRS_PER_RECORD * n
    seen, out = set(), []
    for _ in range(want * 4):
        if len(out) >= want or n < 2:
            break
        i, j = sorted(rng.sample(range(n), 2))
        if present[i]["story"] == present[j]["story"] or (i, j) in seen:
            continue
        seen.add((i, j))
        out.append({"a": ids[present[i]["key"]], "b": ids[present[j]["key"]], "relation": "none"})
    return out
