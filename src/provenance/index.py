"""A candidate index kept on disk, so today's articles are compared with yesterday's corpus.

The index is a plain SQLite file a user can open in any SQLite tool or Datasette:

- ``documents``: one row per stored article (id, its segmented form as JSON, shingle count);
- ``shingles``: (hash, document) rows, indexed by hash and document;
- ``frequency``: how many stored articles have each shingle, to skip boilerplate cheaply;
- ``meta``: the shingle settings the index was built with.

Querying joins the new articles' shingles against ``shingles`` and applies the same rules as
:mod:`provenance.pairs.candidates`: a shingle stored in fewer than ``max_document_frequency`` articles
pairs a new article with each of them; a more common one only with the first article stored
with it, and only for near-duplicates. A new template article (a dividend notice: almost every
shingle common) follows its common shingles to all their holders, within a reach, to find the
notice it nearly equals. Only the stored articles that pair with a new one are
read back; :func:`provenance.trace` then compares them with each other too, so that what it
reports about the new articles rests on the same pairs as a trace of them all at once.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from .errors import DuplicateIdError, ProvenanceError
from .models import Article
from .pairs.candidates import enough_shared, near_duplicates, shingle_hashes
from .settings import CandidateSettings

__all__ = ["IndexFileError", "check_index", "open_index"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, article TEXT NOT NULL, shingles INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS shingles (hash INTEGER NOT NULL, document INTEGER NOT NULL REFERENCES documents(rowid));
CREATE INDEX IF NOT EXISTS shingles_by_hash_document ON shingles (hash, document);
CREATE TABLE IF NOT EXISTS frequency (hash INTEGER PRIMARY KEY, articles INTEGER NOT NULL);
"""


#: How far the common shingles of a template article are followed: to shingles held by fewer than
#: this many times ``max_document_frequency`` stored articles (see ``CandidateIndex._templates``).
TEMPLATE_REACH = 20


class IndexFileError(ProvenanceError):
    """The candidate index file cannot be used (another program's file, other shingle settings)."""


