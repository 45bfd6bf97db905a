"""The outlets, agencies, sister-site networks and feature syndicates of the bulletin corpus.

Each outlet has a house style: a time zone and date style, a spelling norm, headline capitals, how
it bylines, which agencies it takes and how it credits them, the furniture family its pages wear,
how often a scraped page keeps its name, URL and date. Four networks of sister sites (3 to 5 sites
each) share one furniture set. Agencies are credit names with several spellings; nine of the twelve
also publish their own pages, which the corpus holds for some stories and not for others (AFP, PA
Media and AAP pages never appear: their stories are known only through clients).

The outlets are invented; the agencies and syndicates are real names, used only as the credits that
real pages print.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["AGENCIES", "NETWORKS", "OUTLETS", "SYNDICATES", "Agency", "Network", "Outlet"]


@dataclass(frozen=True, eq=False)
class Outlet:
    """A site that publishes pages: a newspaper, portal, aggregator, sister site or agency."""

    key: str
    name: str
    domain: str
    region: str  # us, uk, ie, ca, in, au, sg, asia, eu, za, gulf, global
    zone: str
    date_style: str
    family: str  # furniture family (see furniture.py)
    url_style: str
    byline: str  # byline style (see furniture.py)
    spelling: str  # us, uk or ca
    case: str  # headline capitals: title or sentence
    agencies: tuple[str, ...]
    credits: tuple[str, ...]  # credit forms for agency copy, most liked first
    network: str | None = None
    dated: float = 0.68
    named: float = 0.6
    linked: float = 0.7
    short_paras: bool = False
    repeat_title: bool = False
    swaps: tuple[str, ...] = ()  # house word swaps applied to everything it runs
    date_prefix: str = ""
    agency: str | None = None  # set on an agency's own site
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class Agency:
    """A news agency: its truth name, the spellings credits use and its own site, if any."""

    key: str
    names: tuple[str, ...]
    short: str
    region: str
    zone: str
    origin: str  # which collection its stories are drawn from first
    home: str  # dateline city when a story has none
    site: Outlet | None = None


@dataclass(frozen=True)
class Network:
    """Sister sites under one owner, sharing one set of page furniture."""

    key: str
    owner: str
    sites: tuple[str, ...]
    newsletter: str
    more: str
    footer: str
    disclaimer: str
    follow: str


US_AG = ("AP", "Reuters", "AFP")
UK_AG = ("PA", "Reuters", "AFP", "AP")
IN_AG = ("PTI", "ANI", "Reuters", "AFP")
AU_AG = ("AAP", "Reuters", "AFP", "AP")
ASIA_AG = ("Reuters", "AFP", "Xinhua", "Kyodo", "Yonhap")
EU_AG = ("dpa", "AFP", "EFE", "Reuters")


def _site(key: str, name: str, domain: str, region: str, zone: str, date_style: str, family: str, url_style: str,
          byline: str, spelling: str, case: str, agencies: tuple[str, ...], credits: tuple[str, ...],
          **more: object) -> Outlet:
    return Outlet(key, name, domain, region, zone, date_style, family, url_style, byline, spelling, case, agencies,
                  credits, **more)  # type: ignore[arg-type]


_INDEPENDENT = [
    _site("ledger", "The Capital Ledger", "capitalledger.com", "us", "us_east", "ap", "us_paper", "dated_path",
          "by", "us", "title", US_AG, ("dateline", "copyright", "byline", "contributed"), swaps=("pct_us", "said_on")),
    _site("northbridge", "Northbridge Herald", "northbridgeherald.com", "us", "us_central", "us_at", "us_paper",
          "html", "by_role", "us", "title", US_AG, ("dateline", "contributed", "none"), repeat_title=True),
    _site("dispatch", "The Morning Dispatch", "morningdispatch.com", "us", "us_east", "ny", "us_paper", "story_id",
          "upper", "us", "title", US_AG, ("copyright", "dateline", "byline"), date_prefix="Updated "),
    _site("bayobserver", "Bay Area Observer", "bayobserver.com", "us", "us_west", "us_num_time", "us_paper",
          "dated_path", "by", "us", "sentence", US_AG, ("byline", "dateline", "source_line"), dated=0.55),
    _site("heartland", "The Heartland Post", "heartlandpost.com", "us", "us_central", "posted_us", "us_paper",
          "query", "by", "us", "title", US_AG, ("dateline", "none", "source_line"), short_paras=True),
    _site("markets", "Global Markets Today", "globalmarketstoday.com", "global", "utc", "iso_ms", "finance",
          "id_slug", "by", "us", "sentence", ("Reuters", "dpa", "Kyodo", "AFP"), ("source_line", "signoff", "dateline"),
          swaps=("mln", "pct_us"), dated=0.85),
    _site("techledger", "The Tech Ledger", "techledger.io", "us", "us_west", "iso_offset", "tech", "amp", "written",
          "us", "title", ("Reuters", "AP", "AFP"), ("contributed", "source_line", "none"), dated=0.75),
    _site("courant", "The London Courant", "londoncourant.co.uk", "uk", "uk", "guardian", "uk_paper", "dated_path",
          "name_role", "uk", "sentence", UK_AG, ("byline", "contributed", "none"), swaps=("pct_uk",)),
    _site("clarion", "The Scottish Clarion", "clarion.scot", "uk", "uk", "uk_day", "uk_paper", "html", "name_role",
          "uk", "sentence", UK_AG, ("none", "byline", "dash"), dated=0.5, repeat_title=True),
    _site("dublinpost", "The Dublin Post", "dublinpost.ie", "ie", "uk", "uk_published", "uk_paper", "id_slug", "by",
          "uk", "sentence", ("PA", "Reuters", "AFP"), ("byline", "dash", "source_line")),
    _site("deccan", "Deccan Sentinel", "deccansentinel.in", "in", "ist", "in_updated", "in_portal", "in_html",
          "in", "uk", "title", IN_AG, ("feed", "paren_end", "with_inputs", "dateline"), swaps=("mln",)),
    _site("chronicle", "Capital Chronicle India", "capitalchronicle.in", "in", "ist", "in_portal", "in_portal",
          "in_html", "desk", "uk", "title", IN_AG, ("paren_end", "dateline", "with_inputs"), short_paras=True),
    _site("bulletinin", "Bombay Bulletin", "bombaybulletin.com", "in", "ist", "in_published", "in_portal",
          "story_id", "in", "uk", "sentence", IN_AG, ("with_inputs", "feed", "dateline_bare")),
    _site("straits", "Straits Observer", "straitsobserver.sg", "sg", "sgt", "us_short", "asia", "id_slug", "by",
          "uk", "sentence", ASIA_AG, ("source_line", "dateline", "byline")),
    _site("pacificrim", "Pacific Rim Post", "pacificrimpost.com", "asia", "jst", "ymd", "asia", "html", "by", "us",
          "title", ASIA_AG, ("dateline", "dash", "none"), dated=0.6),
    _site("mapleleaf", "Maple Leaf Times", "mapleleaftimes.ca", "ca", "us_east", "us_long", "us_paper",
          "dated_path", "by_role", "ca", "sentence", ("Reuters", "AP", "AFP"), ("dateline", "byline", "copyright")),
    _site("capetribune", "Cape Town Tribune", "capetribune.co.za", "za", "sast", "eu_num", "uk_paper", "html",
          "name_role", "uk", "sentence", ("Reuters", "AFP", "AP"), ("dash", "source_line", "byline"), dated=0.6),
    _site("gulfreview", "Gulf Daily Review", "gulfdailyreview.ae", "gulf", "gst", "gulf", "asia", "id_slug", "desk",
          "uk", "title", ("AFP", "Reuters", "AP"), ("byline", "dateline", "dash")),
    _site("eurowatch", "Euro Business Watch", "eurobizwatch.eu", "eu", "cet", "eu_dots", "finance", "html", "by",
          "uk", "sentence", EU_AG, ("dash", "dateline", "source_line"), swaps=("mln", "pct_uk")),
    _site("newsfeed", "NewsFeed Now", "newsfeednow.com", "global", "utc", "iso_z", "aggregator", "query", "none",
          "us", "title", ("AP", "Reuters", "AFP", "PTI", "Xinhua", "dpa"), ("none", "keep", "source_line"),
          dated=0.5, named=0.35),
]

_NETWORKED = [
    # Lakeside Media Group: US community papers.
    _site("riverside", "The Riverside Courier", "riversidecourier.com", "us", "us_central", "us_long", "network",
          "dated_path", "by", "us", "title", US_AG, ("dateline", "copyright"), network="lakeside"),
    _site("cedarfalls", "Cedar Falls Tribune", "cedarfallstribune.com", "us", "us_central", "us_num", "network",
          "dated_path", "by", "us", "title", US_AG, ("dateline", "copyright"), network="lakeside"),
    _site("pinecounty", "Pine County Record", "pinecountyrecord.com", "us", "us_central", "us_long", "network",
          "dated_path", "by_role", "us", "title", US_AG, ("copyright", "byline"), network="lakeside",
          date_prefix="Updated "),
    _site("millbrook", "Millbrook Gazette", "millbrookgazette.com", "us", "us_east", "us_num", "network",
          "dated_path", "by", "us", "title", US_AG, ("dateline", "none"), network="lakeside"),
    _site("lakeshore", "Lakeshore Daily", "lakeshoredaily.com", "us", "us_central", "ap", "network", "dated_path",
          "upper", "us", "title", US_AG, ("dateline", "copyright"), network="lakeside"),
    # Northern Counties Media: UK local titles.
    _site("wexham", "Wexham Echo", "wexhamecho.co.uk", "uk", "uk", "uk_day", "network", "html", "name_role", "uk",
          "sentence", UK_AG, ("none", "byline"), network="northern"),
    _site("darrow", "Darrow Valley Advertiser", "darrowadvertiser.co.uk", "uk", "uk", "uk_updated", "network",
          "html", "name_role", "uk", "sentence", UK_AG, ("byline", "none"), network="northern"),
    _site("kestrel", "Kestrel Bay Post", "kestrelbaypost.co.uk", "uk", "uk", "uk_day", "network", "html",
          "name_role", "uk", "sentence", UK_AG, ("none", "dash"), network="northern"),
    _site("fellside", "Fellside Gazette", "fellsidegazette.co.uk", "uk", "uk", "eu_num", "network", "html", "by",
          "uk", "sentence", UK_AG, ("byline", "none"), network="northern"),
    # Sahyadri Digital: Indian city portals.
    _site("punepulse", "Pune Pulse", "punepulse.in", "in", "ist", "in_portal", "network", "in_html", "desk", "uk",
          "title", IN_AG, ("paren_end", "with_inputs"), network="sahyadri"),
    _site("konkan", "Konkan Chronicle", "konkanchronicle.in", "in", "ist", "dmy_dash", "network", "in_html", "in",
          "uk", "title", IN_AG, ("feed", "paren_end"), network="sahyadri"),
    _site("deccandispatch", "Deccan Dispatch", "deccandispatch.in", "in", "ist", "in_portal", "network", "in_html",
          "desk", "uk", "title", IN_AG, ("with_inputs", "dateline"), network="sahyadri"),
    # Southern Cross Community Media: Australian regionals.
    _site("coralcoast", "Coral Coast Times", "coralcoasttimes.com.au", "au", "aet", "au", "network", "id_slug", "by",
          "uk", "sentence", AU_AG, ("byline", "dash"), network="southerncross"),
    _site("murray", "Murray Valley Leader", "murrayleader.com.au", "au", "aet", "au", "network", "id_slug", "by",
          "uk", "sentence", AU_AG, ("byline", "dateline"), network="southerncross"),
    _site("gippsland", "Gippsland Voice", "gippslandvoice.com.au", "au", "aet", "eu_num", "network", "id_slug",
          "by", "uk", "sentence", AU_AG, ("none", "byline"), network="southerncross"),
]

_AGENCY_SITES = {
    "AP": _site("apnews", "The Associated Press", "apnews.com", "us", "us_east", "ap_updated", "agency", "ap",
                "agency", "us", "sentence", (), ("keep",), agency="AP", dated=0.9),
    "Reuters": _site("reuters", "Reuters", "reuters.com", "uk", "utc", "reuters", "agency", "reuters", "agency", "us",
                     "sentence", (), ("keep",), agency="Reuters", dated=0.9),
    "Xinhua": _site("xinhua", "Xinhua", "english.news.cn", "asia", "cn", "xinhua", "agency", "xinhua", "agency",
                    "us", "sentence", (), ("keep",), agency="Xinhua", dated=0.95),
    "Kyodo": _site("kyodo", "Kyodo News", "english.kyodonews.net", "asia", "jst", "kyodo", "agency", "kyodo",
                   "agency", "us", "title", (), ("keep",), agency="Kyodo", dated=0.9),
    "ANI": _site("ani", "ANI News", "aninews.in", "in", "ist", "in_portal", "agency", "ani", "agency", "uk", "title",
                 (), ("keep",), agency="ANI", dated=0.85),
    "PTI": _site("pti", "Press Trust of India", "ptinews.com", "in", "ist", "eu_num", "agency", "story_id", "agency",
                 "uk", "sentence", (), ("keep",), agency="PTI", dated=0.8),
    "EFE": _site("efe", "EFE", "efe.com", "eu", "cet", "efe", "agency", "efe", "agency", "uk", "sentence", (),
                 ("keep",), agency="EFE", dated=0.85),
    "dpa": _site("dpa", "dpa international", "dpa-international.com", "eu", "cet", "rfc2822", "agency", "dpa",
                 "agency", "uk", "sentence", (), ("keep",), agency="dpa", dated=0.85),
    "Yonhap": _site("yonhap", "Yonhap News Agency", "en.yna.co.kr", "asia", "kst", "yonhap", "agency", "yonhap",
                    "agency", "us", "sentence", (), ("keep",), agency="Yonhap", dated=0.9),
}

AGENCIES: dict[str, Agency] = {
    "AP": Agency("AP", ("AP", "The Associated Press", "Associated Press", "A.P."), "AP", "us", "us_east", "reuters",
                 "WASHINGTON", _AGENCY_SITES["AP"]),
    "Reuters": Agency("Reuters", ("Reuters", "REUTERS", "Thomson Reuters", "Reuters News"), "Reuters", "uk", "utc",
                      "reuters", "LONDON", _AGENCY_SITES["Reuters"]),
    "AFP": Agency("AFP", ("AFP", "Agence France-Presse", "Agence France Presse", "AFP News"), "AFP", "eu", "cet",
                  "reuters", "PARIS"),
    "PA": Agency("PA", ("PA", "PA Media", "Press Association", "PA Wire"), "PA", "uk", "uk", "bbc", "LONDON"),
    "dpa": Agency("dpa", ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa international"), "dpa", "eu", "cet",
                  "reuters", "BERLIN", _AGENCY_SITES["dpa"]),
    "ANI": Agency("ANI", ("ANI", "Asian News International"), "ANI", "in", "ist", "bbc", "NEW DELHI",
                  _AGENCY_SITES["ANI"]),
    "PTI": Agency("PTI", ("PTI", "Press Trust of India"), "PTI", "in", "ist", "bbc", "NEW DELHI", _AGENCY_SITES["PTI"]),
    "Xinhua": Agency("Xinhua", ("Xinhua", "Xinhua News Agency", "XINHUA"), "Xinhua", "asia", "cn", "reuters",
                     "BEIJING", _AGENCY_SITES["Xinhua"]),
    "Kyodo": Agency("Kyodo", ("Kyodo", "Kyodo News", "KYODO NEWS"), "Kyodo", "asia", "jst", "reuters", "TOKYO",
                    _AGENCY_SITES["Kyodo"]),
    "EFE": Agency("EFE", ("EFE", "Agencia EFE", "EFE news agency"), "EFE", "eu", "cet", "reuters", "MADRID",
                  _AGENCY_SITES["EFE"]),
    "Yonhap": Agency("Yonhap", ("Yonhap", "Yonhap News Agency"), "Yonhap", "asia", "kst", "reuters", "SEOUL",
                     _AGENCY_SITES["Yonhap"]),
    "AAP": Agency("AAP", ("AAP", "Australian Associated Press"), "AAP", "au", "aet", "bbc", "SYDNEY"),
}

NETWORKS: dict[str, Network] = {
    "lakeside": Network(
        "lakeside", "Lakeside Media Group", ("riverside", "cedarfalls", "pinecounty", "millbrook", "lakeshore"),
        "Get the Lakeside Morning Briefing: the day's top local stories, delivered to your inbox every weekday. "
        "Sign up for free.",
        "More from the Lakeside Media Group network",
        "© {year} Lakeside Media Group LLC. All rights reserved. Use of this site constitutes acceptance of our "
        "User Agreement and Privacy Policy.",
        "Comments are the opinions of their authors and do not reflect the views of Lakeside Media Group or any of "
        "its newspapers.",
        "Follow us on Facebook and X for breaking news from across the region."),
    "northern": Network(
        "northern", "Northern Counties Media", ("wexham", "darrow", "kestrel", "fellside"),
        "Want the latest news from your area sent straight to your inbox? Sign up to our free daily newsletter.",
        "More stories from around the Northern Counties",
        "© Northern Counties Media Ltd {year}. Registered in England and Wales. All rights reserved.",
        "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' "
        "Code of Practice.",
        "Got a story? Get in touch with our newsdesk by email or message us on Facebook."),
    "sahyadri": Network(
        "sahyadri", "Sahyadri Digital", ("punepulse", "konkan", "deccandispatch"),
        "Subscribe to the Sahyadri Digital WhatsApp channel for the latest updates from Maharashtra.",
        "Trending across Sahyadri Digital",
        "Copyright © {year} Sahyadri Digital Media Pvt Ltd. All rights reserved.",
        "Disclaimer: The views expressed in reader comments are their own and Sahyadri Digital does not endorse "
        "them.",
        "Download the Sahyadri Digital app for news in English, Marathi and Hindi."),
    "southerncross": Network(
        "southerncross", "Southern Cross Community Media", ("coralcoast", "murray", "gippsland"),
        "Sign up for our regional news newsletter and never miss a story from your community.",
        "More from Southern Cross Community Media",
        "© {year} Southern Cross Community Media Pty Ltd. All rights reserved.",
        "We acknowledge the Traditional Custodians of the lands on which our newsrooms are located.",
        "Have your say: send a letter to the editor or join the conversation on our Facebook page."),
}

OUTLETS: dict[str, Outlet] = {o.key: o for o in _INDEPENDENT + _NETWORKED + list(_AGENCY_SITES.values())}

# Feature syndicates that distribute columns, with the line a client prints.
SYNDICATES: dict[str, str] = {
    "Tribune Content Agency": "Distributed by Tribune Content Agency, LLC.",
    "Andrews McMeel Syndication": "Distributed by Andrews McMeel Syndication for UFS.",
    "King Features Syndicate": "© {year} King Features Syndicate, Inc.",
    "Creators Syndicate": "To find out more about {author} and read features by other Creators Syndicate "
                          "writers and cartoonists, visit the Creators Syndicate website.",
    "Washington Post Writers Group": "{author}'s email address is available via the Washington Post Writers Group.",
}
