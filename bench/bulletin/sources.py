"""Real article text for the bulletin corpus: BBC News stories and Reuters-21578 wire stories.

The text is read at run time from the shared data folder (``$PROVENANCE_DATA``, else ``shared/data``
beside the repository) and never copied into the repository. Wire copy (Reuters-21578) is the natural
body for agency stories, BBC News for outlets' own reporting and columns.

A :class:`Pool` hands out base stories that share no run of eight words with any text handed out
before, so that two stories the truth calls unrelated really share no text but what the generator
puts there on purpose (furniture, boilerplate, quotations). It also hands out extra text: donor
sentences (for paragraphs a copy adds and the new tops and background paragraphs of agency updates)
and quotations. The real texts are split once and for all between the two uses (:func:`role`), so
that extra text is never drawn from a real story that is a story anywhere in the corpus.
"""

from __future__ import annotations

import html
import json
import random
import re
import zlib
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .. import data_dir
from .text import sentence_case, shingles, split_sentences, words

__all__ = ["EXTRA_SHARE", "Pool", "Source", "folder", "role"]

_COUNTRIES = {
    "usa": "U.S.", "uk": "Britain", "japan": "Japan", "west-germany": "West Germany", "france": "France",
    "canada": "Canada", "brazil": "Brazil", "china": "China", "argentina": "Argentina", "australia": "Australia",
    "netherlands": "Netherlands", "switzerland": "Switzerland", "belgium": "Belgium", "italy": "Italy",
    "hong-kong": "Hong Kong", "india": "India", "mexico": "Mexico", "south-africa": "South Africa",
}


@dataclass(frozen=True)
class Source:
    """One base story: where it came from, its headline (sentence case), paragraphs and desk."""

    doc: str
    origin: str  # "bbc" or "reuters"
    title: str
    paras: tuple[str, ...]
    topic: str
    place: str | None  # dateline city as the wire wrote it ("NEW YORK"), when known
    country: str | None


def folder() -> Path:
    """The shared data folder, checked: a clear error naming it when the text is not there."""
    base = data_dir()
    need = [base / "bbc_news" / "docs.jsonl", base / "reuters21578" / "docs.jsonl"]
    missing = [str(p) for p in need if not p.is_file()]
    if missing:
        raise FileNotFoundError(
            f"bench.bulletin needs BBC News and Reuters-21578 text under {base} (missing: {', '.join(missing)}); "
            "set PROVENANCE_DATA to the shared data folder")
    return base


def _reuters_paragraphs(text: str) -> list[str]:
    """Reuters-21578 bodies wrap at 70 columns and indent each new paragraph by four spaces."""
    text = html.unescape(text).replace("\x03", "")
    out = []
    for chunk in re.split(r"\n(?=    )", text):
        para = " ".join(chunk.split())
        if "<" in para or ">" in para:
            para = re.sub(r"<([^<>]{1,60})>", r"\1", para).replace("<", "").replace(">", "")
        if para:
            out.append(para)
    if out:
        out[-1] = re.sub(r"\s*\bReuter\b\s*$", "", out[-1], flags=re.IGNORECASE).strip()
    # The collection often types an apostrophe as a double quote ("the bank"s role").
    out = [re.sub(r"(?<=[A-Za-z])\"(?=(?:s|t|re|ll|ve|d|m)\b)", "'", p) for p in out]
    out = [re.sub(r"(?<=s)\" (?=[a-z])", "' ", p) if p.count('"') % 2 else p for p in out]
    return [p for p in out if p]


def _bbc_paragraphs(text: str) -> list[str]:
    """BBC News bodies as the site shows them: a paragraph of more than two sentences is cut into
    paragraphs of one or two sentences (the dataset sometimes runs several together)."""
    out = []
    for para in text.split("\n\n"):
        sentences = split_sentences(" ".join(para.split()))
        while sentences:
            take = 1 if len(sentences[0].split()) > 28 or len(sentences) == 3 else 2
            while take < len(sentences) and " ".join(sentences[:take]).count('"') % 2:
                take += 1
            out.append(" ".join(sentences[:take]))
            sentences = sentences[take:]
    return out


