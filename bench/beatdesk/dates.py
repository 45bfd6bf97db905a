"""Publication dates as outlets print them, at every precision.

Every article has a true instant (UTC). An outlet prints it in its own zone and style: an ISO
timestamp with a zone, RFC 2822, "5 March 2025", "March 5, 2025 10:14 AM EST", a numeric date, an
"Updated:" label, Unix seconds, a month, or nothing. Numeric dates are only printed when the day is
over 12 (13/03/2025 can only be read one way); for an earlier day the same outlet prints the day in
words, since a bare 05/03/2025 cannot be read without knowing the site's convention.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

__all__ = ["ZONES", "render"]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

#: zone key -> (standard offset hours, summer offset hours, standard name, summer name); names only
#: where they have one meaning
ZONES: dict[str, tuple[float, float, str | None, str | None]] = {
    "utc": (0, 0, "GMT", "GMT"),
    "uk": (0, 1, "GMT", "BST"),
    "us_east": (-5, -4, "EST", "EDT"),
    "us_central": (-6, -5, "CST", "CDT"),
    "us_pacific": (-8, -7, "PST", "PDT"),
    "india": (5.5, 5.5, None, None),
    "aus_east": (11, 10, None, None),
    "singapore": (8, 8, None, None),
    "south_africa": (2, 2, None, None),
    "west_africa": (1, 1, None, None),
    "east_africa": (3, 3, None, None),
    "cet": (1, 2, None, None),
    "gulf": (4, 4, None, None),
}


def _summer(when: datetime) -> bool:
    """Northern summer time, roughly: April to October (close enough for a printed label)."""
    return 4 <= when.month <= 10


def _local(when: datetime, zone: str) -> tuple[datetime, str | None]:
    std, summer, std_name, summer_name = ZONES[zone]
    use_summer = _summer(when)
    hours = summer if use_summer else std
    name = summer_name if use_summer else std_name
    tz = timezone(timedelta(hours=hours))
    return when.astimezone(tz), name


def _offset(local: datetime, colon: bool) -> str:
    text = local.strftime("%z")
    return f"{text[:3]}:{text[3:]}" if colon else text


def _clock12(local: datetime) -> str:
    hour = local.hour % 12 or 12
    return f"{hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


def render(when: datetime, style: str, zone: str) -> str | int | None:
    """``when`` (aware, UTC) as an outlet in ``zone`` prints it in ``style``; None for no date."""
    local, name = _local(when, zone)
    day, month, year = local.day, local.month, local.year
    written_uk = f"{day} {MONTHS[month - 1]} {year}"
    if style == "iso_z":
        return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "iso_offset":
        return local.strftime("%Y-%m-%dT%H:%M:%S") + _offset(local, colon=True)
    if style == "rfc2822":
        return local.strftime("%a, %d %b %Y %H:%M:%S ") + (name if name == "GMT" else _offset(local, colon=False))
    if style == "iso_day":
        return local.strftime("%Y-%m-%d")
    if style == "written_uk_day":
        return written_uk
    if style == "written_us_time":
        zone_text = name or _offset(local, colon=False)
        return f"{MONTHS[month - 1]} {day}, {year} {_clock12(local)} {zone_text}"
    if style == "written_offset":
        return f"{day} {MONTHS[month - 1][:3]} {year} {local:%H:%M} {_offset(local, colon=False)}"
    if style in ("numeric_dmy", "numeric_mdy"):
        if day <= 12:
            return written_uk
        return f"{day:02d}/{month:02d}/{year}" if style == "numeric_dmy" else f"{month:02d}/{day:02d}/{year}"
    if style == "updated_label":
        return f"Updated: {written_uk} {local:%H:%M} {name or _offset(local, colon=False)}"
    if style == "naive_local":
        return local.strftime("%Y-%m-%d %H:%M")
    if style == "unix":
        return int(when.timestamp())
    if style == "month":
        return local.strftime("%Y-%m")
    return None
