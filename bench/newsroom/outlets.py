"""Who publishes: news agencies and invented newspapers and sites of many countries.

Agencies carry the spellings a credit may use for them (``tags``), their house dateline style
and home city. Sites are invented titles with plausible hosts; each has a country, an English
spelling convention, a local time zone and date style, the agencies it usually takes, places
for a local angle and a fixed page footer (the same on every story it publishes in a corpus).
"""

import random

from ._data import slug

AGENCIES = (
    # name, long form, dateline tag, other spellings, host, home city, dateline style, spelling
    ("Reuters", "Reuters", "Reuters", ("REUTERS", "Thomson Reuters"), "reuters.com", "LONDON", "dash", "us"),
    ("Associated Press", "The Associated Press", "AP", ("The Associated Press", "A.P."), "apnews.com", "WASHINGTON", "emdash", "us"),
    ("Agence France-Presse", "Agence France-Presse", "AFP", ("Agence France Presse", "Agence France-Presse"), "afp.com", "PARIS", "afp", "uk"),
    ("PA Media", "PA Media", "PA", ("Press Association", "the Press Association", "PA Media"), "pamediagroup.com", "LONDON", "dash", "uk"),
    ("dpa", "Deutsche Presse-Agentur", "dpa", ("DPA", "Deutsche Presse-Agentur"), "dpa-international.com", "Berlin", "dash", "uk"),
    ("EFE", "Agencia EFE", "EFE", ("Agencia EFE",), "efe.com", "Madrid", "efe", "us"),
    ("ANSA", "ANSA", "ANSA", ("Agenzia ANSA",), "ansa.it", "ROME", "ansa", "uk"),
    ("Xinhua", "Xinhua News Agency", "Xinhua", ("XINHUA", "Xinhua News Agency"), "english.news.cn", "BEIJING", "xinhua", "us"),
    ("Kyodo", "Kyodo News", "Kyodo", ("Kyodo News",), "english.kyodonews.net", "TOKYO", "kyodo", "us"),
    ("Yonhap", "Yonhap News Agency", "Yonhap", ("Yonhap News Agency",), "en.yna.co.kr", "SEOUL", "xinhua", "us"),
    ("Anadolu", "Anadolu Agency", "AA", ("Anadolu Agency", "Anadolu"), "aa.com.tr", "ANKARA", "dash", "us"),
    ("Press Trust of India", "Press Trust of India", "PTI", ("Press Trust of India",), "ptinews.com", "New Delhi", "pti", "uk"),
    ("ANI", "Asian News International", "ANI", ("Asian News International",), "aninews.in", "New Delhi", "ani", "uk"),
    ("IANS", "Indo-Asian News Service", "IANS", ("Indo-Asian News Service",), "ianslive.in", "New Delhi", "pti", "uk"),
    ("NAN", "News Agency of Nigeria", "NAN", ("News Agency of Nigeria",), "nannews.ng", "Abuja", "pti", "uk"),
    ("Bernama", "Bernama", "Bernama", ("BERNAMA",), "bernama.com", "KUALA LUMPUR", "xinhua", "uk"),
    ("ANP", "Algemeen Nederlands Persbureau", "ANP", ("Algemeen Nederlands Persbureau",), "anp.nl", "THE HAGUE", "dash", "uk"),
    ("TASS", "TASS", "TASS", ("Tass", "TASS news agency"), "tass.com", "MOSCOW", "tass", "us"),
    ("UPI", "United Press International", "UPI", ("United Press International",), "upi.com", "WASHINGTON", "upi", "us"),
    ("AAP", "Australian Associated Press", "AAP", ("Australian Associated Press",), "aap.com.au", "SYDNEY", "afp", "uk"),
)
AGENCIES = tuple(
    {"name": a[0], "long": a[1], "tag": a[2], "alt": a[3], "host": a[4], "city": a[5],
     "style": a[6], "spelling": a[7], "kind": "agency", "zone": "UTC", "dates": ("iso_z", "iso", "rfc2822")}
    for a in AGENCIES
)
AGENCY = {a["name"]: a for a in AGENCIES}

