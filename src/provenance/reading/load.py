"""Reading a corpus: folders, files, JSON Lines, CSV, web pages, WARC crawls, lists, DataFrames.

Everything read is kept, and what is left out is said: an item that cannot be read raises an
error naming it (``on_error="raise"``, the default), or with ``on_error="skip"`` is left out and
recorded as a :class:`~provenance.models.Skipped`, because a silently missing article is a
missing link in a provenance graph. A file in a folder that is not an article (an image, an
office document, a database, binary data without a suffix) is recorded the same way, whatever
``on_error`` says: it is not an error to keep photos beside stories. (A WARC crawl's requests,
images and redirects are not articles either: those records are counted in a
:class:`~provenance.errors.ProvenanceWarning`.)

Records (JSON, JSON Lines, CSV rows, DataFrame rows) are read through a column mapping
(:mod:`provenance.reading.records`). A string that is just an http(s) URL is a link, whose page
is fetched (:mod:`provenance.reading.links`); a link whose page cannot be had is an item at fault
like any other, its :class:`~provenance.errors.FetchError` raised or, with ``on_error="skip"``,
recorded with the link as origin. A file in a folder has as id its path relative to the
folder, without the suffix (``afp/story``, ``reuters/story``: one folder per outlet); a file
given alone, its name without the suffix.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from ..errors import (
    DocumentTooLargeError,
    DuplicateIdError,
    EmptyCorpusError,
    EmptyDocumentError,
    InputFormatError,
    ProvenanceError,
    ProvenanceWarning,
    UnreadableInputError,
)
from ..models import Article, Skipped
from ..settings import LoadSettings
from .entries import Entry, Left, guarded, left, not_article
from .fetch import Fetcher
from .html_input import HTML_SUFFIXES, looks_like_html, read_html
from .links import Pending, ahead, link_article
from .records import (
    Columns,
    column_mapping,
    from_string,
    read_by_outlet,
    read_csv,
    read_frame,
    read_json,
    read_jsonl,
    record_entry,
    record_id,
)
from .text import MAX_CONTROL_SHARE, decode, looks_binary, newlines, read_bytes
from .urls import is_link

__all__ = ["MAX_CONTROL_SHARE", "OnError", "decode", "entries", "load", "stream"]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".tsv"})
WARC_SUFFIXES = (".warc", ".warc.gz")
#: A UTF-16 surrogate on its own (from a broken "\ud83d" escape in JSON): not text, and no output can encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: What a file in a folder is when its suffix is not one provenance reads, for the record that passes it over.
_OTHER_KINDS = {
    "an image": ".jpg .jpeg .png .gif .webp .avif .bmp .tif .tiff .svg .heic .ico .psd .raw",
    "an office document": ".doc .docx .odt .rtf .pdf .epub .pages .xls .xlsx .ods .numbers .ppt .pptx .odp .key",
    "a database": ".db .sqlite .sqlite3 .mdb .accdb .dbf",
    "an archive": ".zip .gz .tgz .tar .bz2 .xz .zst .7z .rar",
    "audio or video": ".mp3 .m4a .wav .flac .ogg .mp4 .mov .avi .mkv .webm",
}
_KIND_OF = {suffix: kind for kind, suffixes in _OTHER_KINDS.items() for suffix in suffixes.split()}
#: Bytes looked at to tell a file without a suffix for text or binary data.
_SNIFF_BYTES = 8192

#: What to do with an item that cannot be read or is over a limit: raise its error, or skip and record it.
OnError = Literal["raise", "skip"]


def load(
    corpus: Any,
    *,
    settings: LoadSettings | None = None,
    on_error: OnError = "raise",
    links: Fetcher | None = None,
    **columns: str,
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
    InputFormatError, DocumentTooLargeError or (for a link) FetchError, each naming the input at fault; with
    ``on_error="skip"`` an item at fault is left out instead. What was left out (that, and files
    in a folder that are not articles) is named in a ProvenanceWarning; :func:`entries` gives it
    as records.
    """
    return read_by_outlet(list(stream(corpus, settings=settings, on_error=on_error, links=links, **columns)))


