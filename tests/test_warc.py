"""WARC crawls in: HTML responses become articles, everything else is passed over and counted."""

from __future__ import annotations

import gzip
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import seed_text
from html_pages import aljazeera_page, libyan_express_page
from provenance import EmptyCorpusError, UnreadableInputError, load, trace
from provenance.errors import ProvenanceWarning

AJ_URL = "https://www.aljazeera.com/news/2017/1/16/syrian-rebel-groups-to-attend-peace-talks-in-astana"
LE_URL = "https://www.libyanexpress.com/all-syrian-opposition-factions-agree-to-attend-astana-talks/"


def _response(writer, url, body, content_type="text/html; charset=utf-8", status="200 OK", extra=()):
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)


def write_crawl(path, *, gzipped: bool) -> None:
    """A small crawl: warcinfo, a request, the two seed pages, an image, a redirect, a re-fetch."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.aljazeera.com")], is_http_request=True)
        writer.write_record(writer.create_warc_record(AJ_URL, "request", http_headers=request))
        writer.write_record(_response(writer, AJ_URL, aljazeera_page(seed_text("000")).encode("utf-8")))
        # The copy is served gzip-encoded, in Windows-1252 only declared in the HTTP header.
        page = libyan_express_page(seed_text("003")).replace('<meta charset="UTF-8">', "")
        body = gzip.compress(page.encode("cp1252", errors="xmlcharrefreplace"))
        writer.write_record(_response(writer, LE_URL, body, "text/html; charset=windows-1252",
                                      extra=[("Content-Encoding", "gzip")]))
        writer.write_record(_response(writer, "https://www.aljazeera.com/logo.png", b"\x89PNG\r\n", "image/png"))
        writer.write_record(_response(writer, "https://aljazeera.com/", b"", status="301 Moved Permanently",
                                      extra=[("Location", "https://www.aljazeera.com/")]))


@pytest.fixture(scope="module", params=[False, True], ids=["warc", "warc.gz"])
def crawl(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("crawl") / ("crawl.warc.gz" if request.param else "crawl.warc")
    write_crawl(path, gzipped=request.param)
    return path


def test_crawl_traces_like_the_seeds(crawl):
    with pytest.warns(ProvenanceWarning, match=r"read 2 HTML pages as articles; passed over 4 records") as caught:
        report = trace(crawl)
    message = str(caught[0].message)
    for part in ("1 request record,", "1 warcinfo record", "1 response that is not HTML",
                 "1 response that is a redirect or an error"):
        assert part in message
    (d,) = report.derivations
    assert (d.derived, d.source, d.credited, d.retitled) == (LE_URL, AJ_URL, True, True)
    copy = report.document(LE_URL)
    assert copy.text.startswith("All Syrian opposition factions agree to attend Astana talks\nAl-Jazeera – Some armed")
    assert "Kazakhstan’s capital" in copy.text  # decoded by the header's charset, after gzip
    assert copy.origin.startswith(str(crawl) + "#urn:uuid:")
    assert (copy.outlet, copy.url) == ("Libyan Express", LE_URL)


def test_refetched_url_keeps_both_versions(tmp_path):
    path = tmp_path / "twice.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for _ in range(2):
            writer.write_record(_response(writer, AJ_URL, aljazeera_page(seed_text("000")).encode()))
    assert [a.id for a in load(path)] == [AJ_URL, f"{AJ_URL}~2"]


def test_crawl_without_pages_is_an_error(tmp_path):
    path = tmp_path / "images.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        writer.write_record(_response(writer, "https://x.org/a.png", b"\x89PNG", "image/png"))
    with pytest.raises(EmptyCorpusError, match=r"images\.warc.*no HTML page.*1 response that is not HTML"):
        load(path)


def test_malformed_warc_names_the_file(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a WARC file\r\n\r\n" * 3)
    with pytest.raises(UnreadableInputError, match=r"broken\.warc.*not a readable WARC"):
        load(path)


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_truncated_crawl_is_an_error_not_a_shorter_corpus(tmp_path, gzipped):
    whole = tmp_path / ("whole.warc.gz" if gzipped else "whole.warc")
    write_crawl(whole, gzipped=gzipped)
    cut = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(UnreadableInputError, match=r"cut\.warc.* is cut short"):
        load(cut)


def test_pages_without_article_text_are_counted(tmp_path):
    path = tmp_path / "mixed.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        writer.write_record(_response(writer, AJ_URL, aljazeera_page(seed_text("000")).encode()))
        shell = b"<html><head><title></title></head><body><nav><a href='/'>Home</a></nav></body></html>"
        writer.write_record(_response(writer, "https://www.aljazeera.com/", shell))
    with pytest.warns(ProvenanceWarning, match="passed over 1 record: 1 HTML page with no article text"):
        assert [a.id for a in load(path)] == [AJ_URL]
