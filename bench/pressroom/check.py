"""Consistency checks of a generated corpus: ids, truth, dates, and no shared 8-word run between unrelated stories."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from bench.genealogy import ABSENT
from bench.pressroom import Generated, without
from bench.pressroom.sources import ngrams

__all__ = ["date_span", "problems"]

_MONTHS = {m: i + 1 for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                           "September", "October", "November", "December"))}
_SLACK = timedelta(hours=14)  # a date or time without a zone may be in any zone


def date_span(value: str) -> tuple[datetime, datetime]:
    """The earliest and latest instants (UTC) a ``published`` string can mean."""
    v = value.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        lo = datetime(int(m[1]), int(m[2]), 1, tzinfo=timezone.utc)
        hi = datetime(lo.year + lo.month // 12, lo.month % 12 + 1, 1, tzinfo=timezone.utc)
        return lo - _SLACK, hi + _SLACK
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        lo = datetime.fromisoformat(v).replace(tzinfo=timezone.utc)
        return lo - _SLACK, lo + timedelta(days=1) + _SLACK
    if m := re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", v):
        lo = datetime(int(m[3]), _MONTHS[m[2]], int(m[1]), tzinfo=timezone.utc)
        return lo - _SLACK, lo + timedelta(days=1) + _SLACK
    if m := re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4}) (\d{2}):(\d{2})", v):
        t = datetime(int(m[3]), _MONTHS[m[1]], int(m[2]), int(m[4]), int(m[5]), tzinfo=timezone.utc)
        return t - _SLACK, t + timedelta(minutes=1) + _SLACK
    if re.match(r"\d{4}-\d{2}-\d{2}T", v):
        t = datetime.fromisoformat(v.replace("Z", "+00:00"))
        return t, t + timedelta(seconds=1)
    t = parsedate_to_datetime(v)
    return t, t + timedelta(seconds=1)


def _url_span(url: str) -> tuple[datetime, datetime] | None:
    m = re.search(r"/(\d{4})/(\d{2})/(\d{2})/", url)
    return date_span(f"{m[1]}-{m[2]}-{m[3]}") if m else None


def problems(g: Generated) -> list[str]:
    out: list[str] = []
    recs, truth = g.records, g.truth
    ids = [r["id"] for r in recs]
    known = set(ids)
    if len(known) != len(ids):
        out.append("duplicate ids")
    for r in recs:
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            out.append(f"{r['id']}: empty text")
        for k in ("title", "outlet", "url", "published"):
            if k in r and not isinstance(r[k], str):
                out.append(f"{r['id']}: {k} is not a string")
    for i in sorted(known):
        if i not in truth.parents or i not in truth.story:
            out.append(f"{i}: missing from the truth")
    for i, ps in sorted(truth.parents.items()):
        if i not in known:
            out.append(f"{i}: in the truth, not in the corpus")
        for p in sorted(ps):
            if p != ABSENT and p not in known:
                out.append(f"{i}: parent {p} not in the corpus")
    # cycles
    state: dict[str, int] = {}
    for start in sorted(truth.parents):
        stack = [(start, iter(sorted(truth.parents[start])))]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif nxt != ABSENT and nxt in truth.parents:
                if state.get(nxt) == 1:
                    out.append(f"cycle through {nxt}")
                elif nxt not in state:
                    state[nxt] = 1
                    stack.append((nxt, iter(sorted(truth.parents[nxt]))))
    ancestors = truth.ancestors()
    for pair in sorted(truth.siblings, key=sorted):
        a, b = sorted(pair)
        pa, pb = truth.parents.get(a, frozenset()), truth.parents.get(b, frozenset())
        common = pa & pb
        if not common or a in ancestors.get(b, ()) or b in ancestors.get(a, ()):
            out.append(f"siblings {a} {b}: no common parent, or one descends from the other")
        if common == {ABSENT} and truth.story[a] != truth.story[b]:
            out.append(f"siblings {a} {b}: absent source of two stories")
    for pair in sorted(truth.absent_siblings, key=sorted):
        if pair not in truth.siblings:
            out.append(f"absent siblings {sorted(pair)} not among siblings")
    # dates: a copy is never dated before its source
    by = {r["id"]: r for r in recs}
    spans = {r["id"]: date_span(r["published"]) for r in recs if r.get("published")}
    urls = {r["id"]: s for r in recs if r.get("url") and (s := _url_span(r["url"]))}
    for i, ps in sorted(truth.parents.items()):
        for p in sorted(ps - {ABSENT}):
            for table in (spans, urls):
                if i in table and p in table and table[i][1] < table[p][0]:
                    out.append(f"{i} dated before its source {p}")
            if i in spans and p in urls and spans[i][1] < urls[p][0]:
                out.append(f"{i} dated before its source {p} (url)")
    dated = sum(1 for r in recs if "published" in r)
    if g.meta.get("dated") is False and (dated or urls):
        out.append("undated corpus carries dates")
    # a mix holds at least three paragraphs of each of its sources
    for i, ps in sorted(truth.parents.items()):
        if len(ps - {ABSENT}) >= 2:
            paras = by[i]["text"].split("\n\n")
            for p in sorted(ps - {ABSENT}):
                source = ngrams(by[p]["text"])
                taken = sum(1 for para in paras if ngrams(para) & source
                            or (len(para.split()) < 8 and para in by[p]["text"]))
                if taken < 3:
                    out.append(f"mix {i}: fewer than three paragraphs of {p}")
    # no run of 8 words shared between unrelated stories (furniture and planted quotations aside)
    group = truth.related()
    seen: dict[tuple[str, ...], object] = {}
    clashes: dict[tuple[object, object], int] = {}
    for i in sorted(known):
        for gram in sorted(ngrams(without(by[i]["text"], g.shared.get(i, [])))):
            other = seen.setdefault(gram, group[i])
            if other != group[i]:
                key = (min(other, group[i], key=repr), max(other, group[i], key=repr))
                clashes[key] = clashes.get(key, 0) + 1
    for (a, b), k in sorted(clashes.items(), key=repr)[:50]:
        out.append(f"stories {a} and {b} share {k} run(s) of 8 words")
    if len(clashes) > 50:
        out.append(f"... {len(clashes) - 50} more pairs of stories share runs of 8 words")
    return out
