"""From pairwise directions to direct parents, and the derived-from graph.

A copy of a copy also contains the original, so pairwise directions alone draw a triangle
where there is a chain. For each derived article the parent is the source that explains most
of it, moved along the chain to the original unless it carries that copy's own changes
(corpus/inheritance.py: the words it swapped, the passages it added or cut);
another source is a parent too only when it explains text the first cannot (an article mixing
sources). Articles that share text but cannot be ordered hang as siblings under a placeholder
for their missing common source, and so does a copy that nothing but containment ties to one of
those siblings: the missing source explains it as well. Edges are W3C PROV wasDerivedFrom: derived → source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Set
from functools import cache
from typing import NamedTuple

import networkx as nx

from ..article.agency_pages import agency_copy
from ..article.outlets import outlet_key, same_outlet
from ..models import Article, Derivation, Evidence, MissingSource, Pair
from ..pairs.align import Alignment
from ..settings import DirectionSettings
from .credit_signals import common_credit
from .direction import IDENTICAL_SHARE, TAKEN
from .inheritance import inheritance
from .shared_text import decidable, enough_shared

__all__ = ["Siblings", "build_graph", "direct_edges", "missing_sources"]

#: Shares below this on both sides: neither article contains the other (siblings, not parent and child).
CONTAINS = 0.9
#: Without a shared credit, siblings each share at least this much of their body.
SIBLING_MIN_SHARE = 0.25
#: A further source must explain body blocks the chosen ones match below this similarity (or not at
#: all): coincidental like edits (one house-style spelling) make no second parent.
UNEXPLAINED = 0.5
#: A source the copy credits is its parent if it explains at least this share of what the best one does.
CREDITED_SHARE = 0.8
#: Directed signals that only say which text is the longer or the later: an article that took a missing
#: source's text is as long and as late as a copy of it would be, so they cannot tell one from the other.
CONTAINMENT_ONLY = frozenset({"containment", "truncation", "date"})


def _contained_or_same(pair: Pair) -> bool:
    """Whether one article holds nearly all the other's text and not the other way round (the shape
    of a source and its cut-down copy), or the two are the same text. Two that each hold nearly all
    of the other's text and each some of its own are two edits of one text, which a common source
    explains as well as either one; the same text twice tells nothing of where it came from."""
    low, high = sorted((pair.share_a, pair.share_b))
    return high >= CONTAINS and (low < CONTAINS or low >= IDENTICAL_SHARE)


def _ancestors(pairs: Iterable[Pair]) -> Callable[[str], Set[str]]:
    """The articles each article derives from, directly or not, worked out only for those asked about."""
    g = nx.DiGraph()
    g.add_edges_from((p.derived, p.source) for p in pairs if p.relation == "derived")

    @cache
    def of(ident: str) -> Set[str]:
        # edge derived→source, so descendants are ancestors
        return nx.descendants(g, ident) if ident in g else frozenset()

    return of


def direct_edges(
    pairs: list[Pair],
    alignments: Mapping[tuple[str, str], Alignment],
    articles: Mapping[str, Article],
    credited: Mapping[tuple[str, str], bool],
    settings: DirectionSettings | None = None,
    own: Mapping[str, frozenset[int]] | None = None,
) -> dict[tuple[str, str], str | None]:
    """The (derived, source) pairs that are direct-parent edges, each with what decided between the
    source and its own copy or original in the corpus (None when nothing had to).

    For each derived article, sources are picked greedily by how much of it they explain:
    every block (furniture included, since a copy of a copy keeps its parent's footer and credit)
    counts its length times its similarity to the source. The first pick is the source that
    explains most (or a credited one nearly as good), then moved along the chain: to an original
    when the article does not carry more of that copy's changes than it reverts, to a copy when it
    does. A copy of one of its sources that the pair model left undecided, but whose changes the
    article carries by the two-sided count (:func:`_leaning`), is a candidate too. A further source
    is kept only when it explains body text that the picked ones do not explain at all, and enough
    of it to decide anything on its own (:func:`~provenance.corpus.direction.enough_shared`): an
    article that mixes sources gets an edge to each, and a stock line it shares with another story
    of its source's outlet makes no second parent, whatever the article credits. ``own``: each
    article's own page lines, compared whole by the inheritance count
    (:func:`~provenance.corpus.page_lines.own_lines`).
    """
    settings = settings or DirectionSettings()
    ancestors = _ancestors(pairs)
    by_derived: dict[str, list[tuple[str, Pair]]] = defaultdict(list)
    for p in pairs:
        if p.relation == "derived":
            by_derived[p.derived].append((p.source, p))  # type: ignore[arg-type,index]
    leaning = _leaning(pairs, settings)
    edges: set[tuple[str, str]] = set()
    notes: dict[tuple[str, str], str] = {}
    for derived, sources in sorted(by_derived.items()):
        # A copy of one of its sources that the pair alone could not order counts as a candidate
        # too: whether the article carries that copy's changes is what tells them apart.
        found = {s for s, _ in sources}
        undecided = [(s, p) for s, p in leaning.get(derived, ())
                     if s not in found and derived not in ancestors(s) and not found.isdisjoint(ancestors(s))]
        sources = [*sources, *undecided]
        if len(sources) == 1:
            edges.add((derived, sources[0][0]))
            continue
        article = articles[derived]
        offers: dict[str, dict[int, float]] = {}
        for source, p in sources:
            offers[source] = alignments[(p.a, p.b)].held(derived)
        size = {b.index: len(b.text) for b in article.blocks}
        body = {b.index for b in article.blocks if b.kind == "body"}
        body_chars = sum(size[i] for i in body) or 1
        gain = {s: sum(size[i] * sim for i, sim in o.items()) for s, o in offers.items()}
        best = max(gain.values())
        # A credited source that explains nearly as much is the parent: the copy names it.
        named = [s for s in gain if credited.get((derived, s), False) and gain[s] >= CREDITED_SHARE * best]
        first = min(named or gain, key=lambda s: (-gain[s], s))

        # Between an original and its copy, the parent is the one whose reading the article keeps
        # where they differ (a credit of the original passes down a chain, so it does not decide),
        # unless the article names the copy's own outlet; where nothing tells them apart, the original.
        for _ in range(len(offers)):
            switch = None
            for o in sorted(offers):
                if o == first or not (o in ancestors(first) or first in ancestors(o)):
                    continue
                later, earlier = (first, o) if o in ancestors(first) else (o, first)
                # The copy names the later one and, of the earlier, nothing that the later did not pass down.
                named_later = credited.get((derived, later), False) and (
                    not credited.get((derived, earlier), False) or credited.get((later, earlier), False))
                parent, why = later if named_later else earlier, None
                if not (named_later and articles[later].outlet):
                    # Unless only the copy's own outlet is named (the original's text cannot have
                    # carried that name down; an outlet the copy, of unknown outlet, may be is no
                    # such name), the changes the article carries decide, when they tell.
                    inherited = inheritance(article, articles[later], articles[earlier], own)
                    if inherited.carried != inherited.reverted:
                        parent = later if inherited.later else earlier
                        why = inherited.detail(derived, later, earlier)
                if parent == o:
                    switch, note = o, why
                    break
                if why is not None:
                    notes.setdefault((derived, first), why)
            if switch is None:
                break
            notes.pop((derived, first), None)
            first = switch
            if note is not None:
                notes[(derived, first)] = note
        # An undecided candidate is a parent only as the one whose changes the article carries.
        for source, _ in undecided:
            if source != first:
                del offers[source]
        chosen = [first]
        explained = dict(offers[first])
        while True:
            extra = {
                s: sum(
                    size[i] for i, sim in o.items()
                    if i in body and explained.get(i, 0.0) < UNEXPLAINED and sim >= UNEXPLAINED
                )
                for s, o in offers.items() if s not in chosen
            }
            if not extra or max(extra.values()) < settings.min_extra_chars:
                break
            pick = min(extra, key=lambda s: (-extra[s], s))
            if not enough_shared(extra[pick] / body_chars, 0.0, extra[pick], settings):
                break  # a sentence more in common: a stock line, not a second source
            chosen.append(pick)
            for i, sim in offers[pick].items():
                explained[i] = max(explained.get(i, 0.0), sim)
        edges.update((derived, s) for s in chosen)
    kept = _break_cycles(edges, {(p.derived, p.source): p.confidence for p in pairs if p.relation == "derived"})
    return {e: notes.get(e) for e in sorted(kept)}


def _leaning(pairs: Iterable[Pair], settings: DirectionSettings) -> dict[str, list[tuple[str, Pair]]]:
    """Undetermined pairs whose likeliest relation is a direction that the changes both copies of a
    common source carry already favour (the lineage or carried signal: a copy of a copy that added
    text its parent lacks, with no date to order them, can fall short of ``decide``), or that the dates
    give between two articles of one text (a copy printed word for word: two outlets that ran one
    wire story whole look the same), by the article that would be the copy: each with the other
    article. Pairs the dates forbid, or that the model could not decide whatever it said
    (:func:`~provenance.corpus.shared_text.decidable`), are left out."""
    out: dict[str, list[tuple[str, Pair]]] = defaultdict(list)
    for p in pairs:
        chances = p.probabilities
        if p.relation != "undetermined" or not chances:
            continue
        best = max(sorted(chances), key=lambda k: chances[k])
        if best not in ("a_from_b", "b_from_a"):
            continue
        copy, source = (p.a, p.b) if best == "a_from_b" else (p.b, p.a)
        signals = {(e.signal, e.favours) for e in p.evidence}
        if ("date", source) in signals:
            continue
        # The changes both carry favour the copy; or the two hold one text (nothing to tell them apart
        # by) and the dates order them.
        one_text_dated = {("identical", None), ("date", copy)} <= signals
        if not {("lineage", copy), ("carried", copy)} & signals and not one_text_dated:
            continue
        if decidable(p, settings):
            out[copy].append((source, p))
    return out


def _break_cycles(edges: set[tuple[str, str]], confidence: Mapping[tuple[str, str], float]) -> set[tuple[str, str]]:
    """The edges left when each cycle loses its least confident edge, until none is left.

    Cycles lie within strongly connected components, so each component of more than one article
    is searched on its own: the cost follows the cycles' components, not the whole graph once per
    cycle."""
    g = nx.DiGraph()
    g.add_edges_from(sorted(edges))
    knotted = sorted((sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1), key=lambda c: c[0])
    for component in knotted:
        sub = nx.DiGraph()
        sub.add_edges_from(sorted(g.subgraph(component).edges))
        while True:
            try:
                cycle = nx.find_cycle(sub)
            except nx.NetworkXNoCycle:
                break
            weakest = min(((u, v) for u, v, *_ in cycle), key=lambda e: (confidence.get(e, 0.0), e))
            sub.remove_edge(*weakest)
            g.remove_edge(*weakest)
    return set(g.edges)


class Siblings(NamedTuple):
    """What :func:`missing_sources` finds: the placeholders, their members' edges to them, and the
    direct edges those replace (a copy moved from a sibling to the source they have in common)."""

    sources: list[MissingSource]
    derivations: list[Derivation]
    replaced: set[tuple[str, str]]


def missing_sources(
    pairs: Iterable[Pair], articles: Mapping[str, Article], edges: Iterable[tuple[str, str]],
    settings: DirectionSettings | None = None,
) -> Siblings:
    """Common sources missing from the corpus, the siblings' edges to them, and the edges they replace.

    Two articles whose pair is undetermined, and whose shared text cannot have come through a
    parent of either in the corpus, are siblings when
    both credit the same agency (the placeholder is named for it), or when neither contains the
    other (the placeholder is an unknown common source), and the model does not find no reuse
    likelier than a common source. One that holds the other's text is their common source only when
    the model finds a common source the likeliest relation of all four: two outlets' cuts of one
    wire story have that shape, the longer holding the shorter, and nothing but the shape says that
    one took from the other; or when only their dates order them, which constrain and do not decide
    (:func:`_ordered_by_dates_alone`). Two that credit one agency whose pair was weighed without it (a
    page of unknown outlet that shares their text may be the agency's) are siblings all the same when
    no article that shares their text is the agency's, neither says it took from the other, and
    neither is a page signed as the agency's own that holds the other's text
    (:func:`_agency_page_holding`). So are two of
    which one credits an agency that the other is not, when the first was not taken
    for the other's copy (:func:`~provenance.corpus.credit_signals.credited_elsewhere`). Each placeholder
    is a group of siblings that all share text (see :func:`_cliques`); an article that credits no
    such agency and is a sibling of every member of an agency's placeholder joins it (a client that
    stripped the credit, see :func:`_uncredited_siblings`). Siblings never get an edge between them.

    A sibling took the missing source's text; so an article that lies inside one sibling, and that
    only containment and dates make that sibling's copy (no credit, no carried furniture, none of its
    changes), may as well have taken the missing source itself, and joins the placeholder when it
    shares text with every member, more than quotations, and the model finds reuse likelier than none
    for each (see :func:`_only_contained`). News agencies' copy is most of
    what outlets carry, and an outlet that takes it takes it from the agency: its copy's edge points
    at the missing source rather than at another outlet that carried the same story.
    """
    pairs = list(pairs)
    settings = settings or DirectionSettings()
    parents: dict[str, set[str]] = defaultdict(set)
    for d, s in edges:
        parents[d].add(s)
    pair_of = {frozenset((p.a, p.b)): p for p in pairs}
    unordered = {frozenset((p.a, p.b)) for p in pairs if p.relation == "undetermined"}

    def through_parent(a: str, b: str) -> bool:
        """Whether a's text shared with b can have come through a parent of a's in the corpus."""
        return any(par == b or frozenset((par, b)) in pair_of for par in parents[a])

    # The outlets of each article's partners, and its own: an agency's page of a story shares its
    # text, so an agency with no page among the partners is missing, whatever else of its the corpus
    # holds. A stock line in common is not the story's text (as in weighing the pairs).
    near: dict[str, set[str]] = defaultdict(set)
    for p in pairs:
        if enough_shared(p.share_a, p.share_b, p.shared_chars, settings):
            for me, other in ((p.a, p.b), (p.b, p.a)):
                near[me].update(outlet_key(o) for o in (articles[me].outlet, articles[other].outlet) if o)
    by_key: dict[str | None, nx.Graph] = defaultdict(nx.Graph)
    names: dict[str, str] = {}
    for p in pairs:
        if p.relation != "undetermined" or through_parent(p.a, p.b) or through_parent(p.b, p.a):
            continue
        if not enough_shared(p.share_a, p.share_b, p.shared_chars, settings) or _quoted(p):
            continue  # a quotation or a stock line in common says nothing of a common source
        credit = common_credit(articles[p.a], articles[p.b])
        # One credits an agency the other is not, and was not taken for its copy: both took the
        # agency's text (the other may have stripped the credit).
        elsewhere = any(e.signal == "credited_elsewhere" for e in p.evidence)
        if credit is not None and not any(e.signal == "siblings" for e in p.evidence) and (
                outlet_key(credit) in near[p.a] | near[p.b] or any(e.signal in TAKEN for e in p.evidence)
                or _agency_page_holding(p, articles, credit)):
            # The outlet both credit is in the corpus, beside them; or one says it took from the other;
            # or one, of unknown outlet and signed as the outlet signs its own copy, holds the other's text.
            # (An article of unknown outlet that shares their text may be the outlet's own, which
            # sets the siblings evidence aside; when it is no parent of either, the outlet is missing.)
            continue
        if credit is None and min(p.share_a, p.share_b) < SIBLING_MIN_SHARE:
            continue
        if credit is None and _contained_or_same(p) and not elsewhere and not (
                _common_source_likeliest(p) or _ordered_by_dates_alone(p)):
            continue  # a source and its cut-down copy that the model could not order, or one text twice
        if p.probabilities and p.probabilities.get("siblings", 0.0) < p.probabilities.get("none", 0.0):
            continue  # the model finds no reuse likelier than a common source: shared quotes, boilerplate
        key = outlet_key(credit) if credit else None
        if key is not None:
            names.setdefault(key, credit)  # type: ignore[arg-type]
        by_key[key].add_edge(p.a, p.b, share={p.a: p.share_a, p.b: p.share_b},
                             siblings=p.probabilities.get("siblings", 0.0))
    placed: set[str] = set()
    sources: list[MissingSource] = []
    derivations: list[Derivation] = []
    replaced: set[tuple[str, str]] = set()
    siblings = {n for g in by_key.values() for n in g}
    joining = _only_contained(pairs, parents, siblings)
    named: list[tuple[int, list[str]]] = []  # each named source's index in ``sources`` and its siblings
    for key in sorted(by_key, key=lambda k: (k is None, k or "")):
        if key is None and named:
            # A sibling of every member of a named source that credits nothing (or another name)
            # took the same story and stripped the credit: it joins them rather than starting another.
            for at, members, joined_by in _uncredited_siblings(by_key[None], named, placed):
                ident, name = sources[at].id, sources[at].name
                # Its own copies that only containment ties to it come along, as a member's do.
                contained = _contained_copies([joined_by], [*members, joined_by], joining, placed, pair_of)
                grown = tuple(sorted({*sources[at].members, joined_by, *(str(p.derived) for p in contained)}))
                sources[at] = MissingSource(id=ident, name=name, members=grown)
                placed.update([joined_by, *(str(p.derived) for p in contained)])
                for p in contained:
                    replaced.add((str(p.derived), str(p.source)))
                    derivations.append(_contained_copy_edge(p, ident, name, articles))
                edges_to = [by_key[None].edges[joined_by, m] for m in members]
                derivations.append(Derivation(
                    derived=joined_by, source=ident, coverage=max(e["share"][joined_by] for e in edges_to),
                    credited=False, retitled=None, confidence=round(min(e["siblings"] for e in edges_to), 4),
                    evidence=(Evidence(
                        signal="siblings", favours=joined_by, weight=0.0,
                        detail=f"{joined_by} shares text with each of the {len(members)} articles under the {name} "
                               "story, which is not in the corpus, none containing another; it credits no such "
                               "source itself",
                    ),),
                ))
        # Articles already placed under another name's source leave this one; what they joined
        # falls apart into the components that remain.
        graph = by_key[key].subgraph(n for n in by_key[key] if n not in placed)
        for members in _cliques(graph, unordered):
            if len(members) < 2:
                continue
            ident = f"missing:{key or 'unknown'}:{members[0]}"
            name = names.get(key) if key else None
            joined = _contained_copies(members, members, joining, placed, pair_of)
            copies = [str(p.derived) for p in joined]
            placed.update(members, copies)
            if name is not None:
                named.append((len(sources), list(members)))
            sources.append(MissingSource(id=ident, name=name, members=tuple(sorted([*members, *copies]))))
            others_text = f"{len(members) - 1} other article{'s' if len(members) > 2 else ''}"
            for m in members:
                share = max(graph.edges[m, o]["share"][m] for o in graph[m] if o in members)
                detail = (
                    f"{m} and {others_text} credit {name}, which is not in the corpus"
                    if name else f"{m} shares text with {others_text}, none containing another"
                )
                derivations.append(Derivation(
                    derived=m, source=ident, coverage=share, credited=name is not None, retitled=None,
                    confidence=round(min(graph.edges[m, o]["siblings"] for o in graph[m] if o in members), 4),
                    evidence=(Evidence(signal="siblings", favours=m, weight=0.0, detail=detail),),
                ))
            for p in joined:
                replaced.add((str(p.derived), str(p.source)))
                derivations.append(_contained_copy_edge(p, ident, name, articles))
    return Siblings(sources, derivations, replaced)


def _contained_copies(
    owners: Iterable[str], members: Iterable[str], joining: Mapping[str, list[Pair]], placed: Set[str],
    pair_of: Mapping[frozenset[str], Pair],
) -> list[Pair]:
    """The copies that only containment ties to one of ``owners`` (see :func:`_only_contained`), not yet
    placed, that share text taken for reuse with every one of ``members``: they join the owners'
    missing source. By the copy's id."""
    members = list(members)
    return sorted(
        (p for m in owners for p in joining.get(m, ())
         if p.derived not in placed and all(_reuse(pair_of.get(frozenset((p.derived, o)))) for o in members)),
        key=lambda p: str(p.derived),
    )


