"""Credit lines as printed in the wild: agency datelines, bylines and sign-offs, and how others credit them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from . import dates
from .outlets import Agency, Outlet

FIRST = ("Jane", "David", "Priya", "Tom", "Maria", "Ahmed", "Laura", "Kenji", "Sarah", "Michael", "Anita", "Rahul",
         "Emma", "Lucas", "Nadia", "Peter", "Fatima", "James", "Chloe", "Daniel", "Sophie", "Arjun", "Hannah", "Marco",
         "Aisha", "Ben", "Leila", "Oliver", "Grace", "Tariq", "Ingrid", "Samuel", "Mei", "Victor", "Rosa", "Hugo")
LAST = ("Doe", "Whitfield", "Raman", "Okafor", "Lindqvist", "Hartley", "Nakamura", "Castellano", "Brennan", "Mehta",
        "Kowalski", "Fischer", "Osei", "Thornton", "Ibrahim", "Delacroix", "Sandoval", "Murray", "Chandra", "Novak",
        "Ashworth", "Yusuf", "Carvalho", "Lindgren", "Pemberton", "Tanaka", "Rossi", "Hughes", "Abara", "Kaur",
        "Morales", "Lee", "Petrov", "Quinn", "Haddad", "Vance")


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def initials(rng: random.Random, n: int = 3) -> str:
    return "".join(chr(65 + rng.randrange(26)) for _ in range(n))


@dataclass
class Wire:
    """Credit facts of one agency story, shared by the agency's own page and every client that runs it."""

    agency: Agency
    place: str
    reporter: str
    editor: str
    extra: str
    tag: str


_CAPS = {"ap", "reuters", "bernama", "xinhua"}


def new_wire(agency: Agency, place: str, rng: random.Random) -> Wire:
    """Credit facts for a new agency story datelined ``place`` ("" for a London-desk story)."""
    if agency.code in ("upi", "pa"):
        place = agency.places[0]
    elif not place:
        place = "London"
    place = place.upper() if agency.code in _CAPS else place.title()
    tag = {"afp": f"{initials(rng, 2).lower()}/{initials(rng, 2).lower()}",
           "pti": f"PTI {initials(rng)} {initials(rng)}",
           "dpa": f"{rng.randrange(100000, 999999)}/{rng.randrange(1, 4)}"}.get(agency.code, "")
    return Wire(agency, place, person(rng), person(rng), person(rng), tag)


def dateline(wire: Wire, when: datetime) -> str:
    """The agency's own dateline, as it opens the first paragraph."""
    d = dates.local(wire.agency.zone, when)
    p = wire.place
    return {
        "ap": f"{p} (AP) — ",
        "reuters": f"{p}, {dates.dateline_day('reuters', d)} (Reuters) - ",
        "afp": f"{p} (AFP) - ",
        "pa": "",
        "dpa": f"{p} (dpa) - ",
        "ani": f"{p}{_ani_country(p, wire.agency)}, {dates.dateline_day('full', d)} (ANI): ",
        "pti": f"{p}, {dates.dateline_day('short', d)} (PTI) ",
        "upi": f"{dates.dateline_day('ap', d)} (UPI) -- ",
        "bernama": f"{p}, {dates.dateline_day('full', d)} (Bernama) -- ",
        "xinhua": f"{p}, {dates.dateline_day('ap', d)} (Xinhua) -- ",
    }[wire.agency.dateline]


_COUNTRIES = {"london": "UK", "new york": "US", "washington": "US", "tokyo": "Japan", "paris": "France",
              "frankfurt": "Germany", "singapore": "Singapore", "beijing": "China", "hong kong": "China"}


def _ani_country(place: str, agency: Agency) -> str:
    if place in agency.places:
        return " [India]"
    country = _COUNTRIES.get(place.lower())
    return f" [{country}]" if country else ""


def agency_top(wire: Wire) -> list[str]:
    code = wire.agency.code
    if code == "ap":
        return [f"By {wire.reporter.upper()}"]
    if code in ("reuters", "upi"):
        return [f"By {wire.reporter}"]
    if code == "pa":
        return [f"By {wire.reporter}, PA"]
    return []