def _usual_forms(paras: tuple[str, ...]) -> dict[str, str]:
    """For each word of a body, the capitalised form it takes inside sentences, when it mostly takes
    one: how an all-capitals wire headline is brought back to sentence case."""
    forms: Counter[tuple[str, str]] = Counter()
    for para in paras:
        previous = "."
        for token in para.split():
            bare = token.strip("\"'(),.;:!?")
            if bare and not previous.endswith((".", "?", "!", "\"")):
                forms[(bare.lower(), bare)] += 1
            previous = token
    best: dict[str, str] = {}
    counts: dict[str, int] = {}
    for (low, form), n in sorted(forms.items()):
        if form != low and n > counts.get(low, 0) and n > forms.get((low, low), 0):
            best[low], counts[low] = form, n
    return best


_WIRE_SHORT = {"mln", "bln", "dlrs", "dlr", "qtr", "pct", "cts", "shr", "yr", "mths", "mth", "nths", "wk", "shrs"}
_ACRONYMS = {"adb", "ec", "eec", "gatt", "opec", "imf", "usda", "cbt", "nyse", "gnp", "gdp", "cpi", "ldc",
             "oecd", "uk", "us", "u.s.", "u.k.", "ussr", "ibm", "at&t", "fdic", "sec", "ftc", "icc", "fcc", "nasa",
             "nato", "un", "cia", "fbi", "epa", "ccc", "bp", "gm", "ge", "itt", "rjr", "nv", "plc", "ag", "sa", "jal"}


def _wire_headline(title: str, paras: tuple[str, ...]) -> str:
    """A Reuters-21578 headline (capitals, tickers in angle brackets, desk prefixes) in sentence case,
    known acronyms and vowel-less words (NBC, CBS) left in capitals."""
    title = re.sub(r"\s*<[^<>]*>|\s*\([A-Z]{1,5}\)", "", html.unescape(title))
    title = re.sub(r"^(TALKING POINT|CORRECTED|REFILE|FEATURE|ANALYSIS)\s*/\s*", "", title)
    title = re.sub(r"^[A-Z.&' -]+ [A-Z.&' -]+/\s*(?=\S)", "", title)  # desk prefixes: "WALL STREET STOCKS/"
    known = _usual_forms(paras)
    for word in title.split():
        bare = word.strip("\"'(),:;!?").lower()
        if bare.rstrip(".") in _ACRONYMS or bare in _ACRONYMS or (
                bare.isalpha() and len(bare) >= 2 and not set(bare) & set("aeiouy") and bare not in _WIRE_SHORT):
            known[bare] = bare.upper()
    return sentence_case(re.sub(r"\s+", " ", title).strip().lower(), known)


def _letters_share(paras: list[str]) -> float:
    text = " ".join(paras)
    return len(_LETTERED.findall(text)) / max(len(text.split()), 1)


_LETTERED = re.compile(r"\S*[A-Za-z]\S*")
_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z]{3,}\b")
_COMMON = {"The", "This", "That", "There", "They", "But", "And", "With", "However", "After", "When", "Monday",
           "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
           "April", "June", "July", "August", "September", "October", "November", "December", "Reuters", "said"}


def _capitalised(text: str) -> set[str]:
    """Capitalised words of four letters or more, common sentence openers and dates left out."""
    return set(_CAPITALISED.findall(text)) - _COMMON


