"""Deciding who copied whom from the evidence in the texts, and saying so when it cannot.

Signals, each recorded as :class:`~provenance.models.Evidence` with the article it says is
the copy and a weight: the probability, from that signal alone, that it is right.

- **credit**: one article credits the other's outlet ("Al-Jazeera – ...", "(Reuters) -",
  "Source: AFP"). Outlets are known from metadata, the URL, or the article's self-credit. When the
  other's outlet is unknown, a credit it does not share says the other may be the credited outlet's
  own copy: weaker evidence, but evidence (an unknown outlet is not proof that the credited one is
  missing from the corpus).
- **date**: publication dates, when both are known and the spans their precision covers do not
  overlap (a date alone covers its day: it is not ordered against a time on that day).
- **containment**: the copy's body lies mostly inside the source, not the reverse. A copy
  keeps some of its source and adds little; the source goes on where the copy stopped. It is
  the weakest signal, since a copy that adds paragraphs reverses it, and it is set aside when
  both articles credit the same third outlet that is not in the corpus: their shared text can
  then have come from that outlet rather than from either of them (unless one of them credits the
  other's outlet too: it says where it took the third outlet's story).
- **furniture**: both articles carry a footer, promo or credit line that names the outlet of one
  of them: outlets sign their own furniture, so the other article carried it over.
- **truncation**: the shared text is the opening of one article and all of the other.
- **wire**: one article is a news agency's and the other is not (or of unknown outlet); agencies are sources.
- **release**: one article reads as a press release and the other does not; releases are sources, of
  agencies too (the model reads it as the wire signal).
- **reporting**: both say their reporting came from one agency ("told Reuters"), and one of them is
  that agency's: the other carried the agency's text.
- **lineage**: two articles both derived from a third share text that the third does not have
  (a credit line, a footer, an edit), so one copied the other; the one holding less of the
  third's text is the copy, since the other could not have restored text it never saw.
- **carried**: the weaker reading of the same counts: of two copies of a third, one carries every
  change of the other's that it settles (three at least) while the other reverts some of its own;
  a copy that changed little after copying is nearly its source, too close for the lineage test.
- **update**: two pages of one outlet, one holding the other's text below new opening paragraphs
  and dated after it: the fuller one is the later version (:mod:`~provenance.corpus.versions`), and
  the pair model reads containment and the other shapes the other way round.
- **composite**: an article is made of disjoint parts of two or more articles that share nothing
  with each other, so it combined them; where others hold a part too, the one whose changes the
  article carries is its source. This also voids the containment signal that a short source,
  quoted almost whole by the composite, would otherwise give against it.

The signals are features of the pair model (:mod:`~provenance.corpus.pair_model`), beside the
pair's shares, lengths, where its unaligned text lies, dates and furniture; the model, fitted on
labelled pairs of six families of data, gives the probabilities of the four relations (either
direction, a common source, no reuse). The pair is directed when the more likely direction is the
likeliest relation and its probability reaches ``decide``; otherwise it is "undetermined", which is what conflicting or
missing evidence gives. Confidence is that probability, and each signal's weight is what the
model makes of it alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache

from ..article.agency_pages import agency_copy
from ..article.credits import SELF_FORMS
from ..article.furniture import ad_slot
from ..article.outlets import KNOWN_AGENCIES, mentions, outlet_key, same_outlet
from ..article.release_pages import press_release
from ..models import Article, Evidence, Pair
from ..pairs.align import Alignment, unquoted
from ..reading.dates import order_of
from ..settings import DirectionSettings
from .credit_signals import UNWEIGHED, common_credit, credit_evidence, credited_elsewhere, reporting_evidence
from .features import features, own_text
from .headline_tags import headline_tag
from .inheritance import Inheritance, inheritance, which_carried, which_copied
from .pair_model import load_model
from .shared_text import enough_shared, two_stories
from .versions import later_version

__all__ = ["decide", "evidence", "lineage_evidence"]

#: Containment gaps below this are no signal: one paragraph in ten may differ by chance.
CONTAINMENT_MIN_GAP = 0.1
#: The copy must have at least this share of its body inside the source.
CONTAINMENT_MIN_SHARE = 0.4
#: Summed dissimilarity to the common source (over its paragraphs) that tells two copies apart.
LINEAGE_MIN_DRIFT = 0.01
#: Below this share on both sides, each article holds body text the other lacks: a later date alone
#: then makes no edge, since two outlets that cut one story differently look the same (held out,
#: this rule and the one that a copy cannot predate its source lift mean derived F1 from 0.810 to
#: 0.813 and call 56 of 242 sibling pairs derived instead of 71).
OWN_TEXT = 0.9
#: Or: each holds at least this share of its body in paragraphs the other lacks altogether (a
#: paragraph cut by one and kept by the other, or added), however alike the rest is.
OWN_PARAGRAPHS = 0.02
#: Signals that say a copy took from its source, not only that it could have: it names the source,
#: carries its changes or its furniture, or is made of it and another. The others (dates, an
#: agency's outlet, containment, a cut tail) order two articles that share a text, but say nothing
#: of whether they share more than what a speaker said.
TAKEN = frozenset({"credit", "credit_unknown", "lineage", "carried", "furniture", "composite", "reporting"})
#: Both shares above this: the texts are the same, and containment says nothing about direction.
IDENTICAL_SHARE = 0.95


def _predates(copy: Article, source: Article) -> bool:
    """Whether the copy was published before its source in whatever zone a date without one is in."""
    assert copy.published is not None and source.published is not None
    return order_of((copy.published, copy.published_precision), (source.published, source.published_precision),
                    any_zone=True) < 0


def _stated(article: Article) -> str:
    """The article's date as precisely as it was given."""
    moment = article.published
    assert moment is not None
    if article.published_precision in ("year", "month", "day"):
        return moment.date().isoformat()[: {"year": 4, "month": 7, "day": 10}[article.published_precision]]
    return moment.isoformat()


