"""A small run of every benchmark (python -m bench --smoke), so the harness never rots.

It reads the real data in ../shared/data (or $PROVENANCE_DATA) and skips, saying so, when that
folder is missing; it writes its JSON and Markdown to a temporary folder, never over the
committed bench/results.json and docs/benchmarks.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import data_dir, have_data  # noqa: E402

FOLDERS = ("meter-courts", "clough_stevenson", "bbc_news_summary", "bbc_news", "reuters21578")
needs_data = pytest.mark.skipif(
    not have_data(*FOLDERS),
    reason=f"benchmark data not found at {data_dir()} (set PROVENANCE_DATA to the shared data folder)",
)


@pytest.fixture(scope="module")
def smoke(tmp_path_factory) -> tuple[dict, str]:
    from bench.__main__ import main

    out = tmp_path_factory.mktemp("bench")
    assert main(["--smoke", "--json", str(out / "results.json"), "--markdown", str(out / "benchmarks.md")]) == 0
    return json.loads((out / "results.json").read_text()), (out / "benchmarks.md").read_text()


@needs_data
def test_every_benchmark_ran(smoke):
    results, markdown = smoke
    assert {"seeds", "meter", "clough", "summary", "synthetic", "speed"} <= set(results)
    assert results["seeds"]["right"] == results["seeds"]["total"]
    assert "## Goals of issue #3" in markdown and "## Speed and memory" in markdown


@needs_data
def test_figures_are_rates(smoke):
    results, _ = smoke
    meter = results["meter"]
    assert 0.0 <= meter["provenance"]["all"]["macro_f1"] <= 1.0
    assert meter["direction"]["newspaper_derived_from_pa"] > 0
    for mode in ("dated", "undated"):
        mine = results["synthetic"][mode]["provenance"]
        assert mine["true_edges"] > 0 and 0.0 <= mine["edges"]["f1"] <= 1.0
        assert mine["mapping_misses"] == 0, "generated paragraphs must map onto the library's blocks"
        assert 0.0 <= mine["labels"]["accuracy"] <= 1.0
    assert results["summary"]["pairs"] > 0
    rows = results["speed"]["systems"]["provenance"]["rows"]
    assert rows[0]["finished"] and rows[0]["peak_rss_mb"] > 0


@pytest.mark.skipif(not have_data("bbc_news"), reason=f"bbc_news not found at {data_dir()}")
def test_generator_is_deterministic_and_consistent():
    from bench.generate import generate

    one, two = generate(11, 5, 3), generate(11, 5, 3)
    assert one.corpus(dated=True) == two.corpus(dated=True)
    assert [e for e in one.edges()] == [e for e in two.edges()]
    by_id = one.by_id
    for edge in one.edges():
        derived, source = by_id[edge.derived], by_id[edge.source]
        covered = sorted([i for d, _, _ in edge.groups for i in d] + list(edge.added))
        assert covered == list(range(len(derived.paras)))
        assert all(0 <= j < len(source.paras) for _, s, _ in edge.groups for j in s)
    assert all("published" not in r for r in one.corpus(dated=False))


@needs_data
def test_the_soak_benchmark_runs_small(tmp_path):
    from bench.soak import main

    out = tmp_path / "soak.json"
    code = main(["--seeds", "1", "--reuters-seeds", "1", "--articles", "60", "--reuters-articles", "60",
                 "--json", str(out)])
    result = json.loads(out.read_text())
    families = ("generated", "newsroom", "wiredesk", "copydesk", "pressroom", "beatdesk", "syndicate", "roundup",
                "bulletin", "reuters")
    assert [(r["family"], r["ok"]) for r in result["rows"]] == [(f, True) for f in families], result
    assert result["skipped"] == {}
    assert code == 0
    for row in result["rows"]:
        assert row["articles"] >= 50 and row["seconds"] >= 0
        assert {"chains_exact_share", "siblings_together_share", "unrelated_edges", "spanning_placeholders"} <= set(row)
    assert set(result["totals"]) == set(families)


@needs_data
def test_the_soak_can_trace_the_held_out_families_alone(tmp_path):
    from bench.soak import main

    out = tmp_path / "soak.json"
    main(["--seeds", "1", "--reuters-seeds", "", "--articles", "60", "--families", "copydesk,syndicate",
          "--json", str(out)])
    result = json.loads(out.read_text())
    assert [r["family"] for r in result["rows"]] == ["copydesk", "syndicate"]
    assert set(result["totals"]) == {"copydesk", "syndicate"}
