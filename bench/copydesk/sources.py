"""Base texts: real article bodies from the BBC News and Reuters-21578 collections, read at run time.

The data folder is ``$PROVENANCE_DATA`` or ``/work/shared/data``; it must hold ``bbc_news/docs.jsonl`` and
``reuters21578/docs.jsonl``. Nothing is copied into the repository.

Reuters bodies are line-wrapped, with an indented line starting each paragraph; they are re-flowed into
paragraphs, stripped of ticker codes (``<IBM>``) and the trailing ``REUTER`` sign-off, and kept only when they
read as prose (not results tables). BBC bodies give one paragraph a line, but several lines hold many
sentences, so long lines are cut into groups of two or three sentences. A body must give at least six
paragraphs; exact-duplicate bodies are dropped (the first in file order is kept).
"""

from __future__ import annotations

import html
import json
import os
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .text import split_sentences, title_case

DEFAULT_DATA = "/work/shared/data"
MIN_PARAS = 6
MAX_PARAS = 14
_MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}


@dataclass(frozen=True)
class BaseText:
    key: str  # "bbc:business/001" or "reuters:123"
    collection: str  # "bbc" | "reuters"
    title: str
    paras: tuple[str, ...]
    topic: str
    city: str  # upper-case dateline city
    clock: tuple[int, int, int, int] | None  # (month, day, hour, minute) of the Reuters original


def data_dir() -> Path:
    return Path(os.environ.get("PROVENANCE_DATA") or DEFAULT_DATA)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _group_sentences(para: str, limit: int = 380) -> list[str]:
    if len(para) <= limit + 120:
        return [para]
    groups: list[str] = []
    cur = ""
    for s in split_sentences(para):
        if cur and len(cur) + len(s) > limit and cur.count('"') % 2 == 0:
            groups.append(cur)
            cur = s
        else:
            cur = f"{cur} {s}".strip()
    if cur:
        groups.append(cur)
    return groups


_BBC_CITY = {
    "business": ("LONDON", "LONDON", "NEW YORK", "FRANKFURT", "TOKYO"),
    "politics": ("LONDON", "LONDON", "LONDON", "EDINBURGH", "CARDIFF"),
    "sport": ("LONDON", "MANCHESTER", "LIVERPOOL", "CARDIFF", "DUBLIN"),
    "tech": ("LONDON", "SAN FRANCISCO", "SEATTLE", "TOKYO", "LAS VEGAS"),
    "entertainment": ("LONDON", "LOS ANGELES", "NEW YORK", "CANNES", "BERLIN"),
}


def _bbc(rows: list[dict]) -> list[BaseText]:
    out = []
    for row in rows:
        paras: list[str] = []
        for line in re.sub("\ufffd(?=\\d)", "£", row["text"]).split("\n"):  # one mis-decoded pound sign
            line = _norm(line)
            if line:
                paras.extend(_group_sentences(line))
        if len(paras) < MIN_PARAS:
            continue
        topic = row.get("category") or row["doc_id"].split("/")[0]
        cities = _BBC_CITY.get(topic, ("LONDON",))
        num = sum(ord(c) for c in row["doc_id"])  # stable, not hash()
        out.append(
            BaseText(f"bbc:{row['doc_id']}", "bbc", _norm(row["title"]), tuple(paras[:MAX_PARAS]), topic,
                     cities[num % len(cities)], None)
        )
    return out


_TICKER = re.compile(r"\s*<[A-Z0-9.]{1,8}>")
_ANGLE = re.compile(r"<([^<>]{1,60})>")


def _clean_reuters(s: str) -> str:
    s = _TICKER.sub("", s)
    s = _ANGLE.sub(r"\1", s)
    return s.replace("+", "")


def _reuters_clock(date: str) -> tuple[int, int, int, int] | None:
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-\d{4} (\d\d):(\d\d)", date or "")
    if not m or m.group(2) not in _MONTHS:
        return None
    return _MONTHS[m.group(2)], int(m.group(1)), int(m.group(3)), int(m.group(4))


def _prose(paras: list[str]) -> bool:
    body = " ".join(paras)
    if not body or sum(c.isdigit() for c in body) / len(body) > 0.06:
        return False
    if sum(1 for p in paras if p[-1:] in ".\"'") < 0.85 * len(paras):
        return False
    if sum(len(p) for p in paras) / len(paras) < 110:
        return False
    return not any(len(p) < 30 or " vs " in p for p in paras)


