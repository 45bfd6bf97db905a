"""Python ergonomics: a short repr, writers that return the path they wrote, undetermined pairs
and placeholder edges that diff like any other, and only web links linked in the HTML page."""

from __future__ import annotations

from pathlib import Path

from conftest import COPY, SOURCE, seed_text
from provenance import Report, trace


def test_repr_is_short_and_names_the_derivations(seeds_report):
    text = repr(seeds_report)
    assert len(text.splitlines()) < 20 and len(text) < 600
    assert text.startswith("<Report: 2 documents, 1 pair sharing text, 1 derivation")
    assert "Al Jazeera · Syrian rebel groups" in text and "confidence 0.99 certain" in text
    assert str(seeds_report) == text
    assert seed_text("000")[200:260] not in text  # no article text


def test_repr_lists_the_first_few_derivations_then_how_many_more():
    story = seed_text("000")
    records = [{"id": f"copy-{n}", "title": f"Copy {n}", "text": f"Edition {n} notes.\n\n{story}\n\nNote {n}."}
               for n in range(8)]
    report = trace([{"id": "original", "text": story, "outlet": "Al Jazeera"}, *records])
    text = repr(report)
    lines = text.splitlines()
    assert len(lines) < 20
    if len(report.derivations) > 5:
        assert lines[-1].startswith(f"  and {len(report.derivations) - 5} more")
    assert sum(" <- " in line for line in lines) == min(5, len(report.derivations))


def test_writers_given_a_path_return_it_and_given_none_return_the_text(seeds_report, tmp_path):
    for method, name in (("to_json", "r.json"), ("to_html", "r.html"), ("to_prov_json", "p.json"),
                         ("to_prov_n", "p.provn")):
        writer = getattr(seeds_report, method)
        written = writer(tmp_path / name)
        assert written == tmp_path / name and isinstance(written, Path)
        text = writer()
        assert isinstance(text, str) and (tmp_path / name).read_text(encoding="utf-8").rstrip("\n") == text.rstrip("\n")
    assert Report.read_json(tmp_path / "r.json") == seeds_report
    assert seeds_report.to_json(str(tmp_path / "s.json")) == tmp_path / "s.json"


def test_undetermined_pairs_diff_and_show_side_by_side_folded():
    from test_wire_scenario import FOOTER_D, WIRE, _corpus

    report = trace(_corpus())
    pairs = [p for p in report.pairs if p.relation == "undetermined"]
    p = next(p for p in pairs if (p.a, p.b) == ("courier", "harbour"))
    forward, back = report.diff(p.a, p.b), report.diff(p.b, p.a)
    assert (forward.derived, forward.source) == (p.a, p.b) and (back.derived, back.source) == (p.b, p.a)
    assert forward.count("kept") + forward.count("modified") > 0
    page = report.to_html()
    fold = page.index(f'<details class="pair" id="pair-{pairs.index(p) + 1}">')
    section = page[fold:page.index("</details>", fold)]
    assert "<details class=\"pair\" id=\"pair-1\" open" not in page  # closed until opened
    assert "Evening Courier · Commuters back on track as flooded tunnel reopens ~ Harbour Times · " in section
    assert 'class="sbs body-ops"' in section and "op-kept" in section
    assert WIRE[0] in section and WIRE[7] in section and "flood barriers" in section  # shared, and each alone
    assert FOOTER_D in section
    assert "undetermined" in report.summary() and f"    ids: {p.a} ~ {p.b}" in report.summary()


def test_html_links_only_web_pages(tmp_path):
    story = seed_text("000")
    copy = seed_text("003")
    report = trace([
        {"id": "src", "text": story, "url": "https://www.aljazeera.example/news/2017/1/16/astana"},
        {"id": "cp", "text": copy, "url": "javascript:alert(1)"},
    ])
    page = report.to_html()
    assert '<a href="https://www.aljazeera.example/news/2017/1/16/astana" rel="noreferrer">' in page
    assert 'href="javascript:' not in page


def test_names_replace_ids_where_people_read(seeds_report):
    page = seeds_report.to_html()
    assert f"copy: {COPY}" not in page and "copy: All Syrian opposition factions" in page
    assert "<h2>1. All Syrian opposition factions agree to attend Astana talks ← " in page
    assert f"<code>{COPY}</code> ← <code>{SOURCE}</code>" in page
    assert "direction confidence" not in page and "0.99 <span class=\"badge b-certain\">certain</span>" in page
    assert 'class="badge b-copy"' in page
    assert "Confidence is the pair model&#x27;s probability" in page


def test_placeholders_are_named_in_the_page_and_diff_from_the_command_line(tmp_path, capsys):
    import json

    from provenance.cli import main
    from test_wire_scenario import _corpus

    report = trace(_corpus())
    (missing,) = report.missing
    page = report.to_html()
    assert "Reuters story, not in corpus" in page
    assert f"<td>{missing.id}" not in page and "<h2>2. Evening Courier" in page
    assert "The article credits the agency its siblings credit: the source is the Reuters story, not in corpus" in page
    feed = tmp_path / "wire.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in _corpus()), encoding="utf-8")
    assert main(["diff", "courier", missing.id, str(feed)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Evening Courier · Commuters back on track as flooded tunnel reopens <- "
                               "Reuters story, not in corpus: ")
    assert lines[1] == f"ids: courier <- {missing.id}"
    assert any(line.startswith("= kept") for line in lines) and any(line.startswith("+ added") for line in lines)


def test_a_rewrite_is_called_a_rewrite_in_the_summary_and_the_page():
    source = seed_text("000")
    body = source.split("\n\n")[4:14]
    shortened = [" ".join(p.split()[: len(p.split()) * 2 // 3]) + ", according to people familiar with the matter."
                 for p in body]
    copy = "Rebels say yes to Astana\n\nAl-Jazeera – " + "\n\n".join(shortened)
    report = trace([{"id": "src", "text": source}, {"id": "cp", "text": copy, "outlet": "Daily Copy"}])
    (d,) = report.derivations
    assert d.reuse == "rewrite"
    assert "(rewrite, credited, retitled; confidence " in report.summary()
    assert "(rewrite, credited" in repr(report)
    page = report.to_html()
    assert page.count('<span class="badge b-rewrite"') == 2  # the summary table and the derivation's section
    assert "1 rewrite)" in page and 'class="badge b-copy"' not in page


def test_undetermined_pairs_say_which_relations_were_close():
    """Every view of an undetermined pair names the two relations the pair model found likeliest,
    with their probabilities, likeliest first."""
    from provenance.views.html_base import esc
    from provenance.views.names import Names
    from provenance.views.wording import confidence_number
    from test_wire_scenario import _corpus

    report = trace(_corpus())
    said = {"a_from_b": "{a} copied {b}", "b_from_a": "{b} copied {a}", "siblings": "a common source",
            "none": "no reuse (shared quotes or stock text)"}
    page, summary = report.to_html(), report.summary()
    for p in (p for p in report.pairs if p.relation == "undetermined"):
        first, second = sorted(p.probabilities, key=lambda k: (-p.probabilities[k], k))[:2]
        expected = (f"likeliest: {said[first]} {confidence_number(p.probabilities[first])}, "
                    f"then {said[second]} {confidence_number(p.probabilities[second])}")
        assert expected.format(a="the first", b="the second") in summary
        assert expected.format(a="a", b="b") in page  # the table of undetermined pairs
        names = Names.of(report)
        assert esc(expected.format(a=names[p.a], b=names[p.b])) in page  # the pair side by side
