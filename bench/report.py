"""docs/benchmarks.md, generated from bench/results.json (``python -m bench.report`` regenerates it).

Every figure in the page comes from the JSON; the only hand-written part is bench/notes.md,
included at the end, which says what limits the figures that fall short of the goals.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from . import ROOT

__all__ = ["git_state", "goals", "machine", "render", "versions", "write_markdown"]

NOTES = ROOT / "bench" / "notes.md"


def versions() -> dict[str, str]:
    """Versions of Python and of the packages the benchmarks use."""
    out = {"python": platform.python_version()}
    for name in ("provenance", "rapidfuzz", "numpy", "networkx", "pydantic", "text-matcher"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


def git_state() -> dict[str, Any]:
    """The commit benchmarked, and whether src/ had uncommitted changes (the library is tuned in parallel)."""
    import subprocess

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    return {"commit": git("rev-parse", "--short", "HEAD"), "src_dirty": bool(git("status", "--porcelain", "src"))}


def machine() -> dict[str, Any]:
    """CPU model, cores, memory and OS of this machine, read without extra packages."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": memory, "os": platform.platform()}


def _get(data: dict[str, Any], path: str) -> Any:
    for key in path.split("."):
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def goals(results: dict[str, Any]) -> list[tuple[str, str, float | None, float]]:
    """(goal, where measured, value, target) for each goal of issue #3."""
    seeds = results.get("seeds")
    rows = [
        ("seeds 100% right", "bundled seeds, all checks",
         seeds["right"] / seeds["total"] if seeds else None, 1.0),
        ("METER macro-F1 ≥ 0.80", "held-out half", _get(results, "meter.provenance.held_out.macro_f1"), 0.80),
        ("METER macro-F1 ≥ 0.80", "all articles", _get(results, "meter.provenance.all.macro_f1"), 0.80),
        ("METER derived-vs-non F1 ≥ 0.90", "held-out half",
         _get(results, "meter.provenance.held_out.derived_f1"), 0.90),
        ("METER direction 100% PA → newspaper", "all directed pairs", _get(results, "meter.direction.accuracy"), 1.0),
    ]
    for mode in ("dated", "undated"):
        base = f"synthetic.{mode}.provenance"
        rows += [
            ("generated edge F1 ≥ 0.98", mode, _get(results, f"{base}.edges.f1"), 0.98),
            ("generated direction ≥ 0.98", mode + ", decided true edges",
             _get(results, f"{base}.direction.accuracy_decided"), 0.98),
            ("generated direction ≥ 0.98", mode + ", all true edges",
             _get(results, f"{base}.direction.accuracy_all_true_edges"), 0.98),
            ("generated operation labels ≥ 0.97", mode, _get(results, f"{base}.labels.accuracy"), 0.97),
            ("≥ 90% right at confidence ≥ 0.9", mode, (_get(results, base) or {}).get("share_right_at_0.9"), 0.90),
        ]
    return rows


