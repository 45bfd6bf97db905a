"""Real source texts for the beatdesk family: BBC News articles and Reuters-21578 stories.

The texts are read at run time from the shared data folder (:func:`bench.data_dir`) and never
copied into the repository. Each text is split into paragraphs of sentences, its quotations are
found (the sentences a beat reporter would lift verbatim), and near-duplicate texts are dropped so
that two articles the generator treats as unrelated never share prose by accident of the data set.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bench import data_dir, read_jsonl

__all__ = ["Source", "bbc_sources", "common_words", "reuters_sources", "split_sentences"]

#: quotation sentences a report may carry verbatim: 80 to 400 characters, with a quoted span
QUOTE_MIN, QUOTE_MAX = 80, 400
_QUOTED_SPAN = re.compile(r'"[^"]{30,}"')
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|of|de|and))*(?: [A-Z][a-z]+)")
_SINGLE_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b")
_SHINGLE = 8


@dataclass(frozen=True)
class Source:
    """One real article: its paragraphs as tuples of sentences, quotations and main name."""

    key: str
    category: str
    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    quotes: tuple[str, ...]
    main_name: str | None

    @property
    def sentences(self) -> list[str]:
        """Every sentence in reading order."""
        return [s for p in self.paragraphs for s in p]

    @property
    def plain(self) -> list[str]:
        """Sentences without any quotation mark: prose a report can borrow without borrowing a quote."""
        return [s for s in self.sentences if '"' not in s]


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, never split inside a quotation (a quote of two sentences stays whole)."""
    out: list[str] = []
    start, quoted, n = 0, False, len(paragraph)
    for i, ch in enumerate(paragraph):
        if ch == '"':
            quoted = not quoted
        closes = (ch in ".!?" and not quoted) or (ch == '"' and not quoted and i > 0 and paragraph[i - 1] in ".!?")
        if not closes or i + 2 >= n or paragraph[i + 1] != " ":
            continue
        following = paragraph[i + 2]
        if following.isupper() or following == '"':
            piece = paragraph[start : i + 1].strip()
            if piece:
                out.append(piece)
            start = i + 1
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


def _quotes(sentences: list[str]) -> tuple[str, ...]:
    """The quotation sentences of an article, in reading order; never its first sentence (the top line
    is the story itself, not something a speaker said)."""
    return tuple(s for s in sentences[1:]
                 if QUOTE_MIN <= len(s) <= QUOTE_MAX and _QUOTED_SPAN.search(s) and s.count('"') == 2)


_LEADING = {"The", "But", "In", "A", "An", "And", "At", "On", "For", "It", "He", "She", "This", "That", "As",
            "If", "When", "While", "After", "Before", "Last", "Now", "So", "Yet", "Its", "His", "Her", "Their"}


def _trim(name: str) -> str:
    """A name without the sentence word the capitalised run started with ("The Bank of England")."""
    words = name.split()
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return " ".join(words)


def _main_name(text: str) -> str | None:
    """The proper name an article is most about: its commonest capitalised run of two or more words."""
    names = Counter(_trim(m.group(0)) for m in _NAME.finditer(text))
    if not names:
        names = Counter(m.group(0) for m in _SINGLE_NAME.finditer(text))
    if not names:
        return None
    best = max(sorted(names), key=lambda k: names[k])
    return best if len(best) >= 4 else None