def evidence(
    x: Article, y: Article, alignment: Alignment, outlets: AbstractSet[str] = frozenset(), copied: bool = False
) -> list[Evidence]:
    """Every signal about the direction between two aligned articles.

    ``copied``: lineage shows that one of the two copied the other, so a credit both carry of an
    outlet missing from the corpus may have come with the copy; they are not taken for siblings.
    Nor are they when one credits the other's outlet as well: it names where it took the missing
    outlet's story from.

    ``outlets`` holds the folded names (:func:`~provenance.article.outlets.outlet_key`) of the outlets
    whose articles share text with either of the two, to tell whether an outlet both credit is
    in the corpus as far as these two are concerned.
    """
    found: list[Evidence] = []
    found += credit_evidence(x, y) + credit_evidence(y, x)
    common = common_credit(x, y)
    # "" in ``outlets``: an article of unknown outlet shares text with both, and may be the one credited.
    named = any(e.signal == "credit" for e in found)
    unsettled = common is not None and not copied and not named
    absent_common = unsettled and outlet_key(common) not in outlets and "" not in outlets
    # Whether the credited outlet is in the corpus or not, a page signed as its own copy is no client of it.
    owned = [u for u in (x, y) if agency_copy(u, common)] if unsettled else []
    if len(owned) == 1:
        # One of the two may be the credited agency's own copy: the other credits it, and took from it.
        # (Both signed so are two versions of the agency's copy: the missing source stands.)
        own = owned[0]
        other = y if own is x else x
        found.append(Evidence(
            signal="credit_unknown", favours=other.id, weight=UNWEIGHED,
            detail=f"{other.id} credits {common!r}; {own.id}, whose outlet is unknown, is signed as {common}'s "
                   "own copy is, with nothing of a client's page: it may be the agency's own",
        ))
        absent_common = False
    if absent_common:
        # Both took from an outlet not in the corpus: only signs of copying between these two
        # (a credit, carried furniture, lineage) can tell that one took from the other.
        found.append(Evidence(
            signal="siblings", favours=None, weight=0.5,
            detail=f"both credit {common}, which is not in the corpus: their shared text may come from it; "
                   "dates, containment and truncation are set aside",
        ))
        return found + _signed_furniture(x, y, alignment)
    if x.published and y.published:
        # Ordered only when the spans the two dates cover do not overlap: a date alone covers its day.
        order = order_of((x.published, x.published_precision), (y.published, y.published_precision))
        if order:
            later, earlier = (x, y) if order > 0 else (y, x)
            found.append(Evidence(
                signal="date", favours=later.id, weight=UNWEIGHED,
                detail=f"{later.id} was published after {earlier.id} "
                       f"({_stated(later)} vs {_stated(earlier)})",
            ))
    sx, sy = alignment.share_x, alignment.share_y
    version = later_version(x, y, alignment)
    if version is not None:
        found.append(version)  # the shape reads the other way round: no containment, no cut tail
    elif min(sx, sy) >= IDENTICAL_SHARE:
        found.append(Evidence(
            signal="identical", favours=None, weight=0.5,
            detail=f"the bodies are nearly the same ({sx:.0%} and {sy:.0%} shared): containment gives no direction",
        ))
    elif abs(sx - sy) >= CONTAINMENT_MIN_GAP and max(sx, sy) >= CONTAINMENT_MIN_SHARE:
        copy, source, inner, outer = (x, y, sx, sy) if sx > sy else (y, x, sy, sx)
        found.append(Evidence(
            signal="containment", favours=copy.id, weight=UNWEIGHED,
            detail=f"{inner:.0%} of {copy.id}'s body lies in {source.id}, but only {outer:.0%} of "
                   f"{source.id}'s body lies in {copy.id}",
        ))
    found += _signed_furniture(x, y, alignment)
    trunc = None if version else _truncation(x, y, alignment)
    if trunc:
        found.append(trunc)
    release = _release(x, y)
    wire = _wire(x, y) or _wire(y, x)
    if wire and not (release and wire.favours != release.favours):
        found.append(wire)  # an agency took the release's text, not the other way round
    if release:
        found.append(release)
    reporting = reporting_evidence(x, y)
    if reporting:
        found.append(reporting)
    return found


