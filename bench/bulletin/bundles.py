"""Pages built from more than one source: mixes (an agency story woven with the outlet's own earlier
article, or two agencies' reports of one event), news-in-brief roundups (three to six items, each
the top of another story) and digests (items summarised in the digest's own words).

Truth for these pages: an edge to every source in the corpus whose text the page keeps, one absent
entry when a source it keeps is not in the corpus, and the story key of its main source (the
agency story of a mix, the lead item of a roundup, the first item of a digest that keeps a
verbatim sentence). A digest item counts as derived from its story only when it keeps at least one
sentence of it verbatim; a digest none of whose items does so is an original with its own key.
"""

from __future__ import annotations

from . import edits
from .cases import _styled, agency_node, own_story
from .credits import spelling, staff_byline
from .model import Desk, Node
from .outlets import AGENCIES, Outlet
from .render import section
from .text import shingles, title_case

__all__ = ["digest", "interleave", "mix_agencies", "mix_own", "roundup"]


def interleave(main: list[str], extra: list[str], rng) -> list[str]:
    """``extra`` paragraphs woven into ``main`` after its first two, in order, with main paragraphs
    between them and at least one main paragraph after the first of them."""
    head, rest = main[:2], main[2:]
    if not rest:
        return head + extra
    slots = sorted(rng.sample(range(len(rest)), min(len(extra), len(rest))))
    out = list(head)
    k = 0
    for i, para in enumerate(rest):
        while k < len(slots) and slots[k] == i:
            out.append(extra[k])
            k += 1
        out.append(para)
    return out + extra[k:]


def _passage(paras: list[str], rng, count: int, top: float) -> list[str]:
    """``count`` consecutive paragraphs of a story (its top with chance ``top``, else from further
    down), at least one of them of twelve words or more, so that what a mix keeps is recognisable."""
    count = max(1, min(count, len(paras) - 1))
    starts = list(range(1, len(paras) - count + 1))
    rng.shuffle(starts)
    if rng.random() < top:
        starts.insert(0, 0)
    for start in starts:
        chunk = paras[start:start + count]
        if any(len(p.split()) >= 12 for p in chunk):
            return chunk
    return paras[:max(count, 2)]


def _recognisable(desk: Desk, source: Node, outlet: Outlet, spelling: str, pick) -> list[str]:
    """A passage drawn by ``pick`` that, once in ``outlet``'s house style (which turns "pct" into
    "per cent", "mln dlrs" into "million dollars", ...), still shares an eight-word run with
    ``source``, so that the edge to it is backed by text; the last one drawn when none does."""
    runs = shingles(" ".join(source.body))
    for _ in range(10):
        chunk = pick()
        if shingles(" ".join(_styled(desk, chunk, outlet, spelling))) & runs:
            break
    return chunk


def _mix_outlet(desk: Desk) -> Outlet:
    return desk.rng.choice([o for o in desk.outlets() if o.family != "aggregator"])


def mix_own(desk: Desk, budget: int) -> None:
    """An outlet's story that weaves an agency report (in the corpus or not) with paragraphs of its
    own earlier article on the subject (in the corpus)."""
    rng = desk.rng
    outlet = _mix_outlet(desk)
    agency = AGENCIES[rng.choice(outlet.agencies)]
    present = agency.site is not None and budget >= 3 and rng.random() < 0.5
    wire = agency_node(desk, agency, present=present, kind="agency-page" if present else "wire-story", group="mix")
    related = desk.pool.take(wire.origin, wire.topic, near=" ".join(wire.body[:3]))
    earlier = own_story(desk, outlet, related, kind="earlier-own", group="mix",
                        when=wire.when + desk.lag("earlier"))
    kept = _recognisable(desk, earlier, outlet, wire.spelling,
                         lambda: _passage(earlier.body, rng, rng.randint(1, 3), 0.3))
    body = interleave(edits.swap_words(edits.cut(wire.body, rng, 0.5, 1.0, 3), rng, 1), kept, rng)
    body = _styled(desk, body, outlet, wire.spelling)
    name = spelling(agency, rng)
    tail = rng.choice([[f"{name} contributed to this report."], [f"(With inputs from {name})"],
                       [f"Additional reporting by {name}."], [f"— With {name}"], []])
    byline = staff_byline(outlet, desk.staff(outlet), wire.topic, rng)
    if byline and rng.random() < 0.4:
        byline += rng.choice([" with agencies", " and agencies", f" with {name}"])
    desk.add(story=wire.story, kind="mix-own", outlet=outlet,
             title=edits.headline(wire.title, body, rng, outlet.case), body=body,
             when=desk.after([wire, earlier], outlet, "wire"), origin=wire.origin, topic=wire.topic,
             lead=wire.lead if rng.random() < 0.4 else "", tail=tail, byline=byline, parents=[wire, earlier],
             main=wire, agency=agency.key, place=wire.place, country=wire.country, spelling=outlet.spelling,
             group="mix")


