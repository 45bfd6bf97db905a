"""Broken and hostile corpora: each case ends in a correct result or an error naming the document and the problem.

Never a traceback from deep inside, a hang, or a document silently left out.
"""

from __future__ import annotations

import json
import time

import pytest

from provenance import (
    DocumentTooLargeError,
    DuplicateIdError,
    EmptyCorpusError,
    EmptyDocumentError,
    InputFormatError,
    ProvenanceError,
    UnreadableInputError,
    load,
    trace,
)
from provenance.settings import LoadSettings, Settings

STORY = (
    "Syrian rebels agree to attend talks\n\n"
    "Syrian rebel groups have agreed to attend peace talks in Astana next week, their spokesman said on Sunday.\n\n"
    "The talks, brokered by Russia and Turkey, are due to open on Monday and to last two days, officials said.\n\n"
    "Aid agencies said a ceasefire had largely held across the country since the end of December."
)


def _ids(report) -> list[str]:
    return [a.id for a in report.documents]


# --- the corpus as a whole -------------------------------------------------------------------


@pytest.mark.parametrize("corpus", [[], (), iter([])])
def test_empty_corpus_is_an_error(corpus):
    with pytest.raises(EmptyCorpusError, match="holds no documents"):
        trace(corpus)


def test_empty_folder_is_an_error_naming_it(tmp_path):
    with pytest.raises(EmptyCorpusError, match=str(tmp_path.name)):
        trace(tmp_path)


def test_single_article_is_a_report_of_one():
    report = trace([{"id": "only", "text": STORY}])
    assert _ids(report) == ["only"]
    assert report.pairs == () and report.derivations == () and report.duplicates == ()
    assert report.document("only").title == "Syrian rebels agree to attend talks"
    assert report.summary().startswith("1 document, 0 pairs sharing text, 0 derivations")
    assert '"only"' in report.to_dot()


@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "\r\n\r\n", "\u00a0\u2028"])
def test_empty_and_whitespace_articles_are_named(text):
    with pytest.raises(EmptyDocumentError, match=r"'blank'.*no text"):
        trace([{"id": "fine", "text": STORY}, {"id": "blank", "text": text}])


