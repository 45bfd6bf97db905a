"""Refitting the pair model on labelled pairs: `provenance.train` and `provenance train`."""

from __future__ import annotations

import json
import random

import pytest

from provenance import InputFormatError, Settings, trace, train
from provenance.cli import main
from provenance.corpus.pair_model import load_model
from provenance.settings import DirectionSettings

WORDS = [f"{c}{v}{e}" for c in "bdfgklmnprstvz" for v in "aeiou" for e in ("n", "r", "s", "l", "")]


def _paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + "."


def _stories(n: int = 6) -> list[dict[str, str]]:
    """Stories of two articles each that share half their paragraphs and keep half their own."""
    rng = random.Random(7)
    records = []
    for s in range(n):
        shared = [_paragraph(rng) for _ in range(3)]
        for side in ("x", "y"):
            own = [_paragraph(rng) for _ in range(3)]
            records.append({"id": f"s{s}{side}", "text": "\n\n".join([f"Story {s} {side}", *shared, *own])})
    return records


def test_refit_moves_the_model_towards_the_labels(tmp_path):
    corpus = _stories()
    labels = [{"a": f"s{s}x", "b": f"s{s}y", "relation": "none"} for s in range(6)]
    model, used = train(corpus, labels, l2=0.01)
    assert used["labelled_pairs"] == 6 and used["labels"] == {"none": 6}
    before = trace(corpus)
    path = tmp_path / "model.json"
    path.write_text(model.to_json(), encoding="utf-8")
    after = trace(corpus, settings=Settings(direction=DirectionSettings(model=str(path))))
    for old, new in zip(before.pairs, after.pairs):
        assert (old.a, old.b) == (new.a, new.b)
        assert new.probabilities["none"] > old.probabilities["none"]
    assert load_model(str(path)).card["labelled_pairs"] == 6


def test_labels_read_both_ways_round():
    corpus = _stories(2)
    _model, used = train(corpus, [{"a": "s0y", "b": "s0x", "relation": "derived"},
                                 {"a": "s1x", "b": "s1y", "relation": "b_from_a"}], l2=0.01)
    assert used["labels"] == {"b_from_a": 2}  # seen from the pair's a, s0x


@pytest.mark.parametrize(("labels", "message"), [
    ([{"a": "s0x", "b": "s0y", "relation": "copied"}], "relation 'copied' is not one of"),
    ([{"a": "s0x", "relation": "none"}], "row 1: needs the columns a, b and relation"),
    ([{"a": "s0x", "b": "nobody", "relation": "none"}], "labels name articles not in the corpus: nobody"),
    ([], "no labelled pairs"),
])
def test_bad_labels_are_named(labels, message):
    with pytest.raises(InputFormatError, match=message):
        train(_stories(1), labels)


def test_labels_of_pairs_that_share_nothing_are_reported_not_fitted():
    corpus = _stories(2)
    with pytest.raises(InputFormatError, match="none of the labelled pairs share enough text"):
        train(corpus, [{"a": "s0x", "b": "s1y", "relation": "none"}])
    _, used = train(corpus, [{"a": "s0x", "b": "s1y", "relation": "none"},
                             {"a": "s0x", "b": "s0y", "relation": "siblings"}])
    assert used["not_sharing_text"] == [["s0x", "s1y"]]


def test_cli_train_writes_a_model_that_trace_uses(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _stories()), encoding="utf-8")
    labels = tmp_path / "labels.csv"
    labels.write_text("a,b,relation\n" + "".join(f"s{s}x,s{s}y,siblings\n" for s in range(6)), encoding="utf-8")
    out = tmp_path / "model.json"
    assert main(["train", str(corpus), "--labels", str(labels), "-o", str(out), "--l2", "0.01"]) == 0
    assert "fitted on 6 labelled pairs (6 siblings)" in capsys.readouterr().out
    assert main(["trace", str(corpus), "--model", str(out), "--json", str(tmp_path / "r.json"), "-q"]) == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert all(p["probabilities"]["siblings"] > 0.5 for p in report["pairs"])


def test_cli_train_names_a_bad_labels_file(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _stories(1)), encoding="utf-8")
    labels = tmp_path / "labels.txt"
    labels.write_text("a b relation", encoding="utf-8")
    assert main(["train", str(corpus), "--labels", str(labels), "-o", str(tmp_path / "m.json")]) == 1
    assert "labels.txt: labels must be a .csv or .jsonl file" in capsys.readouterr().err


def test_labels_of_pairs_that_share_too_little_to_decide_are_reported_not_fitted(tmp_path, capsys):
    """A pair that shares a sentence or so is undetermined whatever the model says: its label is
    named apart and not fitted, so it cannot pull the model's weights."""
    corpus = _stories(2)
    rng = random.Random(11)
    line = " ".join(corpus[0]["text"].split("\n\n")[1].split()[:25])
    corpus.append({"id": "s9z", "text": "\n\n".join(["Story 9 z", *(_paragraph(rng) for _ in range(5)), line])})
    report = trace(corpus)
    pair = next(p for p in report.pairs if {p.a, p.b} == {"s0x", "s9z"})
    assert pair.relation == "undetermined"
    _, used = train(corpus, [{"a": "s0x", "b": "s9z", "relation": "derived"},
                             {"a": "s0x", "b": "s0y", "relation": "siblings"}])
    assert used["sharing_too_little"] == [["s0x", "s9z"]]
    assert used["labelled_pairs"] == 1
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus), encoding="utf-8")
    labels = tmp_path / "labels.csv"
    labels.write_text("a,b,relation\ns0x,s9z,derived\ns0x,s0y,siblings\n", encoding="utf-8")
    assert main(["train", str(path), "--labels", str(labels), "-o", str(tmp_path / "m.json")]) == 0
    assert "1 labelled pairs share too little for anything to be decided" in capsys.readouterr().out
