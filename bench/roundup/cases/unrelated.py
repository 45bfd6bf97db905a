"""Case 7: standalone stories, each its own story. Many come from the same few outlets and so carry the
outlet's identical furniture; some carry the outlet's stock background paragraph as well."""

from __future__ import annotations

from .. import dates, outlets
from ..model import Ctx
from . import common

_HOUSES = 8


def build(ctx: Ctx, room: int) -> int:
    rng = ctx.rng
    desk = common.pick_desk(ctx)
    src = ctx.take(desk, min_paras=5)
    houses = [o for o in outlets.OUTLETS if o.kind in ("national", "regional")][:: 2][:_HOUSES]
    if rng.random() < 0.12:
        owner = common.pick_agency(ctx)
    else:
        local = [o for o in houses if o.covers(desk)] or [o for o in outlets.OUTLETS if o.covers(desk)]
        owner = rng.choice(local) if rng.random() < 0.75 else common.pick_outlets(ctx, desk, 1)[0]
    page = common.outlet_original(ctx, owner, src, desk, dates.story_time(rng), ctx.story(), "unrelated",
                                  "standalone story")
    if isinstance(owner, outlets.Outlet) and owner.kind in ("national", "regional") and rng.random() < 0.45:
        stock = ctx.outlet_stock(owner, desk)
        at = max(2, len(page.body) - rng.randint(1, 2))
        page.body[at:at] = stock
        page.stock = list(stock)
    ctx.add(page)
    return 1
