"""Reading a corpus: folders, files, JSON Lines, lists of strings or records, into articles.

Everything read is kept: an input that cannot be read raises an error naming it, rather than
being skipped, because a silently missing article is a missing link in a provenance graph.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from .errors import (
    DocumentTooLargeError,
    DuplicateIdError,
    EmptyCorpusError,
    EmptyDocumentError,
    InputFormatError,
    UnreadableInputError,
)
from .models import Article
from .settings import LoadSettings

__all__ = ["load"]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
#: Share of control characters above which decoded bytes are taken for binary data.
MAX_CONTROL_SHARE = 0.05
_FIELDS = ("id", "title", "text", "outlet", "url", "published")


def load(corpus: Any, *, settings: LoadSettings | None = None) -> list[Article]:
    """Read a corpus into articles (not yet segmented), checking ids, emptiness and size.

    ``corpus`` is a folder, a file path, a list of strings, a list of records (mappings with
    ``text`` and optional ``id``, ``title``, ``outlet``, ``url``, ``published``) or of
    :class:`~provenance.models.Article`, or a pandas DataFrame with such columns.

    >>> [a.id for a in load([{"id": "a", "text": "One line."}, {"id": "b", "text": "Two."}])]
    ['a', 'b']

    Raises EmptyCorpusError, EmptyDocumentError, DuplicateIdError, UnreadableInputError,
    InputFormatError or DocumentTooLargeError, each naming the input at fault.
    """
    settings = settings or LoadSettings()
    articles = list(_read(corpus))
    if not articles:
        raise EmptyCorpusError(f"the corpus {_describe(corpus)} holds no documents")
    seen: dict[str, str] = {}
    for position, article in enumerate(articles):
        # Where an article came from, for messages: its file, else its position in the corpus.
        where = article.origin or f"item {position}"
        if article.id in seen:
            raise DuplicateIdError(f"duplicate document id {article.id!r}: {seen[article.id]} and {where}")
        seen[article.id] = where
        if not article.text.strip():
            raise EmptyDocumentError(f"document {article.id!r} ({where}) has no text")
        if len(article.text) > settings.max_chars:
            raise DocumentTooLargeError(
                f"document {article.id!r} ({where}) has {len(article.text):,} characters; "
                f"the limit is {settings.max_chars:,} (LoadSettings.max_chars)"
            )
    return articles


def _describe(corpus: Any) -> str:
    return repr(str(corpus)) if isinstance(corpus, (str, Path)) else f"of type {type(corpus).__name__}"


def _read(corpus: Any) -> Iterator[Article]:
    if isinstance(corpus, (str, Path)):
        path = Path(corpus)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.is_file():
            yield from _read_file(path)
        else:
            raise UnreadableInputError(f"{str(corpus)!r} is neither a file nor a folder")
        return
    if isinstance(corpus, Article):
        yield corpus
        return
    if hasattr(corpus, "to_dict") and hasattr(corpus, "columns"):  # a pandas DataFrame
        for n, record in enumerate(corpus.to_dict(orient="records")):
            yield _from_record(record, f"row {n}")
        return
    if isinstance(corpus, (bytes, Mapping)) or not isinstance(corpus, Iterable):
        raise InputFormatError(
            f"cannot read a corpus of type {type(corpus).__name__}: give a folder, a file, "
            "a list of strings or records, or a DataFrame"
        )
    ids: dict[str, int] = {}
    for n, item in enumerate(corpus):
        origin = f"item {n}"
        if isinstance(item, Article):
            yield item
        elif isinstance(item, str):
            yield _from_string(item, origin, ids)
        elif isinstance(item, Mapping):
            yield _from_record(item, origin)
        elif isinstance(item, Path):
            yield from _read_file(item)
        else:
            raise InputFormatError(
                f"{origin} of the corpus is a {type(item).__name__}; expected a string, a record or an Article"
            )


def _from_string(text: str, origin: str, ids: dict[str, int]) -> Article:
    """An article from a bare string; its id is a digest of the text, so it does not depend on order."""
    digest = "t" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    ids[digest] = ids.get(digest, 0) + 1
    ident = digest if ids[digest] == 1 else f"{digest}~{ids[digest]}"
    return Article(id=ident, text=_newlines(text))


def _from_record(record: Mapping[str, Any], origin: str, source_file: Path | None = None) -> Article:
    unknown_id = record.get("id", record.get("doc_id"))
    if "text" not in record:
        raise InputFormatError(f"record {origin} (id {unknown_id!r}) has no 'text' field")
    values: dict[str, Any] = {}
    for field in _FIELDS:
        value = record.get(field)
        if field == "id" and value is None:
            value = record.get("doc_id")
        if value is None or (isinstance(value, float) and value != value):  # None or NaN from pandas
            continue
        if field == "published":
            values[field] = _parse_date(value, origin)
        elif field == "id" and isinstance(value, int) and not isinstance(value, bool):
            values[field] = str(value)
        elif isinstance(value, str):
            values[field] = value
        else:
            raise InputFormatError(
                f"record {origin}: field {field!r} is a {type(value).__name__}, expected a string"
            )
    if "id" not in values:
        values["id"] = "r" + hashlib.blake2b(values["text"].encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    values["text"] = _newlines(values["text"])
    outlet = values.get("outlet")
    # Only a file is kept as origin: a position in a list would make results depend on order.
    path = str(source_file) if source_file is not None else None
    return Article(**values, outlet_from="metadata" if outlet else None, origin=path)


def _parse_date(value: Any, origin: str) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            pass
    raise InputFormatError(f"record {origin}: 'published' {value!r} is not an ISO 8601 date")


def _read_folder(folder: Path) -> Iterator[Article]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not _hidden(p.relative_to(folder)))
    if not files:
        raise EmptyCorpusError(f"the folder {str(folder)!r} holds no files")
    for path in files:
        yield from _read_file(path)


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "__")) for part in relative.parts)


def _read_file(path: Path) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield Article(id=path.stem, text=_newlines(decode(path.read_bytes(), str(path))), origin=str(path))
    elif suffix in {".jsonl", ".ndjson"}:
        yield from _read_jsonl(path)
    elif suffix == ".json":
        try:
            data = json.loads(decode(path.read_bytes(), str(path)))
        except json.JSONDecodeError as exc:
            raise InputFormatError(f"{str(path)!r} is not valid JSON: {exc}") from None
        records = data if isinstance(data, list) else [data]
        for n, record in enumerate(records):
            if not isinstance(record, Mapping):
                raise InputFormatError(f"{str(path)!r}: item {n} is not a JSON object")
            yield _from_record(record, f"{path}[{n}]", path)
    else:
        raise UnreadableInputError(
            f"{str(path)!r} has an unsupported type {suffix or '(no suffix)'!r}; "
            f"provenance reads {', '.join(sorted(TEXT_SUFFIXES | RECORD_SUFFIXES))}"
        )


def _read_jsonl(path: Path) -> Iterator[Article]:
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
            yield _from_record(record, f"{path}:{number}", path)


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
