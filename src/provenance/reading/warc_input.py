"""Reading web crawls: the HTML pages of a WARC file (.warc or .warc.gz), streamed record by record.

A crawl holds far more than articles: requests, the crawler's own metadata, images, scripts,
redirects and error pages. Each ``response`` record that carries an HTML page with HTTP status
200 becomes an article (read by :mod:`provenance.reading.html_input`); every other record is passed
over, counted by kind, and the counts are reported once per file in a
:class:`~provenance.errors.ProvenanceWarning`, so nothing is dropped without a word. A file that
holds no HTML page at all is an error, and so is a record that cannot be parsed or is cut short
(a truncated download), naming the file and the record. A record that cannot be read is one
item: :func:`warc_entries` gives it in its place and reads on, so a trace can skip it.

An article's id is the page's URL (``WARC-Target-URI``); a URL fetched again later in the same
crawl gets ``~2``, ``~3``... so both versions are kept. Only one record is in memory at a time.
"""

from __future__ import annotations

import gzip
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import (
    DocumentTooLargeError,
    EmptyCorpusError,
    EmptyDocumentError,
    ProvenanceError,
    ProvenanceWarning,
    UnreadableInputError,
)
from ..models import Article
from ..optional import require
from .entries import Entry, Left, left
from .html_input import read_html

__all__ = ["read_warc", "warc_entries"]

#: Largest HTML payload read from one record, in bytes; a bigger one is an error, not a truncation.
MAX_PAGE_BYTES = 20_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, *, max_page_bytes: int = MAX_PAGE_BYTES) -> Iterator[Article]:
    """The articles of a WARC file's HTML responses, in the file's order.

    Raises MissingDependencyError without the ``warc`` extra, UnreadableInputError for a file
    that is not a valid WARC, EmptyCorpusError for one without any HTML page, and
    DocumentTooLargeError for a page over ``max_page_bytes``. Warns (ProvenanceWarning) with the
    counts of the records passed over.
    """
    for entry in warc_entries(path, max_page_bytes=max_page_bytes):
        if isinstance(entry, Left):
            raise entry.error  # type: ignore[misc]  # a record's error is never None
        yield entry[1]


