"""Publication dates in the forms newsrooms and feeds write them, with how precisely each was stated.

A date is evidence of who copied whom only as far as it is precise: a copy dated "2025-03-04" beside a
wire story timed 08:10 that day cannot be ordered against it, and reading the bare date as midnight
would put the copy first. So every date keeps its precision (a year, a month, a day, a minute, a
second), and :func:`order_of` orders two dates only when the spans they cover do not overlap.

Accepted: ``datetime`` and ``date`` objects; ISO 8601 with or without time and zone; RFC 2822 as in
RSS ("Tue, 04 Mar 2025 08:10:00 GMT"); written forms ("March 4, 2025", "4 March 2025", "Mar 4, 2025
8:10 AM"), with a label before them ("Updated: ...") and month and weekday names in the main
languages of Europe's agencies ("4 mars 2025", "4 de marzo de 2025"); CJK dates (2025年3月4日);
"2025-03" and "2025"; Unix seconds (a number, or a string of 9 to 11 digits). Numeric
dates such as 04/03/2025 are read day-first or month-first as the user says (``date_order``); unsaid
and ambiguous, and so with a zone name of more than one meaning (IST), they raise
:class:`AmbiguousOrderError` or :class:`AmbiguousZoneError` for one date alone, and are read as the
other dates of their outlet, or of the corpus, show (:func:`read_in_order`, :func:`read_in_zone`), never
guessed. A date with no year is an error. A zone given is kept, as the offset it stood for that day
(ET, CT, MT and PT by the United States' daylight-saving rules, :mod:`provenance.reading.zones`); a
time without one stays naive (read as UTC). A time may be written with a point ("20.16 BST").
Parsing is python-dateutil's; which fields a value stated is found by parsing it twice with two
different defaults and seeing what changed. A time to the hour ("8 AM") counts as to the minute.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any, ClassVar, Literal

from dateutil import parser as _parser

from ..errors import InputFormatError
from .text import shown
from .zones import AMBIGUOUS_ZONES, FIXED_ZONES, fixed, us_clock

__all__ = ["AMBIGUOUS_ZONES", "AmbiguousOrderError", "AmbiguousZoneError", "DateOrder", "Precision", "interval",
           "numeric", "order_of", "parse_date", "read_in_order", "read_in_zone"]

Precision = Literal["year", "month", "day", "minute", "second"]
DateOrder = Literal["DMY", "MDY"]
#: Two dates whose spans do not overlap are still unordered when they start less than this apart.
MIN_GAP = timedelta(seconds=60)
_UNIX = re.compile(r"^\d{9,11}(?:\.\d+)?$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_DEFAULTS = (datetime(2000, 1, 1, 0, 0, 0), datetime(2001, 2, 2, 1, 1, 1))
#: Unix seconds from 1973 to 2286: a 9-11 digit string outside it is not a timestamp.
_UNIX_RANGE = (1e8, 1e10)
#: Years a date may state: the span it covers, moved to UTC, must itself be a date.
_YEARS = (2, 9998)
class _UnknownZone(Exception):
    pass


class AmbiguousOrderError(InputFormatError):
    """A numeric date that reads day-first and month-first (04/03/2025), with no order given."""


class AmbiguousZoneError(InputFormatError):
    """A date whose zone name has more than one meaning (IST: India's, Ireland's or Israel's)."""


class _Names(_parser.parserinfo):
    """Month and weekday names in the languages of Europe's main news agencies (English, French,
    Spanish, Portuguese, German, Italian, Dutch), so "4 mars 2024" and "lunes, 4 de marzo de 2024"
    read as dates; the connecting words those languages put between a date's parts ("de", "du",
    "le", "del", "à", "um") are skipped like English "of" and "at"."""

    MONTHS: ClassVar[list[tuple[str, ...]]] = [
        ("jan", "january", "janvier", "janv", "enero", "ene", "janeiro", "januar", "jän", "gennaio", "gen", "januari"),
        ("feb", "february", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev", "februar", "febbraio",
         "februari"),
        ("mar", "march", "mars", "marzo", "março", "marco", "märz", "maerz", "mrz", "maart", "mrt"),
        ("apr", "april", "avril", "avr", "abril", "abr", "aprile", "apr."),
        ("may", "mai", "mayo", "maio", "maggio", "mag", "mei"),
        ("jun", "june", "juin", "junio", "junho", "juni", "giugno", "giu"),
        ("jul", "july", "juillet", "juil", "julio", "julho", "juli", "luglio", "lug"),
        ("aug", "august", "août", "aout", "agosto", "ago", "augustus"),
        ("sep", "sept", "september", "septembre", "septiembre", "setembro", "set", "settembre"),
        ("oct", "october", "octobre", "octubre", "outubro", "out", "oktober", "okt", "ottobre", "ott"),
        ("nov", "november", "novembre", "noviembre", "novembro"),
        ("dec", "december", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dezember",
         "dicembre"),
    ]
    WEEKDAYS: ClassVar[list[tuple[str, ...]]] = [
        ("mon", "monday", "lundi", "lunes", "segunda", "segunda-feira", "montag", "lunedì", "lunedi", "maandag"),
        ("tue", "tuesday", "tues", "mardi", "martes", "terça", "terça-feira", "dienstag", "martedì", "martedi",
         "dinsdag"),
        ("wed", "wednesday", "mercredi", "miércoles", "miercoles", "quarta", "quarta-feira", "mittwoch", "mercoledì",
         "mercoledi", "woensdag"),
        ("thu", "thursday", "thur", "thurs", "jeudi", "jueves", "quinta", "quinta-feira", "donnerstag", "giovedì",
         "giovedi", "donderdag"),
        ("fri", "friday", "vendredi", "viernes", "sexta", "sexta-feira", "freitag", "venerdì", "venerdi", "vrijdag"),
        ("sat", "saturday", "samedi", "sábado", "sabado", "samstag", "sabato", "zaterdag"),
        ("sun", "sunday", "dimanche", "domingo", "sonntag", "domenica", "zondag"),
    ]
    JUMP: ClassVar[list[str]] = [*_parser.parserinfo.JUMP, "de", "du", "le", "la", "del", "à", "às", "um", "den",
                                 "op", "el", "il", "lo"]


_MONTHS = _Names()
#: A label a page prints before its date: "Updated:", "Published", "Last updated on", "Posted at".
_LABEL = re.compile(
    r"^(?:(?:last\s+|first\s+)?(?:updated|published|posted|modified|created|date)(?:\s+(?:on|at))?\s*[:|-]?\s*)",
    re.IGNORECASE,
)
#: A date written with the year, month and day marks of Chinese, Japanese or Korean: 2024年3月4日, 2024년 3월 4일.
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
#: A time with a point between hours and minutes, as British papers print it ("20.16 BST", "4.12pm"):
#: one or two digits, a point, two, with no digit or point on either side (a date such as 6.8.2025 has).
_POINT_TIME = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])")
#: A zone name in brackets after the time: "09:05AM (UTC)".
_BRACKETED_ZONE = re.compile(r"\(\s*([A-Za-z]{1,5})\s*\)")
_OFFSET = re.compile(r"[+-]\d{2}:?\d{2}\b")
#: A bar or a dot set between a date and its time, as pages print them: "March 18, 2023 | 16:44 IST",
#: "18 Mar 2023 · 4:44 pm".
_DIVIDER = re.compile(r"\s+[|·•]\s+")


