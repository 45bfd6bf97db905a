"""The nine scenario kinds. Each builder makes one story's pages and says which of them ran an absent wire.

=============== ============================================================================================
siblings        2-5 outlets run one absent wire story, each editing and crediting (or not) its own way
fanout          an original in the corpus (an outlet's page or an agency page) and 1-4 direct copies of it
chain           A <- B <- C (<- D): each copy starts from its parent's version, keeping its edits and credits
tree            A <- B, A <- C, B <- D
mix             M built from paragraphs of two same-topic pages, both in the corpus
wire_and_copy   2-3 outlets run an absent wire story; a further site copies one of them
rewrite         a page and a heavy paraphrase of it
unrelated       2-4 independent same-topic stories by the same one or two outlets (shared furniture only)
quote_only      two independent stories that quote the same long statement
=============== ============================================================================================
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import credits, furniture
from .desk import Desk
from .outlets import AGENCY_OUTLETS, PRESS_OUTLETS, Outlet
from .page import Page
from .sources import BaseText

KINDS = ("siblings", "fanout", "chain", "tree", "mix", "wire_and_copy", "rewrite", "unrelated", "quote_only")
N_BASES = {"mix": 2, "quote_only": 2, "unrelated": 0}  # unrelated draws 2-4; everything else 1


@dataclass
class Built:
    pages: list[Page]
    meant: dict[int, bool] = field(default_factory=dict)  # serial of an absent-wire page -> meant to credit
    keys: dict[int, str] = field(default_factory=dict)  # serial -> story key (when not the story's own key)
    kinds: dict[str, str] = field(default_factory=dict)  # story key -> kind


def _press(rng: random.Random, k: int, avoid: list[Outlet] | None = None) -> list[Outlet]:
    pool = [o for o in PRESS_OUTLETS if not avoid or all(o is not a for a in avoid)]
    return rng.sample(pool, k)


def _source_outlet(rng: random.Random, avoid: list[Outlet] | None = None) -> Outlet:
    """Who publishes an original: mostly a newspaper or site, sometimes an agency's own page."""
    if rng.random() < 0.35:
        return rng.choice(AGENCY_OUTLETS)
    return _press(rng, 1, avoid)[0]


