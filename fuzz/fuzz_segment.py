"""Coverage-guided fuzzing of loading and segmentation with atheris (libFuzzer for Python).

    python fuzz/fuzz_segment.py -max_total_time=600            # ten minutes, by hand
    python fuzz/fuzz_segment.py fuzz/corpus -max_total_time=600 # keeping what it learns in fuzz/corpus

The input bytes become a document in one of four ways: bytes decoded as a file would be (UTF-8,
BOM, Windows-1252, binary refused), a record's text, a record's text with lone surrogates (as
json.loads makes of broken escapes), or an HTML page. The document is loaded and
segmented; a ProvenanceError (a refused input, named) is a correct outcome, anything else is a
crash. Each segmented article must then hold these invariants: blocks in order, not overlapping,
inside the text, each block's text the folded text of its span; credits inside their blocks.

A crash leaves a ``crash-<sha1>`` file; copy it into fuzz/regressions/ and
tests/robustness/test_fuzz.py replays it on every test run.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["provenance"]):
    from provenance.article.segment import fold, segment
    from provenance.errors import ProvenanceError
    from provenance.reading.load import decode, load
    from provenance.settings import LoadSettings

#: Small limits keep each input fast; the limits themselves are part of what is exercised.
SETTINGS = LoadSettings(max_chars=20_000, max_blocks=500)
HTML_PREFIX = "<!DOCTYPE html><html><head><title>T</title></head><body><article><p>"


def check(article) -> None:
    """The invariants of a segmented article; AssertionError when one fails."""
    text = article.text
    previous_end = 0
    for n, block in enumerate(article.blocks):
        assert block.index == n, (n, block.index)
        assert previous_end <= block.start < block.end <= len(text), (previous_end, block.start, block.end)
        assert block.text and block.text == fold(text[block.start : block.end]), block
        previous_end = block.end
    for credit in article.credits:
        assert 0 <= credit.block < len(article.blocks), credit
        assert 0 <= credit.start <= credit.end, credit


def TestOneInput(data: bytes) -> None:
    """One fuzz input: load and segment it; only a ProvenanceError may escape, and invariants hold."""
    fdp = atheris.FuzzedDataProvider(data)
    how = fdp.ConsumeIntInRange(0, 3)
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        if how == 0:
            corpus = [{"id": "fuzz", "text": decode(raw, "fuzz.txt")}]
        elif how == 1:
            corpus = [{"id": "fuzz", "title": "Fuzz", "text": raw.decode("utf-8", "replace")}]
        elif how == 2:  # what json.loads makes of "\ud800" escapes: lone surrogates
            corpus = [{"id": "fuzz", "text": raw.decode("utf-8", "surrogatepass")}]
        else:
            corpus = [HTML_PREFIX + raw.decode("utf-8", "replace")]
        for article in load(corpus, settings=SETTINGS):
            segmented = segment(article, SETTINGS)
            check(segmented)
            segmented.model_dump_json()  # every output encodes the article as UTF-8
    except (ProvenanceError, UnicodeDecodeError):
        return


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
