"""The internal shape of a page while it is being built: a title and a list of typed blocks.

Blocks keep the parts of a page apart until it is written out: ``para`` (body text, possibly behind a
dateline ``lead`` such as "PARIS (AFP) - "), ``byline``, ``credit`` (credit and sign-off lines) and ``furn``
(page furniture: related links, newsletter pitches, captions, footers). A copy starts from its parent's blocks,
so the parent's edits travel down a chain; the record's text is the blocks joined by blank lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .dates import Stamp
from .outlets import Agency, Outlet


@dataclass
class Block:
    kind: str  # para | byline | credit | furn
    text: str
    lead: str = ""  # dateline prefix of a paragraph

    def render(self) -> str:
        return self.lead + self.text


@dataclass
class Page:
    serial: int
    story: str
    outlet: Outlet
    title: str
    blocks: list[Block]
    when: datetime  # true publication instant, UTC
    stamp: Stamp
    url: str
    parents: list[Page] = field(default_factory=list)
    wire: Agency | None = None  # the absent agency story this page ran
    styles: dict = field(default_factory=dict)  # house-style groups already applied along its lineage
    show_outlet: bool = True
    show_url: bool = True
    show_date: bool = True
    rid: str = ""

    def text(self) -> str:
        return "\n\n".join(b.render() for b in self.blocks if b.render().strip())

    def paras(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "para"]

    def ancestors(self) -> list[Page]:
        out: list[Page] = []
        todo = list(self.parents)
        while todo:
            p = todo.pop()
            if all(p is not q for q in out):
                out.append(p)
                todo.extend(p.parents)
        return out


def clone(blocks: list[Block]) -> list[Block]:
    return [Block(b.kind, b.text, b.lead) for b in blocks]
