"""The facts of a paragraph: a rewrite keeps its figures and names; a report written to the same
template states other figures; two paragraphs without a fact in common say nothing alike."""

from __future__ import annotations

import pytest

from provenance.pairs.facts import facts, same_facts


def test_figures_lose_their_separators_and_numbers_in_words_count():
    figures, names = facts("Jo Bloggs, 34, of Leeds paid £1,500 and was jailed for six years at Leeds Crown Court.")
    assert figures == {"34", "1500", "six"}
    assert names == {"Bloggs", "Leeds", "Crown", "Court"}  # "Jo" opens the sentence


@pytest.mark.parametrize("x, y, same", [
    # A rewrite: other words, the same age, town, sum and court.
    ("Jo Bloggs, 34, of Leeds was fined £1,500 at Leeds Crown Court on Friday.",
     "At Leeds Crown Court on Friday a fine of £1,500 was handed to Leeds man Jo Bloggs, aged 34.", True),
    # A rewrite that adds a figure of its own is still the same report.
    ("The work will cost four million, the Harbour Board said.",
     "The Harbour Board said the work, to start in 2027, would cost four million.", True),
    # One template, another day's figures.
    ("The Bank of England said it provided the market with 215 mln stg of help this morning.",
     "The Bank of England said it had given the market 380 mln stg of help in the afternoon.", False),
    ("Each school will take two hundred pupils.", "Each school will take three hundred pupils.", False),
    # Nothing to agree on: no figure, no name.
    ("Fishing crews have complained that silt makes the channel unsafe.",
     "Crews complain the silt makes the channel unsafe for fishing.", False),
    # Names of two stories of one beat.
    ("Police in Croydon arrested a man after the raid, Scotland Yard said.",
     "Police in Harlow arrested two women after a break-in, Essex Police said.", False),
])
def test_same_facts(x, y, same):
    assert same_facts(x, y) is same
    assert same_facts(y, x) is same
