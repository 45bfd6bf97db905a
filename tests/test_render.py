"""Diagrams: DOT that is byte-identical and matches a reviewed golden file, drawn by real Graphviz.

The golden files hold the DOT of the seeds and of the gallery corpus (tests/gallery.py). After
a deliberate change to the drawing, refresh them with

    PROVENANCE_REFRESH_GOLDEN=1 pytest tests/test_render.py tests/test_diagrams.py

and review the diff of tests/golden/ before committing.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from gallery import gallery_records
from needs import need_dot
from provenance import RenderError, Report, trace
from provenance.views.render import render_dot, svg_inline

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def gallery() -> Report:
    return trace(gallery_records())


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PROVENANCE_REFRESH_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{name} changed; see this module's docstring to refresh"


def test_seeds_dot_matches_golden(seeds_report):
    _check_golden("seeds.dot", seeds_report.to_dot())


def _hand_built_dot() -> str:
    """DOT of a graph made by hand, so the golden file follows the drawing code alone, not the
    tuning of alignment and direction: a chain, credited and uncredited edges, a retitle, an
    undetermined pair, an article alone, a missing outlet and date, and a label with quotes."""
    from provenance.corpus.graph import build_graph
    from provenance.models import Article, Derivation
    from provenance.views.dot import generate_dot

    when = {"wire": "2017-01-16T08:00:00", "paper": "2017-01-17T09:30:00", "blog": "2017-01-18T00:00:00"}
    articles = [
        Article(id=i, title=t, outlet=o, published=when.get(i), text=".")
        for i, t, o in (
            ("wire", "Rebels to attend peace talks in Astana", "Agency Wire"),
            ("paper", "All factions agree to attend talks", "Daily Paper"),
            ("blog", 'A "quoted" headline with a \\ backslash that runs long enough to wrap twice', None),
            ("alone", "River bursts its banks", "Valley News"),
            ("twin_a", "Two stories, one text", "Outlet A"),
            ("twin_b", "Two stories, one text", "Outlet B"),
        )
    ]
    derivations = [
        Derivation(derived="paper", source="wire", confidence=0.97, coverage=0.91, credited=True, retitled=True),
        Derivation(derived="blog", source="paper", confidence=0.8, coverage=1.0, credited=False, retitled=False),
    ]
    graph = build_graph(articles, derivations)
    return "\n".join(generate_dot(graph, undetermined=[("twin_b", "twin_a", 0.875)])) + "\n"


def test_hand_built_dot_matches_golden():
    _check_golden("gallery.dot", _hand_built_dot())
    assert _hand_built_dot() == _hand_built_dot()


def test_dot_is_byte_identical_across_runs_and_round_trips(gallery):
    again = trace(list(reversed(gallery_records())))
    assert again.to_dot() == gallery.to_dot()
    assert Report.model_validate_json(gallery.model_dump_json()).to_dot() == gallery.to_dot()


def test_dot_shows_what_a_reader_needs(gallery):
    dot = gallery.to_dot()
    node = re.search(r'"003_ded10d4972c90a83" \[(.*)\];', dot).group(1)
    assert "Libyan Express" in node and "All Syrian opposition factions" in node and "2017-01-17" in node
    credited = re.search(r'"003_ded10d4972c90a83" -> "000_2cd90f8013dc901a" \[(.*)\];', dot).group(1)
    uncredited = re.search(r'"echo_copy" -> "003_ded10d4972c90a83" \[(.*)\];', dot).group(1)
    assert 'label="100% ✓ ✎"' in credited and "credited its source; retitled" in credited
    assert "✗" in uncredited and "did NOT credit" in uncredited
    assert 'penwidth="3"' in uncredited and "#c0392b" in uncredited
    assert "retitled" not in uncredited and "✎" not in uncredited
    # The flood story shares no text: it sits in its own cluster, apart from the story.
    unrelated = dot.split('subgraph "cluster_unrelated"')[1].split("}")[0]
    assert '"flood"' in unrelated and "003_" not in unrelated


def test_undetermined_pairs_are_dashed_and_grouped():
    from provenance.views.dot import generate_dot

    report = trace(gallery_records())
    lines = list(generate_dot(report.graph, undetermined=[("flood", "echo_copy", 0.4)]))
    dot = "\n".join(lines)
    assert 'subgraph "cluster_unrelated"' not in dot
    edge = next(line for line in lines if line.startswith('  "echo_copy" -> "flood"'))
    assert 'style="dashed"' in edge and 'dir="none"' in edge and "40% shared ?" in edge


def test_render_svg_png_pdf(gallery, tmp_path):
    need_dot()
    svg = gallery.render(tmp_path / "g.svg")
    assert svg.read_bytes().lstrip().startswith(b"<?xml") and b"UNCREDITED" in svg.read_bytes()
    assert gallery.render(tmp_path / "g.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert gallery.render(tmp_path / "out.bin", format="pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(RenderError, match="choose one of svg, png, pdf"):
        gallery.render(tmp_path / "g.gif")


def test_hostile_labels_stay_text(tmp_path):
    need_dot()
    hostile = '<script>alert(1)</script> "quoted" \\ back'
    report = trace([
        {"id": 'a"<b>', "title": hostile, "text": "First paragraph of one article."},
        {"id": "plain", "text": "Nothing in common with the other one at all."},
    ])
    svg = svg_inline(report.to_dot())
    assert svg.startswith("<svg") and "<script" not in svg and "&lt;script&gt;" in svg
    assert "<!--" not in svg


def test_missing_dot_says_how_to_install(gallery, tmp_path, monkeypatch):
    need_dot()
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RenderError, match="apt-get install graphviz"):
        gallery.render(tmp_path / "g.svg")
    with pytest.raises(RenderError, match="apt-get install graphviz"):
        render_dot(gallery.to_dot(), "svg")
    assert gallery.to_dot().startswith("digraph")  # DOT needs no Graphviz
    assert not (tmp_path / "g.svg").exists()


def test_cli_render_and_its_error_without_dot(tmp_path, monkeypatch, capsys):
    from conftest import SEEDS
    from provenance.cli import main

    need_dot()
    assert main(["trace", str(SEEDS), "--quiet", "--render", str(tmp_path / "seeds.svg")]) == 0
    assert b"Syrian rebel groups to attend" in (tmp_path / "seeds.svg").read_bytes()
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main(["trace", str(SEEDS), "--quiet", "--render", str(tmp_path / "again.png")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("provenance: error: Graphviz's dot program was not found")
    assert "apt-get install graphviz" in err


def test_missing_graphviz_package_names_the_extra(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "graphviz", None)  # import graphviz now raises ImportError
    with pytest.raises(RenderError, match=r"pip install 'provenance\[render\]'"):
        render_dot("digraph {}", "svg")
