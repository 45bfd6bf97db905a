"""Refitting the pair model on a user's own labelled pairs: ``provenance train`` and :func:`train`.

A newsroom or a research group that has labelled pairs of its own corpus (this one copied that
one, these two ran the same agency story, these share only a quote) can fit the pair model to
them. The corpus is traced with the model in use, the labelled pairs are found among the pairs
that share text, and their features are refitted. The fit starts from the model in use and is
drawn towards it (see :func:`~provenance.corpus.fitting.fit`), so a few hundred labels adjust the
shipped model rather than replacing it with one that knows only them. The result is a JSON file
to hand back as ``Settings(direction=DirectionSettings(model=path))`` or ``--model``.

Labels are records (a .csv or .jsonl file, or a list of dicts) with the columns ``a``, ``b``
and ``relation``: ``derived`` or ``a_from_b`` (a derived from b, directly or through others),
``b_from_a``, ``siblings`` (both from one common source) or ``none`` (no reuse).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from .corpus.fitting import fit
from .corpus.pair_model import RELATIONS, PairModel, load_model
from .corpus.shared_text import decidable
from .errors import InputFormatError
from .pipeline import trace
from .settings import Settings

__all__ = ["read_labels", "train"]

#: What the ``relation`` column may say, and the relation it means as seen from ``a``.
_SPELLINGS = {"derived": "a_from_b", **{r: r for r in RELATIONS}}


def read_labels(labels: str | Path | Iterable[Mapping[str, Any]]) -> list[tuple[str, str, str]]:
    """Labelled pairs as (a, b, relation seen from a), from a .csv/.jsonl file or records.

    Raises InputFormatError naming the file and row for a missing column or an unknown relation."""
    where = str(labels) if isinstance(labels, (str, Path)) else "labels"
    if isinstance(labels, (str, Path)):
        path = Path(labels)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise InputFormatError(f"{path}: cannot be read ({err.strerror})") from None
        if path.suffix.lower() == ".csv":
            records: list[Mapping[str, Any]] = list(csv.DictReader(text.splitlines()))
        elif path.suffix.lower() in (".jsonl", ".ndjson"):
            records = []
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as err:
                        raise InputFormatError(f"{path}, line {n}: not JSON ({err.msg})") from None
        else:
            raise InputFormatError(f"{path}: labels must be a .csv or .jsonl file")
    else:
        records = list(labels)
    out = []
    for n, r in enumerate(records, 1):
        if not isinstance(r, Mapping) or not all(r.get(k) for k in ("a", "b", "relation")):
            raise InputFormatError(f"{where}, row {n}: needs the columns a, b and relation")
        relation = _SPELLINGS.get(str(r["relation"]).strip().lower())
        if relation is None:
            raise InputFormatError(
                f"{where}, row {n}: relation {r['relation']!r} is not one of {sorted(_SPELLINGS)}"
            )
        out.append((str(r["a"]), str(r["b"]), relation))
    if not out:
        raise InputFormatError(f"{where}: no labelled pairs")
    return out


def train(
    corpus: Any,
    labels: str | Path | Iterable[Mapping[str, Any]],
    settings: Settings | None = None,
    l2: float = 1.0,
) -> tuple[PairModel, dict[str, Any]]:
    """The pair model refitted on ``labels`` (see :func:`read_labels`) of the traced ``corpus``.

    Returns the model and what the fit used: labelled pairs found, those not found among the pairs
    that share text and those that share too little for anything to be decided between them
    (:func:`~provenance.corpus.shared_text.decidable`): neither teaches the model anything the trace
    uses, since it only judges pairs that share enough. And the count of each relation. Raises
    InputFormatError when a label names an article not in the corpus, or when none of the labelled
    pairs share enough text to be decided.

    >>> model, used = train("corpus/", "labels.csv")  # doctest: +SKIP
    >>> Path("model.json").write_text(model.to_json())  # doctest: +SKIP
    """
    settings = settings or Settings()
    wanted = read_labels(labels)
    report = trace(corpus, settings=settings)
    known = {a.id for a in report.documents}
    unknown = sorted({i for a, b, _ in wanted for i in (a, b) if i not in known})
    if unknown:
        raise InputFormatError(f"labels name articles not in the corpus: {', '.join(unknown[:5])}"
                               + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""))
    pairs = {(p.a, p.b): p for p in report.pairs}
    rows, relations, missing = [], [], []
    flip = {"a_from_b": "b_from_a", "b_from_a": "a_from_b"}
    undecided = []
    for a, b, relation in wanted:
        pair = pairs.get((a, b)) or pairs.get((b, a))
        if pair is None:
            missing.append((a, b))
        elif not decidable(pair, settings.direction):
            undecided.append((a, b))
        else:
            rows.append(pair.features)
            relations.append(relation if (pair.a, pair.b) == (a, b) else flip.get(relation, relation))
    if not rows:
        raise InputFormatError("none of the labelled pairs share enough text in the traced corpus for the model "
                               "to decide them: nothing to fit")
    base = load_model(settings.direction.model)
    used = {
        "fitted": date.today().isoformat(),
        "labelled_pairs": len(rows),
        "labels": dict(sorted(Counter(relations).items())),
        "not_sharing_text": [list(p) for p in missing],
        "sharing_too_little": [list(p) for p in undecided],
        "l2": l2,
        "refitted_from": settings.direction.model or "the model shipped with provenance",
    }
    model = fit(rows, relations, l2=l2, card=used, prior=base)
    return model, used
