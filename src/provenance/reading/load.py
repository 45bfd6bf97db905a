"""Reading a corpus: folders, files, JSON Lines, CSV, web pages, WARC crawls, lists, DataFrames.

Everything read is kept: an input that cannot be read raises an error naming it, rather than
being skipped, because a silently missing article is a missing link in a provenance graph.
(The one exception is a WARC crawl, whose requests, images and redirects are not articles: those
records are passed over, counted, and reported in a :class:`~provenance.errors.ProvenanceWarning`.)

Records (JSON, JSON Lines, CSV rows, DataFrame rows) are read through a column mapping, so
``load(df, text="body", title="headline")`` reads the ``body`` column as the text. An article's
outlet is its metadata's, else its URL's registered domain (see :mod:`provenance.article.outlets`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import numbers
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import (
    DocumentTooLargeError,
    DuplicateIdError,
    EmptyCorpusError,
    EmptyDocumentError,
    InputFormatError,
    UnreadableInputError,
)
from ..models import Article
from ..settings import LoadSettings
from .dates import DateOrder, parse_date
from .fetch import Fetcher
from .html_input import HTML_SUFFIXES, looks_like_html, read_html
from .links import Pending, ahead, link_article
from .urls import is_link, outlet_from_url

__all__ = ["load", "stream"]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".tsv"})
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Share of control characters above which decoded bytes are taken for binary data.
MAX_CONTROL_SHARE = 0.05
#: A UTF-16 surrogate on its own (from a broken "\ud83d" escape in JSON): not text, and no output can encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")
_FIELDS = ("id", "title", "text", "outlet", "url", "published")
#: Column (field) names of a record for each article field; ``{"text": "body"}`` reads ``body`` as text.
Columns = Mapping[str, str]


def load(
    corpus: Any, *, settings: LoadSettings | None = None, links: Fetcher | None = None, **columns: str
) -> list[Article]:
    """Read a corpus into articles (not yet segmented), checking ids, emptiness and size.

    ``corpus`` is a folder, a file path, a list of strings, a list of records (mappings with
    ``text`` and optional ``id``, ``title``, ``outlet``, ``url``, ``published``) or of
    :class:`~provenance.models.Article`, or a pandas DataFrame with such columns. Files may be
    .txt/.md, .json/.jsonl, .csv/.tsv, .html/.htm pages and .warc/.warc.gz crawls; strings and
    record texts that are HTML pages are read as pages. A string that is just an http(s) URL (the
    corpus itself, or an item of a list) is a link: its page is fetched by ``links`` (a
    :class:`~provenance.reading.fetch.Fetcher`; by default one with the default settings and cache)
    and read as an HTML page.

    ``columns`` maps article fields to the records' own names: ``id``, ``title``, ``text``,
    ``outlet``, ``url``, ``published`` (e.g. ``text="body", published="date"``).

    >>> [a.id for a in load([{"id": "a", "text": "One line."}, {"id": "b", "text": "Two."}])]
    ['a', 'b']

    Raises EmptyCorpusError, EmptyDocumentError, DuplicateIdError, UnreadableInputError,
    InputFormatError, DocumentTooLargeError or (for a link) FetchError, each naming the input at fault.
    """
    return list(stream(corpus, settings=settings, links=links, **columns))


def stream(
    corpus: Any, *, settings: LoadSettings | None = None, links: Fetcher | None = None, **columns: str
) -> Iterator[Article]:
    """The articles of :func:`load`, read and checked one at a time, in the corpus's own order.

    A folder is read file by file and a JSON Lines file line by line, so a trace holds only the
    articles it is segmenting, not the whole raw corpus. The checks are :func:`load`'s; an error
    is raised when the article at fault is reached (after the ones before it have been read).
    Links are fetched a few items ahead of the one being read, several at a time.
    """
    settings = settings or LoadSettings()
    mapping = _columns(columns)
    mapping.date_order = settings.date_order
    own = links is None
    mapping.links = Fetcher() if links is None else links
    try:
        yield from _checked(corpus, mapping, settings)
    except BaseException:
        if own:
            mapping.links.close(abort=True)
        raise
    if own:
        mapping.links.close()


def _checked(corpus: Any, mapping: _Columns, settings: LoadSettings) -> Iterator[Article]:
    """The checks of :func:`stream` over the articles read."""
    seen: dict[str, str] = {}
    for position, article in enumerate(_read(corpus, mapping)):
        # Where an article came from, for messages: its file, else its position in the corpus.
        where = article.origin or f"item {position}"
        if article.id in seen:
            raise DuplicateIdError(f"duplicate document id {article.id!r}: {seen[article.id]} and {where}")
        seen[article.id] = where
        if not article.text.strip():
            raise EmptyDocumentError(f"document {article.id!r} ({where}) has no text")
        _check_unicode(article, where)
        if len(article.text) > settings.max_chars:
            raise DocumentTooLargeError(
                f"document {article.id!r} ({where}) has {len(article.text):,} characters; "
                f"the limit is {settings.max_chars:,} (LoadSettings.max_chars)"
            )
        yield article
    if not seen:
        raise EmptyCorpusError(f"the corpus {_describe(corpus)} holds no documents")


def _check_unicode(article: Article, where: str) -> None:
    """Refuse a lone surrogate in any text field: the trace would run, then every output fail on it."""
    for field in ("id", "title", "text", "outlet", "url"):
        value = getattr(article, field)
        found = _SURROGATE.search(value) if value else None
        if found:
            raise InputFormatError(
                f"document {article.id!r} ({where}): its {field} holds a lone surrogate {found.group()!r} at "
                f"character {found.start()}, which is not Unicode text (a broken \\u escape?)"
            )


def _describe(corpus: Any) -> str:
    return repr(str(corpus)) if isinstance(corpus, (str, Path)) else f"of type {type(corpus).__name__}"


def _columns(given: Mapping[str, Any]) -> _Columns:
    """The column mapping, every field named; raises InputFormatError for an unknown field."""
    unknown = sorted(set(given) - set(_FIELDS))
    if unknown:
        raise InputFormatError(
            f"unknown column mapping {', '.join(map(repr, unknown))}: the fields are {', '.join(_FIELDS)}"
        )
    for field, name in given.items():
        if not isinstance(name, str) or not name:
            raise InputFormatError(f"column mapping {field}={name!r}: give the column's name as a string")
    return _Columns({field: given.get(field, field) for field in _FIELDS})


class _Columns(dict):
    """The column mapping (field -> the records' own name), with how the records write numeric dates
    and the fetcher that fetches the corpus's links."""

    date_order: DateOrder | None = None
    links: Fetcher


def _read(corpus: Any, columns: _Columns) -> Iterator[Article]:
    if isinstance(corpus, str) and is_link(corpus):  # one link
        yield from _read([corpus], columns)
        return
    if isinstance(corpus, (str, Path)) and not (isinstance(corpus, str) and looks_like_html(corpus)):
        path = Path(corpus)
        if path.is_dir():
            yield from _read_folder(path, columns)
        elif path.is_file():
            yield from _read_file(path, columns)
        else:
            raise UnreadableInputError(f"{str(corpus)!r} is neither a file nor a folder")
        return
    if isinstance(corpus, str):  # one HTML page given as a string
        yield from _read([corpus], columns)
        return
    if isinstance(corpus, Article):
        yield corpus
        return
    if hasattr(corpus, "to_dict") and hasattr(corpus, "columns"):  # a pandas DataFrame
        yield from _read_frame(corpus, columns)
        return
    if isinstance(corpus, (bytes, Mapping)) or not isinstance(corpus, Iterable):
        raise InputFormatError(
            f"cannot read a corpus of type {type(corpus).__name__}: give a folder, a file, "
            "a list of strings or records, or a DataFrame"
        )
    ids: dict[str, int] = {}
    for n, item in enumerate(ahead(corpus, columns.links)):
        origin = f"item {n}"
        if isinstance(item, Pending):
            yield link_article(item)
        elif isinstance(item, Article):
            yield item
        elif isinstance(item, str):
            yield _from_string(item, origin, ids)
        elif isinstance(item, Mapping):
            yield _from_record(item, origin, columns)
        elif isinstance(item, Path):
            yield from _read_folder(item, columns) if item.is_dir() else _read_file(item, columns)
        else:
            raise InputFormatError(
                f"{origin} of the corpus is a {type(item).__name__}; expected a string, a link, a record, a path "
                "or an Article"
            )


def _from_string(text: str, origin: str, ids: dict[str, int]) -> Article:
    """An article from a bare string; its id is a digest of the text, so it does not depend on order."""
    digest = "t" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    ids[digest] = ids.get(digest, 0) + 1
    ident = digest if ids[digest] == 1 else f"{digest}~{ids[digest]}"
    if looks_like_html(text):
        return read_html(text, ident=ident, origin=origin).model_copy(update={"origin": None})
    return Article(id=ident, text=_newlines(text))


def _missing(value: Any) -> bool:
    """None, or a missing value from pandas (NaN, NaT, NA): the one kind of value unequal to itself."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):  # pandas.NA refuses bool()
        return True


def _from_record(
    record: Mapping[str, Any], origin: str, columns: dict[str, str], source_file: Path | None = None
) -> Article:
    unknown_id = record.get(columns["id"], record.get("doc_id"))
    if columns["text"] not in record:
        mapped = "" if columns["text"] == "text" else " (the column mapped to text)"
        raise InputFormatError(f"record {origin} (id {unknown_id!r}) has no {columns['text']!r} field{mapped}")
    values: dict[str, Any] = {}
    for field in _FIELDS:
        value = record.get(columns[field])
        if field == "id" and value is None and columns["id"] == "id":
            value = record.get("doc_id")
        if _missing(value) or (field != "text" and isinstance(value, str) and not value.strip()):
            continue
        if field == "published":
            values[field], values["published_precision"] = parse_date(
                value, where=f"record {origin}", order=getattr(columns, "date_order", None), field=columns[field]
            )
        elif field == "id" and isinstance(value, numbers.Integral) and not isinstance(value, bool):
            values[field] = str(value)
        elif isinstance(value, str):
            values[field] = value
        else:
            raise InputFormatError(
                f"record {origin}: field {columns[field]!r} is a {type(value).__name__}, expected a string"
            )
    if not values.get("text", "").strip():
        raise EmptyDocumentError(f"record {origin} (id {unknown_id!r}) has no text in {columns['text']!r}")
    if "id" not in values:
        values["id"] = "r" + hashlib.blake2b(values["text"].encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    # Only a file is kept as origin: a position in a list would make results depend on order.
    path = str(source_file) if source_file is not None else None
    if looks_like_html(values["text"]):
        page = read_html(values.pop("text"), ident=values["id"], origin=path or origin, url=values.get("url"))
        given = {k: v for k, v in values.items() if k != "id"}
        if "outlet" in given:
            given["outlet_from"] = "metadata"
        return page.model_copy(update={**given, "origin": path})
    values["text"] = _newlines(values["text"])
    outlet, outlet_from = values.get("outlet"), "metadata"
    if not outlet:
        outlet, outlet_from = outlet_from_url(values.get("url")), "url"
        values["outlet"] = outlet
    return Article(**values, outlet_from=outlet_from if outlet else None, origin=path)


def _read_folder(folder: Path, columns: dict[str, str]) -> Iterator[Article]:
    entries = sorted(p for p in folder.rglob("*") if not _hidden(p.relative_to(folder)))
    for p in entries:
        # A link to nothing, a pipe or a device is not skipped in silence: it may be a missing article.
        if not p.exists():
            raise UnreadableInputError(f"{str(p)!r} is a link to {str(p.readlink())!r}, which does not exist")
        if not (p.is_file() or p.is_dir()):
            raise UnreadableInputError(f"{str(p)!r} is not a regular file (a pipe, socket or device)")
    files = [p for p in entries if p.is_file()]
    if not files:
        raise EmptyCorpusError(f"the folder {str(folder)!r} holds no files")
    for path in files:
        yield from _read_file(path, columns)


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "__")) for part in relative.parts)


def _read_file(path: Path, columns: dict[str, str]) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield Article(id=path.stem, text=_newlines(decode(path.read_bytes(), str(path))), origin=str(path))
    elif suffix in HTML_SUFFIXES:
        yield read_html(path.read_bytes(), ident=path.stem, origin=str(path))
    elif path.name.lower().endswith(WARC_SUFFIXES):
        from .warc_input import read_warc

        yield from read_warc(path)
    elif suffix in {".csv", ".tsv"}:
        yield from _read_csv(path, columns)
    elif suffix in {".jsonl", ".ndjson"}:
        yield from _read_jsonl(path, columns)
    elif suffix == ".json":
        try:
            data = json.loads(decode(path.read_bytes(), str(path)))
        except json.JSONDecodeError as exc:
            raise InputFormatError(f"{str(path)!r} is not valid JSON: {exc}") from None
        records = data if isinstance(data, list) else [data]
        for n, record in enumerate(records):
            if not isinstance(record, Mapping):
                raise InputFormatError(f"{str(path)!r}: item {n} is not a JSON object")
            yield _from_record(record, f"{path}[{n}]", columns, path)
    else:
        kinds = sorted(TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES | set(WARC_SUFFIXES))
        raise UnreadableInputError(
            f"{str(path)!r} has an unsupported type {suffix or '(no suffix)'!r}; provenance reads {', '.join(kinds)}"
        )


def _read_frame(frame: Any, columns: dict[str, str]) -> Iterator[Article]:
    """Rows of a pandas DataFrame as records; messages name a row by its index label."""
    if columns["text"] not in frame.columns:
        raise InputFormatError(
            f"the DataFrame has no column {columns['text']!r} for the text; its columns are "
            f"{', '.join(map(repr, map(str, frame.columns)))}"
        )
    _check_columns([str(c) for c in frame.columns], columns, "the DataFrame")
    for label, record in zip(frame.index, frame.to_dict(orient="records")):
        yield _from_record(record, f"row {label!r}", columns)


def _check_columns(header: list[str], columns: dict[str, str], where: str) -> None:
    """A column the user named explicitly must exist: a typo should not read as "no titles"."""
    for field, name in columns.items():
        if name != field and name not in header:
            raise InputFormatError(
                f"{where} has no column {name!r} (given for {field}); its columns are {', '.join(map(repr, header))}"
            )


def _read_csv(path: Path, columns: dict[str, str]) -> Iterator[Article]:
    """A CSV (or, for .tsv, tab-separated) file with a header row, one article a row."""
    text = decode(path.read_bytes(), str(path))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # article texts exceed the default 128 KiB cell limit
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = list(reader)
    except csv.Error as exc:
        raise InputFormatError(f"{path}:{reader.line_num} is not valid CSV: {exc}") from None
    finally:
        csv.field_size_limit(limit)
    if not rows:
        raise EmptyCorpusError(f"{str(path)!r} is empty (not even a header row)")
    header = [h.strip() for h in rows[0]]
    if columns["text"] not in header:
        raise InputFormatError(
            f"{path}: no column {columns['text']!r} for the text in the header row; its columns are "
            f"{', '.join(map(repr, header))}"
        )
    _check_columns(header, columns, str(path))
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # a blank line, not a record
        if len(row) != len(header):
            raise InputFormatError(f"{path}: row {number} has {len(row)} fields, the header has {len(header)}")
        yield _from_record(dict(zip(header, row)), f"{path} row {number}", columns, path)


def _read_jsonl(path: Path, columns: dict[str, str]) -> Iterator[Article]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = decode(raw, f"{path}:{number}").strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputFormatError(f"{path}:{number} is not valid JSON: {exc.msg}") from None
            if not isinstance(record, Mapping):
                raise InputFormatError(f"{path}:{number} is not a JSON object")
            yield _from_record(record, f"{path}:{number}", columns, path)


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), else Windows-1252; refuse binary data.

    >>> decode("café".encode("cp1252"), "x.txt")
    'café'
    """
    if b"\x00" in data:
        raise UnreadableInputError(f"{name!r} looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise UnreadableInputError(
                f"{name!r} is neither UTF-8 nor Windows-1252 text (byte {exc.start}: {data[exc.start]:#04x})"
            ) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\x19")
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        raise UnreadableInputError(f"{name!r} looks binary ({controls} control characters), not text")
    return text


def _newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
