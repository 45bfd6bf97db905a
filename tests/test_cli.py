"""The command line: summary, outputs, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import COPY, SEEDS, SOURCE, seed_text
from names_of_seeds import COPY_NAME, SOURCE_NAME
from provenance import Report
from provenance.cli import main


def test_trace_prints_summary_and_writes_json_and_dot(tmp_path, capsys):
    out_json, out_dot = tmp_path / "out.json", tmp_path / "out.dot"
    assert main(["trace", str(SEEDS), "--json", str(out_json), "--dot", str(out_dot)]) == 0
    printed = capsys.readouterr().out
    assert (
        "All Syrian opposition factions agree to attend Astana talks <- Al Jazeera · Syrian rebel groups to attend "
        "peace talks in…  (copy, credited, retitled; confidence 0.99 certain)\n"
        f"    ids: {COPY} <- {SOURCE}\n"
    ) in printed
    assert "9 kept, 1 modified" in printed and "17 dropped" in printed
    report = Report.read_json(out_json)
    assert [(d.derived, d.source) for d in report.derivations] == [(COPY, SOURCE)]
    assert out_dot.read_text().startswith('digraph "provenance"')
    assert json.loads(out_json.read_text())["derivations"][0]["credited"] is True


def test_diff_reads_a_saved_report(tmp_path, capsys):
    saved = tmp_path / "r.json"
    main(["trace", str(SEEDS), "--json", str(saved), "--quiet"])
    assert capsys.readouterr().out == ""
    assert main(["diff", COPY, SOURCE, str(saved)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{COPY_NAME} <- {SOURCE_NAME}: ")
    assert lines[1] == f"ids: {COPY} <- {SOURCE}"
    assert any(line.startswith("= modified") and "{+Al-Jazeera –+}" in line for line in lines)
    assert sum(line.startswith("- dropped") for line in lines) == 24


def test_bad_input_is_one_line_and_exit_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "provenance.cli", "trace", str(empty)], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "has no text" in done.stderr and "Traceback" not in done.stderr


def test_unknown_document_in_diff(tmp_path, capsys):
    assert main(["diff", "nope", SOURCE, str(SEEDS)]) == 1
    assert "no document 'nope'" in capsys.readouterr().err


def test_several_files_are_read_in_turn_and_checked_as_one_corpus(tmp_path, capsys):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps({"id": SOURCE, "text": seed_text("000")}) + "\n", encoding="utf-8")
    two.write_text(json.dumps({"id": COPY, "text": seed_text("003")}) + "\n", encoding="utf-8")
    assert main(["trace", str(one), str(two), "--quiet", "--json", str(tmp_path / "r.json")]) == 0
    report = Report.read_json(tmp_path / "r.json")
    assert [(d.derived, d.source) for d in report.derivations] == [(COPY, SOURCE)]
    # The same id in two files is found across them, and named with both places.
    again = tmp_path / "again.jsonl"
    again.write_text(json.dumps({"id": SOURCE, "text": "Another text."}) + "\n", encoding="utf-8")
    assert main(["trace", str(one), str(again), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "duplicate document id" in err and "one.jsonl" in err and "again.jsonl" in err


def test_diff_asked_the_other_way_says_what_the_report_found(tmp_path, capsys):
    saved = tmp_path / "r.json"
    main(["trace", str(SEEDS), "--json", str(saved), "--quiet"])
    assert main(["diff", SOURCE, COPY, str(saved)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"the report has {COPY} <- {SOURCE}; showing {SOURCE} against {COPY} as asked"
    assert lines[1].startswith(f"{SOURCE_NAME} <- {COPY_NAME}: ")
    assert main(["diff", COPY, SOURCE, str(saved)]) == 0  # asked the way the report has it: no note
    assert capsys.readouterr().out.startswith(f"{COPY_NAME} <- {SOURCE_NAME}: ")


def test_diff_of_articles_without_a_direction_or_without_shared_text(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    story = seed_text("000")
    rows = [{"id": "one", "text": story}, {"id": "two", "text": story},
            {"id": "flood", "text": "Floods hit the valley\n\nHeavy rain flooded the town on Monday, officials said."
                                    "\n\nResidents were moved to the school hall overnight."}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["diff", "one", "two", str(feed)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "the report found no direction between one and two; showing one against two as asked"
    )
    assert main(["diff", "flood", "one", str(feed)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "flood and one share no text: none of their paragraphs align",
        "    flood: Floods hit the valley, 2 body paragraphs",
        "    one: Al Jazeera · Syrian rebel groups to attend peace talks in Astana (one), 27 body paragraphs",
    ]


@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
def test_a_setting_out_of_range_is_refused_naming_the_option_and_the_value(value, capsys):
    assert main(["trace", str(SEEDS), f"--pause={value}", "--quiet"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("provenance: error: --pause ") and value.strip("-") in err and len(err.splitlines()) == 1


def test_shingle_words_set_the_candidate_search_and_must_match_an_index(tmp_path, capsys):
    """--shingle-words N: the candidate search compares runs of N words, the report says so, and an
    index built with another size is refused by name before anything is read."""
    out = tmp_path / "r.json"
    assert main(["trace", str(SEEDS), "--shingle-words", "3", "--json", str(out), "--quiet"]) == 0
    report = Report.read_json(out)
    assert report.settings.candidates.shingle_words == 3
    assert {(d.derived, d.source) for d in report.derivations} == {(COPY, SOURCE)}
    index = tmp_path / "archive.sqlite"
    assert main(["trace", str(SEEDS), "--index", str(index), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["trace", str(SEEDS), "--index", str(index), "--shingle-words", "3", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert str(index) in err and "shingle_words=4" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as refused:
        main(["trace", str(SEEDS), "--shingle-words", "0"])
    assert refused.value.code == 2 and "--shingle-words" in capsys.readouterr().err
