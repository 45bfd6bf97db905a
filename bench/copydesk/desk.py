"""The copy desk: builds pages. Agency wire versions, originals, an outlet's run of a wire story, copies of a
page, mixes of two pages and heavy rewrites, each dated, addressed and dressed in its outlet's furniture.

A ``Desk`` serves one corpus. Its ``rng`` is swapped for each story's own generator, so a story's content
depends only on the seed, its position and the base texts drawn for it.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from . import credits, edits, furniture
from .dates import not_before, render
from .outlets import AGENCIES, AGENCY_BY_NAME, Agency, Outlet
from .page import Block, Page, clone
from .sources import BaseText, Pool
from .text import slug

_SECTIONS = {
    "business": "business", "politics": "politics", "sport": "sport", "tech": "technology",
    "entertainment": "entertainment", "crude": "energy", "grain": "commodities", "coffee": "commodities",
    "sugar": "commodities", "veg-oil": "commodities", "gold": "markets", "money-fx": "markets",
    "interest": "markets", "trade": "world", "general": "news",
}


def person(rng: random.Random) -> str:
    return furniture.person(rng)


class Desk:
    def __init__(self, pool: Pool, headlines: list[tuple[str, str]], dated: bool | None):
        self.pool = pool
        self.headlines = headlines
        self.dated = dated
        self.rng = random.Random(0)
        self.serial = 0
        self.urls: set[str] = set()

    # ------------------------------------------------------------ time, address, wrapping up
    def story_time(self, base: BaseText) -> datetime:
        r = self.rng
        year = r.randint(2016, 2024)
        if base.clock:
            mo, d, h, mi = base.clock
            if mo == 2 and d == 29 and year % 4:
                d = 28
            return datetime(year, mo, d, h, mi, r.randrange(60))
        start = datetime(year, 1, 1) + timedelta(days=r.randrange(365))
        return start.replace(hour=r.randint(5, 21), minute=r.randrange(60), second=r.randrange(60))

    def delay(self) -> timedelta:
        r = self.rng
        x = r.random()
        if x < 0.55:
            return timedelta(minutes=r.randint(4, 240))
        if x < 0.85:
            return timedelta(minutes=r.randint(240, 1440))
        return timedelta(minutes=r.randint(1440, 4320))

    def _url(self, outlet: Outlet, title: str, day: datetime, topic: str) -> str:
        r = self.rng
        section = _SECTIONS.get(topic, "business" if topic != "general" else "news")
        url = outlet.url_pattern.format(
            host=outlet.host, yyyy=f"{day.year:04d}", mm=f"{day.month:02d}", dd=f"{day.day:02d}",
            slug=slug(title.split(" | ")[0]), section=section, num=r.randint(100000, 99999999),
        )
        while url in self.urls:
            url += "-2"
        self.urls.add(url)
        return url

    def finish(self, *, story: str, outlet: Outlet, title: str, blocks: list[Block], when: datetime, topic: str,
               parents: list[Page] | None = None, wire: Agency | None = None, styles: dict | None = None) -> Page:
        r = self.rng
        parents = parents or []
        form = r.choice(outlet.forms)
        stamp = render(form, when, outlet.tz, outlet.skew)
        anc: list[Page] = []
        for p in parents:
            anc += [p, *p.ancestors()]
        while not all(not_before(stamp, a.stamp) for a in anc):
            when += timedelta(minutes=r.randint(30, 90))
            stamp = render(form, when, outlet.tz, outlet.skew)
        self.serial += 1
        page = Page(
            serial=self.serial, story=story, outlet=outlet, title=title, blocks=blocks, when=when, stamp=stamp,
            url=self._url(outlet, title, stamp.wall, topic), parents=parents, wire=wire, styles=styles or {},
        )
        page.show_outlet = r.random() < outlet.p_name
        page.show_url = r.random() < outlet.p_url
        page.show_date = self.dated if self.dated is not None else r.random() < outlet.p_date
        return page

    def dress(self, blocks: list[Block], outlet: Outlet, topic: str, story: str, forbid=None,
              links: list[str] | None = None) -> list[Block]:
        return furniture.dress(blocks, outlet, self.rng, topic=topic, story=story, headlines=self.headlines,
                               forbid=forbid, links=links)

    # ------------------------------------------------------------ shared pieces
    def donor(self, base: BaseText, forbid: re.Pattern[str] | None) -> str:
        """A paragraph of another (unused) story on the same topic, as a second agency would supply it."""
        def bad(b: BaseText) -> bool:
            return forbid is not None and any(forbid.search(p) for p in b.paras[:4])

        other = self.pool.take(base.collection, base.topic if base.topic != "general" else None, bad)
        return other.paras[self.rng.randint(1, min(3, len(other.paras) - 1))]

    def edit(self, blocks: list[Block], outlet: Outlet, styles: dict, base: BaseText, when: datetime, *,
             forbid=None, light: bool = False) -> list[Block]:
        """The outlet's edits to the body: cuts, merges, house style, lede, added paragraphs."""
        r = self.rng
        if r.random() < (0.35 if light else 0.75):
            blocks = edits.cut_tail(blocks, r.uniform(*outlet.cut))
        if light:
            return blocks
        if r.random() < 0.15:
            blocks = edits.cut_middle(blocks, r)
        if r.random() < 0.25:
            blocks = edits.merge(blocks, r)
        if r.random() < 0.2:
            blocks = edits.split(blocks, r)
        if r.random() < 0.1:
            blocks = edits.reorder(blocks, r)
        edits.apply_house(blocks, outlet.style, styles)
        paras = [b for b in blocks if b.kind == "para"]
        if paras and r.random() < 0.35:
            paras[0].text = edits.reword_lede(paras[0].text, r)
        if r.random() < 0.2:
            blocks = edits.insert_para(blocks, furniture.local_angle(outlet, base.topic, base.title, r), r,
                                       r.choice(("early", "body", "end")))
        if r.random() < 0.15:
            text = (furniture.background(base.topic, base.title, r, when.year) if r.random() < 0.5
                    else self.donor(base, forbid))  # or a paragraph from the archive
            blocks = edits.insert_para(blocks, text, r, r.choice(("body", "end")))
        if r.random() < 0.1:
            blocks = edits.insert_para(blocks, self.donor(base, forbid), r, r.choice(("body", "end")))
        return blocks

    def credit(self, blocks: list[Block], title: str, forms: dict[str, list[str]]) -> tuple[list[Block], str]:
        """Put credit forms in place: dateline lead, byline, note at the top, trailing lines, title suffix."""
        out = list(blocks)
        paras = [b for b in out if b.kind == "para"]
        for lead in forms.get("lead", []):
            if paras and not paras[0].lead:
                paras[0].lead = lead
        for text in forms.get("byline", []):
            out = [b for b in out if b.kind != "byline"]
            out.insert(0, Block("byline", text))
        for text in forms.get("note", []):
            out.insert(0, Block("credit", text))
        out += [Block("credit", t) for t in forms.get("tail", [])]
        for suffix in forms.get("title", []):
            title = title + suffix
        return out, title

    def retitle(self, title: str, outlet: Outlet, p: float, body: str, strip: str | None = None) -> str:
        r = self.rng
        if strip and r.random() < 0.7:
            title = re.sub(r"( \| | - )" + re.escape(strip) + "$", "", title)
        if r.random() < p:
            title = edits.headline(title, r.choice(outlet.headline), outlet.name.removeprefix("The "), r, body)
        return title

    def credit_forms_for(self, target: Page, when: datetime) -> dict[str, list[str]]:
        """How a copy names the page it credits: agency forms for an agency page, else a reprint line."""
        r = self.rng
        if target.outlet.agency:
            agency = AGENCY_BY_NAME[target.outlet.agency]
            return credits.restyled(agency, "London", when, r, person)
        line = credits.reprint(target.outlet.name, target.url, target.outlet.host, r)
        if line is None:
            return {}
        return {"note": [line]} if r.random() < 0.25 else {"tail": [line]}

    # ------------------------------------------------------------ page kinds
    def wire(self, base: BaseText, agency: Agency, when: datetime) -> tuple[str, list[Block], list[Block]]:
        return credits.native(agency, base.city, when, self.rng, person, base.topic)

    def original(self, story: str, base: BaseText, outlet: Outlet, when: datetime, *, paras: list[str] | None = None,
                 links: list[str] | None = None) -> Page:
        """A page that is the source: the base text as the outlet published it."""
        r = self.rng
        body = [Block("para", p) for p in (paras or base.paras)]
        styles: dict = {}
        if outlet.agency:
            agency = AGENCY_BY_NAME[outlet.agency]
            lead, top, tail = credits.native(agency, base.city, when, r, person, base.topic)
            body[0].lead = lead
            blocks = top + body + tail
            title = base.title
        else:
            if r.random() < 0.2:
                body[0].lead = r.choice((f"{base.city} — ", f"{base.city.title()}: "))
            blocks = ([Block("byline", furniture.byline(outlet, r, base.topic))] if r.random() < 0.75 else []) + body
            edits.apply_house(blocks, outlet.style, styles)
            title = self.retitle(base.title, outlet, 0.4, " ".join(base.paras))
        blocks = self.dress(blocks, outlet, base.topic, story, links=links)
        return self.finish(story=story, outlet=outlet, title=title, blocks=blocks, when=when, topic=base.topic,
                           styles=styles)

    def run_wire(self, story: str, base: BaseText, agency: Agency, native: tuple, outlet: Outlet,
                 t0: datetime) -> tuple[Page, bool]:
        """An outlet's run of an absent wire story. Returns the page and whether it was meant to credit."""
        r = self.rng
        forbid = credits.pattern(agency)
        when = t0 + self.delay()
        body = [Block("para", p) for p in base.paras]
        policy = r.choices(("native", "restyle", "unnamed", "none"), (0.3, 0.35, 0.15, 0.2))[0]
        blocks: list[Block] = body
        title = base.title
        if policy == "native":
            lead, top, tail = native
            body[0].lead = lead
            blocks = clone(top) + body + clone(tail)
        forms = {"native": {}, "none": {},
                 "restyle": credits.restyled(agency, base.city, t0, r, person),
                 "unnamed": credits.unnamed(base.city, r, person)}[policy]
        if not any(b.kind == "byline" for b in blocks) and not forms.get("byline") and r.random() < 0.3:
            blocks.insert(0, Block("byline", furniture.byline(outlet, r, base.topic)))
        styles: dict = {}
        blocks = self.edit(blocks, outlet, styles, base, when, forbid=forbid, light=outlet.kind == "aggregator")
        title = self.retitle(title, outlet, 0.6, " ".join(base.paras))
        blocks, title = self.credit(blocks, title, forms)
        meant = policy in ("native", "restyle")
        if meant and r.random() < 0.2:
            other = r.choice([a for a in AGENCIES if a.name != agency.name])
            blocks.append(Block("credit", f"Additional reporting by {other.short}"))
        blocks = self.dress(blocks, outlet, base.topic, story, forbid)
        page = self.finish(story=story, outlet=outlet, title=title, blocks=blocks, when=when, topic=base.topic,
                           wire=agency, styles=styles)
        return page, meant

    def copy(self, story: str, parent: Page, base: BaseText, outlet: Outlet, *, credit: str = "none",
             origin: Page | None = None, keep_credits: float = 0.85, light: bool | None = None) -> Page:
        """A copy of ``parent`` keeping its edits, credits and sometimes its furniture, plus the outlet's own.
        ``credit``: "hop" names the parent, "origin" names ``origin``, "none" adds no credit."""
        r = self.rng
        when = parent.when + self.delay()
        blocks = clone(parent.blocks)
        if r.random() >= 0.2:
            blocks = [b for b in blocks if b.kind != "furn"]
        if r.random() >= keep_credits:
            blocks = [b for b in blocks if b.kind not in ("byline", "credit")]
            for b in blocks:
                b.lead = ""
        before = [b.text for b in blocks if b.kind == "para"]
        styles = dict(parent.styles)
        if light is None:
            light = outlet.kind == "aggregator" and r.random() < 0.6
        blocks = self.edit(blocks, outlet, styles, base, when, light=light)
        if [b.text for b in blocks if b.kind == "para"] == before:
            paras = [b for b in blocks if b.kind == "para"]
            if len(paras) > 4 and r.random() < 0.6:
                blocks = edits.cut_tail(blocks, 0.8)
            else:
                paras[0].text = edits.reword_lede(paras[0].text, r)
        target = parent if credit == "hop" else origin if credit == "origin" else None
        forms = self.credit_forms_for(target, when) if target is not None else {}
        if not any(b.kind == "byline" for b in blocks) and not forms.get("byline") and r.random() < 0.25:
            blocks.insert(0, Block("byline", furniture.byline(outlet, r, base.topic)))
        title = self.retitle(parent.title, outlet, 0.5, " ".join(base.paras), strip=parent.outlet.name.removeprefix(
            "The "))
        blocks, title = self.credit(blocks, title, forms)
        blocks = self.dress(blocks, outlet, base.topic, story)
        return self.finish(story=story, outlet=outlet, title=title, blocks=blocks, when=when, topic=base.topic,
                           parents=[parent], styles=styles)

    def mix(self, story: str, a: Page, b: Page, base: BaseText, outlet: Outlet) -> Page:
        """An article assembled from paragraphs of two pages (both in the corpus)."""
        r = self.rng
        pa = [Block("para", x.text, x.lead if i == 0 and r.random() < 0.4 else "") for i, x in enumerate(a.paras())]
        pb = [Block("para", x.text) for x in b.paras()]
        na = r.randint(2, min(4, len(pa) - 1))
        start = r.choice((0, 1)) if len(pb) > 4 else 0
        nb = r.randint(2, min(3, len(pb) - start))
        take_a, take_b = pa[:na], pb[start : start + nb]
        if r.random() < 0.5:
            body = take_a + take_b
        else:
            body = [take_a[0]]
            rest_a, rest_b = take_a[1:], list(take_b)
            while rest_a or rest_b:
                if rest_b and (not rest_a or r.random() < 0.5):
                    body.append(rest_b.pop(0))
                else:
                    body.append(rest_a.pop(0))
        styles = {**b.styles, **a.styles}  # keep both sources' house style
        edits.apply_house(body, outlet.style, styles)
        if r.random() < 0.4:
            body[0].text = edits.reword_lede(body[0].text, r)
        blocks: list[Block] = [Block("byline", furniture.byline(outlet, r, base.topic))] if r.random() < 0.5 else []
        blocks += body
        if r.random() < 0.5:
            names = [p.outlet.name for p in (a, b)]
            blocks.append(Block("credit", credits.sources_line(names, r)))
        title = self.retitle(a.title, outlet, 0.7, " ".join(base.paras), strip=a.outlet.name.removeprefix("The "))
        blocks = self.dress(blocks, outlet, base.topic, story)
        when = max(a.when, b.when) + self.delay()
        return self.finish(story=story, outlet=outlet, title=title, blocks=blocks, when=when, topic=base.topic,
                           parents=[a, b], styles=styles)

    def rewrite(self, story: str, source: Page, base: BaseText, outlet: Outlet) -> Page:
        """A heavy paraphrase of ``source``: same facts, other words."""
        from .paraphrase import paraphrase

        r = self.rng
        body = [Block("para", t) for t in paraphrase([b.text for b in source.paras()], r)]
        styles: dict = {}
        edits.apply_house(body, outlet.style, styles)
        blocks: list[Block] = [Block("byline", furniture.byline(outlet, r, base.topic))] if r.random() < 0.8 else []
        blocks += body
        if r.random() < 0.3:
            name = source.outlet.name
            blocks.append(Block("credit", r.choice((f"This report draws on reporting by {name}.",
                                                    f"(Source: {name})", f"First reported by {name}."))))
        title = edits.reword(base.title, r, 1.0)
        treatment = r.choice(("keep", "short", "question", "case")) if title != base.title else "question"
        title = edits.headline(title, treatment, outlet.name, r, " ".join(base.paras))
        blocks = self.dress(blocks, outlet, base.topic, story)
        when = source.when + self.delay()
        return self.finish(story=story, outlet=outlet, title=title, blocks=blocks, when=when, topic=base.topic,
                           parents=[source], styles=styles)
