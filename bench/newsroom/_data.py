"""Base texts and small text utilities.

The generators build every article from a BBC News story (Greene & Cunningham 2006) read at
run time from the shared data folder; nothing from it is stored in the repository. The folder
is the ``NEWSROOM_BBC_DIR`` environment variable if set, else the first of ``<repo>/../shared/
data/bbc_news`` and ``/work/shared/data/bbc_news`` that exists. The first ``.jsonl`` file (by
name) in it is used; without one, every generator raises FileNotFoundError.

Stories that already name a news agency are left out so that every agency name in a generated
text is one the generator put there and labelled; bodies that are exact duplicates of an earlier
story are left out too, so that two stories never share text by accident.
"""

import json
import os
import re
from pathlib import Path

_AGENCY_MENTION = re.compile(
    r"\b(Reuters|AP|AFP|Associated Press|Agence France|Press Association|PA|dpa|DPA|EFE|ANSA|"
    r"Xinhua|Kyodo|Yonhap|Anadolu|PTI|ANI|IANS|NAN|Bernama|ANP|TASS|Tass|UPI|AAP|Press Trust)\b"
)
_SENT_SPLIT = re.compile(r"(?<=[.!?])(?:[\"'\u201d\u2019])?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9£$])")
_CACHE: dict[str, list[dict]] = {}


def _candidates() -> list[Path]:
    env = os.environ.get("NEWSROOM_BBC_DIR")
    if env:
        return [Path(env)]
    return [Path(__file__).resolve().parents[3] / "shared" / "data" / "bbc_news",
            Path("/work/shared/data/bbc_news")]


def data_file() -> Path:
    """Path of the BBC News JSON Lines file, or FileNotFoundError saying where it was sought."""
    tried = []
    for folder in _candidates():
        tried.append(str(folder))
        if folder.is_dir():
            files = sorted(folder.glob("*.jsonl"))
            if files:
                return files[0]
    raise FileNotFoundError(
        "BBC News base texts not found: no .jsonl file in any of " + ", ".join(tried)
        + " (set NEWSROOM_BBC_DIR to the folder holding the BBC News docs.jsonl)"
    )


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences at terminal punctuation followed by a capital."""
    parts = []
    pos = 0
    for m in _SENT_SPLIT.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        parts.append(text[pos:end].strip())
        pos = m.end()
    parts.append(text[pos:].strip())
    return [p for p in parts if p]


def base_docs() -> list[dict]:
    """Usable base stories sorted by doc_id: {"doc_id","title","category","sentences":[[str]]}.

    ``sentences`` holds the original paragraphs, each as a list of sentences.
    """
    path = data_file()
    key = str(path)
    if key in _CACHE:
        return _CACHE[key]
    docs, seen = [], set()
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows.sort(key=lambda r: str(r.get("doc_id")))
    for row in rows:
        text = str(row.get("text") or "")
        title = " ".join(str(row.get("title") or "").split())
        body = text.strip()
        if not body or not title or body in seen:
            continue
        seen.add(body)
        if _AGENCY_MENTION.search(body) or _AGENCY_MENTION.search(title):
            continue
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body)]
        paras = [sentences(p) for p in paras if p]
        if sum(len(p) for p in paras) < 5:
            continue
        category = str(row.get("category") or str(row.get("doc_id")).split("/")[0])
        docs.append({"doc_id": str(row["doc_id"]), "title": title, "category": category,
                     "sentences": paras})
    _CACHE[key] = docs
    return docs


def wire_paragraphs(doc: dict, rng) -> list[str]:
    """Re-break a story into the short paragraphs of wire copy (one to three sentences each),
    never breaking inside a quotation that does not reopen on the next sentence."""
    out = []
    for para in doc["sentences"]:
        cuts = set(quote_safe_cuts(para)) | {len(para)}
        i = 0
        while i < len(para):
            k = 1 if not out else rng.choice((1, 1, 2, 2, 2, 3))
            j = min(c for c in cuts if c >= min(i + k, len(para)))
            out.append(" ".join(para[i:j]))
            i = j
    return out


def quote_safe_cuts(sents: list[str]) -> list[int]:
    """Positions between sentences where a paragraph may end: outside any quotation, or inside
    one that the next sentence reopens with a quotation mark (the newspaper convention)."""
    cuts, open_ = [], False
    for k, s in enumerate(sents, start=1):
        for pos, ch in enumerate(s):
            if ch == '"':
                open_ = True if (pos == 0 and open_) else not open_
        if k < len(sents) and (not open_ or sents[k].startswith('"')):
            cuts.append(k)
    return cuts


class DocPool:
    """Base stories drawn without replacement in an order fixed by the caller's generator."""

    def __init__(self, rng):
        self._docs = list(base_docs())
        rng.shuffle(self._docs)
        self._used = set()

    def take(self, category: str | None = None) -> dict:
        for doc in self._docs:
            if doc["doc_id"] in self._used:
                continue
            if category is None or doc["category"] == category:
                self._used.add(doc["doc_id"])
                return doc
        raise ValueError("not enough distinct base stories for the requested corpus size")


def slug(text: str, words: int = 9) -> str:
    toks = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(toks[:words]) or "story"
