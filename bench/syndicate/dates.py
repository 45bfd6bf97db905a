"""Publication times: when copies appear after their sources, and the many ways pages write a date.

Times are kept in UTC and written in the outlet's local time: an Indian site's "6 March 2024" may be a
US site's "March 5, 2024" for the same instant, as on the real web. Formats run from full ISO 8601 with
an offset down to a bare day, a day-first or month-first numeric date, or a Unix timestamp.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta, timezone

__all__ = ["FORMATS", "delay", "local", "render"]

FORMATS = ("iso_offset", "iso_utc", "date", "long_uk", "us_long", "rfc2822", "uk_numeric", "us_numeric", "unix")

_MONTHS = "January February March April May June July August September October November December".split()
_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
#: standard offset in minutes and zone names (standard, summer) per country
_ZONES = {
    "UK": (0, "GMT", "BST"), "IE": (0, "GMT", "IST"), "US": (-300, "EST", "EDT"), "CA": (-300, "EST", "EDT"),
    "IN": (330, "IST", "IST"), "AU": (600, "AEST", "AEDT"), "NZ": (720, "NZST", "NZDT"), "MY": (480, "MYT", "MYT"),
    "SG": (480, "SGT", "SGT"), "ZA": (120, "SAST", "SAST"), "NG": (60, "WAT", "WAT"), "KE": (180, "EAT", "EAT"),
    "PH": (480, "PHT", "PHT"), "PK": (300, "PKT", "PKT"), "INT": (0, "GMT", "GMT"),
}


def _nth_sunday(year: int, month: int, n: int) -> datetime:
    """The ``n``-th Sunday of a month (``n = -1``: the last)."""
    if n > 0:
        first = datetime(year, month, 1, tzinfo=timezone.utc)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    nxt = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=timezone.utc)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _summer(country: str, utc: datetime) -> bool:
    y = utc.year
    if country in ("UK", "IE"):
        return _nth_sunday(y, 3, -1) <= utc < _nth_sunday(y, 10, -1)
    if country in ("US", "CA"):
        return _nth_sunday(y, 3, 2) + timedelta(hours=7) <= utc < _nth_sunday(y, 11, 1) + timedelta(hours=6)
    if country == "AU":
        return not (_nth_sunday(y, 4, 1) <= utc < _nth_sunday(y, 10, 1))
    if country == "NZ":
        return not (_nth_sunday(y, 4, 1) <= utc < _nth_sunday(y, 9, -1))
    return False


def local(utc: datetime, country: str) -> tuple[datetime, str]:
    """The local time of ``utc`` in ``country`` and the zone's abbreviation (summer time included)."""
    base, std, dst = _ZONES.get(country, _ZONES["INT"])
    summer = std != dst and _summer(country, utc)
    offset = base + (60 if summer else 0)
    return utc.astimezone(timezone(timedelta(minutes=offset))), dst if summer else std


def delay(rng: random.Random, low: float, median: float, high: float) -> timedelta:
    """A log-normal delay in minutes, median ``median``, clipped to [``low``, ``high``]."""
    minutes = math.exp(rng.gauss(math.log(median), 1.0))
    return timedelta(minutes=round(min(high, max(low, minutes)), 0))


def render(utc: datetime, fmt: str, country: str) -> str | int:
    """``utc`` written in format ``fmt`` as an outlet in ``country`` would write it."""
    if fmt == "unix":
        return int(utc.timestamp())
    if fmt == "iso_utc":
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    t, zone = local(utc, country)
    if fmt == "iso_offset":
        return t.isoformat(timespec="seconds")
    if fmt == "date":
        return t.strftime("%Y-%m-%d")
    if fmt == "long_uk":
        return f"{t.day} {_MONTHS[t.month - 1]} {t.year}"
    if fmt == "us_long":
        hour = t.hour % 12 or 12
        return f"{_MONTHS[t.month - 1]} {t.day}, {t.year} {hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'} {zone}"
    if fmt == "rfc2822":
        off = t.utcoffset() or timedelta(0)
        minutes = int(off.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        return (f"{_DAYS[t.weekday()]}, {t.day:02d} {_MONTHS[t.month - 1][:3]} {t.year} {t:%H:%M:%S} "
                f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}")
    if fmt == "uk_numeric":
        return f"{t.day:02d}/{t.month:02d}/{t.year}"
    if fmt == "us_numeric":
        return f"{t.month:02d}/{t.day:02d}/{t.year}"
    raise ValueError(f"unknown date format {fmt!r}")


def text_date(utc: datetime, country: str, spelling: str) -> str:
    """A date as printed on the page (near the byline): day-first for UK norms, month-first for US ones."""
    t, zone = local(utc, country)
    if spelling == "us":
        hour = t.hour % 12 or 12
        noon = "a.m." if t.hour < 12 else "p.m."
        return f"{_MONTHS[t.month - 1]} {t.day}, {t.year} {hour}:{t.minute:02d} {noon} {zone}"
    return f"{t.day} {_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} {zone}"
