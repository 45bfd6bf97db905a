"""Case 4: one outlet combines two sources that are both in the corpus.

(a) two agencies' reports of one event (which share a quotation or two, since both reporters heard the same
    speaker), taken as blocks or interleaved; (b) a wire story plus background paragraphs from the outlet's
    own earlier article; (c) a client's copy of agency A's story with a paragraph or two added from agency B's
    report of the same event. The mix has an edge to each source and takes the story key of its main one.
"""

from __future__ import annotations

from datetime import timedelta

from .. import credits, dates, edits, outlets, words
from ..model import Ctx, Page
from . import common
from .independent import report


def _two_reports(ctx: Ctx, desk: str) -> tuple[Page, Page]:
    """Agency A's and agency B's own reports of one event, sharing only quotations, names and figures."""
    rng = ctx.rng
    while True:
        src = ctx.take(desk, quotes=1, min_paras=8)
        quotes = rng.sample(list(src.quotes), min(len(src.quotes), rng.choice((1, 2))))
        bodies = common.event_reports(src, 2, quotes, rng)
        if len(bodies) == 2 and all(len(_prose(body, [])) >= 2 for body in bodies):
            break
    first = common.pick_agency(ctx)
    second = common.pick_agency(ctx, exclude=(first,))
    event = ctx.event()
    when = dates.story_time(rng)
    a = report(ctx, first, src, desk, bodies[0], when, "mix")
    b = report(ctx, second, src, desk, bodies[-1], when + timedelta(minutes=rng.randint(-90, 90)), "mix")
    a.event = b.event = event
    a.role, b.role = "agency report", "second agency report"
    return a, b


def _prose(body: list[str], skip_quotes_of: list[str]) -> list[str]:
    """Paragraphs fit to lift into a mix: real prose, no quotation already printed in the other part (the
    lead only if nothing else qualifies)."""
    said = {q for p in skip_quotes_of for q in words.quotes_in(p)}
    fit = [p for p in body if common.liftable(p) and not set(words.quotes_in(p)) & said]
    return fit[1:] if len(fit) > 1 and fit[0] == body[0] else fit


def build(ctx: Ctx, room: int) -> int:
    rng = ctx.rng
    desk = common.pick_desk(ctx)
    style = rng.choice(("agencies", "agencies", "background", "added", "added"))
    if style == "background":
        return _background(ctx, desk)
    a, b = _two_reports(ctx, desk)
    ctx.add(a)
    ctx.add(b)
    outlet = common.pick_outlets(ctx, desk, 1, kinds=("national", "regional", "aggregator"))[0]
    when = common.later(ctx, [a, b], outlet, 15, 900)
    if style == "agencies":
        page = _combine(ctx, a, b, outlet, when)
    else:
        cut = rng.randint(min(4, len(a.body)), len(a.body))
        page = common.client_copy(ctx, a, a.wire, outlet, cut, when, "mix", "client copy with a second agency")
        lift = sorted(_prose(b.body, page.body), key=common.prose_words, reverse=True)
        extra = [edits.house(p, outlet, rng) for p in lift[:1 + (rng.random() < .4)]]
        at = rng.randint(2, len(page.body))
        page.body[at:at] = extra
        if rng.random() < 0.5:
            page.credits.append(f"(With inputs from {b.owner.short})")
        page.parents = [a, b]
    ctx.add(page)
    made = 3
    if room > 3 and rng.random() < 0.4:
        for o in common.pick_outlets(ctx, desk, 1, exclude=(outlet,), among=outlets.clients(a.owner, desk)):
            t = common.later(ctx, a, o, 5, 600)
            ctx.add(common.client_copy(ctx, a, a.wire, o, rng.randint(min(3, len(a.body)), len(a.body)), t, "mix"))
            made += 1
    return made


def _combine(ctx: Ctx, a: Page, b: Page, outlet, when) -> Page:
    rng = ctx.rng
    mine_a = a.body[:rng.randint(min(3, len(a.body)), min(6, len(a.body)))]
    mine_b = _prose(b.body, mine_a)[:rng.randint(2, 3)]
    if rng.random() < 0.5:
        body = mine_a + mine_b
    else:
        body = []
        for i in range(max(len(mine_a), len(mine_b))):
            body += mine_a[i:i + 1] + mine_b[i:i + 1]
    body = [edits.house(p, outlet, rng) for p in body]
    main = a if len(mine_a) >= len(mine_b) else b
    title = edits.retitle(main.title, body[0], outlet, a.proper, rng)
    names = [outlet.agency_names.get(p.owner.code, p.owner.short) for p in (a, b)]
    credit = credits.mix_credit(names, rng)
    lead = main.lead if rng.random() < 0.3 else ""
    byline = credits.staff_byline(outlet, a.desk, rng)
    return Page(outlet, a.desk, title, body, when, main.story, "mix", "roundup of two agencies", a.proper, lead=lead,
                top=[byline] if byline and rng.random() < 0.5 else [], credits=[credit] if credit else [],
                parents=[a, b])


def _background(ctx: Ctx, desk: str) -> int:
    """A wire story plus a paragraph or two lifted from the outlet's own earlier article on the subject."""
    rng = ctx.rng
    agency = common.pick_agency(ctx)
    outlet = common.pick_outlets(ctx, desk, 1, kinds=("national", "regional"), among=outlets.clients(agency, desk))
    outlet = outlet or common.pick_outlets(ctx, desk, 1, kinds=("national", "regional"))
    outlet = outlet[0]
    src = ctx.take(desk, min_paras=6)
    wire_page, wire = common.wire_original(ctx, agency, src, desk, dates.story_time(rng), ctx.story(), "mix",
                                           held=common.reserve(src, rng))
    earlier_src = ctx.take(desk, min_paras=5)
    then = wire_page.when - timedelta(days=rng.randint(2, 40), minutes=rng.randint(0, 600))
    earlier = common.outlet_original(ctx, outlet, earlier_src, desk, then, ctx.story(), "mix", "earlier own story")
    ctx.add(wire_page)
    ctx.add(earlier)
    when = common.later(ctx, [wire_page], outlet, 15, 600)
    page = common.client_copy(ctx, wire_page, wire, outlet, rng.randint(min(4, len(wire_page.body)),
                                                                     len(wire_page.body)), when, "mix")
    page.role = "wire story with own background"
    lifted = (_prose(earlier.body, page.body) or earlier.body[1:2])[:1 + (rng.random() < 0.5)]
    at = len(page.body) - 1 if rng.random() < 0.5 else len(page.body)
    page.body[at:at] = lifted
    page.parents = [wire_page, earlier]
    ctx.add(page)
    return 3
