"""Story families: an agency story and everything that grows from it, an outlet's story and its copies,
and unrelated single articles.

Each article is a :class:`Node` that remembers its direct sources (``parents``), whether it is in the
corpus (``present``), its text (a :class:`~.page.Draft`) and its publication time. Children are always
made from their parents' drafts, so whatever a copy keeps (a credit line, a headline, a word swap, an
added paragraph, scraped furniture) is really in its text, and the truth is simply the recorded parents.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from . import agencies as ag
from . import credits, edits, phrases
from .agencies import AGENCIES, Agency
from .dates import delay, local
from .outlets import Outlet
from .page import Draft, Furniture
from .params import Params
from .paraphrase import condense, paraphrase, report_anew, retell, swap_synonyms
from .site import furnish
from .sources import Picker, Source
from .text import names, sentences, speakers

__all__ = ["Builder", "Node"]

MAX_DEPTH = 4
_MONTHS = "January February March April May June July August September October November December".split()
_COPIER_WEIGHT = {"aggregator": 3.0, "scraper": 3.0, "blog": 2.0, "local": 1.5, "portal": 1.5, "tabloid": 1.0,
                  "newspaper": 0.7, "magazine": 0.5, "nonprofit": 0.8}


@dataclass
class Node:
    """One article, in the corpus or not."""

    key: int
    kind: str
    parents: list[int]
    present: bool
    draft: Draft
    house: Outlet | Agency
    when: datetime
    topic: str
    family: int
    depth: int = 0
    furniture: Furniture = field(default_factory=Furniture)
    edits: list[str] = field(default_factory=list)


class Builder:
    """Grows story families until the corpus holds the wanted number of articles."""

    def __init__(self, rng: random.Random, params: Params, picker: Picker, start: datetime, budget: int,
                 outlets: list[Outlet]) -> None:
        self.rng = rng
        self.base = params
        self.p = params
        self.picker = picker
        self.start = start
        self.budget = budget
        self.outlets = outlets
        self.nodes: list[Node] = []
        self.headlines: dict[str, list[str]] = {}
        self.family = 0
        self.used: set[str] = set()

    # ---- bookkeeping -------------------------------------------------------------------------------

    def room(self) -> bool:
        """Whether another article fits in the corpus."""
        return self.budget > 0

    def add(self, kind: str, parents: list[Node], present: bool, draft: Draft, house: Outlet | Agency,
            when: datetime, topic: str, depth: int = 0, done: list[str] | None = None) -> Node:
        """Record a new article and lay out its page."""
        node = Node(len(self.nodes), kind, [p.key for p in parents], present, draft, house, when, topic,
                    self.family, depth, edits=done or [])
        related = self.headlines.setdefault(house.key, [])
        node.furniture = furnish(house, when, related[-12:], self.rng, self.p.dated, len(draft.paras))
        related.append(draft.headline)
        self.nodes.append(node)
        if present:
            self.budget -= 1
        if isinstance(house, Outlet):
            self.used.add(house.key)
        return node

    def later(self, when: datetime, median: float, low: float = 2, high: float = 4320) -> datetime:
        """A time after ``when``: a log-normal delay in minutes."""
        return when + delay(self.rng, low, median, high)

    def _year(self, node_when: datetime, house: Outlet | Agency) -> int:
        return local(node_when, house.country)[0].year

    def outlet_pick(self, topic: str, agency: Agency | None, copier: bool, writer: bool = False) -> Outlet | None:
        """An outlet not yet in this family, likelier if it covers ``topic``: a client of ``agency``, a
        copier of other outlets, or (``writer``) one that writes its own stories."""
        pool = [o for o in self.outlets if o.key not in self.used
                and not (writer and o.kind in ("aggregator", "scraper"))]
        if not pool:
            return None
        weights = []
        for o in pool:
            w = _COPIER_WEIGHT.get(o.kind, 1.0) if copier else 1.0
            if agency is not None and agency.key not in o.agencies and o.kind not in ("aggregator", "scraper"):
                w *= 0.05
            if o.topics:
                w *= 3.0 if topic in o.topics else 0.15
            weights.append(w)
        return self.rng.choices(pool, weights)[0]

    def _own_dateline(self, outlet: Outlet, place: str, when: datetime) -> str:
        """The outlet's own dateline form ("London: ", "LONDON — "), or none if it uses none."""
        if not outlet.own_dateline:
            return ""
        t = local(when, outlet.country)[0]
        return outlet.own_dateline.format(City=place.title(), CITY=place.upper(), Day=f"{_MONTHS[t.month - 1]} {t.day}")

    # ---- articles ------------------------------------------------------------------------------------

    def agency_story(self, src: Source, agency: Agency, when: datetime, present: bool, kind: str = "agency") -> Node:
        """The agency's own copy of a story: its house style, dateline, byline and sign-off."""
        rng = self.rng
        d = Draft(edits.headline_case(src.title, agency.headline), list(src.paras))
        edits.house_style(d, agency, rng, 1.0)
        if agency.spelling == "us":
            d.paras = [edits.drop_honorifics(p) for p in d.paras]
        t = local(when, agency.country)[0]
        d.dateline = ag.dateline(agency, src.place, t, rng) if rng.random() < 0.92 else ""
        d.top = ag.byline(agency, rng)
        d.tail = ag.signoff(agency, rng, t)
        return self.add(kind, [], present, d, agency, when, src.topic)

    def own_report(self, src: Source, outlet: Outlet, when: datetime, present: bool, kind: str) -> Node:
        """An outlet's own full report of a story (the root of an outlet family, or a filler)."""
        rng = self.rng
        d = Draft(edits.headline_case(src.title, outlet.headline), list(src.paras))
        edits.house_style(d, outlet, rng, 1.0)
        d.top = credits.own_byline(outlet, phrases.person(rng), rng)
        d.dateline = self._own_dateline(outlet, src.place, when)
        return self.add(kind, [], present, d, outlet, when, src.topic)

    def independent(self, src: Source, house: Outlet | Agency, when: datetime, present: bool) -> Node:
        """A report of the same event written independently: it shares the quotes and facts, not the prose."""
        rng = self.rng
        found = names(src.text, 3)
        entity = found[0] if found else "the company"
        quoted = speakers(src.text)
        paras = report_anew(list(src.paras), rng, narrative=rng.randint(1, 2), quotes=rng.uniform(0.4, 0.8),
                            speaker=quoted[0] if quoted else "a spokesperson")
        paras.insert(0, phrases.fresh_lead(rng, entity) if rng.random() < 0.6 else
                     paraphrase(condense(sentences(src.paras[0])[0], rng), rng, 1.0))
        extra = [phrases.background(rng, entity)]
        if isinstance(house, Outlet) and rng.random() < 0.5:
            extra.append(phrases.local_angle(rng, house.country, house.name))
        for para in extra:
            paras.insert(rng.randint(1, len(paras)), para)
        headline = swap_synonyms(edits.rewrite_headline(src.title, rng, src.text), rng, 1.0)
        d = Draft(edits.headline_case(headline, house.headline), paras)
        edits.house_style(d, house, rng, 1.0)
        if isinstance(house, Agency):
            t = local(when, house.country)[0]
            d.dateline = ag.dateline(house, src.place, t, rng)
            d.top = ag.byline(house, rng)
            d.tail = ag.signoff(house, rng, t)
        else:
            d.top = credits.own_byline(house, phrases.person(rng), rng)
            d.dateline = self._own_dateline(house, src.place, when)
        return self.add("independent", [], present, d, house, when, src.topic)

    def update(self, parent: Node, n: int, present: bool) -> Node:
        """The agency's later version: a new top, the earlier text kept below it, maybe a reaction added."""
        rng = self.rng
        agency = parent.house
        assert isinstance(agency, Agency)
        d = parent.draft.clone()
        found = names(" ".join(d.paras), 3)
        entity = found[0] if found else "officials"
        top = [phrases.update_lead(rng, entity)]
        if rng.random() < 0.5:
            marks = ('"', '"')
            top.append(phrases.reaction(rng, marks))
        d.paras = top + d.paras
        if len(d.paras) > 6 and rng.random() < 0.4:
            d.paras.pop()
        if rng.random() < 0.4:
            d.paras.append(phrases.update_extra(rng, entity))
        base = re.sub(r"^UPDATE \d+-|^UPDATE: | \(updated\)$| \(LD\)$", "", d.headline)
        d.headline = ag.update_headline(agency, n, base, rng)
        when = self.later(parent.when, 90, 15, 720)
        if rng.random() < 0.5:
            d.tail = ag.signoff(agency, rng, local(when, agency.country)[0])
        return self.add("update", [parent], present, d, agency, when, parent.topic, parent.depth)

    def client(self, parent: Node, outlet: Outlet) -> Node:
        """An outlet running agency copy: cut or whole, dateline kept or stripped, credited in its own way."""
        rng, p = self.rng, self.p
        agency = parent.house
        assert isinstance(agency, Agency)
        d = parent.draft.clone()
        done: list[str] = []
        when = self.later(parent.when, 60 if outlet.kind in ("aggregator", "scraper") else 150)
        form = "none" if rng.random() < p.no_credit else rng.choice(outlet.credits)
        if form != "keep_byline" and rng.random() < 0.8:
            d.top = []
        if rng.random() >= p.keep_signoff:
            d.tail = []
        r = rng.random()
        if d.dateline and r < p.strip_dateline:
            d.dateline = ""
            done.append("dateline_stripped")
        elif d.dateline and r < p.strip_dateline + 0.1 and outlet.own_dateline:
            d.dateline = self._own_dateline(outlet, agency_city(d.dateline), when)
            done.append("dateline_restyled")
        done += self._cut(d, p.whole, p.cut_bottom, p.drop_middle, p.keep_top)
        if re.match(r"UPDATE \d+-", d.headline) and rng.random() < 0.85:
            d.headline = re.sub(r"^UPDATE \d+-", "", d.headline)
        credits.credit_agency(d, form, agency, outlet, self._year(when, outlet), rng)
        done.append(f"credit:{form}")
        swaps = outlet.house_swaps if rng.random() < 0.6 else ()
        done += edits.house_style(d, outlet, rng, p.style, swaps)
        done += self._extras(d, outlet)
        return self.add("client", [parent], True, d, outlet, when, parent.topic, parent.depth + 1, done)

    def copy(self, parent: Node, outlet: Outlet) -> Node:
        """An outlet copying another outlet's page, keeping what that page changed and changing more."""
        rng, p = self.rng, self.p
        source = parent.house
        assert isinstance(source, Outlet)
        d = parent.draft.clone()
        done: list[str] = []
        scraper = outlet.kind in ("aggregator", "scraper", "blog")
        when = self.later(parent.when, 30 if scraper else 180)
        if scraper and rng.random() < 0.05:
            when = parent.when
        if scraper and rng.random() < p.scrape:
            self._absorb(d, parent.furniture)
            done.append("scraped_furniture")
        if rng.random() < 0.5:
            d.top = []
        form = "none" if rng.random() < p.no_credit else rng.choice(outlet.copy_credits)
        credits.credit_outlet(d, form, source, outlet, rng)
        done.append(f"credit:{form}")
        done += self._cut(d, 0.55, 0.3, 0.1, 0.05)
        swaps = outlet.house_swaps if rng.random() < 0.5 else ()
        done += edits.house_style(d, outlet, rng, p.style * (0.4 if outlet.kind == "scraper" else 1.0), swaps)
        done += self._extras(d, outlet)
        return self.add("copy", [parent], True, d, outlet, when, parent.topic, parent.depth + 1, done)

    def rewrite(self, parent: Node, outlet: Outlet) -> Node:
        """An outlet's own rewrite of an article: reworded throughout, quotes and facts kept."""
        rng = self.rng
        src = parent.draft
        paras = retell(src.paras, rng, keep=rng.uniform(0.6, 0.9), strength=1.0)
        headline = edits.rewrite_headline(src.headline, rng, " ".join(src.paras))
        d = Draft(edits.headline_case(swap_synonyms(headline, rng, 1.0), outlet.headline), paras)
        d.top = credits.own_byline(outlet, phrases.person(rng), rng)
        done = ["rewrite"]
        r = rng.random()
        name = rng.choice((parent.house.name, *parent.house.variants))
        if r < 0.45:
            credits.reported_in(d, name, rng)
            done.append("credit:reported")
        elif r < 0.65:
            d.tail.append(rng.choice((f"Source: {name}", f"(With inputs from {name})",
                                      f"Based on a report by {name}.")))
            done.append("credit:source")
        else:
            done.append("credit:none")
        edits.house_style(d, outlet, rng, 1.0)
        if rng.random() < 0.4:
            done.append("added:" + edits.add_paragraph(d, rng, outlet.country, outlet.name, outlet.quotes))
        when = self.later(parent.when, 300, 30, 5760)
        return self.add("rewrite", [parent], True, d, outlet, when, parent.topic, parent.depth + 1, done)

    def mix(self, first: Node, second: Node, outlet: Outlet) -> Node:
        """An outlet combining two reports of one event, a few paragraphs of each."""
        rng = self.rng
        a, b = first.draft, second.draft
        k1 = rng.randint(2, max(2, min(4, len(a.paras))))
        take = b.paras[1:] if len(b.paras) > 2 else b.paras
        k2 = rng.randint(1, max(1, min(3, len(take))))
        start = rng.randrange(0, max(1, len(take) - k2 + 1))
        chunk = take[start : start + k2]
        paras = a.paras[:k1] + chunk
        if len(a.paras) > k1 + 1 and rng.random() < 0.4:
            paras += a.paras[k1 : k1 + rng.randint(1, 2)]
        d = Draft(a.headline, paras)
        d.dateline = a.dateline if rng.random() < 0.5 else ""
        d.top = ["Staff and agencies"] if rng.random() < 0.3 else credits.own_byline(outlet, phrases.person(rng), rng)
        form = credits.credit_mix(d, [first.house.credit, second.house.credit], rng)
        done = [f"credit:{form}"]
        done += edits.house_style(d, outlet, rng, self.p.style)
        if rng.random() < self.p.new_headline:
            d.headline = edits.rewrite_headline(d.headline, rng, " ".join(d.paras))
            done.append("headline")
        d.headline = edits.headline_case(d.headline, outlet.headline)
        when = self.later(max(first.when, second.when), 120)
        depth = max(first.depth, second.depth) + 1
        return self.add("mix", [first, second], True, d, outlet, when, first.topic, depth, done)

    # ---- edits shared by copies -------------------------------------------------------------------

    def _cut(self, d: Draft, whole: float, bottom: float, middle: float, top: float) -> list[str]:
        r = self.rng.random() * (whole + bottom + middle + top)
        if r < whole:
            return []
        if r < whole + bottom:
            return ["cut_bottom"] if edits.cut_bottom(d, self.rng) else []
        if r < whole + bottom + middle:
            return ["drop_middle"] if edits.drop_middle(d, self.rng) else []
        return ["keep_top"] if edits.keep_top(d, self.rng) else []

    def _extras(self, d: Draft, outlet: Outlet) -> list[str]:
        rng, p = self.rng, self.p
        done = []
        if rng.random() < p.add_paragraph:
            done.append("added:" + edits.add_paragraph(d, rng, outlet.country, outlet.name, outlet.quotes))
        if rng.random() < p.reorder and edits.reorder(d, rng):
            done.append("reorder")
        if rng.random() < p.trim and edits.trim_sentence(d, rng):
            done.append("trim")
        if rng.random() < p.reorder and edits.merge(d, rng):
            done.append("merge")
        if rng.random() < p.new_lead and edits.rewrite_lead(d, rng):
            done.append("lead")
        if rng.random() < p.new_headline:
            d.headline = edits.rewrite_headline(d.headline, rng, " ".join(d.paras))
            done.append("headline")
        d.headline = edits.headline_case(d.headline, outlet.headline)
        if outlet.title_suffix and outlet.title_suffix not in d.headline and rng.random() < 0.12:
            d.headline += outlet.title_suffix
            done.append("headline_suffix")
        return done

    def _absorb(self, d: Draft, f: Furniture) -> None:
        """A scraper's copy takes the source page's furniture along with its text."""
        for after, line in sorted(f.inline, reverse=True):
            if after < len(d.paras):
                d.paras.insert(after + 1, line)
        d.tail += [line for line in f.foot if self.rng.random() < 0.7]

    # ---- families ------------------------------------------------------------------------------------

    def story_time(self) -> datetime:
        """When a story breaks: any minute in the corpus's six-week window."""
        return self.start + timedelta(minutes=self.rng.randrange(0, 42 * 24 * 60))

    def count(self, mean: float) -> int:
        """A small count with the given mean (at least one)."""
        n = 1
        while self.rng.random() < 1 - 1 / mean and n < 10:
            n += 1
        return n

    def pick_agency(self, src: Source) -> Agency:
        """The agency that moves a story: Reuters for Reuters text, otherwise by the agencies' weight."""
        if src.origin == "reuters" and self.rng.random() < 0.8:
            return AGENCIES["reuters"]
        pool = sorted(AGENCIES.values(), key=lambda a: a.key)
        return self.rng.choices(pool, [a.weight for a in pool])[0]

    def begin(self) -> None:
        """Start a new family: fresh per-story probabilities, no outlet used yet."""
        self.family += 1
        self.p = self.base.jitter(self.rng)
        self.used = set()

    def wire_family(self) -> None:
        """An agency story: its updates, clients, a rival agency's report, independent reports, mixes,
        rewrites, and copies of copies."""
        rng, p = self.rng, self.p
        src = self.picker.next()
        agency = self.pick_agency(src)
        t0 = self.story_time()
        versions = [self.agency_story(src, agency, t0, rng.random() < p.agency_present and self.room())]
        if rng.random() < p.update:
            versions.append(self.update(versions[-1], 1, rng.random() < p.agency_present and self.room()))
            if rng.random() < 0.3:
                versions.append(self.update(versions[-1], 2, rng.random() < p.agency_present and self.room()))
        hubs: list[Node] = []
        rival_hubs: list[Node] = []
        for _ in range(self.count(p.clients)):
            outlet = self.outlet_pick(src.topic, agency, copier=False)
            if outlet is None or not self.room():
                break
            parent = versions[-1] if rng.random() < 0.5 else rng.choice(versions)
            hubs.append(self.client(parent, outlet))
        others: list[Node] = []
        if rng.random() < p.second_agency and self.room():
            rival = self.pick_agency(src)
            if rival.key != agency.key:
                when = t0 + timedelta(minutes=rng.randint(-120, 240))
                w2 = self.independent(src, rival, when, rng.random() < p.agency_present)
                others.append(w2)
                for _ in range(self.count(p.clients / 2)):
                    outlet = self.outlet_pick(src.topic, rival, copier=False)
                    if outlet is None or not self.room():
                        break
                    rival_hubs.append(self.client(w2, outlet))
        self._independents(src, t0, others)
        self._mix(versions + hubs, others)
        self._rewrites(versions + hubs + rival_hubs)
        self.grow(hubs + rival_hubs)
        self._hide_middles()

    def original_family(self) -> None:
        """An outlet's own story, copied and rewritten by other outlets, copies copied again."""
        rng, p = self.rng, self.p
        src = self.picker.next()
        t0 = self.story_time()
        outlet = self.outlet_pick(src.topic, None, copier=False, writer=True)
        assert outlet is not None
        present = rng.random() >= p.original_absent
        root = self.own_report(src, outlet, t0, present and self.room(), "original")
        self.used.add(outlet.key)
        hubs = []
        for _ in range(self.count(1.8)):
            copier = self.outlet_pick(src.topic, None, copier=True)
            if copier is None or not self.room():
                break
            hubs.append(self.copy(root, copier))
        others: list[Node] = []
        self._independents(src, t0, others)
        self._mix([root, *hubs], others)
        self._rewrites([root, *hubs])
        self.grow(hubs)
        self._hide_middles()

    def filler(self) -> None:
        """An unrelated story, alone: an outlet's report or an agency's, nothing copied from or to it."""
        src = self.picker.next()
        when = self.story_time()
        if self.rng.random() < 0.2:
            self.agency_story(src, self.pick_agency(src), when, True, kind="filler")
        else:
            outlet = self.outlet_pick(src.topic, None, copier=False)
            assert outlet is not None
            self.own_report(src, outlet, when, True, "filler")

    def _independents(self, src: Source, t0: datetime, out: list[Node]) -> None:
        if self.rng.random() >= self.p.independent:
            return
        for _ in range(self.rng.choice((1, 1, 2))):
            outlet = self.outlet_pick(src.topic, None, copier=False)
            if outlet is None or not self.room():
                return
            when = t0 + timedelta(minutes=self.rng.randint(-180, 720))
            out.append(self.independent(src, outlet, when, True))

    def _mix(self, firsts: list[Node], seconds: list[Node]) -> None:
        rng = self.rng
        if not seconds or rng.random() >= self.p.mix or not self.room():
            return
        first = rng.choice(firsts)
        second = rng.choice(seconds)
        if not (first.present or second.present):
            present = [n for n in firsts if n.present]
            if not present:
                return
            first = rng.choice(present)
        outlet = self.outlet_pick(first.topic, None, copier=False)
        if outlet is not None:
            self.mix(first, second, outlet)

    def _rewrites(self, candidates: list[Node]) -> None:
        if self.rng.random() >= self.p.rewrite or not self.room():
            return
        parent = self.rng.choice(candidates)
        outlet = self.outlet_pick(parent.topic, None, copier=False)
        if outlet is not None:
            self.rewrite(parent, outlet)

    def grow(self, roots: list[Node]) -> None:
        """Copies of copies, breadth first, to depth :data:`MAX_DEPTH`; sometimes a rewrite instead."""
        queue = list(roots)
        while queue:
            node = queue.pop(0)
            if node.depth >= MAX_DEPTH:
                continue
            chance = self.p.copy_again * (0.85 ** (node.depth - 1))
            children = 0
            while children < 3 and self.room() and self.rng.random() < chance:
                outlet = self.outlet_pick(node.topic, None, copier=True)
                if outlet is None:
                    break
                if self.rng.random() < 0.1:
                    self.rewrite(node, outlet)
                else:
                    queue.append(self.copy(node, outlet))
                children += 1
                chance *= 0.5

    def _hide_middles(self) -> None:
        """Take a few copies that were copied again out of the corpus (a page the crawl missed)."""
        mine = [n for n in self.nodes if n.family == self.family]
        has_child = {k for n in mine for k in n.parents}
        for n in mine:
            if (n.present and n.kind in ("client", "copy") and n.key in has_child
                    and self.rng.random() < self.p.middle_absent):
                n.present = False
                self.budget += 1


def agency_city(dateline: str) -> str:
    """The city of an agency dateline ("LONDON (Reuters) - " -> "London")."""
    m = re.match(r"([A-Za-z .'-]+?)(?:,| \(|\s+\[| —| -)", dateline)
    return (m.group(1) if m else "London").strip().title()
