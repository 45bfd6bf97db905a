"""Reports written to one template are not copies of each other: a copy keeps the figures it copies.

Quarterly results, traffic figures and sports tables repeat the same sentences with other
numbers; they share many word trigrams and none of their facts. Two such reports make no pair,
while a copy of one, reworded around the same figures, does.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import trace
from provenance.article.segment import segment
from provenance.models import Article
from provenance.pairs.align import align, templated

TEMPLATE = [
    "{company} said its {month} load factor rose to {a} pct from {b} pct a year ago.",
    "Revenue passenger miles grew {c} pct in {month} to {d} mln from {e} mln, the company said.",
    "Available seat miles rose {f} pct in {month} to {g} billion from {h} billion.",
    "The share of seats filled in the two months rose to {i} pct from {j} pct in the year-ago period, it said.",
]


def _report(company: str, numbers: list[int], month: str = "February") -> str:
    keys = "abcdefghij"
    values = {k: f"{n // 10}.{n % 10}" for k, n in zip(keys, numbers)}
    return "\n\n".join(line.format(company=company, month=month, **values) for line in TEMPLATE)


def _article(ident: str, text: str) -> Article:
    return segment(Article(id=ident, text=text))


FIRST = [622, 569, 241, 9232, 7438, 135, 148, 131, 589, 544]
SECOND = [603, 623, 958, 2750, 1400, 213, 455, 225, 594, 606]


def test_two_reports_of_one_template_make_no_pair():
    one, two = _report("Northern Air", FIRST), _report("Coastal Airlines", SECOND)
    alignment = align(_article("one", one), _article("two", two))
    assert alignment.numbers_changed > alignment.numbers_kept
    assert templated(alignment) and alignment.groups == []
    assert trace([{"id": "one", "text": one}, {"id": "two", "text": two}]).pairs == ()


def test_a_copy_keeps_the_figures_and_pairs():
    source = _report("Northern Air", FIRST)
    copy = source.replace(" pct", " percent").replace("said", "says").replace("grew", "climbed")
    alignment = align(_article("copy", copy), _article("source", source))
    assert not templated(alignment) and alignment.numbers_kept > alignment.numbers_changed
    report = trace([{"id": "source", "text": source}, {"id": "copy", "text": copy}])
    assert len(report.pairs) == 1


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(100, 9999), min_size=10, max_size=10), st.integers(0, 9))
def test_one_corrected_figure_does_not_unmake_a_copy(numbers, at):
    """A copy that corrects a figure or two is still a copy."""
    source = _report("Northern Air", numbers)
    fixed = list(numbers)
    fixed[at] += 1
    alignment = align(_article("copy", _report("Northern Air", fixed)), _article("source", source))
    assert not templated(alignment)
