"""Publication dates in the forms feeds and newsrooms write them, with their precision, and how they order."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import InputFormatError, Settings, load, trace
from provenance.cli import main
from provenance.reading.dates import interval, order_of, parse_date
from provenance.settings import LoadSettings

UTC = timezone.utc
PLUS1 = timezone(timedelta(hours=1))
EST = timezone(timedelta(hours=-5))

ACCEPTED = [
    ("2025-03-04T08:10:00Z", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "second"),
    ("2025-03-04T08:10:00+01:00", None, datetime(2025, 3, 4, 8, 10, tzinfo=PLUS1), "second"),
    ("2025-03-04T08:10", None, datetime(2025, 3, 4, 8, 10), "minute"),
    ("2025-03-04 08:10:30", None, datetime(2025, 3, 4, 8, 10, 30), "second"),
    ("2025-03-04", None, datetime(2025, 3, 4), "day"),
    ("20250304", None, datetime(2025, 3, 4), "day"),
    ("2025-03", None, datetime(2025, 3, 1), "month"),
    ("2025", None, datetime(2025, 1, 1), "year"),
    ("Tue, 04 Mar 2025 08:10:00 GMT", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "second"),
    ("Tue, 04 Mar 2025 08:10:00 +0100", None, datetime(2025, 3, 4, 8, 10, tzinfo=PLUS1), "second"),
    ("Tue, 04 Mar 2025 08:10:00 EST", None, datetime(2025, 3, 4, 8, 10, tzinfo=EST), "second"),
    ("Tue, 04 Mar 2025 08:10:00 +0100 (CET)", None, datetime(2025, 3, 4, 8, 10, tzinfo=PLUS1), "second"),
    ("2025-03-04T08:10:00.250Z", None, datetime(2025, 3, 4, 8, 10, 0, 250000, tzinfo=UTC), "second"),
    ("March 4, 2025", None, datetime(2025, 3, 4), "day"),
    ("4 March 2025", None, datetime(2025, 3, 4), "day"),
    ("Mar 4, 2025 8:10 AM", None, datetime(2025, 3, 4, 8, 10), "minute"),
    ("Mar 4, 2025 8 PM", None, datetime(2025, 3, 4, 20, 0), "minute"),  # to the hour counts as to the minute
    ("March 2025", None, datetime(2025, 3, 1), "month"),
    ("4 Mar 2025 20:10", None, datetime(2025, 3, 4, 20, 10), "minute"),
    ("Tuesday 4 March 2025", None, datetime(2025, 3, 4), "day"),
    ("04/03/2025", "DMY", datetime(2025, 3, 4), "day"),
    ("03/04/2025", "MDY", datetime(2025, 3, 4), "day"),
    ("04.03.2025", "DMY", datetime(2025, 3, 4), "day"),
    ("13/03/2025", None, datetime(2025, 3, 13), "day"),
    ("03/13/2025", None, datetime(2025, 3, 13), "day"),
    ("04/04/2025", None, datetime(2025, 4, 4), "day"),
    ("1741075800", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "second"),
    ("1741075800.5", None, datetime(2025, 3, 4, 8, 10, 0, 500000, tzinfo=UTC), "second"),
    (1741075800, None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "second"),
    (1741075800.5, None, datetime(2025, 3, 4, 8, 10, 0, 500000, tzinfo=UTC), "second"),
    (datetime(2025, 3, 4, 8, 10), None, datetime(2025, 3, 4, 8, 10), "second"),
    (date(2025, 3, 4), None, datetime(2025, 3, 4), "day"),
    # as pages print them: a label before the date, "at" before the time
    ("Updated: March 4, 2025 08:10 GMT", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "minute"),
    ("Last Updated: March 4, 2025 | 08:10 GMT", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "minute"),
    ("4 Mar 2025 · 8:10 am GMT", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "minute"),
    ("Published 08:10 GMT, 4 March 2025", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "minute"),
    ("Last updated on Mar 4, 2025 at 8:10 am EST", None, datetime(2025, 3, 4, 8, 10, tzinfo=EST), "minute"),
    ("Posted: 2025-03-04T08:10:00Z", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "second"),
    # in the languages of Europe's agencies, and in CJK form
    ("4 mars 2025", None, datetime(2025, 3, 4), "day"),
    ("mardi 4 mars 2025 à 08h10", None, datetime(2025, 3, 4, 8, 10), "minute"),
    ("martes, 4 de marzo de 2025", None, datetime(2025, 3, 4), "day"),
    ("4. März 2025", None, datetime(2025, 3, 4), "day"),
    ("4 marzo 2025 08:10", None, datetime(2025, 3, 4, 8, 10), "minute"),
    ("4 de março de 2025", None, datetime(2025, 3, 4), "day"),
    ("4 maart 2025", None, datetime(2025, 3, 4), "day"),
    ("2025年3月4日", None, datetime(2025, 3, 4), "day"),
    ("2025년 3월 4일 08:10", None, datetime(2025, 3, 4, 8, 10), "minute"),
    # a time with a point, as British papers print it; a zone in brackets
    ("Sun 5 Oct 2025 20.16 BST", None, datetime(2025, 10, 5, 20, 16, tzinfo=timezone(timedelta(hours=1))), "minute"),
    ("Published 4 March 2025, 8.10am", None, datetime(2025, 3, 4, 8, 10), "minute"),
    ("04.03.2025 08.10", "DMY", datetime(2025, 3, 4, 8, 10), "minute"),
    ("04 Mar 2025 08:10AM (UTC)", None, datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "minute"),
    # United States clocks named without standard or daylight: the one in force that day
    ("Jan. 12, 2025 12:23 a.m. ET", None, datetime(2025, 1, 12, 0, 23, tzinfo=EST), "minute"),
    ("Aug. 6, 2025, 4:12 p.m. ET", None, datetime(2025, 8, 6, 16, 12, tzinfo=timezone(timedelta(hours=-4))), "minute"),
    ("Mar. 9, 2025 1:30 a.m. ET", None, datetime(2025, 3, 9, 1, 30, tzinfo=EST), "minute"),  # clocks go forward at 2
    ("Mar. 9, 2025 3:30 a.m. ET", None, datetime(2025, 3, 9, 3, 30, tzinfo=timezone(timedelta(hours=-4))), "minute"),
    ("Apr 1 1990 10:00 PT", None, datetime(1990, 4, 1, 10, 0, tzinfo=timezone(timedelta(hours=-7))), "minute"),
    ("Nov 2 1998 1:00 PM CT", None, datetime(1998, 11, 2, 13, 0, tzinfo=timezone(timedelta(hours=-6))), "minute"),
]

REFUSED = [
    ("next tuesday", "is not a date"),
    ("", "is not a date"),
    ("   ", "is not a date"),
    ("2025-13-45", "is not a date"),
    (True, "is not a date"),
    (-5, "is not a date"),
    (123, "is not a date"),
    ("99999999999", "is not a date"),
    (["2025"], "is not a date"),
    ("1741075800000", "is not a date"),  # milliseconds, not seconds
    (float("inf"), "is not a date"),
    ("March 4", "no year"),
    ("8:10", "no year"),
    ("Tuesday", "no year"),
    ("Tue, 04 Mar 2025 08:10:00 IST", "'IST' has more than one meaning"),  # India's, Ireland's or Israel's
    ("Tue, 04 Mar 2025 08:10:00 XYZ", "unknown time zone 'XYZ'"),
    ("04/03/2025", "ambiguous"),
    ("04.03.25", "ambiguous"),
    ("4 mars", "no year"),
    ("Updated:", "is not a date"),
]


@pytest.mark.parametrize(("value", "order", "moment", "precision"), ACCEPTED, ids=[str(v) for v, *_ in ACCEPTED])
def test_common_forms_are_read_with_their_precision(value, order, moment, precision):
    assert parse_date(value, where="record x", order=order) == (moment, precision)


@pytest.mark.parametrize(("value", "message"), REFUSED, ids=[repr(v) for v, _ in REFUSED])
def test_what_is_not_a_date_is_refused_naming_the_record_and_value(value, message):
    with pytest.raises(InputFormatError, match=message) as error:
        parse_date(value, where="record item 3")
    assert "record item 3" in str(error.value) and repr(value) in str(error.value)


def test_a_numeric_date_that_contradicts_the_order_given_is_refused():
    with pytest.raises(InputFormatError, match=r"'13/03/2025' is not a date.*order MDY"):
        parse_date("13/03/2025", where="record x", order="MDY")
    with pytest.raises(InputFormatError, match=r"'03/13/2025' is not a date.*order DMY"):
        parse_date("03/13/2025", where="record x", order="DMY")


def test_intervals_cover_what_was_stated_in_its_own_zone():
    def span(moment, precision):
        return tuple(t.isoformat() for t in interval(moment, precision))

    assert span(datetime(2025, 3, 4, 8, 10, 30), "second") == ("2025-03-04T08:10:30+00:00", "2025-03-04T08:10:31+00:00")
    assert span(datetime(2025, 3, 4, 8, 10, 30), None) == span(datetime(2025, 3, 4, 8, 10, 30), "second")
    assert span(datetime(2025, 3, 4, 8, 10, 30), "minute") == ("2025-03-04T08:10:00+00:00", "2025-03-04T08:11:00+00:00")
    assert span(datetime(2025, 3, 4), "day") == ("2025-03-04T00:00:00+00:00", "2025-03-05T00:00:00+00:00")
    assert span(datetime(2025, 3, 4, tzinfo=PLUS1), "day") == ("2025-03-03T23:00:00+00:00", "2025-03-04T23:00:00+00:00")
    assert span(datetime(2025, 2, 1), "month") == ("2025-02-01T00:00:00+00:00", "2025-03-01T00:00:00+00:00")
    assert span(datetime(2024, 1, 1), "year") == ("2024-01-01T00:00:00+00:00", "2025-01-01T00:00:00+00:00")
    # A day in a zone that changes its clocks that day is 23 hours long.
    start, end = interval(datetime(2025, 3, 30, 12, tzinfo=ZoneInfo("Europe/London")), "day")
    assert end - start == timedelta(hours=23)


def test_a_date_alone_covers_its_day_and_cannot_be_ordered_against_a_time_that_day():
    morning = (datetime(2025, 3, 4, 8, 10, tzinfo=UTC), "minute")
    assert order_of((datetime(2025, 3, 4), "day"), morning) == 0
    assert order_of((datetime(2025, 3, 5), "day"), morning) == 1
    assert order_of(morning, (datetime(2025, 3, 5), "day")) == -1
    assert order_of((datetime(2025, 3, 4, 8, 10, 30), "second"), (datetime(2025, 3, 4, 8, 10), "second")) == 0
    assert order_of((datetime(2025, 3, 4, 8, 10), "minute"), (datetime(2025, 3, 4, 8, 11), "minute")) == -1
    assert order_of((datetime(2025, 3, 4, 8, 10), "minute"), (datetime(2025, 3, 4, 8, 10, 30), "minute")) == 0
    assert order_of((datetime(2025, 3, 4, 8, 10), None), (datetime(2025, 3, 4, 8, 12), None)) == -1
    assert order_of((datetime(2025, 3, 4, 9, 10, tzinfo=PLUS1), "second"), (datetime(2025, 3, 4, 8, 10), "second")) == 0
    assert order_of((datetime(2024, 1, 1), "year"), (datetime(2025, 1, 1), "year")) == -1
    assert order_of((datetime(2025, 3, 1), "month"), (datetime(2025, 3, 30, 12), "second")) == 0
    start, end = interval(datetime(2024, 12, 9), "month")
    assert (start.month, end.year, end.month) == (12, 2025, 1)


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                    timezones=st.sampled_from([UTC, PLUS1, timezone(timedelta(hours=-5))])))
def test_iso_and_rfc_2822_round_trip(moment):
    moment = moment.replace(microsecond=0)
    for text in (moment.isoformat(), format_datetime(moment)):
        parsed, precision = parse_date(text, where="x")
        assert parsed == moment and precision == "second"


def test_records_keep_dates_in_several_forms_and_their_precision():
    records = [
        {"id": "a", "text": "One.", "published": "Tue, 04 Mar 2025 08:10:00 GMT"},
        {"id": "b", "text": "Two.", "published": "March 4, 2025"},
        {"id": "c", "text": "Three.", "published": "04/03/2025"},
    ]
    articles = load(records, settings=LoadSettings(date_order="DMY"))
    assert [a.published_precision for a in articles] == ["second", "day", "day"]
    assert articles[2].published == datetime(2025, 3, 4)
    # Unsaid, the order is the one the corpus's other numeric dates show; here none does: the date
    # is kept as written, and not used.
    alone = load(records)[2]
    assert (alone.published, alone.published_as) == (None, "04/03/2025")
    mixed = [
        {"id": "d", "text": "Four.", "date": "1741075800"},
        {"id": "e", "text": "Five.", "date": "2025-03"},
        {"id": "f", "text": "Six.", "date": "Mar 4, 2025 8:10 AM"},
        {"id": "g", "text": "Seven.", "date": "2025"},
    ]
    assert [a.published_precision for a in load(mixed, published="date")] == ["second", "month", "minute", "year"]
    with pytest.raises(InputFormatError, match=r"record item 1: 'date' 'soon' is not a date"):
        load([mixed[0], {"id": "h", "text": "Eight.", "date": "soon"}], published="date")


def test_precision_survives_a_json_round_trip():
    [article] = load([{"id": "a", "text": "One.", "published": "2025-03-04"}])
    again = type(article).model_validate_json(article.model_dump_json())
    assert (again.published, again.published_precision) == (datetime(2025, 3, 4), "day")


def test_the_cli_reads_numeric_dates_in_the_order_given(tmp_path, capsys):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text('{"id": "a", "text": "' + SOURCE.replace("\n", " ") + '", "published": "04/03/2025"}\n')
    two.write_text('{"id": "b", "text": "Another story.", "published": "05/03/2025"}\n')
    out = tmp_path / "r.json"
    assert main(["trace", str(one), str(two), "--quiet", "--json", str(out)]) == 0
    assert '"published": null' in out.read_text() and '"published_as": "04/03/2025"' in out.read_text()
    assert main(["trace", str(one), str(two), "--date-order", "dmy", "--quiet", "--json", str(out)]) == 0
    assert '"published": "2025-03-04T00:00:00"' in out.read_text() and '"published_precision": "day"' in out.read_text()


SOURCE = ("Bridge to open next spring\n\nThe ministry said on Tuesday that the new bridge would open to traffic "
          "in the spring of next year.\n\nConstruction began three years ago and has cost more than twice the "
          "original estimate, officials said.\n\nResidents have campaigned for a crossing at the site since the "
          "old ferry stopped running.")


def test_a_date_only_copy_beside_a_timed_source_that_day_gets_no_date_evidence():
    copy = SOURCE.replace("Bridge to open next spring", "Bridge opens in spring")
    copy = copy.rsplit("\n\n", 1)[0]
    for published, expected in (("2025-03-04", False), ("2025-03-05", True)):
        report = trace([
            {"id": "source", "text": SOURCE, "published": "2025-03-04T08:10:00Z"},
            {"id": "copy", "text": copy, "published": published},
        ], settings=Settings())
        [pair] = report.pairs
        assert any(e.signal == "date" for e in pair.evidence) is expected, published


def test_numeric_dates_are_read_in_the_order_each_outlets_other_dates_show():
    """A corpus of a London and a New York paper has no one order of day and month, but each paper
    writes its dates one way and any date past the twelfth shows which."""
    records = [
        {"id": "l1", "text": "One.", "outlet": "Daily Ledger", "published": "13/03/2025"},
        {"id": "l2", "text": "Two.", "outlet": "Daily Ledger", "published": "04/03/2025 09:30"},
        {"id": "n1", "text": "Three.", "outlet": "New York Post-Dispatch", "published": "03/14/2025"},
        {"id": "n2", "text": "Four.", "outlet": "New York Post-Dispatch", "published": "04/03/2025"},
        {"id": "u1", "text": "Five.", "url": "https://www.harbourgazette.co.uk/a", "published": "25.12.2024"},
        {"id": "u2", "text": "Six.", "url": "https://www.harbourgazette.co.uk/b", "published": "01.02.2025"},
        {"id": "x", "text": "Seven.", "outlet": "Evening Post", "published": "05/06/2025"},
        {"id": "i", "text": "Eight.", "outlet": "Evening Post", "published": "05/05/2025"},
    ]
    got = {a.id: (a.published, a.published_precision, a.published_as) for a in load(records)}
    assert got["l2"] == (datetime(2025, 3, 4, 9, 30), "minute", "04/03/2025 09:30")
    assert got["n2"] == (datetime(2025, 4, 3), "day", "04/03/2025")
    assert got["u2"][0] == datetime(2025, 2, 1)  # an outlet known by its site
    # The Evening Post's dates show no order, and the corpus shows both: kept as written, not used.
    assert got["x"] == (None, None, "05/06/2025")
    assert got["i"][0] == datetime(2025, 5, 5)  # the same either way
    # An order given is the order used.
    [given] = load([records[6]], settings=LoadSettings(date_order="DMY"))
    assert given.published == datetime(2025, 6, 5)


def test_a_corpus_whose_numeric_dates_show_one_order_reads_the_rest_in_it():
    records = [
        {"id": "a", "text": "One.", "outlet": "Daily Ledger", "published": "13/03/2025"},
        {"id": "b", "text": "Two.", "outlet": "Evening Post", "published": "04/03/2025"},
    ]
    assert [a.published for a in load(records)] == [datetime(2025, 3, 13), datetime(2025, 3, 4)]


def test_a_zone_name_of_several_meanings_is_read_as_the_outlets_other_dates_state():
    records = [
        {"id": "a", "text": "One.", "outlet": "Mumbai Mirror Daily", "published": "2024-04-25T09:00:00+05:30"},
        {"id": "b", "text": "Two.", "outlet": "Mumbai Mirror Daily", "published": "April 25, 2024 4:35 PM IST"},
        {"id": "c", "text": "Three.", "outlet": "Dublin Evening Herald", "published": "April 25, 2024 4:35 PM IST"},
        {"id": "d", "text": "Four.", "outlet": "Dublin Evening Herald", "published": "2024-04-25T09:00:00+01:00"},
    ]
    got = {a.id: a.published for a in load(records)}
    assert got["b"] == datetime(2024, 4, 25, 16, 35, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert got["c"] == datetime(2024, 4, 25, 16, 35, tzinfo=PLUS1)
    # Nothing states an offset it may mean: kept as written, not used, and the trace goes on.
    [alone] = load([records[1]])
    assert (alone.published, alone.published_as) == (None, "April 25, 2024 4:35 PM IST")


def test_the_trace_knows_an_outlet_by_any_spelling_of_its_name_when_reading_its_dates():
    records = [
        {"id": "a", "text": SOURCE, "outlet": "The Daily Ledger", "published": "13/03/2025"},
        {"id": "b", "text": "Another story about the harbour.", "outlet": "Daily Ledger", "published": "04/03/2025"},
        {"id": "c", "text": "A third story about the schools.", "outlet": "New York Post-Dispatch",
         "published": "03/14/2025"},
    ]
    assert trace(records).document("b").published == datetime(2025, 3, 4)
    # Read alone, the two names are two outlets, and the corpus shows both orders.
    assert load(records)[1].published is None


@given(st.datetimes(min_value=datetime(1987, 1, 1), max_value=datetime(2035, 12, 31)),
       st.sampled_from([("ET", "America/New_York"), ("CT", "America/Chicago"), ("MT", "America/Denver"),
                        ("PT", "America/Los_Angeles")]))
def test_a_us_clock_name_reads_as_the_offset_in_force_that_day(moment, clock):
    """ET, CT, MT and PT give the offset the zone database gives for that wall-clock time, away from the
    hour the clocks change (which does not exist, or happens twice)."""
    from provenance.reading.zones import us_clock

    name, zone = clock
    local = moment.replace(second=0, microsecond=0)
    if len({(local + timedelta(hours=h)).replace(tzinfo=ZoneInfo(zone)).dst() for h in (-2, 0, 2)}) > 1:
        return
    assert local.replace(tzinfo=us_clock(name)).utcoffset() == local.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    written = f"{local:%B} {local.day}, {local.year} {local:%H:%M} {name}"
    assert parse_date(written, where="x")[0] == local.replace(tzinfo=ZoneInfo(zone))


def test_a_time_without_a_zone_is_not_ordered_against_one_with_a_zone_within_a_day_of_zones():
    """05:07 without a zone may be New York's or Delhi's: asked for any zone, beside 02:58 in New York
    (07:58 UTC) it orders nothing; two days later it does. Read as UTC (the evidence a date gives), it is
    earlier. Two times without a zone are read in one zone, unless asked for any zone: two outlets' pages
may each be in their own."""
    new_york = (datetime(2025, 3, 4, 2, 58, tzinfo=timezone(timedelta(hours=-5))), "minute")
    assert order_of((datetime(2025, 3, 4, 5, 7), "minute"), new_york, any_zone=True) == 0
    assert order_of((datetime(2025, 3, 4), "day"), new_york, any_zone=True) == 0
    assert order_of((datetime(2025, 3, 6, 5, 7), "minute"), new_york, any_zone=True) == 1
    assert order_of((datetime(2025, 3, 4, 5, 7), "minute"), new_york) == -1
    earlier = (datetime(2025, 3, 4, 2, 58), "minute")
    assert order_of((datetime(2025, 3, 4, 5, 7), "minute"), earlier) == 1
    assert order_of((datetime(2025, 3, 4, 5, 7), "minute"), earlier, any_zone=True) == 0
    assert order_of((datetime(2025, 3, 6, 5, 7), "minute"), earlier, any_zone=True) == 1
