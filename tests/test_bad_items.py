"""A bad item never sinks a run: with on_error="skip" it is left out and listed in report.skipped.

The corpora a newsroom has: one record with a null text among a hundred, one document of
3,000 paragraphs, photos and office files in a folder of stories, one folder per outlet with
the same file names, broken lines in a feed, a broken page in a crawl. Each is traced through
the API and the command line, with "raise" (the first bad item stops the run, named) and "skip"
(the good items give the report they give alone, and the bad ones are listed).
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys

import pytest

from conftest import COPY, SOURCE, seed_text
from provenance import (
    DocumentTooLargeError,
    DuplicateIdError,
    EmptyCorpusError,
    EmptyDocumentError,
    InputFormatError,
    MissingDependencyError,
    Report,
    UnreadableInputError,
    load,
    trace,
)
from provenance.cli import main
from provenance.errors import ProvenanceWarning
from provenance.settings import LoadSettings, Settings
from roundtrip import file_round_trip


def _good() -> list[dict]:
    """A hundred good records: the seeds' source and copy, and 98 short briefs."""
    briefs = [
        {"id": f"brief{k:03}", "text": f"Council brief {k}\n\nThe council met on day {k} and approved item "
                                       f"{k * 7} of the budget, the clerk said."}
        for k in range(98)
    ]
    return [{"id": SOURCE, "text": seed_text("000")}, {"id": COPY, "text": seed_text("003")}, *briefs]


def _without_skipped(report: Report) -> str:
    return report.model_copy(update={"skipped": ()}).to_json()


def _many_paragraphs(n: int = 3_000) -> str:
    return "\n\n".join(f"Paragraph {k} of the transcript." for k in range(n))


# --- one record with a null text among a hundred good ones ---------------------------------


def test_a_null_text_among_a_hundred_records_raises_naming_it_or_is_skipped():
    good = _good()
    corpus = [*good[:37], {"id": "blank", "text": None}, *good[37:]]
    with pytest.raises(EmptyDocumentError, match=r"item 37 \(id 'blank'\) has no text"):
        trace(corpus)
    report = trace(corpus, on_error="skip")
    assert len(report.documents) == 100
    (skipped,) = report.skipped
    assert (skipped.origin, skipped.id, skipped.error) == ("item 37", "blank", "EmptyDocumentError")
    assert "item 37" in skipped.reason and "\n" not in skipped.reason
    assert _without_skipped(report) == trace(good).to_json()
    assert [(d.derived, d.source) for d in report.derivations] == [(COPY, SOURCE)]


