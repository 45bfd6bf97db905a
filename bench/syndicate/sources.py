"""Real news texts that serve as the base of generated stories.

Stories come from the BBC News set (2,225 articles, 2004-05) and, for wire-style copy, Reuters-21578
(1987 newswire). Both are reshaped into wire form: a one-sentence lead and short paragraphs of one to
three sentences, never broken inside a quotation. The shape of a source is fixed by its key alone, so a
story reads the same whichever corpus picks it.

Unrelated stories must share no text, yet the BBC set holds exact duplicates and follow-ups that repeat
quotes; :func:`pick` therefore refuses a source that shares a run of words with one already chosen.
"""

from __future__ import annotations

import hashlib
import random
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

from bench import data_dir, read_jsonl

from .text import balanced, sentence_case, sentences

__all__ = ["Source", "pick"]

MAX_PARAGRAPHS = 16

#: places a BBC story may be datelined from, found in its text; the first mentioned wins.
PLACES = (
    "London", "New York", "Washington", "Paris", "Brussels", "Berlin", "Frankfurt", "Tokyo", "Beijing",
    "Shanghai", "Hong Kong", "Moscow", "Madrid", "Rome", "Milan", "Geneva", "Zurich", "Dublin", "Edinburgh",
    "Glasgow", "Cardiff", "Belfast", "Manchester", "Liverpool", "Birmingham", "Los Angeles", "San Francisco",
    "Seattle", "Chicago", "Sydney", "Melbourne", "Mumbai", "New Delhi", "Delhi", "Bangalore", "Johannesburg",
    "Cape Town", "Lagos", "Nairobi", "Dubai", "Tehran", "Baghdad", "Jerusalem", "Istanbul", "Athens", "Seoul",
    "Singapore", "Kuala Lumpur", "Jakarta", "Manila", "Toronto", "Ottawa", "Mexico City", "Sao Paulo",
    "Buenos Aires", "Stockholm", "Oslo", "Copenhagen", "Amsterdam", "Vienna", "Warsaw", "Kiev", "Cannes",
    "Las Vegas", "Hollywood", "Melbourne", "Auckland", "Wellington", "Karachi", "Islamabad",
)
TOPIC_PLACES = {
    "business": ("LONDON", "NEW YORK", "LONDON"),
    "politics": ("LONDON",),
    "sport": ("LONDON", "MANCHESTER"),
    "tech": ("LONDON", "SAN FRANCISCO", "NEW YORK"),
    "entertainment": ("LONDON", "LOS ANGELES"),
}


@dataclass(frozen=True)
class Source:
    """One real story, reshaped into wire paragraphs."""

    key: str
    title: str
    paras: tuple[str, ...]
    topic: str
    place: str
    origin: str

    @property
    def text(self) -> str:
        return "\n\n".join(self.paras)


