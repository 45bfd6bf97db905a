"""Diagrams a person can read at 8, 100 and 1,000 articles, laid out by the real ``dot``.

Each generated corpus (tests/story_families.py) is traced, drawn as DOT and laid out with
``dot -Tjson``; the test asserts what a reader would see: the drawing is between 1:3 and 3:1,
no two edge labels overlap, no more undetermined lines are drawn than there are articles, and
``dot`` prints no warning. A PNG of each is saved in the test's tmp folder (the path is printed;
run pytest with ``-s`` to see it).
"""

from __future__ import annotations

import json
import subprocess

import pytest

from needs import need_dot
from provenance import RenderError, trace
from provenance.views.stories import group_stories, worth_drawing
from story_families import build, sized_spec

SIZES = (8, 100, 1000)


@pytest.fixture(scope="module", params=SIZES, ids=[f"{n}-articles" for n in SIZES])
def drawn(request):
    records, _ = build(sized_spec(request.param, seed=request.param))
    assert len(records) == request.param
    report = trace(records)
    return request.param, report, report.to_dot()


def _layout(dot_program: str, source: str) -> tuple[dict, str]:
    done = subprocess.run([dot_program, "-Tjson"], input=source.encode(), capture_output=True, check=True)
    return json.loads(done.stdout), done.stderr.decode("utf-8", "replace")


def _label_boxes(layout: dict) -> list[tuple[float, float, float, float]]:
    """The box (x0, y0, x1, y1) of each drawn edge label, from its text drawing operations."""
    boxes = []
    for edge in layout.get("edges", []):
        texts = [op for op in edge.get("_ldraw_", []) if op["op"] == "T"]
        if not texts:
            continue
        size = next((op["size"] for op in edge["_ldraw_"] if op["op"] == "F"), 9.0)
        xs = [(op["pt"][0] - op["width"] / 2, op["pt"][0] + op["width"] / 2) for op in texts]
        ys = [op["pt"][1] for op in texts]
        boxes.append((min(a for a, _ in xs), min(ys) - 0.25 * size, max(b for _, b in xs), max(ys) + 0.8 * size))
    return boxes


def _overlapping(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    ordered = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    found = []
    for n, i in enumerate(ordered):
        for j in ordered[n + 1 :]:
            if boxes[j][0] >= boxes[i][2]:
                break
            if boxes[i][1] < boxes[j][3] and boxes[j][1] < boxes[i][3]:
                found.append((i, j))
    return found


def test_layout_fits_a_screen(drawn, tmp_path):
    program = need_dot()
    articles, _report, source = drawn
    layout, warnings = _layout(program, source)
    assert warnings == "", f"dot warned: {warnings}"
    x0, y0, x1, y1 = (float(v) for v in layout["bb"].split(","))
    width, height = x1 - x0, y1 - y0
    assert 1 / 3 <= width / height <= 3, f"{articles} articles drawn {width:.0f} x {height:.0f}"
    overlaps = _overlapping(_label_boxes(layout))
    assert overlaps == [], f"{len(overlaps)} pairs of edge labels overlap"
    png = tmp_path / f"diagram-{articles}.png"
    png.write_bytes(subprocess.run([program, "-Tpng"], input=source.encode(), capture_output=True, check=True).stdout)
    print(f"diagram: {png}")


def test_undetermined_lines_are_fewer_than_articles(drawn):
    articles, _report, source = drawn
    assert source.count('style="dashed", tooltip=') <= articles


def test_an_undetermined_pair_already_explained_is_not_drawn():
    import networkx as nx

    g = nx.DiGraph()
    g.add_edges_from([("copy_a", "wire"), ("copy_b", "wire"), ("copy_c", "copy_a")])
    g.add_nodes_from(["x", "y", "z"])
    pairs = [("copy_a", "copy_b", 0.8), ("copy_c", "wire", 0.7), ("copy_c", "copy_b", 0.6),
             ("x", "y", 0.5), ("y", "z", 0.4), ("x", "z", 0.3)]
    # Siblings under one source, and an article and its grandparent, are explained by the graph;
    # of the three articles all sharing text, the two strongest links are enough.
    assert worth_drawing(g, pairs) == [("x", "y", 0.5), ("y", "z", 0.4)]
    stories = group_stories(g, pairs)
    assert stories.stories == (("copy_a", "copy_b", "copy_c", "wire"), ("x", "y", "z"))
    assert stories.number_of("y") == 2 and stories.alone == ()


def test_one_story_is_drawn_alone_and_big_corpora_say_what_they_left_out(drawn):
    _articles, report, source = drawn
    found = group_stories(report.graph, [(p.a, p.b, 0.5) for p in report.pairs if p.relation == "undetermined"])
    one = report.to_dot(story=1)
    members = found.stories[0]
    assert all(f'"{m}" [' in one for m in members)
    assert sum(line.startswith('    "') for line in one.splitlines()) == len(members)
    assert 'cluster_story_1"' in one and "cluster_story_2" not in one
    with pytest.raises(RenderError, match=f"no story {len(found.stories) + 1}"):
        report.to_dot(story=len(found.stories) + 1)
    if len(found.stories) > 40:
        assert f"the 40 largest of {len(found.stories)} stories" in source
        assert source.count("cluster_story_") == 40
    else:
        assert source.count("cluster_story_") == len(found.stories)


def _labels(source: str) -> dict[str, str]:
    """Node id -> label, for every node line of DOT source."""
    found = {}
    for line in source.splitlines():
        if line.startswith('    "') and 'label="' in line:
            found[line.split('"', 2)[1]] = line.split('label="', 1)[1].split('"', 1)[0]
    return found


def test_nodes_say_outlet_once_and_placeholders_in_one_line(drawn):
    _articles, report, source = drawn
    labels = _labels(source)
    placeholders = [labels[m.id] for m in report.missing if m.id in labels]
    assert placeholders or not report.missing
    for label in placeholders:
        assert "\\n" not in label and (label.endswith("story, not in corpus") or label == "unknown common source")
    for doc in report.documents:
        if doc.outlet and doc.id in labels and doc.outlet not in (doc.title or ""):
            assert labels[doc.id].count(doc.outlet) == 1, labels[doc.id]


def test_fifty_articles_dot_matches_golden():
    from test_render import _check_golden

    records, _ = build(sized_spec(50, seed=50))
    _check_golden("fifty.dot", trace(records).to_dot())


def test_cli_draws_one_story_and_refuses_a_story_that_is_not_there(tmp_path, capsys):
    from provenance.cli import main

    records, _ = build(sized_spec(100, seed=100))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    one = tmp_path / "one.dot"
    assert main(["trace", str(corpus), "--quiet", "--story", "2", "--dot", str(one)]) == 0
    text = one.read_text(encoding="utf-8")
    assert 'cluster_story_2"' in text and "cluster_story_1" not in text
    assert main(["trace", str(corpus), "--quiet", "--story", "2"]) == 1
    assert "--story N chooses the story that --dot or --render draws" in capsys.readouterr().err
    out = tmp_path / "report.json"
    assert main(["trace", str(corpus), "--quiet", "--story", "999", "--dot", str(tmp_path / "x.dot"),
                 "--json", str(out)]) == 1
    assert "there is no story 999" in capsys.readouterr().err
    assert not out.exists()  # said before anything was written
