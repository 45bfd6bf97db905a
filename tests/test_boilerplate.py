"""Site boilerplate: footers a site prints on unrelated stories pair nothing, at any corpus size."""

from __future__ import annotations

import random

import pytest

from provenance import trace

#: Words enough that two made-up stories share no run of four by chance.
_NOUNS = [f"{a}{b}" for a in ("har", "riv", "mar", "bri", "pol", "hos", "fes", "bud", "rai", "far", "sto", "sch",
                                "wat", "ene", "cou", "mus", "lib", "foo", "ele", "may")
          for b in ("bour", "ket", "dge", "ice", "pital", "tival", "get", "way", "mer", "rm")]
_VERBS = ["said", "announced", "warned", "agreed", "planned", "opened", "closed", "reported", "expected", "approved"]
FOOTERS = {
    "Daily Ledger": [
        "Follow The Daily Ledger on Twitter and Facebook for the latest news and updates.",
        "Copyright The Daily Ledger 2025. All rights reserved.",
        "Sign up for The Daily Ledger newsletter to get the top stories every morning.",
    ],
    "Valley Times": [
        "Follow the Valley Times on Twitter and Facebook for breaking news from the valley.",
        "Copyright Valley Times 2025. All rights reserved.",
        "Sign up for the Valley Times newsletter for our best journalism every week.",
    ],
}


def _story(rng: random.Random) -> list[str]:
    return [
        " ".join(f"{rng.choice(_NOUNS)} {rng.choice(_VERBS)}" for _ in range(rng.randint(7, 10))).capitalize() + "."
        for _ in range(rng.randint(6, 9))
    ]


def _corpus(n: int, seed: int = 3, outlets: tuple[str, ...] = ("Daily Ledger", "Valley Times")) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        outlet = outlets[k % len(outlets)]
        footer = [line.replace("2025", str(2024 + k % 2)) for line in FOOTERS[outlet]]  # a year that varies
        out.append({"id": f"s{k:03d}", "title": f"Story number {k}", "text": "\n\n".join(_story(rng) + footer),
                    "outlet": outlet})
    return out


@pytest.mark.parametrize("n", [2, 12, 200])
def test_unrelated_stories_sharing_only_footers_make_no_pairs(n):
    report = trace(_corpus(n, outlets=("Daily Ledger",) if n == 2 else ("Daily Ledger", "Valley Times")))
    assert report.pairs == () and report.derivations == ()
    lines = {(line.text.replace("2024", "2025"), line.outlets) for line in report.boilerplate}
    assert {text for text, _ in lines} >= set(FOOTERS["Daily Ledger"])
    assert all(outlets in (("Daily Ledger",), ("Valley Times",)) for _, outlets in lines)
    for article in report.documents:
        assert [b.kind for b in article.blocks][-3:] == ["boilerplate"] * 3


def test_a_copy_that_carries_its_sources_footer_still_derives_from_it():
    corpus = _corpus(12)
    source = corpus[4]  # a Daily Ledger story
    body = source["text"].split("\n\n")[:-3]
    copy = {"id": "copy", "title": "A copy", "outlet": "Metro Post",
            "text": "\n\n".join(["Daily Ledger – " + body[0], *body[1:-1], *FOOTERS["Daily Ledger"]])}
    report = trace([*corpus, copy])
    assert [(d.derived, d.source) for d in report.derivations] == [("copy", source["id"])]
    [derivation] = report.derivations
    assert derivation.coverage > 0.95  # the footer counts for no coverage either way


def test_a_copy_of_only_the_closing_paragraphs_is_not_boilerplate():
    rng = random.Random(9)
    source = _story(rng)
    copy = _story(rng)[:4] + source[-2:]
    report = trace([{"id": "source", "text": "\n\n".join(source), "outlet": "Daily Ledger"},
                    {"id": "copy", "text": "\n\n".join(copy), "outlet": "Valley Times"}])
    assert report.boilerplate == ()
    assert len(report.pairs) == 1


def test_the_index_learns_boilerplate_as_days_arrive(tmp_path):
    index = tmp_path / "corpus.db"
    corpus = _corpus(6, outlets=("Daily Ledger",))
    first = trace(corpus[:3], index=index)
    assert first.pairs == ()
    second = trace(corpus[3:], index=index)
    assert second.pairs == () and second.derivations == ()
    assert {line.text for line in second.boilerplate} >= {FOOTERS["Daily Ledger"][0]}


def test_the_summary_and_the_html_report_list_the_boilerplate():
    report = trace(_corpus(6, outlets=("Daily Ledger",)))
    assert "site boilerplate set aside (3 lines)" in report.summary()
    page = report.to_html()
    assert "Site boilerplate" in page and "Follow The Daily Ledger on Twitter" in page


def test_a_credit_above_a_line_only_the_corpus_shows_is_furniture_is_read():
    """A site's closing line that reads as a sentence is furniture only once the corpus shows it on
    unrelated stories; the agency credit above it then closes the article."""
    rng = random.Random(7)
    line = "The Harbour Post has been printed in the town since 1889 and is owned by the people who write it."
    credit = ["The Associated Press contributed to this report."]
    corpus = [{"id": f"h{k}", "title": f"Story number {k}", "outlet": "Harbour Post",
               "text": "\n\n".join(_story(rng) + (credit if k == 0 else []) + [line])} for k in range(4)]
    report = trace(corpus)
    credited = report.article("h0")
    assert [b.kind for b in credited.blocks][-2:] == ["source", "boilerplate"]
    assert [c.name for c in credited.credits] == ["The Associated Press"]
