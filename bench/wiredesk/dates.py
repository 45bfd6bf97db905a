"""Publication dates as outlets print them, and a reader for those same forms.

Sites disagree on how much of a timestamp they show and how they spell it: a full ISO time with
an offset, a bare date, "3 March 1987", "March 3, 1987 14:05 GMT", an ambiguous "03/04/1987".
Every form here is rendered from the article's true UTC instant; forms that show only a day
use the UTC day, so a copy can never appear to predate its source. :func:`bounds` reads a
printed value back into the earliest and latest instant it can stand for, which is what the
self-check uses to verify that no copy is dated before its parent.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

__all__ = ["STYLES", "bounds", "render"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

#: style name -> (description). Styles ending in ``_local`` use the outlet's own UTC offset.
STYLES = {
    "iso_local": "1987-03-03T14:05:00+03:00",
    "iso_z": "1987-03-03T11:05:00Z",
    "iso_date": "1987-03-03",
    "dmy_long": "3 March 1987",
    "mdy_long": "March 3, 1987",
    "mdy_gmt": "March 3, 1987 14:05 GMT",
    "dmy_abbr_time": "03 Mar 1987, 14:05 UTC",
    "slash_dmy": "03/04/1987 (day first)",
    "slash_mdy": "03/04/1987 (month first)",
    "rfc2822": "Tue, 03 Mar 1987 14:05:00 +0000",
}


def render(when: datetime, style: str, offset_hours: float = 0.0) -> str:
    """``when`` (aware, UTC) printed in ``style``; ``offset_hours`` only matters for ``iso_local``."""
    u = when.astimezone(timezone.utc)
    if style == "iso_local":
        tz = timezone(timedelta(hours=offset_hours))
        return u.astimezone(tz).replace(microsecond=0).isoformat()
    if style == "iso_z":
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "iso_date":
        return u.strftime("%Y-%m-%d")
    if style == "dmy_long":
        return f"{u.day} {_MONTHS[u.month - 1]} {u.year}"
    if style == "mdy_long":
        return f"{_MONTHS[u.month - 1]} {u.day}, {u.year}"
    if style == "mdy_gmt":
        return f"{_MONTHS[u.month - 1]} {u.day}, {u.year} {u:%H:%M} GMT"
    if style == "dmy_abbr_time":
        return f"{u:%d} {_MONTHS[u.month - 1][:3]} {u.year}, {u:%H:%M} UTC"
    if style == "slash_dmy":
        return f"{u:%d/%m/%Y}"
    if style == "slash_mdy":
        return f"{u:%m/%d/%Y}"
    if style == "rfc2822":
        return f"{_DAYS[u.weekday()]}, {u:%d} {_MONTHS[u.month - 1][:3]} {u.year} {u:%H:%M:%S} +0000"
    raise ValueError(f"unknown date style {style!r}")


def _month(name: str) -> int:
    for i, m in enumerate(_MONTHS, 1):
        if m.lower().startswith(name.lower()[:3]):
            return i
    raise ValueError(name)


def _day_span(y: int, m: int, d: int) -> tuple[datetime, datetime]:
    start = datetime(y, m, d, tzinfo=timezone.utc)
    return start, start + timedelta(days=1) - timedelta(microseconds=1)


def _minute_span(t: datetime) -> tuple[datetime, datetime]:
    return t, t + timedelta(minutes=1) - timedelta(microseconds=1)


def bounds(value: str, day_first: bool | None = None) -> tuple[datetime, datetime]:
    """Earliest and latest UTC instant a printed date can mean.

    ``day_first`` resolves slash dates (True: 03/04 is 3 April); when it is None both readings
    are allowed and the span covers them. Raises ValueError on a form this module never prints.
    """
    v = value.strip()
    try:
        t = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        t = None
    if t is not None:
        if len(v) == 10:
            return _day_span(t.year, t.month, t.day)
        return t.astimezone(timezone.utc), t.astimezone(timezone.utc)
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", v)
    if m:
        return _day_span(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", v)
    if m:
        return _day_span(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4}) (\d\d):(\d\d) GMT", v)
    if m:
        y, mo, d = int(m.group(3)), _month(m.group(1)), int(m.group(2))
        return _minute_span(datetime(y, mo, d, int(m.group(4)), int(m.group(5)), tzinfo=timezone.utc))
    m = re.fullmatch(r"(\d\d) ([A-Za-z]{3}) (\d{4}), (\d\d):(\d\d) UTC", v)
    if m:
        y, mo, d = int(m.group(3)), _month(m.group(2)), int(m.group(1))
        return _minute_span(datetime(y, mo, d, int(m.group(4)), int(m.group(5)), tzinfo=timezone.utc))
    m = re.fullmatch(r"[A-Za-z]{3}, (\d\d) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) \+0000", v)
    if m:
        return (datetime(int(m.group(3)), _month(m.group(2)), int(m.group(1)), int(m.group(4)),
                         int(m.group(5)), int(m.group(6)), tzinfo=timezone.utc),) * 2
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", v)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        readings = [(b, a)] if day_first else [(a, b)] if day_first is False else [(b, a), (a, b)]
        spans = [_day_span(y, mo, d) for mo, d in readings if mo <= 12]
        if not spans:
            raise ValueError(f"no reading of {value!r}")
        return min(s[0] for s in spans), max(s[1] for s in spans)
    raise ValueError(f"unrecognised date {value!r}")
