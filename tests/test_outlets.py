"""Outlet identity: URL domains offline, built-in spellings, and the user's alias table."""

from __future__ import annotations

import socket

import pytest
import tldextract  # noqa: F401  (loaded, with its HTTP client, before the network is cut off below)

from conftest import COPY, SOURCE, seed_text
from provenance import InputFormatError, Report, Settings, trace
from provenance.article.outlets import outlet_aliases, outlet_key, same_outlet
from provenance.reading import urls as urls_module
from provenance.reading.urls import registered_domain


def test_domains_come_from_the_bundled_suffix_list(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("tldextract tried the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    urls_module._extractor.cache_clear()
    urls_module._parts.cache_clear()
    assert registered_domain("https://www.bbc.co.uk/news/world-38628838") == "bbc.co.uk"
    assert registered_domain("https://news.example.com.au/x") == "example.com.au"
    assert registered_domain("file:///tmp/a.html") is None


@pytest.mark.parametrize(("a", "b"), [
    ("AJ", "Al Jazeera"), ("Al-Jazeera", "Al Jazeera English"), ("aljazeera.com", "Al Jazeera"),
    ("https://www.bbc.co.uk/news", "BBC"), ("Associated Press", "AP"),
    ("CP", "The Canadian Press"), ("ANSA", "Agenzia ANSA"), ("PRNewswire", "PR Newswire"),
    ("GLOBE NEWSWIRE", "GlobeNewswire"),
    # an agency's own site under a name of its own: the page is the agency's
    ("https://english.news.cn/20240101/abc.html", "Xinhua"), ("xinhuanet.com", "Xinhua News Agency"),
    ("https://en.yna.co.kr/view/AEN2024", "Yonhap"), ("focustaiwan.tw", "CNA"),
])
def test_built_in_spellings_are_one_outlet(a, b):
    assert same_outlet(a, b)


def test_a_generic_site_name_is_no_agency():
    assert outlet_key("news.com.au") != outlet_key("news.cn")
    assert not same_outlet("https://news.example.cn/a", "Xinhua")


def _corpus(credit: str) -> list[dict]:
    copy = seed_text("003").replace("Al-Jazeera –", f"{credit} –", 1)
    return [{"id": SOURCE, "text": seed_text("000")}, {"id": COPY, "text": copy}]


def test_user_alias_table_makes_a_credit_count():
    plain = trace(_corpus("Doha Channel"))
    assert plain.derivation(COPY, SOURCE) is None or not plain.derivation(COPY, SOURCE).credited
    report = trace(_corpus("Doha Channel"), aliases={"Doha Channel": "Al Jazeera"})
    d = report.derivation(COPY, SOURCE)
    assert d is not None and d.credited
    assert report.settings.aliases == {"Doha Channel": "Al Jazeera"}
    assert same_outlet("Doha Channel", "Al Jazeera") is False  # the table was for that trace only
    assert report.diff(COPY, SOURCE).credited  # the report keeps its table
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report


def test_alias_table_in_settings_and_chains():
    settings = Settings(aliases={"Doha Ch": "Doha Channel", "Doha Channel": "Al Jazeera"})
    d = trace(_corpus("Doha Ch"), settings=settings).derivation(COPY, SOURCE)
    assert d is not None and d.credited
    with outlet_aliases(settings.aliases) as table:
        assert table["dohach"] == "aljazeera" and same_outlet("Doha Ch", "Al-Jazeera")


def test_bad_alias_table():
    with pytest.raises(InputFormatError, match="outlet alias"):
        trace(_corpus("AJ"), aliases={"AJ": ""})