def _signed_furniture(x: Article, y: Article, alignment: Alignment) -> list[Evidence]:
    """Furniture both carry that names one article's outlet and not the other's, as each prints it:
    a footer or promo line, or the tag that ends both headlines (:func:`headline_tag`).

    Both texts must name the owner: two outlets whose footers follow one template ("Follow X on
    Twitter") each print their own name, and neither carried the other's."""
    out = []
    if same_outlet(x.outlet, y.outlet):
        return out
    tagged = headline_tag(x, y)
    if tagged is not None:
        return [tagged]
    for g in alignment.groups:
        blocks = [x.blocks[i] for i in g.x] + [y.blocks[j] for j in g.y]
        if not all(b.furniture for b in blocks) or g.similarity < 0.8:
            continue
        texts = {x.id: " ".join(x.blocks[i].text for i in g.x), y.id: " ".join(y.blocks[j].text for j in g.y)}
        for owner, other in ((x, y), (y, x)):
            if all(mentions(t, owner.outlet) and not mentions(t, other.outlet) for t in texts.values()):
                out.append(Evidence(
                    signal="furniture", favours=other.id, weight=UNWEIGHED,
                    detail=f"{other.id} carries furniture of {owner.id}'s outlet ({owner.outlet}): "
                           f"{texts[other.id][:80]!r}",
                ))
                return out
    return out