def _contained_copy_edge(pair: Pair, ident: str, name: str | None, articles: Mapping[str, Article]) -> Derivation:
    """The edge to a missing source of a copy that lies inside one of its siblings (see :func:`_only_contained`)."""
    copy, sibling = str(pair.derived), str(pair.source)
    # The edge is right whether it copied the sibling or took the source itself: the
    # chance of either, all but the sibling copying it and no reuse at all.
    copied = "a_from_b" if pair.a == copy else "b_from_a"
    likely = pair.probabilities.get(copied, pair.confidence) + pair.probabilities.get("siblings", 0.0)
    return Derivation(
        derived=copy, source=ident, coverage=pair.share_a if pair.a == copy else pair.share_b,
        credited=name is not None and any(same_outlet(c.name, name) for c in articles[copy].credits),
        retitled=None, confidence=round(min(1.0, likely), 4),
        evidence=(Evidence(
            signal="siblings", favours=copy, weight=0.0,
            detail=f"{copy} lies inside {sibling}, which took its text from a source not in the "
                   f"corpus; nothing but containment makes {copy} a copy of {sibling} rather than "
                   "of that source",
        ),),
    )


def _uncredited_siblings(
    graph: nx.Graph, named: list[tuple[int, list[str]]], placed: Set[str]
) -> list[tuple[int, list[str], str]]:
    """Articles of the graph of uncredited sibling pairs, not yet placed, that pair as siblings with
    every member of a named source (an edge of ``graph``, which holds undetermined pairs only), in id order:
    each with that source's index and its members before it joined, the source it is likeliest a
    sibling of when several would do. A member that joins counts as one for the next (complete
    linkage, as in :func:`_cliques`); ``named`` is extended in place."""
    out = []
    for node in sorted(n for n in graph if n not in placed):
        fits = [
            (min(graph.edges[node, m]["siblings"] for m in members), at, members)
            for at, members in named
            if all(graph.has_edge(node, m) for m in members)
        ]
        if fits:
            _, at, members = max(fits, key=lambda f: (f[0], -f[1]))
            out.append((at, list(members), node))
            members.append(node)
    return out


