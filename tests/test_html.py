"""The HTML report, checked as text and then loaded in real headless Chromium.

Browser tests drive Debian's Chromium (/usr/bin/chromium) through the playwright package; no
browser is downloaded. They skip when Chromium or playwright is missing, and fail instead when
CI=true. Each saves a screenshot in its pytest tmp folder (the path is printed; run pytest with
-s to see it, or look under pytest's basetemp).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import provenance.views.render
from conftest import SEEDS, seed_text
from needs import CHROMIUM_ARGS, need_chromium, need_dot
from provenance import trace
from provenance.cli import main

SCRIPT = '<script>window.__pwned = "script"; alert(1)</script>'
IMG = "<img src=x onerror=\"window.__pwned = 'img'; alert(2)\">"


def hostile_records() -> list[dict]:
    """A source and a copy whose ids, outlet, headlines and text all carry live-looking markup."""
    para = f"Officials said {SCRIPT} and {IMG} were found in the statement released on Monday evening."
    src = seed_text("000").split("\n\n")[1:]
    src.insert(3, para)
    cp = seed_text("003").split("\n\n")[1:]
    cp.insert(2, para.replace("Monday", "Tuesday") + " " + IMG)
    return [
        {"id": f"src{IMG}", "title": f"Talks {SCRIPT}", "outlet": "<b onmouseover=alert(3)>Evil</b>",
         "text": "\n\n".join(src)},
        {"id": "copy</td><script>alert(4)</script>", "title": f"Copy {IMG}", "text": "\n\n".join(cp)},
    ]


def test_report_is_self_contained_and_escaped(seeds_report):
    page = seeds_report.to_html()
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    for remote in ("http://", "https://", "//cdn", "@import", "url("):
        assert remote not in page.replace("http://www.w3.org/", "")
    report = trace(hostile_records())
    page = report.to_html()
    assert "<script" not in page and "<img" not in page and "<b " not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=" in page


def test_without_dot_the_diagram_is_a_table(seeds_report, monkeypatch):
    monkeypatch.setattr(provenance.views.render, "dot_available", lambda: False)
    page = seeds_report.to_html()
    assert "<svg" not in page and "Diagram not drawn" in page and "apt-get install graphviz" in page
    assert (
        "<td>All Syrian opposition factions agree to attend Astana talks</td><td>→</td>"
        "<td>Al Jazeera · Syrian rebel groups to attend peace talks in Astana</td>"
    ) in page


@pytest.fixture(scope="module")
def browser():
    chromium = need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser, path: Path):
    """Load a file in a fresh page, recording console errors, page errors and dialogs."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen: dict[str, list[str]] = {"console": [], "pageerror": [], "dialog": []}
    page.on("console", lambda m: m.type in ("error", "warning") and seen["console"].append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: seen["pageerror"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialog"].append(d.message), d.dismiss()))
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page, seen


def test_seeds_report_in_chromium(browser, tmp_path):
    need_dot()
    out = tmp_path / "report.html"
    assert main(["trace", str(SEEDS), "--quiet", "--html", str(out)]) == 0
    page, seen = _open(browser, out)
    shot = tmp_path / "seeds-report.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    assert seen == {"console": [], "pageerror": [], "dialog": []}

    assert page.locator(".diagram svg g.node").count() == 2
    assert page.locator(".diagram svg g.edge").count() == 1
    assert page.locator("table.summary tr.summary-row").count() == 1

    section = page.locator("section.derivation").first
    retitle = section.locator(".banner.retitle")
    assert retitle.is_visible()
    assert "Syrian rebel groups to attend peace talks in Astana" in retitle.inner_text()
    assert "All Syrian opposition factions agree to attend Astana talks" in retitle.inner_text()
    assert "credits its source" in section.locator(".banner.credited").inner_text()

    body = section.locator("table.body-ops")
    aligned = body.locator("tr.op-kept, tr.op-modified, tr.op-moved")
    assert aligned.count() == 10
    assert [aligned.nth(i).get_attribute("data-kind") for i in range(10)] == ["modified"] + ["kept"] * 9
    assert aligned.first.locator("td.derived ins").inner_text().strip() == "Al-Jazeera –"
    assert aligned.first.evaluate("r => getComputedStyle(r.querySelector('td.text')).backgroundColor") != (
        aligned.nth(1).evaluate("r => getComputedStyle(r.querySelector('td.text')).backgroundColor")
    )
    # The dropped tail: 17 body paragraphs after the last aligned one, shown on the source side only.
    dropped = body.locator("tr.op-dropped")
    assert dropped.count() == 17
    assert dropped.last.locator("td.derived").inner_text() == ""
    assert dropped.last.is_visible() or dropped.last.bounding_box() is not None
    furniture = section.locator("table.furniture-ops")
    assert "Diplomatic efforts" in furniture.inner_text() and "Source:" in furniture.inner_text()
    assert furniture.locator("tr.op-added").count() == 4
    page.close()


def test_hostile_article_runs_nothing(browser, tmp_path):
    out = tmp_path / "hostile.html"
    trace(hostile_records()).to_html(out)
    page, seen = _open(browser, out)
    page.screenshot(path=str(tmp_path / "hostile-report.png"), full_page=True)
    assert seen["dialog"] == [] and seen["pageerror"] == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    counts = page.evaluate(
        """() => ({
            script: document.querySelectorAll('script').length,
            img: document.querySelectorAll('img').length,
            b: document.querySelectorAll('main b').length,
            handlers: [...document.querySelectorAll('*')]
                .filter(el => [...el.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length,
        })"""
    )
    assert counts == {"script": 0, "img": 0, "b": 0, "handlers": 0}
    text = page.locator("main").inner_text()
    assert SCRIPT in text and "<img src=x onerror=" in text and "<b onmouseover=alert(3)>Evil</b>" in text
    page.close()


#: What the layout checks measure in the page: its width, boxes outside a scrolling box that pass
#: the right edge, overlapping blocks, text below a readable size, words cut inside table cells,
#: and the diagram's text height.
_MEASURE = """() => {
    const main = document.querySelector('main');
    const free = el => !el.closest('.scroll') && !el.closest('.diagram');
    const beyond = [...main.querySelectorAll('*')].filter(el => free(el))
        .filter(el => el.getBoundingClientRect().right > innerWidth + 0.5)
        .map(el => el.tagName + '.' + el.className);
    const blocks = [...main.children, ...main.querySelectorAll('section > *')]
        .filter(el => el.getBoundingClientRect().height > 0);
    const overlaps = [];
    for (const parent of [main, ...main.querySelectorAll('section')]) {
        const kids = [...parent.children].filter(el => el.getBoundingClientRect().height > 0);
        for (let i = 1; i < kids.length; i++) {
            const a = kids[i - 1].getBoundingClientRect(), b = kids[i].getBoundingClientRect();
            if (b.top < a.bottom - 0.5) overlaps.push(kids[i - 1].tagName + '/' + kids[i].tagName);
        }
    }
    const small = [...main.querySelectorAll('*')].filter(el => !el.closest('svg'))
        .filter(el => [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
        .filter(el => parseFloat(getComputedStyle(el).fontSize) < 12)
        .map(el => el.tagName + ':' + getComputedStyle(el).fontSize);
    const ctx = document.createElement('canvas').getContext('2d');
    const cut = [];
    for (const cell of main.querySelectorAll('table.summary td, table.summary th, table.documents td, '
                                            + 'table.undetermined td, table.undetermined th')) {
        const style = getComputedStyle(cell);
        const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        for (const node of cell.querySelectorAll('strong, a')) {
            ctx.font = getComputedStyle(node).font;
            for (const word of node.textContent.split(/\\s+/)) {
                if (word && ctx.measureText(word).width > room + 1) cut.push(word);
            }
        }
    }
    const text = document.querySelector('.diagram svg text');
    return {
        width: document.documentElement.scrollWidth, viewport: innerWidth, beyond, overlaps, small, cut,
        blocks: blocks.length,
        diagramText: text ? text.getBoundingClientRect().height : null,
        svgWidth: (document.querySelector('.diagram svg') || {getBoundingClientRect: () => ({width: 0})})
            .getBoundingClientRect().width,
        boxWidth: (document.querySelector('.diagram') || {clientWidth: 0}).clientWidth,
    };
}"""


def _layout_corpus() -> list[dict]:
    """A wire story under a placeholder, a copy, undetermined pairs, and pages with long URLs."""
    from test_wire_scenario import _corpus

    records = _corpus()
    for r in records:
        r["url"] = f"https://www.{r['id']}.example/news/2025/03/04/a-rather-long-path-for-a-story-{r['id']}/"
    return records


@pytest.mark.parametrize("width", [390, 1400])
def test_report_fits_the_screen_at_phone_and_desktop_widths(browser, tmp_path, width):
    need_dot()
    out = tmp_path / "report.html"
    assert trace(_layout_corpus()).to_html(out) == out
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(out.resolve().as_uri())
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    shot = tmp_path / f"report-{width}px.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    found = page.evaluate(_MEASURE)
    assert found["width"] == found["viewport"] == width, "the page scrolls sideways"
    assert found["beyond"] == [] and found["overlaps"] == [] and found["blocks"] > 20
    assert found["small"] == [], "text below 12 px"
    assert found["cut"] == [], "words cut inside table cells"
    assert 0 < found["svgWidth"] <= found["boxWidth"] + 0.5, "the diagram is scaled to the width"
    fitted = found["diagramText"]
    # Every table wider than the page scrolls inside its own box.
    wide = page.evaluate("[...document.querySelectorAll('main table')].filter(t => t.getBoundingClientRect().right"
                         " > innerWidth).map(t => t.parentElement.className)")
    assert set(wide) <= {"scroll"}
    if width == 390:
        assert wide, "at 390 px the side-by-side tables are wider than the page"
    # The link opens the diagram full size (its box scrolls), and another fits it again.
    page.get_by_text("Open the diagram full size").click()
    full = page.evaluate(_MEASURE)
    assert full["diagramText"] >= 9 and full["diagramText"] >= fitted - 0.01
    assert full["width"] == width, "the full-size diagram scrolls in its box, not the page"
    page.screenshot(path=str(tmp_path / f"diagram-full-{width}px.png"))
    page.get_by_text("Fit the diagram to the page").click()
    assert page.evaluate(_MEASURE)["svgWidth"] <= found["boxWidth"] + 0.5
    page.close()


def test_diagram_edges_show_their_tooltip_and_open_their_side_by_side_view(browser, tmp_path):
    need_dot()
    out = tmp_path / "report.html"
    report = trace(_layout_corpus())
    report.to_html(out)
    page, seen = _open(browser, out)
    edges = page.locator(".diagram svg g.edge")
    assert edges.count() >= len(report.derivations) >= 1
    # Hovering shows the SVG's own tooltip: every edge has a <title> or a linked <a> with a title.
    tips = page.evaluate(
        "[...document.querySelectorAll('.diagram svg g.edge')].map(e => "
        "(e.querySelector('a') && (e.querySelector('a').getAttribute('xlink:title') || "
        "e.querySelector('a').getAttribute('title'))) || (e.querySelector('title') || {}).textContent || '')"
    )
    assert all(t.strip() for t in tips), tips
    # Clicking a derivation's arrow goes to its side-by-side view.
    link = page.locator('.diagram svg a[href="#derivation-1"], .diagram svg a[*|href="#derivation-1"]').first
    link.locator("path").first.click(force=True)
    assert page.evaluate("location.hash") == "#derivation-1"
    assert page.locator("#derivation-1 table.body-ops").is_visible()
    assert seen["pageerror"] == []
    page.close()


def test_an_undetermined_line_opens_its_folded_pair(browser, tmp_path):
    need_dot()
    from test_wire_scenario import WIRE

    a = ["Officials in the harbour town said the storm surge came at night and the ferries stayed moored.", WIRE[2],
         "A local baker said she had never seen water so high in the square in forty years of trade.", WIRE[3]]
    b = ["Passengers returned to the line on Monday after engineers pumped out the tunnel over the weekend.",
         WIRE[2], "The operator apologised for the delays and promised refunds for season ticket holders."]
    report = trace([{"id": "a", "title": "Storm closes the port", "text": "\n\n".join(a)},
                    {"id": "b", "title": "Rail line reopens after flood", "text": "\n\n".join(b)}])
    assert [p.relation for p in report.pairs] == ["undetermined"]
    out = tmp_path / "report.html"
    report.to_html(out)
    page, seen = _open(browser, out)
    line = page.locator('.diagram svg a[*|href="#pair-1"]')
    assert line.count() >= 1  # the line and its label
    assert not page.locator("#pair-1 table.body-ops").is_visible()
    line.first.locator("path").first.click(force=True)
    assert page.evaluate("location.hash") == "#pair-1"
    # Opened by the page's style (no script runs): the side-by-side table shows.
    assert page.locator("#pair-1 table.body-ops").is_visible()
    assert page.locator("#pair-1 table.body-ops").bounding_box()["height"] > 50
    assert seen["pageerror"] == []
    page.close()


def test_in_a_notebook_an_arrow_unfolds_its_derivation(browser, tmp_path):
    """The notebook display, two reports on one page as a notebook shows them: clicking an arrow of
    the second report's diagram unfolds that report's derivation, not the first's."""
    need_dot()
    first, second = trace(SEEDS), trace(_layout_corpus())
    page_file = tmp_path / "notebook.html"
    page_file.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        f"<div class=cell>{first._repr_html_()}</div><div class=cell>{second._repr_html_()}</div></body></html>",
        encoding="utf-8",
    )
    page, seen = _open(browser, page_file)
    cells = page.locator("div.cell")
    target = cells.nth(1).locator("details.derivation").first
    ident = target.get_attribute("id")
    assert ident and ident.endswith("derivation-1")
    assert cells.nth(0).locator(f"#{ident}").count() == 0, "two reports share an id"
    assert not target.locator("table.body-ops").is_visible()
    cells.nth(1).locator(f'.diagram svg a[*|href="#{ident}"]').first.locator("path").first.click(force=True)
    assert page.evaluate("location.hash") == f"#{ident}"
    assert target.locator("table.body-ops").is_visible()
    assert not cells.nth(0).locator("details.derivation table.body-ops").first.is_visible()
    assert seen["pageerror"] == []
    page.close()
