"""Case 5: several outlets report one event themselves. They share one to three quotations (the same spoken
words, each framed in its own prose) and the same names and figures, but no prose, so each report is its
own story. Sometimes another outlet copies one of the reports (an edge to that report)."""

from __future__ import annotations

from datetime import timedelta

from .. import credits, dates, edits, outlets, words
from ..model import Ctx, Page
from ..sources import Source
from . import common


def build(ctx: Ctx, room: int) -> int:
    rng = ctx.rng
    desk = common.pick_desk(ctx)
    while True:
        src = ctx.take(desk, quotes=1, min_paras=8)
        quotes = rng.sample(list(src.quotes), min(len(src.quotes), rng.randint(1, 3)))
        bodies = common.event_reports(src, min(rng.randint(2, 4), room), quotes, rng)
        if len(bodies) >= 2:
            break
    event = ctx.event()
    owners: list = common.pick_outlets(ctx, desk, len(bodies), kinds=("national", "regional", "blog"))
    if rng.random() < 0.4:
        owners[0] = common.pick_agency(ctx)
    start = dates.story_time(rng)
    reports = []
    for owner, body in zip(owners, bodies):
        page = report(ctx, owner, src, desk, body, start + timedelta(minutes=rng.randint(0, 300)), "independent")
        page.event = event
        reports.append(ctx.add(page))
    made = len(reports)
    if made < room and rng.random() < 0.35:
        parent = rng.choice(reports)
        copier = common.pick_outlets(ctx, desk, 1, kinds=("regional", "aggregator"),
                                     exclude=tuple(p.owner for p in reports))[0]
        t = common.later(ctx, parent, copier, 30, 1440)
        if isinstance(parent.owner, outlets.Outlet):
            ctx.add(common.outlet_copy(ctx, parent, copier, t, "independent", "copy of a report"))
        else:
            ctx.add(common.client_copy(ctx, parent, parent.wire, copier, len(parent.body), t, "independent",
                                       "client of a report"))
        made += 1
    return made


def report(ctx: Ctx, owner, src: Source, desk: str, body: list[str], when, kind: str) -> Page:
    """One reporter's own story of the event, under the owner's credits (an agency's dateline, a byline)."""
    rng = ctx.rng
    if isinstance(owner, outlets.Agency):
        body = [edits.respell(p, owner.spelling) for p in body]
        title = _headline(src, body, owner, rng)
        wire = credits.new_wire(owner, src.place, rng)
        return Page(owner, desk, title, body, when, ctx.story(), kind, "own report", src.proper,
                    lead=credits.dateline(wire, when), top=credits.agency_top(wire),
                    bottom=credits.agency_bottom(wire, when), wire=wire)
    body = [edits.house(p, owner, rng, 0.0) for p in body]
    title = _headline(src, body, owner, rng)
    byline = credits.staff_byline(owner, desk, rng)
    return Page(owner, desk, title + owner.title_suffix, body, when, ctx.story(), kind, "own report", src.proper,
                top=[byline] if byline else [])


def _headline(src: Source, body: list[str], owner, rng) -> str:
    quoted_lead = body[0][:1] in words.QUOTE_MARKS or common.prose_words(body[0]) < 8
    base = src.title if quoted_lead or rng.random() < 0.3 else edits.from_lead(body[0], src.proper, rng)
    return edits.restyle(base, owner.headline, src.proper)
