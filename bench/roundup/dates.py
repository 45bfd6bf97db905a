"""Publication times: time zones with their summer-time rules, and the many ways outlets print a date.

Times are kept in UTC; each outlet prints them in its own zone and format. Zone rules are written out
here (not read from the system's tz database) so that a corpus is the same on every machine.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

UTC = timezone.utc
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
REUTERS_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")


def _nth_sunday(year: int, month: int, n: int) -> date:
    """The n-th Sunday of a month (n = -1 for the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _us_summer(t: datetime, std: int) -> bool:
    start = _at(_nth_sunday(t.year, 3, 2), 2 - std)
    end = _at(_nth_sunday(t.year, 11, 1), 1 - std)
    return start <= t < end


def _eu_summer(t: datetime) -> bool:
    return _at(_nth_sunday(t.year, 3, -1), 1) <= t < _at(_nth_sunday(t.year, 10, -1), 1)


def _au_summer(t: datetime) -> bool:
    ends = _at(_nth_sunday(t.year, 4, 1), 16) - timedelta(days=1)
    starts = _at(_nth_sunday(t.year, 10, 1), 16) - timedelta(days=1)
    return t < ends or t >= starts


def offset(zone: str, t: datetime) -> tuple[int, str]:
    """Minutes east of UTC and the zone's abbreviation at instant ``t`` (UTC)."""
    if zone in ("et", "ct", "pt"):
        std = {"et": -5, "ct": -6, "pt": -8}[zone]
        summer = _us_summer(t, std)
        letter = zone[0].upper()
        return (std + summer) * 60, f"{letter}{'D' if summer else 'S'}T"
    if zone == "uk":
        return (60, "BST") if _eu_summer(t) else (0, "GMT")
    if zone == "cet":
        return (120, "CEST") if _eu_summer(t) else (60, "CET")
    if zone == "aet":
        return (660, "AEDT") if _au_summer(t) else (600, "AEST")
    fixed = {"ist": (330, "IST"), "myt": (480, "MYT"), "cst8": (480, "CST"), "utc": (0, "UTC")}
    return fixed[zone]


def local(zone: str, t: datetime) -> datetime:
    """``t`` as a naive wall-clock time in ``zone``."""
    minutes, _ = offset(zone, t)
    return (t + timedelta(minutes=minutes)).replace(tzinfo=None)


def _off(minutes: int, colon: bool) -> str:
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}" if colon else f"{sign}{h:02d}{m:02d}"


def _clock12(d: datetime, ap: bool) -> str:
    hour = d.hour % 12 or 12
    if ap:
        return f"{hour}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    return f"{hour}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def _clock12_padded(d: datetime) -> str:
    return f"{d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def render(style: str, zone: str, t: datetime) -> str:
    """``t`` (UTC) printed the way an outlet using ``style`` in ``zone`` prints it."""
    minutes, abbr = offset(zone, t)
    d = local(zone, t)
    u = t.astimezone(UTC)
    mon, month, wd = MONTHS[d.month - 1][:3], MONTHS[d.month - 1], WEEKDAYS[d.weekday()]
    short_zone = abbr[0] + "T" if zone in ("et", "ct", "pt") else abbr
    forms = {
        "iso": f"{d:%Y-%m-%dT%H:%M:%S}{_off(minutes, True)}",
        "iso_z": f"{u:%Y-%m-%dT%H:%M:%S}Z",
        "iso_ms": f"{u:%Y-%m-%dT%H:%M:%S}.{d.second * 7 % 1000:03d}Z",
        "rfc2822": f"{wd[:3]}, {d.day:02d} {mon} {d.year} {d:%H:%M:%S} {_off(minutes, False)}",
        "dmy_off": f"{d.day} {mon} {d.year} {d:%H:%M} {_off(minutes, False)}",
        "ap": f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} {_clock12(d, True)} {short_zone}",
        "ap_upd": f"{_clock12(d, False)} {abbr}, {month} {d.day}, {d.year}",
        "dmy_slash": f"{d:%d/%m/%Y}",
        "mdy_slash": f"{d:%m/%d/%Y}",
        "mdy_slash_time": f"{d:%m/%d/%Y} {_clock12_padded(d)}",
        "day_iso": f"{d:%Y-%m-%d}",
        "guardian": f"{wd[:3]} {d.day} {mon} {d.year} {d:%H.%M} {abbr}",
        "long_us": f"{month} {d.day}, {d.year}",
        "long_uk": f"{d.day} {month} {d.year}",
        "india": f"{mon} {d.day:02d}, {d.year} {d:%H:%M} {abbr}",
        "india2": f"{mon} {d.day}, {d.year}, {_clock12_padded(d)} {abbr}",
        "naive": f"{d:%Y-%m-%d %H:%M}",
        "dmy_time": f"{d:%d/%m/%Y %H:%M}",
        "dmy_dots": f"{d:%d.%m.%Y %H:%M}",
        "tabloid": f"{d:%H:%M}, {d.day:02d} {mon} {d.year}",
        "xinhua": f"{d:%Y-%m-%d %H:%M:%S}",
        "bernama": f"{d:%d/%m/%Y} {_clock12_padded(d)}",
        "reuters": f"{month} {u.day}, {u.year} {_clock12(u, False)} UTC",
        "upi": f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} / {_clock12(d, False)}",
        "weekday_uk": f"{wd} {d.day} {month} {d.year}",
    }
    return forms[style]


DAY_ONLY = {"dmy_slash", "mdy_slash", "day_iso", "long_us", "long_uk", "weekday_uk"}


def local_day(zone: str, t: datetime) -> date:
    return local(zone, t).date()


def after(parent: datetime, parent_zone: str, zone: str, rng: random.Random, low: float, high: float) -> datetime:
    """A time ``low`` to ``high`` minutes (log-uniform) after ``parent`` whose local calendar day in ``zone`` is
    not earlier than the parent's local day in its own zone (so no printed date runs backwards)."""
    import math

    minutes = math.exp(rng.uniform(math.log(low), math.log(high)))
    t = parent + timedelta(minutes=minutes)
    t = t.replace(second=rng.randrange(60), microsecond=0)
    while local_day(zone, t) < local_day(parent_zone, parent):
        t += timedelta(hours=1)
    return t


def after_all(parents: list[tuple[datetime, str]], zone: str, rng: random.Random, low: float,
              high: float) -> datetime:
    """A time after every parent (UTC instant, zone) that prints no earlier day than any of them."""
    latest = max(parents, key=lambda p: p[0])
    t = after(latest[0], latest[1], zone, rng, low, high)
    while any(local_day(zone, t) < local_day(z, p) for p, z in parents):
        t += timedelta(hours=1)
    return t


def dateline_day(agency_style: str, d: datetime) -> str:
    """Month and day as an agency's dateline prints them."""
    if agency_style == "ap":
        return f"{AP_MONTHS[d.month - 1]} {d.day}"
    if agency_style == "reuters":
        return f"{REUTERS_MONTHS[d.month - 1]} {d.day}"
    if agency_style == "full":
        return f"{MONTHS[d.month - 1]} {d.day}"
    return f"{MONTHS[d.month - 1][:3]} {d.day}"


def story_time(rng: random.Random) -> datetime:
    """When a story breaks: some moment between January and late November 2025."""
    start = datetime(2025, 1, 6, tzinfo=UTC)
    return start + timedelta(minutes=rng.randrange(0, 325 * 24 * 60))
