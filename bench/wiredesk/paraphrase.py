"""Heavy rewrites: a source's facts retold with its attributions turned around, its clauses
moved or broken up, many words replaced, some sentences dropped and the order changed.

A rewrite keeps the figures, names and quotes of its source but few long runs of its words, so
it tests whether a tracer finds derivation beyond shared text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .edits import SYNONYMS, lower_first, movable, numbers, restructure, sentences, sub_word

__all__ = ["paraphrase"]

#: extra pairs used only when paraphrasing
_PARAPHRASE = (
    (r"because of", "owing to"), (r"however", "but"), (r"compared with", "against"),
    (r"compared to", "versus"), (r"a year earlier", "twelve months before"),
    (r"a year ago", "twelve months ago"), (r"last year", "in the previous year"),
    (r"agreed", "consented"), (r"said it would", "plans to"), (r"said it will", "intends to"),
    (r"also", "additionally"), (r"plans", "intends"), (r"total", "overall"),
    (r"officials", "authorities"), (r"reported", "posted"), (r"major", "leading"),
    (r"agreement", "deal"), (r"cut", "reduce"), (r"government", "administration"),
    (r"continue", "keep"), (r"sharply", "steeply"), (r"help", "assist"), (r"big", "large"),
    (r"began", "started"), (r"production", "output"), (r"output", "production"),
    (r"figures", "data"), (r"show", "indicate"), (r"showed", "indicated"), (r"decline", "drop"),
    (r"declined", "slipped"), (r"increased", "grew"), (r"approved", "cleared"),
    (r"decided", "resolved"),
    (r"told reporters", "said at a news conference"),
    (r"sources", "people familiar with the matter"), (r"analysts", "market watchers"),
    (r"statement", "release"), (r"earlier", "previously"), (r"previous", "prior"),
    (r"estimated", "put"), (r"level", "mark"), (r"record", "all-time"), (r"talks", "negotiations"),
    (r"meeting", "session"), (r"need", "requirement"), (r"demand", "appetite"),
    (r"buy", "purchase"), (r"sell", "offload"), (r"sold", "offloaded"), (r"bought", "acquired"),
    (r"offer", "bid"), (r"unit", "subsidiary"), (r"subsidiary", "unit"),
    (r"net profit", "bottom-line profit"), (r"net loss", "loss"), (r"revenues", "sales"),
    (r"strong", "robust"), (r"weak", "soft"), (r"rapidly", "quickly"), (r"slowed", "eased"),
    (r"chairman", "head"), (r"president", "chief"), (r"spokesman", "representative"),
    (r"currently", "at present"), (r"expect", "anticipate"),
    (r"due to", "scheduled to"), (r"would", "will"),
    (r"per share", "a share"), (r"shareholders", "stockholders"), (r"market", "marketplace"),
    (r"tonnes", "metric tons"), (r"barrels", "bbl"),
    *tuple(pair for pairs in SYNONYMS.values() for pair in pairs),
)

_SAID = ("said", "noted", "added", "explained", "indicated", "remarked", "pointed out")

_WHEN = (r"(?:in|on|during|by) (?:January|February|March|April|May|June|July|August|September|"
         r"October|November|December|the (?:first|second|third|fourth) quarter|\d{4})"
         r"|last (?:week|month|year)|this year|next year")


def _reshape(sentence: str, rng: random.Random) -> list[str]:
    """Turn a sentence's clauses around, or break it in two, the way a rewriting reporter does."""
    s = sentence
    m = re.fullmatch(rf"(.{{20,}}?) ({_WHEN})(, .*)?\.", s)
    if m and rng.random() < 0.6 and not s.startswith('"'):
        head, when, rest = m.group(1), m.group(2), m.group(3) or ""
        if movable(head):
            return [f"{when[:1].upper() + when[1:]}, {lower_first(head)}{rest}."]
    for joint, opener in ((", while ", "Meanwhile, "), (", but ", "However, "),
                          (", and ", "In addition, "), ("; ", "")):
        a, sep, b = s.partition(joint)
        if sep and len(a) > 30 and len(b) > 25 and rng.random() < 0.7 and (not opener or movable(b)):
            return [a + ".", opener + lower_first(b) if opener else b[:1].upper() + b[1:]]
    s = re.sub(r", (?:which|who) [^,]{5,60},", "", s) if rng.random() < 0.6 else s
    return [s]
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_CONJ = ("But", "And", "However,", "Yet", "Meanwhile,", "Also,")


