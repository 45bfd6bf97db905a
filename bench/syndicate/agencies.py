"""News agencies and how each signs its copy: dateline, byline, sign-off and update marker.

Agency copy carries the agency's mark in one of a few fixed places: the dateline ("LONDON (Reuters) -"),
a byline ("By JANE DOE Associated Press"), or a trailing line ("(Reporting by ...; Editing by ...)",
"PTI ab cd", "Enditem"). Clients keep, move or drop these marks, so they are the first thing a tracer
sees and the first thing a careless copy loses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from .phrases import initials, person

__all__ = ["AGENCIES", "Agency", "byline", "dateline", "signoff", "update_headline"]


@dataclass(frozen=True)
class Agency:
    """A news agency (wire service)."""

    key: str
    name: str
    short: str
    variants: tuple[str, ...]
    domain: str
    country: str
    spelling: str
    numbers: str
    money: str
    headline: str
    quotes: str
    dash: str
    weight: float

    kind = "agency"

    @property
    def credit(self) -> str:
        return self.short


AGENCIES: dict[str, Agency] = {a.key: a for a in (
    Agency("reuters", "Reuters", "Reuters", ("Thomson Reuters", "REUTERS", "Reuters News"), "reuters.com",
           "UK", "us", " percent", "words", "sentence", "straight", "-", 3.0),
    Agency("ap", "The Associated Press", "AP", ("Associated Press", "AP", "AP News"), "apnews.com", "US",
           "us", " percent", "words", "sentence", "straight", "—", 3.0),
    Agency("afp", "Agence France-Presse", "AFP", ("AFP", "Agence France Presse", "AFP News"), "afp.com",
           "INT", "uk", " percent", "words", "sentence", "straight", "-", 2.5),
    Agency("pa", "PA Media", "PA", ("Press Association", "PA", "PA Media"), "pamediagroup.com", "UK", "uk",
           "%", "compact", "sentence", "straight", "–", 1.5),
    Agency("dpa", "dpa", "dpa", ("Deutsche Presse-Agentur", "DPA", "dpa international"), "dpa-international.com",
           "INT", "uk", " per cent", "words", "sentence", "straight", "-", 0.8),
    Agency("pti", "Press Trust of India", "PTI", ("PTI", "Press Trust Of India"), "ptinews.com", "IN", "uk",
           " per cent", "words", "title", "straight", "-", 1.2),
    Agency("ani", "ANI", "ANI", ("Asian News International", "ANI News"), "aninews.in", "IN", "uk",
           " per cent", "words", "title", "straight", "-", 0.8),
    Agency("ians", "IANS", "IANS", ("Indo-Asian News Service", "IANS India"), "ians.in", "IN", "uk",
           " per cent", "words", "title", "straight", "-", 0.6),
    Agency("bernama", "Bernama", "Bernama", ("BERNAMA", "Malaysian National News Agency"), "bernama.com", "MY",
           "uk", " per cent", "words", "title", "straight", "--", 0.6),
    Agency("xinhua", "Xinhua", "Xinhua", ("Xinhua News Agency", "XINHUA"), "english.news.cn", "INT", "us",
           " percent", "words", "sentence", "straight", "--", 0.8),
    Agency("efe", "EFE", "EFE", ("Agencia EFE", "EFE News"), "efe.com", "INT", "us", " percent", "words",
           "sentence", "straight", "-", 0.5),
    Agency("cp", "The Canadian Press", "The Canadian Press", ("Canadian Press", "CP"), "thecanadianpress.com",
           "CA", "us", " per cent", "words", "sentence", "straight", "—", 0.5),
    Agency("aap", "AAP", "AAP", ("Australian Associated Press", "AAP Newswire"), "aap.com.au", "AU", "uk",
           " per cent", "words", "sentence", "straight", "-", 0.6),
    Agency("kyodo", "Kyodo News", "Kyodo", ("Kyodo", "KYODO"), "english.kyodonews.net", "INT", "us",
           " percent", "words", "sentence", "straight", "--", 0.4),
)}

_MONTHS = "January February March April May June July August September October November December".split()


def _day(local: datetime, short: bool = False) -> str:
    month = _MONTHS[local.month - 1]
    if short:
        month = month[:3] if len(month) > 4 else month
    return f"{month} {local.day}"


def dateline(agency: Agency, place: str, local: datetime, rng: random.Random) -> str:
    """The dateline that opens the agency's first paragraph (``""`` for agencies that use none)."""
    city = place.title()
    key = agency.key
    if key == "reuters":
        return rng.choice((f"{place} (Reuters) - ", f"{place}, {_day(local)} (Reuters) - "))
    if key == "ap":
        return f"{place} (AP) — "
    if key == "afp":
        return rng.choice((f"{place}, {_day(local)} (AFP) - ", f"{city} (AFP) - "))
    if key == "dpa":
        return f"{city} (dpa) - "
    if key == "pti":
        return f"{city}, {_day(local, True)} (PTI) "
    if key == "ani":
        return f"{city} [{_country_of(place)}], {_day(local)} (ANI): "
    if key == "ians":
        return f"{city}, {_day(local)} (IANS) "
    if key == "bernama":
        return f"{place}, {_day(local)} (Bernama) -- "
    if key == "xinhua":
        return f"{place}, {_day(local)} (Xinhua) -- "
    if key == "efe":
        return f"{city}, {_day(local, True)} (EFE).- "
    if key == "cp":
        return f"{place} — "
    if key == "kyodo":
        return f"{place}, {_day(local)} Kyodo - "
    return ""


