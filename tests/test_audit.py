"""Audit: articles checked against an archive in a candidate index, which is left as it was."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from conftest import COPY, SHARED_DATA, SOURCE, seed_text
from provenance import Audit, IndexFileError, UnknownDocumentError, audit, trace
from provenance.cli import main

UNRELATED = {"id": "harvest", "text": "A different story about the harvest and the rain, told in its own words "
                                      "at length by a farmer who has seen many of them."}


def _stored(con_path: Path) -> list[str]:
    with sqlite3.connect(con_path) as con:
        return [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id")]


@pytest.fixture
def archive(tmp_path) -> Path:
    db = tmp_path / "archive.db"
    trace([{"id": SOURCE, "text": seed_text("000"), "outlet": "Al Jazeera", "published": "2017-01-16T08:00:00"},
           UNRELATED], index=db)
    return db


def test_where_did_this_come_from(archive):
    found = audit([{"id": COPY, "text": seed_text("003"), "published": "2017-01-17T09:00:00"}], index=archive)
    assert [e.article for e in found.articles] == [COPY]
    (m,) = found.audited(COPY).matches
    assert (m.stored, m.role, m.credited, m.direct) == (SOURCE, "source", True, True)
    assert m.retitled is True and m.share > 0.9 and 0 < m.stored_share < m.share
    assert (m.diff.derived, m.diff.source) == (COPY, SOURCE)
    assert {op.kind for op in m.diff.operations} >= {"kept", "dropped"}
    assert _stored(archive) == [SOURCE, "harvest"]  # not stored
    assert not found.stored and "not stored" in found.summary()
    assert f"1. {SOURCE} is its source  (credited; confidence" in found.summary()


def test_who_copied_my_story(tmp_path):
    db = tmp_path / "archive.db"
    trace([{"id": "their-copy", "text": seed_text("003"), "published": "2017-01-17T09:00:00"}, UNRELATED], index=db)
    mine = {"id": "my-story", "text": seed_text("000"), "outlet": "Al Jazeera", "published": "2017-01-16T08:00:00"}
    found = audit([mine, {"id": "other-new", "text": "Nothing stored shares these few words with anything."}],
                  index=db, store=True)
    (m,) = found.audited("my-story").matches
    assert (m.stored, m.role, m.credited) == ("their-copy", "copy", True)
    assert found.audited("other-new").matches == ()
    assert "other-new: no stored article shares text with it" in found.summary()
    assert _stored(db) == ["harvest", "my-story", "other-new", "their-copy"]  # --store


def test_audit_round_trips_and_draws_side_by_side(archive, tmp_path):
    found = audit([{"id": COPY, "text": seed_text("003") + "\n\n<script>alert(1)</script>"}], index=archive)
    assert Audit.model_validate_json(found.to_json()) == found
    assert repr(found).startswith("<Audit: 1 article audited against ") and repr(found).endswith("; 1 match>")
    assert len(repr(found)) < 300
    assert found.to_html(tmp_path / "audit.html") == tmp_path / "audit.html"
    page = (tmp_path / "audit.html").read_text(encoding="utf-8")
    assert page == found.to_html()
    assert 'class="matches"' in page and 'class="sbs body-ops"' in page and "badge b-credited" in page
    assert f"<h3>1.1 {COPY} ← " not in page
    assert "← Al Jazeera · Syrian rebel groups to attend peace talks in Astana</h3>" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert found.view(COPY, SOURCE).diff == found.match(COPY, SOURCE).diff
    assert "provenance-view" in found._repr_html_()
    with pytest.raises(UnknownDocumentError, match="shares no text"):
        found.match(COPY, "harvest")


def test_an_index_that_is_not_there_is_an_error(tmp_path):
    with pytest.raises(IndexFileError, match="no candidate index at"):
        audit([UNRELATED], index=tmp_path / "nowhere.db")
    assert not (tmp_path / "nowhere.db").exists()


def test_cli_audit(archive, tmp_path, capsys):
    copy = tmp_path / "copy.jsonl"
    copy.write_text(json.dumps({"id": COPY, "text": seed_text("003")}) + "\n", encoding="utf-8")
    out, page = tmp_path / "audit.json", tmp_path / "audit.html"
    assert main(["audit", str(copy), "--index", str(archive), "--json", str(out), "--html", str(page)]) == 0
    printed = capsys.readouterr().out
    assert f"{COPY}: 1 stored article shares text with it" in printed and f"1. {SOURCE} is its source" in printed
    assert Audit.read_json(out).match(COPY, SOURCE).role == "source"
    assert "class=\"sbs body-ops\"" in page.read_text(encoding="utf-8")
    assert _stored(archive) == [SOURCE, "harvest"]
    assert main(["audit", str(copy), "--index", str(archive), "--store", "--quiet"]) == 0
    assert _stored(archive) == [SOURCE, COPY, "harvest"]
    assert main(["audit", str(copy), "--index", str(tmp_path / "none.db")]) == 1
    assert "no candidate index" in capsys.readouterr().err
    assert main(["audit", str(copy), "--index", str(archive), "--json", str(archive)]) == 1  # never over the index


REUTERS = Path(os.environ.get("PROVENANCE_DATA", SHARED_DATA)) / "reuters21578" / "docs.jsonl"


def _reuters(count: int) -> list[dict]:
    stories = []
    with REUTERS.open(encoding="utf-8") as handle:
        for line in handle:
            d = json.loads(line)
            if d["text"].count("\n") >= 8:
                stories.append({"id": f"r{d['doc_id']}", "title": d["title"] or None, "text": d["text"],
                                "outlet": "Reuters", "published": "1987-03-01"})
                if len(stories) == count:
                    break
    return stories


def _planted(story: dict, ident: str, outlet: str, credit: bool) -> dict:
    lines = story["text"].split("\n")
    body = "\n".join(lines[: int(len(lines) * 0.8)]).strip()
    return {"id": ident, "title": story["title"], "outlet": outlet, "published": "1987-03-03",
            "text": (f"Reuters - {body}" if credit else body) + f"\n\nPublished by the {outlet}."}


@pytest.mark.skipif(not REUTERS.is_file(), reason=f"Reuters-21578 not found at {REUTERS} (set PROVENANCE_DATA)")
def test_audit_against_an_archive_of_reuters_stories_with_planted_copies(tmp_path):
    stories = _reuters(240)
    credited_from, uncredited_from, copied = stories[17], stories[101], stories[202]
    archive = [s for s in stories if s is not copied]
    archive.append(_planted(copied, "harbour-copy", "Harbour Times", credit=True))  # someone copied it
    db = tmp_path / "reuters.db"
    trace(archive, index=db)
    before = _stored(db)
    articles = [
        _planted(credited_from, "courier-copy", "Daily Courier", credit=True),
        _planted(uncredited_from, "post-copy", "Evening Post", credit=False),
        copied,  # "who copied my story?"
        UNRELATED,
    ]
    found = audit(articles, index=db)
    top = {e.article: e.matches[0] if e.matches else None for e in found.articles}
    assert (top["courier-copy"].stored, top["courier-copy"].role, top["courier-copy"].credited) == (
        credited_from["id"], "source", True)
    assert (top["post-copy"].stored, top["post-copy"].role, top["post-copy"].credited) == (
        uncredited_from["id"], "source", False)
    assert (top[copied["id"]].stored, top[copied["id"]].role, top[copied["id"]].credited) == (
        "harbour-copy", "copy", True)
    assert top["harvest"] is None
    for entry in found.articles:  # ranked by the share of the audited article found in the stored one
        shares = [m.share for m in entry.matches]
        assert shares == sorted(shares, reverse=True)
    assert _stored(db) == before
