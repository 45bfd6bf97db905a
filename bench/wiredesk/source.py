"""Base stories: Reuters-21578 newswire texts read, cleaned and split into paragraphs.

The generator never writes its own news prose for the core of an article: every story starts
from a real 1987 wire story so that vocabulary, sentence length and paragraph shape are those of
actual agency copy. This module finds the data file at run time (it is never copied into the
repository), keeps only stories that read as prose (several paragraphs, no tables), and turns
each into a :class:`BaseStory` with clean paragraphs, a dateline city and a UTC timestamp.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

__all__ = ["BaseStory", "data_file", "load_stories"]

_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}


@dataclass(frozen=True)
class BaseStory:
    """One cleaned wire story: the raw material every generated article starts from."""

    doc_id: str
    title: str  # as filed: upper case
    paragraphs: tuple[str, ...]
    city: str  # dateline city in title case, e.g. "Washington"; "" when the wire gave none
    when: datetime  # filing time, UTC
    topics: tuple[str, ...]
    places: tuple[str, ...]


def data_file() -> Path:
    """Path of ``docs.jsonl``: under ``$PROVENANCE_DATA/reuters21578`` when that variable is set
    (it names the data directory), else under the shared data folder beside the repository.

    Raises FileNotFoundError with the places looked at when the file is missing, so a run on a
    machine without the licensed corpus fails with a clear reason rather than an empty corpus.
    """
    tried: list[Path] = []
    env = os.environ.get("PROVENANCE_DATA")
    if env:
        base = Path(env)
        tried += [base / "reuters21578" / "docs.jsonl", base / "docs.jsonl"]
    tried.append(Path(__file__).resolve().parents[3] / "shared" / "data" / "reuters21578" / "docs.jsonl")
    for path in tried:
        if path.is_file():
            return path
    raise FileNotFoundError(
        "Reuters-21578 stories not found (looked at: " + ", ".join(str(p) for p in tried)
        + "); set PROVENANCE_DATA to the data directory that holds reuters21578/docs.jsonl")


def _parse_when(raw: str) -> datetime | None:
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d)", raw or "")
    if not m or m.group(2) not in _MONTHS:
        return None
    day, mon, year = int(m.group(1)), _MONTHS[m.group(2)], int(m.group(3))
    try:
        return datetime(year, mon, day, int(m.group(4)), int(m.group(5)), int(m.group(6)),
                        tzinfo=timezone.utc)
    except ValueError:
        return None


def _city(dateline: str) -> str:
    head = (dateline or "").split(",")[0].strip(" -")
    if not head or len(head) > 30 or not re.fullmatch(r"[A-Z .'-]+", head):
        return ""
    return " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in head.split())


def _paragraphs(text: str) -> list[str]:
    """Split wire text on its indented paragraph starts, rejoin wrapped lines, drop the sign-off."""
    text = html.unescape(text).replace("\x03", "")
    out = []
    for chunk in re.split(r"\n {3,}", text):
        para = " ".join(chunk.split())
        if re.fullmatch(r"(?i)reuters?", para):
            continue
        para = re.sub(r"\s+REUTERS?$", "", para)
        if para:
            out.append(para)
    return out


def _is_prose(paras: list[str], raw: str) -> bool:
    words = sum(len(p.split()) for p in paras)
    if len(paras) < 4 or not 140 <= words <= 900:
        return False
    if re.search(r"\S {3,}\S", raw) or "..." in raw or "\t" in raw:
        return False  # tables and tabulated figures
    if any(len(p.split()) < 5 for p in paras):
        return False
    upper = sum(1 for w in " ".join(paras).split() if w.isupper() and len(w) > 3)
    return upper < words * 0.05 and all(p[-1] in ".\"')" for p in paras)


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[BaseStory, ...]:
    stories: list[BaseStory] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            raw = doc.get("text") or ""
            paras = _paragraphs(raw)
            when = _parse_when(doc.get("date", ""))
            title = " ".join(html.unescape(doc.get("title") or "").split())
            if not title or when is None or not _is_prose(paras, raw):
                continue
            key = " ".join(paras[0].lower().split()[:25])
            if key in seen or title in seen:
                continue  # repeated and corrected filings of one story
            seen.update((key, title))
            stories.append(BaseStory(
                doc_id=str(doc["doc_id"]), title=title, paragraphs=tuple(paras),
                city=_city(doc.get("dateline", "")), when=when,
                topics=tuple(doc.get("topics") or ()), places=tuple(doc.get("places") or ())))
    stories.sort(key=lambda s: int(s.doc_id) if s.doc_id.isdigit() else 0)
    return tuple(stories)


def load_stories() -> tuple[BaseStory, ...]:
    """All usable base stories, in document order (the same on every run)."""
    return _load(str(data_file()))