def warc_entries(path: Path, *, max_page_bytes: int = MAX_PAGE_BYTES) -> Iterator[Entry]:
    """The HTML responses of a WARC file as entries, in the file's order: (where, article), or a
    record that cannot be read (its body broken, its page too large or not HTML that parses) in
    its place, after which the next record is read. An error in the file itself (it is not a
    WARC, it is cut short) ends it; see :func:`read_warc` for the errors and the warning."""
    archive = require("warcio.archiveiterator", "warc", f"reading the WARC file {str(path)!r}")
    exceptions = require("warcio.exceptions", "warc", f"reading the WARC file {str(path)!r}")
    _check_start(path)
    skipped: Counter[_Kind] = Counter()
    urls: Counter[str] = Counter()
    read = bad = 0
    with path.open("rb") as handle:
        records = archive.ArchiveIterator(handle, check_digests=False)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except (exceptions.ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
                raise UnreadableInputError(
                    f"{str(path)!r} is not a readable WARC file (at byte {handle.tell()}): {exc}"
                ) from None
            kind = _kind(record)
            if kind is not None:
                _drain(record, path)
                skipped[kind] += 1
                continue
            try:
                article = _article(record, path, urls, max_page_bytes)
            except _RecordError as failed:
                _drain(record, path)
                bad += 1
                yield left(failed.where, failed.ident, failed.error)
                continue
            _drain(record, path)
            if article is None:
                skipped[_NO_TEXT] += 1
                continue
            read += 1
            yield article.origin or str(path), article
    if not read and not bad:
        raise EmptyCorpusError(f"{str(path)!r} holds no HTML page to read ({_counts(skipped) or 'no records'})")
    if skipped:
        warnings.warn(
            f"{path}: read {read} HTML page{'s as articles' if read != 1 else ' as an article'}; passed over "
            f"{sum(skipped.values())} record{'s' if sum(skipped.values()) != 1 else ''}: {_counts(skipped)}",
            ProvenanceWarning,
            stacklevel=2,
        )


class _RecordError(Exception):
    """A record that cannot be read: where it is, its id (the URL) and the error, carried past the drain."""

    def __init__(self, where: str, ident: str | None, error: ProvenanceError) -> None:
        super().__init__(where)
        self.where, self.ident, self.error = where, ident, error


def _check_start(path: Path) -> None:
    """A WARC file starts with "WARC/" (inside the first gzip member for .warc.gz); warcio itself
    reads almost anything as records without headers, so a wrong file would pass for an empty crawl."""
    try:
        with path.open("rb") as handle:
            start = handle.read(2)
            handle.seek(0)
            head = gzip.GzipFile(fileobj=handle).read(5) if start == b"\x1f\x8b" else handle.read(5)
    except (OSError, EOFError) as exc:
        raise UnreadableInputError(f"{str(path)!r} is not a readable WARC file: {exc}") from None
    if head != b"WARC/":
        raise UnreadableInputError(f"{str(path)!r} is not a readable WARC file: it does not start with 'WARC/'")


def _drain(record: Any, path: Path) -> None:
    """Read the rest of a record and check that it was whole: warcio ends a cut-off file quietly."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    missing = getattr(stream, "limit", 0)
    if missing:
        record_id = record.rec_headers.get_header("WARC-Record-ID") or "without WARC-Record-ID"
        raise UnreadableInputError(
            f"{path} record {record_id.strip('<>')} is cut short: {missing:,} of its "
            f"{record.length:,} bytes are missing (a truncated file?)"
        )


#: What a record passed over is, named for one and for several.
_Kind = tuple[str, str]
_NO_HEADERS: _Kind = ("response without HTTP headers", "responses without HTTP headers")
_NOT_200: _Kind = ("response that is a redirect or an error (HTTP status not 200)",
                  "responses that are redirects or errors (HTTP status not 200)")
_NOT_HTML: _Kind = ("response that is not HTML", "responses that are not HTML")
_NO_TEXT: _Kind = ("HTML page with no article text", "HTML pages with no article text")


def _counts(skipped: Counter[_Kind]) -> str:
    """"3 request records, 1 response that is not HTML": each kind passed over, most first."""
    ordered = sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{n} {kind[0] if n == 1 else kind[1]}" for kind, n in ordered)


def _kind(record: Any) -> _Kind | None:
    """What a record passed over is; None for an HTML page to read."""
    if record.rec_type != "response":
        name = record.rec_type or "untyped"
        return (f"{name} record", f"{name} records")
    headers = record.http_headers
    if headers is None:
        return _NO_HEADERS
    status = (headers.get_statuscode() or "").strip()
    if status != "200":
        return _NOT_200
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in _HTML_TYPES:
        return _NOT_HTML
    return None


def _article(record: Any, path: Path, urls: Counter[str], max_bytes: int) -> Article | None:
    """The article of an HTML response, None for a page without article text; raises _RecordError."""
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    record_id = record.rec_headers.get_header("WARC-Record-ID") or "without WARC-Record-ID"
    where = f"{path} record {record_id.strip('<>')} ({url or 'no URL'})"
    ident = url or record_id.strip("<>")
    urls[ident] += 1
    if urls[ident] > 1:
        ident = f"{ident}~{urls[ident]}"
    try:
        try:
            data = record.content_stream().read(max_bytes + 1)
        except Exception as exc:  # a broken gzip or chunked body inside an otherwise valid record
            raise UnreadableInputError(f"{where}: the page's body cannot be read: {exc}") from None
        if len(data) > max_bytes:
            raise DocumentTooLargeError(f"{where}: the page is larger than {max_bytes:,} bytes")
        content_type = record.http_headers.get_header("Content-Type") or ""
        params = [p.strip() for p in content_type.split(";")[1:]]
        charset = next((p.split("=", 1)[1].strip(" \"'") for p in params if p.lower().startswith("charset=")), None)
        try:
            article = read_html(data, ident=ident, origin=where, url=url or None, charset=charset)
        except EmptyDocumentError:  # a section front or an empty shell: counted, not read
            return None
    except ProvenanceError as exc:
        raise _RecordError(where, ident, exc) from None
    return article.model_copy(update={"origin": f"{path}#{record_id.strip('<>')}"})
