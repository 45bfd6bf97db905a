# ruff: noqa: E501  (page markup keeps its own long lines)
"""Saved web pages in: the seeds wrapped in their outlets' pages must trace like the plain seeds."""

from __future__ import annotations

import sys
from datetime import datetime, timezone

import pytest

from conftest import COPY, SOURCE, seed_text
from html_pages import aljazeera_page, libyan_express_page
from provenance import EmptyDocumentError, load, trace
from provenance.errors import MissingDependencyError
from provenance.reading.html_input import decode_html, looks_like_html, read_html

CHROME = ("Facebook", "WhatsApp", "Most Read", "Privacy policy", "All rights reserved", "Central bank governor",
          "LEAVE A REPLY", "Previous article", "TAGS", "Advertisement", "Middle East", "More on Syria")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    (folder / f"{SOURCE}.html").write_text(aljazeera_page(seed_text("000")), encoding="utf-8")
    (folder / f"{COPY}.htm").write_bytes(libyan_express_page(seed_text("003")).encode("utf-8"))
    return folder


@pytest.fixture(scope="module")
def html_report(pages):
    return trace(pages)


def test_same_derivation_as_plain_seeds(html_report, seeds_report):
    (d,) = html_report.derivations
    (plain,) = seeds_report.derivations
    assert (d.derived, d.source, d.credited, d.retitled) == (COPY, SOURCE, True, True) == (
        plain.derived, plain.source, plain.credited, plain.retitled)
    assert d.confidence >= 0.9 and d.coverage == pytest.approx(plain.coverage)
    assert {e.signal for e in d.evidence} >= {"credit", "containment", "date"}
    assert all(e.favours == COPY for e in d.evidence)
    assert html_report.diff(COPY, SOURCE).title == seeds_report.diff(COPY, SOURCE).title


def test_copy_page_reads_exactly_like_the_plain_copy(html_report, seeds_report):
    html, plain = html_report.document(COPY), seeds_report.document(COPY)
    assert [(b.kind, b.text) for b in html.blocks] == [(b.kind, b.text) for b in plain.blocks]
    assert [(c.name, c.form) for c in html.credits] == [(c.name, c.form) for c in plain.credits]


def test_source_page_adds_only_its_related_links(html_report, seeds_report):
    html, plain = html_report.document(SOURCE), seeds_report.document(SOURCE)
    blocks = [(b.kind, b.text) for b in html.blocks]
    assert blocks[: len(plain.blocks)] == [(b.kind, b.text) for b in plain.blocks]
    assert blocks[len(plain.blocks):] == [
        ("related", "- Turkey and Russia to co-sponsor Syria talks - 15 Jan 2017"),
        ("related", "- Aleppo evacuation completed, ICRC says - 14 Jan 2017"),
    ]


def test_same_marks_as_plain_seeds(html_report, seeds_report):
    diff, plain = html_report.diff(COPY, SOURCE), seeds_report.diff(COPY, SOURCE)
    copy, source = html_report.document(COPY), html_report.document(SOURCE)
    aligned = [op for op in diff.operations if op.kind in ("kept", "modified", "moved")]
    assert [op.kind for op in aligned] == ["modified"] + ["kept"] * 9
    assert [(e.op, e.derived.strip()) for e in aligned[0].edits if e.op != "equal"] == [("insert", "Al-Jazeera –")]
    added = [op for op in diff.operations if op.kind == "added"]
    assert all(op.furniture for op in added)
    assert [copy.blocks[op.derived_blocks[0]].kind for op in added] == ["footer", "related", "related", "related"]
    assert copy.blocks[added[0].derived_blocks[0]].text.startswith("How to submit an Op-Ed")
    dropped = [op for op in diff.operations if op.kind == "dropped"]
    assert [source.blocks[op.source_blocks[0]].kind for op in dropped[:3]] == ["standfirst", "caption", "caption"]
    # The dropped tail: everything after the Dekker quote, 17 body paragraphs and the furniture.
    last_kept = max(op.source_blocks[0] for op in aligned)
    assert "Stefanie Dekker" in source.blocks[last_kept].text
    assert {b.index for b in source.blocks if b.index > last_kept} <= {op.source_blocks[0] for op in dropped}
    assert sum(1 for op in dropped if not op.furniture) == 17
    tail = {b.text.split(":")[0] if b.kind == "promo" else b.kind
            for b in source.blocks if b.index > last_kept and b.furniture}
    assert tail == {"OPINION", "READ MORE", "subheading", "source", "related"}
    assert [op.kind for op in diff.operations if not op.furniture] == [
        op.kind for op in plain.operations if not op.furniture]


