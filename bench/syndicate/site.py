"""Where an article lives: its page furniture and its URL.

Furniture is the outlet's own and identical across its pages (same newsletter pitch, same copyright
line), with "Related" links naming the outlet's other headlines: text that unrelated stories share and
that a tracer must not mistake for copying.
"""

from __future__ import annotations

import random
from datetime import datetime

from .agencies import Agency
from .dates import local, text_date
from .outlets import Outlet
from .page import Furniture
from .text import slug

__all__ = ["furnish", "url"]

SECTIONS = {"business": "business", "politics": "politics", "sport": "sport", "tech": "technology",
            "entertainment": "entertainment"}
_AGENCY_FOOT = {
    "reuters": "Our Standards: The Thomson Reuters Trust Principles.",
    "ap": "Copyright {year} The Associated Press. All Rights Reserved.",
    "aap": "AAP content is published under licence.",
}


def furnish(house: Outlet | Agency, when: datetime, related: list[str], rng: random.Random, dated: bool,
            paragraphs: int) -> Furniture:
    """Furniture for one page of ``house``, published at ``when``; ``related`` are its other headlines."""
    f = Furniture()
    year = local(when, house.country)[0].year
    if isinstance(house, Agency):
        foot = _AGENCY_FOOT.get(house.key)
        if foot and rng.random() < 0.5:
            f.foot.append(foot.format(year=year))
        if dated and rng.random() < 0.3:
            f.under_byline.append(text_date(when, house.country, house.spelling))
        return f
    rate = house.furniture_rate
    if rng.random() < rate * 0.7:
        f.head.append(house.nav)
    if dated and rng.random() < rate:
        f.under_byline.append(house.date_label.format(date=text_date(when, house.country, house.spelling)))
    if related and paragraphs > 3 and rng.random() < rate:
        for _ in range(rng.choice((1, 1, 2))):
            f.inline.append((rng.randrange(1, min(paragraphs - 1, 4)), f"{house.related_label} {rng.choice(related)}"))
    if paragraphs > 4 and rng.random() < rate * 0.5:
        f.inline.append((rng.randrange(2, paragraphs - 1), house.advert))
    if rng.random() < rate * 0.4:
        f.foot.append(f"{house.tags_label} {rng.choice(('News', 'World', 'Business', 'Economy', 'Politics'))}")
    if rng.random() < rate:
        f.foot.append(house.newsletter)
    if rng.random() < rate * 0.8:
        f.foot.append(house.share)
    if rng.random() < rate * 0.3:
        f.foot.append(house.comments.format(n=rng.randint(0, 240)))
    if rng.random() < rate:
        f.foot.append(house.copyright.format(year=year))
    return f


def url(house: Outlet | Agency, headline: str, when: datetime, topic: str, rng: random.Random) -> str:
    """A plausible URL for the article on ``house``'s site."""
    t = local(when, house.country)[0]
    s = slug(headline)
    section = SECTIONS.get(topic, "news")
    num = rng.randint(100000, 9999999)
    if isinstance(house, Agency):
        if house.key == "reuters":
            return f"https://www.reuters.com/{section}/{s}-{t:%Y-%m-%d}/"
        if house.key == "ap":
            return f"https://apnews.com/article/{s}-{rng.getrandbits(128):032x}"
        return f"https://www.{house.domain}/news/{s}-{num}"
    style = house.url_style
    if style == "dated":
        return f"https://www.{house.domain}/{section}/{t:%Y/%m/%d}/{s}/"
    if style == "section_id":
        return f"https://{house.domain}/news/{section}/{s}-{num}.html"
    if style == "article_hex":
        return f"https://www.{house.domain}/article/{s}-{rng.getrandbits(32):08x}"
    if style == "wordpress":
        return f"https://{house.domain}/?p={num}"
    if style == "story_num":
        return f"https://www.{house.domain}/story/{num}/{s}"
    return f"https://{house.domain}/{section}/{s}"