def _stable_rng(key: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big"))


def _regroup(blocks: list[list[str]], rng: random.Random) -> list[str]:
    """Sentences of each original paragraph regrouped into short wire paragraphs, lead first."""
    paras: list[str] = []
    for b, sents in enumerate(blocks):
        i = 0
        while i < len(sents):
            if b == 0 and i == 0:
                size = 2 if len(sents[0].split()) < 12 and len(sents) > 1 else 1
            else:
                size = rng.choices((1, 2, 3), (0.35, 0.45, 0.2))[0]
            group = sents[i : i + size]
            i += size
            while i < len(sents) and not balanced(" ".join(group)):
                group.append(sents[i])
                i += 1
            paras.append(" ".join(group))
    return paras[:MAX_PARAGRAPHS]


_PLACE = re.compile(r"\b(" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")\b")


def _place(paras: list[str], topic: str, rng: random.Random) -> str:
    """The dateline city: a place named in the first two paragraphs, else the usual one for the topic."""
    hit = _PLACE.search(" ".join(paras[:2]))
    if hit:
        return "LOS ANGELES" if hit.group(1) == "Hollywood" else hit.group(1).upper()
    return rng.choice(TOPIC_PLACES.get(topic, ("LONDON",)))


@lru_cache(maxsize=1)
def bbc() -> tuple[Source, ...]:
    """The BBC stories, exact duplicate bodies removed, in file order."""
    out: list[Source] = []
    seen: set[str] = set()
    for doc in read_jsonl(data_dir() / "bbc_news" / "docs.jsonl"):
        body = doc["text"].strip()
        if body in seen or len(body) < 400:
            continue
        seen.add(body)
        key = f"bbc:{doc['doc_id']}"
        rng = _stable_rng(key)
        blocks = [sentences(p) for p in body.split("\n\n") if p.strip()]
        paras = _regroup([b for b in blocks if b], rng)
        if len(paras) < 4:
            continue
        topic = doc.get("category", "news")
        out.append(Source(key, doc["title"].strip(), tuple(paras), topic, _place(paras, topic, rng), "bbc"))
    return tuple(out)


_TABLE_MARKS = (" vs ", " cts", " prev ", "shr ", "net ", "...", "^m", " qtr ", "oper ")


def _reuters_paras(text: str) -> list[str] | None:
    text = text.strip()
    for mark in ("REUTER", "Reuter"):
        text = text.removesuffix(mark).rstrip()
    low = text.lower()
    if any(m in low for m in _TABLE_MARKS) or sum(text.count(d) for d in "0123456789") > 0.06 * len(text):
        return None
    if any("   " in line.strip() for line in text.split("\n")):
        return None
    raw = re.split(r"\n\s{2,}", text)
    paras = [" ".join(p.replace("<", "").replace(">", "").split()) for p in raw if p.strip()]
    if not 4 <= len(paras) <= 20 or any(p.isupper() for p in paras) or not paras[-1].endswith((".", '"')):
        return None
    return paras[:MAX_PARAGRAPHS]


@lru_cache(maxsize=1)
def reuters() -> tuple[Source, ...]:
    """Reuters-21578 stories that read as prose (no tables, results or one-liners), duplicates removed."""
    out: list[Source] = []
    seen: set[str] = set()
    for doc in read_jsonl(data_dir() / "reuters21578" / "docs.jsonl"):
        body = doc.get("text", "")
        if not 700 <= len(body) <= 5000 or body in seen or not doc.get("title"):
            continue
        seen.add(body)
        paras = _reuters_paras(body)
        if not paras:
            continue
        title = re.sub(r"<[^>]*>", "", doc["title"]).replace("&lt;", "").strip()
        title = re.sub(r"\s+", " ", title)
        if not title or title.startswith(("UPDATE", "REUTER")):
            continue
        body_text = " ".join(paras)
        lower = set(re.findall(r"\b[a-z]+\b", body_text))
        forms = {w.lower(): w for w in re.findall(r"\b(?:[A-Z]\.){2,}|\b[A-Za-z]*[A-Z][A-Za-z]*\b", body_text)
                 if w.lower() not in lower}
        place = (doc.get("dateline") or "NEW YORK,").split(",")[0].strip().upper() or "NEW YORK"
        topic = "business"
        out.append(Source(f"reuters:{doc['doc_id']}", sentence_case(title, forms), tuple(paras), topic, place,
                          "reuters"))
    return tuple(out)


def _shingles(text: str, n: int = 7) -> set[int]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {zlib.crc32(" ".join(words[i : i + n]).encode()) for i in range(max(0, len(words) - n + 1))}


class Picker:
    """Draws sources for one corpus without repeats, refusing any that shares text with one drawn before."""

    def __init__(self, rng: random.Random, reuters_share: float) -> None:
        self.rng = rng
        self.reuters_share = reuters_share
        self.pools: dict[str, list[Source]] = {}
        self.seen: set[int] = set()
        self.titles: set[str] = set()

    def _pool(self, origin: str) -> list[Source]:
        if origin not in self.pools:
            items = list(bbc() if origin == "bbc" else reuters())
            self.rng.shuffle(items)
            self.pools[origin] = items
        return self.pools[origin]

    def next(self) -> Source:
        """The next source: Reuters with the corpus's share, else BBC; the other set when one runs dry."""
        first = "reuters" if self.rng.random() < self.reuters_share else "bbc"
        for origin in (first, "bbc" if first == "reuters" else "reuters"):
            pool = self._pool(origin)
            while pool:
                src = pool.pop()
                marks = _shingles(src.text + " " + src.title)
                if len(marks & self.seen) >= 2 or src.title.lower() in self.titles:
                    continue
                self.seen |= marks
                self.titles.add(src.title.lower())
                return src
        raise ValueError("ran out of distinct source stories; ask for fewer articles")


def pick(rng: random.Random, reuters_share: float) -> Picker:
    """A :class:`Picker` for one corpus."""
    return Picker(rng, reuters_share)