def _truncation(x: Article, y: Article, alignment: Alignment) -> Evidence | None:
    """The shared text runs to the end of one article's body but stops early in the other's."""
    body_x = [b.index for b in x.blocks if b.kind == "body"]
    body_y = [b.index for b in y.blocks if b.kind == "body"]
    groups = [g for g in alignment.groups if g.in_order]
    if not groups or not body_x or not body_y:
        return None
    last_x = max(i for g in groups for i in g.x)
    last_y = max(j for g in groups for j in g.y)
    rest_x = sum(1 for i in body_x if i > last_x)
    rest_y = sum(1 for j in body_y if j > last_y)
    if rest_x == 0 and rest_y >= 2:
        copy, source, rest = x, y, rest_y
    elif rest_y == 0 and rest_x >= 2:
        copy, source, rest = y, x, rest_x
    else:
        return None
    return Evidence(
        signal="truncation", favours=copy.id, weight=UNWEIGHED,
        detail=f"{copy.id} stops where {source.id} goes on for {rest} more body paragraphs",
    )


def _wire(copy: Article, source: Article) -> Evidence | None:
    """The source is a news agency's and the copy another outlet's, or of unknown outlet without
    naming itself the agency's."""
    if not source.outlet or outlet_key(source.outlet) not in KNOWN_AGENCIES:
        return None
    if copy.outlet is None:
        if any(same_outlet(c.name, source.outlet) for c in copy.credits if c.form in SELF_FORMS):
            return None
    elif outlet_key(copy.outlet) in KNOWN_AGENCIES:
        return None
    return Evidence(
        signal="wire", favours=copy.id, weight=UNWEIGHED,
        detail=f"{source.id} is news-agency copy ({source.outlet}); "
               + (f"{copy.id} is from {copy.outlet}" if copy.outlet else f"{copy.id}'s outlet is unknown"),
    )


def _release(x: Article, y: Article) -> Evidence | None:
    """One of the two reads as a press release and the other does not: news takes a release's text,
    an agency's too, and no release takes a newspaper's (:mod:`~provenance.article.release_pages`).
    The model reads it as it reads the wire signal: a kind of page that is where text begins."""
    x_release = press_release(x)
    if x_release == press_release(y):
        return None
    source, copy = (x, y) if x_release else (y, x)
    return Evidence(
        signal="release", favours=copy.id, weight=UNWEIGHED,
        detail=f"{source.id} reads as a press release (its layout: a note to editors, a media contact, an "
               f"'About' paragraph or a closing mark); {copy.id} reads as news",
    )


def _aligned(al: Alignment, ident: str, kinds: tuple[str, ...], article: Article) -> dict[int, float]:
    """Blocks of ``ident`` in the alignment's groups (of the given kinds), with their similarity."""
    return {i: similarity for i, similarity in al.held(ident).items() if article.blocks[i].kind in kinds}