_SITES = (
    # name, host, country, spelling, zone, date styles, usual agencies
    ("The Daily Ledger", "dailyledger.co.uk", "GB", "uk", "GMT", ("dmy_long", "dmy_time", "iso"), ("PA Media", "Reuters", "Agence France-Presse")),
    ("Northgate Evening Post", "northgatepost.co.uk", "GB", "uk", "BST", ("dmy_time", "slash_dmy", "rfc2822"), ("PA Media", "Associated Press")),
    ("The Munster Record", "munsterrecord.ie", "IE", "uk", "GMT", ("dmy_long", "iso"), ("PA Media", "Reuters")),
    ("Cedar Valley Gazette", "cedarvalleygazette.com", "US", "us", "EST", ("mdy_time", "slash_mdy", "updated"), ("Associated Press", "UPI", "Reuters")),
    ("The Bay City Tribune", "baycitytribune.com", "US", "us", "PST", ("mdy_time", "iso", "unix"), ("Associated Press", "Reuters")),
    ("Lakeshore Daily News", "lakeshoredailynews.com", "US", "us", "EDT", ("updated", "mdy_time", "date_only"), ("Associated Press",)),
    ("Prairie Post", "prairiepost.ca", "CA", "us", "EST", ("mdy_time", "iso"), ("Associated Press", "Agence France-Presse", "Reuters")),
    ("The Kenyan Herald", "thekenyanherald.com", "KE", "uk", "EAT", ("dmy_long", "slash_dmy", "iso"), ("Agence France-Presse", "Xinhua", "Reuters")),
    ("Lagos Evening Standard", "lagoseveningstandard.ng", "NG", "uk", "WAT", ("dmy_long", "rfc2822"), ("NAN", "Agence France-Presse", "Reuters")),
    ("Accra Daily Mirror", "accradailymirror.com.gh", "GH", "uk", "GMT", ("dmy_long", "date_only"), ("Agence France-Presse", "Reuters", "Xinhua")),
    ("The Cape Bulletin", "capebulletin.co.za", "ZA", "uk", "SAST", ("dmy_time", "iso"), ("Agence France-Presse", "Reuters", "Associated Press")),
    ("Manila Morning", "manila-morning.ph", "PH", "us", "PHT", ("mdy_time", "iso", "slash_mdy"), ("Agence France-Presse", "Associated Press", "Kyodo")),
    ("The Bombay Sentinel", "bombaysentinel.in", "IN", "uk", "IST", ("dmy_time", "iso", "dotted"), ("Press Trust of India", "ANI", "IANS", "Reuters")),
    ("Deccan Daily Star", "deccandailystar.com", "IN", "uk", "IST", ("dmy_long", "rfc2822"), ("IANS", "Press Trust of India", "ANI")),
    ("Karachi Courier", "karachicourier.pk", "PK", "uk", "PKT", ("dmy_long", "slash_dmy"), ("Agence France-Presse", "Reuters", "Anadolu")),
    ("The Straits Digest", "straitsdigest.com.my", "MY", "uk", "MYT", ("dmy_time", "iso"), ("Bernama", "Reuters", "Xinhua")),
    ("Lion City Times", "lioncitytimes.sg", "SG", "uk", "SGT", ("dmy_time", "iso"), ("Reuters", "Agence France-Presse", "Bernama")),
    ("The Coastal Advertiser", "coastaladvertiser.com.au", "AU", "uk", "AEST", ("dmy_time", "slash_dmy"), ("AAP", "Reuters", "Associated Press")),
    ("Waikato Clarion", "waikatoclarion.co.nz", "NZ", "uk", "NZST", ("dmy_long", "iso"), ("AAP", "Reuters")),
    ("Bosphorus Daily", "bosphorusdaily.com.tr", "TR", "us", "TRT", ("dotted", "iso"), ("Anadolu", "Reuters", "Agence France-Presse")),
    ("Dutch News Desk", "dutchnewsdesk.nl", "NL", "uk", "CET", ("dotted", "iso"), ("ANP", "Reuters", "dpa")),
    ("Rhine Post International", "rhinepost.de", "DE", "uk", "CET", ("dotted", "rfc2822"), ("dpa", "Reuters", "Agence France-Presse")),
    ("The Iberian Courier", "iberiancourier.es", "ES", "uk", "CET", ("dmy_long", "iso"), ("EFE", "Reuters", "Agence France-Presse")),
    ("Roma Report", "romareport.it", "IT", "uk", "CET", ("dotted", "dmy_long"), ("ANSA", "Reuters")),
    ("Tokyo Evening Herald", "tokyoeveningherald.jp", "JP", "us", "JST", ("iso", "date_only"), ("Kyodo", "Reuters", "Associated Press")),
    ("The Seoul Gazette", "seoulgazette.kr", "KR", "us", "KST", ("iso", "dotted"), ("Yonhap", "Associated Press")),
    ("Volga Observer", "volgaobserver.com", "RU", "us", "MSK", ("dotted", "iso"), ("TASS", "Reuters")),
    ("World News Now 24", "worldnewsnow24.net", "US", "us", "UTC", ("unix", "iso_z", "missing"), ()),
    ("Trending Daily", "trendingdaily.news", "US", "us", "UTC", ("mdy_time", "iso_z"), ()),
    ("NewsBrief Hub", "newsbriefhub.info", "GB", "uk", "UTC", ("rfc2822", "date_only"), ()),
    ("Global Headlines Today", "globalheadlinestoday.com", "IN", "uk", "IST", ("dmy_time", "unix"), ()),
)
SITES = tuple(
    {"name": s[0], "host": s[1], "country": s[2], "spelling": s[3], "zone": s[4], "dates": s[5],
     "agencies": s[6] or tuple(a["name"] for a in AGENCIES[:4]), "kind": "aggregator" if not s[6] else "paper"}
    for s in _SITES
)
SITE = {s["name"]: s for s in SITES}
PAPERS = tuple(s for s in SITES if s["kind"] == "paper")
AGGREGATORS = tuple(s for s in SITES if s["kind"] == "aggregator")