def _plain(value: str) -> str:
    """The date in a value as a page or feed may print it, without a label before it ("Updated: 4
    March 2024") or a bar between date and time, with a CJK date in ISO form, a time's point as a
    colon ("20.16" as "20:16") and a zone name out of its brackets unless an offset states the zone
    already."""
    text = _DIVIDER.sub(" ", _LABEL.sub("", value.strip()))
    text = _CJK.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", text)
    text = _POINT_TIME.sub(r"\1:\2", text)
    if not _OFFSET.search(text):  # after an offset, a bracketed name is a comment (RFC 2822)
        text = _BRACKETED_ZONE.sub(r" \1", text)
    return text.strip()


def parse_date(
    value: Any, *, where: str, order: DateOrder | None = None, field: str = "published",
    zones: dict[str, timezone] | None = None,
) -> tuple[datetime, Precision]:
    """The moment ``value`` states and how precisely; raises InputFormatError naming ``where``, ``field``
    and the value. A time given to the hour ("8 AM") counts as stated to the minute (8:00).

    >>> parse_date("2025-03-04", where="x")
    (datetime.datetime(2025, 3, 4, 0, 0), 'day')
    >>> parse_date("Tue, 04 Mar 2025 08:10:00 GMT", where="x")
    (datetime.datetime(2025, 3, 4, 8, 10, tzinfo=datetime.timezone.utc), 'second')
    >>> parse_date("Mar 4, 2025 8 AM", where="x")[1], parse_date("2025-03", where="x")[1]
    ('minute', 'month')
    """
    moment, precision = _parsed(value, where, order, field, zones or {})
    if not _YEARS[0] <= moment.year <= _YEARS[1]:
        raise _refused(where, field, value, f"outside the years {_YEARS[0]} to {_YEARS[1]} that can be ordered")
    return moment, precision


