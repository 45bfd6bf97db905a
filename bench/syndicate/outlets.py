"""Invented client outlets: where they are, how they spell, how they credit, and what furniture they wrap.

The 38 outlets below are fictional (names and domains made up), spread over the countries whose press
runs agency copy. Each outlet's house style (spelling norm, quote marks, number style, headline form,
credit habits, furniture) is drawn once from a generator seeded by the outlet's key, so an outlet looks
the same in every corpus and all its pages share its furniture: the newsletter pitch and copyright line
of an outlet recur across unrelated stories, as on a real site.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

__all__ = ["OUTLETS", "Outlet"]


@dataclass(frozen=True)
class Outlet:
    """A publication that runs agency copy, copies other outlets, or writes its own reports."""

    key: str
    name: str
    variants: tuple[str, ...]
    domain: str
    country: str
    kind: str
    topics: tuple[str, ...]
    spelling: str
    numbers: str
    money: str
    quotes: str
    dash: str
    headline: str
    title_suffix: str
    headline_in_text: float
    url_style: str
    date_formats: tuple[str, ...]
    agencies: tuple[str, ...]
    credits: tuple[str, ...]
    copy_credits: tuple[str, ...]
    house_swaps: tuple[tuple[str, str], ...]
    own_dateline: str
    byline_style: str
    nav: str
    date_label: str
    newsletter: str
    copyright: str
    related_label: str
    share: str
    advert: str
    tags_label: str
    comments: str
    furniture_rate: float

    @property
    def credit(self) -> str:
        return self.name


# key, name, domain, country, kind, topics
_TABLE = (
    ("ledger", "The Northern Ledger", "northernledger.co.uk", "UK", "newspaper", ()),
    ("meridian", "Daily Meridian", "dailymeridian.co.uk", "UK", "tabloid", ()),
    ("harbour", "The Harbour Gazette", "harbourgazette.co.uk", "UK", "local", ()),
    ("midpost", "Midlands Evening Post", "midlandseveningpost.co.uk", "UK", "local", ()),
    ("review", "The Westminster Review", "westminsterreview.com", "UK", "magazine", ("politics", "business")),
    ("newsbeat", "NewsBeat UK", "newsbeatuk.com", "UK", "aggregator", ()),
    ("courier", "The Capital Courier", "capitalcourier.com", "US", "newspaper", ()),
    ("lakeshore", "Lakeshore Tribune", "lakeshoretribune.com", "US", "local", ()),
    ("prairie", "Prairie Dispatch", "prairiedispatch.com", "US", "local", ()),
    ("baycity", "Bay City Chronicle", "baycitychronicle.com", "US", "newspaper", ()),
    ("marketpulse", "MarketPulse", "marketpulse.io", "US", "portal", ("business",)),
    ("hub", "Headline Hub", "headlinehub.net", "US", "aggregator", ()),
    ("scroll", "The Daily Scroll", "thedailyscroll.com", "US", "scraper", ()),
    ("techline", "Techline Daily", "techlinedaily.com", "US", "portal", ("tech", "business")),
    ("bharat", "Bharat Times Online", "bharattimesonline.in", "IN", "portal", ()),
    ("indus", "The Indus Herald", "indusherald.com", "IN", "newspaper", ()),
    ("konkan", "Konkan Express", "konkanexpress.in", "IN", "local", ()),
    ("newsdesk", "NewsDesk India", "newsdeskindia.in", "IN", "aggregator", ()),
    ("southern", "The Southern Cross Star", "southerncrossstar.com.au", "AU", "newspaper", ()),
    ("coastal", "Coastal Daily", "coastaldaily.com.au", "AU", "local", ()),
    ("maple", "The Maple Ledger", "mapleledger.ca", "CA", "newspaper", ()),
    ("liffey", "The Liffey Times", "liffeytimes.ie", "IE", "newspaper", ()),
    ("straits", "Straits Observer", "straitsobserver.com.my", "MY", "newspaper", ()),
    ("lioncity", "Lion City Post", "lioncitypost.sg", "SG", "portal", ()),
    ("highveld", "Highveld Mail", "highveldmail.co.za", "ZA", "newspaper", ()),
    ("lagos", "Lagos Daily Herald", "lagosdailyherald.ng", "NG", "newspaper", ()),
    ("nairobi", "The Nairobi Observer", "nairobiobserver.co.ke", "KE", "newspaper", ()),
    ("manila", "Manila Bay Bulletin", "manilabaybulletin.ph", "PH", "newspaper", ()),
    ("kiwi", "Kiwi Morning Report", "kiwimorning.co.nz", "NZ", "portal", ()),
    ("karachi", "The Karachi Ledger", "karachiledger.pk", "PK", "newspaper", ()),
    ("worldwire", "WorldWire Digest", "worldwiredigest.com", "INT", "aggregator", ()),
    ("feed365", "Newsfeed365", "newsfeed365.com", "INT", "scraper", ()),
    ("ticker", "GlobalTicker", "globalticker.net", "INT", "scraper", ("business", "tech")),
    ("briefroom", "The Brief Room", "thebriefroom.com", "US", "blog", ()),
    ("flash", "FinanceFlash", "financeflash.co", "UK", "portal", ("business",)),
    ("sportszone", "SportsZone Live", "sportszonelive.com", "UK", "portal", ("sport",)),
    ("screen", "ScreenScene", "screenscene.net", "US", "portal", ("entertainment", "tech")),
    ("civic", "The Civic Record", "civicrecord.org", "US", "nonprofit", ("politics", "business")),
)

_COUNTRY = {
    "UK": ("uk", ("%", " per cent"), ("pa", "reuters", "afp", "ap"),
           ("long_uk", "iso_offset", "rfc2822", "uk_numeric", "date")),
    "US": ("us", (" percent", "%"), ("ap", "reuters", "afp"),
           ("us_long", "iso_offset", "us_numeric", "rfc2822", "unix")),
    "IN": ("uk", (" per cent", "%", " pc"), ("pti", "ani", "ians", "reuters", "afp"),
           ("long_uk", "iso_offset", "uk_numeric", "us_long")),
    "AU": ("uk", (" per cent", "%"), ("aap", "reuters", "afp", "ap"), ("long_uk", "iso_offset", "uk_numeric")),
    "CA": ("us", (" per cent", "%"), ("cp", "ap", "reuters", "afp"), ("us_long", "iso_offset", "date")),
    "IE": ("uk", ("%", " per cent"), ("pa", "reuters", "afp"), ("long_uk", "iso_offset", "uk_numeric")),
    "MY": ("uk", (" per cent", "%"), ("bernama", "reuters", "afp", "xinhua"), ("long_uk", "iso_offset")),
    "SG": ("uk", (" per cent", "%"), ("reuters", "afp", "xinhua", "bernama"), ("long_uk", "iso_offset", "unix")),
    "ZA": ("uk", (" percent", "%"), ("reuters", "afp", "ap"), ("long_uk", "iso_offset", "date")),
    "NG": ("uk", (" per cent", "%"), ("reuters", "afp", "ap", "xinhua"), ("us_long", "long_uk", "date")),
    "KE": ("uk", (" percent", "%"), ("reuters", "afp", "xinhua"), ("long_uk", "iso_offset")),
    "PH": ("us", (" percent", "%"), ("reuters", "afp", "ap", "xinhua", "efe"), ("us_long", "iso_offset")),
    "NZ": ("uk", (" per cent", "%"), ("aap", "reuters", "afp", "ap"), ("long_uk", "iso_offset")),
    "PK": ("uk", (" percent", "%"), ("reuters", "afp", "ap", "xinhua"), ("long_uk", "us_long", "date")),
    "INT": ("us", (" percent", "%", " pct"), ("reuters", "ap", "afp", "xinhua", "dpa", "efe", "kyodo"),
            ("iso_offset", "rfc2822", "unix", "date", "us_long")),
}

_CREDITS = {
    "UK": ("agency_byline", "by_agency", "staff_agencies", "copyright", "dash", "additional", "none"),
    "US": ("agency_byline", "keep_byline", "copyright", "source", "none"),
    "IN": ("inputs", "feed", "headline_only", "agency_byline", "source", "none"),
    "other": ("agency_byline", "by_agency", "source", "copyright", "dash", "inputs", "none"),
}
_COPY_CREDITS = {
    "aggregator": ("via", "source", "read_original", "originally", "none"),
    "scraper": ("none", "none", "source", "read_original", "prefix"),
    "blog": ("reported", "via", "none", "read_original"),
    "nonprofit": ("republished", "originally"),
    "other": ("reported", "originally", "prefix", "via", "none"),
}
_SWAPS = (
    ("said", "says"), ("said", "stated"), ("chief", "head"), ("about", "around"), ("around", "about"),
    ("plans", "intends"), ("intends", "plans"), ("firm", "company"), ("company", "firm"), ("big", "large"),
    ("start", "begin"), ("buy", "purchase"), ("more than", "over"), ("while", "whereas"), ("because", "as"),
    ("according to", "as per"), ("amid", "amidst"), ("towards", "toward"), ("toward", "towards"),
    ("among", "amongst"), ("whilst", "while"), ("expected", "anticipated"), ("however", "though"),
    ("also", "further"), ("cut", "reduce"), ("rose", "climbed"), ("fell", "dropped"), ("people", "individuals"),
)
_URLS = ("dated", "section_id", "article_hex", "section", "wordpress", "story_num")
_NAV = (
    "Skip to main content", "{name} Home News World Business Sport Culture Opinion",
    "Menu Search Sign in Subscribe", "You are here: Home > News > {section}", "Trending now on {name}",
    "Home | News | Business | Sport | Lifestyle | Video",
)
_NEWSLETTER_NAME = ("Morning Briefing", "First Edition", "The Daily Download", "Evening Wrap", "Five Things",
                    "The Rundown", "Early Bird", "Inside Track")
_NEWSLETTER = (
    "Sign up to our free {nl} newsletter for the day's top stories, delivered to your inbox every morning.",
    "Get {nl} from {name} in your inbox. Sign up now, it's free.",
    "Never miss a story: subscribe to {nl}, our free daily briefing.",
    "Want more stories like this? Join {n} readers who get {nl} every weekday.",
    "Subscribe to {name} for unlimited access to our journalism from just {price} a month.",
    "Enjoying {name}? Support independent journalism and sign up for {nl}.",
)
_COPYRIGHT = (
    "© {year} {company}. All rights reserved.", "Copyright © {year} {company}",
    "{company} © {year}. Registered in England and Wales No. {num}.",
    "All content © {company}, {year}. Reproduction without permission prohibited.",
    "© {company} {year} | Privacy Policy | Terms of Use",
)
_RELATED = ("Related:", "READ MORE:", "Also read:", "Also Read |", "MORE:", "Related coverage:",
            "You may also like:", "Read next:", "SEE ALSO:")
_SHARE = (
    "Share this article", "Share on Facebook Share on X Share on WhatsApp Email",
    "Follow {name} on X, Facebook and Instagram for the latest updates.",
    "Click here to join our WhatsApp channel for breaking news.", "Like this story? Share it with a friend.",
)
_ADVERT = ("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Continue reading below",
           "- Advertisement -")
_TAGS = ("Topics:", "Tags:", "Filed under:", "More on this story:")
_COMMENTS = ("Comments ({n})", "Join the conversation", "Have your say in the comments below.",
             "Comments are closed for this article.")
_DATE_LABEL = ("Published {date}", "Updated: {date}", "Last updated on {date}", "First published: {date}",
               "{date}", "Posted {date}")
_COMPANY = ("Media Ltd", "Media Group", "Publishing Co.", "News Ltd", "Digital LLC", "Holdings")


def _rng(key: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big"))


def _variants(name: str, domain: str, rng: random.Random) -> tuple[str, ...]:
    out = [name.removeprefix("The ")] if name.startswith("The ") else [f"The {name}"]
    out += [domain, name.upper()]
    if " " in name:
        out.append(name.removeprefix("The ").split()[-1] if rng.random() < 0.5 else f"{name} Online")
    return tuple(out)


def _build(key: str, name: str, domain: str, country: str, kind: str, topics: tuple[str, ...]) -> Outlet:
    rng = _rng("outlet:" + key)
    spelling, numbers, agencies, dates = _COUNTRY[country]
    if country == "INT":
        spelling = rng.choice(("us", "uk"))
    credits = _CREDITS.get(country, _CREDITS["other"])
    copy_credits = _COPY_CREDITS.get(kind, _COPY_CREDITS["other"])
    bare = name.removeprefix("The ")
    fmt = dict(name=name, section=rng.choice(("World", "Business", "UK News", "Nation")),
               nl=rng.choice(_NEWSLETTER_NAME), n=f"{rng.randint(20, 900)},000", price=rng.choice(("£1", "$1", "99p")),
               year="{year}", company=f"{bare} {rng.choice(_COMPANY)}", num=rng.randint(1000000, 9999999))
    own_dateline = rng.choice(("", "", "{City}: ", "{CITY} — ", "{City}, {Day}: "))
    if country == "IN":
        own_dateline = rng.choice(("{City}: ", "{City}, {Day}: "))
    suffix = rng.choice(("", "", f" | {bare}", f" - {name}", f" — {bare}"))
    if kind in ("aggregator", "scraper"):
        suffix = rng.choice((f" | {bare}", f" - {bare}", ""))
    return Outlet(
        key=key, name=name, variants=_variants(name, domain, rng), domain=domain, country=country, kind=kind,
        topics=topics, spelling=spelling, numbers=rng.choice(numbers),
        money=rng.choice(("compact", "words")) if spelling == "uk" else "words",
        quotes=rng.choice(("straight", "curly", "curly")), dash=rng.choice(("-", "–", "—")),
        headline=rng.choice(("sentence", "title")) if country in ("US", "IN", "PH") else "sentence",
        title_suffix=suffix, headline_in_text=rng.uniform(0.5, 1.0), url_style=rng.choice(_URLS),
        date_formats=tuple(rng.sample(dates, min(len(dates), rng.choice((1, 2, 2, 3))))),
        agencies=agencies,
        credits=tuple(rng.sample(credits, min(len(credits), rng.choice((2, 3, 3, 4))))),
        copy_credits=tuple(rng.sample(copy_credits, min(len(copy_credits), rng.choice((1, 2, 3))))),
        house_swaps=tuple(rng.sample(_SWAPS, rng.choice((0, 1, 2, 3, 4)))),
        own_dateline=own_dateline, byline_style=rng.choice(("by", "role", "pipe", "written", "upper")),
        nav=rng.choice(_NAV).format(**fmt), date_label=rng.choice(_DATE_LABEL),
        newsletter=rng.choice(_NEWSLETTER).format(**fmt),
        copyright=rng.choice(_COPYRIGHT if country == "UK" else _COPYRIGHT[:2] + _COPYRIGHT[3:]).format(**fmt),
        related_label=rng.choice(_RELATED), share=rng.choice(_SHARE).format(**fmt), advert=rng.choice(_ADVERT),
        tags_label=rng.choice(_TAGS), comments=rng.choice(_COMMENTS), furniture_rate=rng.uniform(0.3, 0.9),
    )


OUTLETS: dict[str, Outlet] = {row[0]: _build(*row) for row in _TABLE}
