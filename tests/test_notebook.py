"""Jupyter: rich display, and docs/quickstart.ipynb executed in a real kernel (nbclient + ipykernel)."""

from __future__ import annotations

from pathlib import Path

import pytest

import provenance.views.render
from conftest import COPY, ROOT, SOURCE
from needs import need_module

NOTEBOOK = ROOT / "docs" / "quickstart.ipynb"


def test_report_and_diff_display_as_html(seeds_report, monkeypatch):
    html = seeds_report._repr_html_()
    assert html.startswith('<div class="provenance-view">') and "<script" not in html
    assert ("<svg" in html) == provenance.views.render.dot_available()
    monkeypatch.setattr(provenance.views.render, "dot_available", lambda: False)
    html = seeds_report._repr_html_()
    assert "<svg" not in html and "<table class=edges>" in html
    bare = seeds_report.diff(COPY, SOURCE)._repr_html_()
    assert "Retitled" in bare and "¶ 1" in bare and "<ins>Al-Jazeera –</ins>" in bare
    full = seeds_report.view(COPY, SOURCE)._repr_html_()
    assert "The discussions, scheduled for January 23" in full and full.count('class="op op-kept"') >= 9


def _outputs(cell) -> tuple[str, str]:
    """(text/plain or stream text, text/html) of one executed cell."""
    text, html = [], []
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream":
            text.append(out["text"])
        elif out["output_type"] == "error":
            pytest.fail(f"cell raised {out['ename']}: {out['evalue']}")
        else:
            text.append(out.get("data", {}).get("text/plain", ""))
            html.append(out.get("data", {}).get("text/html", ""))
    return "".join(text), "".join(html)


def test_quickstart_runs_in_a_kernel(tmp_path):
    need_module("nbclient", "pip install 'provenance[notebook]'")
    need_module("ipykernel", "pip install 'provenance[notebook]'")
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"
    where = {"metadata": {"path": str(NOTEBOOK.parent)}}
    client = NotebookClient(nb, timeout=60, kernel_name="python3", resources=where)
    client.execute()
    nbformat.write(nb, tmp_path / "quickstart.executed.ipynb")
    cells = [_outputs(c) for c in nb.cells if c.cell_type == "code"]
    report_html = cells[0][1]
    assert "provenance report</strong>: 2 articles" in report_html
    assert ("<svg" in report_html) == provenance.views.render.dot_available()
    assert (
        "All Syrian opposition factions agree to attend Astana talks ← Al Jazeera · Syrian rebel groups to attend "
        "peace talks in Astana <code>003_ded10d4972c90a83 ← 000_2cd90f8013dc901a</code>"
    ) in report_html
    assert f"(copy, credited, retitled; confidence 0.99 certain)\n    ids: {COPY} <- {SOURCE}" in cells[1][0]
    assert cells[2][0] == f"('{COPY}', '{SOURCE}', True, True, 1.0)"
    assert "Retitled" in cells[3][1] and "Al-Jazeera –" in cells[3][1]
    assert cells[4][0] == "{'kept': 9, 'modified': 1, 'moved': 0, 'added': 0, 'dropped': 17}"
    assert cells[5][0].startswith("{'documents': 2, 'derivations': 1, 'operations': ")
    assert "<table" in cells[6][1] and "coverage" in cells[6][1]


def test_notebook_file_is_valid():
    need_module("nbformat", "pip install 'provenance[notebook]'")
    import nbformat

    nbformat.validate(nbformat.read(Path(NOTEBOOK), as_version=4))