def test_empty_file_in_a_folder_is_named(tmp_path):
    (tmp_path / "fine.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    with pytest.raises(EmptyDocumentError, match=r"blank\.txt"):
        trace(tmp_path)


def test_invisible_only_article_has_no_blocks_but_is_kept():
    # Zero-width and BOM characters are not white space to str.strip(), so load keeps the
    # document; segmentation finds no paragraph in it. It must still be in the report.
    report = trace([{"id": "fine", "text": STORY}, {"id": "ghost", "text": "\u200b\ufeff\u200b"}])
    assert _ids(report) == ["fine", "ghost"]
    assert report.document("ghost").blocks == ()


# --- encodings and line ends -----------------------------------------------------------------


def test_invalid_utf8_that_is_windows_1252_is_read_as_such(tmp_path):
    (tmp_path / "w.txt").write_bytes("Caf\u00e9 talks \u2013 \u201cquoted\u201d\n\nBody.".encode("cp1252"))
    (article,) = load(tmp_path)
    assert article.text == "Caf\u00e9 talks \u2013 \u201cquoted\u201d\n\nBody."


def test_bytes_neither_utf8_nor_1252_are_named_with_the_byte(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Headline\n\nText \x81\x8d here.")
    with pytest.raises(UnreadableInputError, match=r"bad\.txt.*byte 15: 0x81"):
        load(tmp_path)


def test_invalid_utf8_line_in_jsonl_is_named(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "\x81\x8d"}\n')
    with pytest.raises(UnreadableInputError, match=r"c\.jsonl:2"):
        load(path)


def test_bom_is_not_part_of_the_text_or_the_headline(tmp_path):
    (tmp_path / "u.txt").write_bytes(("\ufeff" + STORY).encode("utf-8"))
    (article,) = trace(tmp_path).documents
    assert article.text == STORY and article.title == "Syrian rebels agree to attend talks"


def test_bom_inside_a_record_is_folded_away():
    (article,) = trace([{"id": "a", "text": "\ufeff" + STORY}]).documents
    assert article.title == "Syrian rebels agree to attend talks"
    assert all(b.text == b.text.strip() and "\ufeff" not in b.text for b in article.blocks)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_give_the_same_report_as_lf(newline):
    lf = trace([{"id": "a", "text": STORY}])
    other = trace([{"id": "a", "text": STORY.replace("\n", newline)}])
    assert other.model_dump_json() == lf.model_dump_json()


def test_block_offsets_point_into_the_text_whatever_the_line_ends():
    (article,) = trace([{"id": "a", "text": STORY.replace("\n", "\r\n") + "\r"}]).documents
    for block in article.blocks:
        assert " ".join(article.text[block.start : block.end].split()) == block.text


def test_nul_bytes_in_a_file_are_named_as_binary(tmp_path):
    (tmp_path / "nul.txt").write_bytes(b"Headline\n\nText\x00with a NUL.")
    with pytest.raises(UnreadableInputError, match=r"nul\.txt.*NUL"):
        load(tmp_path)


def test_nul_characters_in_a_record_are_kept_in_the_text_and_folded_in_blocks():
    text = STORY.replace("agreed", "agr\x00eed")
    (article,) = trace([{"id": "a", "text": text}]).documents
    assert article.text == text
    assert all("\x00" not in b.text for b in article.blocks)


def test_binary_file_in_a_folder_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UnreadableInputError, match=r"photo\.txt.*binary"):
        trace(tmp_path)


def test_binary_file_with_an_unknown_suffix_is_passed_over_and_named(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    report = trace(tmp_path)
    assert _ids(report) == ["a"]
    (skipped,) = report.skipped
    assert skipped.origin == str(tmp_path / "image.jpg") and skipped.error is None
    assert skipped.reason == "not an article file: an image (.jpg)"
    with pytest.raises(UnreadableInputError, match=r"image\.jpg.*unsupported type"):
        trace(tmp_path / "image.jpg")  # given alone, it was asked for


# --- size ---------------------------------------------------------------------------------


def test_ten_megabyte_article_without_line_breaks_is_refused_fast():
    huge = "word " * 2_000_000  # 10 MB, one line
    start = time.perf_counter()
    with pytest.raises(DocumentTooLargeError, match=r"'huge'.*10,000,000 characters.*max_chars"):
        trace([{"id": "fine", "text": STORY}, {"id": "huge", "text": huge}])
    assert time.perf_counter() - start < 5


def test_ten_megabyte_file_is_refused_naming_it(tmp_path):
    (tmp_path / "huge.txt").write_bytes(b"word " * 2_000_000)
    with pytest.raises(DocumentTooLargeError, match=r"huge\.txt"):
        trace(tmp_path)


def test_long_single_line_article_within_the_limit_is_traced():
    # One 60,000-character paragraph and a copy that changed one word: found, and quickly.
    words = [f"w{n % 997}x{n % 13}" for n in range(8_000)]
    source = " ".join(words)
    words[4_000] = "CHANGED"
    start = time.perf_counter()
    report = trace([{"id": "long", "text": source}, {"id": "copy", "text": " ".join(words)}])
    assert time.perf_counter() - start < 10
    (pair,) = report.pairs
    assert pair.share_a > 0.99 and pair.share_b > 0.99


def test_one_hundred_thousand_one_word_paragraphs_are_refused_naming_the_document():
    text = "\n\n".join(f"w{n}" for n in range(100_000))
    start = time.perf_counter()
    with pytest.raises(DocumentTooLargeError, match=r"'many'.*LoadSettings\.max_(chars|blocks)"):
        trace([{"id": "fine", "text": STORY}, {"id": "many", "text": text}])
    assert time.perf_counter() - start < 5


def test_paragraph_limit_is_named_when_characters_are_allowed():
    text = "\n".join(f"Word{n}." for n in range(100_000))  # one paragraph a line, not wrapped text
    settings = Settings(load=LoadSettings(max_chars=10_000_000))
    with pytest.raises(DocumentTooLargeError, match=r"'many'.*100,000 paragraphs.*max_blocks"):
        trace([{"id": "many", "text": text}], settings=settings)


def test_many_paragraphs_within_the_limit_are_all_blocks():
    text = "\n".join(f"Paragraph number {n} stands alone." for n in range(2_000))
    (article,) = trace([{"id": "many", "text": text}]).documents
    assert len(article.blocks) == 2_000


def test_limit_error_is_a_provenance_error_also_from_worker_processes():
    text = "\n\n".join(f"w{n}" for n in range(300))
    settings = Settings(load=LoadSettings(max_blocks=100))
    corpus = [{"id": f"d{n}", "text": STORY + f" {n}"} for n in range(3)] + [{"id": "many", "text": text}]
    with pytest.raises(DocumentTooLargeError, match="'many'"):
        trace(corpus, settings=settings, workers=2)


# --- records --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "error", "words"),
    [
        ({"id": "a"}, InputFormatError, r"'a'.*no 'text' field"),
        ({"id": "a", "text": None}, EmptyDocumentError, r"'a'.*no text"),
        ({"id": "a", "text": 5}, InputFormatError, r"item 1.*'text' is a int"),
        ({"id": "a", "text": ["a", "list"]}, InputFormatError, r"'text' is a list"),
        ({"id": "a", "text": {"nested": "dict"}}, InputFormatError, r"'text' is a dict"),
        ({"id": "a", "text": b"bytes"}, InputFormatError, r"'text' is a bytes"),
        ({"id": 1.5, "text": "x"}, InputFormatError, r"'id' is a float"),
        ({"id": True, "text": "x"}, InputFormatError, r"'id' is a bool"),
        ({"id": ["a"], "text": "x"}, InputFormatError, r"'id' is a list"),
        ({"id": "a", "title": 7, "text": "x"}, InputFormatError, r"'title' is a int"),
        ({"id": "a", "outlet": {"x": 1}, "text": "x"}, InputFormatError, r"'outlet' is a dict"),
        ({"id": "a", "url": 3, "text": "x"}, InputFormatError, r"'url' is a int"),
        ({"id": "a", "published": 20240101, "text": "x"}, InputFormatError, r"'published'.*is not a date"),
        ({"id": "a", "published": "not a date", "text": "x"}, InputFormatError, r"'published'.*is not a date"),
    ],
)
def test_missing_and_non_string_fields_are_named(record, error, words):
    with pytest.raises(error, match=words):
        trace([{"id": "fine", "text": STORY}, record])


def test_integer_ids_are_read_as_strings():
    report = trace([{"id": 7, "text": STORY}])
    assert _ids(report) == ["7"]


def test_record_without_id_gets_a_content_id_independent_of_order():
    one = trace([{"text": STORY}, {"text": "Another story entirely, about floods."}])
    two = trace([{"text": "Another story entirely, about floods."}, {"text": STORY}])
    assert one.model_dump_json() == two.model_dump_json()
    assert all(i.startswith("r") for i in _ids(one))


def test_non_record_items_are_named():
    with pytest.raises(InputFormatError, match="item 1 of the corpus is a int"):
        trace([STORY, 42])
    with pytest.raises(InputFormatError, match="type bytes"):
        trace(b"bytes are not a corpus")


def test_json_file_with_non_object_items_is_named(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps([{"id": "a", "text": "x"}, "just a string"]), encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"c\.json.*item 1 is not a JSON object"):
        trace(path)


def test_csv_row_with_wrong_field_count_is_named(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,text\na,"one"\nb,"two",extra\n', encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"c\.csv: row 3 has 3 fields"):
        trace(path)


# --- ids ----------------------------------------------------------------------------------


def test_duplicate_ids_name_both_places():
    with pytest.raises(DuplicateIdError, match=r"'a'.*item 0 and item 2"):
        trace([{"id": "a", "text": STORY}, {"id": "b", "text": "x y z"}, {"id": "a", "text": "other"}])


def test_duplicate_ids_across_files_name_both_files(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "same.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "one" / "same.md").write_text("Other text.", encoding="utf-8")
    with pytest.raises(DuplicateIdError, match=r"'one/same'.*one.*same\.md and .*one.*same\.txt"):
        trace(tmp_path)


def test_duplicate_id_with_identical_text_is_still_an_error():
    with pytest.raises(DuplicateIdError, match="'a'"):
        trace([{"id": "a", "text": STORY}, {"id": "a", "text": STORY}])


def test_identical_strings_without_ids_are_all_kept():
    report = trace([STORY, STORY, STORY])
    assert len(report.documents) == 3
    (group,) = report.duplicates
    assert sorted(group.members) == _ids(report)


def test_every_error_is_a_provenance_error():
    for bad in ([], [{"id": "a"}], [{"id": "a", "text": ""}], [{"id": "a", "text": 1}]):
        with pytest.raises(ProvenanceError):
            trace(bad)


def test_broken_link_in_a_folder_is_named_not_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    with pytest.raises(UnreadableInputError, match=r"gone\.txt.*does not exist"):
        trace(tmp_path)


def test_pipe_in_a_folder_is_named_not_read(tmp_path):
    import os

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "feed.txt")  # reading it would block for ever
    with pytest.raises(UnreadableInputError, match=r"feed\.txt.*not a regular file"):
        trace(tmp_path)


def test_link_loop_between_folders_reads_each_file_once(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    assert _ids(trace(tmp_path)) == ["a"]