def _reuters(rows: list[dict]) -> list[BaseText]:
    out = []
    for row in rows:
        text = html.unescape(row["text"]).replace("\x03", "")
        text = re.sub(r"\s*REUTER\s*$", "", text.strip())
        chunks = re.split(r"\n[ \t]{2,}", text)
        paras = [_clean_reuters(_norm(c)) for c in chunks]
        paras = [p for p in paras if p]
        if len(paras) < MIN_PARAS or not _prose(paras):
            continue
        title = title_case(_clean_reuters(_norm(html.unescape(row["title"]))))
        if len(title) < 12:
            continue
        topics = row.get("topics") or []
        city = (row.get("dateline") or "").split(",")[0].strip().upper() or "NEW YORK"
        if len(city) > 24 or not re.fullmatch(r"[A-Z .'-]+", city):
            city = "NEW YORK"
        out.append(
            BaseText(f"reuters:{row['doc_id']}", "reuters", title, tuple(paras[:MAX_PARAS]),
                     topics[0] if topics else "general", city, _reuters_clock(row.get("date", "")))
        )
    return out


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@lru_cache(maxsize=4)
def load_bases(folder: str) -> tuple[BaseText, ...]:
    """All usable base texts under ``folder``, BBC first, in file order, without duplicate bodies."""
    root = Path(folder)
    missing = [p for p in ("bbc_news/docs.jsonl", "reuters21578/docs.jsonl") if not (root / p).is_file()]
    if missing:
        raise FileNotFoundError(f"copydesk needs {', '.join(missing)} under {root} (set PROVENANCE_DATA)")
    texts = _bbc(_read(root / "bbc_news/docs.jsonl")) + _reuters(_read(root / "reuters21578/docs.jsonl"))
    seen: set[str] = set()
    out = []
    for b in texts:
        body = "\n".join(b.paras)
        if body in seen:
            continue
        seen.add(body)
        out.append(b)
    return tuple(out)


_WORD = re.compile(r"[a-z0-9]+")
SHINGLE = 8  # words per shingle
CLASH = 3  # shared shingles that make two base texts too alike to sit in one corpus


def shingles(text: str, n: int = SHINGLE) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


class Pool:
    """Draws distinct base texts for one corpus. Every text is used at most once (stories and donors), and no
    text drawn shares more than a couple of 8-word runs with any other (Reuters holds many near-duplicates
    and follow-ups that repeat paragraphs; those would be unlabelled reuse)."""

    def __init__(self, bases: tuple[BaseText, ...], rng: random.Random):
        self.order: dict[str, list[BaseText]] = {}
        self.by_topic: dict[tuple[str, str], list[BaseText]] = {}
        for coll in ("bbc", "reuters"):
            items = [b for b in bases if b.collection == coll]
            rng.shuffle(items)
            self.order[coll] = items
            for b in items:
                self.by_topic.setdefault((coll, b.topic), []).append(b)
        self.used: set[str] = set()
        self.seen: set[tuple[str, ...]] = set()
        self._grams: dict[str, set[tuple[str, ...]]] = {}

    def grams(self, b: BaseText) -> set[tuple[str, ...]]:
        if b.key not in self._grams:
            self._grams[b.key] = shingles(" ".join(b.paras))
        return self._grams[b.key]

    def _clash(self, b: BaseText, against: set[tuple[str, ...]]) -> bool:
        hits = 0
        for g in self.grams(b):
            if g in against:
                hits += 1
                if hits >= CLASH:
                    return True
        return False

    def _ok(self, b: BaseText, avoid) -> bool:
        return b.key not in self.used and not (avoid and avoid(b)) and not self._clash(b, self.seen)

    def _use(self, b: BaseText) -> BaseText:
        self.used.add(b.key)
        self.seen |= self.grams(b)
        return b

    def take(self, coll: str, topic: str | None = None, avoid=None) -> BaseText:
        """An unused text of ``coll`` (the other collection when it runs dry), of ``topic`` when possible."""
        if topic is not None:
            for b in self.by_topic.get((coll, topic), []):
                if self._ok(b, avoid):
                    return self._use(b)
        for c in (coll, "reuters" if coll == "bbc" else "bbc"):
            for b in self.order[c]:
                if self._ok(b, avoid):
                    return self._use(b)
        raise RuntimeError("copydesk: ran out of base texts; ask for fewer stories")

    def take_topical(self, coll: str, k: int, avoid=None) -> list[BaseText]:
        """``k`` unused texts that share a topic (a named topic with enough texts left when there is one)."""
        for c in (coll, "reuters" if coll == "bbc" else "bbc"):
            for b in self.order[c]:
                if b.topic == "general" or not self._ok(b, avoid):
                    continue
                group, local = [b], set(self.grams(b))
                for x in self.by_topic[(c, b.topic)]:
                    if len(group) == k:
                        break
                    if x is b or not self._ok(x, avoid) or self._clash(x, local):
                        continue
                    group.append(x)
                    local |= self.grams(x)
                if len(group) == k:
                    return [self._use(x) for x in group]
        return [self.take(coll, avoid=avoid) for _ in range(k)]
