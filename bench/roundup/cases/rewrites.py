"""Case 6: an outlet rewrites another's story heavily (sentences paraphrased, paragraphs reordered or dropped,
a sentence or two kept word for word), crediting it ("according to ...", "as first reported by ...") or not.
The rewrite has an edge to the story it rewrote."""

from __future__ import annotations

from .. import credits, dates, edits, paraphrase, words
from ..model import Ctx, Page
from ..outlets import Agency
from . import common


def build(ctx: Ctx, room: int) -> int:
    rng = ctx.rng
    desk = common.pick_desk(ctx)
    src = ctx.take(desk, min_paras=6)
    when = dates.story_time(rng)
    if rng.random() < 0.3:
        owner = common.pick_agency(ctx)
    else:
        owner = common.pick_outlets(ctx, desk, 1, kinds=("national", "regional"))[0]
    source = ctx.add(common.outlet_original(ctx, owner, src, desk, when, ctx.story(), "rewrite", "rewritten story",
                                            held=common.reserve(src, rng)))
    made = 1
    for outlet in common.pick_outlets(ctx, desk, min(room - 1, 1 + (rng.random() < 0.3)),
                                      kinds=("national", "regional", "blog", "aggregator"), exclude=(owner,)):
        t = common.later(ctx, source, outlet, 60, 4320)
        ctx.add(_rewrite(ctx, source, outlet, t))
        made += 1
    return made


def _verbatim(body: list[str], rng) -> set[str]:
    """One or two long unquoted sentences the rewriter keeps word for word."""
    found = [s for p in body[1:] for s in words.sentences(p)
             if words.word_count(s) >= 12 and not any(q in s for q in words.QUOTE_MARKS)]
    if not found:
        found = [s for p in body for s in words.sentences(p) if words.word_count(s) >= 9]
    return set(rng.sample(found, min(len(found), rng.choice((1, 2)))))


def _rewrite(ctx: Ctx, source: Page, outlet, when) -> Page:
    rng = ctx.rng
    keep = _verbatim(source.body, rng)
    body = []
    for i, para in enumerate(source.body):
        sents = words.sentences(para)
        if i and not keep & set(sents) and rng.random() < 0.2:
            continue
        out = []
        for s in sents:
            if s in keep:
                out.append(s)
            else:
                out.append(edits.house(paraphrase.rewrite(s, rng, 0.85, source.proper), outlet, rng))
        body.append(" ".join(out))
    middle = body[1:]
    for _ in range(rng.randint(1, 3)):
        if len(middle) > 2:
            x, y = rng.sample(range(len(middle)), 2)
            middle[x], middle[y] = middle[y], middle[x]
    body = [body[0], *middle]
    own = edits.house(ctx.own_paragraph(source), outlet, rng)
    body.insert(len(body) if rng.random() < 0.6 else 1, own)
    name = source.owner.name if not isinstance(source.owner, Agency) else outlet.agency_names.get(
        source.owner.code, source.owner.short)
    how, phrase = credits.attribution(name or "another outlet", rng)
    title = edits.restyle(edits.from_lead(body[0], source.proper, rng), outlet.headline, source.proper)
    extra: list[str] = []
    first = words.sentences(body[0])
    if how == "according" and first[0].endswith(".") and not first[0].endswith('."'):
        first[0] = first[0][:-1] + phrase + "."
    elif how in ("first", "reported"):
        first[0] = phrase + paraphrase.lower_first(first[0], source.proper)
    elif how == "end":
        extra.append(phrase)
    body[0] = " ".join(first)
    byline = credits.staff_byline(outlet, source.desk, rng)
    return Page(outlet, source.desk, title + outlet.title_suffix, body, when, source.story, "rewrite",
                f"rewrite ({how} credit)", source.proper, top=[byline] if byline else [], credits=extra,
                parents=[source], inline=[phrase.strip(", ")] if how in ("according", "first", "reported") else [])