def stream(
    corpus: Any,
    *,
    settings: LoadSettings | None = None,
    on_error: OnError = "raise",
    links: Fetcher | None = None,
    **columns: str,
) -> Iterator[Article]:
    """The articles of :func:`load`, read and checked one at a time, in the corpus's own order.

    A folder is read file by file and a JSON Lines file line by line, so a trace holds only the
    articles it is segmenting, not the whole raw corpus. The checks are :func:`load`'s; an error
    is raised when the article at fault is reached (after the ones before it have been read).
    Links are fetched a few items ahead of the one being read, several at a time. The items left
    out are named in one ProvenanceWarning once the corpus is read.
    """
    skipped: list[Skipped] = []
    for entry in entries(corpus, settings=settings, on_error=on_error, links=links, **columns):
        if isinstance(entry, Skipped):
            skipped.append(entry)
        else:
            yield entry[1]
    if skipped:
        warnings.warn(f"left out {describe_skipped(skipped)}", ProvenanceWarning, stacklevel=2)


def describe_skipped(skipped: list[Skipped], shown: int = 3) -> str:
    """"3 items: <reason>; <reason>; and 1 more", for messages about what was left out."""
    reasons = [f"{s.origin}: {s.reason}" if s.error is None else s.reason for s in skipped[:shown]]
    more = f"; and {len(skipped) - shown} more" if len(skipped) > shown else ""
    return f"{len(skipped)} item{'s' if len(skipped) != 1 else ''}: {'; '.join(reasons)}{more}"


def entries(
    corpus: Any,
    *,
    settings: LoadSettings | None = None,
    on_error: OnError = "raise",
    links: Fetcher | None = None,
    **columns: str,
) -> Iterator[tuple[str, Article] | Skipped]:
    """The corpus item by item, in its own order: ``(where, article)`` for each article read and
    checked (``where`` names it in messages: its file, file and line, or position in the corpus),
    and a :class:`~provenance.models.Skipped` record for each item left out.

    With ``on_error="raise"`` the first item that cannot be read, or is over a limit of
    ``settings``, raises its error; with ``"skip"`` it is left out and recorded, whatever
    :class:`~provenance.errors.ProvenanceError` it raised. Files in a folder that are not
    articles are recorded either way. A corpus that gives no article raises EmptyCorpusError.

    Links are fetched by ``links``; without one, a fetcher with the default settings and cache is
    made for the corpus and closed when it is read (or abandoned).
    """
    if on_error not in ("raise", "skip"):
        raise InputFormatError(f"on_error={on_error!r}: give 'raise' or 'skip'")
    settings = settings or LoadSettings()
    mapping = column_mapping(columns, settings.date_order)
    if links is not None:
        yield from _entries(corpus, mapping, settings, on_error, links)
        return
    fetcher = Fetcher()
    try:
        yield from _entries(corpus, mapping, settings, on_error, fetcher)
    except BaseException:  # an error, or the reader stopped early: the links still queued are dropped
        fetcher.close(abort=True)
        raise
    fetcher.close()


def _entries(
    corpus: Any, mapping: Columns, settings: LoadSettings, on_error: OnError, links: Fetcher
) -> Iterator[tuple[str, Article] | Skipped]:
    """The checks of :func:`entries` over the items read."""
    seen: dict[str, str] = {}
    skipped: list[Skipped] = []
    for entry in _read(corpus, mapping, links):
        if isinstance(entry, Left):
            if entry.error is not None and on_error == "raise":
                raise entry.error
            skipped.append(entry.record)
            yield entry.record
            continue
        where, article = entry
        try:
            _check(article, where, seen, settings)
        except ProvenanceError as exc:
            if on_error == "raise":
                raise
            record = left(where, article.id, exc).record
            skipped.append(record)
            yield record
            continue
        seen[article.id] = where
        yield where, article
    if not seen:
        found = f": left out {describe_skipped(skipped)}" if skipped else ""
        raise EmptyCorpusError(f"the corpus {_describe(corpus)} holds no documents{found}")


