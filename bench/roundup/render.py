"""Pages as a scraper saves them: furniture, credits and body joined into text, plus the metadata a page
happens to expose (outlet name, address, printed date)."""

from __future__ import annotations

import random
from typing import Any

from . import dates, outlets
from .model import Ctx, Page
from .outlets import Outlet


def _plain(title: str, owner) -> str:
    suffix = getattr(owner, "title_suffix", "")
    return title[: -len(suffix)] if suffix and title.endswith(suffix) else title


def _related(page: Page, others: list[str], archive: list[str], rng: random.Random) -> list[str]:
    pool = [t for t in others if t != page.title and t.strip()]
    picks = rng.sample(pool, min(len(pool), 3))
    while len(picks) < 2 and archive:
        picks.append(archive[rng.randrange(len(archive))])
    return picks


def _furnish(page: Page, owner: Outlet, others: list[str], archive: list[str], rng: random.Random
             ) -> tuple[list[str], list[tuple[int, str]], list[str]]:
    """Outlet furniture: lines above the body, lines inside it (after paragraph i) and lines below it."""
    mid = [(i, line) for i, line in owner.mid if i < len(page.body)]
    below: list[str] = []
    style = owner.related
    heads = _related(page, others, archive, rng) if style else []
    if heads:
        if style == "also_read":
            mid.append((3, f"ALSO READ | {heads[0]}"))
        elif style == "read_more_inline":
            mid.append((4, f"Read more: {heads[0]}"))
        elif style == "read_more":
            below.append("Read more:\n" + "\n".join(heads))
        elif style == "related":
            below.append("Related stories\n" + "\n".join(heads))
        elif style == "more_from":
            below.append(f"More from {owner.name}\n" + "\n".join(heads))
    return list(owner.top), [(i, line) for i, line in mid if i < len(page.body)], below + list(owner.bottom)


def _metadata(page: Page, rng: random.Random) -> dict[str, str]:
    owner = page.owner
    meta: dict[str, str] = {}
    name = owner.display(rng) if owner.name else None
    address = outlets.url(owner, _plain(page.title, owner), page.desk, dates.local(owner.zone, page.when), rng)
    r = rng.random()
    if name and r < 0.45:
        meta["outlet"] = name
        if address and rng.random() < 0.5:
            meta["url"] = address
    elif r < 0.8 and (address or name):
        meta["url" if address else "outlet"] = address or name  # type: ignore[assignment]
    if rng.random() >= owner.undated:
        prefix = getattr(owner, "date_prefix", "")
        if page.printed is not None:
            prefix = prefix or "Updated: "
        meta["published"] = prefix + dates.render(owner.date_style, owner.zone, page.printed or page.when)
    return meta


def render(ctx: Ctx) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Every published page as a record, and per record the notes the self-checks need."""
    rng = random.Random(f"roundup-{ctx.seed}-render")
    titles: dict[str, list[str]] = {}
    for page in ctx.pages:
        if page.present and isinstance(page.owner, Outlet) and page.owner.name:
            titles.setdefault(page.owner.name, []).append(_plain(page.title, page.owner))
    records, notes = [], {}
    for page in ctx.pages:
        if not page.present:
            continue
        body = list(page.body)
        if page.lead:
            body[0] = page.lead + body[0]
        above, inside, below = [], [], []
        if isinstance(page.owner, Outlet) and page.owner.name:
            above, inside, below = _furnish(page, page.owner, titles.get(page.owner.name, []), ctx.archive, rng)
        for i, line in sorted(inside, reverse=True):
            body.insert(i, line)
        top = [*above, *page.top]
        bottom = [*page.credits, *page.bottom, *below]
        paras = [p for p in (*top, *body, *bottom) if p]
        record: dict[str, Any] = {"id": page.rid, "title": page.title, "text": "\n\n".join(paras)}
        record.update(_metadata(page, rng))
        records.append(record)
        notes[page.rid] = {
            "furniture": [*top, *(line for _, line in inside), *bottom],
            "stock": list(page.stock), "inline": [page.lead.strip()] * bool(page.lead.strip()) + list(page.inline),
            "kind": page.kind, "role": page.role, "event": page.event,
            "when": page.when, "zone": page.zone, "note": page.note, "story": page.story,
            "parents": [p.rid for p in page.parents], "absent_names": [p.owner_name() for p in page.parents],
        }
    rng.shuffle(records)
    return records, notes
