"""Credits as pages print them: agencies' datelines and sign-offs on their own copy, the many ways a
client credits an agency (or nothing at all), and the lines that credit an outlet whose story is run.

Credits are content, not furniture: they travel with the text, so a copy of a copy carries the
credit its parent printed unless its own desk rewrites it (and a rewritten credit is one of the
changes that the copy's own copies then carry).
"""

from __future__ import annotations

import random

from . import dates
from .model import Node
from .outlets import Agency, Outlet
from .people import initials, person

__all__ = [
    "OUTLET_FORMS", "agency_story", "client_credit", "copyright_line", "dateline", "outlet_credit", "root", "spelling",
    "staff_byline",
]

_MONTH3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_BIG_CITIES = {"NEW YORK", "WASHINGTON", "LONDON", "PARIS", "TOKYO", "BEIJING", "CHICAGO", "LOS ANGELES", "BERLIN",
               "HONG KONG", "MOSCOW", "BRUSSELS", "GENEVA", "FRANKFURT", "SYDNEY", "TORONTO", "NEW DELHI", "SEOUL"}
_FORM_WEIGHTS = (5, 3, 2, 1)


def spelling(agency: Agency, rng: random.Random) -> str:
    """One of the agency's names, its usual one most often."""
    names = agency.names
    return rng.choices(names, _FORM_WEIGHTS[:len(names)])[0]


def root(node: Node) -> Node:
    """The first version of the node's story along main sources: the wire story a dateline dates."""
    while node.main is not None:
        node = node.main
    return node


def _city(node: Node, agency: Agency) -> str:
    place = node.place or agency.home
    return place


def _nice(city: str) -> str:
    return " ".join(w.capitalize() for w in city.split())


def dateline(agency: Agency, node: Node, variant: str = "own") -> str:
    """The dateline opening the first paragraph of an agency story: the agency's own form (dated in
    its zone at the story's first publication), ``short`` ("CITY (Agency) —") or ``bare`` ("CITY —")."""
    city = _city(node, agency)
    first = root(node)
    local = first.when + dates.offset(agency.zone, first.when)[0]
    mon, day = local.month - 1, local.day
    if variant == "bare":
        return f"{city} — " if city.isupper() and agency.region in ("us", "uk") else f"{_nice(city)}: "
    if variant == "short":
        return f"{city} ({agency.short}) — "
    key = agency.key
    if key == "AP":
        where = city if city in _BIG_CITIES or node.country in (None, "U.S.") else f"{city}, {node.country}"
        return f"{where} (AP) — "
    if key == "Reuters":
        return f"{city}, {_MONTH3[mon]} {day} (Reuters) - "
    if key in ("AFP", "dpa"):
        return f"{_nice(city)} ({agency.short}) - "
    if key == "ANI":
        country = node.country or "India"
        return f"{_nice(city)} [{country}], {_MONTHS[mon]} {day} (ANI): "
    if key == "PTI":
        return f"{_nice(city)}, {_MONTH3[mon]} {day} (PTI) "
    if key in ("Xinhua", "Yonhap", "Kyodo"):
        return f"{city}, {_AP_MONTHS[mon]} {day} ({agency.short}) -- "
    if key == "EFE":
        return f"{_nice(city)}, {_MONTH3[mon]} {day} (EFE).- "
    if key == "AAP":
        return f"{city} (AAP) - "
    return ""  # PA copy carries no dateline


def agency_story(node: Node, agency: Agency, rng: random.Random, staff: list[str]) -> None:
    """Dress a node as the agency itself sends it: dateline, byline and the agency's sign-off."""
    node.agency = agency.key
    node.lead = dateline(agency, node)
    city = _nice(_city(node, agency))
    a, b, c, d = rng.sample(staff, 4)
    key = agency.key
    if key == "AP":
        node.byline = f"By {a.upper()}" if rng.random() < 0.6 else f"By {a.upper()} and {b.upper()}"
        if rng.random() < 0.5:
            node.tail = ["___", f"Associated Press writer {c} in {city} contributed to this report."]
    elif key == "Reuters":
        node.byline = f"By {a}" if rng.random() < 0.4 else None
        node.tail = [rng.choice([f"(Reporting by {a} in {city}; Editing by {c} and {d})",
                                 f"(Reporting by {a}; Additional reporting by {b}; Editing by {c})",
                                 f"Reporting by {a}; Writing by {b}; Editing by {d}"])]
    elif key == "AFP":
        node.byline = rng.choice([None, "AFP", f"By {a}"])
        node.tail = [f"{initials(rng, 1, 2).lower()}-{initials(rng, 1, 3).lower()}/{initials(rng, 1, 2).lower()}"]
    elif key == "PA":
        node.byline = rng.choice([f"By {a}, PA", f"By {a}, PA Political Staff", f"By {a}, PA Reporter"])
    elif key == "dpa":
        node.tail = [f"dpa {initials(rng, 1, 2).lower()} {initials(rng, 1, 3).lower()}"]
    elif key == "ANI":
        node.suffix = " (ANI)"
    elif key == "PTI":
        node.tail = [f"PTI {initials(rng)}"]
    elif key == "Xinhua":
        node.tail = ["Enditem"]
    elif key == "Kyodo":
        node.tail = ["==Kyodo"]
    elif key == "EFE":
        node.byline = rng.choice([None, "EFE"])
        node.tail = [f"{initials(rng, 1, 2).lower()}/{initials(rng, 1, 2).lower()}"]
    elif key == "Yonhap":
        node.tail = [f"{a.split()[-1].lower()}@yna.co.kr", "(END)"]
    elif key == "AAP":
        node.byline = f"{a}, AAP"