def siblings(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    base = bases[0]
    agency = credits.choose_agency(r, [base.title, *base.paras])
    t0 = desk.story_time(base)
    native = desk.wire(base, agency, t0)
    out = Built([], kinds={key: "siblings"})
    for outlet in _press(r, r.randint(2, 5)):
        page, meant = desk.run_wire(key, base, agency, native, outlet, t0)
        out.pages.append(page)
        out.meant[page.serial] = meant
    return out


def fanout(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    base = bases[0]
    src = desk.original(key, base, _source_outlet(r), desk.story_time(base))
    pages = [src]
    for outlet in _press(r, r.randint(1, 4), [src.outlet]):
        pages.append(desk.copy(key, src, base, outlet, credit=r.choice(("origin", "origin", "none")), origin=src))
    return Built(pages, kinds={key: "fanout"})


def chain(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    base = bases[0]
    a = desk.original(key, base, _source_outlet(r), desk.story_time(base))
    pages = [a]
    policy = r.choice(("hop", "origin", "none", "mixed"))
    for outlet in _press(r, r.choice((2, 2, 3)), [a.outlet]):
        credit = r.choice(("hop", "origin", "none")) if policy == "mixed" else policy
        pages.append(desk.copy(key, pages[-1], base, outlet, credit=credit, origin=a))
    return Built(pages, kinds={key: "chain"})


def tree(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    base = bases[0]
    a = desk.original(key, base, _source_outlet(r), desk.story_time(base))
    ob, oc, od = _press(r, 3, [a.outlet])
    b = desk.copy(key, a, base, ob, credit=r.choice(("hop", "none")), origin=a)
    c = desk.copy(key, a, base, oc, credit=r.choice(("hop", "none")), origin=a)
    d = desk.copy(key, b, base, od, credit=r.choice(("hop", "origin", "none")), origin=a)
    return Built([a, b, c, d], kinds={key: "tree"})


def mix(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    b1, b2 = bases
    o1 = _source_outlet(r)
    o2 = _source_outlet(r, [o1]) if not o1.agency else _press(r, 1)[0]
    t = desk.story_time(b1)
    s1 = desk.original(key, b1, o1, t)
    s2 = desk.original(key, b2, o2, t + desk.delay())
    m = desk.mix(key, s1, s2, b1, _press(r, 1, [o1, o2])[0])
    return Built([s1, s2, m], kinds={key: "mix"})


def wire_and_copy(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    base = bases[0]
    agency = credits.choose_agency(r, [base.title, *base.paras])
    t0 = desk.story_time(base)
    native = desk.wire(base, agency, t0)
    outlets = _press(r, r.randint(2, 3) + 1)
    out = Built([], kinds={key: "wire_and_copy"})
    for outlet in outlets[:-1]:
        page, meant = desk.run_wire(key, base, agency, native, outlet, t0)
        out.pages.append(page)
        out.meant[page.serial] = meant
    parent = r.choice(out.pages)
    out.pages.append(desk.copy(key, parent, base, outlets[-1], credit=r.choice(("hop", "none", "none"))))
    return out


def rewrite(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    base = bases[0]
    src = desk.original(key, base, _source_outlet(r), desk.story_time(base))
    rw = desk.rewrite(key, src, base, _press(r, 1, [src.outlet])[0])
    return Built([src, rw], kinds={key: "rewrite"})


def unrelated(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    outlets = _press(r, r.choice((1, 2)))
    phrase = r.choice(furniture.STOCK_PHRASES) if r.random() < 0.7 else None
    t = desk.story_time(bases[0])
    out = Built([])
    for i, base in enumerate(bases):
        sub = f"{key}.{i + 1}"
        paras = list(base.paras)
        if phrase and (i < 2 or r.random() < 0.5):
            paras.insert(r.randint(2, len(paras)), phrase)
        links = [bases[i - 1].title] if i and r.random() < 0.3 else None
        page = desk.original(sub, base, outlets[i % len(outlets)], t, paras=paras, links=links)
        t = page.when + desk.delay()
        out.pages.append(page)
        out.kinds[sub] = "unrelated"
    return out


_ORGS = ("the ministry", "the regulator", "the company", "the federation", "the council", "the union",
         "the commission", "the board")


def _statement(desk: Desk, base: BaseText) -> str:
    """A long statement to put in a spokesperson's mouth: prose from an otherwise unused text on the topic."""
    donor = desk.pool.take(base.collection, base.topic if base.topic != "general" else None)
    paras = [p for p in donor.paras[1:] if '"' not in p and 25 <= len(p.split()) <= 80]
    text = paras[0] if paras else " ".join(donor.paras[1:3])
    words = text.split()
    if len(words) > 80:
        text = " ".join(words[:70]).rstrip(",;:") + "."
    return text if text[-1:] in ".!?" else text + "."


def quote_only(desk: Desk, key: str, bases: list[BaseText]) -> Built:
    r = desk.rng
    name = furniture.person(r)
    org = r.choice(_ORGS)
    quote = _statement(desk, bases[0])
    comma = quote[:-1] + ","
    frames = [
        f'"{comma}" said {name}, a spokesperson for {org}.',
        f'{name}, speaking for {org}, said in a statement: "{quote}"',
        f'In a statement, {org} said: "{quote}"',
        f'"{comma}" {name} told reporters.',
    ]
    r.shuffle(frames)
    outlets = _press(r, 2) if r.random() < 0.7 else _press(r, 1) * 2
    t = desk.story_time(bases[0])
    out = Built([])
    for i, base in enumerate(bases):
        sub = f"{key}.{i + 1}"
        paras = list(base.paras)
        paras.insert(r.randint(1, 3), frames[i])
        page = desk.original(sub, base, outlets[i], t + desk.delay() * i, paras=paras)
        out.pages.append(page)
        out.kinds[sub] = "quote_only"
    return out


BUILDERS = {
    "siblings": siblings, "fanout": fanout, "chain": chain, "tree": tree, "mix": mix,
    "wire_and_copy": wire_and_copy, "rewrite": rewrite, "unrelated": unrelated, "quote_only": quote_only,
}
