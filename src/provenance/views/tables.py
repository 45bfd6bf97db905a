"""A report as linked tables: documents, derivations and operations, and the items skipped.

``documents`` has one row per article (key ``id``; ``identical_to`` names the first of its
exact duplicates, see :mod:`provenance.pairs.duplicates`); ``derivations`` one per direct-parent edge
(key ``id``, with ``derived`` and ``source`` pointing at documents); ``operations`` one per
kept / modified / moved / added / dropped block of each derivation's diff (key ``id``, with
``derivation_id`` pointing at derivations); ``skipped`` one per item of the corpus left out
(key ``id``; ``origin``, the ``document`` id when known, the ``error`` class, or none for a file
that is not an article, and the ``reason``). The same rows feed pandas, CSV and SQLite, so a
spreadsheet, a notebook and Datasette all see one shape.

CSV cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return) are prefixed with an apostrophe: article text is untrusted.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import RenderError
from .output import refuse_input, write_text
from .wording import body_counts

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["TABLES", "neutralise", "to_pandas", "to_records", "write_csv", "write_sqlite"]

Row = dict[str, Any]
#: Column names and SQLite types of each table, in order; the first column is the key.
TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "id": "TEXT PRIMARY KEY",
        "outlet": "TEXT",
        "outlet_from": "TEXT",
        "title": "TEXT",
        "published": "TEXT",
        "published_precision": "TEXT",
        "url": "TEXT",
        "origin": "TEXT",
        "final_url": "TEXT",
        "fetched_at": "TEXT",
        "blocks": "INTEGER",
        "body_paragraphs": "INTEGER",
        "body_chars": "INTEGER",
        "credits": "TEXT",
        "identical_to": "TEXT",
        "text": "TEXT",
    },
    "derivations": {
        "id": "INTEGER PRIMARY KEY",
        "derived": "TEXT NOT NULL REFERENCES documents(id)",
        "source": "TEXT NOT NULL REFERENCES documents(id)",
        "confidence": "REAL",
        "coverage": "REAL",
        "source_share": "REAL",
        "credited": "INTEGER",
        "retitled": "INTEGER",
        "source_title": "TEXT",
        "derived_title": "TEXT",
        "kept": "INTEGER",
        "modified": "INTEGER",
        "moved": "INTEGER",
        "added": "INTEGER",
        "dropped": "INTEGER",
        "furniture_added": "INTEGER",
        "furniture_dropped": "INTEGER",
        "evidence": "TEXT",
    },
    "operations": {
        "id": "INTEGER PRIMARY KEY",
        "derivation_id": "INTEGER NOT NULL REFERENCES derivations(id)",
        "position": "INTEGER",
        "kind": "TEXT",
        "furniture": "INTEGER",
        "similarity": "REAL",
        "derived_blocks": "TEXT",
        "source_blocks": "TEXT",
        "block_kinds": "TEXT",
        "derived_text": "TEXT",
        "source_text": "TEXT",
        "word_changes": "TEXT",
    },
    "skipped": {
        "id": "INTEGER PRIMARY KEY",
        "origin": "TEXT NOT NULL",
        "document": "TEXT",
        "error": "TEXT",
        "reason": "TEXT NOT NULL",
    },
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_records(report: Report) -> dict[str, list[Row]]:
    """The tables as lists of plain dicts (no pandas needed), keyed by table name."""
    docs = {a.id: a for a in report.documents}
    first = {m: g.representative for g in report.duplicates for m in g.members if m != g.representative}
    documents = [
        {
            "id": a.id,
            "outlet": a.outlet,
            "outlet_from": a.outlet_from,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "published_precision": a.published_precision,
            "url": a.url,
            "origin": a.origin,
            "final_url": a.fetched.final_url if a.fetched else None,
            "fetched_at": a.fetched.fetched_at.isoformat() if a.fetched else None,
            "blocks": len(a.blocks),
            "body_paragraphs": len(a.body),
            "body_chars": sum(len(b.text) for b in a.body),
            "credits": "; ".join(f"{c.name} ({c.form})" for c in a.credits),
            "identical_to": first.get(a.id),
            "text": a.text,
        }
        for a in report.documents
    ]
    # A common source missing from the corpus is a row too, so every derivation's source is a document.
    missing = {m.id: m for m in report.missing}
    documents += [
        {c: None for c in TABLES["documents"]}
        | {"id": m.id, "outlet": m.name, "title": f"not in the corpus: the common source of {', '.join(m.members)}",
           "blocks": 0, "body_paragraphs": 0, "body_chars": 0}
        for m in report.missing
    ]
    derivations: list[Row] = []
    operations: list[Row] = []
    for n, d in enumerate(report.derivations, 1):
        if d.source in missing:
            derivations.append(
                {c: None for c in TABLES["derivations"]}
                | {"id": n, "derived": d.derived, "source": d.source, "confidence": d.confidence,
                   "coverage": d.coverage, "credited": d.credited, "retitled": d.retitled,
                   "derived_title": docs[d.derived].title,
                   "evidence": "; ".join(f"{e.signal} {e.weight:.2f}: {e.detail}" for e in d.evidence)}
            )
            continue
        diff = report.diff(d.derived, d.source)
        derivations.append(
            {
                "id": n,
                "derived": d.derived,
                "source": d.source,
                "confidence": d.confidence,
                "coverage": d.coverage,
                "source_share": diff.source_share,
                "credited": d.credited,
                "retitled": d.retitled,
                "source_title": diff.title.source,
                "derived_title": diff.title.derived,
                **body_counts(diff),
                "furniture_added": diff.count("added", furniture=True),
                "furniture_dropped": diff.count("dropped", furniture=True),
                "evidence": "; ".join(f"{e.signal} {e.weight:.2f}: {e.detail}" for e in d.evidence),
            }
        )
        derived, source = docs[d.derived], docs[d.source]
        for position, op in enumerate(diff.operations):
            kinds = [derived.blocks[i].kind for i in op.derived_blocks] + [
                source.blocks[j].kind for j in op.source_blocks
            ]
            changes = [_change(e.source.strip(), e.derived.strip()) for e in op.edits if e.op != "equal"]
            operations.append(
                {
                    "id": len(operations) + 1,
                    "derivation_id": n,
                    "position": position,
                    "kind": op.kind,
                    "furniture": op.furniture,
                    "similarity": op.similarity,
                    "derived_blocks": ",".join(map(str, op.derived_blocks)),
                    "source_blocks": ",".join(map(str, op.source_blocks)),
                    "block_kinds": ",".join(sorted(set(kinds))),
                    "derived_text": "\n".join(derived.blocks[i].text for i in op.derived_blocks),
                    "source_text": "\n".join(source.blocks[j].text for j in op.source_blocks),
                    "word_changes": " | ".join(c.strip() for c in changes),
                }
            )
    skipped = [
        {"id": n, "origin": s.origin, "document": s.id, "error": s.error, "reason": s.reason}
        for n, s in enumerate(report.skipped, 1)
    ]
    return {"documents": documents, "derivations": derivations, "operations": operations, "skipped": skipped}


def to_pandas(report: Report) -> dict[str, Any]:
    """The tables as pandas DataFrames indexed by their key; needs the ``tables`` extra."""
    try:
        import pandas as pd
    except ImportError:
        raise RenderError(
            "to_pandas() needs pandas: pip install 'provenance[tables]' (or use to_records())"
        ) from None
    return {
        name: pd.DataFrame.from_records(rows, columns=list(TABLES[name])).set_index("id")
        for name, rows in to_records(report).items()
    }


def neutralise(value: Any) -> Any:
    """A CSV cell a spreadsheet will show, not run: text starting like a formula gets a leading ``'``.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-1 dead"), neutralise(0.5), neutralise("ok")
    ('\\'=HYPERLINK("http://x")', "'-1 dead", 0.5, 'ok')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return "" if value is None else neutralise(value)


def write_csv(report: Report, folder: str | Path, *, protect: tuple[Path, ...] = ()) -> list[Path]:
    """Write documents.csv, derivations.csv, operations.csv and skipped.csv into ``folder`` (UTF-8, header row)."""
    written = []
    for name, rows in to_records(report).items():
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        columns = list(TABLES[name])
        writer.writerow(columns)
        writer.writerows([_csv_cell(row[c]) for c in columns] for row in rows)
        written.append(write_text(Path(folder) / f"{name}.csv", buffer.getvalue(), protect=protect))
    return written


def write_sqlite(report: Report, path: str | Path, *, protect: tuple[Path, ...] = ()) -> Path:
    """Write the tables, with primary and foreign keys, to a new SQLite file at ``path``.

    The database is built in a temporary file beside ``path`` and renamed over it, so an
    existing file is replaced whole and a reader never sees half a database.
    """
    target = Path(path)
    refuse_input(target, protect)
    records = to_records(report)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
        try:
            with sqlite3.connect(tmp) as db:
                db.execute("PRAGMA foreign_keys = ON")
                for name, columns in TABLES.items():
                    spec = ", ".join(f'"{c}" {t}' for c, t in columns.items())
                    db.execute(f'CREATE TABLE "{name}" ({spec})')
                    marks = ", ".join("?" for _ in columns)
                    db.executemany(
                        f'INSERT INTO "{name}" VALUES ({marks})',
                        ([_sql(row[c]) for c in columns] for row in records[name]),
                    )
                db.execute('CREATE INDEX "operations_by_derivation" ON "operations" ("derivation_id", "position")')
            db.close()
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, sqlite3.Error) as exc:
        raise RenderError(f"cannot write {str(target)!r}: {exc}") from None
    return target


def _change(removed: str, inserted: str) -> str:
    return " ".join(([f"-{removed}"] if removed else []) + ([f"+{inserted}"] if inserted else []))


def _sql(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value
