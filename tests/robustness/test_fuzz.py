"""The atheris fuzz target for loading and segmentation: a short run on every test run, and its regressions.

A longer run by hand (see fuzz/fuzz_segment.py)::

    python fuzz/fuzz_segment.py -max_total_time=600
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "fuzz" / "fuzz_segment.py"
REGRESSIONS = sorted((ROOT / "fuzz" / "regressions").glob("*"))
#: Seconds of fuzzing per test run: enough for some thousands of inputs, short enough for CI.
BUDGET = 8


def test_fuzz_target_runs_clean_for_a_fixed_budget(tmp_path):
    pytest.importorskip("atheris", reason="atheris (dev extra, Linux) is needed to fuzz")
    done = subprocess.run(
        [sys.executable, str(TARGET), f"-max_total_time={BUDGET}", "-rss_limit_mb=2048", "-timeout=10",
         f"-artifact_prefix={tmp_path}/", "-seed=1"],
        capture_output=True, timeout=BUDGET + 120, cwd=ROOT,
    )
    log = done.stderr.decode(errors="replace")
    assert done.returncode == 0, log[-3000:]
    assert "Done" in log and not list(tmp_path.glob("crash-*")), log[-3000:]


@pytest.mark.parametrize("case", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_fuzz_regressions_stay_fixed(case):
    atheris = pytest.importorskip("atheris")
    del atheris
    sys.path.insert(0, str(TARGET.parent))
    try:
        import fuzz_segment
    finally:
        sys.path.remove(str(TARGET.parent))
    fuzz_segment.TestOneInput(case.read_bytes())
