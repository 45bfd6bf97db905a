"""The bundled seeds: the one known derivation must come out exactly (goal: 100% right)."""

from __future__ import annotations

from typing import Any

from provenance import trace

from . import ROOT

__all__ = ["run"]

SOURCE = "000_2cd90f8013dc901a"
COPY = "003_ded10d4972c90a83"


def run() -> dict[str, Any]:
    """Check edge, direction, credit, retitle and the paragraph counts of the seed pair."""
    report = trace(ROOT / "seeds")
    edges = [(d.derived, d.source) for d in report.derivations]
    diff = report.diff(COPY, SOURCE)
    body = [op for op in diff.operations if not op.furniture]
    checks = {
        "one_edge_copy_to_source": edges == [(COPY, SOURCE)],
        "credited": bool(report.derivations) and report.derivations[0].credited,
        "retitled": diff.title.retitled is True,
        "ten_aligned_body_paragraphs": sum(op.kind in ("kept", "modified") for op in body) == 10,
        "seventeen_dropped_body_paragraphs": sum(op.kind == "dropped" for op in body) == 17,
        "confidence_at_least_0.9": bool(report.derivations) and report.derivations[0].confidence >= 0.9,
    }
    return {"checks": checks, "right": sum(checks.values()), "total": len(checks)}
