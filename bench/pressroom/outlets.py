"""Invented outlets, their site furniture, and the forms of credits, bylines, datelines and dates."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

__all__ = ["AGENCIES", "Outlet", "agency_credit", "dateline", "outlets", "render_date", "source_credit"]

# name, domain, region, town, country, utc offset (minutes)
_TABLE = [
    ("The Northern Courier", "northerncourier.co.uk", "the North East", "Darlington", "uk", 0),
    ("Wessex Evening Post", "wessexpost.co.uk", "Wessex", "Salisbury", "uk", 0),
    ("Midland Chronicle", "midlandchronicle.co.uk", "the Midlands", "Walsall", "uk", 0),
    ("The Fenland Gazette", "fenlandgazette.co.uk", "the Fens", "Wisbech", "uk", 0),
    ("Tyneside Star", "tynesidestar.co.uk", "Tyneside", "Gateshead", "uk", 0),
    ("Severn Valley News", "severnvalleynews.co.uk", "the Severn Valley", "Bridgnorth", "uk", 0),
    ("Pennine Herald", "pennineherald.co.uk", "the Pennines", "Todmorden", "uk", 0),
    ("Kentish Observer", "kentishobserver.co.uk", "Kent", "Ashford", "uk", 0),
    ("Clydeside Record", "clydesiderecord.co.uk", "Clydeside", "Paisley", "uk", 0),
    ("Cambrian Daily", "cambriandaily.wales", "mid Wales", "Aberystwyth", "uk", 0),
    ("Lakeland Argus", "lakelandargus.co.uk", "the Lake District", "Kendal", "uk", 0),
    ("The Solent Echo", "solentecho.co.uk", "the Solent", "Fareham", "uk", 0),
    ("Humber Mail", "humbermail.co.uk", "the Humber", "Goole", "uk", 0),
    ("The Daily Clarion", "dailyclarion.co.uk", "Britain", "London", "uk", 0),
    ("The Evening Bulletin", "eveningbulletin.co.uk", "London", "Croydon", "uk", 0),
    ("Westcountry Messenger", "westcountrymessenger.co.uk", "the West Country", "Taunton", "uk", 0),
    ("Broadland Journal", "broadlandjournal.co.uk", "Norfolk", "Wroxham", "uk", 0),
    ("Ulster Weekly Standard", "ulsterweeklystandard.com", "Northern Ireland", "Lisburn", "uk", 0),
    ("The Connacht Journal", "connachtjournal.ie", "the West of Ireland", "Galway", "ie", 0),
    ("Liffey Times", "liffeytimes.ie", "Dublin", "Dublin", "ie", 0),
    ("Harbor City Ledger", "harborcityledger.com", "the Bay Area", "Oakland", "us", -480),
    ("The Prairie Sentinel", "prairiesentinel.com", "the Plains", "Wichita", "us", -360),
    ("Bay State Dispatch", "baystatedispatch.com", "Massachusetts", "Worcester", "us", -300),
    ("Cascade Tribune", "cascadetribune.com", "the Pacific Northwest", "Tacoma", "us", -480),
    ("Gulf Coast Register", "gulfcoastregister.com", "the Gulf Coast", "Mobile", "us", -360),
    ("The Daily Meridian", "dailymeridian.com", "the Midwest", "Toledo", "us", -300),
    ("Maple Leaf Review", "mapleleafreview.ca", "Ontario", "Kingston", "us", -300),
    ("Southern Cross Mail", "southerncrossmail.com.au", "New South Wales", "Wollongong", "au", 600),
    ("Coral Coast Times", "coralcoasttimes.com.au", "Queensland", "Cairns", "au", 600),
    ("Tasman Post", "tasmanpost.co.nz", "Canterbury", "Timaru", "au", 720),
    ("The Deccan Courier", "deccancourier.in", "the Deccan", "Pune", "in", 330),
    ("Metro Bulletin India", "metrobulletin.in", "Mumbai", "Thane", "in", 330),
    ("Gulf Evening Star", "gulfeveningstar.ae", "the Gulf", "Sharjah", "in", 240),
    ("Cape Daily Voice", "capedailyvoice.co.za", "the Western Cape", "Stellenbosch", "uk", 120),
    ("NewsHive", "newshive.net", "Britain", "London", "agg", 0),
    ("WorldWire Today", "worldwiretoday.com", "the US", "New York", "agg", -300),
    ("Headline Digest", "headlinedigest.com", "the UK", "London", "agg", 0),
    ("The Global Feed", "theglobalfeed.net", "Asia", "Singapore", "agg", 480),
]

_FIRST = ("Jane Alan Priya Tom Sarah David Emma James Rachel Owen Fiona Mark Helen Sean Laura Ravi Claire Ben "
          "Megan Paul Aisha Rob Kate Neil Hannah Luke Anita Gareth Zoe Colin Maria Dan Ruth Imran Grace Peter").split()
_LAST = ("Smith Patel Hughes Walker Reid Bennett Morgan Shaw Clarke Doyle Evans Kapoor Fraser Quinn Lloyd Murray "
         "Barnes Sutton Rahman Price Holt Dunn Marsh Greene Boyd Hart Nolan Pearce Singh Ward Foley Kerr").split()

DATE_STYLES = ("iso_tz", "iso_z", "iso_date", "long_uk", "us_time", "month", "rfc")


@dataclass
class Outlet:
    name: str
    domain: str
    region: str
    town: str
    country: str
    offset: int  # minutes east of UTC
    spelling: str = "uk"
    numbers: str = "uk"
    date_style: str = "iso_tz"
    footers: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)  # long lines (8+ words) on every page
    staff: list[str] = field(default_factory=list)
    section: str = "news"
    dated_urls: bool = True
    show: tuple[float, float, float] = (0.55, 0.2, 0.15)  # name+url, name only, url only (else neither)
    credit_habit: tuple[float, float] = (0.34, 0.33)  # credit the source by name, credit the agency (else none)
    aggregator: bool = False


@dataclass(frozen=True)
class Agency:
    name: str
    short: str
    domain: str
    full_names: tuple[str, ...]


AGENCIES = {
    "PA": Agency("Press Association", "PA", "pa.media", ("Press Association", "PA Media", "the Press Association")),
    "Reuters": Agency("Reuters", "Reuters", "reuters.com", ("Reuters", "Reuters News", "Thomson Reuters")),
}


def outlets(rng: random.Random) -> list[Outlet]:
    """The outlet pool: fixed names, each outlet's habits drawn from ``rng``."""
    out = []
    for name, domain, region, town, country, offset in _TABLE:
        o = Outlet(name, domain, region, town, country, offset)
        o.aggregator = country == "agg"
        o.spelling = "us" if country == "us" or (country == "agg" and rng.random() < 0.5) else "uk"
        o.numbers = ("pct" if rng.random() < 0.5 else "percent") if o.spelling == "us" else (
            "pct" if rng.random() < 0.3 else "uk")
        o.date_style = rng.choice(DATE_STYLES[:6])
        o.section = rng.choice(("news", "news/crime", "news/uk", "world", "courts", "local-news", "story"))
        o.dated_urls = rng.random() < 0.5
        o.staff = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(rng.randint(2, 5))]
        short = [f"Follow {name} on Twitter", f"Sign up for the {name} newsletter", "Share this article",
                 f"(c) {{year}} {name}. All rights reserved.", f"© {name} {{year}}",
                 f"Got a story? Email news@{domain}",
                 "Comments are closed.", f"Like {name} on Facebook", "Read our comments policy"]
        o.footers = rng.sample(short, rng.randint(1, 3))
        long = [f"Sign up for the {name} newsletter to get the biggest stories from across {region} delivered "
                f"straight to your inbox every morning.",
                f"{name} is committed to accurate reporting. If you spot an error in this article, please contact "
                f"our newsdesk at corrections@{domain}.",
                f"Support independent journalism in {region}: subscribe to {name} today and get unlimited access "
                f"to every story on our website.",
                f"Do you have a story for {name}? Send us your news, pictures and videos through our online form "
                f"or by email at any time.",
                f"{name} and {domain} are part of an independent news group. Our journalists work to the Editors' "
                f"Code of Practice."]
        if o.aggregator or rng.random() < 0.45:
            o.boilerplate = rng.sample(long, rng.randint(1, 2))
        o.show = rng.choice(((0.55, 0.2, 0.15), (0.8, 0.1, 0.05), (0.3, 0.1, 0.4), (0.4, 0.3, 0.1)))
        if o.aggregator:
            o.credit_habit = (0.7, 0.2)
        elif country == "in":
            o.credit_habit = (0.2, 0.6)
        else:
            o.credit_habit = rng.choice(((0.34, 0.33), (0.5, 0.25), (0.2, 0.5), (0.25, 0.25)))
        out.append(o)
    return out


