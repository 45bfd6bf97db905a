"""Tables in: CSV, TSV, JSON Lines and pandas DataFrames read through a column mapping."""

from __future__ import annotations

import csv
import json

import numpy as np
import pandas as pd
import pytest

from conftest import COPY, SOURCE, seed_text
from provenance import EmptyDocumentError, InputFormatError, load, trace

ROWS = [
    {"uid": SOURCE, "headline": None, "body": seed_text("000"), "date": "2017-01-16T16:39:00+00:00",
     "site": "Al Jazeera", "link": "https://www.aljazeera.com/news/2017/1/16/astana"},
    {"uid": COPY, "headline": None, "body": seed_text("003"), "date": "2017-01-17T09:20:00+00:00",
     "site": "Libyan Express", "link": "https://www.libyanexpress.com/astana/"},
]
MAPPING = {"text": "body", "published": "date", "outlet": "site", "id": "uid", "url": "link"}


def _write_csv(path, rows, delimiter=","):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)


def _check(report):
    (d,) = report.derivations
    assert (d.derived, d.source, d.credited, d.retitled) == (COPY, SOURCE, True, True)
    copy = report.document(COPY)
    assert (copy.outlet, copy.outlet_from, copy.url) == ("Libyan Express", "metadata", "https://www.libyanexpress.com/astana/")
    assert copy.published.isoformat() == "2017-01-17T09:20:00+00:00"
    assert any(e.signal == "date" and e.favours == COPY for e in d.evidence)


def test_csv_with_column_mapping(tmp_path):
    path = tmp_path / "articles.csv"
    _write_csv(path, ROWS)
    _check(trace(path, title="headline", **MAPPING))


def test_tsv(tmp_path):
    path = tmp_path / "articles.tsv"
    _write_csv(path, ROWS, delimiter="\t")
    _check(trace(path, **MAPPING))


def test_dataframe_with_column_mapping():
    frame = pd.DataFrame(ROWS)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["headline"] = np.nan
    _check(trace(frame, title="headline", **MAPPING))


def test_dataframe_integer_ids_and_missing_values():
    frame = pd.DataFrame({"n": np.array([7, 8], dtype="int64"), "body": ["One text here.", "Two texts here."],
                          "when": [pd.Timestamp("2024-01-02T03:04:05Z"), pd.NaT]})
    first, second = load(frame, id="n", text="body", published="when")
    assert (first.id, second.id) == ("7", "8")
    assert first.published.year == 2024 and second.published is None


def test_jsonl_with_column_mapping(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    _check(trace(path, **MAPPING))


def test_outlet_from_url_when_no_metadata():
    first, second, third = load([
        {"id": "a", "text": "Some text.", "url": "https://www.bbc.co.uk/news/world-1"},
        {"id": "b", "text": "Some text.", "url": "https://www.bbc.co.uk/news/world-2", "outlet": "BBC News"},
        {"id": "c", "text": "Some text.", "url": "not a link"},
    ])
    assert (first.outlet, first.outlet_from) == ("bbc.co.uk", "url")
    assert (second.outlet, second.outlet_from) == ("BBC News", "metadata")
    assert (third.outlet, third.outlet_from) == (None, None)


def test_unknown_mapping_is_an_error():
    with pytest.raises(InputFormatError, match="unknown column mapping 'headline'"):
        load([{"text": "x"}], headline="title")


def test_mapped_column_missing_from_csv_header(tmp_path):
    path = tmp_path / "a.csv"
    _write_csv(path, ROWS)
    with pytest.raises(InputFormatError, match=r"a\.csv has no column 'heading' \(given for title\)"):
        load(path, title="heading", **MAPPING)
    with pytest.raises(InputFormatError, match=r"no column 'text' for the text.*'body'"):
        load(path)


def test_mapped_column_missing_from_dataframe():
    with pytest.raises(InputFormatError, match="DataFrame has no column 'body'"):
        load(pd.DataFrame({"text": ["a"]}), text="body")


def test_csv_row_errors_name_the_row(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,text\na,First text.\nb,Second,extra\n", encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"bad\.csv: row 3 has 3 fields"):
        load(path)
    path.write_text("id,text\na,First text.\nb,\n", encoding="utf-8")
    with pytest.raises(EmptyDocumentError, match=r"bad\.csv row 3 \(id 'b'\)"):
        load(path)
    path.write_text("id,text,published\na,First text.,last Tuesday\n", encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"bad\.csv row 2.*is not a date"):
        load(path)


def test_long_cells_and_quoted_newlines(tmp_path):
    text = "Headline\n\n" + "A long paragraph of text. " * 6000  # 156,010 characters: over the 128 KiB cell limit
    path = tmp_path / "long.csv"
    _write_csv(path, [{"id": "x", "text": text}])
    (article,) = load(path)
    assert article.text == text


def test_cli_column_mapping_and_aliases(tmp_path, capsys):
    from provenance.cli import main

    path = tmp_path / "articles.csv"
    rows = [dict(row, body=row["body"].replace("Al-Jazeera –", "Doha Channel –")) for row in ROWS]
    _write_csv(path, rows)
    args = ["trace", str(path), "--column", "text=body", "--column", "id=uid", "--column", "outlet=site"]
    assert main([*args, "--alias", "Doha Channel=Al Jazeera"]) == 0
    printed = capsys.readouterr().out
    assert "Libyan Express · All Syrian opposition factions agree to… <- Al Jazeera · " in printed
    assert f"(copy, credited, retitled; confidence 0.99 certain)\n    ids: {COPY} <- {SOURCE}\n" in printed
    assert main([*args, "--column", "title"]) == 1
    assert "--column 'title': expected NAME=VALUE" in capsys.readouterr().err
