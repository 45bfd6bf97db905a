"""Story structures: who copies whom within one story.

A story is a set of nodes. A node is one publication of a text by one outlet, present in the
corpus or absent (a wire story nobody collected). Each node lists its direct parents. The
builders here make the six families: several direct copies of one source; chains and trees of
copies of copies; siblings of an absent wire story; mixes of two sources; heavy rewrites; and
unrelated stories on one topic that share only a quote, a boilerplate paragraph or a footer.
"""

import random

from . import dates
from ._data import base_docs, sentences, wire_paragraphs
from .article import FURN, clone, new_article
from .credits import apply_positive, dateline, republish_line, trailer
from .edits import HEADLINE_STYLES, headline, house_style, light_edits, rewrite_heavy
from .outlets import AGENCIES, AGENCY, AGGREGATORS, PAPERS, SITES, local_paragraph, person, site_furniture, url_for

_TRAILERS = ("trailer_dash", "trailer_paren", "trailer_with", "trailer_contrib", "trailer_source",
             "trailer_via", "trailer_additional")
_BOILER = ("Editor's note: This story is part of our continuing coverage. Readers can send tips and "
           "corrections to our newsdesk.",
           "This content is free to read. Support independent journalism by subscribing today.",
           "Have your say: join the conversation in the comments below.")


class Builder:
    """Shared state of one corpus: the random generator, the base-story pool and all nodes."""

    def __init__(self, rng: random.Random, pool, seed: int):
        self.rng, self.pool, self.seed = rng, pool, seed
        self.nodes: list[dict] = []
        self._furn: dict[str, dict] = {}
        self.story = 0

    def furniture(self, site: dict) -> dict:
        if site["name"] not in self._furn:
            self._furn[site["name"]] = site_furniture(site, self.seed)
        return self._furn[site["name"]]

    def node(self, outlet: dict, art: dict, parents: list, when, present: bool = True, **extra) -> dict:
        nd = {"key": f"k{len(self.nodes)}", "outlet": outlet, "art": art, "parents": parents,
              "time": when, "present": present, "story": self.story, "rewrite": False,
              "dup_of": None, "url": None}
        nd.update(extra)
        if present:
            nd["url"] = url_for(outlet, art["title"], art["category"], when, self.rng)
        self.nodes.append(nd)
        return nd

    def sites(self, k: int, agencies: tuple = (), exclude: tuple = ()) -> list[dict]:
        """``k`` distinct sites, preferring papers that take one of ``agencies``."""
        rng = self.rng
        pool = [s for s in SITES if s["name"] not in exclude]
        liked = [s for s in pool if set(s["agencies"]) & set(agencies) and s["kind"] == "paper"]
        out = []
        while len(out) < k and pool:
            src = liked if liked and rng.random() < 0.6 else pool
            s = rng.choice(src)
            out.append(s)
            pool = [x for x in pool if x is not s]
            liked = [x for x in liked if x is not s]
        return out


def wire(b: Builder, doc: dict, ag: dict, present: bool, when=None) -> dict:
    """An agency's story as it left the agency, with its own dateline or byline."""
    rng = b.rng
    when = when or dates.story_time(rng)
    art = new_article(doc["title"], wire_paragraphs(doc, rng), "", doc["category"])
    if ag["spelling"] == "us":
        house_style(art, ag, rng, 0.8)
    art["lead"] = dateline(ag, when, rng)
    if rng.random() < 0.25:
        apply_positive(art, ag, "byline", rng, when)
    if ag["name"] == "Reuters" and rng.random() < 0.5:
        art["tail"].append(f"Reporting by {person(rng)}; Editing by {person(rng)}")
    art["credit"] = ag["name"]
    nd = b.node(ag, art, [], when, present)
    _retag(nd)
    return nd


def _retag(nd: dict) -> None:
    for p in nd["art"]["paras"]:
        if p[1] == "":
            p[1] = nd["key"]


def original(b: Builder, doc: dict, site: dict, when=None) -> dict:
    """A paper's own story, with a staff byline or none."""
    rng = b.rng
    when = when or dates.story_time(rng)
    art = new_article(doc["title"], wire_paragraphs(doc, rng), "", doc["category"])
    house_style(art, site, rng, 0.5)
    if rng.random() < 0.6:
        art["head"].append(rng.choice((f"By {person(rng)}", f"{person(rng)}, {doc['category'].title()} Reporter")))
    art["credit"] = None
    _furnish(b, art, site, force=False)
    nd = b.node(site, art, [], when)
    _retag(nd)
    return nd


def _furnish(b: Builder, art: dict, site: dict, force: bool) -> None:
    rng = b.rng
    furn = b.furniture(site)
    if furn["uses_footer"] or force:
        art["foot"] += [f for f in furn["footer"] if f not in art["foot"]]
    if rng.random() < furn["promo_rate"] and len(art["paras"]) > 2:
        line = rng.choice(furn["inserts"])
        if line.endswith(":"):
            line = f"{line} {rng.choice(base_docs())['title']}"
        art["paras"].insert(rng.randint(1, len(art["paras"]) - 1), [line, FURN])