def _rows(sets: Sequence[np.ndarray], owners: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """(hash, owner) rows of every owner's shingles, sorted, hashes as SQLite's signed integers.

    Rows written in key order keep the writes to the on-disk B-trees local: several times
    quicker than article by article."""
    if not len(sets):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    hashes = np.concatenate(sets).view(np.int64)
    owner = np.repeat(np.asarray(owners, dtype=np.int64), [len(s) for s in sets])
    order = np.lexsort((owner, hashes))
    return hashes[order], owner[order]


class CandidateIndex:
    """An open candidate index; use :func:`open_index`."""

    def __init__(self, connection: sqlite3.Connection, path: Path, settings: CandidateSettings) -> None:
        self._db = connection
        self._path = path
        self._settings = settings

    def stored(self, ident: str) -> Article | None:
        row = self._db.execute("SELECT article FROM documents WHERE id = ?", (ident,)).fetchone()
        return Article.model_validate_json(row[0]) if row else None

    def conflicts(self, articles: Sequence[Article]) -> list[str]:
        """The ids of ``articles`` that are stored with other text (which :meth:`add` refuses), in order."""
        texts = dict(self._db.execute(
            "SELECT id, json_extract(article, '$.text') FROM documents WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([a.id for a in articles]),),
        ))
        return [a.id for a in articles if a.id in texts and texts[a.id] != a.text]

    def query(
        self, articles: Sequence[Article], sets: Sequence[np.ndarray] | None = None
    ) -> tuple[list[Article], list[tuple[str, str]]]:
        """Stored articles that can share text with the new ones, and those (new id, stored id) pairs.

        ``sets`` are the new articles' :func:`~provenance.pairs.candidates.shingle_hashes`, if already made."""
        db = self._db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS probe (hash INTEGER NOT NULL, article INTEGER NOT NULL)")
        db.execute("DELETE FROM probe")
        shingles = list(self._shingles(articles, sets))
        sizes = {n: len(hashes) for n, hashes in enumerate(shingles)}
        hashes, owners = _rows(shingles, range(len(shingles)))
        db.executemany("INSERT INTO probe VALUES (?, ?)", zip(hashes.tolist(), owners.tolist()))
        cap = self._settings.max_document_frequency
        rows = db.execute(
            """
            SELECT p.article, s.document, COUNT(*)
            FROM probe p
            JOIN frequency f ON f.hash = p.hash AND f.articles < ?
            JOIN shingles s ON s.hash = p.hash
            GROUP BY p.article, s.document
            """,
            (cap,),
        ).fetchall()
        # Boilerplate shingles join each new article to one anchor, the first stored article
        # that has the shingle (a star, as in provenance.pairs.candidates), for near-duplicates only.
        starred = db.execute(
            """
            SELECT p.article, (SELECT MIN(s.document) FROM shingles s WHERE s.hash = p.hash) AS anchor, COUNT(*)
            FROM probe p
            JOIN frequency f ON f.hash = p.hash AND f.articles >= ?
            GROUP BY p.article, anchor
            """,
            (cap,),
        ).fetchall()
        shared = {(n, doc): count for n, doc, count in rows}
        near = {(n, doc): count + shared.get((n, doc), 0) for n, doc, count in starred}
        for key, count in self._templates(sizes, starred, shared).items():
            near[key] = max(near.get(key, 0), count)
        documents = {
            rowid: (ident, size) for rowid, ident, size in db.execute(
                "SELECT rowid, id, shingles FROM documents WHERE rowid IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted({doc for _, doc in [*shared, *near]})),),
            )
        }
        pairs: set[tuple[str, str]] = set()
        for found, rule in ((shared, enough_shared), (near, near_duplicates)):
            keys = sorted(found)
            ok = rule(
                np.array([found[k] for k in keys], dtype=np.int64),
                np.array([sizes[n] for n, _ in keys], dtype=np.int64),
                np.array([documents[d][1] for _, d in keys], dtype=np.int64),
                self._settings,
            )
            pairs.update((articles[n].id, documents[d][0]) for (n, d), good in zip(keys, ok.tolist()) if good)
        pairs = {(new, old) for new, old in pairs if new != old}
        wanted = sorted({s for _, s in pairs})
        stored = [a for a in (self.stored(i) for i in wanted) if a is not None]
        return stored, sorted(pairs)

    def _templates(
        self, sizes: dict[int, int], starred: list[tuple[int, int, int]], shared: dict[tuple[int, int], int]
    ) -> dict[tuple[int, int], int]:
        """Shingles shared by new template articles and the stored articles that hold their common
        shingles: {(new article, stored document): shared shingles}.

        A template article (a dividend notice, a results line) has fewer than ``min_shared``
        shingles that are not common in the store, so no rare shingle finds its copy or source, and
        the anchor of each common one is some other notice. Its common shingles held by fewer than
        TEMPLATE_REACH times ``max_document_frequency`` stored articles are followed to all their
        holders and counted, and the near-duplicates among these are kept: all of them up to the
        cap, past it only the nearest (most shingles shared), and none if even those are more than
        the cap, a crowd of one story run again and again, which meets its anchor."""
        settings = self._settings
        common: dict[int, int] = defaultdict(int)
        for n, _, count in starred:
            common[n] += count
        templates = sorted(n for n, c in common.items() if sizes[n] - c < settings.min_shared)
        if not templates:
            return {}
        cap = settings.max_document_frequency
        rows = self._db.execute(
            """
            SELECT p.article, s.document, COUNT(*)
            FROM probe p
            JOIN frequency f ON f.hash = p.hash AND f.articles >= ? AND f.articles < ?
            JOIN shingles s ON s.hash = p.hash
            WHERE p.article IN (SELECT value FROM json_each(?))
            GROUP BY p.article, s.document
            """,
            (cap, TEMPLATE_REACH * cap, json.dumps(templates)),
        ).fetchall()
        counts = {(n, doc): count + shared.get((n, doc), 0) for n, doc, count in rows}
        size = dict(self._db.execute(
            "SELECT rowid, shingles FROM documents WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted({doc for _, doc in counts})),),
        ))
        keys = sorted(counts)
        ok = near_duplicates(np.array([counts[k] for k in keys], dtype=np.int64),
                             np.array([sizes[n] for n, _ in keys], dtype=np.int64),
                             np.array([size[d] for _, d in keys], dtype=np.int64), settings)
        near: dict[int, dict[int, int]] = defaultdict(dict)
        for (n, doc), good in zip(keys, ok.tolist()):
            if good:
                near[n][doc] = counts[(n, doc)]
        out = {}
        for n, found in near.items():
            if len(found) > cap:  # past the cap, only the nearest, unless they too are a crowd
                best = max(found.values())
                found = {doc: count for doc, count in found.items() if count == best}
            if len(found) <= cap:
                out.update({(n, doc): count for doc, count in found.items()})
        return out

    def _shingles(self, articles: Sequence[Article], sets: Sequence[np.ndarray] | None) -> Iterator[np.ndarray]:
        if sets is not None:
            yield from sets
        else:
            yield from (shingle_hashes(a, self._settings.shingle_words) for a in articles)

    def add(self, articles: Sequence[Article], sets: Sequence[np.ndarray] | None = None) -> int:
        """Store articles not stored yet; an id stored with other text raises DuplicateIdError.

        The shingle rows of all the new articles are written at once, in hash order."""
        added, rowids = [], []
        with self._db:
            for article, shingles in zip(articles, self._shingles(articles, sets)):
                existing = self.stored(article.id)
                if existing is not None:
                    if existing.text != article.text:
                        raise DuplicateIdError(
                            f"document {article.id!r} is already in the index {str(self._path)!r} with other text"
                        )
                    continue
                cursor = self._db.execute(
                    "INSERT INTO documents (id, article, shingles) VALUES (?, ?, ?)",
                    (article.id, article.model_dump_json(), len(shingles)),
                )
                added.append(shingles)
                rowids.append(cursor.lastrowid)
            hashes, owners = _rows(added, rowids)
            self._db.executemany("INSERT INTO shingles VALUES (?, ?)", zip(hashes.tolist(), owners.tolist()))
            distinct, counts = np.unique(hashes, return_counts=True)
            self._db.executemany(
                "INSERT INTO frequency VALUES (?, ?) "
                "ON CONFLICT(hash) DO UPDATE SET articles = articles + excluded.articles",
                zip(distinct.tolist(), counts.tolist()),
            )
        return len(added)


def _key(settings: CandidateSettings) -> str:
    """The shingle settings an index is built with, as its meta table states them."""
    return f"shingle_words={settings.shingle_words} across paragraphs"


def check_index(path: str | Path, settings: CandidateSettings) -> None:
    """Raise IndexFileError unless :func:`open_index` can use ``path``: nothing there yet, or an index
    (or an empty database) built with these shingle settings. Reads only; creates nothing."""
    path = Path(path)
    if not path.exists():
        return
    if path.is_dir():
        raise IndexFileError(f"{str(path)!r} is a folder, not a provenance candidate index")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise IndexFileError(f"{str(path)!r} cannot be opened as a candidate index: {exc}") from None
    try:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = db.execute("SELECT value FROM meta WHERE key = 'shingles'").fetchone() if "meta" in tables else None
    except sqlite3.DatabaseError as exc:
        raise IndexFileError(f"{str(path)!r} is not a provenance candidate index: {exc}") from None
    finally:
        db.close()
    if row is not None and row[0] != _key(settings):
        raise IndexFileError(f"the index {str(path)!r} was built with {row[0]}, not {_key(settings)}")


@contextmanager
def open_index(path: str | Path, settings: CandidateSettings) -> Iterator[CandidateIndex]:
    """Open (or create, with its folder) the index at ``path``; raises IndexFileError if it was built differently."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IndexFileError(f"cannot make the index {str(path)!r}: {exc.strerror or exc}") from None
    try:
        db = sqlite3.connect(path)
        db.executescript(_SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise IndexFileError(f"{str(path)!r} is not a provenance candidate index: {exc}") from None
    try:
        key = _key(settings)
        row = db.execute("SELECT value FROM meta WHERE key = 'shingles'").fetchone()
        if row is None:
            with db:
                db.execute("INSERT INTO meta VALUES ('shingles', ?)", (key,))
        elif row[0] != key:
            raise IndexFileError(f"the index {str(path)!r} was built with {row[0]}, not {key}")
        yield CandidateIndex(db, path, settings)
    finally:
        db.close()
