"""The ``provenance`` command: trace a corpus from the shell and write what it found."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import InputFormatError, ProvenanceError, RenderError
from .index import check_index
from .models import Pair
from .optional import require
from .pipeline import trace
from .reading.links import read_links
from .reading.urls import is_link
from .report import Report
from .settings import CandidateSettings, DirectionSettings, FetchSettings, LoadSettings, Settings
from .views.output import check_writable, write_text

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
    t.add_argument("--story", type=_positive, metavar="N",
                   help="with --dot or --render, draw story N alone (numbered from 1, largest first, as in "
                   "the diagram); without it a big corpus draws its 40 largest stories")
    t.add_argument("--csv", metavar="DIR",
                   help="write documents.csv, derivations.csv, operations.csv, skipped.csv into DIR")
    t.add_argument("--sqlite", metavar="FILE",
                   help="write tables documents, derivations, operations, skipped to SQLite")
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
    r = sub.add_parser(
        "train",
        help="refit the pair model on your own labelled pairs",
        description="Trace a corpus, find the labelled pairs among those sharing text, and refit the pair model "
        "to them, starting from the model in use and drawn towards it. LABELS is a .csv or .jsonl file with the "
        "columns a, b and relation (derived: a derived from b; b_from_a; siblings; none). Use the model with "
        "'provenance trace --model FILE'.",
    )
    r.add_argument("paths", nargs="+", metavar="PATH", help="folders or files of the labelled corpus")
    r.add_argument("--labels", required=True, metavar="LABELS", help="the labelled pairs, .csv or .jsonl")
    r.add_argument("--output", "-o", required=True, metavar="FILE", help="write the refitted model here (JSON)")
    r.add_argument("--l2", type=float, default=1.0, metavar="X",
                   help="how strongly the weights are held to the model in use (default 1.0)")
    _reading_options(r)
    r.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
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
    _on_error(d)
    return parser


def _reading_options(command: argparse.ArgumentParser) -> None:
    """How to read the input: columns, aliases, dates, what to do with a bad item, the limits, and
    for links the list, cache and robots.txt."""
    command.add_argument("--links", action="append", default=[], metavar="FILE",
                         help="read the links in FILE (one URL a line, # comments) as articles; repeatable")
    command.add_argument("--column", action="append", default=[], metavar="FIELD=NAME",
                         help="read records' column NAME as FIELD (id, title, text, outlet, url, published); "
                         "repeatable")
    command.add_argument("--alias", action="append", default=[], metavar="NAME=OUTLET",
                         help="treat outlet NAME as OUTLET, e.g. --alias 'AJ=Al Jazeera'; repeatable")
    command.add_argument("--model", metavar="FILE",
                         help="decide pairs with this refitted pair model (from 'provenance train')")
    words = CandidateSettings().shingle_words
    command.add_argument("--shingle-words", type=_positive, default=words, metavar="N",
                         help=f"words in one shingle, the unit in which the candidate search finds shared text "
                         f"(default {words}); 3 finds more heavily rewritten copies, in about 1.5 times the time")
    command.add_argument("--date-order", choices=("dmy", "mdy"), default=None,
                         help="how numeric dates like 04/03/2025 are written: day first or month first")
    _on_error(command)
    limits = LoadSettings()
    command.add_argument("--max-chars", type=_positive, default=limits.max_chars, metavar="N",
                         help=f"longest article accepted, in characters (default {limits.max_chars:,}); "
                         "a longer one is an error, or skipped")
    command.add_argument("--max-paragraphs", type=_positive, default=limits.max_blocks, metavar="N",
                         help=f"most paragraphs accepted in one article (default {limits.max_blocks:,}); "
                         "more is an error, or skipped")
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
        return Settings(direction=DirectionSettings(model=args.model),
                        candidates=CandidateSettings(shingle_words=args.shingle_words),
                        load=LoadSettings(date_order=args.date_order.upper() if args.date_order else None,
                                          max_chars=args.max_chars, max_blocks=args.max_paragraphs),
                        fetch=FetchSettings(ignore_robots=tuple(args.ignore_robots),
                                            **({} if args.pause is None else {"pause": args.pause})))
    except ValidationError as exc:
        raise ProvenanceError("; ".join(
            f"{_OPTIONS.get(str(e['loc'][-1]), e['loc'][-1])} {e['input']!r}: {e['msg'][0].lower()}{e['msg'][1:]}"
            for e in exc.errors()
        )) from None


#: The option that sets each field of the settings :func:`_settings` builds, to name it in an error.
_OPTIONS = {"model": "--model", "shingle_words": "--shingle-words", "date_order": "--date-order",
            "max_chars": "--max-chars", "max_blocks": "--max-paragraphs", "ignore_robots": "--ignore-robots",
            "pause": "--pause"}


def _inputs(args: argparse.Namespace) -> tuple[Path, ...]:
    """The run's input files: never written over."""
    return tuple(Path(p) for p in [*args.paths, *args.links] if not is_link(p))


