"""The generator's working objects: a page (published or missing) and the build context that hands out ids,
story keys, source articles and spare paragraphs."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

from . import paraphrase, words
from .outlets import Agency, Outlet
from .sources import Pool, Source


@dataclass(eq=False)
class Page:
    """One version of a story on one outlet. ``body`` is the prose a copier takes; ``lead`` is the dateline
    printed before the first paragraph; ``top``/``bottom`` are credit lines printed around the body."""

    owner: Outlet | Agency
    desk: str
    title: str
    body: list[str]
    when: datetime
    story: str
    kind: str
    role: str
    proper: frozenset[str] = frozenset()
    lead: str = ""
    top: list[str] = field(default_factory=list)
    bottom: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    parents: list[Page] = field(default_factory=list)
    present: bool = True
    rid: str = ""
    stock: list[str] = field(default_factory=list)
    event: str | None = None
    printed: datetime | None = None
    note: str = ""
    wire: object | None = None
    extra: list[str] = field(default_factory=list)
    reserve: list[str] = field(default_factory=list)
    inline: list[str] = field(default_factory=list)

    @property
    def zone(self) -> str:
        return self.owner.zone

    def owner_name(self) -> str | None:
        """The name the truth gives this page's owner when the page itself is missing."""
        return self.owner.name


class Ctx:
    """State of one corpus build: the seeded RNG and everything handed out so far."""

    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(f"roundup-{seed}")
        self.pool = Pool(random.Random(f"roundup-{seed}-sources"))
        self.pages: list[Page] = []
        self._ids: set[str] = set()
        self._stories = 0
        self._events = 0
        self._spare: dict[str, list[str]] = {}
        self._spare_runs: set[str] = set()
        self.archive: list[str] = []
        self.stock: dict[str, list[str]] = {}
        self._union: dict[str, str] = {}
        self._runs: dict[str, str] = {}

    def story(self) -> str:
        self._stories += 1
        return f"story-{self._stories:04d}"

    def event(self) -> str:
        self._events += 1
        return f"event-{self._events:04d}"

    def _root(self, key: str) -> str:
        while self._union.setdefault(key, key) != key:
            self._union[key] = self._union[self._union[key]]
            key = self._union[key]
        return key

    def _guard(self, page: Page) -> None:
        """Keep a new page from sharing an 8-word run of prose with any page it is unrelated to (an edit can
        turn two unrelated sentences into the same words): reword the run, or drop the sentence."""
        mine = self._root(page.story)
        for parent in page.parents:
            self._union[self._root(parent.story)] = mine
        foreign = _Foreign(self, mine)
        for i, para in enumerate(page.body):
            if para in page.stock:
                continue
            para = paraphrase.clear(para, foreign, page.inline, self.rng)
            page.body[i] = para
        page.body = [p for p in page.body if sum(ch.isalnum() for ch in p) >= 3]
        for para in page.body:
            if para not in page.stock:
                for run in words.prose_runs([paraphrase.masked(para, page.inline)]):
                    self._runs.setdefault(run, mine)

    def add(self, page: Page) -> Page:
        if page.present:
            while True:
                rid = f"ru-{self.rng.getrandbits(40):010x}"
                if rid not in self._ids:
                    break
            self._ids.add(rid)
            page.rid = rid
            self._guard(page)
        else:
            page.rid = f"missing-{len(self.pages)}"
        self.pages.append(page)
        return page

    def take(self, desk: str | None = None, quotes: int = 0, min_paras: int = 5) -> Source:
        return self.pool.take(desk, quotes, min_paras)

    def own_paragraph(self, page: Page) -> str:
        """A paragraph the copier adds of its own: unused material of the story's source if any is left (the
        reporter's local angle), else a paragraph from an unused article."""
        return page.reserve.pop(0) if page.reserve else self.spare(page.desk)

    def spare(self, desk: str) -> str:
        """A paragraph nobody else prints (an outlet's own local angle or background), from an unused article."""
        stock = self._spare.setdefault(desk, [])
        while True:
            while not stock:
                src = self.pool.take(desk, min_paras=3)
                if src.title[:1].isalnum() and 3 <= len(src.title.split()) <= 12:
                    self.archive.append(src.title)
                stock.extend(p for p in reversed(src.paragraphs[1:])
                             if words.word_count(p) >= 18 and not any(q in p for q in words.QUOTE_MARKS))
            para = stock.pop()
            mine = words.prose_runs([para])
            if not mine & self._spare_runs:
                self._spare_runs |= mine
                return para

    def outlet_stock(self, outlet: Outlet, desk: str) -> list[str]:
        """The background paragraph an outlet pastes into many of its stories on one desk."""
        key = f"{outlet.name}/{desk}"
        if key not in self.stock:
            self.stock[key] = [self.spare(desk)]
        return self.stock[key]


class _Foreign:
    """Runs already printed by pages unrelated to one story group."""

    def __init__(self, ctx: Ctx, group: str):
        self.ctx, self.group = ctx, group

    def __contains__(self, run: object) -> bool:
        owner = self.ctx._runs.get(run)  # type: ignore[arg-type]
        return owner is not None and self.ctx._root(owner) != self.ctx._root(self.group)