def staff_byline(o: Outlet, rng: random.Random) -> str:
    who = rng.choice(o.staff)
    return rng.choice((f"By {who}", f"By {who}, {o.name}", f"{who.upper()}", f"By {who}, {o.town} reporter"))


def agency_credit(agency: str, year: int, rng: random.Random) -> str:
    a = AGENCIES[agency]
    forms = [f"({a.short})", f"- {a.short}", f"Source: {a.short}", f"{a.name}", "With agency inputs",
             f"Copyright {a.name} {year}", f"(c) {a.name} {year}", "- Agencies", "Agencies"]
    if agency == "PA":
        forms += ["PA Media", "PA Wire", "PA News", "Additional reporting by PA"]
    else:
        forms += ["With inputs from Reuters", "Reporting by Reuters"]
    return rng.choice(forms)


def source_credit(name: str, rng: random.Random) -> str:
    return rng.choice((f"This article originally appeared on {name}", f"Source: {name}",
                       f"Originally published by {name}", f"Via {name}", f"First published in {name}",
                       f"Republished with permission from {name}", f"Courtesy of {name}",
                       f"This story was first published by {name}."))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def dateline(place: str, agency: str, when: datetime, rng: random.Random) -> str:
    short = AGENCIES[agency].short
    p = place.title() if rng.random() < 0.5 else place
    forms = [f"{place} ({short}) - ", f"{place.title()}, {_MONTHS[when.month - 1]} {when.day} ({short}) - ",
             f"{place} - ", f"{place.title()}: ", f"{p}, {_MONTHS[when.month - 1][:3]} {when.day} - "]
    return rng.choice(forms)


def render_date(when: datetime, style: str, offset: int) -> str:
    """``when`` (aware) as a string of ``style``, in the zone ``offset`` minutes east of UTC, truthfully."""
    local = when.astimezone(timezone(timedelta(minutes=offset)))
    if style == "iso_tz":
        return local.isoformat(timespec="seconds")
    if style == "iso_z":
        return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "iso_date":
        return local.date().isoformat()
    if style == "long_uk":
        return f"{local.day} {_MONTHS[local.month - 1]} {local.year}"
    if style == "us_time":
        return f"{_MONTHS[local.month - 1]} {local.day}, {local.year} {local.hour:02d}:{local.minute:02d}"
    if style == "month":
        return f"{local.year}-{local.month:02d}"
    if style == "rfc":
        days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
        zone = f"{'+' if offset >= 0 else '-'}{abs(offset) // 60:02d}{abs(offset) % 60:02d}"
        return (f"{days[local.weekday()]}, {local.day:02d} {_MONTHS[local.month - 1][:3]} {local.year} "
                f"{local.hour:02d}:{local.minute:02d}:{local.second:02d} {zone}")
    raise ValueError(style)
