"""Base stories, read at run time from the shared data folder (never copied into the repository).

- :func:`pa_stories`: one story per METER PA story. The takes of a story folder are one story; folders
  with the same catchline, or whose takes share a run of 8 words, are one story too (a trial reported on
  several days). Each story's text is its longest take that has a headline, cleaned of wire markers.
- :func:`reuters_pool`: Reuters-21578 stories of running prose, for filler and, when the PA stories run
  out, as further wire originals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from bench import data_dir, read_jsonl

__all__ = ["Story", "ngrams", "pa_stories", "reuters_pool", "words"]

N = 8  # run length two unrelated stories may never share

_MARKER = re.compile(
    r"^(end|ends|mf|mfl|more|ap|\d{4}:?|\(.{0,80}\))$", re.IGNORECASE
)
_BYLINE = re.compile(r"^By [A-Z][\w.' -]+(?:,? (?:PA|Press Association)[\w ]*)?$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Story:
    """One original wire story."""

    key: str  # story key of the truth
    agency: str  # "PA" or "Reuters"
    title: str
    byline: str | None
    paragraphs: tuple[str, ...]
    when: datetime  # when the wire moved it (UTC)
    place: str  # dateline place


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def ngrams(text: str, n: int = N) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def _clean_pa(raw: str) -> tuple[str | None, str | None, list[str]]:
    """(headline, byline, body paragraphs) of one PA take."""
    text = raw.replace("\x19", "").replace("#", "£").replace("`", "'").replace(" _ ", " - ")
    paras = []
    for p in re.split(r"\n\s*\n", text):
        p = " ".join(p.split())
        if not p or ">" in p or _MARKER.match(p) or set(p) <= set("_-=* "):
            continue
        if p.startswith("(") and len(p.split()) <= 14 and p.endswith(")"):
            continue
        paras.append(p)
    headline = byline = None
    if paras and paras[0].upper() == paras[0] and any(c.isalpha() for c in paras[0]) and len(paras[0].split()) <= 16:
        headline = paras.pop(0)
    if paras and _BYLINE.match(paras[0]) and len(paras[0].split()) <= 12:
        byline = paras.pop(0)
    return headline, byline, paras


def _pa_date(folder_date: str) -> datetime:
    d, m, y = (int(x) for x in folder_date.split("."))
    return datetime(2000 + y if y < 50 else 1900 + y, m, d, tzinfo=timezone.utc)


def _place(paras: list[str]) -> str:
    for p in paras[:4]:
        for court, town in (("Old Bailey", "LONDON"), ("High Court", "LONDON"), ("Preston", "PRESTON"),
                            ("Manchester", "MANCHESTER"), ("Birmingham", "BIRMINGHAM"), ("Leeds", "LEEDS"),
                            ("Cardiff", "CARDIFF"), ("Bristol", "BRISTOL"), ("Liverpool", "LIVERPOOL"),
                            ("Edinburgh", "EDINBURGH"), ("Glasgow", "GLASGOW"), ("Newcastle", "NEWCASTLE")):
            if court in p:
                return town
    return "LONDON"


@lru_cache(maxsize=2)
def _pa_cached(base: str) -> tuple[Story, ...]:
    path = Path(base) / "meter-courts" / "docs.jsonl"
    takes: dict[str, list[tuple[str, str | None, str | None, list[str]]]] = {}
    dates: dict[str, str] = {}
    for rec in read_jsonl(path):
        ident = rec["doc_id"]
        if not ident.startswith("PA/"):
            continue
        folder = ident.rsplit("/", 1)[0]
        headline, byline, paras = _clean_pa(rec.get("text") or "")
        takes.setdefault(folder, []).append((ident, headline, byline, paras))
        dates[folder] = rec.get("date") or folder.split("/")[-2]
    folders = sorted(takes)
    # one story: same catchline, or any shared run of N words between any of their takes
    parent = {f: f for f in folders}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_catch: dict[str, str] = {}
    owner: dict[tuple[str, ...], str] = {}
    shared: dict[tuple[str, str], int] = {}
    for f in folders:
        catch = f.split("/")[-1]
        if catch in by_catch:
            union(f, by_catch[catch])
        by_catch.setdefault(catch, f)
        grams: set[tuple[str, ...]] = set()
        for _, _, _, paras in takes[f]:
            grams |= ngrams("\n".join(paras))
        for g in sorted(grams):
            other = owner.setdefault(g, f)
            if other != f:
                shared[(other, f)] = shared.get((other, f), 0) + 1
    for (a, b), n in sorted(shared.items()):
        if n >= 3:  # a stock phrase or two is not the same story: those paragraphs are dropped below
            union(a, b)
    groups: dict[str, list[str]] = {}
    for f in folders:
        groups.setdefault(find(f), []).append(f)
    stories = []
    taken: set[tuple[str, ...]] = set()
    for root in sorted(groups):
        best = None
        for f in groups[root]:
            for _, headline, byline, paras in sorted(takes[f], key=lambda t: t[0]):
                if headline is None or len(paras) < 5:
                    continue
                size = sum(len(p.split()) for p in paras)
                if size < 150:
                    continue
                if best is None or size > best[0]:
                    best = (size, f, headline, byline, paras)
        if best is None:
            continue
        _, f, headline, byline, paras = best
        paras = [p for p in paras if not (ngrams(p) & taken)]
        if len(paras) < 5:
            continue
        for p in paras:
            taken |= ngrams(p)
        stories.append(Story(key=f, agency="PA", title=headline, byline=byline, paragraphs=tuple(paras),
                             when=_pa_date(dates[f]), place=_place(paras)))
    return tuple(stories)


def pa_stories() -> tuple[Story, ...]:
    """The PA stories, one per story (sorted by key)."""
    return _pa_cached(str(data_dir()))


def _reuters_paras(text: str) -> list[str]:
    text = re.sub(r"\s*\bREUTER\b[.\s^M]*$", "", text.replace("^M", "").strip(), flags=re.IGNORECASE)
    paras = [" ".join(p.split()) for p in re.split(r"\n {2,}", text)]
    return [p.replace("&lt;", "<").replace("&amp;", "&").replace("<", "").replace(">", "") for p in paras if p]


def _prose(paras: list[str]) -> bool:
    toks = " ".join(paras).split()
    if len(toks) < 140 or len(paras) < 5:
        return False
    digits = sum(1 for t in toks if any(c.isdigit() for c in t))
    short = sum(1 for p in paras if len(p.split()) < 8)
    return digits / len(toks) < 0.12 and short <= 1 and all(len(p.split()) <= 120 for p in paras)


@lru_cache(maxsize=2)
def _reuters_cached(base: str) -> tuple[Story, ...]:
    path = Path(base) / "reuters21578" / "docs.jsonl"
    out = []
    seen: set[str] = set()
    for rec in read_jsonl(path):
        title = (rec.get("title") or "").strip()
        if not title:
            continue
        paras = _reuters_paras(rec.get("text") or "")
        if not _prose(paras):
            continue
        body = "\n".join(paras)
        if body in seen:
            continue
        seen.add(body)
        place = (rec.get("dateline") or "").split(",")[0].strip().upper() or "NEW YORK"
        out.append(Story(key="reuters/" + rec["doc_id"], agency="Reuters", title=title, byline=None,
                         paragraphs=tuple(paras), when=datetime(1999, 1, 1, tzinfo=timezone.utc), place=place))
    return tuple(out)


def reuters_pool() -> tuple[Story, ...]:
    """Reuters stories of running prose (file order). Their ``when`` is a placeholder: callers re-date them."""
    return _reuters_cached(str(data_dir()))


def redate(story: Story, when: datetime) -> Story:
    return Story(story.key, story.agency, story.title, story.byline, story.paragraphs, when, story.place)


def span() -> tuple[datetime, datetime]:
    """The dates the PA stories cover, widened by a week."""
    ds = [s.when for s in pa_stories()]
    return min(ds) - timedelta(days=7), max(ds) + timedelta(days=7)
