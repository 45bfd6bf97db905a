"""Case 2: an agency files a short first version, then a longer write-through (a new top paragraph, more
paragraphs, some words and figures changed). The write-through derives from the first version. Clients
take one version or the other. At least one version is in the corpus, so the story never has two
different missing texts under one name."""

from __future__ import annotations

import random
import re
from datetime import timedelta

from .. import credits, dates, edits, outlets, paraphrase
from ..model import Ctx, Page
from . import common


def _bump(text: str, rng: random.Random) -> str:
    """A figure revised upwards, as updates do ("at least 12" becomes "at least 15")."""
    m = re.search(r"(?<![$£.,\d])\b([2-9]|[1-9]\d{1,2})\b(?![.,]\d| ?%| pct| per| percent)", text)
    if not m:
        return text
    new = int(m.group(1)) + rng.randint(1, max(2, int(m.group(1)) // 4))
    return text[:m.start(1)] + str(new) + text[m.end(1):]


def build(ctx: Ctx, room: int) -> int:
    rng = ctx.rng
    desk = common.pick_desk(ctx)
    agency = common.pick_agency(ctx)
    src = ctx.take(desk, min_paras=8)
    story = ctx.story()
    size = rng.randint(3, 4)
    first, wire = common.wire_original(ctx, agency, src, desk, dates.story_time(rng), story, "update", size)
    first.role = "first version"
    held = common.reserve(src, rng)
    first.reserve = [edits.respell(p, agency.spelling) for p in src.paragraphs[src.size - held:]]
    full = [edits.respell(p, agency.spelling) for p in src.paragraphs[:src.size - held]]
    moved = rng.randrange(size + 1, len(full))
    top = paraphrase.synonyms(full[moved], rng, 0.3)
    kept = [paraphrase.synonyms(p, rng, 0.12) for p in first.body]
    kept[0] = _bump(kept[0], rng)
    rest = [p for i, p in enumerate(full) if i >= size and i != moved]
    when = common.later(ctx, first, agency, 40, 400)
    if agency.code == "reuters":
        title = "UPDATE 1-" + first.title
    else:
        title = edits.restyle(edits.from_lead(top, src.proper, rng), agency.headline, src.proper)
    write = Page(agency, desk, title, [top, *kept, *rest], when, story, "update", "write-through", src.proper,
                 lead=credits.dateline(wire, when), top=list(first.top), bottom=list(first.bottom), parents=[first],
                 reserve=first.reserve)
    shape = rng.choices(("both", "first", "write"), (0.5, 0.25, 0.25))[0] if room >= 2 else "first"
    first.present = shape in ("both", "first")
    write.present = shape in ("both", "write")
    if shape == "both" and rng.random() < 0.2:
        first.printed = write.when + timedelta(minutes=rng.randint(1, 10))
        first.note = "re-timestamped"
    ctx.add(first)
    ctx.add(write)
    made = first.present + write.present
    want = rng.randint(1, 4) if shape == "both" else rng.randint(2, 4)
    chosen = common.pick_outlets(ctx, desk, min(room - made, want), among=outlets.clients(agency, desk))
    for i, outlet in enumerate(chosen):
        missing = write if shape == "first" else first
        parent = missing if shape != "both" and i == 0 else rng.choice((first, write))
        cut = rng.randint(min(3, len(parent.body)), len(parent.body))
        t = common.later(ctx, parent, outlet, 5, 300)
        ctx.add(common.client_copy(ctx, parent, wire, outlet, cut, t, "update"))
    return made + len(chosen)