def test_page_metadata(html_report):
    source, copy = html_report.document(SOURCE), html_report.document(COPY)
    assert (source.outlet, source.outlet_from) == ("Al Jazeera", "metadata")
    assert (copy.outlet, copy.outlet_from) == ("Libyan Express", "metadata")
    assert copy.url == "https://www.libyanexpress.com/all-syrian-opposition-factions-agree-to-attend-astana-talks/"
    assert source.url.startswith("https://www.aljazeera.com/news/2017/1/16/")
    assert copy.published == datetime(2017, 1, 17, 9, 20, tzinfo=timezone.utc)
    assert source.published == datetime(2017, 1, 16, 16, 39, tzinfo=timezone.utc)
    assert source.title == "Syrian rebel groups to attend peace talks in Astana"


def test_page_chrome_stays_out(html_report):
    for doc in html_report.documents:
        for phrase in CHROME:
            assert phrase not in doc.text, (doc.id, phrase)


def test_html_strings_and_records_read_as_pages(html_report):
    report = trace([
        {"id": SOURCE, "text": aljazeera_page(seed_text("000"))},
        {"id": COPY, "text": libyan_express_page(seed_text("003")), "outlet": "LE"},
    ])
    (d,) = report.derivations
    assert (d.derived, d.source, d.credited) == (COPY, SOURCE, True)
    assert report.document(COPY).outlet == "LE"  # a record's own field wins over the page's
    assert report.document(SOURCE).text == html_report.document(SOURCE).text
    strings = trace([aljazeera_page(seed_text("000")), libyan_express_page(seed_text("003"))])
    assert len(strings.derivations) == 1
    assert {a.title for a in strings.documents} == {a.title for a in html_report.documents}


