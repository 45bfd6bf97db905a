"""Regenerate the examples in docs/ from the seeds: schema, diagram and report screenshot.

    python docs/refresh.py

writes docs/report.schema.json (Report.model_json_schema()), docs/seeds.svg and
docs/diagram-100.png (a generated corpus of 100 articles; both need Graphviz's dot) and
docs/report.png (a screenshot of the seeds' HTML report in Debian's headless Chromium, driven by
the playwright package; no browser is downloaded). tests/test_docs.py fails when the
schema is out of date.
"""

from __future__ import annotations

import json
import sys
import tempfile
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
    import os

    from provenance.cli import _parser

    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"
    try:
        parser = _parser()
        parts = ["# Command-line reference", "",
                 "Generated from `--help` by `python docs/refresh.py`; tests/test_docs.py fails when it drifts.",
                 "", "## provenance", "", "```", parser.format_help().rstrip(), "```"]
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        for name, command in sub.choices.items():
            parts += ["", f"## provenance {name}", "", "```", command.format_help().rstrip(), "```"]
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old
    return "\n".join(parts) + "\n"


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
    report = trace(SEEDS)
    report.render(DOCS / "seeds.svg")
    screenshot(report, DOCS / "report.png")
    corpus_diagram(DOCS / "diagram-100.png")
    print("wrote report.schema.json, cli.md, seeds.svg, report.png, diagram-100.png in", DOCS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
