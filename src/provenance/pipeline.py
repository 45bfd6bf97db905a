"""The pipeline behind :func:`provenance.trace`, one stage after another."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from .article.outlets import outlet_aliases, outlet_key
from .article.segment import read_credits, segment
from .corpus.composite import composite_evidence
from .corpus.direction import decide, lineage_evidence
from .corpus.graph import direct_edges, missing_sources
from .corpus.page_lines import boilerplate_holders, line_key, own_lines
from .corpus.partial_pages import lacking_story_text
from .corpus.shared_text import enough_shared
from .engine import Runner, paused_collection
from .errors import ArgumentTypeError, DuplicateIdError, EmptyCorpusError, ProvenanceError
from .index import open_index
from .models import Article, Derivation, Diff, Evidence, MissingSource, Pair, Skipped
from .pairs.align import Alignment, Prepared, align, prepare, worth_aligning
from .pairs.boilerplate import find_boilerplate, without_boilerplate
from .pairs.candidates import Vocabulary, candidates, shingle_hashes, shingles_and_lines
from .pairs.diff import build_diff, credits_source
from .pairs.duplicates import collapse
from .reading.entries import left
from .reading.fetch import Fetcher
from .reading.load import OnError, describe_skipped, entries
from .reading.records import read_by_outlet
from .report import Report
from .settings import Settings

__all__ = ["trace", "traced"]

#: Aligned paragraphs at least this similar on average make a copy; below, a rewrite.
#: Calibrated on Clough & Stevenson: "cut" and "light" answers average above it, "heavy" below.
COPY_SIMILARITY = 0.85
#: Looks at the lineage evidence at most: each can find the common source of pairs one generation
#: further down a chain.
LINEAGE_LOOKS = 3


def _version() -> str:
    try:
        return version("provenance")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


#: A segmented article: where it was read, the article, its shingle hashes for the candidate
#: search and its lines' fingerprints for the boilerplate search.
_Segmented = tuple[str, Article, np.ndarray, np.ndarray]


@dataclass(frozen=True)
class _Segmenting:
    """What every task of the segmentation stage needs. One object, not a tuple: a cluster
    broadcasts it whole (Dask scatters the items of a tuple one by one)."""

    settings: Settings
    on_error: OnError


def _segment_chunk(shared: _Segmenting, chunk: Sequence[tuple[str, Article] | Skipped]) -> list[_Segmented | Skipped]:
    """Segmented articles with their shingles and line fingerprints, in the chunk's order; the
    items the reading left out pass through, and so, with ``on_error="skip"``, does an article
    that cannot be segmented (over the paragraph limit), as a record of its own."""
    settings, on_error = shared.settings, shared.on_error
    vocabulary: Vocabulary = {}
    done: list[tuple[str, Article] | Skipped] = []
    with outlet_aliases(settings.aliases):  # in force in this process too, wherever it runs
        for item in chunk:
            if isinstance(item, Skipped):
                done.append(item)
                continue
            where, article = item
            try:
                done.append((where, segment(article, settings.load, where=where)))
            except ProvenanceError as exc:
                if on_error == "raise":
                    raise
                done.append(left(where, article.id, exc).record)
    return [
        item if isinstance(item, Skipped)
        else (item[0], item[1], *shingles_and_lines(item[1], settings.candidates.shingle_words, vocabulary))
        for item in done
    ]


class _Part(NamedTuple):
    """What one part of the pair graph gives the report: built on a worker, merged in the caller."""

    pairs: list[Pair]
    derivations: list[Derivation]
    diffs: list[Diff]
    missing: list[MissingSource]


_Shared = tuple[
    Sequence[Article] | Mapping[int, Article], Settings, frozenset[str] | None, Mapping[str, Mapping[str, int]]
]


def _part_chunk(shared: _Shared, chunk: Sequence[list[tuple[int, int]]]) -> list[_Part]:
    """Align the candidate pairs of each part (whole connected parts of the pair graph), then
    weigh, direct and diff them: every step after the candidate search looks no further than
    an article's partners, so a part gives what the whole corpus would give for its articles."""
    articles, settings, subject, holders = shared
    out = []
    for pairs in chunk:
        # An article is prepared at its first pair and let go after its last: in neighbourhood
        # order, few of a large part's articles are held at once.
        last = {k: n for n, pair in enumerate(pairs) for k in pair}
        prepared: dict[int, Prepared] = {}
        alignments: dict[tuple[str, str], Alignment] = {}
        for n, (i, j) in enumerate(pairs):
            for k in (i, j):
                if k not in prepared:
                    prepared[k] = prepare(articles[k])
            alignment = align(prepared[i], prepared[j], settings.align)
            if worth_aligning(alignment, settings.align):
                alignments[(alignment.x, alignment.y)] = alignment
            for k in (i, j):
                if last[k] == n:
                    del prepared[k]
        by_id = {articles[k].id: articles[k] for pair in pairs for k in pair}
        out.append(_directed(alignments, by_id, settings, subject, holders))
    return out