def test_generic_page_with_byline_date_nav_footer_related():
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reopens after storm - Coast Courier</title>
    <meta name="author" content="Ann Lee"></head><body>
    <nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
    <article><h1>Harbour reopens after storm</h1>
    <p class="byline">By Ann Lee, Coast Courier</p><time datetime="2023-05-04T08:30:00+01:00">4 May 2023</time>
    <p>The harbour reopened on Thursday after three days of repairs to the storm-damaged quay, the port authority said.</p>
    <p>Fishing boats were the first to leave, followed by the morning ferry to the islands, which ran two hours late.</p>
    <p>Engineers will inspect the outer wall again next week before the summer season begins in earnest.</p>
    <p>This article was first published by the Coast Courier.</p></article>
    <div class="related-stories"><h3>Related stories</h3><ul>
      <li><a href="/a">Storm damages quay</a> <span class="date">1 May 2023</span></li>
      <li><a href="/b">Ferry timetable changes</a></li></ul></div>
    <footer><p>© 2023 Coast Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
    </body></html>"""
    (article,) = load([page])
    lines = article.text.splitlines()
    assert lines[0] == "Harbour reopens after storm" == article.title
    assert lines[1] == "By Ann Lee, Coast Courier"  # trafilatura drops bylines; they carry credits
    assert lines[-2:] == ["- Storm damages quay - 1 May 2023", "- Ferry timetable changes"]
    assert any(line.startswith("The harbour reopened") for line in lines)
    assert "Home" not in lines and not any("rights reserved" in line for line in lines)
    assert article.published == datetime.fromisoformat("2023-05-04T08:30:00+01:00")  # not a related link's
    assert article.published_precision == "second"
    (doc,) = trace([page]).documents
    assert [b.kind for b in doc.blocks] == ["headline", "byline"] + ["body"] * 3 + ["source", "related", "related"]
    assert (doc.outlet, doc.outlet_from) == ("Coast Courier", "self-credit")


def test_outlet_from_url_when_the_page_names_no_site():
    page = ("<html><head><link rel='canonical' href='https://www.bbc.co.uk/news/world-1'></head><body><article>"
            "<h1>Talks resume</h1><p>Talks between the two sides resumed on Monday in Geneva after a long pause.</p>"
            "<p>Both delegations said they expected a first agreement on prisoners within the week.</p>"
            "</article></body></html>")
    article = read_html(page, ident="b", origin="b.html")
    assert (article.outlet, article.outlet_from, article.url) == ("bbc.co.uk", "url", "https://www.bbc.co.uk/news/world-1")


def test_encodings_declared_detected_and_wrong():
    arabic = "اتفقت جميع الفصائل على حضور محادثات أستانا الأسبوع المقبل في العاصمة الكازاخستانية"
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{arabic}</p></body></html>'
    assert arabic in decode_html(page.encode("cp1256"), "a.html")
    french = "Les négociations reprennent à Genève : les délégations espèrent un accord élaboré rapidement."
    undeclared = f"<html><body><p>{french}</p><p>{french}</p></body></html>".encode("cp1252")
    assert french in decode_html(undeclared, "f.html")
    wrong = f'<html><head><meta charset="utf-8"></head><body><p>{french}</p></body></html>'.encode("latin-1")
    assert french in decode_html(wrong, "w.html")
    assert decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "bom.html") == "<p>café</p>"
    assert french in decode_html(undeclared, "h.html", declared="windows-1252")


def test_looks_like_html():
    assert looks_like_html("  <!doctype html><html><body></body></html>")
    assert looks_like_html("<div><p>One</p><p>Two</p></div>")
    assert not looks_like_html("Plain text mentioning <b> once.")
    assert not looks_like_html(seed_text("000"))


def test_a_page_without_text_is_an_error_naming_it(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title></title></head><body><nav>Home</nav></body></html>")
    with pytest.raises(EmptyDocumentError, match=r"empty\.html.*no article text"):
        load(tmp_path)


def test_missing_extra_names_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    (tmp_path / "p.html").write_text("<html><body><p>Text.</p></body></html>")
    with pytest.raises(MissingDependencyError, match=r"provenance\[html\]"):
        load(tmp_path)


def test_short_page_keeps_its_paragraphs_and_byline_credit():
    # trafilatura's fallback for short pages returns the article as one paragraph; it is split back.
    page = """<html><body><article><h1>Quake hits coast</h1><div class="byline author">By Jo Bloggs, Reuters</div>
    <p>A strong earthquake struck off the coast on Tuesday, the geological survey said, with no tsunami warning issued.</p>
    <p>Residents said buildings shook for several seconds in the port city, and some ran into the streets in alarm.</p>
    </article></body></html>"""
    (doc,) = trace([page]).documents
    assert [b.kind for b in doc.blocks] == ["headline", "byline", "body", "body"]
    assert [(c.name, c.form) for c in doc.credits] == [("Reuters", "byline")]


def test_empty_file_is_an_empty_document(tmp_path):
    (tmp_path / "blank.html").write_bytes(b"  \n")
    with pytest.raises(EmptyDocumentError, match=r"blank\.html"):
        load(tmp_path)


@pytest.mark.parametrize(("stated", "published", "precision"), [
    ("2023-05-04", datetime(2023, 5, 4), "day"),
    ("2023-05-04T00:00:00", datetime(2023, 5, 4), "day"),  # midnight without a zone: a date alone
    ("2023-05-04T08:30+01:00", datetime.fromisoformat("2023-05-04T08:30+01:00"), "minute"),
    ("2023-05-04T08:30:15Z", datetime(2023, 5, 4, 8, 30, 15, tzinfo=timezone.utc), "second"),
])
def test_a_pages_date_keeps_the_precision_it_was_stated_to(stated, published, precision):
    page = (f"<html><head><meta property='article:published_time' content='{stated}'></head><body><article>"
            "<h1>Harbour reopens</h1><p>The harbour reopened on Thursday after three days of repairs to the quay.</p>"
            "<p>Fishing boats were the first to leave, followed by the morning ferry to the islands.</p>"
            "</article></body></html>")
    (article,) = load([page])
    assert (article.published, article.published_precision) == (published, precision)