def _parsed(
    value: Any, where: str, order: DateOrder | None, field: str, zones: dict[str, timezone]
) -> tuple[datetime, Precision]:
    """:func:`parse_date` without the range check."""
    if isinstance(value, datetime):
        return value, "second"
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), "day"
    if isinstance(value, bool):
        raise _refused(where, field, value, "a true/false value")
    if isinstance(value, numbers.Real):
        try:
            seconds = float(value)
        except OverflowError:
            raise _refused(where, field, value, "out of the range of Unix seconds") from None
        return _unix(seconds, where, field, value), "second"
    if not isinstance(value, str) or not value.strip():
        raise _refused(where, field, value, f"a {type(value).__name__}" if not isinstance(value, str) else "empty")
    text = _plain(value)
    if _UNIX.match(text):
        return _unix(float(text), where, field, value), "second"
    dayfirst = False
    fields = _day_month(text)
    if fields:
        first, second = fields
        if order is None and _two_days(first, second):
            raise AmbiguousOrderError(
                f"{where}: {field!r} {value!r} is ambiguous (day {first} or month {first}?): say how numeric dates "
                "are written with LoadSettings(date_order='DMY' or 'MDY'), or --date-order dmy|mdy"
            )
        if (order == "MDY" and first > 12) or (order == "DMY" and second > 12):
            raise _refused(where, field, value, f"it cannot be read in the date order {order} given: is that right?")
        dayfirst = order == "DMY" if order else first > 12

    def zone(name: str | None, offset: int | None) -> tzinfo | None:
        return zones[name.upper()] if name and name.upper() in zones else _zone(name, offset)

    try:
        a = _parser.parse(text, _MONTHS, default=_DEFAULTS[0], dayfirst=dayfirst, tzinfos=zone)
        b = _parser.parse(text, _MONTHS, default=_DEFAULTS[1], dayfirst=dayfirst, tzinfos=zone)
    except _UnknownZone as error:
        name = str(error).strip("'")
        if name.upper() in AMBIGUOUS_ZONES:
            raise AmbiguousZoneError(
                f"{where}: {field!r} {shown(value)} is not a date (time zone {error} has more than one meaning: "
                "write it as an offset, like +0530)"
            ) from None
        raise _refused(where, field, value, f"unknown time zone {error}: write it as an offset, like +0100") from None
    except (ValueError, OverflowError, TypeError) as error:
        raise _refused(where, field, value, str(error) or "not a date") from None
    if a.year != b.year:
        raise _refused(where, field, value, "it states no year")
    a, b = fixed(a), fixed(b)
    return a, _precision(a, b)


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone dateutil found (its ``tzinfos`` hook): an offset as given, a name of one meaning
    (:mod:`provenance.reading.zones`)."""
    if offset is not None:
        return timezone.utc if offset == 0 else timezone(timedelta(seconds=offset))
    if name is None:
        return None
    if name.upper() in FIXED_ZONES:
        return FIXED_ZONES[name.upper()]
    clock = us_clock(name)
    if clock is not None:
        return clock
    raise _UnknownZone(repr(name))


def _precision(a: datetime, b: datetime) -> Precision:
    """The finest field the value stated: the two parses (with different defaults) agree on it."""
    if a.month != b.month:
        return "year"
    if a.day != b.day:
        return "month"
    if a.hour != b.hour:
        return "day"
    return "minute" if a.second != b.second else "second"


def _unix(seconds: float, where: str, field: str, value: Any) -> datetime:
    if not _UNIX_RANGE[0] <= seconds < _UNIX_RANGE[1]:
        raise _refused(where, field, value, "out of the range of Unix seconds")
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


def _refused(where: str, field: str, value: Any, why: str) -> InputFormatError:
    return InputFormatError(f"{where}: {field!r} {shown(value)} is not a date ({why})")


def interval(moment: datetime, precision: Precision | None) -> tuple[datetime, datetime]:
    """The span, in UTC, that a date stated to ``precision`` covers: [start, end). The span is the
    calendar's in the date's own zone (a time without a zone is read as UTC); None (a date saved
    before precision was kept) is read as a second.

    >>> start, end = interval(datetime(2025, 3, 4), "day")
    >>> start.isoformat(), end.isoformat()
    ('2025-03-04T00:00:00+00:00', '2025-03-05T00:00:00+00:00')
    >>> [t.month for t in interval(datetime(2024, 12, 9), "month")]
    [12, 1]
    """
    local = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
    if precision == "year":
        start = local.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
        end = start.replace(year=start.year + 1)
    elif precision == "month":
        start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        end = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
    elif precision == "day":
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        end = start + timedelta(days=1)
    elif precision == "minute":
        start = local.replace(second=0, microsecond=0)
        end = start + timedelta(minutes=1)
    else:
        start, end = local, local + timedelta(seconds=1)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


#: A time or date written without a zone is local somewhere: from 14 hours ahead of UTC to 12 behind.
ZONE_SPREAD = (timedelta(hours=14), timedelta(hours=12))


def _span(date_: tuple[datetime, Precision | None], any_zone: bool) -> tuple[datetime, datetime]:
    """The span a date covers (:func:`interval`); with ``any_zone``, one without a zone is widened to
    every zone: "2025-08-06 05:07" beside "2025-08-06T02:58-05:00" may be New York's 05:07 or Delhi's,
    and beside "2025-08-06 02:58" it may be a zone away from it too (two outlets' pages, each in its
    own time). Without ``any_zone``, dates without a zone are read in one zone, the corpus's own."""
    start, end = interval(*date_)
    if not any_zone or date_[0].tzinfo is not None:
        return start, end
    return start - ZONE_SPREAD[0], end + ZONE_SPREAD[1]


