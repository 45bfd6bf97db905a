"""The sites that carry the stories, each with a fixed house style and fixed page furniture.

An outlet's identity shows in everything it publishes: the same footer, copyright line and
newsletter pitch under every article, the same spelling norm, the same way of writing
percentages, the same date format and the same pet word substitutions. Because these traits
are shared by all of an outlet's articles, related or not, they are exactly the kind of
overlap a tracer must learn to discount; because a copier applies its house style to whatever
it takes, they are also how lineage shows through a chain of copies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["OUTLETS", "Outlet", "by_name", "slug"]


@dataclass(frozen=True)
class Outlet:
    """A publishing site and its house style."""

    name: str
    host: str
    spelling: str | None = None  # "uk", "us" or None (left as received)
    numbers: str | None = None  # "percent", "per cent", "%" or None
    said: str | None = None  # replacement for "said" in attributions, e.g. "stated"
    swaps: tuple[str, ...] = ()  # keys of edits.SYNONYMS this desk always applies
    headline: str = "title"  # "title", "sentence" or "upper"
    date_style: str = "iso_local"
    offset_hours: float = 0.0
    date_missing: float = 0.0  # share of its pages that show no date
    footer: tuple[str, ...] = ()  # identical under every article
    related: str | None = None  # label of a per-article links block ("Related:", "Read more:")
    path: str = "news/{y}/{m:02d}/{slug}"  # URL path pattern
    url_missing: float = 0.1
    bylines: tuple[str, ...] = field(default=("By Staff Writer",))
    region: str = ""  # readership named in the local-angle paragraphs the desk adds
    title_suffix: str = ""  # appended to every headline on the page, e.g. " | Site Name"
    excerpt: bool = False  # an aggregator: runs the opening only, with a link to the source


OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        name="Gulf Daily Herald", region="the Gulf", host="gulfdailyherald.com", spelling="uk", numbers="per cent",
        swaps=("rose", "company"), headline="title", date_style="iso_local", offset_hours=3.0,
        footer=("Follow Gulf Daily Herald on social media for the latest business news.",
                "© Gulf Daily Herald. All rights reserved."),
        related="Related:", path="business/{y}/{m:02d}/{d:02d}/{slug}",
        bylines=("By Staff Writer", "By Our Business Desk", "By Staff Writer with {agency}")),
    Outlet(
        name="Lakeshore Ledger", region="the Great Lakes region", host="lakeshoreledger.com",
        spelling="us", numbers="percent",
        said="stated", swaps=("fell", "expected"), headline="title", date_style="mdy_gmt",
        footer=("Sign up for the Ledger's Morning Markets newsletter and get the day's top "
                "business stories in your inbox.",
                "Copyright 2024 Lakeshore Ledger Media Group. This material may not be "
                "published, broadcast, rewritten or redistributed."),
        path="business/{slug}-{n}", bylines=("By Dana Whitfield", "By Marcus Hale", "Ledger staff")),
    Outlet(
        name="Northern Commerce Review", region="the north of England", host="northerncommerce.co.uk", spelling="uk",
        numbers="%", swaps=("company", "shares", "announced"), headline="sentence",
        date_style="dmy_long", date_missing=0.15,
        footer=("Northern Commerce Review is published by NCR Media Ltd, registered in England "
                "and Wales.",),
        related="Read more:", path="markets/{slug}",
        bylines=("By Fiona Ashcroft", "By Newsdesk")),
    Outlet(
        name="Pacific Trade Journal", region="the Pacific Rim", host="pacifictradejournal.net", spelling="us",
        numbers="percent", swaps=("about", "rose"), headline="title", date_style="iso_local",
        offset_hours=-8.0,
        footer=("Pacific Trade Journal covers commerce across the Pacific Rim.",
                "Have a news tip? Email newsdesk@pacifictradejournal.net."),
        path="{y}/{m:02d}/{d:02d}/{slug}/", bylines=("By PTJ Staff",)),
    Outlet(
        name="Harbour City Times", region="Australia",
        title_suffix=" | Harbour City Times", host="harbourcitytimes.com.au", spelling="uk",
        numbers="per cent", said="says", headline="sentence", date_style="slash_dmy",
        offset_hours=10.0, date_missing=0.1,
        footer=("Get the latest headlines delivered daily. Subscribe to Harbour City Times "
                "today.",
                "Harbour City Times Pty Ltd. All rights reserved."),
        related="Related:", path="news/world/{slug}-{n}.html",
        bylines=("By Liam O'Connell", "By Staff Writers")),
    Outlet(
        name="Midwest Farm & Market", region="the Midwest", host="midwestfarmmarket.com", spelling="us",
        numbers="percent", swaps=("fell", "increase"), headline="title",
        date_style="slash_mdy", offset_hours=-6.0,
        footer=("Midwest Farm & Market is an independent publication serving producers "
                "since 1952.",
                "Click here to sign up for our free weekly Grain Outlook email."),
        path="news/{slug}", bylines=("By Jolene Birch", "Staff report")),
    Outlet(
        name="Capital Markets Observer", region="Washington", host="capmarketsobserver.com", spelling="us",
        numbers="%", said="stated", swaps=("shares", "expected", "about"), headline="title",
        date_style="rfc2822",
        footer=("The views expressed are those of the author and not of Capital Markets "
                "Observer.",
                "© 2024 Capital Markets Observer LLC"),
        related="Related Coverage", path="news/{y}/{m:02d}/{slug}",
        bylines=("By Observer Staff", "By Priya Raman")),
    Outlet(
        name="Eastern Finance Daily", region="Asia", host="easternfinancedaily.com", spelling="uk",
        numbers="per cent", swaps=("announced", "rose", "company"), headline="upper",
        date_style="iso_date", offset_hours=8.0,
        footer=("Disclaimer: Eastern Finance Daily does not provide investment advice.",),
        path="article/{n}/{slug}", bylines=("By EFD Reporter",)),
    Outlet(
        name="Metro Evening Star", region="the city",
        title_suffix=" - Metro Evening Star", host="metroeveningstar.com", spelling="us",
        headline="sentence", date_style="mdy_long", date_missing=0.25,
        footer=("Like this story? Share it with a friend.",
                "Metro Evening Star, 1200 Commerce St. All rights reserved."),
        related="Read more:", path="{slug}", url_missing=0.3,
        bylines=("By Tom Kessler", "Star wire services")),
    Outlet(
        name="Rhine Business Monitor", region="Germany", host="rhinebusinessmonitor.de", spelling="uk",
        numbers="%", headline="title", date_style="iso_local", offset_hours=1.0,
        footer=("Rhine Business Monitor – independent reporting on European industry.",
                "Impressum | Datenschutz | Contact"),
        path="en/news/{y}{m:02d}{d:02d}-{slug}", bylines=("RBM newsroom",)),
    Outlet(
        name="Cape Commodities Report", region="South Africa", host="capecommodities.co.za", spelling="uk",
        numbers="per cent", said="stated", swaps=("fell", "increase"), headline="title",
        date_style="dmy_abbr_time", offset_hours=2.0,
        footer=("Cape Commodities Report: prices, policy and people.",
                "Subscribe to our WhatsApp channel for breaking market news."),
        related="Related:", path="news/{slug}-{n}", bylines=("By Thandi Mokoena", "By CCR Desk")),
    Outlet(
        name="Prairie Energy Wire", region="western Canada", host="prairieenergywire.ca", spelling="us",
        numbers="percent", swaps=("expected", "company"), headline="sentence",
        date_style="iso_z", date_missing=0.1,
        footer=("Prairie Energy Wire is read by energy professionals across North America.",
                "Copyright Prairie Energy Wire Inc."),
        path="news/{y}/{m:02d}/{slug}", bylines=("By Prairie Energy Wire staff",)),
    Outlet(
        name="Atlantic Business Digest", region="New England", host="atlanticbizdigest.com", spelling="us",
        numbers="%", said="says", swaps=("announced", "about"), headline="title",
        date_style="mdy_gmt",
        footer=("This story has been published from a wire agency feed without modifications "
                "to the text. Only the headline has been changed.",),
        path="stories/{slug}", url_missing=0.2, bylines=("ABD News Service",)),
    Outlet(
        name="Global Markets Today", region="emerging markets", host="globalmarketstoday.info",
        headline="upper", title_suffix=" - GMT News",
        date_style="iso_date", date_missing=0.3,
        footer=("Join 50,000 readers: get Global Markets Today free every morning.",
                "Advertise with us | About | Privacy policy"),
        related="Related:", path="{slug}.html", url_missing=0.25, bylines=("Editor",)),
    Outlet(
        name="Daily Commodity Brief", region="commodity markets", host="dailycommoditybrief.com",
        headline="sentence", date_style="iso_date", date_missing=0.2, excerpt=True,
        footer=("Daily Commodity Brief gathers news from around the web. Headlines link to the "
                "original publishers.",),
        path="brief/{y}-{m:02d}-{d:02d}/{slug}", bylines=("Compiled by DCB editors",)),
    Outlet(
        name="Sun Coast Chronicle", region="Florida", host="suncoastchronicle.com", spelling="us",
        numbers="percent", swaps=("about", "company"), headline="title", date_style="mdy_long",
        offset_hours=-5.0, date_missing=0.1,
        footer=("Sun Coast Chronicle | Local news, weather and sports",
                "Terms of Use | Privacy Policy | Cookie Settings"),
        related="Read more:", path="business/{slug}-{n}", bylines=("By Carla Benitez", "Chronicle staff")),
    Outlet(
        name="Malacca Trade Post", region="Southeast Asia", host="malaccatradepost.com.my",
        spelling="uk", numbers="per cent", said="stated", swaps=("shares", "increase"),
        headline="sentence", date_style="iso_local", offset_hours=8.0,
        footer=("Malacca Trade Post: the business of the straits since 1961.",
                "Copyright © Malacca Trade Post Sdn Bhd"),
        path="news/{y}/{m:02d}/{slug}", bylines=("By Lim Wei Ling", "By Our Correspondent")),
)

_BY_NAME = {o.name: o for o in OUTLETS}


def by_name(name: str | None) -> Outlet | None:
    """The outlet called ``name``, or None for an unknown or absent outlet."""
    return _BY_NAME.get(name) if name else None


def slug(title: str, words: int = 9) -> str:
    """URL slug of a headline: lower case words joined by hyphens."""
    toks = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(toks[:words]) or "story"
