"""The pair model: calibrated probabilities of the four relations two articles that share text can have.

For articles x and y the relations are: x derived from y (``a_from_b`` when x is the pair's a),
y derived from x, both derived from a common source (``siblings``), and no reuse (``none``:
shared quotes, boilerplate, coincidence). The model is a multinomial logistic regression over
the features of :mod:`~provenance.corpus.features`, tied so that swapping x and y swaps the two
derived relations and nothing else:

    z(x from y) = d + s_derived,   z(y from x) = -d + s_derived,
    z(siblings) = s_siblings,      z(none) = s_none,

where ``d`` is the weighted sum of the directed features and each ``s`` a weighted sum of the
shared ones. The probabilities are the softmax of the four. The weights ship as JSON in the
package (``pair_model.json``, with a model card: data, features, held-out figures) and are
applied with plain arithmetic; :mod:`~provenance.corpus.fitting` refits them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import InputFormatError
from .features import DIRECTED, SHARED

__all__ = ["RELATIONS", "PairModel", "load_model"]

#: The relations, in the order the model's probabilities are given.
RELATIONS = ("a_from_b", "b_from_a", "siblings", "none")


@dataclass(frozen=True)
class PairModel:
    """Fitted weights: one per directed feature, and one per shared feature for each of three scores."""

    directed: Mapping[str, float]
    shared: Mapping[str, Mapping[str, float]]  # "derived", "siblings", "none" -> feature -> weight
    card: Mapping[str, object]

    def probabilities(self, values: Mapping[str, float]) -> dict[str, float]:
        """The four relations' probabilities for features whose directed part favours x when positive."""
        d = sum(w * values.get(name, 0.0) for name, w in self.directed.items())
        score = {  # the bias counts whether or not the values name it, as in the fit
            k: sum(w * (1.0 if name == "bias" else values.get(name, 0.0)) for name, w in weights.items())
            for k, weights in self.shared.items()
        }
        z = (score["derived"] + d, score["derived"] - d, score["siblings"], score["none"])
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {r: v / total for r, v in zip(RELATIONS, e)}

    def contributions(self, values: Mapping[str, float]) -> dict[str, float]:
        """Each directed feature's part in the log-odds of "x is the copy" against "y is the copy".

        The two derived relations differ only by ``2 d``, so a feature adds ``2 * weight * value``
        to that contest: positive towards x as the copy, negative towards y. Features of value 0
        are left out."""
        return {
            name: round(2.0 * w * values[name], 4)
            for name, w in sorted(self.directed.items())
            if values.get(name) and w
        }

    def signal_weight(self, signal: str) -> float:
        """The probability that a direction signal alone is right: the contest's odds when only it speaks."""
        w = self.directed.get(f"signal.{signal}", 0.0)
        return round(1.0 / (1.0 + math.exp(-2.0 * w)), 4)

    def to_json(self) -> str:
        """The model as the JSON file it ships as (keys sorted: equal models give equal files)."""
        return json.dumps({"directed": dict(self.directed), "shared": {k: dict(v) for k, v in self.shared.items()},
                           "card": self.card}, indent=1, sort_keys=True) + "\n"


def _parse(data: object, where: str) -> PairModel:
    try:
        directed = {str(k): float(v) for k, v in data["directed"].items()}  # type: ignore[index]
        shared = {
            group: {str(k): float(v) for k, v in data["shared"][group].items()}  # type: ignore[index]
            for group in ("derived", "siblings", "none")
        }
        card = dict(data.get("card", {}))  # type: ignore[union-attr]
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise InputFormatError(f"pair model {where}: not a model file ({err!r})") from None
    unknown = (set(directed) - set(DIRECTED)) | {k for w in shared.values() for k in w if k not in SHARED}
    if unknown:
        raise InputFormatError(f"pair model {where}: unknown features {sorted(unknown)}")
    return PairModel(directed=directed, shared=shared, card=card)


@cache
def load_model(path: str | None = None) -> PairModel:
    """The model shipped with the package, or the one in the JSON file at ``path`` (a refit)."""
    if path is None:
        text = resources.files(__package__).joinpath("pair_model.json").read_text(encoding="utf-8")
        where = "shipped with provenance"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise InputFormatError(f"pair model {path}: cannot be read ({err.strerror})") from None
        where = str(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputFormatError(f"pair model {where}: not JSON ({err.msg}, line {err.lineno})") from None
    return _parse(data, where)
