"""Publication dates: the forms outlets write them in, a parser for those forms, and the ordering rule.

Each page has a true UTC instant. An outlet writes it in one of its forms, in its own time zone, and a few
outlets' clocks are off by some hours (the written time is then true + skew). Forms run from full ISO 8601
with offset down to a bare day ("3 March 2021"); no form is an ambiguous all-numeric day/month date.

``not_before(copy, parent)`` holds when no reading of the two written dates puts the copy first: written
wall clocks compared as they stand, and instants compared where offsets are written; a bare day is compared
by day only. The generator delays a copy until this holds against every dated ancestor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MONTHS = (
    "January February March April May June July August September October November December".split()
)
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
TZ_ABBR = {-5.0: "EST", -6.0: "CST", -7.0: "MST", -8.0: "PST", 0.0: "GMT", 1.0: "CET", 10.0: "AEST"}
_ABBR_TZ = {v: k for k, v in TZ_ABBR.items()} | {"UTC": 0.0}
FORMS = (
    "iso_offset", "iso_z", "rfc2822", "dmy", "us_long_tz", "naive", "iso_date", "us_date",
    "dmy_abbr_time", "weekday_dmy", "ymd_slash",
)


@dataclass(frozen=True)
class Stamp:
    text: str
    wall: datetime  # wall-clock time as written (midnight for a bare day)
    offset: float | None  # hours east of UTC when the text states it
    has_time: bool

    def readings(self) -> list[datetime | date]:
        if not self.has_time:
            return [self.wall.date()]
        out: list[datetime | date] = [self.wall]
        if self.offset is not None:
            out.append(self.wall - timedelta(hours=self.offset))
        return out


def _off(hours: float, colon: bool = True) -> str:
    sign = "+" if hours >= 0 else "-"
    m = round(abs(hours) * 60)
    return f"{sign}{m // 60:02d}{':' if colon else ''}{m % 60:02d}"


def render(form: str, utc: datetime, tz: float, skew: int = 0) -> Stamp:
    """Write the instant ``utc`` (naive, UTC) as an outlet in zone ``tz`` with a clock ``skew`` hours off."""
    claimed = utc + timedelta(hours=skew)
    local = claimed + timedelta(hours=tz)
    mon = MONTHS[local.month - 1]
    if form in ("us_long_tz", "dmy_abbr_time") and tz not in TZ_ABBR:
        local, tz = claimed, 0.0
    abbr = TZ_ABBR.get(tz, "UTC")
    if form in ("us_long_tz", "dmy_abbr_time", "naive"):
        local = local.replace(second=0, microsecond=0)
    d, y = local.day, local.year
    if form == "iso_offset":
        return Stamp(f"{local:%Y-%m-%dT%H:%M:%S}{_off(tz)}", local, tz, True)
    if form == "iso_z":
        return Stamp(f"{claimed:%Y-%m-%dT%H:%M:%S}Z", claimed, 0.0, True)
    if form == "rfc2822":
        wd = WEEKDAYS[local.weekday()][:3]
        return Stamp(f"{wd}, {d:02d} {mon[:3]} {y} {local:%H:%M:%S} {_off(tz, False)}", local, tz, True)
    if form == "us_long_tz":
        h12 = local.hour % 12 or 12
        ampm = "AM" if local.hour < 12 else "PM"
        return Stamp(f"{mon} {d}, {y} {h12}:{local.minute:02d} {ampm} {abbr}", local, tz, True)
    if form == "dmy_abbr_time":
        return Stamp(f"{d:02d} {mon[:3]} {y}, {local:%H:%M} {abbr}", local, tz, True)
    if form == "naive":
        return Stamp(f"{local:%Y-%m-%d %H:%M}", local, None, True)
    day = datetime(local.year, local.month, local.day)
    text = {
        "dmy": f"{d} {mon} {y}",
        "iso_date": f"{local:%Y-%m-%d}",
        "us_date": f"{mon} {d}, {y}",
        "weekday_dmy": f"{WEEKDAYS[local.weekday()]} {d} {mon} {y}",
        "ymd_slash": f"{local:%Y/%m/%d}",
    }[form]
    return Stamp(text, day, None, False)


_MON = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}
_PATTERNS = (
    (r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(Z|[+-]\d\d:\d\d)", "iso"),
    (r"[A-Z][a-z]{2}, (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4})", "rfc"),
    (r"([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d) (AM|PM) ([A-Z]{3,4})", "uslong"),
    (r"(\d\d) ([A-Z][a-z]{2}) (\d{4}), (\d\d):(\d\d) ([A-Z]{3,4})", "dmyabbr"),
    (r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)", "naive"),
    (r"(\d{4})[-/](\d\d)[-/](\d\d)", "ymd"),
    (r"(?:[A-Z][a-z]+ )?(\d{1,2}) ([A-Z][a-z]+) (\d{4})", "dmy"),
    (r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", "mdy"),
)


def _tz(text: str) -> float:
    if text == "Z":
        return 0.0
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * (int(digits[:2]) + int(digits[2:]) / 60)


def parse(text: str) -> Stamp:
    """Read back any form :func:`render` writes. Raises ValueError on anything else."""
    for pat, kind in _PATTERNS:
        m = re.fullmatch(pat, text)
        if not m:
            continue
        g = m.groups()
        if kind == "iso":
            wall = datetime(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]))
            return Stamp(text, wall, _tz(g[6]), True)
        if kind == "rfc":
            wall = datetime(int(g[2]), _MON[g[1].lower()], int(g[0]), int(g[3]), int(g[4]), int(g[5]))
            return Stamp(text, wall, _tz(g[6]), True)
        if kind == "uslong":
            hour = int(g[3]) % 12 + (12 if g[5] == "PM" else 0)
            wall = datetime(int(g[2]), _MON[g[0][:3].lower()], int(g[1]), hour, int(g[4]))
            return Stamp(text, wall, _ABBR_TZ[g[6]], True)
        if kind == "dmyabbr":
            wall = datetime(int(g[2]), _MON[g[1].lower()], int(g[0]), int(g[3]), int(g[4]))
            return Stamp(text, wall, _ABBR_TZ[g[5]], True)
        if kind == "naive":
            return Stamp(text, datetime(*(int(x) for x in g)), None, True)  # type: ignore[misc]
        if kind == "ymd":
            return Stamp(text, datetime(int(g[0]), int(g[1]), int(g[2])), None, False)
        if kind == "dmy":
            return Stamp(text, datetime(int(g[2]), _MON[g[1][:3].lower()], int(g[0])), None, False)
        return Stamp(text, datetime(int(g[2]), _MON[g[0][:3].lower()], int(g[1])), None, False)
    raise ValueError(f"not a copydesk date: {text!r}")


def not_before(copy: Stamp, parent: Stamp) -> bool:
    """True when no reading of the written dates puts ``copy`` before ``parent``."""
    for a in copy.readings():
        for b in parent.readings():
            if isinstance(a, datetime) and isinstance(b, datetime):
                if a < b:
                    return False
            elif _day(a) < _day(b):
                return False
    return True


def _day(x: datetime | date) -> date:
    return x.date() if isinstance(x, datetime) else x