def _only_contained(
    pairs: Iterable[Pair], parents: Mapping[str, set[str]], siblings: Set[str]
) -> dict[str, list[Pair]]:
    """The direct edges from an article that is no sibling to its only parent, a possible sibling,
    that containment and dates alone decided (no credit, carried furniture, lineage or composite for
    the copy, nor any such sign against it), by that parent.

    An article without a parent that shares text with a sibling, unordered, is left where it is:
    joining those too (when the model found reuse likelier than none) gathered more siblings but
    also articles of other stories under one placeholder."""
    out: dict[str, list[Pair]] = defaultdict(list)
    for p in pairs:
        if p.relation != "derived" or p.derived is None or p.source is None or not p.direct:
            continue
        if p.source not in siblings or p.derived in siblings or parents[p.derived] != {p.source}:
            continue
        if any(e.favours is not None and e.signal not in CONTAINMENT_ONLY for e in p.evidence):
            continue
        out[p.source].append(p)
    return out


def _common_source_likeliest(pair: Pair) -> bool:
    """Whether the model finds a common source at least as likely as either direction and as no reuse."""
    chances = pair.probabilities
    return bool(chances) and chances.get("siblings", 0.0) >= max(
        chances.get(k, 0.0) for k in ("a_from_b", "b_from_a", "none"))


