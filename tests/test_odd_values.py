"""Values at the edges of what a record can hold: each is read, or left out with a clear error naming
the record and what is wrong, and never ends a trace with a traceback from deep inside."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from provenance import trace
from provenance.errors import EmptyCorpusError, InputFormatError
from provenance.reading.dates import interval, parse_date

STORY = ("The minister said on Tuesday that talks with the rebel groups would resume next week in the capital "
         "after months of stalled negotiations.\n\n"
         "Officials confirmed that the delegation includes representatives of several factions and observers "
         "who will monitor the ceasefire along the border.")


@pytest.mark.parametrize("value", ["9999", "9999-12", "9999-12-31", "9999-12-31T23:59:59Z",
                                   "0001-01-01T00:00:00+05:00", datetime.max, datetime.min])
def test_a_date_at_the_end_of_the_calendar_is_refused_by_name(value):
    with pytest.raises(InputFormatError, match=r"record item 0: 'published' .* is not a date \(outside the years"):
        trace([{"id": "a", "text": STORY, "published": value}, {"id": "b", "text": STORY + "\n\nMore."}])


def test_every_date_that_is_accepted_covers_a_span_in_utc():
    for value in ("9998-12-31T23:59:59-05:00", "0002-01-01T00:00:00+05:00", "9998", "0002-01-01"):
        moment, precision = parse_date(value, where="x")
        start, end = interval(moment, precision)
        assert start < end


def test_a_number_too_large_for_a_date_is_refused_without_printing_it():
    with pytest.raises(EmptyCorpusError) as caught:
        trace([{"id": "a", "text": STORY, "published": 10 ** 400}], on_error="skip")
    message = str(caught.value)
    assert "'published'" in message and "out of the range of Unix seconds" in message and len(message) < 400


def test_an_id_too_long_to_write_out_is_left_out_by_position():
    report = trace([{"id": 10 ** 5000, "text": STORY}, {"id": "b", "text": STORY}], on_error="skip")
    [skipped] = report.skipped
    assert skipped.origin == "item 0" and "too long to be an id" in skipped.reason
    assert [d.id for d in report.documents] == ["b"]


def test_a_link_with_a_port_out_of_range_is_no_id():
    report = trace([{"text": STORY, "url": "http://localhost:99999/story"}])
    [document] = report.documents
    assert document.id.startswith("r") and document.outlet is None


@pytest.mark.parametrize(("line", "why"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deep to read"),
    ('{"id": "x", "text": "hello", "published": ' + "1" * 5000 + "}", "cannot be read as JSON"),
    ('{"id": "x", "text": }', "is not valid JSON: Expecting value at column 21"),
])
def test_a_json_line_the_parser_cannot_read_is_left_out_naming_its_line(tmp_path, line, why):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": STORY}) + "\n" + line + "\n", encoding="utf-8")
    report = trace(str(path), on_error="skip")
    [skipped] = report.skipped
    assert skipped.origin == f"{path}:2" and why in skipped.reason
    assert [d.id for d in report.documents] == ["a"]


def test_a_json_file_nested_too_deep_is_an_error_naming_it(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"deep\.json' is JSON nested too deep to read"):
        trace(str(path))


def test_a_document_named_like_a_placeholder_stays_a_document():
    # Two outlets each add their own paragraph to one story that is not in the corpus; a third,
    # unrelated document bears the name the placeholder would have had.
    x = STORY + "\n\nThe first outlet closes with a paragraph of its own about reactions in the region."
    y = STORY + "\n\nThe second outlet closes instead with a paragraph about the markets and analysts."
    report = trace([{"id": "x", "text": x}, {"id": "y", "text": y},
                    {"id": "missing:unknown:x", "text": "An unrelated note about the weather in spring and gardens."}])
    [missing] = report.missing
    assert missing.id != "missing:unknown:x" and set(missing.members) == {"x", "y"}
    assert {(d.derived, d.source) for d in report.derivations} == {("x", missing.id), ("y", missing.id)}
    assert report.graph.nodes["missing:unknown:x"]["placeholder"] is False
    assert report.graph.nodes[missing.id]["placeholder"] is True
    assert report.article("missing:unknown:x").text.startswith("An unrelated note")


def test_hidden_files_and_folders_are_listed_once_as_not_read(tmp_path):
    (tmp_path / "__archive").mkdir()
    (tmp_path / "__archive" / "old.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    (tmp_path / ".note.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    report = trace(str(tmp_path))
    assert [d.id for d in report.documents] == ["a"]
    assert sorted((s.origin, s.reason.split(" (")[0]) for s in report.skipped) == [
        (str(tmp_path / ".git"), "a hidden folder"),
        (str(tmp_path / ".note.txt"), "a hidden file"),
        (str(tmp_path / "__archive"), "a hidden folder"),
    ]


def test_reading_a_saved_report_that_is_missing_or_no_report_names_the_file(tmp_path):
    from provenance import Report
    from provenance.errors import UnreadableInputError

    with pytest.raises(UnreadableInputError, match=r"absent\.json' cannot be read"):
        Report.read_json(tmp_path / "absent.json")
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": "a", "text": STORY}]), encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"records\.json' is not a saved Report: the top level"):
        Report.read_json(records)
    saved = tmp_path / "saved.json"
    trace([{"id": "a", "text": STORY}]).to_json(saved)
    assert [d.id for d in Report.read_json(saved).documents] == ["a"]


@pytest.mark.parametrize(("arguments", "named"), [
    ({"workers": "2"}, "workers is '2'"),
    ({"workers": True}, "workers is True"),
    ({"settings": {"direction": {"decide": 0.6}}}, "settings is a dict"),
    ({"aliases": [("AJ", "Al Jazeera")]}, "aliases is a list"),
])
def test_an_argument_of_the_wrong_type_is_refused_by_name_before_any_work(arguments, named):
    from provenance import ArgumentTypeError

    with pytest.raises(ArgumentTypeError, match=named) as caught:
        trace([{"id": "a", "text": STORY}], **arguments)
    assert isinstance(caught.value, TypeError)


def test_outputs_refuse_a_story_or_an_indent_of_the_wrong_kind_by_name():
    from provenance import ArgumentTypeError
    from provenance.errors import RenderError

    report = trace([{"id": "a", "text": STORY}])
    with pytest.raises(RenderError, match=r"story is '1': give a story's number"):
        report.to_dot(story="1")
    with pytest.raises(ArgumentTypeError, match=r"indent is -1"):
        report.to_json(indent=-1)
    assert json.loads(report.to_json(indent=0))["documents"][0]["id"] == "a"


def test_two_records_without_ids_holding_one_text_are_told_to_take_ids():
    from provenance import DuplicateIdError

    with pytest.raises(DuplicateIdError, match=r"made from the text, as neither gives an id.*item 0 and item 1"):
        trace([{"text": STORY}, {"text": STORY}])
