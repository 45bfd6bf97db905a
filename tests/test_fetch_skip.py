"""Links that cannot be fetched, skipped: left out of the trace or the audit and listed with their URL.

Every test talks to ``web_server.Site`` on 127.0.0.1: two good pages, a link that answers 404 and
one under a path the site's robots.txt disallows. With ``on_error="skip"`` (``--on-error skip``)
the good links give the report they give alone, and the two others are ``Skipped`` records
naming the link and the reason; with ``"raise"``, the default, the first of them raises.
"""

from __future__ import annotations

import json
import re

import pytest

from conftest import seed_text
from needs import need_module
from provenance import Audit, EmptyCorpusError, FetchError, Report, Skipped, audit, trace
from provenance.cli import main
from provenance.settings import FetchSettings, Settings
from web_server import Reply, Site, html_page

FAST = FetchSettings(pause=0, backoff=0, connect_timeout=5, read_timeout=5, total_timeout=20)
SETTINGS = Settings(fetch=FAST)
#: The CLI's politeness switched off the same way.
QUICK = ["--pause", "0"]


def _page(name: str, site_name: str) -> str:
    lines = [line for line in seed_text(name).splitlines() if line.strip()]
    return html_page(lines[0], lines[1:], site=site_name)


@pytest.fixture
def site():
    need_module("httpx", "pip install -e '.[web]'")
    with Site() as running:
        running.routes["/robots.txt"] = Reply(body=b"User-agent: provenance\nDisallow: /private/\n",
                                              headers={"Content-Type": "text/plain"})
        running.page("/astana.html", _page("000", "Al Jazeera"))
        running.page("/libya.html", _page("003", "Libyan Express"))
        running.page("/private/story.html", _page("000", "Al Jazeera"))
        yield running


def _links(site: Site) -> dict[str, str]:
    return {name: site.url(path) for name, path in
            (("source", "/astana.html"), ("gone", "/gone.html"), ("copy", "/libya.html"),
             ("private", "/private/story.html"))}


def _check_skipped(skipped: tuple[Skipped, ...] | list[dict], links: dict[str, str]) -> None:
    """The 404 link and the robots-refused link, in the corpus's order, each named by its URL."""
    records = [s if isinstance(s, dict) else s.model_dump() for s in skipped]
    assert [(r["origin"], r["id"], r["error"]) for r in records] == [
        (links["gone"], links["gone"], "FetchError"), (links["private"], links["private"], "FetchError"),
    ]
    gone, private = (r["reason"] for r in records)
    assert gone == f"{links['gone']}: HTTP 404 Not Found"
    assert re.match(re.escape(links["private"]) + r": refused by http://127\.0\.0\.1:\d+/robots\.txt", private)
    assert "\n" not in gone + private


def test_skip_leaves_out_the_links_that_fail_and_keeps_the_report_of_the_others(site, tmp_path):
    links = _links(site)
    cache = tmp_path / "cache"
    alone = trace([links["source"], links["copy"]], settings=SETTINGS, cache=cache)
    mixed = trace(list(links.values()), settings=SETTINGS, cache=cache, on_error="skip")
    _check_skipped(mixed.skipped, links)
    # The good links (read from the cache, so fetched at the same times) give their own report.
    assert mixed.model_copy(update={"skipped": ()}) == alone
    (d,) = mixed.derivations
    assert (d.derived, d.source) == (links["copy"], links["source"])
    assert "/private/story.html" not in site.paths()  # robots.txt is obeyed: the page is never asked for
    summary = mixed.summary()
    assert "skipped 2 items:" in summary and f"FetchError: {links['gone']}: HTTP 404 Not Found" in summary
    mixed.to_json(tmp_path / "report.json")
    assert Report.read_json(tmp_path / "report.json") == mixed