def _country_of(place: str) -> str:
    table = {"LONDON": "UK", "NEW YORK": "US", "WASHINGTON": "US", "NEW DELHI": "India", "MUMBAI": "India",
             "PARIS": "France", "BERLIN": "Germany", "TOKYO": "Japan", "BEIJING": "China"}
    return table.get(place, place.title())


def byline(agency: Agency, rng: random.Random) -> list[str]:
    """The byline lines agency copy carries above the text, often none."""
    who = person(rng)
    if agency.key == "reuters" and rng.random() < 0.5:
        return [f"By {who}"]
    if agency.key == "ap" and rng.random() < 0.6:
        return [f"By {who.upper()}", "Associated Press"]
    if agency.key == "afp" and rng.random() < 0.4:
        first, last = who.split()
        return [f"by {first} {last.upper()}"]
    if agency.key == "pa" and rng.random() < 0.7:
        return [f"By {who}, PA"]
    if agency.key == "cp" and rng.random() < 0.5:
        return [f"By {who}", "The Canadian Press"]
    return []


def signoff(agency: Agency, rng: random.Random, local: datetime) -> list[str]:
    """The lines that close agency copy: reporting credits, desk initials, an end mark, or nothing."""
    key = agency.key
    if key == "reuters" and rng.random() < 0.8:
        parts = [f"Reporting by {person(rng)}"]
        if rng.random() < 0.4:
            parts.append(f"Additional reporting by {person(rng)} in {rng.choice(('London', 'New York', 'Singapore'))}")
        if rng.random() < 0.3:
            parts.append(f"Writing by {person(rng)}")
        parts.append(f"Editing by {person(rng)}" + (f" and {person(rng)}" if rng.random() < 0.4 else ""))
        return ["(" + "; ".join(parts) + ")"]
    if key == "ap" and rng.random() < 0.4:
        return [f"Associated Press writer {person(rng)} in {rng.choice(('Washington', 'New York', 'London'))} "
                "contributed to this report."]
    if key == "afp" and rng.random() < 0.6:
        return [rng.choice(("— AFP", f"{initials(rng)}/{initials(rng)}", f"burs-{initials(rng)}/{initials(rng)}"))]
    if key == "pti" and rng.random() < 0.8:
        return [f"PTI {initials(rng).upper()} {initials(rng).upper()}"]
    if key == "ani" and rng.random() < 0.9:
        return ["(ANI)"]
    if key == "ians" and rng.random() < 0.8:
        return [f"--IANS {initials(rng)}/{initials(rng)}"]
    if key == "bernama" and rng.random() < 0.9:
        return ["-- BERNAMA"]
    if key == "xinhua" and rng.random() < 0.7:
        return ["Enditem"]
    if key == "efe" and rng.random() < 0.6:
        return [f"EFE {initials(rng)}/{initials(rng)}"]
    if key == "cp" and rng.random() < 0.9:
        return [f"This report by The Canadian Press was first published {_MONTHS[local.month - 1]} {local.day}, "
                f"{local.year}."]
    if key == "aap" and rng.random() < 0.5:
        return ["AAP"]
    if key == "kyodo" and rng.random() < 0.6:
        return ["==Kyodo"]
    if key == "dpa" and rng.random() < 0.4:
        return [f"dpa {initials(rng)} {initials(rng)}"]
    return []


def update_headline(agency: Agency, n: int, headline: str, rng: random.Random) -> str:
    """The headline of the agency's ``n``-th update of a story."""
    if agency.key == "reuters":
        return f"UPDATE {n}-{headline}"
    if agency.key in ("pti", "ians"):
        return f"{headline} (LD)" if rng.random() < 0.5 else headline
    if agency.key in ("afp", "xinhua", "bernama"):
        return rng.choice((f"UPDATE: {headline}", f"{headline} (updated)", headline))
    return headline
