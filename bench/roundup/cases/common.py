"""Publishing moves shared by the case builders: an agency files, a client runs agency copy, an outlet
publishes its own story or republishes another outlet's, a reporter writes the same event independently."""

from __future__ import annotations

import random
from datetime import datetime

from .. import credits, dates, edits, outlets, words
from ..model import Ctx, Page
from ..outlets import AGENCIES, Agency, Outlet
from ..sources import Source

AGENCY_WEIGHTS = {"ap": 20, "reuters": 20, "afp": 12, "pa": 9, "dpa": 6, "ani": 8, "pti": 10, "upi": 5,
                  "bernama": 5, "xinhua": 5}
DESK_WEIGHTS = {"business": 3, "markets": 4, "politics": 2.5, "sport": 2.5, "tech": 2, "entertainment": 2}


def pick_desk(ctx: Ctx) -> str:
    desks = [d for d in DESK_WEIGHTS if ctx.pool.left(d) > 20]
    return ctx.rng.choices(desks, [DESK_WEIGHTS[d] for d in desks])[0]


def pick_agency(ctx: Ctx, exclude: tuple[Agency, ...] = ()) -> Agency:
    pool = [a for a in AGENCIES if a not in exclude]
    return ctx.rng.choices(pool, [AGENCY_WEIGHTS[a.code] for a in pool])[0]


def pick_outlets(ctx: Ctx, desk: str, n: int, kinds: tuple[str, ...] = (), exclude: tuple = (),
                 among: list[Outlet] | None = None) -> list[Outlet]:
    pool = [o for o in (among if among is not None else outlets.OUTLETS)
            if o.covers(desk) and o not in exclude and (not kinds or o.kind in kinds)]
    if len(pool) < n:
        pool += [o for o in outlets.OUTLETS if o not in pool and o not in exclude and (not kinds or o.kind in kinds)]
    return ctx.rng.sample(pool, min(n, len(pool)))


def reserve(src: Source, rng: random.Random) -> int:
    """How many tail paragraphs of a source to hold back as copiers' own additions."""
    return min(3, max(0, src.size - 7), rng.randint(1, 3))


def wire_original(ctx: Ctx, agency: Agency, src: Source, desk: str, when: datetime, story: str, kind: str,
                  size: int | None = None, held: int = 0) -> tuple[Page, credits.Wire]:
    """An agency's own story, as filed (in the agency's spelling, with its dateline). The last ``held``
    paragraphs of the source are kept back for copiers to add as their own."""
    wire = credits.new_wire(agency, src.place, ctx.rng)
    paras = list(src.paragraphs[:size] if size else src.paragraphs[:src.size - held])
    body = [edits.respell(p, agency.spelling) for p in paras]
    page = Page(agency, desk, edits.restyle(src.title, agency.headline, src.proper), body, when, story, kind,
                "agency original", src.proper, lead=credits.dateline(wire, when), top=credits.agency_top(wire),
                bottom=credits.agency_bottom(wire, when), wire=wire)
    page.reserve = list(src.paragraphs[src.size - held:]) if held else []
    return page, wire


def dateline_habit(outlet: Outlet, rng: random.Random) -> str:
    return rng.choices(("keep", "city", "drop"), outlet.dateline)[0]


def add_own(ctx: Ctx, body: list[str], outlet: Outlet, parent: Page, rate: float | None = None) -> list[str]:
    """Maybe add one or two paragraphs of the outlet's own (a local angle) at the end or in the middle."""
    rng = ctx.rng
    if rng.random() >= (outlet.local_rate if rate is None else rate):
        return body
    body = list(body)
    for _ in range(rng.choice((1, 1, 2))):
        para = edits.house(ctx.own_paragraph(parent), outlet, rng)
        at = len(body) if rng.random() < 0.6 or len(body) < 3 else rng.randrange(2, len(body))
        body.insert(at, para)
    return body


def client_copy(ctx: Ctx, parent: Page, wire: credits.Wire, outlet: Outlet, cut: int, when: datetime,
                kind: str, role: str = "client") -> Page:
    """A client runs agency copy: cut to ``cut`` paragraphs, house-styled, maybe with its own paragraphs,
    its own headline, the dateline kept or dropped and its habitual credit."""
    rng = ctx.rng
    body = [edits.house(p, outlet, rng) for p in parent.body[:cut]]
    body = add_own(ctx, body, outlet, parent)
    top, bottom = credits.client_credit(outlet, wire, when)
    lead = credits.client_dateline(wire, parent.when, dateline_habit(outlet, rng))
    title = edits.retitle(parent.title, body[0], outlet, parent.proper, rng)
    return Page(outlet, parent.desk, title, body, when, parent.story, kind, role, parent.proper, lead=lead, top=top,
                credits=bottom, parents=[parent], reserve=parent.reserve)


def outlet_original(ctx: Ctx, outlet: Outlet | Agency, src: Source, desk: str, when: datetime, story: str,
                    kind: str, role: str = "own story", held: int = 0) -> Page:
    """An outlet publishes its own reporting (an agency, its own story), holding back ``held`` paragraphs."""
    if isinstance(outlet, Agency):
        page, _ = wire_original(ctx, outlet, src, desk, when, story, kind, held=held)
        page.role = role
        return page
    rng = ctx.rng
    paras = [edits.house(p, outlet, rng, 0.0) for p in src.paragraphs[:src.size - held]]
    byline = credits.staff_byline(outlet, desk, rng)
    title = edits.restyle(src.title, outlet.headline, src.proper) + outlet.title_suffix
    return Page(outlet, desk, title, paras, when, story, kind, role, src.proper, top=[byline] if byline else [],
                reserve=list(src.paragraphs[src.size - held:]) if held else [])


