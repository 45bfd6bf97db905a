"""Safe and lossless outputs: atomic files, inputs never overwritten, saved reports that render like live ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import provenance.views.output as output
from needs import need_dot
from provenance import InputFormatError, RenderError, Report, trace
from provenance.cli import main
from roundtrip import file_round_trip

SOURCE = (
    "Rebels agree to attend talks\n\n"
    "Syrian rebel groups have agreed to attend peace talks in Astana next week, their spokesman said.\n\n"
    "The talks, brokered by Russia and Turkey, open on Monday and last two days, officials said.\n\n"
    "A ceasefire has largely held across the country since the end of December, monitors said."
)
COPY = (
    "Talks: rebels say yes 🇸🇾\n\n"
    "Al-Jazeera – Syrian rebel groups have agreed to attend peace talks in Astana next week, their spokesman said.\n\n"
    "The talks, brokered by Russia and Turkey, open on Monday and last three days, officials said.\n\n"
    "Ça va? Zoë’s café — “quoted” e\u0301 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and a right-to-left \u05e9\u05dc\u05d5\u05dd."
)


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "source.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "copy.txt").write_text(COPY, encoding="utf-8")
    return folder


# --- inputs are never overwritten ----------------------------------------------------------


@pytest.mark.parametrize("option", ["--json", "--dot", "--prov", "--html", "--render", "--sqlite", "--index"])
def test_no_output_option_writes_over_an_input_file(corpus, option, capsys):
    if option == "--render":
        need_dot()
    target = corpus / "source.txt"
    before = target.read_bytes()
    assert main(["trace", str(corpus), "--quiet", option, str(target)]) == 1
    assert "is an input of this run" in capsys.readouterr().err
    assert target.read_bytes() == before


@pytest.mark.parametrize("option", ["--json", "--html", "--sqlite", "--index", "--csv"])
def test_no_output_lands_inside_an_input_folder(corpus, option, capsys):
    target = corpus / ("tables" if option == "--csv" else "out.bin")
    assert main(["trace", str(corpus), "--quiet", option, str(target)]) == 1
    assert "is an input of this run" in capsys.readouterr().err
    assert sorted(p.name for p in corpus.iterdir()) == ["copy.txt", "source.txt"]


def test_an_input_file_given_alone_is_protected_too(corpus, capsys):
    target = corpus / "copy.txt"
    before = target.read_bytes()
    assert main(["trace", str(corpus / "source.txt"), str(target), "--quiet", "--dot", str(target)]) == 1
    assert target.read_bytes() == before


def test_a_symlink_to_an_input_is_refused(corpus, tmp_path, capsys):
    link = tmp_path / "innocent.json"
    link.symlink_to(corpus / "source.txt")
    assert main(["trace", str(corpus), "--quiet", "--json", str(link)]) == 1
    assert (corpus / "source.txt").read_text(encoding="utf-8") == SOURCE


def test_every_output_option_writes_outside_the_inputs(corpus, tmp_path):
    out = tmp_path / "out"
    args = ["--json", out / "r.json", "--dot", out / "r.dot", "--prov", out / "r.provn", "--html", out / "r.html",
            "--csv", out / "csv", "--sqlite", out / "r.sqlite"]
    assert main(["trace", str(corpus), "--quiet", *map(str, args)]) == 0
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert names == ["csv", "csv/derivations.csv", "csv/documents.csv", "csv/operations.csv", "csv/skipped.csv",
                     "r.dot", "r.html", "r.json", "r.provn", "r.sqlite"]  # no temporary file left


# --- atomic writes -------------------------------------------------------------------------


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", full_disk)
    with pytest.raises(RenderError, match="No space left"):
        output.write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_a_write_is_a_rename_of_a_complete_file(tmp_path, monkeypatch):
    seen = []
    real = os.replace

    def watching(src, dst):
        seen.append((Path(src).read_text(encoding="utf-8"), Path(dst).exists()))
        real(src, dst)

    monkeypatch.setattr(output.os, "replace", watching)
    output.write_text(tmp_path / "r.txt", "complete")
    assert seen == [("complete", False)]


# --- lossless results ----------------------------------------------------------------------


@pytest.fixture
def report() -> Report:
    return trace([
        {"id": "source", "text": SOURCE, "outlet": "Al Jazeera", "published": "2024-01-02T08:00:00+03:00"},
        {"id": "copy", "text": COPY, "outlet": "Gulf Times", "published": "2024-01-02T09:30:00Z"},
        {"id": "sibling", "text": COPY.replace("three", "four") + "\n\nA paragraph only the sibling has, at the end."},
    ])


def test_json_round_trip_is_exact_with_offsets_evidence_and_unicode(report, tmp_path):
    loaded = file_round_trip(report, tmp_path / "r.json")
    copy = loaded.document("copy")
    assert copy.text == COPY
    for block in copy.blocks:
        assert " ".join(copy.text[block.start : block.end].split()) == block.text
    assert [p.evidence for p in loaded.pairs] == [p.evidence for p in report.pairs]
    assert loaded.derivations and all(d.evidence for d in loaded.derivations)


def test_saved_report_renders_the_same_dot_and_html(report, tmp_path, monkeypatch):
    path = tmp_path / "r.json"
    report.to_json(path)
    loaded = Report.read_json(path)
    assert loaded.to_dot() == report.to_dot()
    assert loaded.summary() == report.summary()
    assert loaded.to_html() == report.to_html()
    import provenance.views.render as render

    monkeypatch.setattr(render, "dot_available", lambda: False)
    assert loaded.to_html() == report.to_html()


def test_lone_surrogates_are_refused_at_load_naming_the_document():
    # json.loads accepts "\ud83d" alone; such text traced fine and then broke every output.
    with pytest.raises(InputFormatError, match=r"'broken'.*text.*lone surrogate"):
        trace([{"id": "broken", "text": "Half an emoji \ud83d here."}])
    with pytest.raises(InputFormatError, match=r"title.*lone surrogate"):
        trace([{"id": "t", "title": "\udc00", "text": "Fine text."}])


def test_lone_surrogate_in_a_jsonl_file_is_named(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": "bad \\ud800 escape"}\n', encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"'b'.*c\.jsonl.*lone surrogate"):
        trace(path)


def test_a_common_source_missing_from_the_corpus_renders_in_every_output(corpus, tmp_path):
    # Two undated siblings: their shared text came from a source not in the corpus. The HTML
    # report and the tables used to fail asking for that source's diff.
    import sqlite3

    from provenance.views.tables import write_csv, write_sqlite

    # Both credit AFP, which is not in the corpus (an article of unknown outlet would be a candidate
    # for AFP's own copy, so both carry the credit).
    corpus = [{"id": "source", "text": SOURCE.replace("\n\nSyrian", "\n\nAFP – Syrian", 1)},
              {"id": "copy", "text": COPY.replace("Al-Jazeera –", "AFP –")}]
    report = trace(corpus)
    assert report.missing and any(d.source == report.missing[0].id for d in report.derivations)
    page = report.to_html()
    assert "not in the corpus" in page
    write_csv(report, tmp_path / "csv")
    path = write_sqlite(report, tmp_path / "r.sqlite")
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT d.derived, s.title FROM derivations d JOIN documents s ON s.id = d.source"
        ).fetchall()
    db.close()
    assert len(rows) == len(report.derivations)
    assert all(title.startswith("not in the corpus") for _, title in rows)


# --- every output is checked before anything is read or written ---------------------------


def _nothing_in(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


def test_a_missing_extra_stops_the_run_before_any_file_is_written(corpus, tmp_path, monkeypatch, capsys):
    import sys

    monkeypatch.setitem(sys.modules, "prov", None)
    monkeypatch.setitem(sys.modules, "prov.model", None)
    out = tmp_path / "out"
    args = ["--json", out / "r.json", "--index", out / "i.db", "--csv", out / "csv", "--prov", out / "r.provn"]
    assert main(["trace", str(corpus), "--quiet", *map(str, args)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'provenance[prov]'" in err and "--prov" in err
    assert _nothing_in(out)


def test_render_without_dot_stops_the_run_before_any_file_is_written(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    out = tmp_path / "out"
    assert main(["trace", str(corpus), "--json", str(out / "r.json"), "--render", str(out / "g.svg")]) == 1
    captured = capsys.readouterr()
    assert "dot program was not found" in captured.err and "apt-get install graphviz" in captured.err
    assert captured.out == "" and _nothing_in(out)


@pytest.mark.parametrize("option", ["--json", "--dot", "--html", "--sqlite", "--index", "--render", "--csv"])
def test_an_output_inside_a_file_is_refused_before_the_run(corpus, tmp_path, option, capsys):
    if option == "--render":
        need_dot()
    blocker = tmp_path / "taken"
    blocker.write_text("a file where a folder would go", encoding="utf-8")
    other = tmp_path / "out" / "r.json"
    assert main(["trace", str(corpus), "--quiet", "--json", str(other), option, str(blocker / "x" / "r.svg")]) == 1
    err = capsys.readouterr().err
    assert f"{str(blocker)!r} is a file, not a folder" in err
    assert not other.exists() and blocker.read_text(encoding="utf-8") == "a file where a folder would go"


def test_an_output_that_is_a_folder_and_csv_into_a_file_are_refused(corpus, tmp_path, capsys):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.csv").write_text("x", encoding="utf-8")
    assert main(["trace", str(corpus), "--quiet", "--html", str(tmp_path / "folder")]) == 1
    assert "it is a folder" in capsys.readouterr().err
    assert main(["trace", str(corpus), "--quiet", "--csv", str(tmp_path / "file.csv")]) == 1
    assert "it is a file, not a folder" in capsys.readouterr().err


def test_two_outputs_on_one_file_are_refused(corpus, tmp_path, capsys):
    same = tmp_path / "report"
    assert main(["trace", str(corpus), "--quiet", "--json", str(same), "--html", str(same)]) == 1
    assert "--json and --html both write" in capsys.readouterr().err
    assert not same.exists()
    assert main(["trace", str(corpus), "--quiet", "--csv", str(tmp_path), "--dot", str(tmp_path / "skipped.csv")]) == 1
    assert "--dot and --csv both write" in capsys.readouterr().err


def test_every_output_that_cannot_be_made_is_named_in_one_error(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    out = tmp_path / "out"
    args = ["--json", str(corpus / "source.txt"), "--render", str(out / "g.svg"), "--html", str(out / "r.html")]
    assert main(["trace", str(corpus), "--quiet", *args]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2 outputs cannot be made, so nothing was written" in err
    assert "--json: refusing to write" in err and "--render: " in err
    assert _nothing_in(out) and (corpus / "source.txt").read_text(encoding="utf-8") == SOURCE


def test_an_index_that_is_not_one_is_refused_before_the_run(corpus, tmp_path, capsys):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    out = tmp_path / "r.json"
    assert main(["trace", str(corpus), "--quiet", "--json", str(out), "--index", str(bogus)]) == 1
    assert "not a provenance candidate index" in capsys.readouterr().err
    assert not out.exists() and bogus.read_bytes() == b"this is not sqlite at all" * 100
    fresh = tmp_path / "new" / "corpus.db"
    assert main(["trace", str(corpus), "--quiet", "--index", str(fresh)]) == 0
    assert main(["trace", str(corpus), "--quiet", "--index", str(fresh)]) == 0  # an index it made passes