def _pick(shared: _Shared, chunk: Sequence[list[tuple[int, int]]]) -> _Shared:
    """The articles a chunk of parts needs, by index: what a cluster task is sent with it."""
    articles, settings, subject, holders = shared
    picked = {k: articles[k] for pairs in chunk for pair in pairs for k in pair}
    keys = {line_key(b.text) for a in picked.values() for b in a.blocks if b.kind == "boilerplate"}
    return picked, settings, subject, {k: holders[k] for k in keys if k in holders}


def _by_neighbourhood(pairs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The connected parts of the pair graph (every step after the candidate search stays within
    one), each a list of its pairs in neighbourhood order.

    Articles are numbered in breadth-first order over the pair graph (from the lowest index of
    each connected part), so that an article's partners sit close to it; a pair then comes when
    the later of its two articles is reached. An article's pairs are then near each other, not
    spread over the whole of a large part as in plain index order, so the aligning worker holds
    each article's prepared form for a short stretch of the part.
    """
    partners: dict[int, list[int]] = defaultdict(list)
    for i, j in pairs:
        partners[i].append(j)
        partners[j].append(i)
    rank: dict[int, int] = {}
    part: dict[int, int] = {}
    parts: list[list[tuple[int, int]]] = []
    for start in sorted(partners):
        if start in rank:
            continue
        rank[start], part[start] = len(rank), len(parts)
        queue = deque([start])
        while queue:
            for k in partners[queue.popleft()]:
                if k not in rank:
                    rank[k], part[k] = len(rank), len(parts)
                    queue.append(k)
        parts.append([])
    for pair in sorted(pairs, key=lambda p: (max(rank[p[0]], rank[p[1]]), min(rank[p[0]], rank[p[1]]))):
        parts[part[pair[0]]].append(pair)
    return parts


#: Pairs in one task of the align-and-direct stage: whole connected parts, as many as make this many.
PART_PAIRS = 1000


def _parts(pairs: list[tuple[int, int]], size: int = PART_PAIRS) -> list[list[tuple[int, int]]]:
    """The pairs in tasks of whole connected parts, about ``size`` pairs each (a larger part is a
    task of its own), largest first, so that no worker is left with a big one at the end."""
    tasks: list[list[tuple[int, int]]] = []
    for component in _by_neighbourhood(pairs):
        if not tasks or len(tasks[-1]) >= size:
            tasks.append([])
        tasks[-1].extend(component)
    return sorted(tasks, key=lambda t: (-len(t), t[0]))


def trace(
    corpus: Any,
    *,
    settings: Settings | None = None,
    workers: int = 1,
    engine: Any = "local",
    progress: bool = False,
    index: str | Path | None = None,
    aliases: Mapping[str, str] | None = None,
    on_error: OnError = "raise",
    cache: str | Path | bool | None = None,
    refresh: bool = False,
    **columns: str,
) -> Report:
    """Trace who copied whom in a corpus, and what each copy changed.

    1. load: read the corpus (folder, file, strings, records, DataFrame) into articles, streaming;
    2. segment: headline and blocks, each body or furniture, and the credits they carry;
    3. candidates: lines a site prints on unrelated stories set aside as boilerplate, then the
       pairs that share shingles, found without comparing every pair;
    4. align: paragraph alignment of each candidate pair;
    5. direct: weigh the evidence of each pair into a direction, or "undetermined";
    6. graph: keep the direct parents (chains, several sources) as derivations.

    ``workers`` processes share segmentation and alignment; ``engine="dask"`` (or a
    ``dask.distributed.Client``) runs them on a Dask cluster instead. The result does not depend
    on the order of the corpus, the worker count or the engine: articles are sorted by id first
    and every stage returns its results in a fixed order.

    ``index`` names a SQLite candidate index (:mod:`provenance.index`): the corpus is compared with
    the articles stored there as well as with itself, and then stored. The report holds the new
    articles and the stored ones they share text with, and what concerns the new ones: their
    pairs, derivations, duplicates and missing sources. The stored articles are compared with each
    other too, as evidence (a new copy of a stored copy derives from the copy, not its source).

    ``on_error="skip"`` leaves out every item that cannot be read or is over a limit of
    ``settings.load`` (any :class:`~provenance.errors.ProvenanceError` raised while reading or
    segmenting it, and an id the index holds with other text) and records it in
    ``report.skipped``; with ``"raise"``, the default, the first such item raises its error. Files
    in a folder that are not articles (images, office documents...) are recorded there either way.
    The articles kept give the same report as a corpus of them alone.

    ``columns`` name the corpus's own columns or fields (``trace(df, text="body", title="headline",
    published="date", outlet="site", id="uid")``); ``aliases`` adds outlet aliases to
    ``settings.aliases`` (``{"AJ": "Al Jazeera"}``), so credits and outlets under either name match.

    A corpus item that is a string holding just an http(s) URL is a link: its page is fetched
    (``settings.fetch`` sets the limits and politeness, :mod:`provenance.reading.fetch`) and read as
    an HTML page. Fetched pages are kept in ``cache`` (a folder; by default ``$PROVENANCE_CACHE``,
    else the user's cache folder; False keeps none), so the same links traced again are read from
    disk, offline, into the same report; ``refresh=True`` fetches them again. A link whose page
    cannot be had (an error status, a timeout, refused by robots.txt, not HTML, too large) raises
    its :class:`~provenance.errors.FetchError`, or with ``on_error="skip"`` is left out and
    recorded in ``report.skipped`` with the link as its origin.

    >>> report = trace(["Talks open in Astana on Monday, the rebels said, and will last two days.",
    ...                 "Al-Jazeera – Talks open in Astana on Monday, the rebels said, and will last two days."])
    >>> len(report.pairs)
    1

    Raises the :class:`~provenance.errors.CorpusError` subclasses of :func:`provenance.reading.load.load`
    (:class:`~provenance.errors.FetchError` for a link whose page cannot be had; with
    ``on_error="skip"``, EmptyCorpusError only: when no article is left).
    """
    return traced(corpus, settings=settings, workers=workers, engine=engine, progress=progress, index=index,
                  aliases=aliases, on_error=on_error, cache=cache, refresh=refresh, columns=columns)[0]


def traced(
    corpus: Any,
    *,
    settings: Settings | None = None,
    workers: int = 1,
    engine: Any = "local",
    progress: bool = False,
    index: str | Path | None = None,
    store: bool = True,
    aliases: Mapping[str, str] | None = None,
    on_error: OnError = "raise",
    cache: str | Path | bool | None = None,
    refresh: bool = False,
    columns: Mapping[str, str] | None = None,
) -> tuple[Report, frozenset[str]]:
    """:func:`trace`'s report, and the ids of the corpus's own articles (the stored ones aside).

    With ``index`` and ``store=False`` the corpus is compared with the stored articles but not
    stored itself: what :func:`provenance.audit` does."""
    _check_arguments(settings, workers, aliases)
    settings = settings or Settings()
    if aliases:
        settings = settings.model_copy(update={"aliases": {**settings.aliases, **aliases}})
    fetcher = Fetcher(settings.fetch, cache=cache, refresh=refresh, progress=progress)
    with outlet_aliases(settings.aliases), paused_collection(), fetcher, Runner(workers, engine, progress) as runner:
        return _trace(corpus, settings, dict(columns or {}), runner, index, store, on_error, fetcher)


def _check_arguments(settings: Any, workers: Any, aliases: Any) -> None:
    """Refuse, by name, an argument of :func:`trace` that is of the wrong type, before any work."""
    if settings is not None and not isinstance(settings, Settings):
        raise ArgumentTypeError(
            f"settings is a {type(settings).__name__}; give a provenance.Settings, e.g. "
            "Settings(direction=DirectionSettings(decide=0.6)), or Settings.model_validate(a_dict)"
        )
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise ArgumentTypeError(f"workers is {workers!r}; give a whole number of processes, 1 or more")
    if aliases is not None and not (
        isinstance(aliases, Mapping) and all(isinstance(k, str) and isinstance(v, str) for k, v in aliases.items())
    ):
        raise ArgumentTypeError(
            f"aliases is a {type(aliases).__name__}; give a mapping of names to outlets, like {{'AJ': 'Al Jazeera'}}"
        )


def _trace(
    corpus: Any, settings: Settings, columns: dict[str, str], run: Callable[..., list], index: str | Path | None,
    store: bool, on_error: OnError, fetcher: Fetcher,
) -> tuple[Report, frozenset[str]]:
    """The stages of :func:`trace`, run with the settings' outlet alias table in force."""
    # The corpus streams through segmentation, so the raw articles are never all held at once;
    # segmented ones are then put in id order, which every later stage keeps. What was left out
    # keeps the corpus's order.
    items = entries(corpus, settings=settings.load, on_error=on_error, links=fetcher, **columns)
    results = run(_segment_chunk, _Segmenting(settings, on_error), items, desc="segment")
    skipped = [r for r in results if isinstance(r, Skipped)]
    segmented: list[_Segmented] = sorted((r for r in results if not isinstance(r, Skipped)), key=lambda r: r[1].id)
    del results
    if index is not None and store and on_error == "skip":  # an id stored with other text cannot be stored
        segmented, clashes = _clashes(segmented, index, settings)
        skipped += clashes
    if not segmented:
        raise EmptyCorpusError(f"the corpus holds no documents: left out {describe_skipped(skipped)}")
    # A date that cannot be read alone (04/03/2025, "4:35 PM IST") is read as its outlet's other dates show.
    articles = read_by_outlet(
        [a for _, a, _, _ in segmented], key=lambda a: outlet_key(a.outlet) if a.outlet else None
    )
    sets = [s for _, _, s, _ in segmented]
    lines = {a.id: f for _, a, _, f in segmented}
    del segmented
    cross: list[tuple[str, str]] = []
    own = frozenset(a.id for a in articles)
    subject: frozenset[str] | None = None  # the articles the report is about: all, or the new ones
    if index is not None:
        subject = own
        articles, sets, cross = _with_stored(articles, sets, index, settings, store)
    # Lines a site prints on unrelated stories pair nothing: they become furniture first.
    articles, changed, boilerplate = find_boilerplate(
        articles, [lines[a.id] if a.id in lines else shingles_and_lines(a, settings.candidates.shingle_words)[1]
         for a in articles], settings.candidates
    )
    del lines
    cache: dict[str, np.ndarray | None] = {}
    for k in changed:
        # A credit above a line now known for furniture closes the article: it is read now.
        articles[k] = read_credits(articles[k])
        sets[k] = without_boilerplate(sets[k], articles[k], settings.candidates.shingle_words, cache)
    del cache
    # Exact duplicates are compared with the corpus once, through one representative each.
    same = collapse(articles)
    reps = same.representatives
    found = candidates([articles[k] for k in reps], settings.candidates, [sets[k] for k in reps])
    del sets
    position = {a.id: n for n, a in enumerate(articles)}
    # A pair the index found meets the corpus through the duplicate groups' representatives too.
    twin = {m: g.representative for g in same.groups for m in g.members}
    ends = ((position[twin.get(a, a)], position[twin.get(b, b)]) for a, b in cross)
    pair_list = sorted(
        {(reps[i], reps[j]) for i, j in found.pairs}
        | set(same.pairs)
        | {(min(e), max(e)) for e in ends if e[0] != e[1]}
    )
    shared = (articles, settings, subject, boilerplate_holders(articles))
    parts = run(_part_chunk, shared, _parts(pair_list), chunk_size=1, desc="align, direct", pick=_pick)
    parts = _placeholders_apart(parts, {a.id for a in articles})
    missing = [m for part in parts for m in part.missing]
    report = Report(
        version=_version(),
        settings=settings,
        documents=tuple(articles),
        pairs=tuple(sorted((p for part in parts for p in part.pairs), key=lambda p: (p.a, p.b))),
        derivations=tuple(sorted((d for part in parts for d in part.derivations), key=lambda d: (d.derived, d.source))),
        diffs=tuple(sorted((d for part in parts for d in part.diffs), key=lambda d: (d.derived, d.source))),
        # In the order missing_sources gives them: by the outlet they credit (unknown last), then members.
        missing=tuple(sorted(missing, key=lambda m: (m.name is None, outlet_key(m.name or ""), m.members[0]))),
        boilerplate_shingles=found.boilerplate_shingles,
        boilerplate=boilerplate,
        duplicates=tuple(g for g in same.groups if subject is None or not subject.isdisjoint(g.members)),
        skipped=tuple(skipped),
    )
    return report, own


def _placeholders_apart(parts: list[_Part], ids: set[str]) -> list[_Part]:
    """The parts with every placeholder whose id a document of the corpus holds renamed ("~2", "~3"
    added): a placeholder is named after its first member, in another part than an article that
    may bear that name, and the two must stay two nodes."""
    taken = ids | {m.id for part in parts for m in part.missing}
    out = []
    for part in parts:
        renamed: dict[str, str] = {}
        for m in part.missing:
            if m.id in ids:
                n = 2
                while f"{m.id}~{n}" in taken:
                    n += 1
                renamed[m.id] = f"{m.id}~{n}"
                taken.add(renamed[m.id])
        if renamed:
            part = part._replace(
                missing=[m.model_copy(update={"id": renamed.get(m.id, m.id)}) for m in part.missing],
                derivations=[d.model_copy(update={"source": renamed.get(d.source, d.source)})
                             for d in part.derivations],
                diffs=[d.model_copy(update={"source": renamed.get(d.source, d.source)}) for d in part.diffs],
            )
        out.append(part)
    return out


def _clashes(
    segmented: list[_Segmented], index: str | Path, settings: Settings
) -> tuple[list[_Segmented], list[Skipped]]:
    """The articles without those whose id the index holds with other text, and a record of each
    of those: an item at fault, like one that cannot be read."""
    if not Path(index).exists():  # a new index holds nothing to clash with
        return segmented, []
    with open_index(index, settings.candidates) as stored_index:
        taken = set(stored_index.conflicts([a for _, a, _, _ in segmented]))
    if not taken:
        return segmented, []
    records = [
        left(where, a.id, DuplicateIdError(
            f"document {a.id!r} ({where}) is already in the index {str(index)!r} with other text"
        )).record
        for where, a, _, _ in segmented if a.id in taken
    ]
    return [item for item in segmented if item[1].id not in taken], records


def _near(near: Mapping[str, set[str]], unknown: Mapping[str, set[str]], a: str, b: str) -> set[str]:
    """The outlets either article shares text with; "" (unknown) only when a third article, of
    unknown outlet, shares text with both: it may be the outlet both credit."""
    found = near[a] | near[b]
    found.discard("")
    if (unknown[a] - {b}) & (unknown[b] - {a}):
        found.add("")
    return found


def _directed(
    alignments: dict[tuple[str, str], Alignment], by_id: Mapping[str, Article], settings: Settings,
    subject: frozenset[str] | None, holders: Mapping[str, Mapping[str, int]],
) -> _Part:
    """Direction, direct parents, missing common sources and diffs of aligned pairs, from whole
    connected parts of the pair graph; ``subject``: the articles the report is about (None: all)."""
    extra = composite_evidence(alignments, by_id, settings.align.min_shared_chars, settings.direction)
    own = own_lines(by_id, holders)
    # The outlets each article shares text with: a source both credit is "in the corpus" for a
    # pair only when one of them shares text with an article of that outlet. A stock line or a
    # quotation in common is not sharing the story: the credited outlet's other stories and
    # articles of unknown outlet that share only that say nothing of where the story came from.
    near: dict[str, set[str]] = defaultdict(set)
    unknown: dict[str, set[str]] = defaultdict(set)  # partners of unknown outlet
    for (a, b), al in alignments.items():
        if not enough_shared(al.share_x, al.share_y, al.shared_chars_x, settings.direction):
            continue
        near[a].add(outlet_key(by_id[b].outlet or ""))
        near[b].add(outlet_key(by_id[a].outlet or ""))
        if by_id[b].outlet is None:
            unknown[a].add(b)
        if by_id[a].outlet is None:
            unknown[b].add(a)
    pairs = [
        decide(by_id[a], by_id[b], al, settings.direction, extra.get((a, b), ()), _near(near, unknown, a, b))
        for (a, b), al in sorted(alignments.items())
    ]
    # A page that lacks text of the story two others print is a cut, not the credited outlet's own page;
    # a copy's own copy, as the first look found it, keeps what the copy added and says nothing of that.
    copied = {(p.derived, p.source) for p in pairs if p.relation == "derived"}
    cut = lacking_story_text(alignments, by_id, settings.direction.min_extra_chars, copied)
    if cut:
        pairs = [
            decide(by_id[p.a], by_id[p.b], alignments[(p.a, p.b)], settings.direction, extra.get((p.a, p.b), ()),
                   _near(near, unknown, p.a, p.b), cut[(p.a, p.b)])
            if (p.a, p.b) in cut and any(e.signal == "credit_unknown" for e in p.evidence) else p
            for p in pairs
        ]
    # Further looks, with what the decisions so far tell: who shares a common source. A pair decided
    # by one look can reveal the common source of another (a chain three or four deep), so the
    # looks go on until the lineage evidence stops changing, a few times at most.
    first, seen, settled = pairs, {}, {}
    for _ in range(LINEAGE_LOOKS):
        lineage = lineage_evidence(pairs, alignments, by_id, settled, own)
        if lineage == seen:
            break
        seen = lineage
        pairs = [
            decide(by_id[p.a], by_id[p.b], alignments[(p.a, p.b)], settings.direction,
                   [*extra.get((p.a, p.b), ()), *lineage[(p.a, p.b)]], _near(near, unknown, p.a, p.b),
                   cut.get((p.a, p.b), {}))
            if (p.a, p.b) in lineage else p
            for p in first
        ]
    del extra, lineage, near, unknown, settled, cut
    credited = {
        (p.derived, p.source): credits_source(by_id[p.derived], by_id[p.source])
        for p in pairs
        if p.relation == "derived"
    }
    edges = direct_edges(pairs, alignments, by_id, credited, settings.direction, own)
    pairs = [_direct(p, edges) for p in pairs]
    missing, sibling_edges, replaced = missing_sources(pairs, by_id, edges, settings.direction)
    if replaced:  # copies moved from a sibling to the missing source they share
        pairs = [p.model_copy(update={"direct": False}) if (p.derived, p.source) in replaced else p for p in pairs]
    if subject is not None:  # stored articles among themselves were reported when they were new
        pairs = [p for p in pairs if p.a in subject or p.b in subject]
        missing = [m for m in missing if not subject.isdisjoint(m.members)]
        kept = {m.id for m in missing}
        sibling_edges = [d for d in sibling_edges if d.source in kept]
    direct = [p for p in pairs if p.direct]
    diffs = [build_diff(alignments[(p.a, p.b)], by_id[p.derived], by_id[p.source]) for p in direct]  # type: ignore[index]
    derivations = [_derivation(p, d, edges[(p.derived, p.source)]) for p, d in zip(direct, diffs)]  # type: ignore[index]
    return _Part(pairs, derivations + sibling_edges, diffs, missing)


def _with_stored(
    articles: list[Article], sets: list[np.ndarray], index: str | Path, settings: Settings, store: bool = True
) -> tuple[list[Article], list[np.ndarray], list[tuple[str, str]]]:
    """The new articles with the stored ones they can share text with (in id order, with their
    shingle sets), and the (new, stored) candidate pairs the index found; the new ones are then
    stored, unless ``store`` is False.

    The stored articles then meet each other as well as the new ones, so that the new articles'
    direct sources and missing common sources rest on the same pairs as in a trace of them all at
    once, not on their links to the new articles alone."""
    with open_index(index, settings.candidates) as stored_index:
        stored, cross = stored_index.query(articles, sets)
        if store:
            stored_index.add(articles, sets)
    new_ids = {a.id for a in articles}
    both = sorted(
        [*zip(articles, sets),
         *((a, shingle_hashes(a, settings.candidates.shingle_words)) for a in stored if a.id not in new_ids)],
        key=lambda item: item[0].id,
    )
    return [a for a, _ in both], [s for _, s in both], cross


def _direct(pair: Pair, edges: Mapping[tuple[str, str], str | None]) -> Pair:
    """The pair marked direct when it is an edge of the graph; an undetermined pair that is one
    (a copy's parent told by the changes it carries, :func:`~provenance.corpus.graph.direct_edges`)
    is decided that way."""
    if (pair.derived, pair.source) in edges:
        return pair.model_copy(update={"direct": True})
    for copy, source in ((pair.a, pair.b), (pair.b, pair.a)):
        if pair.relation == "undetermined" and (copy, source) in edges:
            return pair.model_copy(update={"direct": True, "relation": "derived", "derived": copy, "source": source})
    return pair


def _derivation(pair: Pair, diff: Diff, inherited: str | None) -> Derivation:
    """The edge of a direct pair; ``inherited`` says whose changes made it the parent, when an
    original and its copy were both candidates."""
    evidence = pair.evidence
    if inherited is not None:
        evidence = (*evidence, Evidence(signal="inheritance", favours=pair.derived, weight=0.0, detail=inherited))
    return Derivation(
        derived=diff.derived,
        source=diff.source,
        confidence=pair.confidence,
        coverage=diff.coverage,
        credited=diff.credited,
        retitled=diff.title.retitled,
        reuse="copy" if pair.similarity >= COPY_SIMILARITY else "rewrite",
        similarity=pair.similarity,
        evidence=evidence,
    )