def _credit_on_copy(b: Builder, art: dict, parent: dict, site: dict) -> None:
    """Keep, move, drop or add the credit as a copying outlet does."""
    rng = b.rng
    credit = art.get("credit")
    if parent["outlet"]["kind"] != "agency" and credit is None:
        if rng.random() < 0.45:
            art["tail"].append(republish_line(parent["outlet"], rng.choice(("first_appeared", "republished")), rng))
            art["credit"] = parent["outlet"]["name"]
        return
    r = rng.random()
    if credit is None or r < 0.6:
        pass
    elif r < 0.8:
        ag = AGENCY.get(credit)
        if ag is not None:
            art["lead"], art["inline"], art["head"] = "", "", []
            art["tail"] = [t for t in art["tail"] if t.startswith(("Reporting by", "Writing by"))]
            form = rng.choice(_TRAILERS + ("dateline", "inline", "byline") if site["country"] != "IN"
                              else ("trailer_inputs",) * 3 + _TRAILERS)
            apply_positive(art, ag, form, rng, parent["time"])
    elif r < 0.9:
        art["lead"], art["inline"], art["head"], art["tail"] = "", "", [], []
        art["credit"] = None
    elif parent["outlet"]["kind"] != "agency":
        art["tail"].append(republish_line(parent["outlet"], "first_appeared", rng))
    if credit == "Associated Press" and rng.random() < 0.2:
        art["tail"].append(trailer(AGENCY[credit], "copyright", rng, parent["time"]))


def derive(b: Builder, parent: dict, site: dict, strength: float, chain: bool = False,
           delay=None, **extra) -> dict:
    """A copy of ``parent`` by ``site``: it inherits everything and adds its own edits."""
    rng = b.rng
    art = clone(parent["art"])
    if rng.random() >= (0.6 if chain else 0.3):
        art["foot"] = []
    if rng.random() >= (0.5 if chain else 0.3):
        art["paras"] = [p for p in art["paras"] if p[1] != FURN]
    _credit_on_copy(b, art, parent, site)
    light_edits(art, rng, strength)
    house_style(art, site, rng, strength)
    key = f"k{len(b.nodes)}"
    if site["kind"] == "paper" and rng.random() < 0.15 + 0.2 * strength:
        para = [local_paragraph(site, art["category"], rng), f"local:{key}"]
        if site["spelling"] == "us":
            from .edits import UK_TO_US, swap_words
            para[0] = swap_words(para[0], UK_TO_US)
        pos = len(art["paras"]) if rng.random() < 0.5 else rng.randint(1, max(1, len(art["paras"])))
        art["paras"].insert(pos, para)
    _furnish(b, art, site, force=False)
    if rng.random() < 0.5:
        style = rng.choice(HEADLINE_STYLES[1:])
        art["title"] = headline(art["title"], style, rng, site, art["category"])
    when = parent["time"] + (delay if delay is not None else dates.copy_delay(rng))
    return b.node(site, art, [parent["key"]], when, **extra)


def duplicate(b: Builder, nd: dict, same_site: bool) -> dict:
    """The same article again: at a second address of the same site, or verbatim on an aggregator."""
    from .outlets import alternate_url
    rng = b.rng
    if same_site:
        dup = b.node(nd["outlet"], clone(nd["art"]), [nd["key"]], nd["time"], dup_of=nd["key"])
        dup["url"] = alternate_url(nd["url"], rng)
        return dup
    site = rng.choice(AGGREGATORS)
    when = nd["time"] + dates.copy_delay(rng)
    return b.node(site, clone(nd["art"]), [nd["key"]], when, dup_of=nd["key"])


def _source(b: Builder, doc: dict, p_wire: float, p_present: float = 1.0) -> dict:
    if b.rng.random() < p_wire:
        return wire(b, doc, b.rng.choice(AGENCIES), present=b.rng.random() < p_present)
    return original(b, doc, b.rng.choice(PAPERS))


def _taken(outlet: dict) -> tuple:
    return tuple(outlet.get("agencies", ())) if outlet["kind"] == "paper" else (outlet["name"],)


def build_copies(b: Builder) -> None:
    rng = b.rng
    src = _source(b, b.pool.take(), 0.65)
    made = [src]
    for site in b.sites(rng.randint(2, 5), _taken(src["outlet"]), (src["outlet"]["name"],)):
        made.append(derive(b, src, site, rng.uniform(0.05, 0.9)))
    if rng.random() < 0.35:
        duplicate(b, rng.choice(made), same_site=rng.random() < 0.5)


def build_chains(b: Builder) -> None:
    rng = b.rng
    present = rng.random() < 0.8
    src = _source(b, b.pool.take(), 0.7 if present else 1.0, 1.0 if present else 0.0)
    tree = rng.random() < 0.35
    made = [src]
    sites = b.sites(rng.randint(3, 5), _taken(src["outlet"]), (src["outlet"]["name"],))
    for site in sites:
        parent = made[-1] if not tree else rng.choice(made[-3:])
        made.append(derive(b, parent, site, rng.uniform(0.1, 0.7), chain=True))


