"""Case 1: an agency files a story and two to six clients run it, each cut, styled and credited its own way.
The agency's own page is in the corpus about half the time; otherwise the clients are siblings of a
missing text that the truth names for the agency."""

from __future__ import annotations

from .. import dates, edits, outlets
from ..model import Ctx
from . import common


def build(ctx: Ctx, room: int) -> int:
    rng = ctx.rng
    desk = common.pick_desk(ctx)
    agency = common.pick_agency(ctx)
    src = ctx.take(desk, min_paras=6)
    present = rng.random() < 0.5 and room >= 2
    n = min(rng.randint(2, 6), room - present)
    original, wire = common.wire_original(ctx, agency, src, desk, dates.story_time(rng), ctx.story(), "agency",
                                          held=common.reserve(src, rng))
    original.present = present
    ctx.add(original)
    cuts = edits.cut_points(len(original.body), n, rng, low=3)
    chosen = common.pick_outlets(ctx, desk, n, among=outlets.clients(agency, desk))
    for outlet, cut in zip(chosen, cuts):
        when = common.later(ctx, original, outlet, 5, 600)
        ctx.add(common.client_copy(ctx, original, wire, outlet, cut, when, "agency"))
    return present + len(chosen)
