"""Links in: pages fetched from a real web site on 127.0.0.1, politely, and kept in a cache.

Every test talks to ``web_server.Site`` (http.server in a thread on the loopback address); none
touches the internet. Without httpx (the ``web`` extra) these tests skip, saying so, except under
CI=true, where they fail.
"""

from __future__ import annotations

import json
import sys

import pytest

from conftest import seed_text
from needs import need_module
from provenance import FetchError, MissingDependencyError, Report, trace
from provenance.cli import main
from provenance.reading.fetch import Fetcher
from provenance.reading.links import read_links
from provenance.settings import FetchSettings, Settings
from web_server import Reply, Site, html_page

#: No pause, no backoff and short timeouts: politeness is tested by counting, never by the clock.
FAST = FetchSettings(pause=0, backoff=0, connect_timeout=5, read_timeout=5, total_timeout=20)


def _paragraphs(name: str) -> list[str]:
    return [line for line in seed_text(name).splitlines() if line.strip()]


SOURCE_LINES, COPY_LINES = _paragraphs("000"), _paragraphs("003")
SOURCE_PAGE = html_page(SOURCE_LINES[0], SOURCE_LINES[1:], site="Al Jazeera",
                        canonical="https://www.aljazeera.com/news/2017/1/16/astana")
COPY_PAGE = html_page(COPY_LINES[0], COPY_LINES[1:], site="Libyan Express")


@pytest.fixture
def site():
    need_module("httpx", "pip install -e '.[web]'")
    with Site() as running:
        yield running


def _settings(**changes) -> Settings:
    return Settings(fetch=FAST.model_copy(update=changes))


def _fetch(url: str, tmp_path, **changes):
    with Fetcher(FAST.model_copy(update=changes), cache=tmp_path / "cache") as fetcher:
        return fetcher.fetch(url)


def test_links_trace_like_pages_and_keep_asked_final_and_canonical_urls(site, tmp_path):
    source = site.page("/2017/astana.html", SOURCE_PAGE)
    site.routes["/short/1"] = Reply(301, headers={"Location": "/short/2"})
    site.routes["/short/2"] = Reply(302, headers={"Location": site.url("/2017/libya.html")})
    site.page("/2017/libya.html", COPY_PAGE)
    copy = site.url("/short/1")
    report = trace([source, copy], settings=_settings(), cache=tmp_path / "cache")
    (d,) = report.derivations
    assert (d.derived, d.source, d.credited) == (copy, source, True)
    page = report.document(copy)
    assert page.fetched.url == copy and page.fetched.final_url == site.url("/2017/libya.html")
    assert page.url == site.url("/2017/libya.html") and page.origin == copy  # no canonical link: the final URL
    assert report.document(source).url == "https://www.aljazeera.com/news/2017/1/16/astana"
    assert report.document(source).outlet == "Al Jazeera"
    assert page.fetched.fetched_at.tzinfo is not None and page.fetched.status == 200
    row = next(r for r in report.to_records()["documents"] if r["id"] == copy)
    assert row["final_url"] == site.url("/2017/libya.html") and row["fetched_at"] == page.fetched.fetched_at.isoformat()
    # Polite: robots.txt asked once for the site, every request named provenance and its version.
    assert site.paths().count("/robots.txt") == 1
    assert all(agent.startswith("provenance/") and "(" in agent for _, agent in site.requests)


def test_a_mixed_corpus_of_files_and_links(site, tmp_path):
    source_file = tmp_path / "astana.txt"
    source_file.write_text(seed_text("000"), encoding="utf-8")
    copy = site.page("/libya.html", COPY_PAGE)
    report = trace([source_file, copy], settings=_settings(), cache=tmp_path / "cache")
    assert {(d.derived, d.source) for d in report.derivations} == {(copy, "astana")}


def test_a_second_run_is_offline_and_gives_the_same_report(site, tmp_path):
    links = [site.page("/a.html", SOURCE_PAGE), site.page("/b.html", COPY_PAGE)]
    first = trace(links, settings=_settings(), cache=tmp_path / "cache")
    site.stop()
    second = trace(links, settings=_settings(), cache=tmp_path / "cache")
    assert second == first
    saved = tmp_path / "r.json"
    second.to_json(saved)
    assert Report.read_json(saved).document(links[0]).fetched == first.document(links[0]).fetched
    with pytest.raises(FetchError, match="connection failed"):
        trace(links, settings=_settings(retries=0), cache=tmp_path / "cache", refresh=True)


