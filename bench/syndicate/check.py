"""Validation of a generated corpus against the conventions of :class:`bench.genealogy.Truth`.

:func:`check` returns a list of problems (empty when the corpus is sound): ids unique and known to the
truth, every parent an article of the corpus or ABSENT, no cycles, siblings sharing a direct parent and
neither derived from the other, absent siblings under a missing source of one story, both ends of every
edge in one story, unrelated articles in distinct stories, and copies dated no earlier than their
sources wherever both dates carry a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from bench.genealogy import ABSENT, Truth

__all__ = ["check", "instant"]

_OPTIONAL = {"title": str, "outlet": str, "url": str, "published": (str, int)}


def instant(value: Any) -> datetime | None:
    """The moment a ``published`` value names, when it carries a time and an offset; else None."""
    if isinstance(value, int):
        return datetime.fromtimestamp(value, timezone.utc)
    if not isinstance(value, str):
        return None
    try:
        if "T" in value:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        if value[:3].isalpha() and value[3:4] == ",":
            return parsedate_to_datetime(value)
    except (ValueError, TypeError):
        return None
    return None


def _cycles(parents: dict[str, frozenset[str]]) -> list[str]:
    state: dict[str, int] = {}
    bad: list[str] = []
    for start in sorted(parents):
        if start in state:
            continue
        stack = [(start, iter(sorted(parents.get(start, ()))))]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif nxt == ABSENT or nxt not in parents:
                continue
            elif state.get(nxt) == 1:
                bad.append(nxt)
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(sorted(parents.get(nxt, ())))))
    return bad


def _components(ids: Iterable[str], links: Iterable[tuple[str, str]]) -> dict[str, str]:
    root = {i: i for i in ids}

    def find(x: str) -> str:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for a, b in links:
        if a in root and b in root:
            ra, rb = find(a), find(b)
            if ra != rb:
                root[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in root}


def check(records: list[dict[str, Any]], truth: Truth) -> list[str]:
    """Problems with the corpus and its truth; an empty list when everything holds."""
    problems: list[str] = []
    ids = [r.get("id") for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    known = set(ids)
    for r in records:
        if not isinstance(r.get("id"), str) or not isinstance(r.get("text"), str) or not r["text"].strip():
            problems.append(f"record {r.get('id')!r} lacks an id or text")
        for key, kind in _OPTIONAL.items():
            if key in r and not isinstance(r[key], kind):
                problems.append(f"record {r['id']}: {key} has type {type(r[key]).__name__}")
    if set(truth.parents) != known or set(truth.story) != known:
        problems.append("truth does not cover exactly the corpus's ids")
    for child, ps in sorted(truth.parents.items()):
        for p in sorted(ps):
            if p != ABSENT and p not in known:
                problems.append(f"{child}: parent {p} is not in the corpus")
            if p == child:
                problems.append(f"{child} is its own parent")
            if p != ABSENT and truth.story.get(p) != truth.story.get(child):
                problems.append(f"edge {p} -> {child} joins two stories")
    for node in _cycles(truth.parents):
        problems.append(f"cycle through {node}")
    above = truth.ancestors()
    for pair in sorted(truth.siblings, key=sorted):
        if len(pair) != 2:
            problems.append(f"sibling pair {sorted(pair)} is not a pair")
            continue
        a, b = sorted(pair)
        pa, pb = truth.parents.get(a, frozenset()), truth.parents.get(b, frozenset())
        if not pa & pb:
            problems.append(f"siblings {a}, {b} share no parent")
        if a in above.get(b, ()) or b in above.get(a, ()):
            problems.append(f"siblings {a}, {b}: one derives from the other")
    for pair in sorted(truth.absent_siblings, key=sorted):
        a, b = sorted(pair)
        if pair not in truth.siblings:
            problems.append(f"absent siblings {a}, {b} are not siblings")
        if ABSENT not in truth.parents.get(a, ()) or ABSENT not in truth.parents.get(b, ()):
            problems.append(f"absent siblings {a}, {b}: not both from a missing source")
        if truth.story.get(a) != truth.story.get(b):
            problems.append(f"absent siblings {a}, {b} are of two stories")
    problems += _unrelated(truth)
    problems += _order(records, truth)
    return problems


def _unrelated(truth: Truth) -> list[str]:
    """A story must be one connected family: joined by edges, by shared missing sources, or through a
    missing source (every extra part of a story must hold an article copied from a missing source)."""
    links = [(c, p) for c, ps in truth.parents.items() for p in ps if p != ABSENT]
    links += [tuple(sorted(pair)) for pair in truth.absent_siblings]
    part = _components(truth.parents, links)
    parts: dict[Any, dict[str, bool]] = defaultdict(dict)
    for ident, root in part.items():
        has_absent = ABSENT in truth.parents[ident]
        parts[truth.story[ident]][root] = parts[truth.story[ident]].get(root, False) or has_absent
    out = []
    for story, groups in sorted(parts.items(), key=lambda kv: repr(kv[0])):
        if sum(1 for reached in groups.values() if not reached) > 1:
            out.append(f"story {story} holds unrelated articles")
    return out


def _order(records: list[dict[str, Any]], truth: Truth) -> list[str]:
    """Copies are published no earlier than their sources, where both dates carry a time."""
    when = {r["id"]: instant(r.get("published")) for r in records}
    out = []
    for child, ps in sorted(truth.parents.items()):
        for p in sorted(ps - {ABSENT}):
            a, b = when.get(p), when.get(child)
            if a is not None and b is not None and b < a:
                out.append(f"{child} is dated before its source {p}")
    return out
