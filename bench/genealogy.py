"""Genealogy figures of a traced report against the truth of a generated corpus.

A :class:`Truth` says, for every article of a corpus, its story and its direct parents (articles of
the corpus, or :data:`ABSENT` for a source that is not in it), which pairs are siblings (copies of one
source) and which are siblings of one absent source. :func:`figures` then counts, from
``report.derivations`` and ``report.missing``:

- ``copies``: copies of one source in the corpus whose set of direct parents is exactly that source;
- ``chains``: chain members (copies in a story that holds a copy of a copy, mixes left out) whose set
  of direct parents is the truth's; ``shortcuts``: edges from a copy to an ancestor that is not its
  direct parent (C -> A where C <- B <- A);
- ``siblings``: pairs of copies of one absent source that sit under one shared placeholder;
  ``sibling_edges``: derivations between two siblings, in either direction;
- ``mixes``: articles made from two or more sources whose derivations reach all of them;
- ``unrelated_edges``: derivations between articles of stories the truth does not relate;
- ``spanning_placeholders``: placeholders whose members are of two or more unrelated stories.

Identical articles stand for one another (the report pairs each with its group's representative), so
ids are compared through ``report.duplicates``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ABSENT", "Truth", "figures", "total"]

#: The parent of a copy whose source is not in the corpus.
ABSENT = "(absent)"


@dataclass
class Truth:
    """The genealogy a generator made."""

    story: dict[str, Any]
    parents: dict[str, frozenset[str]]
    #: pairs of articles copied from one source (in the corpus or not), neither from the other
    siblings: set[frozenset[str]] = field(default_factory=set)
    #: pairs of articles copied directly from one source that is not in the corpus
    absent_siblings: set[frozenset[str]] = field(default_factory=set)

    def ancestors(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}

        def up(node: str, path: frozenset[str]) -> set[str]:
            if node in out:
                return out[node]
            found: set[str] = set()
            for p in self.parents.get(node, ()):
                if p != ABSENT and p not in path:
                    found |= {p} | up(p, path | {p})
            out[node] = found
            return found

        for node in sorted(self.parents):
            up(node, frozenset({node}))
        return out

    def related(self) -> dict[str, Any]:
        """Each article's group of related stories: stories joined by a true edge are one group."""
        parent: dict[Any, Any] = {}

        def find(x: Any) -> Any:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for child, sources in sorted(self.parents.items()):
            for s in sorted(sources):
                if s != ABSENT and s in self.story:
                    a, b = find(self.story[child]), find(self.story[s])
                    if a != b:
                        parent[max(a, b, key=repr)] = min(a, b, key=repr)
        return {ident: find(s) for ident, s in self.story.items()}


def _pairs_of(groups: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    out = set()
    for g in groups:
        members = sorted(set(g))
        out |= {frozenset((a, b)) for n, a in enumerate(members) for b in members[n + 1 :]}
    return out


def absent_sibling_pairs(parents: Mapping[str, Iterable[str]], key: Mapping[str, Any]) -> set[frozenset[str]]:
    """Pairs of articles whose only parent is an absent source with the same ``key`` (story, agency...)."""
    groups: dict[Any, list[str]] = defaultdict(list)
    for ident, ps in parents.items():
        if set(ps) == {ABSENT} and ident in key:
            groups[key[ident]].append(ident)
    return _pairs_of(groups.values())


def figures(report: Any, truth: Truth) -> dict[str, Any]:
    """The genealogy figures of ``report`` against ``truth`` (counts, and shares where they are shares)."""
    twin = {m: g.representative for g in report.duplicates for m in g.members}
    missing = {m.id: m for m in report.missing}

    def canon(ident: str) -> str:
        return ABSENT if ident in missing else twin.get(ident, ident)

    found: dict[str, set[str]] = defaultdict(set)
    for d in report.derivations:
        found[d.derived].add(d.source)
    ancestors = truth.ancestors()
    related = truth.related()

    # chains: stories holding a copy of a copy; their copies with one parent
    deep_stories = {
        truth.story.get(c)
        for c, ps in truth.parents.items()
        if any(p != ABSENT and truth.parents.get(p) for p in ps)
    }
    members = [c for c, ps in sorted(truth.parents.items())
               if len(ps) == 1 and truth.story.get(c) in deep_stories]
    exact = sum(1 for c in members
                if {canon(s) for s in found.get(c, ())} == {canon(p) for p in truth.parents[c]})
    copies = [c for c, ps in sorted(truth.parents.items()) if len(ps) == 1 and ABSENT not in ps]
    copies_exact = sum(1 for c in copies
                       if {canon(s) for s in found.get(c, ())} == {canon(p) for p in truth.parents[c]})
    shortcuts = 0
    for d in report.derivations:
        if d.source in missing:
            continue
        direct = {canon(p) for p in truth.parents.get(d.derived, ())}
        above = {canon(a) for a in ancestors.get(d.derived, ())}
        if canon(d.source) in above - direct:
            shortcuts += 1

    placeholder_of: dict[str, set[str]] = defaultdict(set)
    for m in report.missing:
        for ident in m.members:
            placeholder_of[ident].add(m.id)
    together = sum(1 for pair in truth.absent_siblings
                   if set.intersection(*(placeholder_of.get(x, set()) for x in pair)))
    sibling_edges = sum(1 for d in report.derivations if frozenset((d.derived, d.source)) in truth.siblings)

    mixes = [c for c, ps in sorted(truth.parents.items()) if len(ps - {ABSENT}) >= 2]
    mixed_right = sum(1 for c in mixes if {canon(p) for p in truth.parents[c]} <= {canon(s) for s in found.get(c, ())})

    unrelated = sum(
        1 for d in report.derivations
        if d.source not in missing and d.derived in related and d.source in related
        and related[d.derived] != related[d.source]
    )
    spanning = sum(1 for m in report.missing if len({related.get(x, x) for x in m.members}) > 1)

    def share(k: int, n: int) -> float | None:
        return round(k / n, 4) if n else None

    return {
        "copies": len(copies), "copies_exact": copies_exact, "copies_exact_share": share(copies_exact, len(copies)),
        "chain_members": len(members), "chains_exact": exact, "chains_exact_share": share(exact, len(members)),
        "shortcuts": shortcuts,
        "sibling_pairs": len(truth.absent_siblings), "siblings_together": together,
        "siblings_together_share": share(together, len(truth.absent_siblings)),
        "sibling_edges": sibling_edges,
        "mixes": len(mixes), "mixes_right": mixed_right, "mixes_right_share": share(mixed_right, len(mixes)),
        "unrelated_edges": unrelated,
        "spanning_placeholders": spanning,
        "placeholders": len(report.missing),
    }


def total(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The figures of several corpora added up, shares recomputed from the sums."""
    keys = ("copies", "copies_exact", "chain_members", "chains_exact", "shortcuts", "sibling_pairs",
            "siblings_together", "sibling_edges", "mixes", "mixes_right", "unrelated_edges",
            "spanning_placeholders", "placeholders")
    rows = list(rows)
    out = {k: sum(r.get(k, 0) for r in rows) for k in keys}
    for share, (k, n) in {"copies_exact_share": ("copies_exact", "copies"),
                          "chains_exact_share": ("chains_exact", "chain_members"),
                          "siblings_together_share": ("siblings_together", "sibling_pairs"),
                          "mixes_right_share": ("mixes_right", "mixes")}.items():
        out[share] = round(out[k] / out[n], 4) if out[n] else None
    return out
