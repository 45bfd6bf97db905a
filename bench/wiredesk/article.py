"""One generated article: its parts, how a copy is derived from it, and how it is printed.

An article is kept in parts (byline, credit prefix, body paragraphs, lines carried over from
its sources, its own credit lines, related links) so that a copy can take exactly what a real
reprint takes: the body with the source's edits already in it, the source's credit prefix and
trailing lines and, for a careless scrape, the source's footer too. :func:`derive` makes such a
copy and :func:`render` turns an article into the record the tracer reads.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from . import dates, edits, headlines
from .credits import Credit
from .outlets import OUTLETS, Outlet, slug

__all__ = ["Article", "delay", "derive", "headline_for", "render"]


@dataclass
class Article:
    """A generated article and the truth about where it came from."""

    rid: str
    story: str
    title: str
    body: list[str]
    when: datetime  # true publication instant, UTC
    outlet: Outlet | None
    topics: tuple[str, ...] = ()
    credit: Credit = field(default_factory=Credit)
    carried: list[str] = field(default_factory=list)  # lines inherited from sources
    related: list[str] = field(default_factory=list)  # per-article "Related:" lines
    parents: list[str] = field(default_factory=list)  # ids of direct parents in the corpus
    absent: list[str | None] = field(default_factory=list)  # absent wire parents (credited name)
    emit: bool = True  # False for a wire story that is not in the corpus
    wire_when: datetime | None = None  # filing time of the absent wire story it was taken from

    def furniture(self) -> list[str]:
        """Per-article links and the outlet's fixed footer, as printed under the body."""
        return self.related + list(self.outlet.footer if self.outlet else ())

    def paragraphs(self) -> list[str]:
        """Every printed paragraph, top to bottom."""
        out = [self.credit.byline] if self.credit.byline else []
        body = list(self.body)
        if body and self.credit.lead:
            body[0] = self.credit.lead + body[0]
        return out + body + self.carried + self.credit.tail + self.furniture()


def delay(rng: random.Random, lo_minutes: float = 5, hi_hours: float = 36) -> timedelta:
    """A reprint lag: usually within hours, sometimes a day or more."""
    if rng.random() < 0.7:
        return timedelta(minutes=rng.uniform(lo_minutes, 6 * 60))
    return timedelta(minutes=rng.uniform(6 * 60, hi_hours * 60))


def headline_for(rng: random.Random, source_title: str, lead: str, outlet: Outlet | None,
                 proper: set[str], shares: tuple[float, float] = (0.35, 0.35)) -> str:
    """A copy's headline: kept (in the outlet's case style), reworded, or entirely new. A site
    name another outlet put after its headline is dropped, except by a kept headline now and then
    (a scrape that copied the page title whole)."""
    style = outlet.headline if outlet else rng.choice(("title", "sentence"))
    carried = ""
    for other in OUTLETS:
        if other.title_suffix and source_title.lower().endswith(other.title_suffix.lower()):
            source_title = source_title[:-len(other.title_suffix)]
            carried = other.title_suffix if rng.random() < 0.4 else ""  # a scrape keeps it
            break
    r = rng.random()
    if r < shares[0]:
        h = headlines.case_headline(source_title, style, proper) if source_title.isupper() else source_title
        if style == "upper":
            h = h.upper()
            carried = carried.upper()
    elif r < shares[0] + shares[1]:
        base = headlines.case_headline(source_title, style, proper) if source_title.isupper() else source_title
        h = headlines.reword_headline(rng, base)
        carried = ""
    else:
        h = headlines.new_headline(rng, lead)
        if style == "upper":
            h = h.upper()
        carried = ""
    return edits.house_style(h, outlet) + carried


def proper_words(paras: list[str]) -> set[str]:
    """Words written with a capital inside sentences: names and places a headline keeps."""
    seen: set[str] = set()
    for p in paras:
        words = p.split()
        for prev, w in itertools.pairwise(words):
            core = w.strip("\"'(),.:;")
            if core[:1].isupper() and not prev.endswith((".", "!", "?", '"')):
                seen.add(core)
    return seen


def derive(rng: random.Random, parent: Article, rid: str, outlet: Outlet | None, when: datetime,
           *, body: list[str] | None = None, keep_lead: bool = True, inherit_furniture: bool = False,
           keep_byline: bool = False) -> Article:
    """A copy of ``parent`` by ``outlet``: the parent's body (or ``body`` when the caller already
    cut or reworked it) put through the outlet's house style, the parent's credit prefix kept or
    dropped, and the parent's trailing lines (and with ``inherit_furniture`` its footer and links)
    carried along. Headline, own credit and own furniture are left for the caller to set."""
    src = parent.body if body is None else body
    new_body = [edits.house_style(p, outlet) for p in src]
    carried = list(parent.carried) + list(parent.credit.tail)
    if inherit_furniture:
        carried += parent.furniture()
    credit = Credit(lead=parent.credit.lead if keep_lead else "",
                    byline=parent.credit.byline if keep_byline else None)
    return Article(rid=rid, story=parent.story, title=parent.title, body=new_body, when=when,
                   outlet=outlet, topics=parent.topics, credit=credit, carried=carried,
                   parents=[parent.rid])


def _published(rng: random.Random, art: Article) -> str | None:
    o = art.outlet
    if o is None:
        style = rng.choice(("iso_z", "iso_date", "mdy_gmt", "dmy_long", "rfc2822", None))
        return dates.render(art.when, style) if style else None
    if rng.random() < o.date_missing:
        return None
    return dates.render(art.when, o.date_style, o.offset_hours)


def render(rng: random.Random, art: Article, serial: int) -> dict:
    """The record for ``art``: id, title, text, outlet, and (when shown) url and published."""
    rec: dict = {"id": art.rid, "title": art.title, "text": "\n\n".join(art.paragraphs())}
    o = art.outlet
    if o is None:
        if rng.random() < 0.5:
            rec["outlet"] = None
    else:
        rec["outlet"] = o.name
        if rng.random() >= o.url_missing:
            u = art.when
            path = o.path.format(y=u.year, m=u.month, d=u.day, slug=slug(art.title), n=100000 + serial)
            rec["url"] = f"https://{'www.' if len(o.host) < 22 else ''}{o.host}/{path}"
    pub = _published(rng, art)
    if pub is not None:
        rec["published"] = pub
    return rec