def order_of(
    a: tuple[datetime, Precision | None], b: tuple[datetime, Precision | None], *, any_zone: bool = False
) -> int:
    """-1 if ``a`` was certainly published before ``b``, 1 if after, 0 if the precision cannot tell.

    Each is ``(moment, precision)``, as an Article's ``published`` and ``published_precision``. ``a`` is
    earlier when its span (:func:`interval`) ends at or before ``b``'s starts and the two start at least
    :data:`MIN_GAP` apart; spans that overlap (a date alone and a time that day) are not ordered. With
    ``any_zone``, a date without a zone spans every zone (:data:`ZONE_SPREAD`), whatever the other's:
    what a rule that forbids must ask, since the zone may be anyone's.

    >>> morning = (datetime(2025, 3, 4, 8, 10), "minute")
    >>> order_of((datetime(2025, 3, 4), "day"), morning), order_of((datetime(2025, 3, 5), "day"), morning)
    (0, 1)
    >>> order_of((datetime(2025, 3, 4, 8, 10), "minute"), (datetime(2025, 3, 4, 8, 10, 30), "minute"))
    0
    >>> new_york = (datetime(2025, 3, 4, 2, 58, tzinfo=timezone(timedelta(hours=-5))), "minute")
    >>> [order_of((datetime(2025, 3, day, 5, 7), "minute"), new_york, any_zone=True) for day in (4, 6)]
    [0, 1]
    >>> night, dawn = (datetime(2025, 3, 4, 1, 18), "minute"), (datetime(2025, 3, 4, 4, 44), "minute")
    >>> order_of(night, dawn), order_of(night, dawn, any_zone=True)
    (-1, 0)
    """
    (a0, a1), (b0, b1) = _span(a, any_zone), _span(b, any_zone)
    if a1 <= b0 and b0 - a0 >= MIN_GAP:
        return -1
    if b1 <= a0 and a0 - b0 >= MIN_GAP:
        return 1
    return 0