def test_refresh_fetches_again_and_keeps_the_new_page(site, tmp_path):
    link = site.page("/story.html", html_page("Harbour opens", ["The first version of the story, told at length."]))
    cache = tmp_path / "cache"
    trace([link], settings=_settings(), cache=cache)
    site.page("/story.html", html_page("Harbour opens", ["The second version of the story, told at length."]))
    assert "first version" in trace([link], settings=_settings(), cache=cache).documents[0].text
    assert "second version" in trace([link], settings=_settings(), cache=cache, refresh=True).documents[0].text
    assert "second version" in trace([link], settings=_settings(), cache=cache).documents[0].text
    assert site.paths().count("/story.html") == 2


def test_the_cache_folder_follows_the_environment_and_can_be_turned_off(site, tmp_path, monkeypatch):
    link = site.page("/story.html", SOURCE_PAGE)
    monkeypatch.setenv("PROVENANCE_CACHE", str(tmp_path / "env-cache"))
    trace([link], settings=_settings())
    assert list((tmp_path / "env-cache").rglob("*.json")) and list((tmp_path / "env-cache").rglob("*.body"))
    trace([link], settings=_settings(), cache=False)
    assert site.paths().count("/story.html") == 2  # no cache: fetched again
    trace([link], settings=_settings())
    assert site.paths().count("/story.html") == 2
    monkeypatch.delenv("PROVENANCE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.setenv("HOME", str(tmp_path))
    trace([link], settings=_settings())
    if sys.platform.startswith("linux"):
        assert list((tmp_path / "user-cache" / "provenance" / "pages").rglob("*.json"))


def test_404_names_the_link_and_the_status(site, tmp_path):
    with pytest.raises(FetchError, match=r"/gone\.html: HTTP 404 Not Found") as caught:
        trace([site.url("/gone.html")], settings=_settings(), cache=tmp_path / "cache")
    assert caught.value.url == site.url("/gone.html") and caught.value.reason == "HTTP 404 Not Found"


def test_a_server_error_is_tried_again(site, tmp_path):
    site.routes["/busy.html"] = [Reply(500, b"oops"), Reply(503, b"later"), Reply(body=SOURCE_PAGE.encode())]
    page = _fetch(site.url("/busy.html"), tmp_path)
    assert page.status == 200 and site.paths().count("/busy.html") == 3
    site.routes["/down.html"] = Reply(502, b"bad gateway")
    with pytest.raises(FetchError, match=r"HTTP 502 Bad Gateway; gave up after 3 tries"):
        _fetch(site.url("/down.html"), tmp_path)
    assert site.paths().count("/down.html") == 3


def test_a_server_that_never_answers_times_out(site, tmp_path):
    site.routes["/hang.html"] = Reply(hang=True)
    with pytest.raises(FetchError, match=r"timed out waiting for the answer \(read_timeout 0\.2 s\)") as caught:
        _fetch(site.url("/hang.html"), tmp_path, read_timeout=0.2, retries=1)
    assert "2 tries" in caught.value.reason
    with pytest.raises(FetchError, match=r"total_timeout of 0\.3 s"):
        _fetch(site.url("/hang.html"), tmp_path, read_timeout=5, total_timeout=0.3, retries=0)


def test_a_huge_page_is_refused_by_its_length_or_while_read(site, tmp_path):
    big = ("<html><body>" + "<p>Words of a very long page.</p>" * 20_000 + "</body></html>").encode()
    site.routes["/declared.html"] = Reply(body=big)
    site.routes["/streamed.html"] = Reply(chunks=lambda: iter([big[i:i + 65536] for i in range(0, len(big), 65536)]))
    with pytest.raises(FetchError, match="over the max_bytes limit of 100,000"):
        _fetch(site.url("/declared.html"), tmp_path, max_bytes=100_000)
    with pytest.raises(FetchError, match="over the max_bytes limit of 100,000 bytes"):
        _fetch(site.url("/streamed.html"), tmp_path, max_bytes=100_000)
    assert len(_fetch(site.url("/streamed.html"), tmp_path).body) == len(big)


def test_answers_that_are_not_html_are_refused(site, tmp_path):
    site.routes["/report.pdf"] = Reply(body=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"})
    site.routes["/photo"] = Reply(body=b"\x89PNG\r\n\x1a\n...", headers={"Content-Type": "text/html"})
    site.routes["/notes.txt"] = Reply(body=b"plain words", headers={"Content-Type": "text/plain"})
    with pytest.raises(FetchError, match="not an HTML page: the site answered with application/pdf"):
        trace([site.url("/report.pdf")], settings=_settings(), cache=tmp_path / "cache")
    with pytest.raises(FetchError, match="its bytes are a PNG image"):
        _fetch(site.url("/photo"), tmp_path)
    with pytest.raises(FetchError, match="text/plain"):
        _fetch(site.url("/notes.txt"), tmp_path)
    assert not list((tmp_path / "cache").rglob("*.json"))  # failures are not kept


def test_a_wrong_charset_is_detected(site, tmp_path):
    text = ["Le café du port a rouvert ses portes après des mois de travaux, à la grande joie des habitants.",
            "Les pêcheurs, déçus par l'été, espèrent une saison d'hiver plus clémente et réussie."]
    page = html_page("Réouverture du café", text, charset="windows-1252").replace(
        '<meta charset="windows-1252">', "")
    site.routes["/cafe.html"] = Reply(body=page.encode("cp1252"), headers={"Content-Type": "text/html; charset=utf-8"})
    report = trace([site.url("/cafe.html")], settings=_settings(), cache=tmp_path / "cache")
    assert "Le café du port" in report.documents[0].text and "pêcheurs" in report.documents[0].text


def test_robots_txt_is_obeyed_unless_the_host_is_ignored(site, tmp_path):
    site.routes["/robots.txt"] = Reply(body=b"User-agent: provenance\nDisallow: /private/\n",
                                       headers={"Content-Type": "text/plain"})
    link = site.page("/private/story.html", SOURCE_PAGE)
    with pytest.raises(FetchError, match=r"refused by http://127\.0\.0\.1:\d+/robots\.txt") as caught:
        trace([link], settings=_settings(), cache=tmp_path / "cache")
    assert "--ignore-robots 127.0.0.1" in str(caught.value)
    assert "/private/story.html" not in site.paths()
    report = trace([link], settings=_settings(ignore_robots=("127.0.0.1",)), cache=tmp_path / "cache")
    assert report.documents[0].fetched.url == link
    # A redirect into the disallowed part is refused at the hop.
    site.routes["/go"] = Reply(301, headers={"Location": "/private/other.html"})
    with pytest.raises(FetchError, match=r"disallows .*/private/other\.html"):
        _fetch(site.url("/go"), tmp_path)


def test_a_robots_txt_that_fails_disallows_and_a_missing_one_allows(site, tmp_path):
    link = site.page("/story.html", SOURCE_PAGE)
    site.routes["/robots.txt"] = Reply(503, b"")
    with pytest.raises(FetchError, match="answered HTTP 503, taken as disallowing everything"):
        _fetch(link, tmp_path, retries=0)
    del site.routes["/robots.txt"]  # 404 from now on: everything allowed (a new fetcher asks again)
    assert _fetch(link, tmp_path, retries=0).status == 200


def test_too_many_redirects(site, tmp_path):
    for n in range(4):
        site.routes[f"/r{n}"] = Reply(301, headers={"Location": f"/r{n + 1}"})
    site.page("/r4", SOURCE_PAGE)
    with pytest.raises(FetchError, match="more than 2 redirects"):
        _fetch(site.url("/r0"), tmp_path, max_redirects=2)
    assert _fetch(site.url("/r0"), tmp_path, max_redirects=4).final_url == site.url("/r4")


def test_at_most_per_host_requests_at_once(site, tmp_path):
    links = []
    for n in range(6):
        site.routes[f"/p{n}.html"] = Reply(body=SOURCE_PAGE.encode(), delay=0.03)
        links.append(site.url(f"/p{n}.html"))
    with Fetcher(FAST.model_copy(update={"per_host": 1}), cache=False) as fetcher:
        pages = [f.result() for f in [fetcher.submit(u) for u in links]]
    assert [p.url for p in pages] == links and site.most_at_once == 1
    site.most_at_once = 0
    with Fetcher(FAST.model_copy(update={"per_host": 2}), cache=False) as fetcher:
        [f.result() for f in [fetcher.submit(u) for u in links]]
    assert site.most_at_once == 2


def test_the_same_link_twice_is_one_fetch_and_a_duplicate_id(site, tmp_path):
    link = site.page("/a.html", SOURCE_PAGE)
    with pytest.raises(Exception, match="duplicate document id"):
        trace([link, link], settings=_settings(), cache=False)
    assert site.paths().count("/a.html") == 1


def test_links_file(tmp_path):
    links = tmp_path / "links.txt"
    links.write_text("# today's search\nhttps://example.org/a\n\n  https://example.org/b#top  \n", encoding="utf-8")
    assert read_links(links) == ["https://example.org/a", "https://example.org/b#top"]
    links.write_text("https://example.org/a\nnot a link\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"links\.txt:2: 'not a link' is not an http\(s\) URL"):
        read_links(links)
    links.write_text("https://example.org/a\nhttps://example.org/a\n", encoding="utf-8")
    with pytest.raises(Exception, match="already on line 1"):
        read_links(links)


def test_cli_traces_links_and_reports_failures_in_one_line(site, tmp_path, capsys):
    source, copy = site.page("/a.html", SOURCE_PAGE), site.page("/b.html", COPY_PAGE)
    links = tmp_path / "links.txt"
    links.write_text(f"# two stories\n{copy}\n", encoding="utf-8")
    out = tmp_path / "report.json"
    args = ["trace", source, "--links", str(links), "--cache", str(tmp_path / "cache"), "--json", str(out),
            "--pause", "0"]
    assert main(args) == 0
    assert f"{copy} <- {source}" in capsys.readouterr().out
    assert json.loads(out.read_text())["documents"][0]["fetched"]["url"] in (source, copy)
    assert main(["trace", site.url("/missing"), "--cache", str(tmp_path / "cache"), "--quiet", "--pause", "0"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "/missing: HTTP 404 Not Found" in err


def test_without_httpx_the_error_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "httpx", None)  # as if the web extra were not installed
    with pytest.raises(MissingDependencyError, match=r"provenance\[web\]"):
        trace(["http://127.0.0.1:9/story.html"], cache=tmp_path / "cache")


def test_progress_counts_the_links(site, tmp_path, capsys):
    links = [site.page(f"/{n}.html", SOURCE_PAGE if n else COPY_PAGE) for n in range(2)]
    with Fetcher(FAST, cache=False, progress=True) as fetcher:
        for link in links:
            fetcher.fetch(link)
    assert "fetch" in capsys.readouterr().err


def test_audit_a_link_against_an_archive(site, tmp_path, capsys):
    db = tmp_path / "archive.db"
    trace([{"id": "wire", "text": seed_text("000"), "outlet": "Al Jazeera", "published": "2017-01-16T08:00:00"}],
          index=db)
    link = site.page("/libya.html", COPY_PAGE)
    from provenance import audit

    found = audit([link], index=db, settings=_settings(), cache=tmp_path / "cache")
    (m,) = found.audited(link).matches
    assert (m.stored, m.role, m.credited) == ("wire", "source", True)
    assert found.report.document(link).fetched.final_url == link
    site.stop()  # the CLI reads the page from the cache
    assert main(["audit", link, "--index", str(db), "--cache", str(tmp_path / "cache")]) == 0
    assert f"{link} (Libyan Express): 1 stored article shares text with it" in capsys.readouterr().out


def test_a_broken_compressed_answer_names_the_link(site, tmp_path):
    site.routes["/broken.html"] = Reply(body=b"this is not gzip at all",
                                        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match=r"/broken\.html: the answer cannot be read"):
        _fetch(site.url("/broken.html"), tmp_path)
