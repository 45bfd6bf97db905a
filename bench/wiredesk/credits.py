"""How a reprint says where it came from: agency credits, bylines and source lines.

A single agency is credited in many ways in the wild: a dateline prefix ("LONDON (AFP) —"),
a byline ("By Staff Writer with Reuters"), a trailing line ("— Reuters", "Source: AP"), a
reporting credit ("(Reporting by ...; Editing by ...)"), a copyright notice, or the vague
"Agencies". A copy of another site's article may say "This article originally appeared on X".
This module draws one such credit for an article, split into where it sits on the page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["AGENCIES", "Credit", "agency_credit", "draw_agency", "generic_credit", "source_credit"]

#: canonical agency name -> (dateline tag, full names used in bylines and lines, share of stories)
AGENCIES: dict[str, tuple[str, tuple[str, ...], float]] = {
    "Reuters": ("Reuters", ("Reuters", "REUTERS", "Thomson Reuters", "Reuters news agency"), 0.4),
    "AFP": ("AFP", ("AFP", "Agence France-Presse", "Agence France Presse", "AFP news agency"), 0.2),
    "AP": ("AP", ("AP", "The Associated Press", "Associated Press"), 0.2),
    "dpa": ("dpa", ("dpa", "Deutsche Presse-Agentur", "DPA"), 0.07),
    "Xinhua": ("Xinhua", ("Xinhua", "Xinhua News Agency"), 0.07),
    "UPI": ("UPI", ("UPI", "United Press International"), 0.06),
}

_REPORTERS = ("Jane Marsh", "Peter Holloway", "Kenji Sato", "Maria Alvarez", "David Brunnstrom",
              "Claire Dupont", "Ahmed Rashid", "Lucy Fenwick", "Tomas Novak", "Ruth Okafor")
_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
           "Dec")


@dataclass
class Credit:
    """Where an article names its source: a prefix on the first paragraph, a byline line above
    the body and lines below it. Empty parts are simply not printed."""

    lead: str = ""
    byline: str | None = None
    tail: list[str] = field(default_factory=list)


def draw_agency(rng: random.Random) -> str:
    """An agency name, Reuters most often (the base texts are Reuters copy)."""
    names = list(AGENCIES)
    return rng.choices(names, weights=[AGENCIES[n][2] for n in names])[0]


def _dateline(rng: random.Random, tag: str, city: str, when: datetime) -> str:
    dash = rng.choice(("-", "—", "--", "–"))
    if not city:
        return f"({tag}) {dash} "
    form = rng.randrange(4)
    if form == 0:
        return f"{city.upper()} ({tag}) {dash} "
    if form == 1:
        return f"{city.upper()}, {_MONTHS[when.month - 1]} {when.day} ({tag}) {dash} "
    if form == 2:
        return f"{city} ({tag}) {dash} "
    return f"({tag}) {dash} "


def agency_credit(rng: random.Random, agency: str, city: str, when: datetime,
                  byline_forms: tuple[str, ...] = ()) -> Credit:
    """A credit naming ``agency`` in one of its real forms, in one or two places on the page.

    ``byline_forms`` are the outlet's own byline templates; one with an ``{agency}`` slot may be
    used ("By Staff Writer with Reuters").
    """
    tag, names, _ = AGENCIES[agency]
    name = rng.choice(names)
    credit = Credit()
    places = rng.sample(["lead", "byline", "tail"], k=rng.choice((1, 1, 2)))
    if "lead" in places:
        credit.lead = _dateline(rng, tag, city, when)
    if "byline" in places:
        own = [b for b in byline_forms if "{agency}" in b]
        forms = [f"By {name}", name, f"By {name} staff", "By Staff Writer with " + name,
                 f"By Our Correspondent with {name}"] + [b.format(agency=name) for b in own]
        credit.byline = rng.choice(forms)
    if "tail" in places or not places:
        forms = [f"— {name}", f"Source: {name}", f"({name})", f"With inputs from {name}",
                 f"Copyright {name}. All rights reserved.", f"© {name}"]
        if agency == "Reuters":
            a, b = rng.sample(_REPORTERS, 2)
            forms += [f"(Reporting by {a}; Editing by {b})", f"(Reporting by {a}; Writing by {b})"]
        credit.tail.append(rng.choice(forms))
    return credit


def generic_credit(rng: random.Random) -> Credit:
    """A credit that names no agency: "Agencies", "Wire services", "With agency inputs"."""
    form = rng.randrange(4)
    if form == 0:
        return Credit(byline="Agencies")
    if form == 1:
        return Credit(tail=["— Agencies"])
    if form == 2:
        return Credit(tail=["With agency inputs"])
    return Credit(byline="Wire services")


def source_credit(rng: random.Random, outlet_name: str) -> Credit:
    """A line naming another site as the source of a reprint."""
    forms = (f"This article originally appeared on {outlet_name}.",
             f"Source: {outlet_name}", f"Courtesy of {outlet_name}.",
             f"This story was first published by {outlet_name} and is republished with permission.")
    if rng.random() < 0.2:
        return Credit(byline=f"By {outlet_name}")
    return Credit(tail=[rng.choice(forms)])
