"""Where the tracer goes wrong on a development family, by kind: ``python -m bench.failures FAMILY``.

    python -m bench.failures roundup --seeds 1-2
    python -m bench.failures wiredesk --seeds 3 --examples 3 --only copies

The soak (:mod:`bench.soak`) counts what a trace gets wrong; this says which kinds of mistake make
the counts, so that a fix goes to the mechanism behind the largest kind. Each corpus is traced as the
soak traces it, and four sets of mistakes are tallied against the generator's truth:

- ``copies``: a copy of one source in the corpus whose parents are not exactly that source, by what
  the pair of copy and source was decided (right, reversed, undetermined, no pair), whether the source
  is among the parents found, and what stands in its place (an ancestor, a descendant, a sibling or
  cousin, a missing-source placeholder, another story);
- ``siblings``: edges between two copies of one source, by the signals of their pair, and whether the
  common source is in the corpus;
- ``unrelated``: edges between articles of different stories, by the signals of their pair;
- ``mixes``: an article made from several sources, by what its pair with each source it is not given
  was decided.

A signal is written with ``+`` when it favours the article the edge calls the copy, ``-`` when it
favours the other, and bare when it favours neither. Each kind is printed with its count and the
first examples, ids and shares, to open with ``trace`` and read.

Only development families may be read this way: a held-out family (:data:`bench.soak.HELD_OUT`) is
refused, since a rule fitted to its failures would make its figures no longer held out.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from provenance import trace

from .genealogy import ABSENT, Truth
from .soak import FAMILIES, HELD_OUT, _seeds

__all__ = ["KINDS", "failures", "main"]

KINDS = ("copies", "siblings", "unrelated", "mixes")


def _signals(pair: Any, copy: str) -> str:
    """The pair's signals as ``credit+ date- siblings``: + favours ``copy``, - the other, bare neither."""
    marks = {e.signal + ("" if e.favours is None else "+" if e.favours == copy else "-") for e in pair.evidence}
    return " ".join(sorted(marks)) or "(no signal)"


def _decided(pair: Any, copy: str) -> str:
    """How the pair of ``copy`` and its true source was decided."""
    if pair is None:
        return "no pair"
    if pair.relation != "derived":
        return pair.relation
    return "right" if pair.derived == copy else "reversed"


def _example(seed: int, pair: Any, *ids: str) -> str:
    shares = f" shares {pair.share_a:.2f}/{pair.share_b:.2f} ({pair.a} first)" if pair is not None else ""
    chances = pair.probabilities if pair is not None else None
    odds = " " + " ".join(f"{k}={v:.2f}" for k, v in chances.items()) if chances else ""
    return f"seed {seed}: {' '.join(ids)}{shares}{odds}"


def _tally(seed: int, report: Any, truth: Truth, tallies: Mapping[str, Counter], examples: dict) -> None:
    """Add one traced corpus's mistakes to ``tallies`` (kind -> Counter of descriptions)."""
    missing = {m.id for m in report.missing}
    twin = {m: g.representative for g in report.duplicates for m in g.members}

    def canon(ident: str) -> str:
        return ABSENT if ident in missing else twin.get(ident, ident)

    found: dict[str, set[str]] = {}
    for d in report.derivations:
        found.setdefault(d.derived, set()).add(d.source)
    pairs = {frozenset((p.a, p.b)): p for p in report.pairs}
    ancestors = truth.ancestors()
    related = truth.related()

    def note(kind: str, what: str, example: str) -> None:
        tallies[kind][what] += 1
        examples.setdefault((kind, what), []).append(example)

    def stands_for(copy: str, other: str) -> str:
        if other == ABSENT:
            return "placeholder"
        if other in ancestors.get(copy, ()):
            return "ancestor"
        if copy in ancestors.get(other, ()):
            return "descendant"
        if related.get(other) == related.get(copy):
            return "sibling or cousin"
        return "another story"

    for copy, parents in sorted(truth.parents.items()):
        real = set(parents) - {ABSENT}
        got = {canon(s) for s in found.get(copy, ())}
        if len(parents) == 1 and real:
            (source,) = real
            if got == {canon(source)}:
                continue
            pair = pairs.get(frozenset((copy, source)))
            instead = sorted({stands_for(copy, o) for o in got - {canon(source)}}) or ["nothing"]
            where = "source among parents" if canon(source) in got else "source not a parent"
            note("copies", f"{_decided(pair, copy)}; {where}; instead: {', '.join(instead)}",
                 _example(seed, pair, copy, "<-", source))
        elif len(real) >= 2:
            for source in sorted(real):
                if canon(source) not in got:
                    pair = pairs.get(frozenset((copy, source)))
                    note("mixes", _decided(pair, copy), _example(seed, pair, copy, "<-", source))
    for d in report.derivations:
        if d.source in missing:
            continue
        pair = pairs.get(frozenset((d.derived, d.source)))
        signals = _signals(pair, d.derived) if pair is not None else "(no pair)"
        if frozenset((d.derived, d.source)) in truth.siblings:
            common = ancestors.get(d.derived, set()) & ancestors.get(d.source, set())
            where = "common source present" if common else "common source absent"
            note("siblings", f"{where}: {signals}", _example(seed, pair, d.derived, "->", d.source))
        elif d.derived in related and d.source in related and related[d.derived] != related[d.source]:
            note("unrelated", signals, _example(seed, pair, d.derived, "->", d.source))


def failures(family: str, seeds: Iterable[int], articles: int = 2000,
             workers: int = 2) -> tuple[dict[str, Counter], dict[tuple[str, str], list[str]]]:
    """Mistakes by kind over the family's corpora under ``seeds``, and examples of each.

    Raises ValueError for an unknown family or a held-out one."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}; expected one of {sorted(FAMILIES)}")
    if family in HELD_OUT:
        raise ValueError(f"{family} is held out: its failures are not read, only its totals "
                         f"(development families: {', '.join(sorted(set(FAMILIES) - HELD_OUT))})")
    tallies: dict[str, Counter] = {k: Counter() for k in KINDS}
    examples: dict[tuple[str, str], list[str]] = {}
    for seed in seeds:
        records, truth, _ = FAMILIES[family][0](seed, articles)
        _tally(seed, trace(records, workers=workers), truth, tallies, examples)
    return tallies, examples


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.failures", description=__doc__.splitlines()[0])
    parser.add_argument("family", help="a development family of bench.soak")
    parser.add_argument("--seeds", default="1", help="seeds as in the soak: '1-3' or '1,4' (default 1)")
    parser.add_argument("--articles", type=int, default=2000, help="articles a corpus (default 2000)")
    parser.add_argument("--examples", type=int, default=1, help="examples printed per kind (default 1)")
    parser.add_argument("--only", choices=KINDS, action="append", help="tally only these sets of mistakes")
    parser.add_argument("--top", type=int, default=15, help="kinds printed per set, largest first (default 15)")
    args = parser.parse_args(argv)
    try:
        tallies, examples = failures(args.family, _seeds(args.seeds), args.articles)
    except ValueError as err:
        parser.error(str(err))
    for kind in args.only or KINDS:
        counts = tallies[kind]
        print(f"\n{kind}: {sum(counts.values())}")
        for what, n in counts.most_common(args.top):
            print(f"{n:6d}  {what}")
            for example in examples[(kind, what)][: args.examples]:
                print(f"        {example}")


if __name__ == "__main__":
    main()
