"""Publication dates as outlets print them, and the clock that keeps copies after their sources.

Every node of the corpus has one instant (UTC). An outlet prints it in its own time zone (with
daylight saving where the zone has it) and its own style: ISO with a zone, AP's "Dec. 3, 2024
4:12 p.m. ET", a day alone ("3 December 2024"), month-first or day-first numerals, "Updated ..." and
"Last Updated: ..." prefixes. A copy must never read as dated before its source, whichever way a
reader takes the two strings, so :func:`shown` gives the wall-clock time a style prints (UTC for the
styles that print UTC, local time otherwise) and the generator keeps that non-decreasing along
every edge as well as the instant itself.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

__all__ = ["STYLES", "offset", "render", "shown"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# zone: (standard offset in minutes, daylight offset, standard label, daylight label, rule)
_ZONES = {
    "us_east": (-300, -240, "EST", "EDT", "us"),
    "us_central": (-360, -300, "CST", "CDT", "us"),
    "us_west": (-480, -420, "PST", "PDT", "us"),
    "uk": (0, 60, "GMT", "BST", "eu"),
    "cet": (60, 120, "CET", "CEST", "eu"),
    "sast": (120, 120, "SAST", "SAST", None),
    "gst": (240, 240, "GST", "GST", None),
    "ist": (330, 330, "IST", "IST", None),
    "sgt": (480, 480, "SGT", "SGT", None),
    "cn": (480, 480, "CST", "CST", None),
    "jst": (540, 540, "JST", "JST", None),
    "kst": (540, 540, "KST", "KST", None),
    "aet": (600, 660, "AEST", "AEDT", "au"),
    "utc": (0, 0, "UTC", "UTC", None),
}
_SHORT_US = {"us_east": "ET", "us_central": "CT", "us_west": "PT"}


def _sunday(year: int, month: int, nth: int) -> datetime:
    """The ``nth`` Sunday of a month (``nth`` = -1: the last)."""
    if nth > 0:
        first = datetime(year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    nxt = datetime(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return nxt - timedelta(days=(nxt.weekday() + 1) % 7)


def _daylight(rule: str | None, utc: datetime) -> bool:
    """Whether summer time is in force at ``utc`` (naive UTC) under a zone's rule."""
    y = utc.year
    if rule == "us":
        return _sunday(y, 3, 2) + timedelta(hours=7) <= utc < _sunday(y, 11, 1) + timedelta(hours=6)
    if rule == "eu":
        return _sunday(y, 3, -1) + timedelta(hours=1) <= utc < _sunday(y, 10, -1) + timedelta(hours=1)
    if rule == "au":
        return not (_sunday(y, 4, 1) - timedelta(hours=8) <= utc < _sunday(y, 10, 1) - timedelta(hours=8))
    return False


def offset(zone: str, utc: datetime) -> tuple[timedelta, str]:
    """The offset from UTC and the zone's label at ``utc`` (naive UTC)."""
    std, dst, std_label, dst_label, rule = _ZONES[zone]
    if _daylight(rule, utc):
        return timedelta(minutes=dst), dst_label
    return timedelta(minutes=std), std_label


def _clock12(t: datetime, dots: bool = False, space: bool = True) -> str:
    hour = t.hour % 12 or 12
    half = ("a.m." if t.hour < 12 else "p.m.") if dots else ("AM" if t.hour < 12 else "PM")
    return f"{hour}:{t.minute:02d}{' ' if space else ''}{half}"


