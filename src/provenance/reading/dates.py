"""Publication dates in the forms newsrooms and feeds write them, with how precisely each was stated.

A date is evidence of who copied whom only as far as it is precise: a copy dated "2025-03-04" beside a
wire story timed 08:10 that day cannot be ordered against it, and reading the bare date as midnight
would put the copy first. So every date keeps its precision (a year, a month, a day, a minute, a
second), and :func:`order_of` orders two dates only when the spans they cover do not overlap.

Accepted: ``datetime`` and ``date`` objects; ISO 8601 with or without time and zone; RFC 2822 as in
RSS ("Tue, 04 Mar 2025 08:10:00 GMT"); written forms ("March 4, 2025", "4 March 2025", "Mar 4, 2025
8:10 AM"); "2025-03" and "2025"; Unix seconds (a number, or a string of 9 to 11 digits). Numeric
dates such as 04/03/2025 are read day-first or month-first as the user says (``date_order``); unsaid
and ambiguous, they are an error rather than a guess. Parsing is python-dateutil's; which fields a
value stated is found by parsing it twice with two different defaults and seeing what changed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Literal

from dateutil import parser as _parser

from ..errors import InputFormatError

__all__ = ["DateOrder", "Precision", "interval", "order_of", "parse_date"]

Precision = Literal["year", "month", "day", "minute", "second"]
DateOrder = Literal["DMY", "MDY"]
#: Two dates whose spans do not overlap are still unordered when they start less than this apart.
MIN_GAP = timedelta(seconds=60)
_UNIX = re.compile(r"^\d{9,11}(?:\.\d+)?$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_DEFAULTS = (datetime(2000, 1, 1, 0, 0, 0), datetime(2001, 2, 2, 1, 1, 1))
#: Unix seconds from 1973 to 2286: a 9-11 digit string outside it is not a timestamp.
_UNIX_RANGE = (1e8, 1e10)


def parse_date(value: Any, *, where: str, order: DateOrder | None = None) -> tuple[datetime, Precision]:
    """The moment ``value`` states and how precisely; raises InputFormatError naming ``where`` and the value.

    >>> parse_date("2025-03-04", where="x")
    (datetime.datetime(2025, 3, 4, 0, 0), 'day')
    >>> parse_date("Tue, 04 Mar 2025 08:10:00 GMT", where="x")[1]
    'second'
    >>> parse_date("4 March 2025", where="x")[1]
    'day'
    """
    if isinstance(value, datetime):
        return value, "second"
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), "day"
    if isinstance(value, bool):
        raise _refused(where, value, "a true/false value")
    if isinstance(value, (int, float)):
        return _unix(float(value), where, value), "second"
    if not isinstance(value, str) or not value.strip():
        raise _refused(where, value, f"a {type(value).__name__}" if not isinstance(value, str) else "empty")
    text = value.strip()
    if _UNIX.match(text):
        return _unix(float(text), where, value), "second"
    dayfirst = False
    numeric = _NUMERIC.match(text)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if order is None and first <= 12 and second <= 12 and first != second:
            raise InputFormatError(
                f"{where}: 'published' {value!r} is ambiguous (day {first} or month {first}?): say how numeric dates "
                "are written with LoadSettings(date_order='DMY' or 'MDY'), or --date-order dmy|mdy"
            )
        dayfirst = order == "DMY" if order else first > 12
    try:
        a = _parser.parse(text, default=_DEFAULTS[0], dayfirst=dayfirst)
        b = _parser.parse(text, default=_DEFAULTS[1], dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError) as error:
        raise _refused(where, value, str(error) or "not a date") from None
    return a, _precision(a, b)


def _precision(a: datetime, b: datetime) -> Precision:
    """The finest field the value stated: the two parses (with different defaults) agree on it."""
    if a.month != b.month:
        return "year"
    if a.day != b.day:
        return "month"
    if a.hour != b.hour:
        return "day"
    return "minute" if a.second != b.second else "second"


def _unix(seconds: float, where: str, value: Any) -> datetime:
    if not _UNIX_RANGE[0] <= seconds < _UNIX_RANGE[1]:
        raise _refused(where, value, "out of the range of Unix seconds")
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


def _refused(where: str, value: Any, why: str) -> InputFormatError:
    return InputFormatError(f"{where}: 'published' {value!r} is not a date ({why})")


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def interval(moment: datetime, precision: Precision | None) -> tuple[datetime, datetime]:
    """The span, in UTC, that a date stated to ``precision`` covers: [start, end). A time without a zone
    is read as UTC; None (a date saved before precision was kept) as a second.

    >>> start, end = interval(datetime(2025, 3, 4), "day")
    >>> (end - start).days
    1
    """
    start = _utc(moment)
    if precision == "year":
        start = start.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
        return start, start.replace(year=start.year + 1)
    if precision == "month":
        start = start.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        nxt = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
        return start, nxt
    if precision == "day":
        start = start.replace(hour=0, minute=0, second=0, microsecond=0)
        return start, start + timedelta(days=1)
    if precision == "minute":
        start = start.replace(second=0, microsecond=0)
        return start, start + timedelta(minutes=1)
    return start, start + timedelta(seconds=1)


def order_of(a: tuple[datetime, Precision | None], b: tuple[datetime, Precision | None]) -> int:
    """-1 if ``a`` was certainly published before ``b``, 1 if after, 0 if the precision cannot tell.

    >>> morning = (datetime(2025, 3, 4, 8, 10), "minute")
    >>> order_of((datetime(2025, 3, 4), "day"), morning), order_of((datetime(2025, 3, 5), "day"), morning)
    (0, 1)
    """
    (a0, a1), (b0, b1) = interval(*a), interval(*b)
    if a1 <= b0 and b0 - a0 >= MIN_GAP:
        return -1
    if b1 <= a0 and a0 - b0 >= MIN_GAP:
        return 1
    return 0
