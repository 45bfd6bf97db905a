"""The development tool that tallies the tracer's mistakes by kind (python -m bench.failures)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import data_dir, have_data  # noqa: E402
from bench.failures import KINDS, failures, main  # noqa: E402
from bench.soak import FAMILIES, HELD_OUT  # noqa: E402


@pytest.mark.parametrize("family", sorted(HELD_OUT))
def test_a_held_out_family_is_refused_before_anything_is_traced(family):
    with pytest.raises(ValueError, match="held out"):
        failures(family, [1])


def test_the_command_names_the_problem_for_a_held_out_or_unknown_family(capsys):
    for family, why in (("syndicate", "held out"), ("nosuch", "unknown family")):
        with pytest.raises(SystemExit):
            main([family])
        assert why in capsys.readouterr().err


@pytest.mark.skipif(not have_data(*FAMILIES["roundup"][1]),
                    reason=f"roundup's source texts not found at {data_dir()} (set PROVENANCE_DATA)")
def test_the_tally_of_a_small_corpus_agrees_with_the_soak_figures():
    from bench.genealogy import figures

    from provenance import trace

    records, truth, _ = FAMILIES["roundup"][0](7, 300)
    counted = figures(trace(records, workers=1), truth)
    tallies, examples = failures("roundup", [7], articles=300, workers=1)
    assert set(tallies) == set(KINDS)
    # Every copy the soak counts as not exact is one mistake of the copies set, and so on.
    assert sum(tallies["copies"].values()) == counted["copies"] - counted["copies_exact"]
    assert sum(tallies["siblings"].values()) == counted["sibling_edges"]
    assert sum(tallies["unrelated"].values()) == counted["unrelated_edges"]
    assert sum(tallies["mixes"].values()) >= counted["mixes"] - counted["mixes_right"]
    assert all(examples[(kind, what)] for kind in KINDS for what in tallies[kind])
