"""A node turned into the record a scraper would save: headline, text with the page's furniture, and
the outlet name, URL and date when the page shows them.

The text is paragraphs separated by blank lines: furniture above the story (repeated headline,
section label, header junk, byline, date line, an update's note), the story with its dateline and
credits, a promo line inside it, and the footer below.
"""

from __future__ import annotations

import random
from typing import Any

from . import dates
from .furniture import dress
from .model import Node
from .outlets import Outlet
from .text import slug

__all__ = ["record", "section"]

_SECTIONS = {
    "business": "business", "politics": "politics", "sport": "sport", "tech": "technology",
    "entertainment": "entertainment", "acq": "business", "earn": "business", "money-fx": "markets",
    "interest": "markets", "crude": "energy", "nat-gas": "energy", "grain": "commodities", "coffee": "commodities",
    "sugar": "commodities", "cocoa": "commodities", "trade": "world", "gnp": "economy", "ship": "business",
}


def section(topic: str) -> str:
    """The site section a story of a desk runs under."""
    return _SECTIONS.get(topic, "world")


def _url(outlet: Outlet, node: Node, rng: random.Random) -> str:
    local = node.when + dates.offset(outlet.zone, node.when)[0]
    y, m, d = local.year, f"{local.month:02d}", f"{local.day:02d}"
    s, sec, dom = slug(node.title), section(node.topic), outlet.domain
    num = rng.randrange(10_000_000, 99_999_999)
    hexid = f"{rng.getrandbits(128):032x}"
    style = outlet.url_style
    table = {
        "dated_path": f"https://www.{dom}/{sec}/{y}/{m}/{d}/{s}/",
        "html": f"https://www.{dom}/{sec}/{s}-{num}.html",
        "id_slug": f"https://{dom}/news/{s}-{num}",
        "query": f"https://{dom}/article.php?id={num}&cat={sec}",
        "amp": f"https://{dom}/amp/{sec}/{s}",
        "story_id": f"https://www.{dom}/story/{sec}/{s}/{num}",
        "in_html": f"https://www.{dom}/{sec}-news/{s}-{y}{m}{d}{num}.html",
        "ap": f"https://apnews.com/article/{s}-{hexid}",
        "reuters": f"https://www.reuters.com/{sec}/{s}-{y}-{m}-{d}/",
        "xinhua": f"https://english.news.cn/{y}{m}{d}/{hexid}/c.html",
        "kyodo": f"https://english.kyodonews.net/news/{y}/{m}/{hexid[:10]}-{s}.html",
        "ani": f"https://www.aninews.in/news/{sec}/{s}{y}{m}{d}{local:%H%M%S}/",
        "efe": f"https://efe.com/en/{sec}/{y}-{m}-{d}/{s}/",
        "dpa": f"https://www.dpa-international.com/topic/{s}-urn:newsml:dpa.com:20090101:{y % 100}{m}{d}-99-"
               f"{num % 1000}",
        "yonhap": f"https://en.yna.co.kr/view/AEN{y}{m}{d}00{num % 10000}",
    }
    return table[style]


def _story(node: Node, promo: str | None, rng: random.Random) -> list[str]:
    body = list(node.body)
    if not body:
        return []
    body[0] = node.lead + body[0]
    body[-1] = body[-1] + node.suffix
    if promo and len(body) > 3 and not node.bundle:
        body.insert(rng.randrange(2, min(5, len(body))), promo)
    return body


def record(node: Node, rng: random.Random, related: list[str], network_links: list[tuple[str, str]],
           editor: str) -> dict[str, Any]:
    """The record of a present node (no id yet): ``related`` are headlines of the outlet's other
    stories for promos, ``network_links`` its network's promoted stories, ``editor`` a desk name."""
    outlet = node.outlet
    assert outlet is not None and node.present
    year = node.when.year
    values = {"outlet": outlet.name, "year": str(year), "domain": outlet.domain,
              "section": section(node.topic).capitalize(), "editor": editor}
    links = sorted(rng.sample(network_links, min(3, len(network_links)))) if network_links else []
    furniture = dress(outlet, rng, values, related, links)
    published = None
    if rng.random() < outlet.dated:
        prefix = outlet.date_prefix if outlet.date_prefix and rng.random() < 0.5 else ""
        published = dates.render(outlet.date_style, outlet.zone, node.when, rng, prefix)
    top: list[str] = []
    if outlet.repeat_title and rng.random() < 0.7:
        top.append(node.title)
    if rng.random() < 0.12:
        top.append(section(node.topic).upper() if rng.random() < 0.5 else section(node.topic).capitalize())
    top += furniture.top
    if node.byline:
        top.append(node.byline)
    if published and rng.random() < 0.25:
        top.append(published)
    if node.note:
        top.append(node.note)
    paragraphs = top + _story(node, furniture.promo, rng) + node.tail + furniture.bottom
    rec: dict[str, Any] = {"title": node.title, "text": "\n\n".join(p for p in paragraphs if p.strip())}
    if rng.random() < outlet.named:
        rec["outlet"] = outlet.name
    if rng.random() < outlet.linked:
        rec["url"] = _url(outlet, node, rng)
    if published:
        rec["published"] = published
    return rec