def _flip_attribution(sentence: str) -> str:
    """Turn "Fact, the ministry said." into "According to the ministry, fact." and "The ministry
    said fact." into "Fact, the ministry said." (quotes and odd shapes are left alone)."""
    m = re.fullmatch(r"(.{25,}), ((?:the |a |an )?[A-Za-z][\w.&'-]*(?: [A-Za-z][\w.&'-]*){0,5}) "
                     r"(said|stated|says)\.", sentence)
    if m:
        body, who = m.group(1), m.group(2)
        if body.startswith('"') or who.split()[0] in ("but", "and", "But", "And") or not movable(body):
            return sentence
        if who.lower() in _PRONOUNS:
            return f"{who.capitalize()} {m.group(3)} {lower_first(body)}."
        return f"According to {who}, {lower_first(body)}."
    lead = ""
    for conj in _CONJ:
        if sentence.startswith(conj + " "):
            lead, sentence = conj + " ", sentence[len(conj) + 1:]
            break
    m = re.fullmatch(r"((?:The |A |An )?[A-Z][\w.&'-]*(?: [\w.&'-]+){0,4}) said (?:that )?(.{25,})\.",
                     sentence)
    if m and not m.group(2).startswith('"'):
        who, rest = m.group(1), m.group(2)
        if who.split()[0] in ("The", "A", "An") or who.lower() in _PRONOUNS:
            who = who[:1].lower() + who[1:]
        rest = rest[:1].upper() + rest[1:] if not lead else lower_first(rest)
        return f"{lead}{rest}, {who} said."
    return lead + sentence


def paraphrase(rng: random.Random, paras: list[str], rewrite_rate: float = 0.95,
               keep: Callable[[str], bool] | None = None) -> list[str]:
    """A heavy rewrite: attributions turned around, many words replaced, some sentences dropped,
    paragraphs regrouped and the order of the later ones changed. The result shares facts and
    figures with the source but few long runs of words."""
    pairs = [p for p in _PARAPHRASE if rng.random() < rewrite_rate]
    seen: set[str] = set()
    pairs = [p for p in pairs if not (p[1] in seen or seen.add(p[0]))]  # never swap a word back
    out: list[str] = []
    for i, para in enumerate(paras):
        sents = []
        for j, s in enumerate(sentences(para)):
            if (i or j) and rng.random() < 0.3 and not (keep and keep(s)):
                continue
            if rng.random() < 0.85:
                s = _flip_attribution(s)
            for part in _reshape(s, rng):
                for pattern, repl in pairs:
                    part = sub_word(pattern, repl, part)
                part = re.sub(r"\bsaid\b", lambda _: rng.choice(_SAID), part)
                part = re.sub(r"\b(\d[\d.]*) (mln|billion) dlrs?\b",
                              lambda m: f"${m.group(1)}{'m' if m.group(2) == 'mln' else 'bn'}", part)
                sents.append(part)
        if len(sents) > 2 and rng.random() < 0.4:
            k = rng.randrange(1, len(sents) - 1)
            sents[k], sents[k + 1] = sents[k + 1], sents[k]
        if sents:
            out.append(" ".join(sents))
    out = numbers("\n\n".join(out), rng.choice(("percent", "%", "per cent"))).split("\n\n")
    if len(out) > 3:
        tail = out[1:]
        k = rng.randrange(len(tail) - 1)
        tail[k], tail[k + 1] = tail[k + 1], tail[k]
        out = [out[0], *tail]
    return restructure(rng, out, rate=0.4)