def _on_error(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--on-error", choices=("raise", "skip"), default="raise",
        help="an item that cannot be read or is over a limit, or a link that cannot be fetched: stop with its "
        "error (raise, the default), or leave it out, go on, and list it in the summary and the report (skip)",
    )


def _positive(value: str) -> int:
    """A whole number of at least 1, for a limit given in the shell."""
    try:
        number = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, not {value!r}")
    return number


def _assignments(values: Sequence[str], option: str) -> dict[str, str]:
    """``["a=b", ...]`` from a repeated option as a dict; raises ProvenanceError for a value without "="."""
    found = {}
    for value in values:
        name, sep, target = value.partition("=")
        if not sep or not name.strip() or not target.strip():
            raise ProvenanceError(f"{option} {value!r}: expected NAME=VALUE")
        found[name.strip()] = target.strip()
    return found


#: The files ``--csv DIR`` writes.
CSV_FILES = ("documents.csv", "derivations.csv", "operations.csv", "skipped.csv")


def _check_outputs(
    args: argparse.Namespace, protect: tuple[Path, ...], settings: Settings, *, index_written: bool = True
) -> None:
    """Check, before anything is read or written, that every output asked for can be made: its
    extra installed, ``dot`` present for ``--render``, its folder writable, not an input of the
    run, no two outputs on one file. Raises one error naming every output that cannot be made.
    The index given is checked as an output when the run writes to it (``index_written``), else
    only as an index."""
    problems: list[tuple[str, ProvenanceError]] = []
    files: dict[Path, str] = {}

    def check(option: str, path: str, needs: Callable[[], object] | None = None, *, folder: bool = False) -> None:
        """Whether ``path`` can be written, then whatever else the output ``needs`` (it raises if missing)."""
        try:
            check_writable(path, protect, folder=folder)
            if needs is not None:
                needs()
        except ProvenanceError as exc:
            problems.append((option, exc))
        for name in CSV_FILES if folder else ("",):
            target = (Path(path) / name if name else Path(path)).resolve()
            if target in files:
                problems.append((option, RenderError(
                    f"{files[target]} and {option} both write {str(target)!r}: give each output its own file"
                )))
            files[target] = option

    from .views.render import check_render

    def given(name: str) -> str | None:  # an output option of this command, if given
        return getattr(args, name, None)

    for option in ("--json", "--dot", "--html", "--sqlite"):
        path = given(option[2:])
        if path:
            check(option, path)
    index = given("index")
    if index and index_written:
        check("--index", index, lambda: check_index(index, settings.candidates))
    elif index:
        try:
            check_index(index, settings.candidates)
        except ProvenanceError as exc:
            problems.append(("--index", exc))
    prov, render, csv_dir = given("prov"), given("render"), given("csv")
    if given("story") and not (given("dot") or render):
        needs = RenderError("--story N chooses the story that --dot or --render draws: give one of them")
        problems.append(("--story", needs))
    if prov:
        check("--prov", prov, lambda: require("prov.model", "prov", f"--prov {prov}"))
    if render:
        check("--render", render, lambda: check_render(render))
    if csv_dir:
        check("--csv", csv_dir, folder=True)
    if len(problems) == 1:
        raise problems[0][1]
    if problems:
        raise RenderError(
            f"{len(problems)} outputs cannot be made, so nothing was written: "
            + "; ".join(f"{option}: {exc}" for option, exc in problems)
        )