def lineage_evidence(
    pairs: Sequence[Pair], alignments: Mapping[tuple[str, str], Alignment], articles: Mapping[str, Article],
    settled: dict[tuple[str, str, str], Inheritance] | None = None,
    own: Mapping[str, frozenset[int]] | None = None,
) -> dict[tuple[str, str], list[Evidence]]:
    """Evidence, by pair, that one of two articles derived from a common source copied the other.

    ``settled`` keeps each inheritance count (copy, later, earlier) worked out, for the next call on
    the same articles: the pipeline looks at the lineage again as decisions change, and the counts
    do not. ``own``: each article's own page lines, compared whole by the inheritance count
    (:func:`~provenance.corpus.page_lines.own_lines`).

    The common source is an article both derive from, or, when their source is missing from the
    corpus (both credit an outlet that is not in it), a third article that also took from it: its
    text stands for the missing source's, so text the two share and it lacks is theirs alone."""
    sources: dict[str, set[str]] = defaultdict(set)
    proxies: dict[str, set[str]] = defaultdict(set)  # articles credited with one missing source
    for p in pairs:
        if p.relation == "derived":
            sources[p.derived].add(p.source)  # type: ignore[arg-type,index]
        elif any(e.signal == "siblings" for e in p.evidence):
            proxies[p.a].add(p.b)
            proxies[p.b].add(p.a)
    everything = ("body", "headline", *sorted({"standfirst", "byline", "caption", "promo", "subheading", "source",
                                                "footer", "related"}))
    found: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    settled = {} if settled is None else settled

    def keeps(copy: str, later: str, earlier: str) -> Inheritance:
        key = (copy, later, earlier)
        if key not in settled:
            settled[key] = inheritance(articles[copy], articles[later], articles[earlier], own)
        return settled[key]

    @cache
    def blocks_of(key: tuple[str, str], ident: str, kinds: tuple[str, ...]) -> dict[int, float]:
        """``_aligned`` of one pair's alignment, worked out once however many triangles use it."""
        return _aligned(alignments[key], ident, kinds, articles[ident])

    @cache
    def own_blocks(ident: str) -> frozenset[int]:
        """Blocks every page adds for itself: its own credit, its advertisement markers."""
        article = articles[ident]
        return frozenset({cr.block for cr in article.credits}
                         | {blk.index for blk in article.blocks if ad_slot(blk.text)})

    for (c, b) in sorted(alignments):
        common = sources[c] & sources[b]
        proxy = not common
        if proxy and b in proxies[c]:
            common = proxies[c] & proxies[b]
        if not common:
            continue
        if not proxy:
            # Both took from a source that is here: the one that carries the other's changes to it
            # (and not the other way round) copied it; failing that for every such source, the
            # weaker reading of the same counts (:func:`which_carried`), a signal of its own.
            for signal, test in (("lineage", which_copied), ("carried", which_carried)):
                told = next(((a, w) for a in sorted(common)
                             if (w := test(keeps(c, b, a), keeps(b, c, a)))), None)
                if told is None:
                    continue
                a, which = told
                c_keeps, b_keeps = keeps(c, b, a), keeps(b, c, a)
                copy, other, kept, lost = (c, b, c_keeps, b_keeps) if which > 0 else (b, c, b_keeps, c_keeps)
                found[(c, b)].append(Evidence(
                    signal=signal, favours=copy, weight=UNWEIGHED,
                    detail=f"{copy} and {other} both derive from {a}; "
                           f"{kept.detail(copy, other, a)}, while {lost.detail(other, copy, a)}",
                ))
                break
            continue
        # Text c and b share that a lacks (or has in a less similar form): shared additions.
        with_b = {i: v for i, v in blocks_of((c, b), c, everything).items() if i not in own_blocks(c)}
        for a in sorted(common):
            ca, ba = (min(c, a), max(c, a)), (min(b, a), max(b, a))
            from_a_c = blocks_of(ca, a, ("body",))  # a's body blocks that c has
            from_a_b = blocks_of(ba, a, ("body",))
            with_a = blocks_of(ca, c, everything)
            # a is a third copy standing for the missing source, with cuts and edits of its own that
            # make the other two agree with each other better than with it: only furniture it lacks
            # altogether (a footer one copied from the other) says they met.
            if not any(i not in with_a and articles[c].blocks[i].kind not in ("body", "headline") for i in with_b):
                continue
            if from_a_c.keys() < from_a_b.keys():
                copy, other, why = c, b, "has only part of what {other} kept of {a}"
            elif from_a_b.keys() < from_a_c.keys():
                copy, other, why = b, c, "has only part of what {other} kept of {a}"
            else:
                # Edits accumulate down a chain: the one further from the common source is the copy.
                dist_c = sum(1.0 - sim for sim in from_a_c.values())
                dist_b = sum(1.0 - sim for sim in from_a_b.values())
                al = alignments[(c, b)]
                if abs(dist_c - dist_b) >= LINEAGE_MIN_DRIFT:
                    copy, other = (c, b) if dist_c > dist_b else (b, c)
                    why = "strays further from {a} than {other} does, keeping {other}'s changes"
                elif abs(al.share_x - al.share_y) >= CONTAINMENT_MIN_GAP:
                    # As close to the source as each other: the one inside the other took from it.
                    copy, other = (c, b) if al.share_x > al.share_y else (b, c)
                    why = "lies inside {other}, with the text {other} does not share with {a}"
                else:
                    continue
            found[(c, b)].append(Evidence(
                signal="lineage", favours=copy, weight=UNWEIGHED,
                detail=f"{c} and {b} share text that their common source {a} lacks, and {copy} "
                       + why.format(other=other, a=a),
            ))
            break
    return found


