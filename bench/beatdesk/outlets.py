"""The outlets and agencies of a beat: house style, time zone, date style, page furniture, credits.

Outlet names are invented (no real newspaper is impersonated); the agencies are the real ones because
their credit lines ("(Reuters) -", "LONDON (AFP) -", "With inputs from PTI") are what the family is
about. What varies from corpus to corpus (which footers an outlet prints, whether it labels them,
who its beat reporters are) is drawn from the seed by :func:`desk`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

__all__ = ["Agency", "Outlet", "desk", "footer_forms", "person"]


@dataclass
class Outlet:
    """A news site: how it spells, dates and signs its pages."""

    name: str
    domain: str
    norm: str  # "uk", "uk-percent" or "us"
    zone: str  # a key of dates.ZONES
    date_styles: tuple[str, ...]
    url_style: str  # "dated", "numeric", "html"
    #: "both", "url" or "outlet": which of the two the records carry
    exposure: str = "both"
    footers: list[str] = field(default_factory=list)
    syndication_note: str | None = None
    dateline: bool = False
    reporters: dict[str, str] = field(default_factory=dict)
    stock: dict[str, str | None] = field(default_factory=dict)
    is_agency: bool = False


@dataclass
class Agency(Outlet):
    """A news agency: its dateline and end credit forms, as its clients print them."""

    short: str = ""
    #: dateline prefixes; {CITY} upper case, {City} and {date} as in "New Delhi, Mar 5"
    starts: tuple[str, ...] = ()
    #: end credits a client prints when it drops the dateline
    ends: tuple[str, ...] = ()
    #: signatures at the foot of the agency's own copy
    tails: tuple[str, ...] = ()


# name, domain, norm, zone, date styles, url style
_OUTLETS = (
    ("The Harbour Gazette", "harbourgazette.co.uk", "uk", "uk", ("written_uk_day", "rfc2822", "iso_z"), "dated"),
    ("Northern Courier", "northerncourier.co.uk", "uk-percent", "uk", ("updated_label", "numeric_dmy"), "numeric"),
    ("The Daily Ledger", "dailyledger.co.uk", "uk", "uk", ("iso_z", "written_uk_day"), "dated"),
    ("Westmoor Echo", "westmoorecho.co.uk", "uk", "uk", ("naive_local", "written_uk_day"), "html"),
    ("The Capital Record", "capitalrecord.com", "us", "us_east", ("written_us_time", "iso_offset"), "dated"),
    ("Lakeshore Tribune", "lakeshoretribune.com", "us", "us_central", ("written_us_time", "numeric_mdy"), "numeric"),
    ("The Bay City Observer", "baycityobserver.com", "us", "us_pacific", ("iso_offset", "rfc2822"), "dated"),
    ("Granite State Post", "granitestatepost.com", "us", "us_east", ("written_us_time", "unix"), "html"),
    ("Metro Wire Daily", "metrowiredaily.com", "us", "us_east", ("iso_z", "written_us_time"), "numeric"),
    ("The Deccan Dispatch", "deccandispatch.in", "uk", "india", ("written_offset", "numeric_dmy"), "html"),
    ("Bharat Business Line", "bharatbusinessline.in", "uk-percent", "india", ("written_offset", "iso_offset"),
     "numeric"),
    ("The Coastal Chronicle", "coastalchronicle.in", "uk", "india", ("iso_day", "written_offset"), "dated"),
    ("Liffey Times", "liffeytimes.ie", "uk-percent", "uk", ("written_uk_day", "iso_z"), "dated"),
    ("The Southern Cross Herald", "southerncrossherald.com.au", "uk", "aus_east", ("iso_offset", "written_uk_day"),
     "dated"),
    ("Harbourside Daily", "harboursidedaily.com.au", "uk", "aus_east", ("iso_offset", "numeric_dmy"), "numeric"),
    ("Maple Leaf Ledger", "mapleleafledger.ca", "us", "us_east", ("iso_offset", "written_us_time"), "dated"),
    ("The Straits Observer", "straitsobserver.sg", "uk", "singapore", ("iso_offset", "written_uk_day"), "html"),
    ("Rand Morning Post", "randmorningpost.co.za", "uk", "south_africa", ("iso_offset", "rfc2822"), "dated"),
    ("Lagos Ledger", "lagosledger.ng", "uk", "west_africa", ("written_uk_day", "iso_offset"), "numeric"),
    ("Highlands Nation", "highlandsnation.co.ke", "uk", "east_africa", ("iso_offset", "iso_day"), "html"),
    ("Rhine Review", "rhinereview.de", "uk", "cet", ("iso_offset", "numeric_dmy"), "dated"),
    ("Europa Briefing", "europabriefing.eu", "uk", "cet", ("iso_z", "iso_offset"), "numeric"),
    ("The Market Monitor", "marketmonitor.com", "us", "us_east", ("iso_z", "written_us_time"), "numeric"),
    ("Techline Today", "techlinetoday.com", "us", "us_pacific", ("iso_offset", "rfc2822"), "html"),
    ("Screen and Stage", "screenandstage.co.uk", "uk", "uk", ("written_uk_day", "rfc2822"), "dated"),
    ("Touchline Weekly", "touchlineweekly.co.uk", "uk", "uk", ("updated_label", "iso_z"), "html"),
    ("The Policy Desk", "policydesk.co.uk", "uk-percent", "uk", ("iso_z", "written_uk_day"), "dated"),
    ("Midlands Evening Star", "midlandseveningstar.co.uk", "uk", "uk", ("numeric_dmy", "naive_local"), "numeric"),
    ("Valley Voice", "valleyvoice.com", "us", "us_central", ("numeric_mdy", "written_us_time"), "html"),
    ("The Open Ledger", "openledger.news", "uk", "uk", ("iso_z", "month"), "numeric"),
    ("Citizen Newsroom", "citizennewsroom.org", "us", "us_east", ("iso_day", "written_us_time"), "dated"),
    ("Pacific Rim Daily", "pacificrimdaily.com", "us", "us_pacific", ("iso_offset", "unix"), "numeric"),
    ("The Borough Bulletin", "boroughbulletin.co.uk", "uk", "uk", ("written_uk_day", "rfc2822"), "html"),
    ("NewsNow Aggregate", "newsnowaggregate.com", "us", "us_east", ("iso_z", "rfc2822"), "numeric"),
    ("FeedHub Online", "feedhubonline.com", "uk", "uk", ("iso_z", "iso_day"), "numeric"),
    ("Gulf Business Today", "gulfbusinesstoday.ae", "uk", "gulf", ("iso_offset", "written_uk_day"), "dated"),
)

#: short name, full name, domain, norm, zone, date styles, dateline starts, end credits, own tails
_AGENCIES = (
    ("Reuters", "Reuters", "reuters.com", "us", "utc", ("iso_z",),
     ("{CITY} (Reuters) - ", "(Reuters) - "), ("(Reuters)", "Reuters"), ("Reporting by {a}; Editing by {b}",)),
    ("AFP", "Agence France-Presse", "afp.com", "uk", "utc", ("iso_z", "rfc2822"),
     ("{CITY} (AFP) - ", "{CITY} (AFP) — "), ("-- AFP", "© Agence France-Presse", "AFP"), ("{i}/{j}",)),
    ("AP", "The Associated Press", "apnews.com", "us", "us_east", ("written_us_time", "iso_z"),
     ("{CITY} (AP) — ",), ("— AP", "The Associated Press contributed to this report."),
     ("Associated Press writer {a} contributed to this report.",)),
    ("PTI", "Press Trust of India", "ptinews.com", "uk", "india", ("written_offset",),
     ("{City}, {date} (PTI) ",), ("With inputs from PTI", "(With PTI inputs)"), ("PTI {I} {J}",)),
    ("dpa", "Deutsche Presse-Agentur", "dpa-international.com", "uk", "cet", ("iso_offset",),
     ("{City} (dpa) - ",), ("Source: dpa", "dpa"), ("dpa {i} {j}",)),
    ("PA Media", "PA Media", "pamediagroup.com", "uk", "uk", ("rfc2822", "written_uk_day"),
     ("",), ("PA Media", "Press Association"), ("",)),
)

#: footers many outlets print in one common form with their own name; long ones run 30 to 60 words
_FOOTERS = (
    ("Newsletter", "Sign up to the {X} morning briefing"),
    ("Newsletter", "Sign up to the {X} morning briefing: the day's most important stories, our best analysis "
                   "and something to make you think, delivered free to your inbox before 7am every weekday. "
                   "You can unsubscribe at any time, and we will never share your email address."),
    ("Follow us", "Follow {X} on Facebook and Twitter for the latest news."),
    ("Support us", "{X} is an independent news site funded by readers. We have no billionaire owner and no "
                   "paywall, so every story stays free to read. If you value what we do, please consider "
                   "supporting {X} from as little as £1 a month; it takes only a minute."),
    ("Support us", "{X} is an independent news site funded by readers."),
    ("App", "Download the {X} app for breaking news alerts, live blogs and the day's top stories on your phone."),
    ("Tips", "Got a story? Email {X} at news@{domain} or message our newsdesk on WhatsApp. We read every tip."),
    ("Corrections", "{X} is committed to accurate, fair and independent reporting. If you believe something in "
                    "this article is wrong or misleading, contact our readers' editor at corrections@{domain}; "
                    "we aim to respond to every complaint within two working days and publish corrections "
                    "beneath the article concerned."),
    ("", "© {year} {X}. All rights reserved. This material may not be published, broadcast, rewritten or "
         "redistributed without permission."),
    ("Comments", "Comments on this story are moderated according to {X}'s community guidelines. Please keep "
                 "the conversation civil and on topic."),
    ("", "Read more business, politics and sport news at {domain}, or listen to the {X} daily podcast "
         "wherever you get your podcasts."),
)

#: notes printed on copy that came in from a feed; the first is the one many Indian sites use
_SYNDICATION = (
    "This story has not been edited by {X} staff and is auto-generated from a syndicated feed.",
    "(Only the headline and picture of this report may have been reworked by the {X} staff; the rest of the "
    "content is auto-generated from a syndicated feed.)",
    "Disclaimer: This is a syndicated story. {X} takes no responsibility for its content and has not edited "
    "it beyond the headline.",
)

_FIRST = ("Anna", "Tom", "Priya", "James", "Sofia", "Rahul", "Claire", "Daniel", "Grace", "Owen", "Leila", "Marcus",
          "Hannah", "Ravi", "Isabel", "Patrick", "Chloe", "Samuel", "Nadia", "Peter", "Fiona", "Kwame", "Helen",
          "Arjun", "Rebecca", "Liam", "Maya", "Victor", "Ellen", "Jonah")
_LAST = ("Hartley", "Okafor", "Menon", "Whitaker", "Castell", "Brennan", "Ashworth", "Kowalski", "Delaney",
         "Pereira", "Sutherland", "Nakamura", "Fairbairn", "Osei", "Lindqvist", "Rahman", "Thornbury", "Vance",
         "Gallagher", "Iyer", "Moreau", "Hollis", "Adeyemi", "Brookes", "Carrow", "Devereux", "Kilbride", "Marsh")


def footer_forms() -> tuple[tuple[str, str], ...]:
    """The common footer forms (label, template), for the README and the self-check."""
    return _FOOTERS


def person(rng: random.Random) -> str:
    """An invented reporter's or editor's name."""
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _no_double_the(text: str) -> str:
    """A template line with the outlet's own "The" kept and the template's dropped ("the The Ledger")."""
    return text.replace("the The ", "The ")


def _furnish(outlet: Outlet, rng: random.Random, year: int) -> None:
    """An outlet's footers for this corpus: one to three common forms, labelled or not."""
    labelled = rng.random() < 0.5
    picks = rng.sample(range(len(_FOOTERS)), rng.randint(1, 3))
    labels: set[str] = set()
    for n in sorted(picks):
        label, form = _FOOTERS[n]
        if label and label in labels:
            continue  # one newsletter line, not two
        labels.add(label)
        line = _no_double_the(form.format(X=outlet.name, domain=outlet.domain, year=year))
        outlet.footers.append(f"{label}: {line}" if labelled and label else line)
    if rng.random() < 0.45:
        outlet.syndication_note = _no_double_the(rng.choice(_SYNDICATION).format(X=outlet.name))


def desk(rng: random.Random, year: int) -> tuple[list[Outlet], list[Agency]]:
    """This corpus's outlets and agencies, their furniture and exposure drawn from ``rng``."""
    outlets = []
    for name, domain, norm, zone, styles, url_style in _OUTLETS:
        outlet = Outlet(name, domain, norm, zone, styles, url_style)
        outlet.exposure = rng.choice(("both", "both", "both", "url", "outlet"))
        outlet.dateline = norm == "us" and rng.random() < 0.6
        _furnish(outlet, rng, year)
        outlets.append(outlet)
    agencies = []
    for short, name, domain, norm, zone, styles, starts, ends, tails in _AGENCIES:
        agency = Agency(name, domain, norm, zone, styles, "dated", short=short, starts=starts, ends=ends,
                        tails=tails, is_agency=True)
        agency.exposure = rng.choice(("both", "both", "outlet"))
        agencies.append(agency)
    return outlets, agencies
