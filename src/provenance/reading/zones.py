"""Time-zone names as newsrooms print them after a time, and the offset each stands for.

A name is read only when it has one meaning. RFC 2822's names (as in RSS), Europe's, and those of
Asia, Africa, Oceania and the Americas that no other zone shares are fixed offsets. American pages
also print the zone without saying standard or daylight time ("4:12 p.m. ET", as the Associated
Press writes it): ET, CT, MT and PT stand for the clock in use on that day, which the United States'
daylight-saving rules of the date's year give. Names with several meanings (IST is India's,
Ireland's and Israel's) are listed apart, and read only by what a corpus shows
(:func:`provenance.reading.dates.read_in_zone`); anything else is refused rather than dropped, which
would misplace the time by hours.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

__all__ = ["AMBIGUOUS_ZONES", "FIXED_ZONES", "US_CLOCKS", "fixed", "us_clock"]

#: Zone names with one meaning and one offset.
FIXED_ZONES = {name: timezone(timedelta(hours=hours)) for name, hours in {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "TRT": 3, "EAT": 3, "WAT": 1, "CAT": 2, "SAST": 2, "PKT": 5, "NPT": 5.75, "ICT": 7, "WIB": 7,
    "WITA": 8, "WIT": 9, "HKT": 8, "SGT": 8, "MYT": 8, "PHT": 8, "AWST": 8, "JST": 9, "KST": 9, "ACST": 9.5,
    "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "HST": -10, "AKST": -9, "AKDT": -8,
    "NST": -3.5, "NDT": -2.5, "BRT": -3, "ART": -3,
}.items()}

#: Zone names newsrooms use with more than one meaning, and the offsets (hours) each may mean.
AMBIGUOUS_ZONES = {"IST": (1.0, 2.0, 5.5), "AST": (-4.0, 3.0), "GST": (-2.0, 4.0)}

#: The United States' clocks named without standard or daylight: their standard offsets (hours).
US_CLOCKS = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}


def _sunday(year: int, month: int, nth: int) -> datetime:
    """The nth Sunday of a month (nth -1: the last), at 02:00, when the clocks change."""
    if nth > 0:
        first = datetime(year, month, 1, 2)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    last = datetime(year + (month == 12), month % 12 + 1, 1, 2) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def _daylight(local: datetime) -> bool:
    """Whether United States daylight time was in force at a local wall-clock time: from the second
    Sunday of March to the first Sunday of November since 2007, the first Sunday of April to the last
    of October from 1987, the last Sunday of April to the last of October before."""
    year = local.year
    if year >= 2007:
        start, end = _sunday(year, 3, 2), _sunday(year, 11, 1)
    elif year >= 1987:
        start, end = _sunday(year, 4, 1), _sunday(year, 10, -1)
    else:
        start, end = _sunday(year, 4, -1), _sunday(year, 10, -1)
    return start <= local.replace(tzinfo=None) < end


class _USClock(tzinfo):
    """One of :data:`US_CLOCKS`: standard time, or an hour ahead on days of daylight time."""

    def __init__(self, name: str) -> None:
        self._name, self._standard = name, timedelta(hours=US_CLOCKS[name])

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return self._standard + self.dst(dt)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1) if dt is not None and _daylight(dt) else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return self._name


def us_clock(name: str) -> tzinfo | None:
    """The zone of a United States clock name (ET, CT, MT, PT) as a rule of its dates, None for another name."""
    return _USClock(name.upper()) if name.upper() in US_CLOCKS else None


def fixed(moment: datetime) -> datetime:
    """The same moment with its zone as a fixed offset (the one in force then), so that a rule-based
    zone never reaches a saved article.

    >>> fixed(datetime(2025, 1, 12, 0, 23, tzinfo=us_clock("ET"))).isoformat()
    '2025-01-12T00:23:00-05:00'
    >>> fixed(datetime(2025, 8, 6, 16, 12, tzinfo=us_clock("ET"))).isoformat()
    '2025-08-06T16:12:00-04:00'
    """
    if moment.tzinfo is None or isinstance(moment.tzinfo, timezone):
        return moment
    offset = moment.utcoffset()
    return moment.replace(tzinfo=timezone.utc if not offset else timezone(offset))
