"""Cost and shape of the diagram: ``python -m bench.diagrams``.

Generated corpora (:func:`bench.generate.generate`, BBC News text; the largest filled up with
unrelated Reuters-21578 stories, as the soak does) of about 8, 100 and 1,000 articles are traced
once; then the diagram is drawn three times each (``to_dot`` and Graphviz's
``dot`` to SVG, in one timing, as ``render`` does), and the median is reported with the trace's
own time from the same run as the baseline; so is drawing every story of the corpus (none left
out), the cost of the whole corpus in one picture. The shape of each drawing (width, height, aspect
ratio, from ``dot -Tjson``), the stories drawn and left out, and the undetermined lines drawn
are reported too. Needs Graphviz's ``dot``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from statistics import median
from typing import Any

from provenance import trace
from provenance.views.dot import generate_dot
from provenance.views.render import dot_available, render_dot

from . import ROOT, have_data
from .generate import generate
from .soak import _padding

__all__ = ["run"]

OUT = ROOT / "bench" / "results" / "diagrams.json"
#: (networks, negatives, unrelated Reuters stories) for each size: about 8, 100 and 1,000 articles.
SIZES = ((2, 1, 0), (25, 20, 0), (180, 40, 240))
REPEATS = 3


def _shape(source: str) -> dict[str, float]:
    done = subprocess.run(["dot", "-Tjson"], input=source.encode(), capture_output=True, check=True)
    x0, y0, x1, y1 = (float(v) for v in json.loads(done.stdout)["bb"].split(","))
    return {"width_pt": round(x1 - x0), "height_pt": round(y1 - y0),
            "aspect": round((x1 - x0) / (y1 - y0), 2), "dot_warnings": len(done.stderr.splitlines())}


def run(seed: int = 3) -> dict[str, Any]:
    """Figures for each size."""
    if not have_data("bbc_news", "reuters21578"):
        return {"skipped": "../shared/data/bbc_news or reuters21578 is missing"}
    if not dot_available():
        return {"skipped": "Graphviz's dot is not installed"}
    rows = []
    for networks, negatives, padding in SIZES:
        records = generate(seed, networks=networks, negatives=negatives).corpus() + _padding(padding, seed)
        started = time.perf_counter()
        report = trace(records)
        traced = time.perf_counter() - started
        times = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            source = report.to_dot()
            render_dot(source, "svg")
            times.append(time.perf_counter() - started)
        every = []  # every story drawn, none left out: the cost of the whole corpus in one picture
        undetermined = [(p.a, p.b, max(p.share_a, p.share_b)) for p in report.pairs if p.relation == "undetermined"]
        for _ in range(REPEATS):
            started = time.perf_counter()
            whole = "\n".join(generate_dot(report.graph, undetermined=undetermined, max_stories=10**9))
            render_dot(whole, "svg")
            every.append(time.perf_counter() - started)
        rows.append({
            "articles": len(records),
            "trace_s": round(traced, 2),
            "draw_s_median": round(median(times), 2),
            "draw_over_trace": round(median(times) / traced, 2),
            "draw_every_story_s_median": round(median(every), 2),
            "every_story_shape": _shape(whole),
            "stories_drawn": source.count("subgraph \"cluster_story_"),
            "undetermined_lines": source.count('style="dashed", tooltip='),
            **_shape(source),
        })
    return {"seed": seed, "repeats": REPEATS, "sizes": rows}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    result = run(args.seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