def mix_agencies(desk: Desk, budget: int) -> None:
    """An outlet's story of one event compiled from two agencies' reports, paragraphs interleaved
    ("With inputs from AFP and Reuters"); each report in the corpus or not."""
    rng = desk.rng
    outlet = _mix_outlet(desk)
    takes = list(outlet.agencies) if len(outlet.agencies) >= 2 else list(AGENCIES)
    first, second = (AGENCIES[k] for k in rng.sample(takes, 2))
    room = budget - 1
    nodes: list[Node] = []
    for agency in (first, second):
        present = agency.site is not None and room > 0 and rng.random() < 0.45
        room -= present
        source = None
        if nodes:
            source = desk.pool.take(nodes[0].origin, nodes[0].topic, near=" ".join(nodes[0].body[:3]))
        when = nodes[0].when + desk.lag("update") if nodes else None
        nodes.append(agency_node(desk, agency, present=present, kind="agency-page" if present else "wire-story",
                                 group="mix", source=source, when=when))
    main, other = nodes
    extra = _recognisable(desk, other, outlet, main.spelling,
                          lambda: edits.swap_words(_passage(other.body, rng, rng.randint(2, 4), 0.0), rng, 1))
    body = interleave(edits.cut(main.body, rng, 0.5, 0.9, 3), extra, rng)
    body = _styled(desk, body, outlet, main.spelling)
    a, b = spelling(first, rng), spelling(second, rng)
    tail = rng.choice([[f"(With inputs from {a} and {b})"], [f"Compiled from {a} and {b} reports."],
                       [f"— {first.short}/{second.short}"], [f"With inputs from {a}, {b}"]])
    byline = rng.choice(["Staff and agencies", None, f"{outlet.name} staff with agencies", "Agencies"])
    desk.add(story=main.story, kind="mix-agencies", outlet=outlet,
             title=edits.headline(main.title, body, rng, outlet.case), body=body,
             when=desk.after(nodes, outlet, "wire"), origin=main.origin, topic=main.topic,
             lead=main.lead if rng.random() < 0.5 else "", tail=tail, byline=byline, parents=[main, other], main=main,
             agency=main.agency, place=main.place, country=main.country, spelling=outlet.spelling, group="mix")


# --- roundups and digests ----------------------------------------------------------------------------
def _pick(desk: Desk, count: int, absent_chance: float) -> list[Node]:
    """Sources for a bundle: ``count`` stories published close together (distinct story keys), the
    first of them a wire story nobody saved when the dice say so."""
    rng = desk.rng
    pages = sorted((n for n in desk.nodes if n.present and not n.bundle), key=lambda n: (n.when, n.nid))
    i = rng.randrange(len(pages))
    window = pages[max(0, i - 20):i + 20]
    rng.shuffle(window)
    chosen: list[Node] = []
    stories: set[str] = set()
    for node in window:
        if node.story not in stories:
            chosen.append(node)
            stories.add(node.story)
        if len(chosen) == count:
            break
    if rng.random() < absent_chance:
        anchor = pages[i].when
        # An absent wire story that a page uses only as a second source (the other agency of a mix)
        # is not named by the truth, which names a page's main absent source only: a bundle that led
        # with it would share its text with that page unrecorded.
        seconds = {p.nid for n in desk.nodes for p in n.parents if not p.present and p is not n.main}
        wires = [n for n in desk.nodes if not n.present and n.agency and n.story not in stories
                 and n.nid not in seconds and abs((n.when - anchor).total_seconds()) < 3 * 86400]
        if wires and rng.random() < 0.6:
            lead = rng.choice(wires)
        else:
            lead = agency_node(desk, desk.agency(), present=False, kind="wire-story", group="roundup",
                               when=anchor - desk.lag("wire"))
        chosen = [lead, *chosen[:count - 1]]
    return chosen


