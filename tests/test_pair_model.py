"""The pair model: order of the two articles does not matter, the fit is deterministic, bad files are named."""

from __future__ import annotations

import pytest

from provenance import trace
from provenance.corpus.fitting import fit
from provenance.corpus.pair_model import RELATIONS, load_model
from provenance.errors import InputFormatError


def _swapped(values: dict[str, float]) -> dict[str, float]:
    from provenance.corpus.features import DIRECTED

    return {k: (-v if k in DIRECTED else v) for k, v in values.items()}


def test_swapping_the_articles_swaps_the_two_directions_and_nothing_else():
    model = load_model()
    pair = trace("seeds/").pairs[0]
    p, q = model.probabilities(pair.features), model.probabilities(_swapped(pair.features))
    assert p["a_from_b"] == pytest.approx(q["b_from_a"]) and p["siblings"] == pytest.approx(q["siblings"])
    assert sum(p.values()) == pytest.approx(1.0)
    assert set(pair.probabilities) == set(RELATIONS)


def test_the_seed_copy_is_the_derived_one_for_the_shipped_model():
    pair = trace("seeds/").pairs[0]
    copy = "b_from_a" if pair.derived == pair.b else "a_from_b"
    assert max(pair.probabilities, key=pair.probabilities.get) == copy


def test_fit_learns_a_directed_signal_and_is_deterministic():
    rows = [{"signal.credit": s, "share_max": 0.9} for s in (1.0, -1.0)] * 20 + [{"share_max": 0.05}] * 20
    labels = ["a_from_b", "b_from_a"] * 20 + ["none"] * 20
    a, b = fit(rows, labels, l2=0.01), fit(list(reversed(rows)), list(reversed(labels)), l2=0.01)
    assert a.to_json() == b.to_json()
    assert a.probabilities({"signal.credit": 1.0, "share_max": 0.9})["a_from_b"] > 0.8
    assert a.probabilities({"share_max": 0.05})["none"] > 0.8
    with pytest.raises(InputFormatError, match="unknown relations"):
        fit(rows[:1], ["copied"])


def test_a_model_file_that_is_not_one_is_named(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text('{"directed": {"no_such_feature": 1.0}, "shared": {"derived": {}, "siblings": {}, "none": {}}}')
    with pytest.raises(InputFormatError, match="unknown features"):
        load_model(str(bad))
    with pytest.raises(InputFormatError, match="cannot be read"):
        load_model(str(tmp_path / "missing.json"))
