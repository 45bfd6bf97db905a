"""Raw material: BBC News and Reuters-21578 articles, cleaned into news paragraphs and de-duplicated.

Text is read from the shared data folder at run time and never stored in the repository. Articles that
share any run of eight words (after folding house-style variants) with an article already kept are dropped,
so stories meant to be unrelated never share prose by accident.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from bench import data_dir, read_jsonl

from . import words

DESKS = ("business", "markets", "politics", "sport", "tech", "entertainment")


@dataclass(frozen=True)
class Quote:
    """Words someone said, as a reporter heard them."""

    words: str
    speaker: str
    full_name: str


@dataclass(eq=False)
class Source:
    """One cleaned article: its headline, news paragraphs, dateline place and the quotations it carries."""

    key: str
    family: str
    desk: str
    raw_title: str
    paragraphs: tuple[str, ...]
    place: str

    @property
    def size(self) -> int:
        return len(self.paragraphs)

    @cached_property
    def title(self) -> str:
        if self.family == "reuters":
            return _title_case_reuters(self.raw_title, list(self.paragraphs))
        return self.raw_title

    @cached_property
    def proper(self) -> frozenset[str]:
        """Words printed capitalised mid-sentence (names), for restyling headlines."""
        return _proper_words(list(self.paragraphs))

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        return _quotes(list(self.paragraphs))


def _clean_reuters(text: str) -> list[str]:
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#3;", "")
    text = re.sub(r"\s*\bREUTER\b\s*$", "", text.strip(), flags=re.I)
    text = re.sub(r"<([A-Z0-9.]{1,8})>", r"(\1)", text)
    text = text.replace("<", "").replace(">", "")
    paras = re.split(r"\n {2,}|\n\s*\n", text)
    paras = [re.sub(r"\s+", " ", p).strip() for p in paras]
    return [p for p in paras if sum(ch.isalnum() for ch in p) >= 3]


def _regroup(key: str, text: str) -> list[str]:
    """BBC bodies merge several paragraphs; split them back into one-to-three-sentence news paragraphs."""
    rng = random.Random(f"paras-{key}")
    out: list[str] = []
    for block in text.split("\n\n"):
        block = re.sub(r"\s+", " ", block).strip()
        if not block:
            continue
        sents = words.sentences(block)
        i = 0
        while i < len(sents):
            take = 1 if not out else rng.choice((1, 2, 2, 2, 3))
            group = sents[i:i + take]
            while len(group) > 1 and words.word_count(" ".join(group)) > 60:
                group = group[:-1]
            out.append(" ".join(group))
            i += len(group)
    return [p for p in out if sum(ch.isalnum() for ch in p) >= 3]


def _good_paragraphs(paras: list[str]) -> bool:
    if not 5 <= len(paras) <= 40:
        return False
    sentence_like = sum(1 for p in paras if words.word_count(p) >= 8 and p.rstrip()[-1:] in ".!?\"”'")
    return sentence_like >= 0.85 * len(paras) and all(words.word_count(p) <= 90 for p in paras)


_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "but", "or", "as", "by", "with", "from", "vs"}


def _proper_words(paras: list[str]) -> frozenset[str]:
    proper = set()
    for para in paras:
        for sent in words.sentences(para):
            toks = re.findall(r"[A-Za-z][A-Za-z'’.-]*", sent)
            for tok in toks[1:]:
                if tok[0].isupper():
                    proper.add(tok.rstrip(".").lower())
    for para in paras:
        for tok in re.findall(r"[A-Za-z][A-Za-z'’.-]*", para):
            if tok[0].islower():
                proper.discard(tok.rstrip(".").lower())
    return frozenset(proper)


def _title_case_reuters(title: str, paras: list[str]) -> str:
    title = re.sub(r"\s*<[A-Z0-9.]{1,5}>", "", title)
    title = re.sub(r"<([^>]*)>", r"\1", title).strip()
    forms: dict[str, str] = {}
    for para in paras:
        for tok in re.findall(r"[A-Za-z][A-Za-z'.&-]*", para):
            low = tok.lower()
            if tok[0].isupper():
                forms.setdefault(low, tok)
    out = []
    for i, tok in enumerate(title.split()):
        low = tok.lower()
        if low in forms and (forms[low].isupper() or low not in _SMALL):
            out.append(forms[low])
        elif low in _SMALL and i:
            out.append(low)
        else:
            out.append(low[:1].upper() + low[1:])
    return " ".join(out)


_SPEAKER = r"((?:Mr|Mrs|Ms|Dr|Sir|Lord) [A-Z][a-z'-]+|[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2})"
_NOT_NAMES = {"He", "She", "It", "They", "The", "This", "That", "We", "I", "But", "And", "Its", "In", "A", "There"}
_VERB = r"(?:said|says|added|told [a-z ]{3,25})"
_AFTER = re.compile(r"[\"“]([^\"“”]{30,320}?)[,.?!][\"”] (?:" + _VERB + r" (?:[a-z]+ ){0,3}" + _SPEAKER
                    + "|" + _SPEAKER + " " + _VERB + ")")
_BEFORE = re.compile(_SPEAKER + r" (?:said|says|added|told [a-z ]{3,25}): [\"“]([^\"“”]{30,320}?)[.?!][\"”]")


def _quotes(paras: list[str]) -> tuple[Quote, ...]:
    text = " ".join(paras)
    found: list[Quote] = []
    for para in paras:
        hits = [(m.group(1), m.group(2) or m.group(3)) for m in _AFTER.finditer(para)]
        hits += [(m.group(2), m.group(1)) for m in _BEFORE.finditer(para)]
        for said, who in hits:
            if who.split()[0] in _NOT_NAMES or words.word_count(said) < 8:
                continue
            if any(q.words == said for q in found):
                continue
            surname = who.split()[-1]
            full = who
            m = re.search(r"((?:[A-Z][a-z'-]+ ){1,2})" + re.escape(surname) + r"\b", text)
            if m and m.group(1).split()[0] not in _NOT_NAMES and not who.startswith(("Mr ", "Mrs ", "Ms ", "Dr ")):
                full = m.group(0)
            found.append(Quote(said, who, full))
    return tuple(found)


def _reuters_place(dateline: str) -> str:
    place = dateline.split(",")[0].strip() if dateline else ""
    return place if place.replace(" ", "").replace(".", "").isalpha() else ""


def _candidates(base: Path) -> list[Source]:
    out: list[Source] = []
    for doc in read_jsonl(base / "bbc_news" / "docs.jsonl"):
        if "�" in doc["text"] or not doc["title"].strip():
            continue
        paras = _regroup(doc["doc_id"], doc["text"])
        if _good_paragraphs(paras) and words.word_count(doc["text"]) >= 150:
            out.append(Source(f"bbc/{doc['doc_id']}", "bbc", doc.get("category", "business"), doc["title"].strip(),
                              tuple(paras), ""))
    for doc in read_jsonl(base / "reuters21578" / "docs.jsonl"):
        if not doc["title"] or len(doc["text"].split()) < 150:
            continue
        paras = _clean_reuters(doc["text"])
        if not _good_paragraphs(paras) or not 150 <= words.word_count(" ".join(paras)) <= 900:
            continue
        out.append(Source(f"reuters/{doc['doc_id']}", "reuters", "markets", doc["title"], tuple(paras),
                          _reuters_place(doc.get("dateline", ""))))
    return out


@lru_cache(maxsize=2)
def _load(base: str) -> tuple[Source, ...]:
    kept: list[Source] = []
    seen: set[str] = set()
    for src in _candidates(Path(base)):
        mine = words.prose_runs([*src.paragraphs, src.raw_title]) | _quote_runs(src)
        if mine & seen:
            continue
        seen |= mine
        kept.append(src)
    return tuple(kept)


def _quote_runs(src: Source) -> set[str]:
    return {run for para in src.paragraphs for q in words.quotes_in(para) for run in words.runs(words.canon(q))}


def load() -> tuple[Source, ...]:
    """Every usable source article, in a fixed order, no two sharing an eight-word run."""
    return _load(str(data_dir()))


class Pool:
    """Source articles handed out without repetition, in a seeded order, by desk."""

    def __init__(self, rng: random.Random):
        self._by_desk: dict[str, list[Source]] = {desk: [] for desk in DESKS}
        for src in load():
            self._by_desk[src.desk].append(src)
        for desk in DESKS:
            rng.shuffle(self._by_desk[desk])
        self.rng = rng

    def left(self, desk: str) -> int:
        return len(self._by_desk[desk])

    def take(self, desk: str | None = None, quotes: int = 0, min_paras: int = 5) -> Source:
        """A fresh article from ``desk`` (any desk if None or exhausted) with at least ``quotes`` quotations."""
        desks = [desk] if desk else []
        desks += sorted(DESKS, key=lambda d: -len(self._by_desk[d]))
        for d in desks:
            stock = self._by_desk[d]
            for i in range(len(stock) - 1, max(-1, len(stock) - 400), -1):
                if len(stock[i].quotes) >= quotes and stock[i].size >= min_paras:
                    return stock.pop(i)
        raise RuntimeError("source articles exhausted")