PLACES = {
    "GB": ("Leeds", "Bristol", "Norwich", "Cardiff", "Sheffield"), "IE": ("Cork", "Limerick", "Galway"),
    "US": ("Des Moines", "Toledo", "Sacramento", "Tulsa", "Albany"), "CA": ("Regina", "Saskatoon", "Winnipeg"),
    "KE": ("Nairobi", "Mombasa", "Kisumu"), "NG": ("Lagos", "Ibadan", "Kano"), "GH": ("Accra", "Kumasi"),
    "ZA": ("Cape Town", "Durban", "Stellenbosch"), "PH": ("Quezon City", "Cebu", "Davao"),
    "IN": ("Mumbai", "Pune", "Hyderabad", "Bengaluru"), "PK": ("Karachi", "Lahore"),
    "MY": ("Penang", "Johor Bahru"), "SG": ("Jurong", "Tampines"), "AU": ("Gold Coast", "Newcastle", "Geelong"),
    "NZ": ("Hamilton", "Tauranga"), "TR": ("Istanbul", "Izmir"), "NL": ("Rotterdam", "Utrecht"),
    "DE": ("Cologne", "Dusseldorf"), "ES": ("Valencia", "Seville"), "IT": ("Milan", "Naples"),
    "JP": ("Osaka", "Yokohama"), "KR": ("Busan", "Incheon"), "RU": ("Kazan", "Samara"),
}
_GROUPS = {
    "business": ("business owners", "traders", "investors", "shoppers"),
    "politics": ("voters", "councillors", "campaigners", "residents"),
    "sport": ("fans", "supporters", "club officials", "coaches"),
    "tech": ("developers", "start-up founders", "gamers", "engineers"),
    "entertainment": ("fans", "cinema owners", "music promoters", "audiences"),
}
_LOCAL = (
    "The news is likely to be followed closely in {place}, where {group} have been watching similar developments.",
    "In {place}, {group} said they would be studying the details in the coming days.",
    "The story has particular resonance in {place}, which has faced similar questions in recent years.",
    "Officials in {place} were not immediately available to comment on what it could mean for the region.",
    "Several {group} in {place} contacted by {short} said they had been expecting the move for some time.",
    "It is not yet clear how the decision will affect {group} in {place}, a local spokesperson said.",
)
FIRST = ("James", "Maria", "Wei", "Aisha", "Rahul", "Sofia", "Kwame", "Hannah", "Diego", "Yuki", "Olga",
         "Tom", "Priya", "Emeka", "Claire", "Ahmed", "Lucia", "Min-jun", "Grace", "Pieter", "Fatima",
         "Daniel", "Ana", "Siddharth", "Chloe", "Ibrahim", "Kenji", "Megan", "Tunde", "Elena")
