"""Consistency checks of a generated corpus against its own truth.

A generator whose truth contradicts its records would measure the tracer against noise, so
the self-check verifies what the truth promises: ids unique, every record in a story and every
story of a known kind, every edge's ends present, no cycles, no edges among unrelated stories,
printed dates never putting a copy before its source (nor a sibling before its wire story), and
URLs on the outlet's own host.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime
from urllib.parse import urlparse

from . import dates
from .article import Article
from .kinds import KINDS
from .outlets import by_name

__all__ = ["problems", "summary"]


def _span(rec: dict) -> tuple[datetime, datetime] | None:
    """The instants a record's printed date can stand for (None when it shows no date)."""
    value = rec.get("published")
    if not value:
        return None
    outlet = by_name(rec.get("outlet"))
    day_first = None
    if outlet is not None and outlet.date_style.startswith("slash_"):
        day_first = outlet.date_style == "slash_dmy"
    return dates.bounds(value, day_first)


def _cycle(edges: Sequence[Sequence[str]]) -> bool:
    """Whether the copy -> parent graph has a cycle (iterative depth-first search)."""
    graph: dict[str, list[str]] = defaultdict(list)
    for child, parent in edges:
        graph[child].append(parent)
    state: dict[str, int] = {}
    for start in sorted(graph):
        if state.get(start):
            continue
        stack = [(start, iter(graph[start]))]
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
                stack.append((nxt, iter(graph[nxt])))
    return False


def _shapes(records: list[dict], truth: dict) -> list[str]:
    """Each story's edges have the shape its kind promises."""
    out: list[str] = []
    members: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        members[truth["story"][rec["id"]]].append(rec["id"])
    parents: dict[str, list[str]] = defaultdict(list)
    for child, parent in truth["edges"]:
        parents[child].append(parent)
    absent = {rid for rid, _ in truth["absent"]}
    for key, ids in sorted(members.items()):
        kind = truth["kind"].get(key)
        n_par = sorted(len(parents[i]) for i in ids)
        in_absent = sum(1 for i in ids if i in absent)
        if kind in ("siblings_uncredited", "siblings_credited"):
            ok = len(ids) >= 2 and in_absent == len(ids) and not any(n_par)
        elif kind == "unrelated":
            ok = len(ids) == 1 and not any(n_par) and not in_absent
        elif kind == "mix":
            ok = n_par == [0, 0, 2] and not in_absent
        elif kind in ("original_copies", "rewrite", "chain"):
            ok = n_par[0] == 0 and n_par[1:] == [1] * (len(ids) - 1) and len(ids) >= 2 and not in_absent
            if kind == "chain" and ok:  # a path: no record is the parent of two copies
                used = Counter(p for i in ids for p in parents[i])
                ok = len(ids) >= 3 and max(used.values()) == 1
        else:
            ok = False
        if not ok:
            out.append(f"story {key} ({kind}): edges do not have the kind's shape")
    return out


def problems(records: list[dict], truth: dict, articles: list[Article] | None = None) -> list[str]:
    """Every way ``truth`` and ``records`` disagree (an empty list when consistent)."""
    out: list[str] = []
    ids = [r["id"] for r in records]
    by_id = {r["id"]: r for r in records}
    if len(set(ids)) != len(ids):
        out.append("duplicate record ids")
    story, kind = truth["story"], truth["kind"]
    for rid in ids:
        if rid not in story:
            out.append(f"{rid}: in no story")
        elif story[rid] not in kind:
            out.append(f"{rid}: story {story[rid]} has no kind")
    out += [f"story {k}: unknown kind {v}" for k, v in kind.items() if v not in KINDS]
    for child, parent in truth["edges"]:
        if child not in by_id or parent not in by_id:
            out.append(f"edge {child} <- {parent}: an end is not in the corpus")
            continue
        if child == parent:
            out.append(f"edge {child}: points to itself")
        if story.get(child) != story.get(parent):
            out.append(f"edge {child} <- {parent}: crosses stories")
        if kind.get(story.get(child)) == "unrelated":
            out.append(f"edge {child} <- {parent}: inside an unrelated story")
        c, p = _span(by_id[child]), _span(by_id[parent])
        if c and p and c[1] < p[0]:
            out.append(f"edge {child} <- {parent}: copy dated {by_id[child]['published']!r} "
                       f"before source {by_id[parent]['published']!r}")
    if _cycle(truth["edges"]):
        out.append("edges contain a cycle")
    for rid, agency in truth["absent"]:
        if rid not in by_id:
            out.append(f"absent {rid}: not in the corpus")
        elif agency is not None and not isinstance(agency, str):
            out.append(f"absent {rid}: agency {agency!r} is not a name")
    for rec in records:
        if not rec.get("title") or not rec.get("text"):
            out.append(f"{rec['id']}: empty title or text")
        if "{" in rec["text"] or any(not p.strip() for p in rec["text"].split("\n\n")):
            out.append(f"{rec['id']}: malformed text")
        outlet = by_name(rec.get("outlet"))
        if rec.get("url"):
            host = urlparse(rec["url"]).hostname or ""
            if outlet is None or not (host == outlet.host or host.endswith("." + outlet.host)):
                out.append(f"{rec['id']}: url {rec['url']} not on the outlet's host")
    out += _shapes(records, truth)
    if articles is not None:
        when = {a.rid: a.when for a in articles}
        for child, parent in truth["edges"]:
            if child in when and parent in when and when[child] < when[parent]:
                out.append(f"edge {child} <- {parent}: copy published before its source")
        for a in articles:
            span = _span(by_id[a.rid]) if a.rid in by_id else None
            if a.wire_when and (a.when < a.wire_when or (span and span[1] < a.wire_when)):
                out.append(f"{a.rid}: published before the wire story it was taken from")
    return out


def summary(records: list[dict], truth: dict) -> dict[str, tuple[int, int]]:
    """kind -> (stories, records). An unrelated scenario's articles are one story each."""
    stories = Counter(truth["kind"].values())
    recs = Counter(truth["kind"][truth["story"][r["id"]]] for r in records)
    return {k: (stories.get(k, 0), recs.get(k, 0)) for k in KINDS}