def _iso_offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _style_text(style: str, t: datetime, u: datetime, delta: timedelta, label: str, zone: str,
                rng: random.Random) -> str:
    """One style applied: ``t`` the local wall clock, ``u`` UTC."""
    mon, ap_mon, day = _MONTHS[t.month - 1], _AP_MONTHS[t.month - 1], _DAYS[t.weekday()]
    short = _SHORT_US.get(zone, label)
    table = {
        "iso_z": lambda: f"{u:%Y-%m-%dT%H:%M:%S}Z",
        "iso_ms": lambda: f"{u:%Y-%m-%dT%H:%M:%S}.{rng.randrange(1000):03d}Z",
        "iso_offset": lambda: f"{t:%Y-%m-%dT%H:%M:%S}{_iso_offset(delta)}",
        "rfc2822": lambda: f"{day[:3]}, {t:%d} {mon[:3]} {t:%Y %H:%M:%S} {_iso_offset(delta).replace(':', '')}",
        "ap": lambda: f"{ap_mon} {t.day}, {t.year} {_clock12(t, dots=True)} {short}",
        "ap_updated": lambda: f"Updated {_clock12(t)} {label}, {mon} {t.day}, {t.year}",
        "ny": lambda: f"{ap_mon} {t.day}, {t.year}, {_clock12(t, dots=True)} {short}",
        "us_long": lambda: f"{mon} {t.day}, {t.year}",
        "us_short": lambda: f"{mon[:3]} {t.day}, {t.year}",
        "us_at": lambda: f"{mon} {t.day}, {t.year} at {_clock12(t, dots=True)}",
        "us_num": lambda: f"{t:%m/%d/%Y}",
        "us_num_time": lambda: f"{t.month}/{t.day}/{t.year} {_clock12(t)[:-3]}:{t.second:02d} {_clock12(t)[-2:]}",
        "posted_us": lambda: f"Posted: {day[:3]}, {mon[:3]} {_ordinal(t.day)} {t.year} {_clock12(t)}",
        "uk_day": lambda: f"{t.day} {mon} {t.year}",
        "uk_updated": lambda: f"Updated {t.day} {mon} {t.year}",
        "uk_published": lambda: f"Published: {t:%H:%M} {t.day} {mon} {t.year}",
        "guardian": lambda: f"{day[:3]} {t.day} {mon[:3]} {t.year} {t:%H.%M} {label}",
        "eu_num": lambda: f"{t:%d/%m/%Y}",
        "eu_dots": lambda: f"{t:%d.%m.%Y %H:%M}",
        "dmy_dash": lambda: f"{t:%d-%m-%Y}",
        "ymd": lambda: f"{t:%Y-%m-%d}",
        "in_portal": lambda: f"{mon[:3]} {t:%d}, {t.year} {t:%H:%M} {label}",
        "in_updated": lambda: f"Last Updated: {mon} {t:%d}, {t.year} | {t:%H:%M} {label}",
        "in_published": lambda: f"Published on: {t:%d} {mon[:3]} {t.year}, {_clock12(t, space=False).lower()}",
        "au": lambda: f"Posted {day[:3]} {t.day} {mon[:3]} {t.year} at {_clock12(t, space=False).lower()}",
        "reuters": lambda: f"{mon} {u.day}, {u.year} {_clock12(u)} UTC",
        "xinhua": lambda: f"{t:%Y-%m-%d %H:%M:%S}",
        "kyodo": lambda: f"{mon[:3]} {t.day}, {t.year} - {t:%H:%M}",
        "yonhap": lambda: f"{t:%Y-%m-%d %H:%M} {label}",
        "efe": lambda: f"{t.day} {mon[:3]}. {t.year} - {t:%H:%M} {label}",
        "gulf": lambda: f"{day}, {mon} {t.day}, {t.year}",
    }
    return table[style]()


STYLES = ("iso_z", "iso_ms", "iso_offset", "rfc2822", "ap", "ap_updated", "ny", "us_long", "us_short", "us_at",
          "us_num", "us_num_time", "posted_us", "uk_day", "uk_updated", "uk_published", "guardian", "eu_num",
          "eu_dots", "dmy_dash", "ymd", "in_portal", "in_updated", "in_published", "au", "reuters", "xinhua",
          "kyodo", "yonhap", "efe", "gulf")
_PRINTS_UTC = {"iso_z", "iso_ms", "reuters"}


def shown(style: str, zone: str, utc: datetime) -> datetime:
    """The wall-clock time a style prints for ``utc`` (without zone): what a reader who ignores zones
    would compare."""
    return utc if style in _PRINTS_UTC else utc + offset(zone, utc)[0]


def render(style: str, zone: str, utc: datetime, rng: random.Random, prefix: str = "") -> str:
    """``utc`` printed in ``style`` for an outlet in ``zone``, after an optional prefix ("Updated ")."""
    delta, label = offset(zone, utc)
    return prefix + _style_text(style, utc + delta, utc, delta, label, zone, rng)