#: The id a record without one is given: "r" and a digest of its text (see reading/records.py).
_MADE_ID = re.compile(r"^r[0-9a-f]{12}$")


def _check(article: Article, where: str, seen: Mapping[str, str], settings: LoadSettings) -> None:
    """Refuse an article whose id is taken, or that is empty, not Unicode text, or too long."""
    if article.id in seen:
        made = " (made from the text, as neither gives an id: the same text twice; give them ids)" if (
            _MADE_ID.match(article.id)) else ""
        raise DuplicateIdError(f"duplicate document id {article.id!r}{made}: {seen[article.id]} and {where}")
    if not article.text.strip():
        raise EmptyDocumentError(f"document {article.id!r} ({where}) has no text")
    _check_unicode(article, where)
    if len(article.text) > settings.max_chars:
        raise DocumentTooLargeError(
            f"document {article.id!r} ({where}) has {len(article.text):,} characters; "
            f"the limit is {settings.max_chars:,} (LoadSettings.max_chars, --max-chars)"
        )


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


def _read(corpus: Any, columns: Columns, links: Fetcher) -> Iterator[Entry]:
    if isinstance(corpus, str) and is_link(corpus):  # one link
        yield from _read([corpus], columns, links)
        return
    if isinstance(corpus, (str, Path)) and not (isinstance(corpus, str) and looks_like_html(corpus)):
        path = Path(corpus)
        if path.is_dir():
            yield from _read_folder(path, columns)
        elif path.is_file():
            yield from guarded(str(path), None, _read_file(path, columns, path.stem))
        else:
            raise UnreadableInputError(f"{str(corpus)!r} is neither a file nor a folder")
        return
    if isinstance(corpus, str):  # one HTML page given as a string
        yield from _read([corpus], columns, links)
        return
    if isinstance(corpus, Article):
        yield corpus.origin or "item 0", corpus
        return
    if hasattr(corpus, "to_dict") and hasattr(corpus, "columns"):  # a pandas DataFrame
        yield from read_frame(corpus, columns)
        return
    if isinstance(corpus, (bytes, Mapping)) or not isinstance(corpus, Iterable):
        raise InputFormatError(
            f"cannot read a corpus of type {type(corpus).__name__}: give a folder, a file, "
            "a list of strings or records, or a DataFrame"
        )
    ids: dict[str, int] = {}
    for n, item in enumerate(ahead(corpus, links)):
        # Whatever an item is, an error reading it leaves that item out, not the corpus.
        if isinstance(item, Pending):  # a link: named by its URL, which is also its article's id
            yield from guarded(item.url, item.url, _read_item(item, item.url, columns, ids))
            continue
        where = str(item) if isinstance(item, Path) else f"item {n}"
        yield from guarded(where, record_id(item, columns), _read_item(item, f"item {n}", columns, ids))


def _read_item(item: Any, where: str, columns: Columns, ids: dict[str, int]) -> Iterator[Entry]:
    """The entries of one item of a list: a fetched link, an article, a string, a record, or a
    folder or file."""
    if isinstance(item, Pending):
        yield where, link_article(item)
    elif isinstance(item, Article):
        yield item.origin or where, item
    elif isinstance(item, str):
        yield where, from_string(item, where, ids)
    elif isinstance(item, Mapping):
        yield record_entry(item, where, columns)
    elif isinstance(item, Path):
        yield from _read_path(item, columns)
    else:
        raise InputFormatError(
            f"{where} of the corpus is a {type(item).__name__}; expected a string, a link, a record, a path "
            "or an Article"
        )