def _day_month(value: Any) -> tuple[int, int] | None:
    """The first two fields of a date written in numbers (04/03/2025: 4 and 3), None for any other value."""
    found = _NUMERIC.match(_plain(value)) if isinstance(value, str) else None
    return (int(found[1]), int(found[2])) if found else None


def _two_days(first: int, second: int) -> bool:
    """Whether a numeric date's first two fields read as two different days, day-first and month-first."""
    return first <= 12 and second <= 12 and first != second


def numeric(value: Any) -> bool:
    """Whether a value is a date written in numbers, day and month in some order (04/03/2025)."""
    return _day_month(value) is not None


def _order_shown(value: str) -> DateOrder | None:
    """The order of day and month a numeric date shows by itself ("13/03/2025" is day-first), None
    when it reads both ways or is not numeric."""
    fields = _day_month(value)
    if fields is None:
        return None
    first, second = fields
    return "DMY" if first > 12 >= second else "MDY" if second > 12 >= first else None


def read_in_order(
    dates: Sequence[tuple[str | None, str]],
) -> list[tuple[datetime, Precision] | None]:
    """Numeric dates that read day-first and month-first, each read in the order its outlet's other
    numeric dates show, or failing that the corpus's: ``dates`` are (the outlet's key, the date as
    written) for every numeric date of the corpus; each ambiguous one comes back read, or None when
    neither its outlet nor the corpus shows one order (outlets in London and New York, and this one
    with no date past the twelfth), and the others as None too.

    A London paper writes 04/03/2025 for the fourth of March, a New York one for the third of April;
    a corpus of both has no one order to give, but each outlet writes its dates one way, and most
    of its dates (any past the twelfth) show which.

    >>> read_in_order([("ledger", "13/03/2025"), ("ledger", "04/03/2025"), ("times", "03/13/2025"),
    ...                ("post", "04/03/2025")])
    [None, (datetime.datetime(2025, 3, 4, 0, 0), 'day'), None, None]
    """
    shown: dict[str | None, set[DateOrder]] = {}
    for outlet, value in dates:
        order = _order_shown(value)
        if order is not None:
            shown.setdefault(outlet, set()).add(order)
    everywhere = set().union(*shown.values()) if shown else set()
    out: list[tuple[datetime, Precision] | None] = []
    for outlet, value in dates:
        orders = (shown.get(outlet) if outlet is not None else None) or everywhere
        fields = _day_month(value)
        if fields is None or not _two_days(*fields) or len(orders) != 1:
            out.append(None)
            continue
        try:
            out.append(parse_date(value, where="", order=next(iter(orders))))
        except InputFormatError:
            out.append(None)
    return out


_ZONE_NAME = re.compile(r"\b(" + "|".join(AMBIGUOUS_ZONES) + r")\b", re.IGNORECASE)


def read_in_zone(value: str, offsets: set[float]) -> tuple[datetime, Precision] | None:
    """A date whose zone name has several meanings ("4:35 PM IST"), read in the one of them that is
    among ``offsets`` (hours: those its outlet's other dates state, or the corpus's); None when none or
    several are. An Indian paper that writes IST on one page writes +05:30 on another.

    >>> read_in_zone("April 25, 2024 4:35 PM IST", {5.5, 0.0})
    (datetime.datetime(2024, 4, 25, 16, 35, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800))), 'minute')
    >>> read_in_zone("April 25, 2024 4:35 PM IST", {0.0}) is None
    True
    """
    found = _ZONE_NAME.search(value)
    if not found:
        return None
    name = found[1].upper()
    meant = [h for h in AMBIGUOUS_ZONES[name] if h in offsets]
    if len(meant) != 1:
        return None
    try:
        return parse_date(value, where="", zones={name: timezone(timedelta(hours=meant[0]))})
    except InputFormatError:
        return None