def outlet_copy(ctx: Ctx, parent: Page, outlet: Outlet, when: datetime, kind: str, role: str) -> Page:
    """An outlet republishes another outlet's page: keeps its edits, adds its own, often cuts a tail paragraph
    or two, keeps or replaces the headline, and credits (or not) the page it took."""
    rng = ctx.rng
    body = list(parent.body)
    drop = rng.choice((0, 0, 1, 1, 2))
    body = body[:max(3, len(body) - drop)] if len(body) > 3 else body
    body = [edits.house(p, outlet, rng, 0.6) for p in body]
    body = add_own(ctx, body, outlet, parent, outlet.local_rate * 0.6)
    plain = parent.title.removesuffix(getattr(parent.owner, "title_suffix", "") or "\0")
    title = plain + outlet.title_suffix if rng.random() < 0.35 else edits.retitle(plain, body[0], outlet,
                                                                                  parent.proper, rng)
    lead = parent.lead if rng.random() < 0.7 else ""
    carried = [c for c in parent.credits if rng.random() < 0.6]
    own = credits.copy_credit(outlet, parent.owner) if isinstance(parent.owner, Outlet) else None
    page = Page(outlet, parent.desk, title, body, when, parent.story, kind, role, parent.proper, lead=lead,
                credits=carried + ([own] if own else []), parents=[parent], reserve=parent.reserve)
    byline = credits.staff_byline(outlet, parent.desk, rng) if rng.random() < 0.3 else None
    if byline:
        page.top = [byline]
    return page


def later(ctx: Ctx, parent: Page | list[Page], owner: Outlet | Agency, low: float, high: float) -> datetime:
    """A publication time ``low``-``high`` minutes after the parent(s) that never prints an earlier day."""
    parents = parent if isinstance(parent, list) else [parent]
    return dates.after_all([(p.when, p.zone) for p in parents], owner.zone, ctx.rng, low, high)


_FRAMES = (
    '"{q}," {who} said.',
    '{who} said: "{q}."',
    '"{q}," {who} told reporters.',
    'Speaking to journalists, {who} said: "{q}."',
    '"{q}," said {who}.',
    'In a statement, {who} said: "{q}."',
    '{who} added: "{q}."',
    '"{q}," {who} told a news conference.',
)


def quote_paragraph(quote, first: bool, rng: random.Random, forbidden: set[str] | None = None) -> str:
    """The quotation framed in a reporter's own words (a frame whose words are not in ``forbidden``)."""
    who = quote.full_name if first else quote.speaker
    frames = list(_FRAMES)
    rng.shuffle(frames)
    for frame in frames:
        para = frame.format(q=quote.words, who=who)
        if forbidden is None or not words.prose_runs([para]) & forbidden:
            return para
    return f'"{quote.words}."'


def prose_words(text: str) -> int:
    """Words outside quotation marks."""
    return sum(words.word_count(piece) for piece in words.unquoted(text))


def liftable(paragraph: str) -> bool:
    """Whether a paragraph carries enough prose of its own (a long unquoted stretch) to be traced."""
    return any(words.word_count(piece) >= 14 for piece in words.unquoted(paragraph))


_WEAK_OPENERS = {"He", "She", "It", "They", "This", "That", "These", "But", "And", "However", "The", "Its", "His",
                 "Her", "Their", "There", "Also", "So", "Yet", "In", "A", "Meanwhile", "We", "I", "\"", "“"}


def event_reports(src: Source, n: int, quotes: list, rng: random.Random) -> list[list[str]]:
    """Bodies of ``n`` independent reports of the event in ``src``. Each reporter has some of the facts (a
    share of the source's sentences, no sentence in two reports) and the same quotations, each framed in
    the reporter's own words; so the reports share names, figures and quotations but no prose."""
    shared = [q.words for q in quotes]
    sents = [s for p in src.paragraphs for s in words.sentences(p) if not any(w in s for w in shared)
             and prose_words(s) >= 6 and sum(s.count(q) for q in words.QUOTE_MARKS) % 2 == 0]
    lead, others = sents[0], list(enumerate(sents[1:]))
    n = max(1, min(n, len(others) // 3))
    rng.shuffle(others)
    buckets: list[list[tuple[int, str]]] = [[] for _ in range(n)]
    taken: list[set[str]] = [set() for _ in range(n)]
    taken[0] = words.prose_runs([lead])
    for i, item in enumerate(others):
        mine = words.prose_runs([item[1]])
        clash = [k for k in range(n) if taken[k] & mine]
        k = clash[0] if clash else i % n
        if len(clash) > 1:
            continue
        buckets[k].append(item)
        taken[k] |= mine
    bodies = []
    framed: set[str] = set()
    for k, bucket in enumerate(buckets):
        chosen = [s for _, s in sorted(bucket)]
        if k == 0:
            chosen.insert(0, lead)
        else:
            opener = next((s for s in chosen if s.split()[0] not in _WEAK_OPENERS), chosen[0])
            chosen.remove(opener)
            chosen.insert(0, opener)
        paras, i = [], 0
        while i < len(chosen):
            take = 1 if i == 0 else rng.choice((1, 2, 2))
            paras.append(" ".join(chosen[i:i + take]))
            i += take
        for j, q in enumerate(quotes):
            at = min(len(paras), 1 + 2 * j + rng.randint(0, 1))
            paras.insert(at, quote_paragraph(q, j == 0, rng, framed))
            framed |= words.prose_runs([paras[at]])
        bodies.append(paras)
    return bodies