def build_siblings(b: Builder) -> None:
    rng = b.rng
    ag = rng.choice(AGENCIES)
    src = wire(b, b.pool.take(), ag, present=False)
    kids = []
    for site in b.sites(rng.randint(2, 4), (ag["name"],)):
        kids.append(derive(b, src, site, rng.uniform(0.1, 0.9), delay=dates.sibling_spread(rng)))
    if rng.random() < 0.3:
        used = tuple(k["outlet"]["name"] for k in kids)
        derive(b, rng.choice(kids), b.sites(1, (), used)[0], 0.4, chain=True)


def mix(b: Builder, main: dict, second: dict, site: dict) -> dict:
    """A copy of ``main`` with paragraphs of ``second`` worked in."""
    rng = b.rng
    nd = derive(b, main, site, rng.uniform(0.1, 0.6))
    extra = [[t, o] for t, o in second["art"]["paras"] if o != FURN][1: 1 + rng.randint(1, 3)]
    if not extra:
        extra = [[t, o] for t, o in second["art"]["paras"] if o != FURN][:1]
    paras = nd["art"]["paras"]
    if rng.random() < 0.5:
        paras.extend(extra)
    else:
        for para in extra:
            paras.insert(rng.randint(1, len(paras)), para)
    ag2 = second["outlet"]
    r = rng.random()
    if r < 0.5 and ag2["kind"] == "agency":
        apply_positive(nd["art"], ag2, rng.choice(("trailer_with", "trailer_additional", "trailer_contrib")), rng)
    elif r < 0.7:
        first = AGENCY.get(nd["art"].get("credit") or "", main["outlet"])
        nd["art"]["tail"].append(f"Compiled from {first.get('tag', first['name'])} and "
                                 f"{ag2.get('tag', ag2['name'])} reports")
    nd["parents"].append(second["key"])
    nd["time"] = max(nd["time"], second["time"] + dates.copy_delay(rng) / 4)
    return nd


def build_mixes(b: Builder) -> None:
    rng = b.rng
    doc1 = b.pool.take()
    doc2 = b.pool.take(doc1["category"])
    ag1, ag2 = rng.sample(AGENCIES, 2)
    when = dates.story_time(rng)
    a = wire(b, doc1, ag1, present=rng.random() < 0.75, when=when)
    c = wire(b, doc2, ag2, present=rng.random() < 0.7, when=when + dates.sibling_spread(rng))
    sites = b.sites(3, (ag1["name"], ag2["name"]))
    m = mix(b, a, c, sites[0])
    if rng.random() < 0.5:
        derive(b, a, sites[1], rng.uniform(0.1, 0.8))
    if rng.random() < 0.3:
        derive(b, m, sites[2], 0.4, chain=True)


def build_rewrites(b: Builder) -> None:
    rng = b.rng
    src = _source(b, b.pool.take(), 0.8, 0.7)
    sites = b.sites(4, _taken(src["outlet"]), (src["outlet"]["name"],))
    for site in sites[: rng.choice((1, 1, 2))]:
        nd = derive(b, src, site, 0.3, rewrite=True)
        art = nd["art"]
        rewrite_heavy(art, rng)
        art["title"] = headline(src["art"]["title"], "reword", rng)
        art["lead"], art["inline"], art["head"] = "", "", []
        art["tail"] = [t for t in art["tail"] if rng.random() < 0.3]
        if src["outlet"]["kind"] == "agency" and rng.random() < 0.4:
            apply_positive(art, src["outlet"], rng.choice(("trailer_with", "trailer_additional")), rng)
    for site in sites[2: 2 + rng.randint(0, 2)]:
        derive(b, src, site, rng.uniform(0.1, 0.6))


def build_unrelated(b: Builder) -> None:
    rng = b.rng
    first = b.pool.take()
    docs = [first] + [b.pool.take(first["category"]) for _ in range(rng.randint(1, 3))]
    mode = rng.choice(("same_site", "quote", "boilerplate", "quote"))
    site = rng.choice(PAPERS)
    made = []
    for doc in docs:
        if mode == "same_site":
            nd = original(b, doc, site)
            _furnish(b, nd["art"], site, force=True)
        else:
            nd = _source(b, doc, 0.5)
        made.append(nd)
    if mode == "quote":
        quoted = [s for t, o in made[0]["art"]["paras"] if o != FURN for s in sentences(t)
                  if s.count('"') >= 2 and len(s) > 40]
        if quoted:
            text = rng.choice((f"{quoted[rng.randrange(len(quoted))]}",
                               f"As one observer put it this week: {quoted[rng.randrange(len(quoted))]}"))
            for nd in made[1:]:
                paras = nd["art"]["paras"]
                paras.insert(rng.randint(1, len(paras)), [text, f"local:{nd['key']}"])
    elif mode == "boilerplate":
        line = rng.choice(_BOILER)
        for nd in made:
            nd["art"]["paras"].append([line, f"local:{nd['key']}"])


BUILDERS = {"copies": build_copies, "chains": build_chains, "siblings": build_siblings,
            "mixes": build_mixes, "rewrites": build_rewrites, "unrelated": build_unrelated}

__all__ = ["BUILDERS", "Builder"]