LAST = ("Smith", "Garcia", "Zhang", "Okafor", "Sharma", "Rossi", "Mensah", "Becker", "Lopez", "Tanaka",
        "Ivanova", "Walsh", "Nair", "Adeyemi", "Martin", "Hassan", "Fernandez", "Kim", "Mwangi", "de Vries",
        "Khan", "Cohen", "Silva", "Iyer", "Dubois", "Yilmaz", "Sato", "Hughes", "Bello", "Popescu")


def visibility(rng: random.Random) -> tuple[bool, bool]:
    """Whether a record shows its outlet and its URL: both 62%, URL only 22%, outlet only 8%,
    neither 8%."""
    r = rng.random()
    if r < 0.62:
        return True, True
    if r < 0.84:
        return False, True
    if r < 0.92:
        return True, False
    return False, False


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def short_name(outlet: dict) -> str:
    name = outlet["name"]
    return name[4:] if name.startswith("The ") else name


def local_paragraph(site: dict, category: str, rng: random.Random) -> str:
    place = rng.choice(PLACES.get(site["country"], ("the capital",)))
    group = rng.choice(_GROUPS.get(category, ("residents",)))
    name = "the " + site["name"][4:] if site["name"].startswith("The ") else site["name"]
    return rng.choice(_LOCAL).format(place=place, group=group, short=name)


def site_furniture(site: dict, seed: int) -> dict:
    """The fixed page furniture of a site for one corpus: footer lines and in-body inserts."""
    rng = random.Random(f"newsroom-furniture:{seed}:{site['name']}")
    short = short_name(site)
    pool = [
        f"Follow {short} on Facebook, X and Instagram for the latest updates.",
        f"Sign up for the {short} Morning Briefing newsletter and get the day's top stories in your inbox.",
        f"Download the {short} app for breaking news alerts.",
        f"Got a story? Email our newsdesk at news@{site['host']}",
        "Share this article: Facebook | X | WhatsApp | Email",
        f"Click here to join the {short} WhatsApp channel.",
        "Disclaimer: The views expressed in this article are those of the author and do not "
        f"necessarily reflect the editorial policy of {site['name']}.",
        f"For more news, visit {site['host']}.",
        "Comments are moderated. Please keep the conversation civil.",
    ]
    rng.shuffle(pool)
    foot = pool[:rng.randint(1, 3)]
    if rng.random() < 0.35:
        foot.append(f"\u00a9 {rng.choice((2023, 2024, 2025))} {site['name']}. All rights reserved.")
    inserts = rng.sample(("Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
                          "Read more:", "Also read:", "Related:", "RELATED STORIES"), 2)
    return {"footer": foot, "inserts": inserts, "uses_footer": rng.random() < 0.8,
            "promo_rate": rng.choice((0.0, 0.3, 0.6))}


def url_for(outlet: dict, title: str, category: str, when, rng: random.Random) -> str:
    host = outlet["host"]
    sl = slug(title)
    num = rng.randint(100000, 9999999)
    y, m, d = (when.year, when.month, when.day) if when is not None else (2024, 1, 1)
    pattern = rng.randrange(7)
    if pattern == 0:
        url = f"https://www.{host}/news/{category}/{sl}-{num}"
    elif pattern == 1:
        url = f"https://{host}/{y}/{m:02d}/{d:02d}/{sl}/"
    elif pattern == 2:
        url = f"https://www.{host}/article/{num}.html"
    elif pattern == 3:
        url = f"https://{host}/{category}/{sl}"
    elif pattern == 4:
        url = f"https://www.{host}/{category}/{y}{m:02d}{d:02d}/{sl}-{num}.html"
    elif pattern == 5:
        url = f"https://{host}/story/{sl}-{num}?utm_source=rss&utm_medium=feed"
    else:
        url = f"https://www.{host}/world/{sl}"
    if host.count(".") >= 2 and not host.endswith((".co.uk", ".com.au", ".co.nz", ".co.za", ".com.my",
                                                    ".com.gh", ".com.tr")):
        url = url.replace("://www.", "://")
    return url


def alternate_url(url: str, rng: random.Random) -> str:
    """A second address of the same page: AMP, print or mobile versions, a tracking query."""
    choice = rng.randrange(4)
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    if choice == 0:
        return f"{scheme}://{host}/amp/{path}"
    if choice == 1:
        return f"{scheme}://{host}/{path.split('?')[0]}?output=print"
    if choice == 2:
        return f"{scheme}://m.{host.removeprefix('www.')}/{path}"
    return f"{scheme}://{host}/{path.split('?')[0]}?ref=homepage&share=1"
