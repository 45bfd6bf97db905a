"""The ``provenance`` command: trace a corpus from the shell and write what it found."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import ProvenanceError
from .pipeline import trace
from .reading.links import read_links
from .reading.urls import is_link
from .report import Report
from .settings import FetchSettings, LoadSettings, Settings
from .views.output import refuse_input, write_text

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="provenance",
        description="Trace how news articles are syndicated and reused: who copied whom, and what they changed.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    t = sub.add_parser(
        "trace",
        help="trace a corpus and print who derived from whom",
        description="Trace a corpus (folders, .txt/.md files, .jsonl/.json/.csv records, .html pages, "
        ".warc crawls, links to web pages) and print a summary.",
    )
    t.add_argument("paths", nargs="*", metavar="PATH", help="folders or files of articles, or http(s) links")
    t.add_argument("--json", metavar="FILE", help="write the full report as JSON")
    t.add_argument("--dot", metavar="FILE", help="write the derived-from graph as Graphviz DOT")
    t.add_argument("--prov", metavar="FILE", help="write W3C PROV: PROV-N if FILE ends .provn, else PROV-JSON")
    _reading_options(t)
    t.add_argument("--html", metavar="FILE", help="write a self-contained HTML report (opens offline)")
    t.add_argument("--render", metavar="FILE", help="draw the diagram as .svg, .png or .pdf (needs Graphviz)")
    t.add_argument("--csv", metavar="DIR", help="write documents.csv, derivations.csv, operations.csv into DIR")
    t.add_argument("--sqlite", metavar="FILE", help="write tables documents, derivations, operations to SQLite")
    t.add_argument("--workers", "-w", type=int, default=1, metavar="N", help="worker processes (default 1)")
    t.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="run on local processes or a Dask LocalCluster of N workers (needs provenance[dask])")
    t.add_argument("--index", metavar="FILE",
                   help="SQLite candidate index: compare the new articles with those stored, then store them")
    t.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    a = sub.add_parser(
        "audit",
        help="find the stored articles each article shares text with",
        description="Audit articles (files, records, links) against the articles stored in a candidate index: "
        "for each, the stored ones it shares text with, ranked, with direction, credit and differences. "
        "The index is left as it was unless --store is given.",
    )
    a.add_argument("paths", nargs="*", metavar="ARTICLE", help="files of articles, or http(s) links")
    a.add_argument("--index", metavar="FILE", required=True, help="the SQLite candidate index of the archive")
    a.add_argument("--store", action="store_true", help="store the audited articles in the index afterwards")
    a.add_argument("--json", metavar="FILE", help="write the full audit as JSON")
    a.add_argument("--html", metavar="FILE", help="write a self-contained HTML page: rankings and side-by-side views")
    _reading_options(a)
    a.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    d = sub.add_parser(
        "diff",
        help="show how one article differs from another",
        description="Compare a derived article with its source, paragraph by paragraph and word by word.",
    )
    d.add_argument("derived", metavar="DERIVED", help="id of the derived article")
    d.add_argument("source", metavar="SOURCE", help="id of the source article")
    d.add_argument("paths", nargs="+", metavar="PATH", help="folders or files of articles, or a saved report .json")
    d.add_argument(
        "--color", "--colour", choices=("auto", "always", "never"), default="auto",
        help="colour the output: auto (when stdout is a terminal and NO_COLOR is unset), always, never",
    )
    return parser


def _reading_options(command: argparse.ArgumentParser) -> None:
    """How to read the input: columns, aliases, dates, and for links the list, cache and robots.txt."""
    command.add_argument("--links", action="append", default=[], metavar="FILE",
                         help="read the links in FILE (one URL a line, # comments) as articles; repeatable")
    command.add_argument("--column", action="append", default=[], metavar="FIELD=NAME",
                         help="read records' column NAME as FIELD (id, title, text, outlet, url, published); "
                         "repeatable")
    command.add_argument("--alias", action="append", default=[], metavar="NAME=OUTLET",
                         help="treat outlet NAME as OUTLET, e.g. --alias 'AJ=Al Jazeera'; repeatable")
    command.add_argument("--date-order", choices=("dmy", "mdy"), default=None,
                         help="how numeric dates like 04/03/2025 are written: day first or month first")
    command.add_argument("--cache", metavar="DIR",
                         help="keep fetched pages in DIR (default: $PROVENANCE_CACHE, else the user's cache folder)")
    command.add_argument("--refresh", action="store_true", help="fetch every link again, even if it is in the cache")
    command.add_argument("--ignore-robots", action="append", default=[], metavar="HOST",
                         help="do not consult HOST's robots.txt (for a site of your own); repeatable")
    command.add_argument("--pause", type=float, default=None, metavar="SECONDS",
                         help=f"seconds between two requests to one site (default {FetchSettings().pause:g})")


def _corpus(paths: Sequence[str], links: Sequence[str] = ()) -> list[Any] | Path:
    """The items to read: paths (which must exist), links given as arguments, links from --links files."""
    items: list[Any] = []
    for p in paths:
        if is_link(p):
            items.append(p.strip())
            continue
        path = Path(p)
        if not path.exists():
            raise ProvenanceError(f"{p} does not exist")
        items.append(path)
    for file in links:
        items.extend(read_links(file))
    if not items:
        raise ProvenanceError("nothing to read: give files, folders or links, or --links FILE")
    return items[0] if len(items) == 1 and isinstance(items[0], Path) else items


def _settings(args: argparse.Namespace) -> Settings:
    try:
        return Settings(load=LoadSettings(date_order=args.date_order.upper() if args.date_order else None),
                        fetch=FetchSettings(ignore_robots=tuple(args.ignore_robots),
                                            **({} if args.pause is None else {"pause": args.pause})))
    except ValidationError as exc:
        raise ProvenanceError("; ".join(e["msg"] for e in exc.errors())) from None


def _inputs(args: argparse.Namespace) -> tuple[Path, ...]:
    """The run's input files: never written over."""
    return tuple(Path(p) for p in [*args.paths, *args.links] if not is_link(p))


