"""Tables: records, pandas, CSV a spreadsheet cannot execute, and SQLite browsed with real SQL."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from conftest import COPY, SEEDS, SOURCE
from gallery import gallery_records
from needs import need_module
from provenance import trace
from provenance.cli import main
from provenance.views.tables import TABLES


@pytest.fixture(scope="module")
def gallery():
    return trace(gallery_records())


def test_records_link_by_keys(gallery):
    tables = gallery.to_records()
    assert set(tables) == {"documents", "derivations", "operations", "skipped"}
    assert tables["skipped"] == []
    for name, rows in tables.items():
        assert all(list(row) == list(TABLES[name]) for row in rows)
    ids = {d["id"] for d in tables["documents"]}
    assert {(d["derived"], d["source"]) for d in tables["derivations"]} == {
        (COPY, SOURCE), ("echo_copy", COPY)
    }
    assert all(d["derived"] in ids and d["source"] in ids for d in tables["derivations"])
    seeds = next(d for d in tables["derivations"] if d["derived"] == COPY)
    ops = [o for o in tables["operations"] if o["derivation_id"] == seeds["id"]]
    assert sum(o["kind"] in ("kept", "modified") and not o["furniture"] for o in ops) == 10
    assert (seeds["kept"], seeds["modified"], seeds["dropped"], seeds["furniture_added"]) == (9, 1, 17, 4)
    assert seeds["credited"] is True and seeds["retitled"] is True
    modified = next(o for o in ops if o["kind"] == "modified")
    assert modified["word_changes"] == "+Al-Jazeera –"


def test_pandas(gallery):
    need_module("pandas", "pip install 'provenance[tables]'")
    frames = gallery.to_pandas()
    assert frames["documents"].loc["flood", "outlet"] == "Valley News"
    joined = frames["operations"].merge(frames["derivations"], left_on="derivation_id", right_index=True)
    assert set(joined["derived"]) == {COPY, "echo_copy"}
    assert len(frames["operations"]) == len(gallery.to_records()["operations"])


def test_csv_neutralises_formulas(tmp_path):
    report = trace([
        {"id": "=cmd|' /C calc'!A0", "title": "@SUM(1+1)", "outlet": "+evil", "text": "-2+3 opens the text.\n\nMore."},
        {"id": "plain", "text": "Nothing shared here at all, a different story entirely."},
    ])
    assert main(["trace", *_paths(tmp_path, report), "--quiet", "--csv", str(tmp_path / "csv")]) == 0
    with open(tmp_path / "csv" / "documents.csv", newline="", encoding="utf-8") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    hostile = rows["'=cmd|' /C calc'!A0"]
    assert hostile["title"] == "'@SUM(1+1)" and hostile["outlet"] == "'+evil"
    assert hostile["text"].startswith("'-2+3")
    for row in rows.values():
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())


def _paths(tmp_path, report):
    """Write a report's records as JSON Lines so the CLI reads them like a user's corpus."""
    import json

    path = tmp_path / "corpus.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": a.id, "title": a.title, "outlet": a.outlet, "text": a.text}) + "\n"
            for a in report.documents
        ),
        encoding="utf-8",
    )
    return [str(path)]


def test_cli_sqlite_has_keys_and_joins(tmp_path):
    db_path = tmp_path / "out" / "provenance.sqlite"
    assert main(["trace", str(SEEDS), "--quiet", "--sqlite", str(db_path), "--csv", str(tmp_path / "csv")]) == 0
    names = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert names == ["derivations.csv", "documents.csv", "operations.csv", "skipped.csv"]
    with sqlite3.connect(db_path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        fks = {r[2] for r in db.execute("PRAGMA foreign_key_list(derivations)")}
        assert fks == {"documents"}
        assert {r[2] for r in db.execute("PRAGMA foreign_key_list(operations)")} == {"derivations"}
        rows = db.execute(
            """SELECT o.kind, count(*) FROM operations o JOIN derivations d ON o.derivation_id = d.id
               JOIN documents c ON d.derived = c.id WHERE c.id = ? AND o.furniture = 0 GROUP BY o.kind""",
            (COPY,),
        ).fetchall()
        assert dict(rows) == {"kept": 9, "modified": 1, "dropped": 17}
        title = db.execute("SELECT title FROM documents WHERE id = ?", (SOURCE,)).fetchone()[0]
        assert title == "Syrian rebel groups to attend peace talks in Astana"
    db.close()
    # Writing again replaces the database whole.
    assert main(["trace", str(SEEDS), "--quiet", "--sqlite", str(db_path)]) == 0
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM derivations").fetchone()[0] == 1
    db.close()
