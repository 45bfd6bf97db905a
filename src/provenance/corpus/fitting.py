"""Fitting the pair model to labelled pairs: a tied multinomial logistic regression, by Newton's method.

A labelled pair is its features (:func:`~provenance.corpus.features.features`, as kept in
``Pair.features``) and its true relation, one of :data:`~provenance.corpus.pair_model.RELATIONS`
as seen from the pair's a. The fit minimises the weighted cross-entropy plus an L2 penalty on
every weight but the biases; the problem is convex, so Newton's method with a backtracking line
search reaches the same optimum whatever the order of the rows, in a few dozen steps, with numpy
alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ..errors import InputFormatError
from .features import DIRECTED, SHARED
from .pair_model import RELATIONS, PairModel

__all__ = ["fit"]

_GROUPS = ("derived", "siblings", "none")
#: Shared features that tell reuse from no reuse but not a copy from a sibling: how much text two
#: articles share and how alike it is say nothing of whether one took it from the other or both
#: from a third. Their siblings weight is tied to their derived weight, so that the fit cannot
#: learn the families' accidents (siblings nearly identical in one, copies heavily rewritten in
#: another) as a rule; on an independent family the untied fit called most copies siblings.
TIED = ("share_max", "share_min", "similarity", "shared_chars", "headline")


def _design(rows: Sequence[Mapping[str, float]]) -> np.ndarray:
    """Each row's map from the parameters to its four logits: shape (rows, 4, parameters)."""
    n, nd, ns = len(rows), len(DIRECTED), len(SHARED)
    g = np.array([[r.get(f, 0.0) for f in DIRECTED] for r in rows], dtype=float).reshape(n, nd)
    s = np.array([[1.0 if f == "bias" else r.get(f, 0.0) for f in SHARED] for r in rows], dtype=float).reshape(n, ns)
    j = np.zeros((n, 4, nd + 3 * ns))
    j[:, 0, :nd], j[:, 1, :nd] = g, -g
    # The siblings logit is the derived one's shared part plus a difference of its own.
    j[:, 0, nd:nd + ns] = j[:, 1, nd:nd + ns] = j[:, 2, nd:nd + ns] = s
    j[:, 2, nd + ns:nd + 2 * ns] = s
    j[:, 3, nd + 2 * ns:] = s
    return j


def _loss(
    theta: np.ndarray, j: np.ndarray, y: np.ndarray, w: np.ndarray, penalty: np.ndarray, mean: np.ndarray
) -> float:
    z = j @ theta
    z = z - z.max(axis=1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-(w * logp[np.arange(len(y)), y]).sum() + 0.5 * (penalty * (theta - mean) ** 2).sum())


def _vector(model: PairModel | None) -> np.ndarray:
    """A model's weights in the order of the fit's parameters (zeros for none, or for features it lacks)."""
    if model is None:
        return np.zeros(len(DIRECTED) + 3 * len(SHARED))
    group = {g: [model.shared.get(g, {}).get(f, 0.0) for f in SHARED] for g in _GROUPS}
    difference = [s - d for s, d in zip(group["siblings"], group["derived"])]
    return np.array([model.directed.get(f, 0.0) for f in DIRECTED] + group["derived"] + difference + group["none"])


def fit(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[str],
    weights: Sequence[float] | None = None,
    l2: float = 1.0,
    card: Mapping[str, object] | None = None,
    steps: int = 100,
    prior: PairModel | None = None,
) -> PairModel:
    """The pair model that best explains ``labels`` from ``rows`` (features), rows weighted by ``weights``.

    The fit minimises ``sum(weight * cross-entropy) + l2 / 2 * |theta - prior|^2`` (biases
    unpenalised): the weights are drawn towards ``prior`` (zero when None) as far as the data
    leave them free. A rare signal, seen in a few dozen pairs, then keeps most of the weight the
    prior gives it, and a refit on a user's few hundred pairs adjusts the shipped model rather
    than replacing it.
    Raises InputFormatError for an unknown label, no rows, or mismatched lengths.
    """
    if len(rows) != len(labels) or (weights is not None and len(weights) != len(rows)):
        raise InputFormatError("pair model fit: rows, labels and weights must be as many")
    if not rows:
        raise InputFormatError("pair model fit: no labelled pairs")
    bad = sorted({lab for lab in labels if lab not in RELATIONS})
    if bad:
        raise InputFormatError(f"pair model fit: unknown relations {bad}; expected one of {list(RELATIONS)}")
    j = _design(rows)
    y = np.array([RELATIONS.index(lab) for lab in labels])
    w = np.ones(len(rows)) if weights is None else np.asarray(weights, dtype=float)
    nd, ns = len(DIRECTED), len(SHARED)
    penalty = np.full(nd + 3 * ns, l2)
    bias = SHARED.index("bias")
    penalty[[nd + k * ns + bias for k in range(3)]] = 1e-6  # biases are almost free
    penalty[[nd + ns + SHARED.index(f) for f in TIED]] = 1e8  # no siblings difference of their own
    mean = _vector(prior)
    mean[[nd + ns + SHARED.index(f) for f in TIED]] = 0.0
    theta = mean.copy()
    onehot = np.eye(4)[y]
    for _ in range(steps):
        z = j @ theta
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = np.einsum("n,nk,nkm->m", w, p - onehot, j) + penalty * (theta - mean)
        # Hessian of the softmax cross-entropy: J^T (diag p - p p^T) J, weighted, plus the penalty.
        jp = np.einsum("nk,nkm->nm", p, j)
        hess = np.einsum("n,nk,nkm,nkl->ml", w, p, j, j) - np.einsum("n,nm,nl->ml", w, jp, jp) + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        if float(np.abs(step).max()) < 1e-7:
            break
        before, t = _loss(theta, j, y, w, penalty, mean), 1.0
        while t > 1e-4 and _loss(theta - t * step, j, y, w, penalty, mean) > before - 1e-4 * t * float(grad @ step):
            t /= 2.0
        theta = theta - t * step
    directed = {f: round(float(v), 6) for f, v in zip(DIRECTED, theta[:nd])}
    blocks = [theta[nd + k * ns:nd + (k + 1) * ns] for k in range(3)]
    blocks[1] = blocks[0] + blocks[1]  # the siblings weights: derived plus the difference
    shared = {group: {f: round(float(v), 6) for f, v in zip(SHARED, block)} for group, block in zip(_GROUPS, blocks)}
    return PairModel(directed=directed, shared=shared, card=dict(card or {}))
