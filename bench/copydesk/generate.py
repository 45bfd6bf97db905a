"""Assemble a corpus: plan the stories, build them, give the pages opaque ids, shuffle, write the truth.

``corpus(n_stories, seed, dated=None)`` returns ``(records, truth)``; ``check(records, truth)`` lists every
inconsistency it finds (an empty list means the corpus is sound). All randomness comes from
``random.Random`` instances seeded with strings derived from the seed (hashed with SHA-512 by the standard
library, so independent of ``PYTHONHASHSEED``), and nothing iterates over a set.
"""

from __future__ import annotations

import random

from . import credits
from .dates import Stamp, not_before, parse
from .desk import Desk
from .kinds import BUILDERS, KINDS, N_BASES, Built
from .outlets import AGENCY_BY_NAME
from .page import Page
from .sources import Pool, data_dir, load_bases

RECORD_KEYS = ("id", "title", "text", "outlet", "url", "published")


def _plan(n: int, seed: int, pool: Pool) -> list[tuple[str, str, list]]:
    r = random.Random(f"copydesk:{seed}:plan")
    width = max(3, len(str(n)))
    kinds = list(KINDS) * (n // len(KINDS)) + r.sample(KINDS, n % len(KINDS))  # equal shares, rest at random
    r.shuffle(kinds)
    colls = ["bbc" if i % 2 == 0 else "reuters" for i in range(n)]
    r.shuffle(colls)
    plans = []
    for i, (kind, coll) in enumerate(zip(kinds, colls)):
        k = N_BASES.get(kind, 1) or r.randint(2, 4)
        texts = pool.take_topical(coll, k) if k > 1 else [pool.take(coll)]
        plans.append((f"s{i + 1:0{width}d}", kind, texts))
    return plans


def _ids(pages: list[Page], seed: int) -> None:
    r = random.Random(f"copydesk:{seed}:ids")
    seen: set[str] = set()
    for p in pages:
        rid = f"cd-{r.getrandbits(24):06x}"
        while rid in seen:
            rid = f"cd-{r.getrandbits(24):06x}"
        seen.add(rid)
        p.rid = rid


def _record(p: Page) -> dict:
    rec = {"id": p.rid, "title": p.title, "text": p.text()}
    if p.show_outlet:
        rec["outlet"] = p.outlet.name
    if p.show_url:
        rec["url"] = p.url
    if p.show_date:
        rec["published"] = p.stamp.text
    return rec


def corpus(n_stories: int, seed: int, *, dated: bool | None = None) -> tuple[list[dict], dict]:
    """A corpus of ``n_stories`` stories (about 3-4 records each) and its truth; see the package README.

    ``dated``: None lets each outlet date most of its pages, True dates every record, False dates none.
    """
    records, truth, _ = build(n_stories, seed, dated=dated)
    return records, truth


def build(n_stories: int, seed: int, *, dated: bool | None = None) -> tuple[list[dict], dict, list[Built]]:
    """:func:`corpus` plus the built stories (pages with their outlets, for diagnostics)."""
    if n_stories < 1:
        raise ValueError("n_stories must be at least 1")
    bases = load_bases(str(data_dir()))
    pool = Pool(bases, random.Random(f"copydesk:{seed}:pool"))
    plans = _plan(n_stories, seed, pool)
    headlines = []
    for key, _kind, texts in plans:
        headlines += [(f"{key}.{j + 1}" if len(texts) > 1 else key, t.title) for j, t in enumerate(texts)]
    desk = Desk(pool, headlines, dated)
    built: list[Built] = []
    for i, (key, kind, texts) in enumerate(plans):
        desk.rng = random.Random(f"copydesk:{seed}:story:{i}")
        built.append(BUILDERS[kind](desk, key, texts))
    pages = [p for b in built for p in b.pages]
    _ids(pages, seed)
    order = list(pages)
    random.Random(f"copydesk:{seed}:order").shuffle(order)
    records = [_record(p) for p in order]

    edges, absent = [], []
    kinds: dict[str, str] = {}
    for b in built:
        kinds.update(b.kinds)
    for p in pages:
        edges += [[p.rid, q.rid] for q in p.parents]
        if p.wire is not None:
            named = credits.mentions(f"{p.title}\n{p.text()}", p.wire)
            absent.append([p.rid, p.wire.name if named else None])
    truth = {
        "edges": sorted(edges),
        "absent": sorted(absent, key=lambda x: x[0]),
        "story": {p.rid: p.story for p in order},
        "kind": dict(sorted(kinds.items())),
    }
    return records, truth, built


def intended(built: list[Built]) -> list[str]:
    """Pages whose crediting differs from what the builder meant (a generator bug if not empty)."""
    out = []
    for b in built:
        for p in b.pages:
            if p.wire is not None:
                named = credits.mentions(f"{p.title}\n{p.text()}", p.wire)
                if named != b.meant[p.serial]:
                    out.append(f"{p.story}: meant {b.meant[p.serial]} but names={named}")
    return out


def check(records: list[dict], truth: dict) -> list[str]:
    """Every inconsistency between records and truth (empty when sound)."""
    problems: list[str] = []
    by_id: dict[str, dict] = {}
    for rec in records:
        if rec.get("id") in by_id:
            problems.append(f"duplicate id {rec.get('id')}")
        by_id[rec["id"]] = rec
        extra = [k for k in rec if k not in RECORD_KEYS]
        if extra or any(v is None or v == "" for v in rec.values()):
            problems.append(f"{rec['id']}: bad keys or empty values {extra}")
        if "published" in rec:
            try:
                parse(rec["published"])
            except ValueError:
                problems.append(f"{rec['id']}: unreadable date {rec['published']!r}")
    story, kind = truth["story"], truth["kind"]
    if sorted(story) != sorted(by_id):
        problems.append("story map does not cover exactly the records")
    for rid, key in story.items():
        if kind.get(key) not in KINDS:
            problems.append(f"{rid}: story {key} has no known kind")
    parents: dict[str, list[str]] = {}
    for c, p in truth["edges"]:
        if c not in by_id or p not in by_id or c == p:
            problems.append(f"bad edge {c} <- {p}")
            continue
        if story.get(c) != story.get(p):
            problems.append(f"edge across stories {c} <- {p}")
        if p in parents.get(c, []):
            problems.append(f"duplicate edge {c} <- {p}")
        parents.setdefault(c, []).append(p)
    for c, name in truth["absent"]:
        if c not in by_id or c in parents:
            problems.append(f"bad absent entry {c}")
        elif name is not None:
            agency = AGENCY_BY_NAME.get(name)
            rec = by_id[c]
            if agency is None or not credits.mentions(f"{rec['title']}\n{rec['text']}", agency):
                problems.append(f"{c}: credited agency {name} not named")
    state: dict[str, int] = {}

    def visit(n: str, path: list[str]) -> None:
        if state.get(n) == 2:
            return
        if state.get(n) == 1:
            problems.append(f"cycle through {n}")
            return
        state[n] = 1
        for q in parents.get(n, []):
            visit(q, [*path, n])
        state[n] = 2

    for n in sorted(parents):
        visit(n, [])

    def ancestors(n: str) -> list[str]:
        out, todo = [], list(parents.get(n, []))
        while todo:
            q = todo.pop()
            if q not in out:
                out.append(q)
                todo.extend(parents.get(q, []))
        return out

    for c in sorted(parents):
        if "published" not in by_id[c]:
            continue
        mine: Stamp = parse(by_id[c]["published"])
        for a in ancestors(c):
            if "published" in by_id[a] and not not_before(mine, parse(by_id[a]["published"])):
                problems.append(f"{c} dated before its ancestor {a}")
    for c in sorted(parents):
        k = kind.get(story.get(c, ""), "")
        if k in ("unrelated", "quote_only", "siblings"):
            problems.append(f"{c}: {k} story has an edge")
        if (len(parents[c]) == 2) != (k == "mix" and len(parents[c]) == 2):
            problems.append(f"{c}: {len(parents[c])} parents in a {k} story")
    return problems
