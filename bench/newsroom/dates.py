"""Publication times: when copies appear and how each site writes the date.

True times are UTC datetimes. A site writes its date in its own style and local zone, at any
precision from Unix seconds to a bare day: ISO 8601 with an offset or "Z", RFC 2822, "3 March
2024", "March 3, 2024 10:15 AM EST", "03/04/2024" (day-first or month-first by country, so
ambiguous), "2024-03-03", "03.03.2024 10:15", "Updated: ..." or nothing at all.
"""

import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

ZONES = {"UTC": 0.0, "GMT": 0.0, "BST": 1.0, "CET": 1.0, "EST": -5.0, "EDT": -4.0, "PST": -8.0,
         "IST": 5.5, "JST": 9.0, "KST": 9.0, "EAT": 3.0, "WAT": 1.0, "SAST": 2.0, "PHT": 8.0,
         "MYT": 8.0, "SGT": 8.0, "AEST": 10.0, "NZST": 12.0, "TRT": 3.0, "MSK": 3.0, "PKT": 5.0}
STYLES = ("iso", "iso_z", "rfc2822", "dmy_long", "dmy_time", "mdy_time", "slash_dmy", "slash_mdy",
          "date_only", "unix", "dotted", "updated", "missing")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

# Rates of date faults, applied per record (see the package docstring).
MISSING_SOURCE = 0.04
MISSING_COPY = 0.07
CLOCK_ERROR = 0.03

_EPOCH0 = datetime(2019, 1, 1, tzinfo=timezone.utc)
_SPAN_DAYS = 6 * 365


def story_time(rng: random.Random) -> datetime:
    """A wire story's time: some day between 2019 and 2024, mostly in working hours (UTC)."""
    day = _EPOCH0 + timedelta(days=rng.randrange(_SPAN_DAYS))
    hour = rng.choice((5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 1))
    return day + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))


def copy_delay(rng: random.Random) -> timedelta:
    """How long after its parent a copy appears: minutes (45%), hours (35%) or days (20%)."""
    r = rng.random()
    if r < 0.45:
        return timedelta(minutes=rng.randint(3, 90), seconds=rng.randrange(60))
    if r < 0.80:
        return timedelta(minutes=rng.randint(95, 20 * 60))
    return timedelta(days=rng.randint(1, 4), minutes=rng.randrange(24 * 60))


def sibling_spread(rng: random.Random) -> timedelta:
    """Offset of a sibling copy from the absent wire story: minutes to a few hours."""
    return timedelta(minutes=rng.randint(2, 240), seconds=rng.randrange(60))


def clock_error(parent_time: datetime, rng: random.Random) -> datetime:
    """A wrong shown time earlier than the parent's: a zone mistake or a stale clock."""
    return parent_time - timedelta(minutes=rng.randint(20, 11 * 60))


def _zone(name: str) -> timezone:
    hours = ZONES.get(name, 0.0)
    return timezone(timedelta(minutes=int(hours * 60)), name)


def _hm12(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def format_date(when: datetime | None, style: str, zone: str = "UTC") -> str | None:
    """Write a UTC time in a style and zone; None for a missing date."""
    if when is None or style == "missing":
        return None
    loc = when.astimezone(_zone(zone))
    mon = MONTHS[loc.month - 1]
    if style == "iso":
        return loc.isoformat(timespec="seconds")
    if style == "iso_z":
        return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "rfc2822":
        return format_datetime(loc)
    if style == "dmy_long":
        return f"{loc.day} {mon} {loc.year}"
    if style == "dmy_time":
        return f"{loc.day:02d} {mon[:3]} {loc.year}, {loc.hour:02d}:{loc.minute:02d} {zone}"
    if style == "mdy_time":
        return f"{mon} {loc.day}, {loc.year} {_hm12(loc)} {zone}"
    if style == "slash_dmy":
        return f"{loc.day:02d}/{loc.month:02d}/{loc.year}"
    if style == "slash_mdy":
        return f"{loc.month:02d}/{loc.day:02d}/{loc.year}"
    if style == "date_only":
        return f"{loc.year}-{loc.month:02d}-{loc.day:02d}"
    if style == "unix":
        return str(int(when.timestamp()))
    if style == "dotted":
        return f"{loc.day:02d}.{loc.month:02d}.{loc.year} {loc.hour:02d}:{loc.minute:02d}"
    if style == "updated":
        return f"Updated: {_hm12(loc)} {zone}, {loc.strftime('%a')} {mon} {loc.day}, {loc.year}"
    raise ValueError(f"unknown date style {style!r}")


def pick_style(outlet: dict, rng: random.Random) -> str:
    """The outlet's usual date style (80%) or any other one."""
    if rng.random() < 0.8:
        return rng.choice(outlet["dates"])
    return rng.choice(STYLES[:-1])


def dateline_date(when: datetime | None, rng: random.Random, short: bool = False) -> str:
    """The day written in a dateline, "March 3" or "Mar 3" (UTC calendar day)."""
    when = when or _EPOCH0
    mon = MONTHS[when.month - 1]
    if short:
        mon = mon[:3] if mon != "May" else mon
    return f"{mon} {when.day}"
