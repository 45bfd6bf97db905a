"""Who publishes: real news agencies (by name) and invented outlets with fixed house styles.

An outlet's style never changes with the seed: it is drawn from ``random.Random("outlet-<name>")`` so the
same outlet prints the same furniture, dates and headlines in every corpus.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime

ALL_DESKS = ("business", "markets", "politics", "sport", "tech", "entertainment")
SECTION = {"business": "business", "markets": "markets", "politics": "politics", "sport": "sport",
           "tech": "technology", "entertainment": "entertainment"}


@dataclass(eq=False)
class Agency:
    code: str
    name: str
    spellings: tuple[str, ...]
    short: str
    zone: str
    date_style: str
    dateline: str
    places: tuple[str, ...]
    clients: tuple[str, ...]
    spelling: str | None
    headline: str
    url_style: str | None
    domain: str | None
    copyright: str
    undated: float = 0.25
    kind: str = "agency"
    is_agency: bool = True

    def display(self, rng: random.Random) -> str:
        return rng.choice(self.spellings)


AGENCIES = (
    Agency("ap", "Associated Press", ("The Associated Press", "Associated Press", "AP"), "AP", "et", "ap", "ap",
           ("WASHINGTON", "NEW YORK", "LOS ANGELES", "CHICAGO", "LONDON"), ("us", "au", "global"), "us",
           "sentence", "ap", "apnews.com",
           "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
           "broadcast, rewritten or redistributed without permission."),
    Agency("reuters", "Reuters", ("Reuters", "Thomson Reuters", "REUTERS"), "Reuters", "utc", "reuters", "reuters",
           ("LONDON", "NEW YORK", "WASHINGTON", "FRANKFURT", "SINGAPORE", "TOKYO"),
           ("us", "uk", "in", "my", "au", "eu", "global"), None, "sentence", "reuters", "reuters.com",
           "© Copyright Thomson Reuters 2025"),
    Agency("afp", "AFP", ("AFP", "Agence France-Presse", "Agence France Presse"), "AFP", "cet", "iso", "afp",
           ("Paris", "London", "Brussels", "Geneva", "Hong Kong"), ("uk", "in", "my", "au", "eu", "global"), None,
           "sentence", None, None, "© Agence France-Presse"),
    Agency("pa", "PA Media", ("PA Media", "PA", "Press Association"), "PA", "uk", "dmy_time", "pa", ("London",),
           ("uk", "global"), "uk", "sentence", None, None, "© PA Media 2025, All Rights Reserved"),
    Agency("dpa", "dpa", ("dpa", "Deutsche Presse-Agentur", "DPA"), "dpa", "cet", "dmy_dots", "dpa",
           ("Berlin", "Hamburg", "Munich", "Frankfurt"), ("eu", "my", "global"), None, "sentence", "dpa",
           "dpa-international.com", "© dpa-infocom GmbH"),
    Agency("ani", "ANI", ("ANI", "Asian News International"), "ANI", "ist", "india", "ani",
           ("New Delhi", "Mumbai", "Bengaluru"), ("in", "global"), "uk", "title", "ani", "aninews.in",
           "© ANI. All rights reserved."),
    Agency("pti", "PTI", ("PTI", "Press Trust of India"), "PTI", "ist", "dmy_off", "pti",
           ("New Delhi", "Mumbai", "Kolkata", "Chennai"), ("in", "global"), "uk", "sentence", "pti", "ptinews.com",
           "© Press Trust of India"),
    Agency("upi", "UPI", ("UPI", "United Press International"), "UPI", "et", "upi", "upi", ("",), ("us", "global"),
           "us", "title", "upi", "upi.com",
           "Copyright 2025 United Press International, Inc. All Rights Reserved."),
    Agency("bernama", "Bernama", ("Bernama", "BERNAMA"), "Bernama", "myt", "bernama", "bernama",
           ("KUALA LUMPUR", "PUTRAJAYA", "GEORGE TOWN"), ("my", "global"), "uk", "title", "bernama", "bernama.com",
           "© Bernama"),
    Agency("xinhua", "Xinhua", ("Xinhua", "Xinhua News Agency"), "Xinhua", "cst8", "xinhua", "xinhua",
           ("BEIJING", "SHANGHAI", "HONG KONG"), ("my", "eu", "global"), "us", "sentence", "xinhua", "english.news.cn",
           "Source: Xinhua"),
)
AGENCY = {a.code: a for a in AGENCIES}


@dataclass(eq=False)
class Outlet:
    name: str | None
    domain: str | None
    kind: str
    country: str
    zone: str
    date_style: str
    date_prefix: str
    desks: tuple[str, ...]
    spelling: str | None = None
    headline: str = "sentence"
    title_suffix: str = ""
    swaps: dict[str, float] = field(default_factory=dict)
    numbers: str | None = None
    dateline: tuple[float, float, float] = (1.0, 1.0, 1.0)
    credit: tuple[str, ...] = ()
    agency_names: dict[str, str] = field(default_factory=dict)
    byline: str | None = None
    top: tuple[str, ...] = ()
    mid: tuple[tuple[int, str], ...] = ()
    related: str | None = None
    bottom: tuple[str, ...] = ()
    local_rate: float = 0.3
    retitle: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)
    url_style: str = "section_id"
    undated: float = 0.3
    copy_credit: str | None = None
    is_agency: bool = False

    def display(self, rng: random.Random) -> str | None:
        return self.name

    def covers(self, desk: str) -> bool:
        return desk in self.desks


# name, domain, kind, country, zone, date style, date prefix, desks ("" = all)
_CATALOGUE = (
    ("The American Ledger", "americanledger.com", "national", "us", "et", "ap", "", ""),
    ("National Dispatch", "nationaldispatch.com", "national", "us", "et", "iso", "", ""),
    ("Cedar Valley Gazette", "cedarvalleygazette.com", "regional", "us", "ct", "mdy_slash", "Published ", ""),
    ("Lakeshore Tribune", "lakeshoretribune.com", "regional", "us", "ct", "ap_upd", "Updated ", ""),
    ("Mesa Daily Sun", "mesadailysun.com", "regional", "us", "pt", "long_us", "", ""),
    ("Harbor City Herald", "harborcityherald.com", "regional", "us", "et", "mdy_slash_time", "Updated: ", ""),
    ("The Pocket Investor", "pocketinvestor.blog", "blog", "us", "et", "long_us", "", "business markets"),
    ("Gridiron & Pitch", "gridironandpitch.com", "blog", "us", "et", "day_iso", "", "sport"),
    ("ScreenTalk Weekly", "screentalkweekly.com", "blog", "us", "pt", "rfc2822", "", "entertainment tech"),
    ("The Daily Beacon", "dailybeacon.co.uk", "national", "uk", "uk", "guardian", "", ""),
    ("The Morning Courier", "morningcourier.co.uk", "national", "uk", "uk", "tabloid", "Updated ", ""),
    ("Wessex Evening Post", "wessexeveningpost.co.uk", "regional", "uk", "uk", "dmy_slash", "", ""),
    ("Tyneside Echo", "tynesideecho.co.uk", "regional", "uk", "uk", "dmy_time", "Last updated: ", ""),
    ("Fenland Advertiser", "fenlandadvertiser.co.uk", "regional", "uk", "uk", "weekday_uk", "", ""),
    ("Westminster Whispers", "westminsterwhispers.blog", "blog", "uk", "uk", "long_uk", "", "politics business"),
    ("The Meridian Herald", "meridianherald.in", "national", "in", "ist", "india", "Updated: ", ""),
    ("NewsPulse India", "newspulseindia.com", "national", "in", "ist", "india2", "", ""),
    ("Deccan Evening Star", "deccaneveningstar.in", "regional", "in", "ist", "dmy_slash", "", ""),
    ("Konkan Chronicle", "konkanchronicle.in", "regional", "in", "ist", "dmy_off", "", ""),
    ("BizTimes India", "biztimesindia.com", "national", "in", "ist", "india", "Last Updated: ",
     "business markets tech"),
    ("The Straits Observer", "straitsobserver.my", "national", "my", "myt", "bernama", "", ""),
    ("Borneo Daily Post", "borneodailypost.com.my", "regional", "my", "myt", "dmy_slash", "", ""),
    ("The Southern Cross Courier", "sxcourier.com.au", "national", "au", "aet", "dmy_off", "", ""),
    ("Coral Coast Bulletin", "coralcoastbulletin.com.au", "regional", "au", "aet", "long_uk", "", ""),
    ("Continental Post", "continentalpost.eu", "national", "eu", "cet", "dmy_dots", "", ""),
    ("Rhine Valley Times", "rhinevalleytimes.de", "regional", "eu", "cet", "iso", "", ""),
    ("NewsHub Now", "newshubnow.com", "aggregator", "global", "utc", "iso_z", "", ""),
    ("DailyFeed24", "dailyfeed24.net", "aggregator", "global", "utc", "rfc2822", "", ""),
    ("WorldWire Today", "worldwiretoday.com", "aggregator", "global", "utc", "iso_ms", "", ""),
    ("Headline Digest", "headlinedigest.net", "aggregator", "global", "et", "naive", "", ""),
    ("TrendStack News", "trendstack.news", "aggregator", "global", "utc", "day_iso", "", ""),
    ("Finance Chatter", "financechatter.net", "blog", "global", "utc", "mdy_slash", "Posted ", "business markets"),
    ("Byte Bulletin", "bytebulletin.tech", "blog", "global", "utc", "iso", "", "tech business"),
)

_NEWSLETTERS = (
    "Sign up for {o}'s free {part} newsletter and get the day's biggest stories in your inbox.",
    "Get the {o} {brief} delivered to your inbox every weekday morning. Sign up here.",
    "Want more stories like this? Follow {o} on Google News.",
    "Stay informed: join our WhatsApp channel for breaking news alerts from {region}.",
    "Never miss a story from {region} - sign up to our {brief} email.",
    "Catch all the latest news and updates on {o}. Download our app for live updates.",
    "Support independent journalism in {region}. Become a member of {o} today.",
    "Got a news tip? Email our newsroom at news@{d}",
)
_COPYRIGHTS = (
    "© 2025 {owner}. All rights reserved.",
    "Copyright © {owner} 2025",
    "{o} © 2025",
    "All content © {owner} 2025. Reproduction without permission is prohibited.",
)
_OWNERS = ("Meridian Media Group", "Harbour House Publishing", "Ledger Holdings", "Northgate Newspapers Ltd",
           "Summit Digital Media", "Tidewater Publishing Co", "Lantern Media Pvt Ltd", "Blue Ridge News Corp")
_REGIONS = {"us": "the Midwest", "uk": "the region", "in": "India", "my": "Malaysia", "au": "Queensland",
            "eu": "Europe", "global": "around the world"}
_SOCIAL = ("Follow us on X @{handle} and on Facebook.", "Share this article", "Listen to this article",
           "Comments are closed.", "Tags: {desk}")


def _credit_forms(rng: random.Random, country: str, kind: str) -> tuple[str, ...]:
    if kind in ("aggregator", "blog"):
        pool = [("none",), ("source",), ("dash",), ("copyright",), ("none",), ("agency_tail",)]
    elif country == "in":
        pool = [("source",), ("wirefeed",), ("autogen",), ("inputs",), ("agencies",), ("agency_tail", "wirefeed")]
    elif country == "us":
        pool = [("byline_reporter", "copyright"), ("byline_agency",), ("contributed",), ("byline_reporter",),
                ("none",)]
    elif country == "uk":
        pool = [("byline_reporter",), ("dash",), ("inputs",), ("none",), ("byline_agency",)]
    else:
        pool = [("agency_tail",), ("byline_agency",), ("dash",), ("source",), ("none",), ("inputs",)]
    return rng.choice(pool)


def _furnish(o: Outlet, rng: random.Random) -> None:
    region = _REGIONS[o.country]
    words = {"o": o.name, "d": o.domain, "part": rng.choice(("morning", "evening", "weekly")),
             "brief": rng.choice(("Daily Briefing", "Morning Edition", "Evening Wrap", "Top Stories")),
             "region": region, "owner": rng.choice(_OWNERS), "handle": re.sub(r"\W", "", o.name or "news")[:14]}
    bottom = []
    if rng.random() < 0.8:
        bottom.append(rng.choice(_NEWSLETTERS).format(**words))
    if rng.random() < 0.35:
        bottom.append(rng.choice(_SOCIAL[:1]).format(**words))
    if rng.random() < 0.7 or o.kind == "national":
        bottom.append(rng.choice(_COPYRIGHTS).format(**words))
    o.bottom = tuple(bottom)
    o.top = ("Listen to this article",) if rng.random() < 0.15 else ()
    mids: list[tuple[int, str]] = []
    if rng.random() < 0.35:
        mids = [(2, "Advertisement"), (6, "Advertisement")]
    o.mid = tuple(mids)
    o.related = rng.choice((None, "read_more", "related", "more_from", "also_read" if o.country == "in" else None,
                            "read_more_inline"))
    o.byline = rng.choice(("By {name}", "{name}, {desk} reporter", "{name} | {outlet}", "By {name} | {outlet}",
                           "{outlet} Staff", None))
    if o.kind == "aggregator":
        o.byline = rng.choice((None, "{outlet} Desk", None))


def _style(entry: tuple[str, ...]) -> Outlet:
    name, domain, kind, country, zone, date_style, prefix, desks = entry
    rng = random.Random(f"outlet-{name}")
    o = Outlet(name, domain, kind, country, zone, date_style, prefix, tuple(desks.split()) or ALL_DESKS)
    o.spelling = {"us": "us", "global": None}.get(country, "uk")
    if kind == "aggregator" and rng.random() < 0.5:
        o.spelling = None
    o.headline = "title" if country in ("us", "in") and rng.random() < 0.7 else "sentence"
    if kind == "aggregator":
        o.title_suffix = rng.choice((f" | {name}", f" - {name}", "", ""))
    o.swaps = {}
    if rng.random() < 0.3:
        o.swaps["says"] = rng.uniform(0.5, 1.0)
    elif rng.random() < 0.15:
        o.swaps["stated"] = rng.uniform(0.2, 0.5)
    for rule, p in (("around", 0.5), ("over", 0.5), ("weekday_on", 0.4 if country == "us" else 0.0),
                    ("us_dots", 0.8), ("honorific", 0.8)):
        if rng.random() < p:
            o.swaps[rule] = rng.uniform(0.6, 1.0)
    o.numbers = {"us": rng.choice(("percent", "symbol")), "global": rng.choice((None, "symbol", "percent"))}.get(
        country, rng.choice(("per_cent", "per_cent", "symbol")))
    o.dateline = rng.choice(((0.7, 0.2, 0.1), (0.2, 0.5, 0.3), (0.1, 0.1, 0.8), (0.5, 0.0, 0.5)))
    o.credit = _credit_forms(rng, country, kind)
    o.agency_names = {a.code: rng.choice(a.spellings) for a in AGENCIES}
    o.local_rate = {"national": 0.25, "regional": 0.45, "aggregator": 0.05, "blog": 0.35}[kind]
    o.retitle = {"aggregator": (0.7, 0.2, 0.05, 0.05), "blog": (0.2, 0.2, 0.2, 0.4)}.get(
        kind, (0.35, 0.2, 0.2, 0.25))
    o.url_style = rng.choice(("section_id", "dated", "html", "story_id", "amp", "query"))
    o.undated = {"national": 0.2, "regional": 0.3, "aggregator": 0.38, "blog": 0.45}[kind]
    o.copy_credit = rng.choice(("via", "originally", "first_appeared", "source_domain", "read_original", None))
    _furnish(o, rng)
    return o


OUTLETS = tuple(_style(entry) for entry in _CATALOGUE)
UNKNOWN = Outlet(None, None, "unknown", "global", "utc", "iso_z", "", ALL_DESKS, undated=0.6)


def slug(title: str, limit: int = 80) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", title.lower().replace("'", "")).strip("-")
    if len(s) > limit:
        s = s[:limit].rsplit("-", 1)[0]
    return s


def url(owner: Outlet | Agency, title: str, desk: str, t: datetime, rng: random.Random) -> str | None:
    """The page's address, in the owner's URL pattern."""
    s, sec = slug(title), SECTION[desk]
    style = owner.url_style
    if owner.domain is None or style is None:
        return None
    d = owner.domain
    digits = str(rng.randrange(10**6, 10**7))
    forms = {
        "section_id": f"https://www.{d}/news/{sec}/{s}-{digits}",
        "dated": f"https://{d}/{t:%Y/%m/%d}/{s}/",
        "html": f"https://www.{d}/{sec}/{s}-{digits[:6]}.html",
        "story_id": f"https://{d}/story/{s}-{rng.getrandbits(32):08x}",
        "amp": f"https://www.{d}/amp/{sec}/{s}",
        "query": f"https://{d}/article?id={digits}&utm_source=rss&utm_medium=feed",
        "ap": f"https://apnews.com/article/{s}-{rng.getrandbits(128):032x}",
        "reuters": f"https://www.reuters.com/{'business' if sec == 'markets' else sec}/{s}-{t:%Y-%m-%d}/",
        "upi": f"https://www.upi.com/Top_News/World-News/{t:%Y/%m/%d}/{s}/{rng.randrange(10**9, 10**10)}/",
        "ani": f"https://www.aninews.in/news/{sec}/{s}{t:%Y%m%d}{rng.randrange(10**5, 10**6)}/",
        "bernama": f"https://www.bernama.com/en/news.php?id={digits}",
        "xinhua": f"https://english.news.cn/{t:%Y%m%d}/{rng.getrandbits(128):032x}/c.html",
        "dpa": f"https://www.dpa-international.com/topic/{s}-urn:newsml:dpa.com:20090101:{t:%y%m%d}-99-{digits[:6]}",
        "pti": f"https://www.ptinews.com/story/{sec}/{s}/{digits}",
    }
    return forms[style]


def clients(agency: Agency, desk: str) -> list[Outlet]:
    """Outlets that run this agency's copy on this desk, in catalogue order."""
    out = [o for o in OUTLETS if o.country in agency.clients and o.covers(desk)]
    if len(out) < 6:
        out += [o for o in OUTLETS if o.kind == "aggregator" and o not in out]
    return out