@lru_cache(maxsize=2)
def _load(base: str) -> tuple[tuple[Source, ...], tuple[Source, ...]]:
    """Every usable story of both collections, in file order, duplicates of a body dropped once."""
    root = Path(base)
    seen: set[str] = set()
    bbc: list[Source] = []
    with (root / "bbc_news" / "docs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            paras = _bbc_paragraphs(doc["text"])
            n = len(words(doc["text"]))
            key = " ".join(words(doc["text"])[:40])
            if (len(paras) < 5 or not 120 <= n <= 1400 or key in seen or len(paras[0].split()) < 12
                    or sum(len(p.split()) >= 8 for p in paras) < 0.8 * len(paras)):
                continue
            seen.add(key)
            bbc.append(Source(f"bbc:{doc['doc_id']}", "bbc", doc["title"].strip(), tuple(paras),
                              doc.get("category") or "general", None, None))
    reuters: list[Source] = []
    with (root / "reuters21578" / "docs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if len(line) < 1000:
                continue
            doc = json.loads(line)
            paras = _reuters_paragraphs(doc["text"])
            n = sum(len(p.split()) for p in paras)
            key = " ".join(words(" ".join(paras))[:40])
            title = (doc.get("title") or "").strip()
            if (len(paras) < 4 or not 140 <= n <= 1000 or key in seen or len(title.split()) < 3
                    or _letters_share(paras) < 0.85 or max(len(p.split()) for p in paras) > 110):
                continue
            seen.add(key)
            dateline = doc.get("dateline") or ""
            place = dateline.split(",")[0].strip() or None
            if place and (not place.replace(" ", "").replace(".", "").isalpha() or not place.isupper()):
                place = None
            places = doc.get("places") or []
            country = _COUNTRIES.get(places[0]) if places else None
            topics = doc.get("topics") or []
            reuters.append(Source(f"reuters:{doc['doc_id']}", "reuters", title, tuple(paras),
                                  topics[0] if topics else "general", place, country))
    return tuple(bbc), tuple(reuters)


# One real text in EXTRA_SHARE of each collection is reserved as extra text (the paragraphs a copy adds,
# the new tops and background paragraphs of agency updates, planted quotations) and is never a story;
# the rest are stories only. The split goes by a checksum of the text's id, so it is the same in every
# corpus and on every machine.
EXTRA_SHARE = 6
ROLES = ("story", "extra")


def role(doc: str) -> str:
    """The use a real text is reserved for in every corpus: ``"story"`` or ``"extra"``."""
    return "extra" if zlib.crc32(doc.encode()) % EXTRA_SHARE == 0 else "story"


class Pool:
    """Base stories, extra text (donor sentences, quotations) and spare headlines for one corpus, drawn
    in an order fixed by the seeded ``rng``. The real texts are partitioned once and for all (see
    :func:`role`): a story is only ever drawn from the story texts and extra text only from the extra
    texts, no text is handed out twice, and no text handed out shares an eight-word run with any
    other, so two story keys are never built from one real text and new material never repeats a
    story of the corpus. ``drawn`` records every text handed out with its role, for the self-checks."""

    def __init__(self, rng: random.Random) -> None:
        bbc, reuters = _load(str(folder()))
        self._docs = {"bbc": bbc, "reuters": reuters}
        self._order: dict[tuple[str, str], list[int]] = {}
        self._by_topic: dict[tuple[str, str], dict[str, list[int]]] = {}
        for origin, docs in self._docs.items():
            order = list(range(len(docs)))
            rng.shuffle(order)
            for use in ROLES:
                mine = [i for i in order if role(docs[i].doc) == use]
                self._order[(origin, use)] = mine
                topics: dict[str, list[int]] = {}
                for i in mine:
                    topics.setdefault(docs[i].topic, []).append(i)
                self._by_topic[(origin, use)] = topics
        self._pos: dict[tuple[str, str, str], int] = {}
        self._used: set[str] = set()
        self._runs: set[int] = set()
        self._donors: dict[tuple[str, str], list[str]] = {}
        self._quotes: list[str] = []
        self._name_cache: dict[tuple[str, int], set[str]] = {}
        self.drawn: dict[str, str] = {}
        self.rng = rng

    def topics(self, origin: str) -> list[str]:
        """The desks of one collection with at least 25 stories, in a fixed order."""
        return sorted(t for t, ids in self._by_topic[(origin, "story")].items() if len(ids) >= 25)

    def take(self, origin: str, topic: str | None = None, near: str = "") -> Source:
        """An unused story of ``origin`` (of ``topic`` when that desk still has one) that shares no
        eight-word run with any text handed out so far; with ``near`` (a text), the one of the next
        few candidates that shares most capitalised names with it, so that a story paired with another
        is about something close. Stories come only from the texts reserved for stories."""
        return self._take(origin, topic, near, "story")

    def _take(self, origin: str, topic: str | None, near: str, use: str) -> Source:
        names = _capitalised(near) if near else set()
        by_topic = self._by_topic[(origin, use)]
        lists = [(topic, by_topic.get(topic, []))] if topic else []
        lists.append(("*", self._order[(origin, use)]))
        for name, ids in lists:
            pos = self._pos.get((origin, use, name), 0)
            while pos < len(ids):
                pick = pos
                if names:
                    window = [k for k in range(pos, min(len(ids), pos + 150))
                              if self._docs[origin][ids[k]].doc not in self._used]
                    if window:
                        pick = max(window, key=lambda k: (len(names & self._names(origin, ids[k])), -k))
                doc = self._docs[origin][ids[pick]]
                if pick == pos:
                    pos += 1
                if doc.doc in self._used:
                    continue
                self._used.add(doc.doc)
                runs = shingles(" ".join(doc.paras))
                if runs & self._runs:
                    continue
                self._runs |= runs
                self._pos[(origin, use, name)] = pos
                self.drawn[doc.doc] = use
                if origin == "reuters":
                    return replace(doc, title=_wire_headline(doc.title, doc.paras))
                return doc
            self._pos[(origin, use, name)] = pos
        raise RuntimeError(f"bench.bulletin ran out of {origin} texts reserved for {use}")

    def _names(self, origin: str, index: int) -> set[str]:
        key = (origin, index)
        if key not in self._name_cache:
            self._name_cache[key] = _capitalised(" ".join(self._docs[origin][index].paras[:4]))
        return self._name_cache[key]

    def near_donor(self, origin: str, topic: str, text: str, count: int = 1) -> list[str]:
        """``count`` sentences from one text reserved as extra (never a story), chosen for the names it
        shares with ``text``, sentences naming one of those names first: the new material a copy adds
        or an agency update puts on top."""
        names = _capitalised(text)
        source = self._take(origin, topic, text, "extra")
        sentences = [s for p in source.paras for s in split_sentences(p) if 9 <= len(s.split()) <= 40]
        sentences.sort(key=lambda s: not (_capitalised(s) & names))
        return sentences[:count] or [source.paras[0]]

    def donor(self, origin: str, topic: str, count: int = 1) -> list[str]:
        """``count`` sentences of 9 to 40 words from texts reserved as extra (never stories) of one
        desk, each sentence used once: the background paragraph an update adds."""
        key = (origin, topic)
        out: list[str] = []
        while len(out) < count:
            stock = self._donors.setdefault(key, [])
            if not stock:
                source = self._take(origin, topic, "", "extra")
                for para in source.paras[1:]:
                    stock.extend(s for s in split_sentences(para) if 9 <= len(s.split()) <= 40)
                continue
            out.append(stock.pop(0))
        return out

    def quotation(self, origin: str, topic: str) -> str:
        """The words inside one quotation (6 to 30 words) from a text reserved as extra, each used once."""
        while not self._quotes:
            self._quote_stock(self._take(origin, topic, "", "extra"))
        return self._quotes.pop(0)

    def _quote_stock(self, source: Source) -> None:
        for para in source.paras:
            for match in re.finditer(r"\"([^\"]{25,220})\"", para):
                quote = match.group(1).strip().rstrip(",")
                if 6 <= len(quote.split()) <= 30:
                    self._quotes.append(quote)

    def headline(self) -> str:
        """The headline of a story whose text is never used: for related links and promos."""
        origin = self.rng.choice(("bbc", "bbc", "reuters"))
        ids = self._order[(origin, "story")]
        pos = self._pos.get((origin, "story", "headlines"), len(ids))
        while pos > 0:
            pos -= 1
            doc = self._docs[origin][ids[pos]]
            if doc.doc not in self._used:
                self._used.add(doc.doc)
                self._pos[(origin, "story", "headlines")] = pos
                return _wire_headline(doc.title, doc.paras) if origin == "reuters" else doc.title
        raise RuntimeError("bench.bulletin ran out of headlines")
