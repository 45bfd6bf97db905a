"""Heavy rewriting for the ``rewrite`` kind: the same facts in other words, order and length.

Rule-based, no model: sentences lose non-restrictive clauses, attributions move ("X said Y" -> "Y, according
to X"), long sentences are cut at a clause boundary, most swappable words are swapped (quotations are left
alone, as a reporter quoting a source would), number styles change, some sentences and paragraphs are dropped,
paragraphs are merged and reordered after the lede.
"""

from __future__ import annotations

import random
import re

from .edits import money, move_attribution, percent, reword
from .text import lower_first, split_sentences, upper_first

_CLAUSE = re.compile(r", (?:which|who|where|whose) [^,\"]{4,90},")
_CUT = re.compile(r"(?:; |, (?:and|but|while|although|as) )")


_QUOTE_SAID = re.compile(r'^"(?P<q>[^"]{10,})[,.]" (?P<subj>[^"]{2,60}?) (?:said|added)(?P<tail>[^"]*)\.$')


_OPENERS = (("However, ", "But "), ("But ", "However, "), ("And ", "Also, "), ("In addition, ", "Also, "),
            ("Meanwhile, ", "At the same time, "), ("It said ", "The statement said "))


def sentence(s: str, rng: random.Random) -> str:
    s = _CLAUSE.sub("", s).replace(", however,", "")
    for old, new in _OPENERS:
        if s.startswith(old):
            s = new + s[len(old):]
            break
    m = _QUOTE_SAID.match(s)
    if m and rng.random() < 0.6:  # direct quotation -> reported speech
        s = f"{upper_first(m.group('subj'))} said{m.group('tail')} that {lower_first(m.group('q'))}."
    if len(s.split()) > 22 and '"' not in s:
        parts = _CUT.split(s, maxsplit=1)
        if len(parts) == 2 and len(parts[0].split()) >= 8:
            s = parts[0].rstrip(",;") + "."
    s = move_attribution(s, rng)
    s = reword(s, rng, 0.85)
    return upper_first(s)


def paraphrase(paras: list[str], rng: random.Random) -> list[str]:
    """Rewrite a story's paragraphs; returns fewer, shorter, reworded paragraphs."""
    out: list[list[str]] = []
    for i, p in enumerate(paras):
        sents = split_sentences(p)
        kept = []
        for j, s in enumerate(sents):
            if (i or j) and rng.random() < (0.6 if '"' in s else 0.4):
                continue
            kept.append(sentence(s, rng))
        if len(kept) > 2 and rng.random() < 0.6:
            k = rng.randrange(1, len(kept) - 1)
            kept[k], kept[k + 1] = kept[k + 1], kept[k]
        if kept:
            out.append(kept)
    merged: list[str] = []
    for sents in out:
        text = " ".join(sents)
        if merged and len(merged) > 1 and rng.random() < 0.35 and len(merged[-1]) + len(text) < 700:
            merged[-1] = f"{merged[-1]} {text}"
        else:
            merged.append(text)
    keep = max(3, round(len(merged) * rng.uniform(0.6, 0.9)))
    merged = merged[:keep]
    body = merged[1:]
    for _ in range(rng.randint(0, 2)):
        if len(body) > 2:
            a = rng.randrange(len(body) - 1)
            body[a], body[a + 1] = body[a + 1], body[a]
    style = rng.choice(("per cent", "percent", "%"))
    return [money(percent(t, style)) for t in [merged[0], *body]]