def agency_tail(wire: Wire, when: datetime) -> list[str]:
    """The sign-off the agency files under its copy (which many clients keep)."""
    code = wire.agency.code
    return {
        "ap": [f"Associated Press writer {wire.extra} contributed to this report."],
        "reuters": [f"(Reporting by {wire.reporter}; Additional reporting by {wire.extra}; Editing by {wire.editor})"],
        "afp": [wire.tag],
        "dpa": [f"dpa:{dates.local('cet', when):%y%m%d}-99-{wire.tag}"],
        "ani": ["(ANI)"],
        "pti": [wire.tag],
        "bernama": ["-- BERNAMA"],
        "xinhua": ["Enditem"],
    }.get(code, [])


def agency_bottom(wire: Wire, when: datetime) -> list[str]:
    code = wire.agency.code
    lines = agency_tail(wire, when)
    if code == "reuters":
        lines.append("Our Standards: The Thomson Reuters Trust Principles.")
    elif code == "upi":
        lines.append(wire.agency.copyright)
    return lines


def client_dateline(wire: Wire, when: datetime, habit: str) -> str:
    """A client's version of the dateline: kept whole, reduced to the place, or dropped."""
    if habit == "keep":
        return dateline(wire, when)
    if habit == "city" and wire.agency.code not in ("pa", "upi"):
        sep = " — " if wire.agency.code == "ap" else (": " if wire.agency.code in ("ani", "pti") else " - ")
        return f"{wire.place}{sep}"
    return ""


def client_credit(outlet: Outlet, wire: Wire, when: datetime) -> tuple[list[str], list[str]]:
    """Top and bottom credit lines an outlet prints on agency copy (its habit is fixed)."""
    a = wire.agency
    name = outlet.agency_names.get(a.code, a.short)
    top: list[str] = []
    bottom: list[str] = []
    for form in outlet.credit:
        if form == "byline_reporter":
            top.append(f"By {wire.reporter}, {name}")
        elif form == "byline_agency":
            top.append(f"By {name}" if len(name) > 5 else name)
        elif form == "inputs":
            bottom.append(f"(With inputs from {a.short})")
        elif form == "agencies":
            bottom.append("With inputs from agencies")
        elif form == "source":
            bottom.append(f"Source: {a.short}")
        elif form == "dash":
            bottom.append(f"— {name}")
        elif form == "wirefeed":
            bottom.append("This story has been published from a wire agency feed without modifications to the text.")
        elif form == "autogen":
            bottom.append(f"(Only the headline and picture of this report may have been reworked by the {outlet.name} "
                          "staff; the rest of the content is auto-generated from a syndicated feed.)")
        elif form == "copyright":
            bottom.append(a.copyright)
        elif form == "contributed":
            bottom.append(f"{a.spellings[0]} contributed to this report.")
        elif form == "agency_tail":
            bottom.extend(agency_tail(wire, when))
    return top, bottom


def copy_credit(outlet: Outlet, parent: Outlet) -> str | None:
    """How an outlet credits another outlet whose story it republishes (its habit is fixed)."""
    if parent.name is None:
        return None
    return {
        "via": f"via {parent.name}",
        "originally": f"Originally published by {parent.name}.",
        "first_appeared": f"This article first appeared on {parent.name} and is republished here with permission.",
        "source_domain": f"Source: {parent.domain}",
        "read_original": f"Read the original article at {parent.name}.",
    }.get(outlet.copy_credit or "")


def mix_credit(names: list[str], rng: random.Random) -> str | None:
    return rng.choice((f"(With inputs from {' and '.join(names)})", "Compiled from wire reports.",
                       "With inputs from agencies", None))


def staff_byline(outlet: Outlet, desk: str, rng: random.Random) -> str | None:
    if not outlet.byline:
        return None
    return outlet.byline.format(name=person(rng), outlet=outlet.name, desk=desk.capitalize())


def attribution(name: str, rng: random.Random) -> tuple[str, str]:
    """How a rewrite credits the outlet it rewrote: ("lead", phrase) goes into the first sentence,
    ("end", line) closes the story, ("none", "") credits nobody."""
    how = rng.choice(("according", "first", "reported", "end", "end", "none", "none"))
    if how == "according":
        return "according", f", according to {name}"
    if how == "first":
        return "first", f"As first reported by {name}, "
    if how == "reported":
        return "reported", f"{name} reported that "
    if how == "end":
        return "end", rng.choice((f"This article draws on reporting by {name}.", f"(h/t {name})",
                                  f"Source: {name}"))
    return "none", ""
