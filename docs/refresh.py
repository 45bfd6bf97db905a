"""Regenerate the examples in docs/ from the seeds: schema, diagram and report screenshot.

    python docs/refresh.py

writes docs/report.schema.json (Report.model_json_schema()), docs/cli.md (every ``--help``),
docs/seeds.svg and docs/diagram-100.png (a generated corpus of 100 articles; both need Graphviz's
dot) and docs/report.png (a screenshot of the seeds' HTML report in Debian's headless Chromium,
driven by the playwright package; no browser is downloaded).

It also fills the generated parts of README.md, docs/guide.md and docs/concepts.md: the text
between ``<!-- refresh: NAME -->`` and ``<!-- /refresh -->`` is the snippet NAME of
:func:`snippets`, the real output of the command it shows (run on the seeds, or on a small archive
made for the example), the CLI's usage lines, the report's JSON keys, or a figure of the seeds'
trace. tests/test_docs.py fails when the schema, cli.md or any generated part is out of date.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path

from provenance import Report, trace

DOCS = Path(__file__).resolve().parent
SEEDS = DOCS.parent / "seeds"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def schema_text() -> str:
    """The JSON schema of a saved report, as committed in docs/report.schema.json."""
    return json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def cli_text() -> str:
    """docs/cli.md: the ``--help`` of the command and of each subcommand, at a fixed width."""
    import argparse

    from provenance.cli import _parser

    with _columns():
        parser = _parser()
        parts = ["# Command-line reference", "",
                 "Generated from `--help` by `python docs/refresh.py`; tests/test_docs.py fails when it drifts.",
                 "", "## provenance", "", "```", parser.format_help().rstrip(), "```"]
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        for name, command in sub.choices.items():
            parts += ["", f"## provenance {name}", "", "```", command.format_help().rstrip(), "```"]
    return "\n".join(parts) + "\n"


#: Files with generated parts, relative to the repository.
GENERATED = ("README.md", "docs/guide.md", "docs/concepts.md")
#: A generated part: its snippet's name, then the text that :func:`fill` replaces.
MARK = re.compile(r"<!-- refresh: (?P<name>[a-z0-9-]+) -->(?P<body>.*?)<!-- /refresh -->", re.S)


@contextlib.contextmanager
def _columns(width: int = 100) -> Iterator[None]:
    """Help and usage wrapped at a fixed width, whatever the terminal."""
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def _archive(root: Path) -> None:
    """The archive of the guide's example of bad items: the seeds as two outlets' files, a file in an
    unknown encoding, a JSON Lines file with an empty record, and three files that are not articles."""
    for outlet, seed in (("aljazeera", "000"), ("libyan-express", "003")):
        (root / "archive" / outlet).mkdir(parents=True)
        text = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
        (root / "archive" / outlet / "astana-talks.txt").write_text(text, encoding="utf-8")
    (root / "archive" / "libyan-express" / "0311.txt").write_bytes(b"Tripoli port news\x81 closed today.\n")
    wires = [
        {"id": "wire-1", "text": "Harbour cranes\n\nThe harbour authority ordered two new cranes for the east quay."},
        {"id": "wire-2", "text": ""},
        {"id": "wire-3", "text": "School term\n\nSchools in the region open a week later this year, officials said."},
    ]
    (root / "archive" / "wires.jsonl").write_text("".join(json.dumps(w) + "\n" for w in wires), encoding="utf-8")
    (root / "archive" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    (root / "archive" / "aljazeera" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64))
    (root / "archive" / "notes.docx").write_bytes(b"PK\x03\x04" + bytes(64))


def _run(args: Sequence[str]) -> str:
    """``$ provenance ARGS`` and what it prints (stdout, then an error line), run in a folder holding
    ``seeds/`` and the example ``archive/``, so the paths read as the docs give them."""
    from provenance.cli import main

    here = Path.cwd()
    with tempfile.TemporaryDirectory() as tmp, _columns():
        root = Path(tmp)
        shutil.copytree(SEEDS, root / "seeds")
        _archive(root)
        out, err = io.StringIO(), io.StringIO()
        os.chdir(root)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                main(list(args))
        finally:
            os.chdir(here)
    return f"$ provenance {' '.join(args)}\n{err.getvalue()}{out.getvalue()}".rstrip("\n")


def _console(*commands: Sequence[str]) -> str:
    """A console block of the commands and their real output."""
    return "\n```console\n" + "\n".join(_run(c) for c in commands) + "\n```\n"


def _synopsis() -> str:
    """The usage line of every subcommand, as ``--help`` prints it."""
    import argparse

    from provenance.cli import _parser

    with _columns():
        parser = _parser()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        usage = [command.format_usage().strip().removeprefix("usage: ") for command in sub.choices.values()]
    return "\n```text\n" + "\n".join(usage) + "\n```\n"


def _json_keys() -> str:
    """The top-level keys of a saved report, in the order they are written."""
    return ", ".join(f"`{name}`" for name in Report.model_fields)


def _json_defs() -> str:
    """The types the schema describes field by field."""
    return ", ".join(f"`{name}`" for name in sorted(Report.model_json_schema()["$defs"]))


@cache
def _seeds() -> Report:
    return trace(SEEDS)


def _seeds_pair(field: str) -> Callable[[], str]:
    """A figure of the seeds' one pair: the share of the copy's (or the source's) body in the other."""

    def figure() -> str:
        d = _seeds().derivations[0]
        pair = next(p for p in _seeds().pairs if {p.a, p.b} == {d.derived, d.source})
        copy_share = pair.share_a if pair.a == d.derived else pair.share_b
        source_share = pair.share_b if pair.a == d.derived else pair.share_a
        return f"{copy_share if field == 'copy' else source_share:.0%}"

    return figure


def _seeds_confidence() -> str:
    from provenance.views.wording import confidence_text

    value = _seeds().derivations[0].confidence
    return f"{value:g} (shown as {confidence_text(value)})"


def snippets() -> dict[str, Callable[[], str]]:
    """Every generated part by name, each made only when a document asks for it."""
    return {
        "trace-seeds": lambda: _console(["trace", "seeds/", "--json", "out.json", "--dot", "out.dot"]),
        "trace-seeds-html": lambda: _console(["trace", "seeds/", "--html", "report.html"]),
        "trace-archive": lambda: _console(["trace", "archive/"], ["trace", "archive/", "--on-error", "skip"]),
        "cli-synopsis": _synopsis,
        "json-keys": _json_keys,
        "json-defs": _json_defs,
        "seeds-copy-share": _seeds_pair("copy"),
        "seeds-source-share": _seeds_pair("source"),
        "seeds-confidence": _seeds_confidence,
    }


def fill(text: str, made: dict[str, str] | None = None) -> str:
    """``text`` with each generated part replaced by its snippet's current text.

    Raises KeyError naming a part whose snippet does not exist. ``made`` keeps the snippets made so
    far, so a snippet used in several documents runs once.
    """
    known = snippets()
    made = {} if made is None else made

    def part(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in known:
            raise KeyError(f"no snippet {name!r}: the snippets are {', '.join(known)}")
        if name not in made:
            made[name] = known[name]()
        return f"<!-- refresh: {name} -->{made[name]}<!-- /refresh -->"

    return MARK.sub(part, text)


def generated_texts() -> dict[str, str]:
    """Each file of :data:`GENERATED` as it should read, by its path in the repository."""
    made: dict[str, str] = {}
    root = DOCS.parent
    return {path: fill((root / path).read_text(encoding="utf-8"), made) for path in GENERATED}


def screenshot(report: Report, png: Path) -> None:
    """The top of the seeds' HTML report (diagram, summary, first rows of the side-by-side view)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        page_path = Path(tmp) / "report.html"
        report.to_html(page_path)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(page_path.as_uri())
        top = page.locator("section.derivation").first.bounding_box()["y"]
        page.screenshot(path=str(png), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": top + 900})
        browser.close()


def corpus_diagram(png: Path, articles: int = 100) -> None:
    """The diagram of a generated corpus of ``articles`` articles (tests/story_families.py): how
    a corpus of many small stories is packed."""
    sys.path.insert(0, str(DOCS.parent / "tests"))
    from story_families import build, sized_spec

    records, _ = build(sized_spec(articles, seed=articles))
    trace(records).render(png)


def main() -> int:
    (DOCS / "report.schema.json").write_text(schema_text(), encoding="utf-8")
    (DOCS / "cli.md").write_text(cli_text(), encoding="utf-8")
    for path, text in generated_texts().items():
        (DOCS.parent / path).write_text(text, encoding="utf-8")
    report = trace(SEEDS)
    report.render(DOCS / "seeds.svg")
    screenshot(report, DOCS / "report.png")
    corpus_diagram(DOCS / "diagram-100.png")
    print("wrote report.schema.json, cli.md, seeds.svg, report.png, diagram-100.png in", DOCS,
          "and filled", ", ".join(GENERATED))
    return 0


if __name__ == "__main__":
    sys.exit(main())