def quotation(alignment: Alignment, settings: DirectionSettings) -> Evidence | None:
    """The evidence that two articles share enough to decide anything (:func:`enough_shared`) only
    because they quote the same words, and not most of a body: what a speaker said, reporters who
    never saw each other's text write down alike. A copy may have taken the quotations from the other
    article, but only a signal of :data:`TAKEN` shows it (:func:`decide`); and they are no sign of a
    common text missing from the corpus, and make no siblings (:mod:`~provenance.corpus.graph`)."""
    shares = alignment.share_x, alignment.share_y
    if not enough_shared(*shares, alignment.shared_chars_x, settings) or max(shares) > 0.5:
        return None
    if enough_shared(*unquoted(alignment), settings):
        return None  # enough prose in common besides
    quoted, shared = alignment.quoted_chars_x, alignment.shared_chars_x
    return Evidence(
        signal="quotation", favours=None, weight=0.0,
        detail=f"{quoted} of the {shared} characters they share are quotation, which reporters write down "
               "alike without copying each other: no sign of a common source missing from the corpus",
    )


def _each_holds_own_text(x: Article, y: Article, alignment: Alignment) -> bool:
    """Whether each article holds body text the other lacks: by share, or by whole paragraphs."""
    if max(alignment.share_x, alignment.share_y) < OWN_TEXT:
        return True
    own_x = own_text(x, {i for g in alignment.groups for i in g.x})
    own_y = own_text(y, {i for g in alignment.groups for i in g.y})
    return min(own_x, own_y) >= OWN_PARAGRAPHS