def copyright_line(agency: Agency, year: int, rng: random.Random) -> str:
    """The copyright notice that clients paste under agency copy."""
    key = agency.key
    if key == "AP":
        return rng.choice([f"Copyright {year} The Associated Press. All rights reserved. This material may not be "
                           "published, broadcast, rewritten or redistributed.",
                           f"© {year} The Associated Press. All rights reserved."])
    if key == "Reuters":
        return rng.choice([f"© Thomson Reuters {year}. All rights reserved.",
                           f"(c) Copyright Thomson Reuters {year}. Click For Restrictions."])
    if key == "AFP":
        return rng.choice(["© Agence France-Presse", f"Copyright © {year} AFP. All rights reserved."])
    if key == "dpa":
        return f"© dpa-infocom, dpa:{year % 100:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}-99-" \
               f"{rng.randrange(100, 999)}/{rng.randrange(1, 5)}"
    return f"© {year} {agency.names[-1]}. All rights reserved."


def client_credit(node: Node, agency: Agency, outlet: Outlet, form: str, rng: random.Random) -> None:
    """Re-credit a copy of ``agency``'s story the way ``outlet`` does (``form``), replacing what it
    inherited unless the form keeps it."""
    name = spelling(agency, rng)
    year = node.when.year
    if form == "keep":
        return
    inherited_tail = list(node.tail)
    node.lead, node.suffix, node.tail, node.byline = "", "", [], None
    if form == "dateline":
        node.lead = dateline(agency, node, rng.choice(("own", "own", "short")))
        if rng.random() < 0.3:
            node.tail = inherited_tail
        if rng.random() < 0.3:
            node.byline = f"By {name}"
    elif form == "dateline_bare":
        node.lead = dateline(agency, node, "bare")
    elif form == "source_line":
        node.tail = [rng.choice([f"Source: {name}", f"SOURCE: {name.upper()}", f"(Source: {name})",
                                 f"Source: {name} | Edited by: {person(rng)}"])]
    elif form == "dash":
        node.tail = [rng.choice([f"— {name}", f"-- {name}", f"- {name}"])]
    elif form == "paren_end":
        node.suffix = f" ({agency.short})"
        if agency.key in ("ANI", "PTI") and rng.random() < 0.6:
            node.lead = dateline(agency, node)
    elif form == "contributed":
        node.tail = [rng.choice([f"{name} contributed to this report.", f"Additional reporting by {name}.",
                                 f"With reporting by {name}.", f"Information from {name} was used in this report."])]
    elif form == "copyright":
        node.lead = dateline(agency, node) if rng.random() < 0.6 else ""
        node.tail = [copyright_line(agency, year, rng)]
    elif form == "byline":
        node.byline = rng.choice([f"By {name}", name, f"{name} | {_nice(_city(node, agency))}", f"{name} Staff",
                                  f"By {name} staff"])
        if rng.random() < 0.4:
            node.lead = dateline(agency, node, rng.choice(("own", "short")))
    elif form == "with_inputs":
        node.tail = [rng.choice([f"(With inputs from {name})", f"With inputs from {name}", "(With agency inputs)",
                                 f"- With inputs from {name}"])]
        if rng.random() < 0.4:
            node.lead = dateline(agency, node, "bare")
    elif form == "feed":
        node.byline = rng.choice([agency.short, f"{agency.short} | ", None])
        node.tail = [rng.choice([
            f"(Except for the headline, this story has not been edited by {outlet.name} staff and is published "
            "from a syndicated feed.)",
            "This story has been published from a wire agency feed without modifications to the text. Only the "
            "headline has been changed.",
            f"(This article is auto-generated from a syndicated feed; {outlet.name} takes no responsibility for "
            "its content.)"])]
        if rng.random() < 0.5:
            node.lead = dateline(agency, node)
    elif form == "signoff":
        node.tail = inherited_tail
    # "none": nothing left


def outlet_credit(node: Node, owner: str, form: str, rng: random.Random) -> None:
    """Credit the outlet ``owner`` whose story ``node`` republishes (the byline is left as it is)."""
    year = node.when.year
    lines = {
        "appeared": f"This article first appeared on {owner}.",
        "originally": f"This story was originally published by {owner}.",
        "permission": f"Republished with permission from {owner}.",
        "courtesy": f"Courtesy: {owner}",
        "source": f"Source: {owner}",
        "reprinted": f"(c) {year} {owner}. Reprinted with permission.",
        "sharing": f"This article originally appeared in {owner} and is republished here as part of a "
                   "content-sharing agreement.",
        "via": f"via {owner}",
    }
    node.tail = [lines[form]] if form in lines else []


OUTLET_FORMS = ("appeared", "originally", "permission", "courtesy", "source", "reprinted", "sharing", "via", "none")


def staff_byline(outlet: Outlet, staff: list[str], topic: str, rng: random.Random) -> str | None:
    """A staff byline in the outlet's style, or None for the styles that print none."""
    name = rng.choice(staff)
    role = {"business": "Business Reporter", "politics": "Political Correspondent", "sport": "Sports Writer",
            "tech": "Technology Editor", "entertainment": "Arts Correspondent"}.get(topic, "Staff Writer")
    style = outlet.byline
    if style == "by":
        return f"By {name}"
    if style == "by_role":
        return f"By {name}, {role}"
    if style == "upper":
        return f"By {name.upper()}"
    if style == "name_role":
        return f"{name}, {role}"
    if style == "written":
        return f"Written by {name}"
    if style == "in":
        return rng.choice([f"{name} | New Delhi", f"Edited by {name}", f"{name} | Mumbai"])
    if style == "desk":
        return rng.choice([f"{outlet.name} Web Desk", "Staff Reporter", "Web Desk", f"{outlet.name} News Desk"])
    return None
