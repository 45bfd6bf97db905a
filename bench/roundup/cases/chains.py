"""Case 3: a national outlet runs a wire story with its own edits, headline and footer; a regional site
copies the national's version; an aggregator copies the regional; and so on, two to four deep, sometimes
branching. Each copy points to its direct parent only. The wire original is in the corpus in some
stories; sometimes the national's page is the one missing (named for the national, or unknown)."""

from __future__ import annotations

from .. import dates, outlets
from ..model import Ctx
from . import common

_NEXT = {"national": ("regional", "regional", "aggregator", "blog"), "regional": ("aggregator", "regional", "blog"),
         "aggregator": ("aggregator", "blog"), "blog": ("aggregator",), "unknown": ("regional", "aggregator")}


def build(ctx: Ctx, room: int) -> int:
    rng = ctx.rng
    desk = common.pick_desk(ctx)
    agency = common.pick_agency(ctx)
    src = ctx.take(desk, min_paras=7)
    original, wire = common.wire_original(ctx, agency, src, desk, dates.story_time(rng), ctx.story(), "chain",
                                          held=common.reserve(src, rng))
    original.present = rng.random() < 0.4 and room >= 3
    ctx.add(original)
    made = int(original.present)
    nationals = [o for o in outlets.clients(agency, desk) if o.kind == "national"] or [
        o for o in outlets.OUTLETS if o.kind == "national"]
    national = rng.choice(nationals)
    missing_national = made == 0 and room >= 2 and rng.random() < 0.25
    if missing_national and rng.random() < 0.3:
        national = outlets.UNKNOWN
    cut = rng.randint(max(4, len(original.body) - 4), len(original.body))
    when = common.later(ctx, original, national, 10, 240)
    head = common.client_copy(ctx, original, wire, national, cut, when, "chain", "national")
    head.present = not missing_national
    ctx.add(head)
    made += head.present
    depth = rng.randint(2, 4)
    used = [national]
    level = [head]
    nodes = 1
    while nodes < depth and made < room:
        children = []
        for parent in level:
            branches = 2 if rng.random() < 0.3 and made + 2 <= room else 1
            for _ in range(branches):
                if made >= room:
                    break
                kind = rng.choice(_NEXT[parent.owner.kind])
                pick = common.pick_outlets(ctx, desk, 1, kinds=(kind,), exclude=tuple(used))
                if not pick:
                    continue
                outlet = pick[0]
                used.append(outlet)
                t = common.later(ctx, parent, outlet, 20, 2880)
                child = ctx.add(common.outlet_copy(ctx, parent, outlet, t, "chain", f"copy of {parent.role}"))
                children.append(child)
                made += 1
        if not children:
            break
        level = children
        nodes += 1
    return made