def _assignments(values: Sequence[str], option: str) -> dict[str, str]:
    """``["a=b", ...]`` from a repeated option as a dict; raises ProvenanceError for a value without "="."""
    found = {}
    for value in values:
        name, sep, target = value.partition("=")
        if not sep or not name.strip() or not target.strip():
            raise ProvenanceError(f"{option} {value!r}: expected NAME=VALUE")
        found[name.strip()] = target.strip()
    return found


def _run_trace(args: argparse.Namespace) -> int:
    corpus = _corpus(args.paths, args.links)
    columns, aliases = _assignments(args.column, "--column"), _assignments(args.alias, "--alias")
    protect = _inputs(args)
    if args.index:  # the index is written to: never an input file, nor a new file inside an input folder
        refuse_input(args.index, protect)
    report = trace(
        corpus,
        settings=_settings(args),
        aliases=aliases,
        workers=args.workers,
        engine=args.engine,
        progress=not args.quiet and sys.stderr.isatty(),
        index=args.index,
        cache=args.cache,
        refresh=args.refresh,
        **columns,
    )
    if args.json:
        write_text(args.json, report.to_json() + "\n", protect=protect)
    if args.dot:
        write_text(args.dot, report.to_dot(), protect=protect)
    if args.prov:
        prov = report.to_prov_n() if args.prov.lower().endswith(".provn") else report.to_prov_json()
        write_text(args.prov, prov + "\n", protect=protect)
    if args.html:
        write_text(args.html, report.to_html(), protect=protect)
    if args.render:
        from .views.render import render_to_file

        render_to_file(report.to_dot(), args.render, protect=protect)
    if args.csv or args.sqlite:
        from .views.tables import write_csv, write_sqlite

        if args.csv:
            write_csv(report, args.csv, protect=protect)
        if args.sqlite:
            write_sqlite(report, args.sqlite, protect=protect)
    if not args.quiet:
        print(report.summary())
    return 0


def _run_audit(args: argparse.Namespace) -> int:
    from .auditing import audit

    corpus = _corpus(args.paths, args.links)
    columns, aliases = _assignments(args.column, "--column"), _assignments(args.alias, "--alias")
    protect = _inputs(args)
    if args.store:
        refuse_input(args.index, protect)
    found = audit(
        corpus,
        index=args.index,
        store=args.store,
        settings=_settings(args),
        aliases=aliases,
        progress=not args.quiet and sys.stderr.isatty(),
        cache=args.cache,
        refresh=args.refresh,
        **columns,
    )
    protect += (Path(args.index),)
    if args.json:
        write_text(args.json, found.to_json() + "\n", protect=protect)
    if args.html:
        write_text(args.html, found.to_html(), protect=protect)
    if not args.quiet:
        print(found.summary())
    return 0


def _run_diff(args: argparse.Namespace) -> int:
    if len(args.paths) == 1 and args.paths[0].endswith(".json") and Path(args.paths[0]).is_file():
        try:
            report = Report.read_json(args.paths[0])
        except ValueError:
            report = trace(args.paths[0])
    else:
        report = trace(_corpus(args.paths))
    diff = report.diff(args.derived, args.source)
    derived, source = report.document(args.derived), report.document(args.source)
    from .views.terminal import diff_lines, use_colour

    for line in diff_lines(diff, derived, source, colour=use_colour(sys.stdout, args.color)):
        print(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 bad usage)."""
    args = _parser().parse_args(argv)
    try:
        run = {"trace": _run_trace, "audit": _run_audit, "diff": _run_diff}[args.command]
        return run(args)
    except ProvenanceError as exc:
        print(f"provenance: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into head or less, which closed early
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("provenance: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