def _shingles(text: str) -> set[int]:
    """Hashes of the runs of eight words of a text (in-memory membership only, never for ordering)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {hash(tuple(words[i : i + _SHINGLE])) for i in range(max(0, len(words) - _SHINGLE + 1))}


class _Unique:
    """Keeps texts that share no run of eight words with a text kept before."""

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def admit(self, text: str) -> bool:
        grams = _shingles(text)
        if len(grams & self.seen) > 1:
            return False
        self.seen |= grams
        return True


def _make(key: str, category: str, title: str, paragraphs: list[str]) -> Source:
    split = tuple(tuple(split_sentences(p)) for p in paragraphs if p.strip())
    split = tuple(p for p in split if p)
    flat = [s for p in split for s in p]
    return Source(key, category, title.strip(), split, _quotes(flat), _main_name(" ".join(flat)))


@lru_cache(maxsize=4)
def _bbc(folder: str) -> tuple[Source, ...]:
    rows = sorted(read_jsonl(Path(folder) / "docs.jsonl"), key=lambda r: r["doc_id"])
    unique, out = _Unique(), []
    for row in rows:
        text = row["text"].strip()
        if len(text) < 400 or not unique.admit(text):
            continue
        category = row.get("category") or row.get("topic") or row["doc_id"].split("/")[0]
        out.append(_make("bbc:" + row["doc_id"], category, row["title"], text.split("\n\n")))
    return tuple(out)


def bbc_sources() -> tuple[Source, ...]:
    """The BBC News articles, sorted by id, near-duplicates dropped."""
    return _bbc(str(data_dir() / "bbc_news"))


@lru_cache(maxsize=4)
def _common(folder: str) -> frozenset[str]:
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for source in _bbc(folder):
        for sentence in source.sentences:
            for word in re.findall(r"(?<=[a-z,;] )[A-Za-z]+", sentence):
                (upper if word[0].isupper() else lower)[word.lower()] += 1
    return frozenset(w for w, n in lower.items() if n > upper[w])


def common_words() -> frozenset[str]:
    """Words the BBC articles write in lower case mid-sentence more often than capitalised: a word of
    these that opens a sentence may be lowered when a clause is put in front of it."""
    return _common(str(data_dir() / "bbc_news"))


_TICKER = re.compile(r"\s*<[^>]*>\s*")
_UPPER_KEEP = {"u.s.": "U.S.", "u.k.": "U.K.", "ec": "EC", "opec": "OPEC", "gatt": "GATT", "imf": "IMF",
               "usda": "USDA", "eec": "EEC", "nyse": "NYSE", "fed": "Fed", "ltd": "Ltd", "inc": "Inc",
               "corp": "Corp", "co": "Co", "plc": "Plc", "japan": "Japan", "brazil": "Brazil"}


def _sentence_case(title: str) -> str:
    """A Reuters capitals headline in sentence case, keeping the usual acronyms."""
    words = _TICKER.sub(" ", title).lower().split()
    words = [_UPPER_KEEP.get(w, w) for w in words]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _reuters_paragraphs(text: str) -> list[str]:
    """Paragraphs of a Reuters body: indented lines start one, wrapped lines are joined."""
    body = html.unescape(text)
    body = re.sub(r"\s*Reuter\s*(&#3;)?\s*$", "", body, flags=re.I).replace("\x03", "")
    body = re.sub(r"<([^<>]{2,60})>", r"\1", body)
    paragraphs = re.split(r"\n\s{2,}", body)
    return [re.sub(r"\s+", " ", p).strip() for p in paragraphs if p.strip()]


def _reuters_usable(paragraphs: list[str]) -> bool:
    """Prose, not a table: three paragraphs or more, long enough, few figures."""
    text = " ".join(paragraphs)
    digits = sum(ch.isdigit() for ch in text)
    return len(paragraphs) >= 3 and 600 <= len(text) <= 6000 and digits < 0.08 * len(text)


@lru_cache(maxsize=4)
def _reuters(folder: str, bbc_folder: str, limit: int) -> tuple[Source, ...]:
    rows = sorted(read_jsonl(Path(folder) / "docs.jsonl"), key=lambda r: int(r["doc_id"]))
    unique = _Unique()
    for source in _bbc(bbc_folder):
        unique.seen |= _shingles(" ".join(source.sentences))
    out: list[Source] = []
    for row in rows:
        if len(out) >= limit:
            break
        paragraphs = _reuters_paragraphs(row.get("text") or "")
        if not row.get("title") or not _reuters_usable(paragraphs) or not unique.admit(" ".join(paragraphs)):
            continue
        topic = (row.get("topics") or ["general"])[0]
        out.append(_make(f"reuters:{row['doc_id']}", "reuters-" + topic, _sentence_case(row["title"]), paragraphs))
    return tuple(out)


def reuters_sources(limit: int = 2500) -> tuple[Source, ...]:
    """Usable Reuters-21578 stories (prose, near-duplicates of each other and of BBC dropped)."""
    return _reuters(str(data_dir() / "reuters21578"), str(data_dir() / "bbc_news"), limit)
