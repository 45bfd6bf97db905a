"""Assembling a corpus: pick a case kind per story by the seed (keeping each kind near its share of the
articles), let its builder add pages, then render the records and write down the truth."""

from __future__ import annotations

from typing import Any

from .cases import BUILDERS, SHARE, SMALLEST
from .model import Ctx
from .render import render


def build(seed: int, articles: int) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any]]:
    """Records, truth and the generator's notes (case kinds, furniture, times) for the self-checks."""
    if articles < 1:
        raise ValueError("articles must be positive")
    ctx = Ctx(seed)
    rng = ctx.rng
    made = dict.fromkeys(SHARE, 0)
    stories = dict.fromkeys(SHARE, 0)
    order = sorted(SHARE)
    rng.shuffle(order)
    total = 0
    while total < articles:
        room = articles - total
        fits = [k for k in order if SMALLEST[k] <= room]
        pending = [k for k in fits if not stories[k]]
        if pending:
            kind = pending[0]
        else:
            weights = [max(SHARE[k] * (total + 12) - made[k], 0.0) + 0.05 for k in fits]
            kind = rng.choices(fits, weights)[0]
        added = BUILDERS[kind](ctx, room)
        if added <= 0:
            added = BUILDERS["unrelated"](ctx, room)
            kind = "unrelated"
        made[kind] += added
        stories[kind] += 1
        total += added
    records, notes = render(ctx)
    truth = _truth(ctx)
    return records, truth, {"records": notes, "articles": made, "stories": stories}


def _truth(ctx: Ctx) -> dict[str, Any]:
    edges, absent, story = [], [], {}
    for page in sorted((p for p in ctx.pages if p.present), key=lambda p: p.rid):
        story[page.rid] = page.story
        for parent in page.parents:
            if parent.present:
                edges.append([page.rid, parent.rid])
            else:
                absent.append([page.rid, parent.owner_name()])
    return {"edges": edges, "absent": absent, "story": story}
