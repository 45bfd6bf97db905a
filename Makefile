# Benchmarks of issue #3: see docs/benchmarks.md. Data is read from ../shared/data (or $PROVENANCE_DATA).
PYTHON ?= python

.PHONY: bench bench-quick bench-smoke bench-report

bench:  ## everything, full size (about 20 minutes on 2 cores); writes bench/results.json and docs/benchmarks.md
	$(PYTHON) -m bench

bench-quick:  ## subsets, a few minutes; overwrites the same files
	$(PYTHON) -m bench --quick

bench-smoke:  ## tiny run of every benchmark, written to /tmp (what tests/test_bench_smoke.py runs)
	$(PYTHON) -m bench --smoke --json /tmp/provenance-bench-smoke.json --markdown /tmp/provenance-bench-smoke.md

bench-report:  ## regenerate docs/benchmarks.md from bench/results.json
	$(PYTHON) -m bench.report