def _agency_page_holding(pair: Pair, articles: Mapping[str, Article], agency: str) -> bool:
    """Whether one of the pair, of unknown outlet and signed as ``agency`` signs its own copy
    (:func:`~provenance.article.agency_pages.agency_copy`), holds nearly all of the other's text
    (:data:`CONTAINS`): it may be the agency's page the other took, so the agency is not missing."""
    return any(agency_copy(articles[m], agency) and other_inside >= CONTAINS
               for m, other_inside in ((pair.a, pair.share_b), (pair.b, pair.share_a)))


def _ordered_by_dates_alone(pair: Pair) -> bool:
    """Whether the direction the model leans to rests on the dates alone: no evidence but the date
    favours the article it would make the copy. Dates constrain and do not decide, so such a pair is
    unordered, and two texts of one story that nothing else orders are as likely siblings."""
    chances = pair.probabilities
    copy = pair.a if chances.get("a_from_b", 0.0) >= chances.get("b_from_a", 0.0) else pair.b
    favouring = {e.signal for e in pair.evidence if e.favours == copy}
    return favouring == {"date"}


def _reuse(pair: Pair | None) -> bool:
    """Whether two articles share text that the model takes for reuse of one text: a pair, not made
    by quotations alone, that the model does not find likelier to be no reuse at all."""
    return pair is not None and not _quoted(pair) and pair.probabilities.get("none", 0.0) < 0.5


