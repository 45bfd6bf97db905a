"""Time two versions of the tracer on one corpus, taking turns: ``python -m bench.compare``.

A change to the pipeline is judged against the version before it, measured in the same run on
the same machine, so that a slow spell falls on both alike: each round traces the corpus once with
the baseline's source tree and once with this checkout's, each in a fresh subprocess, in turns,
and the medians and their ratio are reported.

    git worktree add /tmp/base <commit>           # the version to compare with
    python -m bench.compare --base /tmp/base/src                   # Reuters + 5% planted, 2 workers
    python -m bench.compare --base /tmp/base/src --size 100000 --repeats 3

The corpus is :func:`bench.scale.build` (all Reuters-21578 stories with 5% planted copies, or a
corpus of ``--size`` articles of the same make-up). The seconds are the trace's alone, not the
building of the corpus; the pairs and derivations found by each version are printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
__all__ = ["compare", "main"]


def _one(size: int | None, workers: int) -> dict[str, Any]:
    """One timed trace in this process (run in a fresh subprocess by :func:`compare`)."""
    import provenance

    from .scale import build

    records, _ = build(size)
    started = time.perf_counter()
    report = provenance.trace(records, workers=workers)
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "articles": len(records), "pairs": len(report.pairs),
            "derivations": len(report.derivations), "source": str(Path(provenance.__file__).parent.parent)}


def _run(src: Path | None, size: int | None, workers: int) -> dict[str, Any]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    code = f"import json, bench.compare as c; print(json.dumps(c._one({size!r}, {workers})))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(base: Path, size: int | None = None, workers: int = 2, repeats: int = 3) -> dict[str, Any]:
    """Medians of ``repeats`` timed traces of each version, taking turns, and their ratio."""
    runs: dict[str, list[dict[str, Any]]] = {"base": [], "this": []}
    for _ in range(repeats):
        runs["base"].append(_run(base, size, workers))
        runs["this"].append(_run(None, size, workers))
    out: dict[str, Any] = {"size": size, "workers": workers, "repeats": repeats}
    for name, done in runs.items():
        out[name] = {"median_seconds": statistics.median(r["seconds"] for r in done),
                     "all_seconds": [r["seconds"] for r in done],
                     **{k: done[0][k] for k in ("articles", "pairs", "derivations", "source")}}
    out["ratio"] = round(out["this"]["median_seconds"] / out["base"]["median_seconds"], 3)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the baseline's source tree (holding provenance/)")
    parser.add_argument("--size", type=int, default=None, help="articles (default: all Reuters + 5%% planted)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not (args.base / "provenance" / "__init__.py").exists():
        parser.error(f"{args.base} holds no provenance package")
    print(json.dumps(compare(args.base, args.size, args.workers, args.repeats), indent=1))


if __name__ == "__main__":
    main()