def _read_path(path: Path, columns: Columns) -> Iterator[Entry]:
    """A folder or a file named in a list of the corpus."""
    if path.is_dir():
        yield from _read_folder(path, columns)
    elif path.is_file():
        yield from _read_file(path, columns, path.stem)
    else:
        raise UnreadableInputError(f"{str(path)!r} is neither a file nor a folder")


def _read_folder(folder: Path, columns: Columns) -> Iterator[Entry]:
    """Every file under ``folder``, in path order, each one item (a record file, one a record)."""
    everything = sorted(folder.rglob("*"))
    paths = [p for p in everything if not _hidden(p.relative_to(folder))]
    if not any(p.is_file() or not p.is_dir() for p in paths):
        raise EmptyCorpusError(f"the folder {str(folder)!r} holds no files")
    # A hidden file or folder (".git", "__pycache__") is passed over whole, and said once.
    for path in everything:
        relative = path.relative_to(folder)
        if _hidden(relative) and not _hidden(relative.parent):
            kind = "folder" if path.is_dir() else "file"
            yield not_article(str(path), f"a hidden {kind} (its name starts with '.' or '__'): not read")
    for path in paths:
        relative = path.relative_to(folder)
        ident = relative.with_suffix("").as_posix()
        where = str(path)
        # A link to nothing, a pipe or a device is not passed over in silence: it may be a missing article.
        if not path.exists():
            yield left(where, ident, UnreadableInputError(
                f"{where!r} is a link to {str(path.readlink())!r}, which does not exist"
            ))
        elif path.is_dir():
            continue
        elif not path.is_file():
            yield left(where, ident, UnreadableInputError(
                f"{where!r} is not a regular file (a pipe, socket or device)"
            ))
        else:
            yield from guarded(where, ident, _read_folder_file(path, columns, ident))


def _read_folder_file(path: Path, columns: Columns, ident: str) -> Iterator[Entry]:
    """A file of a folder: passed over, with a record, when it is not an article; else read."""
    other = _not_an_article(path)
    if other is not None:
        yield not_article(str(path), f"not an article file: {other}")
    else:
        yield from _read_file(path, columns, ident)


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "__")) for part in relative.parts)


def _read_types() -> str:
    return ", ".join(sorted(TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES | set(WARC_SUFFIXES)))


def _not_an_article(path: Path) -> str | None:
    """What a file in a folder is when it is not an article (an image, a database...), else None.

    A file without a suffix is an article when its first bytes are text (an export named by its
    story number), and binary data otherwise."""
    suffix = path.suffix.lower()
    if path.name.lower().endswith(WARC_SUFFIXES) or suffix in TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES:
        return None
    if not suffix:
        return "binary data without a suffix" if looks_binary(read_bytes(path, _SNIFF_BYTES)) else None
    kind = _KIND_OF.get(suffix)
    if kind is not None:
        return f"{kind} ({suffix})"
    return f"a {suffix} file; provenance reads {_read_types()}"


def _read_file(path: Path, columns: Columns, ident: str) -> Iterator[Entry]:
    """The entries of one file; ``ident`` is the id of its article, for a text file or a page."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES or not suffix:
        yield str(path), Article(id=ident, text=newlines(decode(read_bytes(path), str(path))), origin=str(path))
    elif suffix in HTML_SUFFIXES:
        yield str(path), read_html(read_bytes(path), ident=ident, origin=str(path))
    elif path.name.lower().endswith(WARC_SUFFIXES):
        from .warc_input import warc_entries

        yield from warc_entries(path)
    elif suffix in {".csv", ".tsv"}:
        yield from read_csv(path, columns)
    elif suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl(path, columns)
    elif suffix == ".json":
        yield from read_json(path, columns)
    else:
        raise UnreadableInputError(
            f"{str(path)!r} has an unsupported type {suffix or '(no suffix)'!r}; provenance reads {_read_types()}"
        )
