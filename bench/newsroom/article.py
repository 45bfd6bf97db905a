"""The working form of an article while it is copied from outlet to outlet.

An article is a plain dict:

* ``title``: the headline (never part of the text);
* ``head``: lines above the body (bylines, kickers, photo captions);
* ``lead``: a dateline or credit prefix glued to the first body paragraph ("" if none);
* ``paras``: body paragraphs as ``[text, origin]``; ``origin`` names the record whose story the
  paragraph came from, ``"local:<key>"`` for an outlet's own addition and ``"furn"`` for page
  furniture inside the body ("Advertisement", "Read more: ...");
* ``inline``: a credit suffix glued to the end of a body paragraph, with ``inline_at`` "first"
  or "last";
* ``tail``: credit and sign-off lines below the body; ``foot``: site footer lines;
* ``category``: the base story's topic.

``render`` joins the parts with blank lines into the plain text of a record.
"""

import copy

FURN = "furn"


def new_article(title: str, paras: list[str], origin: str, category: str) -> dict:
    return {"title": title, "head": [], "lead": "", "paras": [[p, origin] for p in paras],
            "inline": "", "inline_at": "last", "tail": [], "foot": [], "category": category}


def clone(art: dict) -> dict:
    return copy.deepcopy(art)


def body_index(art: dict, which: str = "first") -> int | None:
    idx = [i for i, (_, o) in enumerate(art["paras"]) if o != FURN]
    if not idx:
        return None
    return idx[0] if which == "first" else idx[-1]


def content_origins(art: dict) -> set[str]:
    """Origins of the paragraphs that carry a source's story (not local additions or furniture)."""
    return {o for _, o in art["paras"] if o != FURN and not o.startswith("local:")}


def body_texts(art: dict) -> list[str]:
    return [t for t, o in art["paras"] if o != FURN]


def render(art: dict) -> str:
    paras = [t for t, _ in art["paras"]]
    first = body_index(art, "first")
    if first is not None:
        if art["inline"]:
            at = first if art["inline_at"] == "first" else body_index(art, "last")
            paras[at] = paras[at].rstrip() + " " + art["inline"]
        if art["lead"]:
            paras[first] = art["lead"] + paras[first]
    while paras and paras[0] in _FURN_LINES:
        paras.pop(0)
    blocks = [b for b in art["head"] + paras + art["tail"] + art["foot"] if b.strip()]
    return "\n\n".join(blocks)


_FURN_LINES = ("Advertisement", "ADVERTISEMENT", "Story continues below advertisement")
