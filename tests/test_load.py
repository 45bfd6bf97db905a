"""Reading corpora, and the errors that name what is wrong."""

from __future__ import annotations

import json

import pytest

from provenance import (
    DocumentTooLargeError,
    DuplicateIdError,
    EmptyCorpusError,
    EmptyDocumentError,
    InputFormatError,
    ProvenanceWarning,
    UnreadableInputError,
    load,
)
from provenance.settings import LoadSettings


def test_folder_reads_txt_and_md_sorted(tmp_path):
    (tmp_path / "b.md").write_text("Second headline\n\nBody text here.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First headline\n\nBody text here.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("ignored dotfile", encoding="utf-8")
    with pytest.warns(ProvenanceWarning, match=r"\.hidden: a hidden file"):
        assert [a.id for a in load(tmp_path)] == ["a", "b"]


def test_strings_get_content_ids_independent_of_order():
    one = [a.id for a in load(["alpha text", "beta text"])]
    two = [a.id for a in load(["beta text", "alpha text"])]
    assert sorted(one) == sorted(two) and len(set(one)) == 2


def test_identical_strings_are_all_kept():
    ids = [a.id for a in load(["same words", "same words", "same words"])]
    assert len(set(ids)) == 3


def test_records_with_metadata():
    record = {"id": "x", "title": "T", "text": "Body.", "outlet": "Wire", "published": "2024-01-02T03:04:05Z"}
    (article,) = load([record])
    assert article.outlet == "Wire" and article.outlet_from == "metadata"
    assert article.published.year == 2024 and article.published.tzinfo is not None


def test_jsonl_file(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": str(n), "text": f"text {n}"}) for n in range(3)) + "\n")
    assert [a.id for a in load(path)] == ["0", "1", "2"]


def test_crlf_and_lone_cr_become_lf():
    (article,) = load(["Headline\r\n\r\nOne.\rTwo."])
    assert article.text == "Headline\n\nOne.\nTwo."


def test_windows_1252_and_bom(tmp_path):
    (tmp_path / "w.txt").write_bytes("Café talks resume\n\nThe café reopened.".encode("cp1252"))
    (tmp_path / "u.txt").write_bytes("\ufeffBOM headline\n\nText.".encode())
    texts = {a.id: a.text for a in load(tmp_path)}
    assert texts["w"].startswith("Café") and texts["u"].startswith("BOM headline")


@pytest.mark.parametrize(
    ("corpus", "error", "words"),
    [
        ([], EmptyCorpusError, "no documents"),
        (["  \n "], EmptyDocumentError, "no text"),
        ([{"id": "a", "text": "x"}, {"id": "a", "text": "y"}], DuplicateIdError, "'a'"),
        ([{"id": "a"}], InputFormatError, "no 'text' field"),
        ([{"id": "a", "text": 5}], InputFormatError, "'text' is a int"),
        ([{"id": "a", "text": "x", "published": "yesterday"}], InputFormatError, "is not a date"),
        ([3.5], InputFormatError, "item 0"),
        (42, InputFormatError, "type int"),
    ],
)
def test_bad_input_names_the_problem(corpus, error, words):
    with pytest.raises(error, match=words):
        load(corpus)


def test_binary_file_in_folder_is_an_error_naming_it(tmp_path):
    (tmp_path / "a.txt").write_text("Fine\n\nText.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(UnreadableInputError, match=r"b\.txt"):
        load(tmp_path)


def test_unsupported_file_type_is_named(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    # Given alone it is an error; in a folder it is passed over, and a folder of nothing else is empty.
    with pytest.raises(UnreadableInputError, match=r"scan\.pdf.*unsupported type"):
        load(tmp_path / "scan.pdf")
    with pytest.raises(EmptyCorpusError, match=r"scan\.pdf: not an article file: an office document"):
        load(tmp_path)


def test_missing_path():
    with pytest.raises(UnreadableInputError, match="nowhere"):
        load("nowhere/at/all")


def test_size_limit_is_a_clear_error():
    with pytest.raises(DocumentTooLargeError, match="limit"):
        load(["x" * 101], settings=LoadSettings(max_chars=100))


def test_bad_jsonl_line_is_named(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\n{not json}\n')
    with pytest.raises(InputFormatError, match=r"bad\.jsonl:2"):
        load(path)