def decide(
    x: Article,
    y: Article,
    alignment: Alignment,
    settings: DirectionSettings | None = None,
    extra: Sequence[Evidence] = (),
    outlets: AbstractSet[str] = frozenset(),
    cut: Mapping[str, str] | None = None,
) -> Pair:
    """Weigh the evidence between two aligned articles into a :class:`Pair` (x's id sorts first).

    The pair model (:mod:`~provenance.corpus.pair_model`) turns the pair's features, the signals
    among them, into the probabilities of the four relations. The more likely direction is
    decided when it is the likeliest of the four and its probability reaches
    ``settings.decide``; otherwise the pair is
    "undetermined" and its probabilities say what was close (a common source, no reuse, either
    direction). Dates constrain rather than decide: a copy cannot predate its source (beyond the
    dates' precision), and when each article holds body text the other lacks, a later date alone
    makes no edge. Two articles that share enough only by quoting the same words (:func:`quotation`)
    make a copy only by a signal of :data:`TAKEN`; so does a copy, holding nothing of its own, that
    credits a news agency which its source is not (:func:`credited_elsewhere`). Each
    signal's weight is what the model makes of it alone, and the pair keeps every feature's part in
    the direction (``Pair.contributions``).
    ``extra`` is corpus-level evidence (see :func:`~provenance.corpus.composite.composite_evidence`);
    ``outlets`` as in :func:`evidence`; ``cut``: each of the two, of unknown outlet, that lacks text of
    the story which the other and a third article print, with that third
    (:func:`~provenance.corpus.partial_pages.lacking_story_text`): the other's credit does not make it
    the credited outlet's own page.
    """
    settings = settings or DirectionSettings()
    model = load_model(settings.model)
    found = evidence(x, y, alignment, outlets, copied=any(e.signal in ("lineage", "carried") for e in extra))
    for page, third in sorted((cut or {}).items()):
        other = y.id if page == x.id else x.id
        if any(e.signal == "credit_unknown" and e.favours == other for e in found):
            # An agency's own page holds the whole story; this one lacks a passage two others print.
            found = [e for e in found if not (e.signal == "credit_unknown" and e.favours == other)]
            found.append(Evidence(
                signal="partial_page", favours=None, weight=0.0,
                detail=f"{page}, whose outlet is unknown, lacks text of the story that {other} and {third} both "
                       f"print: it is a client's cut of the story, not the page of the outlet {other} credits",
            ))
    composite = {e.favours for e in extra if e.signal == "composite"}
    if composite:
        # The composite's text outside this source comes from elsewhere: containment says nothing.
        found = [e for e in found if not (e.signal == "containment" and e.favours not in composite)]
    found = [e if e.favours is None else e.model_copy(update={"weight": model.signal_weight(e.signal)})
             for e in [*found, *extra]]
    values = features(x, y, alignment, found)
    chances = model.probabilities(values)
    forward = chances["a_from_b"] >= chances["b_from_a"]
    copy, source = (x, y) if forward else (y, x)
    probability = chances["a_from_b" if forward else "b_from_a"]
    # A direction is decided when it is the likeliest relation and likely enough, and the dates allow it.
    quoted = quotation(alignment, settings)
    if quoted is not None:
        found.append(quoted)
    # A copy with text of its own may credit the agency for that text (a mix of two sources).
    inside = alignment.share_x if forward else alignment.share_y
    agency = credited_elsewhere(copy, source) if inside >= OWN_TEXT else None
    if agency is not None:
        found.append(Evidence(
            signal="credited_elsewhere", favours=None, weight=0.0,
            detail=f"{copy.id} credits {agency}, which {source.id} ({source.outlet or 'outlet unknown'}) is not: "
                   f"{copy.id} took its text from {agency}, beside {source.id}, unless it shows it took from it",
        ))
    # A composite's smaller part is no coincidence, however thin; otherwise a thin share directs only within one story.
    apart = None if copy.id in composite else two_stories(x, y, alignment, settings)
    if apart is not None:
        found.append(apart)
    enough = enough_shared(alignment.share_x, alignment.share_y, alignment.shared_chars_x, settings)
    # Quotations in common are what reporters write down alike: they make a copy only when it says
    # it took from the other, never by dates and shapes alone.
    # So is a copy that credits an agency its source does not show.
    told = (quoted is None and agency is None) or any(e.signal in TAKEN and e.favours == copy.id for e in found)
    determined = (
        probability >= settings.decide and probability >= max(chances["siblings"], chances["none"])
        and ((enough and apart is None) or copy.id in composite) and told
    )
    dated = next((e for e in found if e.signal == "date"), None)
    if determined and dated is not None:
        if dated.favours != copy.id:
            # A copy cannot predate its source; but one that credits it, dated without a zone beside a
            # source dated with one, may be of any zone, and later after all.
            credited = any(e.signal in ("credit", "credit_unknown") and e.favours == copy.id for e in found)
            if not credited or _predates(copy, source):
                determined = False
        elif _each_holds_own_text(x, y, alignment) and not any(
            e.favours == copy.id and e.signal != "date" for e in found
        ) and not values.get("wholly_inside"):
            determined = False  # each holds text the other lacks, and only the dates order them: siblings too
    return Pair(
        a=x.id,
        b=y.id,
        share_a=alignment.share_x,
        share_b=alignment.share_y,
        shared_chars=alignment.shared_chars_x,
        similarity=alignment.similarity,
        relation="derived" if determined else "undetermined",
        derived=copy.id if determined else None,
        source=source.id if determined else None,
        confidence=round(probability, 4),
        probabilities={k: round(v, 4) for k, v in chances.items()},
        features={k: round(v, 4) for k, v in values.items() if v},
        contributions=model.contributions(values),
        evidence=tuple(found),
    )
