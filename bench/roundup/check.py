"""Self-checks of a built corpus: shape of the records, consistency of the truth, text shared where the
truth says a page was copied and nowhere else, dates in order, determinism."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from . import dates, words

ID = re.compile(r"^ru-[0-9a-f]{10}$")
OPTIONAL = ("outlet", "url", "published")


def _prose(record: dict[str, Any], note: dict[str, Any]) -> list[str]:
    """The record's paragraphs minus its furniture and stock paragraphs, cut apart at inline credits."""
    skip = set(note["furniture"]) | set(note["stock"])
    out = []
    for para in record["text"].split("\n\n"):
        if para in skip:
            continue
        for phrase in note["inline"]:
            para = para.replace(phrase, "\n")
        out.extend(para.split("\n"))
    return out


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def check(records: list[dict[str, Any]], truth: dict[str, Any], notes: dict[str, Any], articles: int) -> list[str]:
    """Every problem found (an empty list when the corpus is sound)."""
    problems: list[str] = []
    info = notes["records"]
    by_id = {r["id"]: r for r in records}
    if len(by_id) != len(records):
        problems.append("duplicate record ids")
    if abs(len(records) - articles) > 0.1 * articles:
        problems.append(f"{len(records)} records for {articles} asked")
    for r in records:
        if not ID.match(r["id"]):
            problems.append(f"bad id {r['id']}")
        if set(r) - {"id", "title", "text", *OPTIONAL}:
            problems.append(f"{r['id']}: unexpected fields")
        for key in ("title", "text", *OPTIONAL):
            if key in r and (not isinstance(r[key], str) or not r[key].strip()):
                problems.append(f"{r['id']}: empty or non-string {key}")
    problems += _truth_shape(truth, by_id)
    problems += _cycles(truth)
    problems += _absent(truth, info)
    problems += _shared(records, truth, info, by_id)
    problems += _dates(truth, info)
    problems += _events(truth, info)
    return problems


def _truth_shape(truth: dict[str, Any], by_id: dict[str, Any]) -> list[str]:
    out = []
    for copy, parent in truth["edges"]:
        if copy not in by_id or parent not in by_id:
            out.append(f"edge {copy}->{parent} names a missing record")
        if copy == parent:
            out.append(f"self edge {copy}")
    seen = set()
    for copy, name in truth["absent"]:
        if copy not in by_id:
            out.append(f"absent names missing record {copy}")
        if copy in seen:
            out.append(f"{copy} has two absent sources")
        seen.add(copy)
        if name is not None and not isinstance(name, str):
            out.append(f"{copy}: absent name {name!r}")
    if set(truth["story"]) != set(by_id):
        out.append("story keys do not cover exactly the records")
    parents = defaultdict(list)
    for copy, parent in truth["edges"]:
        parents[copy].append(truth["story"].get(parent))
    for copy, keys in parents.items():
        if truth["story"].get(copy) not in keys:
            out.append(f"{copy} takes none of its parents' story keys")
    return out


def _events(truth: dict[str, Any], info: dict[str, Any]) -> list[str]:
    """Independent reports of one event never share a story key."""
    keys = defaultdict(list)
    for rid, note in info.items():
        if note["event"]:
            keys[note["event"]].append(truth["story"][rid])
    return [f"{event}: reports share a story key" for event, ks in keys.items() if len(set(ks)) != len(ks)]


def _cycles(truth: dict[str, Any]) -> list[str]:
    graph = defaultdict(list)
    for copy, parent in truth["edges"]:
        graph[copy].append(parent)
    state: dict[str, int] = {}
    for start in sorted(graph):
        stack = [(start, iter(graph[start]))]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return [f"cycle through {nxt}"]
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(graph.get(nxt, []))))
    return []


def _absent(truth: dict[str, Any], info: dict[str, Any]) -> list[str]:
    """Copies of one missing text share key and name; one (key, name) never stands for two missing texts."""
    out = []
    texts: dict[tuple[str, Any], set[str]] = defaultdict(set)
    for copy, name in truth["absent"]:
        note = info[copy]
        missing = [p for p, n in zip(note["parents"], note["absent_names"]) if p.startswith("missing-")]
        if len(missing) != 1:
            out.append(f"{copy}: absent entry but {len(missing)} missing parents")
            continue
        texts[(truth["story"][copy], name)].add(missing[0])
    by_text: dict[str, set[tuple[str, Any]]] = defaultdict(set)
    for key, ids in texts.items():
        if len(ids) > 1:
            out.append(f"story {key[0]} name {key[1]!r} stands for {len(ids)} different missing texts")
        for i in ids:
            by_text[i].add(key)
    out += [f"missing text {i} has copies under {len(keys)} keys" for i, keys in by_text.items() if len(keys) > 1]
    return out


def _shared(records, truth, info, by_id) -> list[str]:
    out = []
    raw = {r["id"]: words.prose_runs(_prose(r, info[r["id"]])) for r in records}
    for copy, parent in truth["edges"]:
        if copy in raw and parent in raw and not raw[copy] & raw[parent]:
            out.append(f"edge {copy}->{parent} ({info[copy]['kind']}, {info[copy]['role']}) shares no prose")
    siblings = defaultdict(list)
    for copy, _ in truth["absent"]:
        missing = [p for p in info[copy]["parents"] if p.startswith("missing-")]
        siblings[missing[0]].append(copy)
    for group in siblings.values():
        for rid in group:
            if len(group) > 1 and not any(raw[rid] & raw[o] for o in group if o != rid):
                out.append(f"{rid} ({info[rid]['kind']}) shares no prose with its siblings")
    parent = {rid: rid for rid in by_id}
    for a, b in truth["edges"]:
        parent[_find(parent, a)] = _find(parent, b)
    first_of: dict[str, str] = {}
    for rid in sorted(by_id):
        key = truth["story"][rid]
        if key in first_of:
            parent[_find(parent, rid)] = _find(parent, first_of[key])
        else:
            first_of[key] = rid
    owner: dict[str, str] = {}
    clashes: dict[tuple[str, str], str] = {}
    for rid in sorted(by_id):
        comp = _find(parent, rid)
        for run in words.prose_runs(_prose(by_id[rid], info[rid])):
            other = owner.setdefault(run, rid)
            if other != rid and _find(parent, other) != comp:
                clashes.setdefault(tuple(sorted((other, rid))), run)
    for (a, b), run in sorted(clashes.items()):
        out.append(f"unrelated {a} ({info[a]['kind']}) and {b} ({info[b]['kind']}) share '{run}'")
    return out


def _dates(truth, info) -> list[str]:
    out = []
    for copy, parent in truth["edges"]:
        c, p = info[copy], info[parent]
        if p["note"] == "re-timestamped":
            continue
        if c["when"] <= p["when"]:
            out.append(f"{copy} published before its source {parent}")
        if dates.local_day(c["zone"], c["when"]) < dates.local_day(p["zone"], p["when"]):
            out.append(f"{copy} prints an earlier day than its source {parent}")
    return out


def same(a: tuple, b: tuple) -> bool:
    """Whether two builds are identical."""
    return json.dumps(a[:2], sort_keys=True) == json.dumps(b[:2], sort_keys=True)
