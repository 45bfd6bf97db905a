"""The cast: wire agencies (named in credits) and ~30 invented outlets with hosts, house styles and furniture.

Everything here is fixed: an outlet's footer, newsletter pitch, writers, date forms and house style are the
same in every corpus, drawn once from a private generator seeded by the outlet's position in the table.
Four outlets are agencies themselves (their pages are agency pages; their ``outlet`` is the agency name).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .text import FIRST_NAMES, LAST_NAMES


@dataclass(frozen=True)
class Agency:
    name: str  # canonical name, as written in the truth's "absent" list
    short: str  # the form used in datelines, e.g. "AP"
    long: str  # the long form used in bylines and copyright lines
    forms: tuple[str, ...]  # every form that counts as naming the agency
    dateline: tuple[str, ...]  # dateline prefixes: {CITY} {City} {Month} {Mon} {d}
    copyright: str  # copyright line, {year}
    home: str  # home city for staff bylines


AGENCIES: tuple[Agency, ...] = (
    Agency("Reuters", "Reuters", "Reuters", ("Reuters", "Thomson Reuters"),
           ("{CITY}, {Month} {d} (Reuters) - ", "{CITY} (Reuters) - "), "© {year} Thomson Reuters.", "London"),
    Agency("Associated Press", "AP", "The Associated Press", ("AP", "Associated Press"),
           ("{CITY} (AP) — ", "{CITY} (AP) -- "),
           "Copyright {year} The Associated Press. All rights reserved.", "New York"),
    Agency("Agence France-Presse", "AFP", "Agence France-Presse",
           ("AFP", "Agence France-Presse", "Agence France Presse"),
           ("{CITY}, AFP | ", "{City} (AFP) - ", "{City}, {Month} {d} (AFP) - "), "© Agence France-Presse", "Paris"),
    Agency("PA Media", "PA", "PA Media", ("PA", "PA Media", "Press Association"),
           ("{CITY} (PA) - ",), "© PA Media {year}", "London"),
    Agency("Bloomberg", "Bloomberg", "Bloomberg News", ("Bloomberg", "Bloomberg News"),
           ("(Bloomberg) -- ", "{City} (Bloomberg) -- "), "©{year} Bloomberg L.P.", "New York"),
    Agency("dpa", "dpa", "Deutsche Presse-Agentur", ("dpa", "Deutsche Presse-Agentur"),
           ("{City} (dpa) - ",), "© dpa-infocom", "Berlin"),
    Agency("EFE", "EFE", "Agencia EFE", ("EFE", "Agencia EFE"),
           ("{City}, {Month} {d} (EFE).- ",), "© EFE {year}. All rights reserved.", "Madrid"),
    Agency("ANSA", "ANSA", "ANSA", ("ANSA",), ("{City}, {Month} {d} (ANSA) - ",), "© ANSA", "Rome"),
    Agency("Xinhua", "Xinhua", "Xinhua News Agency", ("Xinhua",),
           ("{CITY}, {Month} {d} (Xinhua) -- ",), "Source: Xinhua | Editor: staff", "Beijing"),
    Agency("Kyodo News", "Kyodo", "Kyodo News", ("Kyodo", "Kyodo News"),
           ("{CITY}, {Month} {d} Kyodo - ",), "© Kyodo News", "Tokyo"),
    Agency("Press Trust of India", "PTI", "Press Trust of India", ("PTI", "Press Trust of India"),
           ("{City}, {Mon} {d} (PTI) ",), "(With inputs from PTI)", "New Delhi"),
    Agency("United Press International", "UPI", "United Press International", ("UPI", "United Press International"),
           ("{City}, {Month} {d} (UPI) -- ",), "Copyright {year} United Press International, Inc.", "Washington"),
)
AGENCY_BY_NAME = {a.name: a for a in AGENCIES}


@dataclass(frozen=True)
class Outlet:
    name: str
    host: str
    country: str  # us uk ie au ca in
    kind: str  # paper | site | aggregator | agency
    tz: float  # hours east of UTC for its clock
    skew: int  # hours its clock is off (a few outlets only)
    forms: tuple[str, ...]  # date forms (see dates.FORMS)
    p_name: float  # chance a record carries the outlet's name
    p_url: float  # chance a record carries a URL on the host
    p_date: float  # chance a record carries a date (when the generator chooses)
    style: dict = field(hash=False)  # house style: group -> value (see edits.HOUSE)
    headline: tuple[str, ...]  # headline treatments (see edits.headline)
    writers: tuple[str, ...]
    footer: str
    newsletter: str
    social: str
    related: str  # label before a related link
    url_pattern: str
    cut: tuple[float, float]  # share of paragraphs kept when the outlet cuts the tail
    agency: str | None = None  # canonical agency name when the outlet is an agency


# name, host, country, kind, tz
_TABLE = (
    ("Reuters", "www.reuters.com", "uk", "agency", 0.0),
    ("Associated Press", "apnews.com", "us", "agency", -5.0),
    ("Agence France-Presse", "www.afp.com", "uk", "agency", 1.0),
    ("PA Media", "www.pamediagroup.com", "uk", "agency", 0.0),
    ("The Riverside Gazette", "www.riversidegazette.com", "us", "paper", -6.0),
    ("The Daily Ledger", "www.dailyledger.co.uk", "uk", "paper", 0.0),
    ("Northfield Chronicle", "northfieldchronicle.com", "us", "paper", -5.0),
    ("The Harbour Times", "www.harbourtimes.co.uk", "uk", "paper", 0.0),
    ("Metro Wire Online", "metrowireonline.net", "us", "aggregator", -5.0),
    ("Capital Courier", "www.capitalcourier.com", "us", "paper", -5.0),
    ("The Evening Sentinel", "www.eveningsentinel.co.uk", "uk", "paper", 0.0),
    ("Lakeside Herald", "lakesideherald.com", "us", "paper", -6.0),
    ("Market Pulse", "www.marketpulse.io", "us", "site", -5.0),
    ("The Pennine Post", "www.penninepost.co.uk", "uk", "paper", 0.0),
    ("Coastline News", "www.coastlinenews.com.au", "au", "site", 10.0),
    ("The Maple Dispatch", "www.mapledispatch.ca", "ca", "paper", -5.0),
    ("Globe Brief", "globebrief.com", "us", "aggregator", 0.0),
    ("Daily Digest Hub", "dailydigesthub.com", "us", "aggregator", -8.0),
    ("The Emerald Observer", "www.emeraldobserver.ie", "ie", "paper", 0.0),
    ("Southern Cross Today", "southerncrosstoday.com.au", "au", "site", 10.0),
    ("Valley Voice", "valleyvoice.org", "us", "site", -7.0),
    ("The Midland Mercury", "www.midlandmercury.co.uk", "uk", "paper", 0.0),
    ("Tech Current", "techcurrent.io", "us", "site", -8.0),
    ("The Frontier Tribune", "www.frontiertribune.com", "us", "paper", -7.0),
    ("Bayview Standard", "bayviewstandard.com", "us", "paper", -8.0),
    ("The Kingsbridge Examiner", "www.kingsbridgeexaminer.co.uk", "uk", "paper", 0.0),
    ("The Civic Record", "civicrecord.org", "us", "site", -5.0),
    ("Delta Star Online", "deltastaronline.com", "in", "site", 5.5),
    ("The Meridian", "themeridian.news", "uk", "site", 0.0),
    ("Indus Herald", "www.indusherald.in", "in", "paper", 5.5),
    ("Pacific Rim Post", "pacificrimpost.com", "ca", "site", -8.0),
    ("World Briefing", "worldbriefing.net", "uk", "aggregator", 0.0),
)

_FOOTERS = (
    "© {name}. All rights reserved.",
    "Copyright © {name}. No part of this article may be reproduced without permission.",
    "{name} is an independent newsroom. Support local journalism: subscribe today.",
    "Got a story? Email newsdesk@{host} or message us on WhatsApp.",
    "© {name}, part of the {group} group. Terms of use | Privacy policy",
    "All content © {name} unless otherwise stated.",
    "{name} adheres to the Editors' Code of Practice. Report an error: corrections@{host}",
)
_NEWSLETTERS = (
    "Sign up for our morning briefing: the day's top stories in your inbox by 7am.",
    "Get the {name} newsletter free every weekday. Sign up here.",
    "Want more stories like this? Sign up for our daily newsletter.",
    "Never miss a story: subscribe to the {short} evening edition.",
    "Sign up to {short} Business for the markets round-up each morning.",
    "Subscribe to our free newsletter for the latest headlines.",
)
_SOCIAL = (
    "Follow {short} on Facebook, X and Instagram for the latest news.",
    "Share this article: Facebook | X | WhatsApp | Email",
    "Join the conversation: comment below or tag us @{handle}.",
    "Like us on Facebook and follow us on X @{handle}.",
    "Share your thoughts in the comments below.",
)
_RELATED = ("Related:", "Read more:", "READ MORE:", "See also:", "More on this:", "RELATED:")
_GROUPS = ("Harbour Media", "Northline", "Cobalt News", "Westgate", "Summit Press")
_URLS = (
    "https://{host}/news/{yyyy}/{mm}/{dd}/{slug}",
    "https://{host}/{section}/{slug}-{num}",
    "https://{host}/article/{num}/{slug}.html",
    "https://{host}/{section}/{yyyy}{mm}{dd}/{slug}",
    "https://{host}/story/{slug}",
)
_FORM_SETS = (
    ("iso_offset",),
    ("iso_z",),
    ("rfc2822",),
    ("dmy",),
    ("us_long_tz",),
    ("naive",),
    ("iso_date",),
    ("us_date",),
    ("dmy_abbr_time",),
    ("weekday_dmy",),
    ("ymd_slash",),
    ("iso_offset", "iso_date"),
    ("rfc2822", "dmy"),
    ("us_long_tz", "us_date"),
)
_HEADLINES = ("keep", "site_pipe", "watch", "question", "short", "reword", "case")


_TAKEN: list[str] = []  # writers' names, unique across outlets


def _make(i: int, row: tuple) -> Outlet:
    name, host, country, kind, tz = row
    r = random.Random(7919 * (i + 1))
    short = name.removeprefix("The ")
    handle = "".join(w for w in short.split())
    writers = []
    for _ in range(r.randint(2, 4)):
        name_ = f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"
        while name_ in _TAKEN:
            name_ = f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"
        _TAKEN.append(name_)
        writers.append(name_)
    spelling = {"us": "us", "ca": r.choice(("us", "uk", None))}.get(country, "uk")
    if r.random() < 0.25:
        spelling = None
    style = {
        "spelling": spelling,
        "says": r.random() < 0.3,
        "percent": r.choice(("%", "per cent", "percent", None, None)),
        "title": r.choice(("Mr", "Mr.", "drop", None, None)),
        "numbers": r.choice(("digits", "words", None, None, None)),
        "money": r.random() < 0.7,
    }
    if kind == "agency":
        style = {"spelling": None, "says": False, "percent": None, "title": None, "numbers": None, "money": False}
    heads = tuple(r.sample(_HEADLINES, 3)) if kind != "agency" else ("keep",)
    footer = r.choice(_FOOTERS).format(name=name, host=host.removeprefix("www."), group=r.choice(_GROUPS))
    newsletter = r.choice(_NEWSLETTERS).format(name=name, short=short)
    social = r.choice(_SOCIAL).format(short=short, handle=handle)
    if kind == "agency":
        footer = f"{name}. Copying, republication or redistribution is prohibited without prior written consent."
        newsletter = f"Get the latest from {name}: sign up for our newsletters."
        social = f"Follow {name} on X and LinkedIn."
    skew = r.choice((0,) * 8 + (3, -4, 5)) if kind != "agency" else 0
    if kind == "aggregator":
        p_name, p_url = r.choice(((0.0, 0.7), (0.3, 0.9), (0.0, 0.0))), 0.0
        p_name, p_url = p_name
    elif kind == "agency":
        p_name, p_url = 0.5, 0.8
    else:
        p_name, p_url = r.choice(((0.95, 0.9), (0.8, 0.6), (0.6, 1.0), (0.0, 1.0), (1.0, 0.0)))
    lo = r.choice((0.4, 0.5, 0.6, 0.7))
    return Outlet(
        name=name, host=host, country=country, kind=kind, tz=tz, skew=skew,
        forms=r.choice(_FORM_SETS), p_name=p_name, p_url=p_url,
        p_date=r.choice((1.0, 1.0, 0.95, 0.85, 0.6)) if kind != "aggregator" else r.choice((0.5, 0.8)),
        style=style, headline=heads, writers=tuple(writers),
        footer=footer, newsletter=newsletter, social=social, related=r.choice(_RELATED), url_pattern=r.choice(_URLS),
        cut=(lo, round(min(0.95, lo + r.choice((0.2, 0.3, 0.4))), 2)),
        agency=name if kind == "agency" else None,
    )


OUTLETS: tuple[Outlet, ...] = tuple(_make(i, row) for i, row in enumerate(_TABLE))
AGENCY_OUTLETS = tuple(o for o in OUTLETS if o.kind == "agency")
PRESS_OUTLETS = tuple(o for o in OUTLETS if o.kind != "agency")
