"""House spelling: a copy respelt in its outlet's style has not gone back to the original."""

from __future__ import annotations

import pytest

from provenance import trace
from provenance.corpus.inheritance import inheritance
from provenance.models import Article, Block
from provenance.pairs.spelling import fold

PAIRS = [
    ("colour", "color"), ("favourite", "favorite"), ("neighbourhoods", "neighborhoods"), ("labour", "labor"),
    ("organised", "organized"), ("criticising", "criticizing"), ("privatisation", "privatization"),
    ("analyse", "analyze"), ("paralysed", "paralyzed"), ("centre", "center"), ("theatres", "theaters"),
    ("centred", "centered"), ("fibre", "fiber"), ("travelled", "traveled"), ("cancelling", "canceling"),
    ("counsellor", "counselor"), ("defence", "defense"), ("offences", "offenses"), ("catalogue", "catalog"),
    ("paediatric", "pediatric"), ("programme", "program"), ("tyres", "tires"), ("grey", "gray"),
    ("judgement", "judgment"), ("manoeuvre", "maneuver"),
]


@pytest.mark.parametrize(("british", "american"), PAIRS)
def test_both_spellings_of_a_word_fold_alike(british, american):
    assert fold(british) == fold(american)


@pytest.mark.parametrize("word", ["four", "hour", "your", "rise", "wise", "hence", "fence", "acre", "the", "said"])
def test_short_words_and_words_of_one_spelling_are_left_alone(word):
    assert fold(word) == word


@pytest.mark.parametrize(("one", "other"), [("start", "begin"), ("filed", "filled"), ("four", "for"), ("tour", "tore")])
def test_different_words_stay_different(one, other):
    assert fold(one) != fold(other)


BRITISH = [
    "The council has organised a review of the centre's defence budget after months of criticism.",
    "Officials said the programme would be analysed by a panel of labour economists next month.",
    "Residents travelled to the town hall to voice their favourite proposals for the neighbourhood.",
    "The mayor said the colour of the new buses had been chosen by a vote of local schoolchildren.",
    "A final judgement on the plan is expected before the summer recess, the council said.",
]


def _american(text: str) -> str:
    for british, american in [("organised", "organized"), ("centre", "center"), ("defence", "defense"),
                              ("programme", "program"), ("analysed", "analyzed"), ("labour", "labor"),
                              ("travelled", "traveled"), ("favourite", "favorite"), ("neighbourhood", "neighborhood"),
                              ("colour", "color"), ("judgement", "judgment")]:
        text = text.replace(british, american)
    return text


def _article(ident: str, paragraphs: list[str]) -> Article:
    return Article(id=ident, text="\n\n".join(paragraphs), blocks=tuple(
        Block(index=i, kind="body", text=p, start=0, end=len(p)) for i, p in enumerate(paragraphs)))


# A London original; a New York copy in its own spelling that credits it, with a word swapped and a
# paragraph added; a Leeds copy of the New York one, respelt back into British, keeping the credit, the
# swap and the paragraph.
ORIGINAL = BRITISH
FIRST = [_american(p) for p in BRITISH]
FIRST[0] = "The London Courier - " + FIRST[0]
FIRST[1] = FIRST[1].replace("next month", "in the coming weeks")
FIRST.append("The review follows a similar exercise in a neighboring county last year, which found savings.")
SECOND = list(BRITISH)
SECOND[0] = "The London Courier - " + SECOND[0]
SECOND[1] = SECOND[1].replace("next month", "in the coming weeks")
SECOND[3] = SECOND[3].replace("chosen", "picked")  # and a change of its own
SECOND.append("The review follows a similar exercise in a neighbouring county last year, which found savings.")


def test_a_copy_respelt_in_its_own_style_still_carries_its_parents_changes():
    kept = inheritance(_article("c", SECOND), _article("b", FIRST), _article("a", ORIGINAL))
    assert kept.reverted == 0 and kept.carried == 3, kept  # the credit, the swap and the paragraph


def test_a_chain_across_spelling_styles_hangs_the_last_copy_on_the_copy_it_took():
    """Both copies credit the original; the changes the last one carries name its parent."""
    report = trace([
        {"id": "london", "text": "\n\n".join(ORIGINAL), "outlet": "The London Courier",
         "published": "2024-05-01T08:00:00Z"},
        {"id": "newyork", "text": "\n\n".join(FIRST), "outlet": "New York Ledger",
         "published": "2024-05-01T12:00:00Z"},
        {"id": "leeds", "text": "\n\n".join(SECOND), "outlet": "Leeds Evening Post",
         "published": "2024-05-01T16:00:00Z"},
    ])
    edges = {(d.derived, d.source) for d in report.derivations}
    assert ("newyork", "london") in edges and ("leeds", "newyork") in edges and ("leeds", "london") not in edges, edges