def _quoted(pair: Pair) -> bool:
    """Whether the pair shares enough text only by quoting the same words (see ``direction.quotation``),
    or only a stock line of two stories (``shared_text.two_stories``): no sign of a common source
    missing from the corpus."""
    return any(e.signal in ("quotation", "two_stories") for e in pair.evidence)


def _cliques(graph: nx.Graph, unordered: Set[frozenset[str]]) -> list[list[str]]:
    """Groups of two or more articles that all share text and none derives from another, joined
    along sibling pairs, likeliest first.

    Complete linkage: two groups join only when every member of one shares text with every member
    of the other in an ``unordered`` pair (no direction decided), so weak pairs cannot chain
    unrelated stories into one placeholder the way connected components do. Ties go by id, so the
    groups do not depend on the corpus order."""
    group = {n: frozenset((n,)) for n in graph}
    for u, v in sorted(graph.edges, key=lambda e: (-graph.edges[e]["siblings"], min(e), max(e))):
        gu, gv = group[u], group[v]
        if gu is gv or not all(frozenset((x, y)) in unordered for x in gu for y in gv):
            continue
        joined = gu | gv
        for n in joined:
            group[n] = joined
    return sorted((sorted(g) for g in set(group.values()) if len(g) > 1), key=lambda g: g[0])


def build_graph(
    articles: Iterable[Article], derivations: Iterable[Derivation], missing: Iterable[MissingSource] = ()
) -> nx.DiGraph:
    """A networkx DiGraph: articles (and missing common sources) as nodes, an edge (derived, source) each."""
    g = nx.DiGraph()
    for m in missing:
        g.add_node(m.id, title=m.name or "unknown common source", outlet=m.name, url=None, published=None,
                   placeholder=True, credit=m.name)
    for a in articles:
        g.add_node(
            a.id,
            title=a.title,
            outlet=a.outlet,
            url=a.url,
            published=a.published.isoformat() if a.published else None,
            placeholder=False,
        )
    for d in derivations:
        g.add_edge(
            d.derived,
            d.source,
            relation="wasDerivedFrom",
            confidence=d.confidence,
            coverage=d.coverage,
            credited=d.credited,
            retitled=d.retitled,
            reuse=d.reuse,
        )
    return g