def test_raise_stops_at_the_first_link_that_fails(site, tmp_path):
    links = _links(site)
    with pytest.raises(FetchError, match=r"/gone\.html: HTTP 404 Not Found") as caught:
        trace(list(links.values()), settings=SETTINGS, cache=tmp_path / "cache")
    assert caught.value.url == links["gone"]


def test_skip_with_no_link_left_is_an_empty_corpus_naming_the_links(site, tmp_path):
    links = _links(site)
    with pytest.raises(EmptyCorpusError, match=r"left out 2 items: .*/gone\.html: HTTP 404.*refused by"):
        trace([links["gone"], links["private"]], settings=SETTINGS, cache=tmp_path / "cache", on_error="skip")


def test_cli_trace_skips_links_that_fail(site, tmp_path, capsys):
    links = _links(site)
    listed = tmp_path / "links.txt"
    listed.write_text("\n".join(links.values()) + "\n", encoding="utf-8")
    cache, out = str(tmp_path / "cache"), tmp_path / "report.json"
    assert main(["trace", "--links", str(listed), "--cache", cache, "--quiet", *QUICK]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{links['gone']}: HTTP 404 Not Found" in err
    args = ["trace", "--links", str(listed), "--cache", cache, "--json", str(out), "--on-error", "skip", *QUICK]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("2 documents, 1 pair sharing text, 1 derivation\nskipped 2 items:\n")
    assert f"    ids: {links['copy']} <- {links['source']}\n" in printed
    saved = json.loads(out.read_text(encoding="utf-8"))
    _check_skipped(saved["skipped"], links)
    assert sorted(d["id"] for d in saved["documents"]) == sorted([links["source"], links["copy"]])


@pytest.fixture
def archive(tmp_path):
    db = tmp_path / "archive.db"
    trace([{"id": "wire", "text": seed_text("000"), "outlet": "Al Jazeera", "published": "2017-01-16T08:00:00"}],
          index=db)
    return db


def test_audit_skips_links_that_fail(site, tmp_path, archive):
    links = _links(site)
    items = [links["gone"], links["copy"], links["private"]]
    with pytest.raises(FetchError, match=r"/gone\.html: HTTP 404"):
        audit(items, index=archive, settings=SETTINGS, cache=tmp_path / "cache")
    found = audit(items, index=archive, settings=SETTINGS, cache=tmp_path / "cache", on_error="skip")
    _check_skipped(found.skipped, links)
    assert found.skipped == found.report.skipped
    alone = audit([links["copy"]], index=archive, settings=SETTINGS, cache=tmp_path / "cache")
    assert found.articles == alone.articles and found.report.documents == alone.report.documents
    (m,) = found.audited(links["copy"]).matches
    assert (m.stored, m.role, m.credited) == ("wire", "source", True)
    summary = found.summary().splitlines()
    assert summary[1:4] == ["skipped 2 items:", f"    FetchError: {links['gone']}: HTTP 404 Not Found",
                            f"    FetchError: {found.skipped[1].reason}"]
    page = found.to_html()
    assert "2 items left out" in page and "Left out of the trace" in page and links["gone"] in page
    found.to_json(tmp_path / "audit.json")
    assert Audit.read_json(tmp_path / "audit.json").skipped == found.skipped


def test_cli_audit_skips_links_that_fail(site, tmp_path, archive, capsys):
    links = _links(site)
    cache, out = str(tmp_path / "cache"), tmp_path / "audit.json"
    args = ["audit", links["gone"], links["copy"], links["private"], "--index", str(archive), "--cache", cache,
            *QUICK]
    assert main([*args, "--quiet"]) == 1
    assert f"{links['gone']}: HTTP 404 Not Found" in capsys.readouterr().err
    assert main([*args, "--on-error", "skip", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "skipped 2 items:" in printed
    assert f"{links['copy']} (Libyan Express): 1 stored article shares text with it" in printed
    saved = json.loads(out.read_text(encoding="utf-8"))
    _check_skipped(saved["report"]["skipped"], links)
    assert [a["article"] for a in saved["articles"]] == [links["copy"]]