def _f(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_f(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def _meter(m: dict[str, Any]) -> list[str]:
    lines = ["## METER: newspaper articles wholly / partially / non-derived from PA copy", "",
             f"{m['articles']} newspaper articles ({', '.join(f'{k} {v}' for k, v in sorted(m['labels'].items()))}), "
             "each traced with every PA text of its day (its story's candidates plus the other stories as "
             f"distractors). Thresholds are calibrated on one fixed half ({m['calibration_half']}; "
             f"{m['calibration_articles']} articles) and reported on the other half and on all. "
             "Published figure: macro-F1 0.664 (Clough et al., ACL 2002; their own split, so not strictly "
             "comparable).", ""]
    rows = []
    systems = [("provenance (" + m["provenance"]["feature"] + ")", m["provenance"])]
    systems += [
        (f"provenance ({k})", v) for k, v in m["provenance_features"].items() if k != m["provenance"]["feature"]
    ]
    systems += [(f"baseline: {k}", v) for k, v in m["baselines"].items()]
    for name, s in systems:
        rows.append([name, f"{s['low']:.2f} / {s['high']:.2f}", s["held_out"]["macro_f1"], s["all"]["macro_f1"],
                     s["held_out"]["derived_f1"], s["all"]["derived_f1"], s["all"]["accuracy"]])
    rows.append(["Clough et al. 2002 (published)", "–", None, m["published_macro_f1"], None, None, None])
    lines += _table(["system", "thresholds low / high", "macro-F1 held-out", "macro-F1 all",
                     "derived F1 held-out", "derived F1 all", "accuracy all"], rows)
    best = m["provenance"]
    lines += ["Per-class F1 (provenance, all): " + ", ".join(
        f"{k} {v:.3f}" for k, v in best["all"]["per_class_f1"].items()) + ".", ""]
    d = m["direction"]
    lines += [f"Direction: of the pairs between a newspaper article and a PA text that `trace` directed, "
              f"{d.get('newspaper_derived_from_pa', 0)} say newspaper ← PA and {d.get('pa_derived_from_newspaper', 0)} "
              f"the reverse (accuracy {_f(d.get('accuracy'))}); {d.get('undetermined', 0)} pairs were left "
              f"undetermined. Of {d.get('derived_articles', 0)} articles labelled derived, "
              f"{d.get('derived_articles_found_derived', 0)} came out derived from at least one PA text.", ""]
    s = m["spans"]
    lines += [f"Spans ({s['articles']} phrase-annotated articles; tokens are white-space words of the newspaper "
              "text; the annotators' character spans are mapped onto them through the non-space characters):", ""]
    lines += _table(["ours", "theirs", "precision", "recall", "F1"], [
        ["kept + modified + moved blocks", "verbatim + rewrite", *_prf(s["block_derived"])],
        ["modified + moved blocks", "rewrite", *_prf(s["block_modified"])],
        ["equal + replaced words in aligned blocks", "verbatim + rewrite", *_prf(s["word_derived"])],
        ["replaced words in modified blocks", "rewrite", *_prf(s["word_modified"])],
    ])
    return lines


def _prf(x: dict[str, Any]) -> list[Any]:
    return [x["precision"], x["recall"], x["f1"]]


def _clough(c: dict[str, Any]) -> list[str]:
    lines = ["## Clough & Stevenson: cut > light > heavy > non", "",
             f"{c['answers']} short answers, each traced with its Wikipedia source. `coverage` is the diff's share "
             "of the answer's body that came from the source (kept + modified); `kept` the share in blocks kept "
             "verbatim.", ""]
    order = [k for k in ("cut", "light", "heavy", "non") if k in c["per_class"]]
    rows = [[k, v["n"], v["mean_coverage"], v["median_coverage"], v["mean_kept"], v["paired"],
             v["derived_from_source"], v["mean_ngram5"]] for k, v in ((k, c["per_class"][k]) for k in order)]
    lines += _table(["class", "answers", "mean coverage", "median coverage", "mean kept", "paired",
                     "derived from source", "mean 5-gram containment"], rows)
    lines += [f"Classes ordered cut > light > heavy > non by mean coverage: **{_f(c['ordered_by_mean_coverage'])}**; "
              f"by mean kept share: **{_f(c['ordered_by_mean_kept'])}**.", ""]
    if c.get("classifier_coverage"):
        lines += _table(["threshold classifier (leave one task out)", "4-class accuracy", "copied vs non accuracy"], [
            ["provenance coverage", c["classifier_coverage"]["accuracy_4class"],
             c["classifier_coverage"]["accuracy_copied_vs_non"]],
            ["baseline: 5-gram containment", c["baseline_ngram5"]["accuracy_4class"],
             c["baseline_ngram5"]["accuracy_copied_vs_non"]],
        ])
    return lines


def _summary(s: dict[str, Any]) -> list[str]:
    d = s["direction"]
    lines = ["## BBC News Summary: summaries derived from their articles", "",
             f"{s['pairs']} article → extractive summary pairs, each traced alone. Summary derived from its "
             f"article: {d.get('right', 0)} ({_f(d['derived_from_article'])}); reversed {d.get('reversed', 0)}, "
             f"undetermined {d.get('undetermined', 0)}, not paired {d.get('unpaired', 0)}.", ""]
    lines += _table(["article sentences called kept", "precision", "recall", "F1"], [
        ["block level (sentence in an aligned paragraph)", *_prf(s["sentences_block_level"])],
        ["word level (half its characters in equal word runs)", *_prf(s["sentences_word_level"])],
    ])
    return lines


def _synthetic(g: dict[str, Any]) -> list[str]:
    lines = ["## Generated syndication networks (exact truth)", "",
             f"Seeds {g['seeds']}, each {g['networks_per_seed']} networks (fanout, chain to depth 4, tree, "
             f"mix of two sources, wire missing; in turn) and {g['negatives_per_seed']} unrelated same-topic "
             "articles, generated from BBC News by `bench/generate.py`; every corpus traced once with publication "
             "times and once without. Counts are pooled over seeds.", ""]
    for mode in ("dated", "undated"):
        if mode not in g:
            continue
        m = g[mode]
        p, a, b = m["provenance"], m["difflib_date"], m["ngram5"]
        lines += [f"### {mode.capitalize()} ({p['articles']} articles, {p['true_edges']} true direct edges, "
                  f"trace {m['trace_seconds']} s)", ""]
        lines += _table(["metric", "provenance", "difflib + earlier date", "5-gram containment"], [
            ["edge precision", p["edges"]["precision"], a["edges"]["precision"], b["edges"]["precision"]],
            ["edge recall", p["edges"]["recall"], a["edges"]["recall"], b["edges"]["recall"]],
            ["edge F1", p["edges"]["f1"], a["edges"]["f1"], b["edges"]["f1"]],
            ["direction accuracy (decided)", p["direction"]["accuracy_decided"],
             a["direction"]["accuracy_decided"], b["direction"]["accuracy_decided"]],
            ["direction accuracy (all true edges)", p["direction"]["accuracy_all_true_edges"],
             a["direction"]["accuracy_all_true_edges"], b["direction"]["accuracy_all_true_edges"]],
            ["paragraph alignment F1", p["alignment"]["f1"], a["alignment"]["f1"], b["alignment"]["f1"]],
            ["operation-label accuracy", p["labels"]["accuracy"], None, None],
            ["retitle detection F1", p["retitle"]["f1"], None, None],
            ["credit detection F1", p["credit"]["f1"], None, None],
            ["furniture classification accuracy", p["furniture"]["accuracy"], None, None],
            ["share right at confidence ≥ 0.9", p["share_right_at_0.9"], None, None],
        ])
        ms = p.get("missing_source", {})
        lines += [f"Wire original missing: {ms.get('articles_with_missing_parent', 0)} articles' true parent is "
                  f"not in the corpus; {ms.get('placed_under_placeholder', 0)} of them were hung under a "
                  f"placeholder for a missing common source; {ms.get('placeholders_right', 0)} of "
                  f"{ms.get('placeholders', 0)} placeholders group exactly siblings of one missing parent; "
                  f"{ms.get('placeholder_edges_wrong', 0)} placeholder edges are from articles whose parent is "
                  "in the corpus.", ""]
        dirs = p["direction"]
        lines += [f"True edges: direction right {dirs.get('right', 0)}, reversed {dirs.get('reversed', 0)}, "
                  f"undetermined {dirs.get('undetermined', 0)}, not paired {dirs.get('unpaired', 0)}.", ""]
        pairing = p.get("pairing")
        if pairing:
            lines += [f"Candidate recall: {pairing['direct'] + pairing['through_duplicate']} of "
                      f"{pairing['true_edges']} true edges paired ({_f(pairing['recall'])}), "
                      f"{pairing['through_duplicate']} of them through an exact duplicate of the source, "
                      "which stands for its group.", ""]
        lines += ["Edges by network kind (false positives between networks counted as cross-network):", ""]
        lines += _table(["kind", "precision", "recall", "F1", "tp", "fp", "fn"],
                        [[k, v["precision"], v["recall"], v["f1"], v["tp"], v["fp"], v["fn"]]
                         for k, v in p["edges_by_kind"].items()])
        kinds = ["kept", "modified", "moved", "added", "dropped", "aligned", "missing"]
        conf = p["labels"]["confusion"]
        lines += [f"Operation labels ({p['labels']['units']} paragraphs of true edges; rows truth, columns "
                  "what the diff said; `aligned` = a dropped source paragraph the diff aligned):", ""]
        lines += _table(["truth \\ diff", *kinds],
                        [[k, *[conf[k].get(c, 0) for c in kinds]] for k in kinds if k in conf])
        lines += ["Calibration (every reported derivation; right = a true direct edge):", ""]
        lines += _table(["confidence", "derivations", "right", "share right"],
                        [[r["bin"], r["derivations"], r["right"], r["share_right"]] for r in p["calibration"]])
    return lines


def _incremental(g: dict[str, Any]) -> list[str]:
    lines = ["## Incremental tracing against one trace of everything", "",
             f"The generated corpora of seeds {g['seeds']} ({g['articles']} articles, {g['networks_per_seed']} "
             "networks a seed), cut by publication time into consecutive days and traced day by day into a fresh "
             "on-disk index (`trace(day, index=path)`), against one trace of each whole corpus "
             "(`bench/incremental.py`). Agreed: in the union of the daily reports and in the one trace; edges "
             "to a missing common source are compared by its kind, as its placeholder is named for a member "
             "that may arrive later.", ""]
    rows = [[r["days"], f"{r['edges_agreed']} of {r['edges_at_once']} ({r['edges_daily']} daily)",
             f"{r['pairs_agreed']} of {r['pairs_at_once']} ({r['pairs_daily']} daily)",
             f"{r['true_edges_daily']} of {r['true_edges']}",
             f"{r['seconds_daily']:.1f}", f"{r['seconds_at_once']:.1f}"]
            for r in g["rows"]]
    return lines + _table(["days", "derivations agreed", "pairs agreed", "true edges found daily",
                           "seconds, all days", "seconds, at once"], rows)


def _speed(s: dict[str, Any]) -> list[str]:
    lines = ["## Speed and memory (Reuters-21578 with 5% planted copies)", "",
             f"Each run in a fresh subprocess; median of {s['repeats']} runs for sizes up to 10k, one run for "
             "all stories with a body (19,043 of the 21,578 have one). Peak RSS is the worker's VmHWM "
             "(includes Python, the library and the loaded corpus; `rss_before_mb` in the JSON is the peak "
             "before the timed call). "
             "ms/pair = seconds / pairs reported sharing text. Growth exponent = slope of log time against "
             "log articles.", ""]
    rows = []
    for system, data in s["systems"].items():
        for r in data["rows"]:
            if not r.get("finished"):
                rows.append([system, r["size"], None, f"did not finish in {r['timeout_s']:.0f} s", None, None, None,
                             None, None, None])
                continue
            rows.append([system, r["size"], r["articles"], r["median_seconds"], r["articles_per_second"],
                         r["peak_rss_mb"], r["pairs"], r["ms_per_pair"], f"{r['planted_found']}/{r['planted']}",
                         r.get("seconds_vs_provenance")])
    lines += _table(["system", "stories", "articles", "median s", "articles/s", "peak RSS MB", "pairs",
                     "ms/pair", "planted copies found", "time vs provenance"], rows)
    lines += ["Growth exponents: " + ", ".join(
        f"{k} {_f(v['growth_exponent'])}" for k, v in s["systems"].items()) + ".", ""]
    return lines


def _evidence(e: dict[str, Any]) -> list[str]:
    """Issue #16: reading credits, footers, unknown outlets and METER without metadata, held out."""
    m, r = e["meter_unlabelled"], e["unknown_outlet_reuters"]
    lines = ["## Evidence on text nobody here wrote (issue #16)", "",
             "Measured with `python -m bench --only evidence` (bench/evidence.py). Credits, footers and "
             "unknown outlets are measured on `bench.field`, a generator written from a brief by someone "
             "who did not read the library; the rules were not fitted to it. The Reuters set follows an issue's "
             "description, METER is real.", ""]
    rows = []
    if "credits" in e:
        c = e["credits"]
        rows.append(["credit detection F1 ≥ 0.98", f"bench.field credit set, {c['n']} articles (held out)",
                     _f(c["f1"]), f"precision {_f(c['precision'])}, recall {_f(c['recall'])}"])
    if "credits_held_out" in e:
        c = e["credits_held_out"]
        rows.append(["credit detection F1 ≥ 0.98", f"bench.newsroom credit set, {c['n']} articles (never read)",
                     _f(c["f1"]), f"precision {_f(c['precision'])}, recall {_f(c['recall'])}"])
    for n, f in e.get("footers", {}).items():
        rows.append([f"0 pairs among unrelated stories sharing footers, {n} articles", "bench.field (held out)",
                     f"{f['pairs']} pairs", f"{f['boilerplate_lines']} boilerplate lines"])
    if "unknown_outlet_field" in e:
        u = e["unknown_outlet_field"]
        rows.append(["copies of an original of unknown outlet derived from it", "bench.field (held out)",
                     f"{u['derived_from_original']} / {u['copies']}", f"{u['placeholders']} placeholders"])
    rows += [
        ["copies of an original of unknown outlet derived from it",
         f"Reuters-21578, {r['stories']} stories + {r['copies']} copies",
         f"{r['derived_from_original']} / {r['copies']}", f"{r['placeholders']} placeholders"],
        ["METER, no metadata: PA named the source ≥ 0.98", f"{m['articles']} newspaper articles",
         _f(m["pa_named_source"]), f"{m.get('pa_source', 0)} PA-source, {m.get('newspaper_source', 0)} reversed"],
        ["METER, no metadata: derived articles decided ≥ 0.90", "the same", _f(m["derived_decided"]),
         f"{m.get('derived_articles_decided', 0)} of {m.get('derived_articles', 0)}"],
    ]
    lines += _table(["target", "measured on", "value", "detail"], rows)
    if "credits" in e:
        forms = sorted(e["credits"]["per_form_right"].items(), key=lambda kv: kv[1])[:12]
        lines += ["Credit forms least often right: " + ", ".join(f"{k} {_f(v)}" for k, v in forms) + ".", ""]
    return lines


def render(results: dict[str, Any]) -> str:
    """The whole page."""
    meta = results.get("meta", {})
    lines = ["# Benchmarks", "",
             "Generated by `python -m bench` (or `make bench`) from `bench/results.json`; "
             "`python -m bench.report` regenerates this page from the JSON. Do not edit by hand.", "",
             f"- command: `{meta.get('command', 'python -m bench')}` ({meta.get('size', 'full')} size), "
             f"started {meta.get('started', meta.get('finished', '?'))}",
             "- seconds per benchmark: " + ", ".join(f"{k} {v}" for k, v in meta.get("seconds", {}).items()),
             "- versions: " + ", ".join(f"{k} {v}" for k, v in meta.get("versions", {}).items()),
             f"- library: commit {meta.get('git', {}).get('commit', '?')}"
             + (" with uncommitted changes in src/" if meta.get("git", {}).get("src_dirty") else ""),
             "- machine: " + ", ".join(f"{k} {v}" for k, v in meta.get("machine", {}).items()),
             "- data: `../shared/data` (read at run time, never copied; see its README for sources and licences)",
             "", "## Goals of issue #3", ""]
    rows = []
    for goal, where, value, target in goals(results):
        met = None if value is None else value >= target - 1e-9
        rows.append([goal, where, value, "**met**" if met else "not met" if met is not None else "not run"])
    lines += _table(["goal", "measured on", "value", "status"], rows)
    if "seeds" in results:
        checks = results["seeds"]["checks"]
        lines += ["## Seeds", "", ", ".join(f"{k}: {_f(v)}" for k, v in checks.items()) + ".", ""]
    for key, part in (("meter", _meter), ("clough", _clough), ("summary", _summary), ("synthetic", _synthetic),
                      ("incremental", _incremental), ("evidence", _evidence), ("speed", _speed)):
        if key in results:
            lines += part(results[key])
    trained = ROOT / "bench" / "results" / "train.json"
    if trained.exists():
        from .train import held_out_tables

        lines += ["## The pair model, held out", "",
                  "From `python -m bench.train` (`bench/results/train.json`); the model card is "
                  "[model-card.md](model-card.md). Derived figures count a pair called derived in the right "
                  "direction; ECE is the expected calibration error of the derived confidence.", "",
                  *held_out_tables(json.loads(trained.read_text(encoding="utf-8"))["held_out"]), ""]
    if NOTES.exists():
        lines += [NOTES.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines)


def write_markdown(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(results), encoding="utf-8")


def main() -> int:
    results = json.loads((ROOT / "bench" / "results.json").read_text(encoding="utf-8"))
    write_markdown(results, ROOT / "docs" / "benchmarks.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