def _run_trace(args: argparse.Namespace) -> int:
    corpus = _corpus(args.paths, args.links)
    columns, aliases = _assignments(args.column, "--column"), _assignments(args.alias, "--alias")
    protect = _inputs(args)
    settings = _settings(args)
    _check_outputs(args, protect, settings)  # the index is written to as well: never an input, nor in an input folder
    report = trace(
        corpus,
        settings=settings,
        aliases=aliases,
        workers=args.workers,
        engine=args.engine,
        progress=not args.quiet and sys.stderr.isatty(),
        index=args.index,
        on_error=args.on_error,
        cache=args.cache,
        refresh=args.refresh,
        **columns,
    )
    # The diagram first: a story that does not exist is said before any output is written.
    dot = report.to_dot(story=args.story) if args.dot or args.render else ""
    if args.json:
        write_text(args.json, report.to_json() + "\n", protect=protect)
    if args.dot:
        write_text(args.dot, dot, protect=protect)
    if args.prov:
        prov = report.to_prov_n() if args.prov.lower().endswith(".provn") else report.to_prov_json()
        write_text(args.prov, prov + "\n", protect=protect)
    if args.html:
        write_text(args.html, report.to_html(), protect=protect)
    if args.render:
        from .views.render import render_to_file

        render_to_file(dot, args.render, protect=protect)
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
    settings = _settings(args)
    read = (*protect, Path(args.index))  # without --store the index is only read: an input, never written over
    _check_outputs(args, protect if args.store else read, settings, index_written=args.store)
    found = audit(
        corpus,
        index=args.index,
        store=args.store,
        settings=settings,
        aliases=aliases,
        progress=not args.quiet and sys.stderr.isatty(),
        on_error=args.on_error,
        cache=args.cache,
        refresh=args.refresh,
        **columns,
    )
    protect = read
    if args.json:
        write_text(args.json, found.to_json() + "\n", protect=protect)
    if args.html:
        write_text(args.html, found.to_html(), protect=protect)
    if not args.quiet:
        print(found.summary())
    return 0


def _run_train(args: argparse.Namespace) -> int:
    from .training import train

    protect = (*_inputs(args), Path(args.labels))
    check_writable(args.output, protect=protect)
    model, used = train(_corpus(args.paths, args.links), args.labels, settings=_settings(args), l2=args.l2)
    write_text(args.output, model.to_json(), protect=protect)
    if not args.quiet:
        counts = ", ".join(f"{n} {k}" for k, n in used["labels"].items())
        print(f"fitted on {used['labelled_pairs']} labelled pairs ({counts}); wrote {args.output}")
        if used["not_sharing_text"]:
            print(f"{len(used['not_sharing_text'])} labelled pairs share no text the tracer found and were not used")
        if used["sharing_too_little"]:
            print(f"{len(used['sharing_too_little'])} labelled pairs share too little for anything to be decided "
                  "between them and were not used")
    return 0


def _pair(report: Report, a: str, b: str) -> Pair | None:
    """The pair of the report made of articles ``a`` and ``b``, if they share text."""
    return next((p for p in report.pairs if {p.a, p.b} == {a, b}), None)


def _run_diff(args: argparse.Namespace) -> int:
    if len(args.paths) == 1 and args.paths[0].endswith(".json") and Path(args.paths[0]).is_file():
        try:
            report = Report.read_json(args.paths[0])
        except InputFormatError:  # a JSON file of records, not a saved report
            report = trace(args.paths[0], on_error=args.on_error)
    else:
        report = trace(_corpus(args.paths), on_error=args.on_error)
    derived, source = report.article(args.derived), report.article(args.source)
    diff = report.diff_of(derived, source)
    from .views.names import Names
    from .views.terminal import diff_lines, use_colour

    lines = diff_lines(
        diff, derived, source, colour=use_colour(sys.stdout, args.color), pair=_pair(report, args.derived, args.source),
        names=Names.of(report),
    )
    for line in lines:
        print(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 bad usage)."""
    args = _parser().parse_args(argv)
    try:
        run = {"trace": _run_trace, "audit": _run_audit, "train": _run_train, "diff": _run_diff}[args.command]
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
