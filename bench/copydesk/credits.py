"""Credits: how agencies sign their own copy and how outlets credit (or fail to credit) what they ran.

An agency's *native* form is what its own feed looks like (Reuters' dateline and "(Reporting by ...)" line,
AP's capitalised byline and "(AP) —" dateline, ...). An outlet running the story may keep that, restyle it into
another form (byline, trailing line, copyright line, "With inputs from PTI", a headline suffix), put a
credit-like line that names nobody ("published from a wire agency feed", a bare reporting line, a plain
dateline), or drop every trace. Reprints of another outlet's page say so in a line naming the outlet or
linking its URL.

A page *credits* an agency when one of the agency's name forms (``Agency.forms``) appears, as a whole word with
its capitalisation, in the page's title or text. The generator keeps every other mention out of pages that ran
an absent wire story, so that rule matches what it meant.
"""

from __future__ import annotations

import random
from datetime import datetime

from .dates import MONTHS
from .outlets import AGENCIES, Agency
from .page import Block
from .text import word_re

_WEIGHTS = {"Reuters": 4, "Associated Press": 4, "Agence France-Presse": 3, "PA Media": 2, "Bloomberg": 2}
_PATTERNS = {a.name: word_re(a.forms) for a in AGENCIES}
WIRE_FEED = "This story has been published from a wire agency feed without modifications to the text."


def pattern(agency: Agency):
    return _PATTERNS[agency.name]


def mentions(text: str, agency: Agency) -> bool:
    return bool(_PATTERNS[agency.name].search(text))


def choose_agency(rng: random.Random, texts: list[str]) -> Agency:
    """An agency (big ones more often) that none of ``texts`` mentions."""
    ok = [a for a in AGENCIES if not any(mentions(t, a) for t in texts)]
    pool = ok or list(AGENCIES[:1])
    weights = [_WEIGHTS.get(a.name, 1) for a in pool]
    return rng.choices(pool, weights)[0]


def fill(template: str, city: str, when: datetime) -> str:
    month = MONTHS[when.month - 1]
    return template.format(CITY=city.upper(), City=city.title(), Month=month, Mon=month[:3] + ".", d=when.day)


def _initials(rng: random.Random) -> str:
    return "".join(rng.choice("abcdeghjklmnprst") for _ in range(rng.randint(2, 3)))


_BEATS = {"politics": "Political", "sport": "Sports", "tech": "Technology", "entertainment": "Arts"}


def native(agency: Agency, city: str, when: datetime, rng: random.Random, person,
           topic: str = "") -> tuple[str, list[Block], list[Block]]:
    """The agency's own dress for a story: (dateline lead, blocks before the body, blocks after it)."""
    lead = fill(rng.choice(agency.dateline), city, when)
    top: list[Block] = []
    tail: list[Block] = []
    name = agency.name
    if name == "Reuters":
        extra = f"; Additional reporting by {person(rng)}" if rng.random() < 0.4 else ""
        tail.append(Block("credit", f"(Reporting by {person(rng)}{extra}; Editing by {person(rng)})"))
    elif name == "Associated Press":
        top.append(Block("byline", f"By {person(rng).upper()}"))
        if rng.random() < 0.5:
            tail.append(Block("credit", f"Associated Press writer {person(rng)} in {agency.home} contributed "
                                        "to this report."))
    elif name == "Agence France-Presse":
        tail.append(Block("credit", f"{_initials(rng)}/{_initials(rng)}"))
    elif name == "PA Media":
        lead = ""
        beat = _BEATS.get(topic, "Business" if topic not in ("", "general") else "Home Affairs")
        top.append(Block("byline", f"By {person(rng)}, PA {beat} Correspondent"))
    elif name == "Bloomberg":
        top.append(Block("byline", person(rng)))
        tail.append(Block("credit", f"To contact the reporter on this story: {person(rng)} in {agency.home}"))
    elif name == "Xinhua":
        tail.append(Block("credit", "Enditem"))
    elif name == "Press Trust of India":
        tail.append(Block("credit", f"PTI {_initials(rng).upper()} {_initials(rng).upper()}"))
    return lead, top, tail


def restyled(agency: Agency, city: str, when: datetime, rng: random.Random, person) -> dict[str, list[str]]:
    """One or two other ways of naming ``agency``: {"lead": [...], "byline": [...], "tail": [...], "title": [...]}."""
    s, long_ = agency.short, agency.long
    year = when.year
    forms = [
        ("lead", fill(rng.choice(agency.dateline), city, when)),
        ("lead", f"{city.upper()} ({s}) - "),
        ("byline", f"By {person(rng)}, {long_.removeprefix('The ')}"),
        ("byline", f"By {s} staff"),
        ("byline", f"By Staff Writer with {s}"),
        ("byline", f"{s}'s {person(rng)}"),
        ("byline", f"{person(rng)} | {s}"),
        ("tail", f"— {s}"),
        ("tail", f"Additional reporting by {s}"),
        ("tail", f"Source: {s}"),
        ("tail", agency.copyright.format(year=year)),
        ("tail", f"With inputs from {s}"),
        ("tail", f"({s})"),
        ("tail", f"This article was provided by {long_}."),
        ("title", f" - {s}"),
    ]
    out: dict[str, list[str]] = {"lead": [], "byline": [], "tail": [], "title": []}
    for where, text in rng.sample(forms, rng.choice((1, 1, 2))):
        if where in ("lead", "byline", "title") and out[where]:
            continue
        out[where].append(text)
    return out


def unnamed(city: str, rng: random.Random, person) -> dict[str, list[str]]:
    """Credit-like furniture that names no agency."""
    choice = rng.randrange(5)
    if choice == 0:
        return {"tail": [WIRE_FEED]}
    if choice == 1:
        return {"tail": [f"(Reporting by {person(rng)}; Editing by {person(rng)})"]}
    if choice == 2:
        return {"lead": [f"{city.upper()} — "]}
    if choice == 3:
        return {"byline": [rng.choice(("By Wire Staff", "By Staff Reporter", "By News Desk", "By Web Desk"))]}
    return {"tail": ["(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"]}


def reprint(name: str | None, url: str | None, host: str, rng: random.Random) -> str | None:
    """A line crediting another outlet's page by name or URL (None when neither is possible)."""
    forms = []
    if name:
        forms += [
            f"This article originally appeared in {name}.", f"Republished with permission from {name}.",
            f"This story was first published by {name}.", f"Source: {name}", f"© {name}. Reprinted with permission.",
            f"This article first appeared on {host}.",
        ]
    if url:
        forms += [f"Read the original at {url}", f"Originally published at {url}"]
    return rng.choice(forms) if forms else None


def sources_line(names: list[str], rng: random.Random) -> str:
    joined = " and ".join(names)
    return rng.choice((f"With reporting from {joined}.", f"Sources: {', '.join(names)}", f"Compiled from {joined}."))
