"""Articles from records: mappings in a list, JSON, JSON Lines and CSV files, DataFrame rows.

Records are read through a column mapping, so ``load(df, text="body", title="headline")`` reads
the ``body`` column as the text. An article's outlet is its metadata's, else its URL's registered
domain. Each record is one item: a bad one is given as a :class:`~provenance.reading.entries.Left`
naming it, and the records after it are still read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import numbers
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import EmptyCorpusError, EmptyDocumentError, InputFormatError, ProvenanceError, UnreadableInputError
from ..models import Article
from .dates import AmbiguousOrderError, AmbiguousZoneError, DateOrder, numeric, parse_date, read_in_order, read_in_zone
from .entries import Entry, left
from .html_input import looks_like_html, read_html
from .text import decode, newlines, read_bytes, shown
from .urls import id_from_url, outlet_from_url

__all__ = [
    "FIELDS",
    "Columns",
    "column_mapping",
    "from_record",
    "from_string",
    "read_by_outlet",
    "read_csv",
    "read_frame",
    "read_json",
    "read_jsonl",
    "record_entry",
    "record_id",
]

FIELDS = ("id", "title", "text", "outlet", "url", "published")


class Columns(dict):
    """The column mapping (field -> the records' own name), with how the records write numeric dates."""

    date_order: DateOrder | None = None


def column_mapping(given: Mapping[str, Any], date_order: DateOrder | None = None) -> Columns:
    """The column mapping, every field named; raises InputFormatError for an unknown field."""
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise InputFormatError(
            f"unknown column mapping {', '.join(map(repr, unknown))}: the fields are {', '.join(FIELDS)}"
        )
    for field, name in given.items():
        if not isinstance(name, str) or not name:
            raise InputFormatError(f"column mapping {field}={name!r}: give the column's name as a string")
    mapping = Columns({field: given.get(field, field) for field in FIELDS})
    mapping.date_order = date_order
    return mapping


def record_id(record: Any, columns: Mapping[str, str]) -> str | None:
    """The id a record states, if it states a usable one: for naming it when it cannot be read."""
    if not isinstance(record, Mapping):
        return None
    value = record.get(columns["id"])
    if value is None and columns["id"] == "id":
        value = record.get("doc_id")
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return _integer_text(value)
    return value if isinstance(value, str) and value.strip() else None


def _integer_text(value: numbers.Integral) -> str | None:
    """A numeric id as text; None for an integer too long to write out (no usable id)."""
    try:
        return str(value)
    except ValueError:
        return None


def from_string(text: str, origin: str, ids: dict[str, int]) -> Article:
    """An article from a bare string; its id is a digest of the text, so it does not depend on order."""
    digest = "t" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    ids[digest] = ids.get(digest, 0) + 1
    ident = digest if ids[digest] == 1 else f"{digest}~{ids[digest]}"
    if looks_like_html(text):
        return read_html(text, ident=ident, origin=origin).model_copy(update={"origin": None})
    return Article(id=ident, text=newlines(text))


def _missing(value: Any) -> bool:
    """None, or a missing value from pandas (NaN, NaT, NA): the one kind of value unequal to itself."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):  # pandas.NA refuses bool()
        return True


def from_record(
    record: Mapping[str, Any], origin: str, columns: Columns, source_file: Path | None = None
) -> Article:
    """The article of one record; raises InputFormatError or EmptyDocumentError naming ``origin``."""
    unknown_id = record.get(columns["id"], record.get("doc_id"))
    if columns["text"] not in record:
        mapped = "" if columns["text"] == "text" else " (the column mapped to text)"
        raise InputFormatError(f"record {origin} (id {shown(unknown_id)}) has no {columns['text']!r} field{mapped}")
    values: dict[str, Any] = {}
    for field in FIELDS:
        value = record.get(columns[field])
        if field == "id" and value is None and columns["id"] == "id":
            value = record.get("doc_id")
        if _missing(value) or (field != "text" and isinstance(value, str) and not value.strip()):
            continue
        if field == "published":
            if numeric(value):
                values["published_as"] = value.strip()
            try:
                values[field], values["published_precision"] = parse_date(
                    value, where=f"record {origin}", order=columns.date_order, field=columns[field]
                )
            except (AmbiguousOrderError, AmbiguousZoneError):
                values["published_as"] = value.strip()  # read with the outlet's other dates, by read_by_outlet
        elif field == "id" and isinstance(value, numbers.Integral) and not isinstance(value, bool):
            ident = _integer_text(value)
            if ident is None:
                raise InputFormatError(f"record {origin}: its id {shown(value)} is too long to be an id")
            values[field] = ident
        elif isinstance(value, str):
            values[field] = value
        else:
            raise InputFormatError(
                f"record {origin}: field {columns[field]!r} is a {type(value).__name__}, expected a string"
            )
    if not values.get("text", "").strip():
        raise EmptyDocumentError(f"record {origin} (id {shown(unknown_id)}) has no text in {columns['text']!r}")
    if "id" not in values:  # named by its page when it has one, else by its text
        digest = hashlib.blake2b(values["text"].encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
        values["id"] = id_from_url(values.get("url")) or "r" + digest
    # Only a file is kept as origin: a position in a list would make results depend on order.
    path = str(source_file) if source_file is not None else None
    if looks_like_html(values["text"]):
        page = read_html(values.pop("text"), ident=values["id"], origin=path or origin, url=values.get("url"))
        given = {k: v for k, v in values.items() if k != "id"}
        if "outlet" in given:
            given["outlet_from"] = "metadata"
        return page.model_copy(update={**given, "origin": path})
    values["text"] = newlines(values["text"])
    outlet, outlet_from = values.get("outlet"), "metadata"
    if not outlet:
        outlet, outlet_from = outlet_from_url(values.get("url")), "url"
        values["outlet"] = outlet
    return Article(**values, outlet_from=outlet_from if outlet else None, origin=path)


def record_entry(record: Any, where: str, columns: Columns, source_file: Path | None = None) -> Entry:
    """One record as an entry: (where, article), or the record left out with its error."""
    try:
        if not isinstance(record, Mapping):
            raise InputFormatError(f"{where} is not a JSON object")
        return where, from_record(record, where, columns, source_file)
    except ProvenanceError as exc:
        return left(where, record_id(record, columns), exc)


def read_frame(frame: Any, columns: Columns) -> Iterator[Entry]:
    """Rows of a pandas DataFrame as records; messages name a row by its index label."""
    if columns["text"] not in frame.columns:
        raise InputFormatError(
            f"the DataFrame has no column {columns['text']!r} for the text; its columns are "
            f"{', '.join(map(repr, map(str, frame.columns)))}"
        )
    _check_columns([str(c) for c in frame.columns], columns, "the DataFrame")
    for label, record in zip(frame.index, frame.to_dict(orient="records")):
        yield record_entry(record, f"row {label!r}", columns)


def _check_columns(header: list[str], columns: Mapping[str, str], where: str) -> None:
    """A column the user named explicitly must exist: a typo should not read as "no titles"."""
    for field, name in columns.items():
        if name != field and name not in header:
            raise InputFormatError(
                f"{where} has no column {name!r} (given for {field}); its columns are {', '.join(map(repr, header))}"
            )


def read_csv(path: Path, columns: Columns) -> Iterator[Entry]:
    """A CSV (or, for .tsv, tab-separated) file with a header row, one article a row."""
    text = decode(read_bytes(path), str(path))
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
        where = f"{path} row {number}"
        record = dict(zip(header, row))
        if len(row) != len(header):
            error = InputFormatError(f"{path}: row {number} has {len(row)} fields, the header has {len(header)}")
            yield left(where, record_id(record, columns), error)
            continue
        yield record_entry(record, where, columns, path)


def read_jsonl(path: Path, columns: Columns) -> Iterator[Entry]:
    """A JSON Lines file, one record a line, read line by line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise UnreadableInputError(f"{str(path)!r} cannot be read: {exc.strerror or exc}") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            try:
                line = decode(raw, where).strip()
                if not line:
                    continue
                record = _json(line, where)
            except ProvenanceError as exc:
                yield left(where, None, exc)
                continue
            yield record_entry(record, where, columns, path)


def _json(text: str, where: str) -> Any:
    """The value a JSON text holds; raises InputFormatError naming ``where`` for anything unreadable:
    bad syntax, nesting too deep for the parser, a number too long to convert."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno}, column {exc.colno}" if "\n" in text.strip() else f"column {exc.colno}"
        raise InputFormatError(f"{where} is not valid JSON: {exc.msg} at {at}") from None
    except RecursionError:
        raise InputFormatError(f"{where} is JSON nested too deep to read") from None
    except ValueError as exc:
        raise InputFormatError(f"{where} cannot be read as JSON: {exc}") from None


def read_json(path: Path, columns: Columns) -> Iterator[Entry]:
    """A JSON file holding one record or a list of them."""
    data = _json(decode(read_bytes(path), str(path)), repr(str(path)))
    records = data if isinstance(data, list) else [data]
    for n, record in enumerate(records):
        where = f"{path}[{n}]"
        if isinstance(record, Mapping):
            yield record_entry(record, where, columns, path)
        else:
            yield left(where, None, InputFormatError(f"{str(path)!r}: item {n} is not a JSON object"))


def _outlet(article: Article) -> str | None:
    return article.outlet.casefold() if article.outlet else None


def read_by_outlet(articles: list[Article], key: Callable[[Article], str | None] = _outlet) -> list[Article]:
    """The articles with every date that cannot be read alone read with its outlet's other dates, or
    the corpus's: a numeric date that reads as two days (04/03/2025, no order given) in the order they
    show (:func:`~provenance.reading.dates.read_in_order`), a zone name of several meanings (IST) as
    the offset they state (:func:`~provenance.reading.dates.read_in_zone`). One they do not settle
    stays unread, kept as written in ``published_as``. ``key`` names each article's outlet (its name
    as given, or its URL's site when it had none); a caller that folds outlet names ("The Guardian" =
    "Guardian") passes its own."""
    written = [(n, a) for n, a in enumerate(articles) if a.published_as is not None]
    if not any(a.published is None for _, a in written):
        return articles
    out = list(articles)
    numbers = [(n, a) for n, a in written if numeric(a.published_as)]
    for (n, article), read in zip(numbers, read_in_order([(key(a), a.published_as or "") for _, a in numbers])):
        if article.published is None and read is not None:
            out[n] = article.model_copy(update={"published": read[0], "published_precision": read[1]})
    offsets: dict[str | None, set[float]] = {}
    for a in articles:
        offset = a.published.utcoffset() if a.published is not None else None
        if offset is not None:
            offsets.setdefault(key(a), set()).add(offset.total_seconds() / 3600)
    everywhere = set().union(*offsets.values()) if offsets else set()
    for n, article in written:
        if out[n].published is None and not numeric(article.published_as):
            read = read_in_zone(article.published_as or "", offsets.get(key(article)) or everywhere)
            if read is not None:
                out[n] = article.model_copy(update={"published": read[0], "published_precision": read[1]})
    return out
