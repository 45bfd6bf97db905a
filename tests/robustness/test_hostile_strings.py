"""Ids and headlines full of quotes, backslashes, braces, angle brackets, newlines and bidi marks.

Each goes through every output (JSON, DOT, HTML, CSV, SQLite) and comes back as the same
characters, or as visible text: never markup, never a broken file, never two documents merged.
"""

from __future__ import annotations

import csv
import sqlite3
import subprocess
from html.parser import HTMLParser

import pytest

from needs import need_dot
from provenance import Report, trace
from provenance.views.dot import quote
from provenance.views.tables import neutralise
from roundtrip import file_round_trip

HOSTILE_IDS = [
    'quote"d',
    "back\\slash\\",
    "{brace}}",
    "<script>alert(1)</script>",
    "new\nline",
    "carriage\rreturn",
    "new\\nline",  # backslash and n, not a line break: must stay apart from "new\nline"
    "rtl\u202egnp.exe\u200f",
    "=HYPERLINK(\"http://evil\")",
    "tab\tand\x01control",
    "tab\tand control",
    "'; DROP TABLE documents; --",
    "&amp; &lt;",
]
HEADLINE = 'Police say "nothing" <b>happened</b> {0} \\ \u202eright-to-left\u202c & more'
BODY = (
    "The council voted on Tuesday to close the old bridge over the river for repairs lasting a year.\n\n"
    "Engineers found cracks in two of the supports last month, the council's transport chief said.\n\n"
    "Drivers will be sent on a diversion through the town centre, adding twenty minutes to the trip."
)


@pytest.fixture(scope="module")
def report() -> Report:
    records = [
        {"id": ident, "title": HEADLINE + f" {n}", "outlet": f"Outlet <{n}> \"q\"", "text": BODY + f"\n\nExtra {n}."}
        for n, ident in enumerate(HOSTILE_IDS)
    ]
    # One derivation with hostile ids on both ends, so edges and diffs carry them too.
    records.append({
        "id": "copy\"<{\\}>\n\u202e",
        "title": "Copied " + HEADLINE,
        "text": "Outlet <0> \"q\" – " + BODY + "\n\nA paragraph the copy added at the very end of the story.",
        "published": "2024-03-02T10:00:00Z",
    })
    return trace(records)


def test_every_hostile_id_is_a_document(report):
    ids = {a.id for a in report.documents}
    assert set(HOSTILE_IDS) <= ids and len(ids) == len(HOSTILE_IDS) + 1


def test_json_round_trip_is_exact(report, tmp_path):
    loaded = file_round_trip(report, tmp_path / "report.json")
    assert {a.id for a in loaded.documents} == {a.id for a in report.documents}


def test_dot_quote_is_injective_on_hostile_ids():
    quoted = [quote(i) for i in HOSTILE_IDS]
    assert len(set(quoted)) == len(HOSTILE_IDS)
    for q in quoted:
        inner = q[1:-1]
        assert "\n" not in q and "\r" not in q
        # every double quote inside is escaped, so the string cannot end early
        assert all(inner[k - 1] == "\\" for k in range(len(inner)) if inner[k] == '"')


def test_dot_is_valid_and_keeps_every_document_apart(report):
    need_dot()
    dot = report.to_dot()
    result = subprocess.run(["dot", "-Tplain"], input=dot.encode(), capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    nodes = [line for line in result.stdout.decode().splitlines() if line.startswith("node ")]
    assert len(nodes) == len(report.documents)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_every_id_and_headline(report, monkeypatch):
    import provenance.views.render as render

    monkeypatch.setattr(render, "dot_available", lambda: False)  # the table diagram: ids in cells
    page = report.to_html()
    parsed = _Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags and "b" not in parsed.tags
    text = "".join(parsed.text)
    for ident in HOSTILE_IDS:
        assert ident in text, ident
    assert HEADLINE + " 0" in text
    for name, value in parsed.attrs:
        assert not name.startswith("on"), name
        assert value is None or "<" not in value


def test_csv_keeps_hostile_text_and_neutralises_formulas(report, tmp_path):
    from provenance.views.tables import write_csv

    write_csv(report, tmp_path)
    with open(tmp_path / "documents.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["id"] for r in rows) == sorted(neutralise(a.id) for a in report.documents)
    assert "'=HYPERLINK(\"http://evil\")" in {r["id"] for r in rows}
    by_id = {r["id"]: r for r in rows}
    assert by_id["new\nline"]["title"] == HEADLINE + " 4"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_sqlite_keeps_hostile_text_exactly(report, tmp_path):
    from provenance.views.tables import write_sqlite

    path = write_sqlite(report, tmp_path / "r.sqlite")
    with sqlite3.connect(path) as db:
        ids = {row[0] for row in db.execute("SELECT id FROM documents")}
        titles = {row[0] for row in db.execute("SELECT title FROM documents")}
        joined = db.execute(
            "SELECT d.derived, s.id FROM derivations d JOIN documents s ON s.id = d.source"
        ).fetchall()
    db.close()
    assert ids == {a.id for a in report.documents}
    assert HEADLINE + " 0" in titles
    assert len(joined) == len(report.derivations)


def test_prov_json_keeps_every_hostile_id(report):
    import json

    from needs import need_module

    need_module("prov", "pip install 'provenance[prov]'")
    entities = json.loads(report.to_prov_json())["entity"]
    ids = {e["pv:id"] for e in entities.values() if "pv:id" in e}
    assert {a.id for a in report.documents} <= ids