def test_null_text_in_a_feed_through_the_shell(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    records = [*_good()[:40], {"id": "blank", "text": None}, *_good()[40:]]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["trace", str(feed), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "feed.jsonl:41" in err and "has no text" in err
    out = tmp_path / "r.json"
    assert main(["trace", str(feed), "--on-error", "skip", "--json", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[1] == "skipped 1 item:"
    assert printed[2].startswith("    EmptyDocumentError: record ") and "feed.jsonl:41 (id 'blank')" in printed[2]
    (skipped,) = Report.read_json(out).skipped
    assert skipped.origin == f"{feed}:41" and skipped.id == "blank"


# --- a document over a limit ------------------------------------------------------------------


def test_a_three_thousand_paragraph_document_names_the_setting_and_the_flag():
    corpus = [*_good()[:2], {"id": "transcript", "text": _many_paragraphs()}]
    with pytest.raises(DocumentTooLargeError, match=r"'transcript' \(item 2\) has 3,000 paragraphs.*"
                                                    r"LoadSettings\.max_blocks, --max-paragraphs"):
        trace(corpus)
    report = trace(corpus, on_error="skip")
    assert [a.id for a in report.documents] == [SOURCE, COPY]
    (skipped,) = report.skipped
    assert (skipped.origin, skipped.id, skipped.error) == ("item 2", "transcript", "DocumentTooLargeError")
    # Segmentation runs in the worker processes: what they leave out comes back the same.
    assert trace(corpus, on_error="skip", workers=2).to_json() == report.to_json()
    roomy = Settings(load=LoadSettings(max_blocks=5_000))
    assert len(trace(corpus, settings=roomy).documents) == 3


def test_limits_from_the_shell(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    rows = [*_good()[:2], {"id": "transcript", "text": _many_paragraphs()}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["trace", str(feed), "--quiet"]) == 1
    assert "LoadSettings.max_blocks, --max-paragraphs" in capsys.readouterr().err
    assert main(["trace", str(feed), "--max-paragraphs", "5000"]) == 0
    assert capsys.readouterr().out.startswith("3 documents")
    assert main(["trace", str(feed), "--max-paragraphs", "5000", "--max-chars", "20,000", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "'transcript'" in err and "the limit is 20,000 (LoadSettings.max_chars, --max-chars)" in err
    assert main(["trace", str(feed), "--max-chars", "20000", "--on-error", "skip"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 documents") and "DocumentTooLargeError: document 'transcript'" in out
    with pytest.raises(SystemExit):
        main(["trace", str(feed), "--max-chars", "0"])
    assert "at least 1" in capsys.readouterr().err


def test_a_long_document_is_skipped_in_a_generator_too():
    settings = Settings(load=LoadSettings(max_chars=10_000))
    records = [*_good()[:2], {"id": "long", "text": "word " * 5_000}]
    report = trace((r for r in records), settings=settings, on_error="skip")
    assert [s.id for s in report.skipped] == ["long"] and "max_chars" in report.skipped[0].reason
    assert _without_skipped(report) == trace(records[:2], settings=settings).to_json()


# --- folders: stray files, unreadable files, one folder per outlet ---------------------------


@pytest.fixture
def newsroom(tmp_path):
    """One folder per outlet with the same file name in each, and what else such folders hold."""
    root = tmp_path / "archive"
    (root / "aljazeera").mkdir(parents=True)
    (root / "libyan-express").mkdir()
    (root / "aljazeera" / "story.txt").write_text(seed_text("000"), encoding="utf-8")
    (root / "libyan-express" / "story.txt").write_text(seed_text("003"), encoding="utf-8")
    (root / "aljazeera" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200))
    (root / "notes.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(100))
    (root / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    (root / "export").write_bytes(bytes(range(256)) * 4)  # binary data without a suffix
    (root / "README").write_text("Stories saved from the outlets' sites, one folder each.\n", encoding="utf-8")
    return root


def test_a_folder_per_outlet_gives_ids_relative_to_the_folder(newsroom):
    report = trace(newsroom)
    assert [a.id for a in report.documents] == ["README", "aljazeera/story", "libyan-express/story"]
    assert [(d.derived, d.source) for d in report.derivations] == [("libyan-express/story", "aljazeera/story")]
    # A file given alone keeps its name without the suffix.
    (alone,) = load(newsroom / "aljazeera" / "story.txt")
    assert alone.id == "story"


def test_files_that_are_not_articles_are_listed_whatever_on_error_says(newsroom):
    raised, skipped = trace(newsroom), trace(newsroom, on_error="skip")
    assert raised.to_json() == skipped.to_json()
    records = {s.origin: s for s in raised.skipped}
    assert sorted(records) == sorted(
        str(newsroom / p) for p in ("Thumbs.db", "aljazeera/photo.jpg", "export", "notes.docx")
    )
    assert all(s.error is None and s.id is None for s in raised.skipped)
    assert records[str(newsroom / "aljazeera" / "photo.jpg")].reason == "not an article file: an image (.jpg)"
    assert records[str(newsroom / "notes.docx")].reason == "not an article file: an office document (.docx)"
    assert records[str(newsroom / "Thumbs.db")].reason == "not an article file: a database (.db)"
    assert records[str(newsroom / "export")].reason == "not an article file: binary data without a suffix"
    line = raised.summary().splitlines()[1]
    assert line.startswith("passed over 4 files that are not articles: ") and "photo.jpg" in line


def test_load_warns_about_what_it_passed_over(newsroom):
    with pytest.warns(ProvenanceWarning, match=r"left out 4 items: .*not an article file"):
        articles = load(newsroom)
    assert len(articles) == 3


def test_an_unreadable_article_file_follows_on_error(newsroom):
    (newsroom / "aljazeera" / "broken.txt").write_bytes(b"Headline\n\nText \x81\x8d here.")
    (newsroom / "libyan-express" / "empty.md").write_text("  \n", encoding="utf-8")
    with pytest.raises(UnreadableInputError, match=r"broken\.txt.*byte 15"):
        trace(newsroom)
    report = trace(newsroom, on_error="skip")
    faulty = [s for s in report.skipped if s.error]
    assert [(s.id, s.error) for s in faulty] == [
        ("aljazeera/broken", "UnreadableInputError"), ("libyan-express/empty", "EmptyDocumentError")
    ]
    assert len(report.documents) == 3 and len(report.derivations) == 1
    (newsroom / "aljazeera" / "broken.txt").unlink()
    (newsroom / "libyan-express" / "empty.md").unlink()
    assert _without_skipped(report) == _without_skipped(trace(newsroom))


def test_the_newsroom_folder_through_the_shell_and_every_table(newsroom, tmp_path, capsys):
    (newsroom / "aljazeera" / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    args = ["trace", str(newsroom), "--on-error", "skip", "--csv", str(out / "csv"), "--sqlite", str(out / "r.db"),
            "--html", str(out / "r.html"), "--json", str(out / "r.json")]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "libyan-express/story <- aljazeera/story" in printed
    assert "skipped 1 item:\n    EmptyDocumentError: document 'aljazeera/empty'" in printed
    assert "passed over 4 files that are not articles" in printed
    report = Report.read_json(out / "r.json")
    assert len(report.skipped) == 5
    with open(out / "csv" / "skipped.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["origin"] for r in rows] == [s.origin for s in report.skipped]
    assert [r["error"] for r in rows] == [s.error or "" for s in report.skipped]
    with sqlite3.connect(out / "r.db") as db:
        found = db.execute("SELECT origin, document, error, reason FROM skipped ORDER BY id").fetchall()
    db.close()
    assert found == [(s.origin, s.id, s.error, s.reason) for s in report.skipped]
    page = (out / "r.html").read_text(encoding="utf-8")
    assert '<h2 id="skipped">Left out of the trace</h2>' in page and '5 items of the corpus left out' in page
    assert "not an article file: an image (.jpg)" in page


def test_duplicate_file_names_in_one_folder_still_clash(newsroom):
    (newsroom / "aljazeera" / "story.md").write_text("Another version.\n\nOther text.", encoding="utf-8")
    with pytest.raises(DuplicateIdError, match=r"'aljazeera/story'.*story\.md and .*story\.txt"):
        trace(newsroom)
    report = trace(newsroom, on_error="skip")
    (clash,) = [s for s in report.skipped if s.error]
    assert clash.error == "DuplicateIdError" and clash.origin.endswith("story.txt")  # the first read is kept


# --- records, feeds, crawls ------------------------------------------------------------------


def test_bad_lines_of_a_feed_are_left_out_and_the_rest_is_read(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = _good()[:4]
    lines = [json.dumps(good[0]), "{not json", json.dumps(good[1]), '"a string"', json.dumps(good[2]),
             json.dumps({"id": "num", "text": 5}), json.dumps(good[3])]
    feed.write_bytes("\n".join(lines).encode() + b'\n{"id": "b", "text": "\x81\x8d"}\n')
    with pytest.raises(InputFormatError, match=r"feed\.jsonl:2 is not valid JSON"):
        trace(feed)
    report = trace(feed, on_error="skip")
    assert [(s.origin, s.error) for s in report.skipped] == [
        (f"{feed}:2", "InputFormatError"), (f"{feed}:4", "InputFormatError"), (f"{feed}:6", "InputFormatError"),
        (f"{feed}:8", "UnreadableInputError"),
    ]
    assert report.skipped[2].id == "num"
    assert [a.id for a in report.documents] == sorted(r["id"] for r in good)
    feed.write_text("".join(json.dumps(r) + "\n" for r in good), encoding="utf-8")  # the good lines alone
    assert _without_skipped(report) == trace(feed).to_json()


def test_bad_rows_of_a_csv_and_items_of_a_json_file(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text('id,text\na,"Floods hit the valley town."\nb,"two",extra\nc,\nd,"Talks open in Astana."\n',
                     encoding="utf-8")
    report = trace(table, on_error="skip")
    assert [a.id for a in report.documents] == ["a", "d"]
    assert [(s.origin, s.id, s.error) for s in report.skipped] == [
        (f"{table} row 3", "b", "InputFormatError"), (f"{table} row 4", "c", "EmptyDocumentError")
    ]
    records = tmp_path / "r.json"
    records.write_text(json.dumps([{"id": "a", "text": "Fine text."}, "a string", {"id": "z"}]), encoding="utf-8")
    report = trace(records, on_error="skip")
    assert [(s.origin, s.error) for s in report.skipped] == [
        (f"{records}[1]", "InputFormatError"), (f"{records}[2]", "InputFormatError")
    ]


def test_a_broken_page_in_a_crawl_is_left_out(tmp_path):
    from warcio.warcwriter import WARCWriter

    from test_warc import _response, write_crawl

    crawl = tmp_path / "crawl.warc"
    write_crawl(crawl, gzipped=False)
    with crawl.open("ab") as handle:
        writer = WARCWriter(handle, gzip=False)
        writer.write_record(_response(writer, "https://example.com/broken", bytes(range(256)) * 8))
    with pytest.raises(UnreadableInputError, match=r"example\.com/broken"):
        trace(crawl)
    with pytest.warns(ProvenanceWarning, match="read 2 HTML pages"):
        report = trace(crawl, on_error="skip")
    (skipped,) = report.skipped
    assert skipped.id == "https://example.com/broken" and skipped.error == "UnreadableInputError"
    assert len(report.derivations) == 1


def test_any_provenance_error_of_an_item_is_recorded(tmp_path, monkeypatch):
    # Reading a page without the html extra raises MissingDependencyError, not a CorpusError:
    # skipping does not depend on which error an item raises.
    (tmp_path / "page.html").write_text("<html><body><p>Text</p></body></html>", encoding="utf-8")
    (tmp_path / "story.txt").write_text(seed_text("000"), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(MissingDependencyError, match=r"provenance\[html\]"):
        trace(tmp_path)
    (skipped,) = trace(tmp_path, on_error="skip").skipped
    assert skipped.error == "MissingDependencyError" and skipped.id == "page"


def test_a_dataframe_row_and_a_non_record_item(tmp_path):
    pd = pytest.importorskip("pandas", reason="the tables extra: provenance[tables]")
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": ["Fine text here.", None, "Other fine text."]})
    (skipped,) = trace(frame, on_error="skip").skipped
    assert (skipped.origin, skipped.id, skipped.error) == ("row 1", "b", "EmptyDocumentError")
    report = trace(["A fine story about the floods.", 42, b"bytes"], on_error="skip")
    assert [(s.origin, s.error) for s in report.skipped] == [("item 1", "InputFormatError"),
                                                             ("item 2", "InputFormatError")]


def test_an_id_the_index_holds_with_other_text(tmp_path):
    db = tmp_path / "corpus.db"
    trace([{"id": "a", "text": "First version of the story, with enough words to index."}], index=db)
    corpus = [{"id": "a", "text": "A different story altogether, also long enough to index."},
              {"id": "blank", "text": None},
              {"id": "b", "text": "Another story for the index, with words of its own to store."}]
    with pytest.raises(EmptyDocumentError, match="'blank'"):
        trace(corpus, index=db)
    with pytest.raises(DuplicateIdError, match="already in the index"):
        trace([corpus[0], corpus[2]], index=db)
    report = trace(corpus, index=db, on_error="skip")
    blank, clash = report.skipped
    assert (blank.origin, blank.id, blank.error) == ("item 1", "blank", "EmptyDocumentError")
    assert (clash.origin, clash.id, clash.error) == ("item 0", "a", "DuplicateIdError")
    assert "already in the index" in clash.reason
    assert [a.id for a in report.documents] == ["b"]
    stored = sqlite3.connect(db)
    assert [r[0] for r in stored.execute("SELECT id FROM documents ORDER BY id")] == ["a", "b"]
    stored.close()


# --- what the report keeps, and when nothing is left ------------------------------------------


def test_skipped_items_survive_the_json_and_the_summary_names_the_first_few(tmp_path):
    corpus = [*_good()[:2], *({"id": f"bad{k}", "text": ""} for k in range(8))]
    report = trace(corpus, on_error="skip")
    loaded = file_round_trip(report, tmp_path / "r.json")
    assert len(loaded.skipped) == 8
    lines = report.summary().splitlines()
    assert lines[1] == "skipped 8 items:"
    assert sum(line.startswith("    EmptyDocumentError: ") for line in lines) == 5
    assert lines[7] == "    and 3 more (the JSON report lists every one)"


def test_a_corpus_with_nothing_left_is_an_error_naming_what_was_left_out(tmp_path):
    with pytest.raises(EmptyCorpusError, match=r"holds no documents: left out 2 items: record item 0"):
        trace([{"id": "a", "text": None}, {"id": "b"}], on_error="skip")
    with pytest.raises(EmptyCorpusError, match=r"left out 1 item: .*3,000 paragraphs"):
        trace([{"id": "t", "text": _many_paragraphs()}], on_error="skip")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(EmptyCorpusError, match=r"photo\.jpg: not an article file"):
        trace(tmp_path)


def test_on_error_must_be_raise_or_skip():
    with pytest.raises(InputFormatError, match="on_error='ignore'"):
        trace(["Some text."], on_error="ignore")