def _head(node: Node) -> str:
    title = node.title
    if title.startswith("UPDATE ") and "-" in title:
        title = title.split("-", 1)[1]
    return title.rstrip(".")


def roundup(desk: Desk) -> None:
    """A news-in-brief page: three to six items, each the first one to three paragraphs of another
    story, under subheads, run-in bold leads, bullets or numbers."""
    rng = desk.rng
    items = _pick(desk, rng.randint(3, 6), 0.3)
    outlet = _mix_outlet(desk)
    style = rng.choice(["subhead", "runin", "bullet", "numbered"])
    body: list[str] = []
    if rng.random() < 0.35:
        body.append(rng.choice(["Here are today's top stories.", "Good morning. Here's what you need to know.",
                                "A round-up of the day's news in brief.", "The stories making news right now."]))
    for number, node in enumerate(items, 1):
        take = rng.randint(1, 3) + (len(node.body[0].split()) < 12)
        while take < len(node.body) and all(len(p.split()) < 12 for p in node.body[:take]):
            take += 1  # a lead cut into scraps ("Dr. Ing." / "H.C.F."): down to a full paragraph
        paras = list(node.body[:take])
        if node.lead and rng.random() < 0.35:
            paras[0] = node.lead + paras[0]
        paras = _styled(desk, paras, outlet, node.spelling)
        if node.agency and rng.random() < 0.3:
            paras[-1] += f" ({AGENCIES[node.agency].short})"
        head = _head(node)
        if style == "subhead":
            body += [head, *paras]
        elif style == "runin":
            body += [f"{head.upper() if rng.random() < 0.5 else head} — {paras[0]}", *paras[1:]]
        elif style == "bullet":
            body += [f"• {head} — {paras[0]}", *paras[1:]]
        else:
            body += [f"{number}. {head}", *paras]
    lead_head = _head(items[0])
    title = rng.choice(["News in brief", f"{section(items[0].topic).capitalize()} in brief",
                        f"World roundup: {lead_head}", f"The morning briefing: {lead_head} and more",
                        f"{len(items)} things to know today", f"Around the region: {lead_head}",
                        f"In brief: {lead_head}", "Today's headlines", "Evening news roundup"])
    wired = any(n.agency for n in items)
    tail = rng.choice([["Compiled from wire reports."], ["— Staff and wire reports"], []]) if wired else []
    byline = rng.choice(["Staff and wire reports", None, staff_byline(outlet, desk.staff(outlet), "", rng)])
    desk.add(story=items[0].story, kind="roundup", outlet=outlet,
             title=title_case(title) if outlet.case == "title" else title, body=body,
             when=desk.after(items, outlet, "later"), origin=items[0].origin, topic=items[0].topic, tail=tail,
             byline=byline, parents=items, main=items[0], spelling=outlet.spelling, group="roundup", bundle=True)


def digest(desk: Desk) -> None:
    """A digest page: three to six items rewritten in the digest's own words. An item that keeps one
    sentence of its story verbatim is derived from it (the page gets an edge, or an absent entry);
    the others share only a few words of the headline and a name or figure."""
    rng = desk.rng
    items = _pick(desk, rng.randint(3, 6), 0.2)
    outlet = _mix_outlet(desk)
    body: list[str] = []
    if rng.random() < 0.5:
        body.append(rng.choice(["Your catch-up of the stories that mattered.",
                                "Short on time? Here's what you missed.", "The essentials, in brief."]))
    derived: list[Node] = []
    for node in items:
        subhead = rng.random() < 0.5
        text, kept = edits.digest_item(_head(node), node.body, rng, rng.random() < 0.2, gist=not subhead)
        body += [_head(node), text] if subhead else [text]
        if kept:
            derived.append(node)
    title = rng.choice(["The Daily Digest", "Your evening briefing", "What you missed this week",
                        f"Catch up: the week in {section(items[0].topic)}",
                        f"Weekend reading: {len(items)} stories worth your time"])
    when = desk.after(items, outlet, "later")
    story = derived[0].story if derived else desk.story_key()
    desk.add(story=story, kind="digest-derived" if derived else "digest-fresh", outlet=outlet,
             title=title_case(title) if outlet.case == "title" else title, body=body, when=when,
             origin=items[0].origin, topic=items[0].topic,
             byline=staff_byline(outlet, desk.staff(outlet), "", rng), parents=derived,
             main=derived[0] if derived else None, spelling=outlet.spelling, group="digest", bundle=True)
