"""The plain case kinds: originals, credited copies, wire siblings, chains, agency updates and
independent reports of one event; and the two helpers every case uses, :func:`own_story` (an
outlet runs its own reporting) and :func:`derive` (an outlet runs a copy of another page).

Each case takes the desk and a budget (the most pages it may add) and adds nodes to the desk.
"""

from __future__ import annotations

import re

from . import credits, edits
from .model import Desk, Node
from .outlets import AGENCIES, Agency, Outlet
from .people import person
from .sources import Source

__all__ = [
    "BOILERPLATE", "agency_node", "chain", "credited", "derive", "independent", "original", "own_story", "update",
    "wire_siblings",
]

BOILERPLATE = [
    "The company did not respond to a request for comment.",
    "A spokesperson for the ministry declined to comment.",
    "Representatives for the company did not immediately respond to requests for comment.",
    "Police have appealed for anyone with information to come forward.",
    "This is a developing story and will be updated.",
    "Officials did not immediately return calls seeking comment.",
    "The investigation is ongoing.",
]
_CITIES = {"us": "WASHINGTON", "uk": "LONDON", "in": "NEW DELHI", "au": "SYDNEY", "ca": "TORONTO", "sg": "SINGAPORE",
           "za": "JOHANNESBURG", "gulf": "DUBAI", "eu": "BRUSSELS", "asia": "TOKYO", "ie": "DUBLIN"}


def _styled(desk: Desk, paras: list[str], outlet: Outlet, spelling: str) -> list[str]:
    """Paragraphs in the outlet's house style: its word conventions, spelling norm, paragraph length."""
    out = edits.house(paras, outlet.swaps)
    if outlet.spelling != spelling:
        out = edits.respell(out, outlet.spelling)
    if outlet.short_paras:
        out = edits.shorten_paragraphs(out)
    return out


def own_story(desk: Desk, outlet: Outlet, source: Source, *, kind: str, group: str, when=None,
              present: bool = True) -> Node:
    """``outlet`` runs ``source`` as its own reporting: house style, staff byline, sometimes its own
    dateline, its own headline capitals."""
    rng = desk.rng
    node = desk.base(source, outlet, kind, group, when=when, present=present)
    spelling = "uk" if source.origin == "bbc" else "us"
    node.body = _styled(desk, node.body, outlet, spelling)
    node.spelling = outlet.spelling
    if outlet.case == "title":
        node.title = edits.headline(source.title, node.body, rng, "title", "keep")
    node.byline = credits.staff_byline(outlet, desk.staff(outlet), source.topic, rng)
    if rng.random() < 0.25 and outlet.family in ("us_paper", "network", "in_portal"):
        city = source.place or _CITIES.get(outlet.region, "LONDON")
        node.lead = f"{city} — " if outlet.region != "in" else f"{city.title()}: "
    if rng.random() < 0.03:
        node.body.append(rng.choice(BOILERPLATE))
    return node


def agency_node(desk: Desk, agency: Agency, *, present: bool, kind: str, group: str, source: Source | None = None,
                when=None) -> Node:
    """A story as ``agency`` sends it; a page in the corpus when ``present`` (only for agencies with
    a site), else a wire story nobody saved."""
    rng = desk.rng
    if source is None:
        origin = agency.origin if rng.random() < 0.8 else ("bbc" if agency.origin == "reuters" else "reuters")
        source = desk.pool.take(origin)
    outlet = agency.site
    node = desk.base(source, outlet, kind, group, when=when, present=present and outlet is not None,
                     agency=agency.key)
    node.truth_name = agency.key
    spelling = (outlet.spelling if outlet else ("uk" if agency.key in ("PA", "AAP") else "us"))
    if agency.key != "Reuters":
        node.body = [re.sub(r"\bReuters\b", agency.short, p) for p in node.body]
    original = "uk" if source.origin == "bbc" else "us"
    if spelling != original:
        node.body = edits.respell(node.body, spelling)
    node.spelling = spelling
    if outlet and outlet.case == "title":
        node.title = edits.headline(source.title, node.body, rng, "title", "keep")
    if not node.place:
        node.place = agency.home
    credits.agency_story(node, agency, rng, desk.wire_staff(agency))
    return node


def derive(desk: Desk, parent: Node, outlet: Outlet, *, kind: str, group: str, keep=(0.55, 1.0), swaps: int = 1,
           drop: float = 0.15, trim: float = 0.1, add: float = 0.0, headline: str | None = None,
           credit: str | None = None, lag: str = "wire", least: int = 2) -> Node:
    """``outlet`` runs a copy of ``parent``: cut, edited, in its house style, re-credited."""
    rng = desk.rng
    body = list(parent.body)
    if keep:
        body = edits.cut(body, rng, keep[0], keep[1], least)
    if rng.random() < drop:
        body = edits.drop_middle(body, rng)
    if rng.random() < trim:
        body = edits.trim_last_sentence(body)
    if swaps:
        body = edits.swap_words(body, rng, swaps)
    body = _styled(desk, body, outlet, parent.spelling)
    if rng.random() < add:
        extra = " ".join(desk.pool.near_donor(parent.origin, parent.topic, " ".join(body[:3]), rng.randint(1, 2)))
        body.insert(rng.randint(min(2, len(body)), len(body)), extra)
    if headline is None:
        headline = "keep" if rng.random() < 0.4 else None
    if headline == "keep":
        title = parent.title if outlet.case != "title" else edits.headline(parent.title, body, rng, "title", "keep")
    else:
        title = edits.headline(parent.title, body, rng, outlet.case, headline, place=_place(parent))
    node = desk.add(story=parent.story, kind=kind, outlet=outlet, title=title, body=body,
                    when=desk.after([parent], outlet, lag), origin=parent.origin, topic=parent.topic,
                    lead=parent.lead, suffix=parent.suffix, tail=list(parent.tail), byline=parent.byline,
                    parents=[parent], agency=parent.agency, owner=parent.owner, place=parent.place,
                    country=parent.country, spelling=outlet.spelling, group=group)
    if node.agency:
        form = credit or _credit_form(desk, outlet)
        wire_page = parent.outlet is None or parent.outlet.agency is not None
        if not wire_page and not parent.lead and form == "dateline":
            form = rng.choice(["byline", "source_line", "dash"])  # no dateline to take from the page copied
        credits.client_credit(node, AGENCIES[node.agency], outlet, form, rng)
        if not wire_page and not parent.lead and form != "keep":
            node.lead = ""
        if node.byline is None and parent.byline and rng.random() < 0.2:
            node.byline = parent.byline
    elif node.owner:
        form = credit or rng.choice(credits.OUTLET_FORMS)
        if form != "keep":
            credits.outlet_credit(node, node.owner, form, rng)
        if rng.random() < 0.3:
            node.byline = None
    return node


def _place(node: Node) -> str | None:
    """The place a headline may lead with: the story's country, else its dateline city."""
    if node.country:
        return node.country
    return " ".join(w.capitalize() for w in node.place.split()) if node.place else None


def _credit_form(desk: Desk, outlet: Outlet) -> str:
    """How an outlet credits agency copy: its favourite forms mostly, now and then any form."""
    rng = desk.rng
    if rng.random() < 0.2:
        return rng.choice(["dateline", "source_line", "dash", "paren_end", "contributed", "copyright", "byline",
                           "with_inputs", "none", "keep", "signoff", "dateline_bare"])
    forms = outlet.credits
    return rng.choices(forms, [len(forms) - i for i in range(len(forms))])[0]


def _clients(desk: Desk, agency: str | None, count: int, exclude: tuple[Outlet, ...] = ()) -> list[Outlet]:
    """``count`` distinct outlets that take ``agency`` (any outlet when None or too few do)."""
    pool = desk.outlets(agency=agency, exclude=exclude) if agency else desk.outlets(exclude=exclude)
    if len(pool) < count:
        pool = desk.outlets(exclude=exclude)
    return desk.rng.sample(pool, min(count, len(pool)))


# --- cases -------------------------------------------------------------------------------------------
def original(desk: Desk, budget: int) -> None:
    """A story nobody copies: an outlet's own report (most) or an agency's page."""
    rng = desk.rng
    if rng.random() < 0.78:
        outlet = desk.outlet()
        source = desk.pool.take("bbc" if rng.random() < 0.6 else "reuters")
        own_story(desk, outlet, source, kind="original", group="original")
    else:
        agency_node(desk, desk.agency(with_site=True), present=True, kind="agency-page", group="original")


def credited(desk: Desk, budget: int) -> None:
    """An agency page or an outlet's story in the corpus, and one to four copies crediting it in
    different forms (datelines, "Source:", trailing dashes, copyright lines, bylines, nothing)."""
    rng = desk.rng
    if rng.random() < 0.6:
        agency = desk.agency(with_site=True)
        root = agency_node(desk, agency, present=True, kind="agency-page", group="credited")
        outlets = _clients(desk, agency.key, rng.randint(1, min(4, budget - 1)))
    else:
        outlet = desk.outlet()
        root = own_story(desk, outlet, desk.pool.take("bbc" if rng.random() < 0.7 else "reuters"), kind="original",
                         group="credited")
        outlets = _clients(desk, None, rng.randint(1, min(4, budget - 1)), exclude=(outlet,))
    for outlet in outlets:
        derive(desk, root, outlet, kind="credited-copy", group="credited", swaps=rng.randint(0, 2))


def wire_siblings(desk: Desk, budget: int) -> None:
    """An agency story nobody saved, run by two to five clients cut at different lengths under
    differently rewritten headlines; now and then a story from a feed the truth cannot name (the
    clients print no agency, or only "agencies"), whose absent source has no name."""
    rng = desk.rng
    count = rng.randint(2, min(5, budget))
    if rng.random() < 0.15:
        source = desk.pool.take("bbc" if rng.random() < 0.5 else "reuters")
        root = desk.base(source, None, "unnamed-feed", "wire", present=False)
        root.truth_name = None
        agency_key = None
    else:
        agency = desk.agency()
        root = agency_node(desk, agency, present=False, kind="wire-story", group="wire")
        agency_key = agency.key
    ways = rng.sample(["keep", "suffix", "prefix", "lead", "swap", "quote", "place"], count)
    spans = sorted(rng.uniform(0.3, 1.0) for _ in range(count))
    for i, outlet in enumerate(_clients(desk, agency_key, count)):
        keep = (max(0.2, spans[i] - 0.1), spans[i])
        node = derive(desk, root, outlet, kind="wire-sibling", group="wire", keep=keep, headline=ways[i],
                      swaps=rng.randint(0, 2))
        if agency_key is None and rng.random() < 0.4:
            node.tail = [rng.choice(["— Agencies", "(Agencies)", "With agency inputs", "Staff and agencies"])]


def chain(desk: Desk, budget: int) -> None:
    """A copy of a copy, two to four steps deep, each step making its own changes (cuts, word swaps,
    spelling norm, a rewritten credit, an added paragraph, a new headline) that the next one carries;
    now and then a side branch off a middle step."""
    rng = desk.rng
    r = rng.random()
    if r < 0.35:
        agency = desk.agency(with_site=True)
        top = agency_node(desk, agency, present=True, kind="agency-page", group="chain")
    elif r < 0.6:
        agency = desk.agency()
        top = agency_node(desk, agency, present=False, kind="wire-story", group="chain")
    else:
        agency = None
        outlet = desk.outlet()
        top = own_story(desk, outlet, desk.pool.take("bbc" if rng.random() < 0.7 else "reuters"), kind="original",
                        group="chain")
    room = budget - (1 if top.present else 0)
    depth = rng.randint(2, max(2, min(4, room)))
    used: tuple[Outlet, ...] = (top.outlet,) if top.outlet else ()
    parent = top
    steps: list[Node] = []
    for step in range(depth):
        candidates = desk.outlets(agency=agency.key if (agency and step == 0) else None, exclude=used) \
            or desk.outlets(exclude=used)
        other = [o for o in candidates if o.spelling != parent.spelling]
        outlet = rng.choice(other if other and rng.random() < 0.5 else candidates)
        credit = None
        if step > 0:
            credit = "keep" if rng.random() < 0.45 else None
        node = derive(desk, parent, outlet, kind="chain-copy", group="chain", keep=(0.7, 0.95),
                      swaps=rng.randint(1, 3), add=0.4, trim=0.3, drop=0.2, credit=credit)
        if step > 0 and not node.agency and credit is None and rng.random() < 0.5 and parent.outlet:
            credits.outlet_credit(node, parent.outlet.name, "via", rng)
        steps.append(node)
        used += (outlet,)
        parent = node
    if len(steps) > 1 and rng.random() < 0.3 and room > depth:
        middle = rng.choice(steps[:-1])
        outlet = rng.choice(desk.outlets(exclude=used))
        derive(desk, middle, outlet, kind="chain-copy", group="chain", keep=(0.5, 0.9), swaps=1)


def update(desk: Desk, budget: int) -> None:
    """An agency story and its update ("UPDATE 1-" and new top paragraphs, the earlier lead moved
    down), sometimes a second update; each version in the corpus or not; clients copy different
    versions."""
    rng = desk.rng
    agency = desk.agency(with_site=True) if rng.random() < 0.8 else desk.agency()
    has_site = agency.site is not None
    versions = [agency_node(desk, agency, present=has_site and rng.random() < 0.55, kind="agency-page",
                            group="update")]
    for n in range(1, 3 if rng.random() < 0.45 else 2):
        versions.append(_updated(desk, agency, versions[-1], n, present=has_site and rng.random() < 0.6))
    present = sum(v.present for v in versions)
    clients = rng.randint(1, max(1, min(3, budget - present)))
    if present + clients < 2:
        clients = 2
    for outlet in _clients(desk, agency.key, clients):
        source = rng.choice(versions[1:] if rng.random() < 0.6 else versions)
        headline = "keep" if rng.random() < 0.3 else None
        node = derive(desk, source, outlet, kind="update-client", group="update", headline=headline,
                      swaps=rng.randint(0, 2))
        if headline == "keep" and rng.random() < 0.6:
            node.title = re.sub(r"^UPDATE \d-", "", node.title)


def _updated(desk: Desk, agency: Agency, earlier: Node, n: int, present: bool) -> Node:
    """The ``n``-th update of ``earlier``: one or two new paragraphs on top, the old lead moved down
    (touched up), a background paragraph added, the last paragraph sometimes dropped."""
    rng = desk.rng
    new_top = [_development(desk, earlier)]
    if rng.random() < 0.6:
        new_top += desk.pool.near_donor(earlier.origin, earlier.topic, " ".join(earlier.body[:3]))
    if earlier.spelling != "us":
        new_top = edits.respell(new_top, earlier.spelling)
    old = list(earlier.body)
    moved = edits.swap_words([old[0]], rng, 1)
    rest = old[1:-1] if len(old) > 4 and rng.random() < 0.5 else old[1:]
    below = 1 if rest and rng.random() < 0.5 else 0  # the old lead goes below the new top, or one further
    body = [*new_top, *rest[:below], *moved, *rest[below:]]
    if rng.random() < 0.6:
        body.insert(len(body) - 1, " ".join(desk.pool.donor(earlier.origin, earlier.topic, 1)))
    base_title = re.sub(r"^UPDATE \d-", "", earlier.title)
    if agency.key == "Reuters":
        if rng.random() < 0.4:
            base_title = edits.headline(base_title, body, rng, "sentence", "swap")
        title = f"UPDATE {n}-{base_title}"
        note = rng.choice([f"(Adds analyst comment in paragraphs {len(new_top) + 2}-{len(new_top) + 3})",
                           "(Recasts with new details, adds background)", "(Updates with official reaction)",
                           f"(Adds details throughout, new headline, paragraph {len(new_top)})"])
    else:
        title = edits.headline(base_title, body, rng, agency.site.case if agency.site else "sentence",
                               rng.choice(["swap", "place", "suffix"]), place=_place(earlier))
        note = ""
    node = desk.add(story=earlier.story, kind="update", outlet=agency.site, title=title, body=body,
                    when=desk.after([earlier], agency.site, "update"), origin=earlier.origin, topic=earlier.topic,
                    lead=earlier.lead, suffix=earlier.suffix, tail=list(earlier.tail), byline=earlier.byline,
                    note=note, parents=[earlier], present=present, agency=agency.key, truth_name=agency.key,
                    place=earlier.place, country=earlier.country, spelling=earlier.spelling, group="update")
    if agency.key == "Reuters" and node.tail and rng.random() < 0.5:
        extra = f"; Additional reporting by {rng.choice(desk.wire_staff(agency))}; Editing"
        node.tail = [node.tail[0].replace("; Editing", extra, 1)]
    return node


_FIRMS = ["Barclays Capital", "Nomura Securities", "Commerzbank", "Capital Economics", "Kotak Securities",
          "Macquarie", "ING", "Daiwa Securities", "Rabobank", "Oxford Economics"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _development(desk: Desk, earlier: Node) -> str:
    """The new top sentence of an agency update: market reaction, an analyst's view, a refusal to say
    more, or word of more to come, about the story's main name."""
    rng = desk.rng
    found = edits.names(earlier.body)
    who = found[0] if found else "The company"
    day = _DAYS[earlier.when.weekday()]
    company = next((n for n in found if re.search(r"\b(Inc|Corp|Co|Ltd|PLC|Plc|Group|Bank|Holdings|AG|SA)$", n)),
                   None)
    pick = 0 if company and rng.random() < 0.4 else rng.randrange(1, 4)
    who = company if pick == 0 else who
    if pick == 0:
        move = rng.choice(["fell", "rose", "slipped", "jumped", "climbed", "dropped"])
        size = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"
        return f"{who} {rng.choice(['shares', 'stock'])} {move} {size} percent on {day}."
    if pick == 1:
        role = rng.choice(["an analyst", "chief economist", "a strategist", "head of research", "a fund manager"])
        view = rng.choice(["expected", "a surprise", "overdue", "a gamble", "bold", "premature", "sensible"])
        return f"{person(rng)}, {role} at {rng.choice(_FIRMS)}, called the move {view}."
    if pick == 2:
        said = rng.choice(["declined to comment further", "gave no further details", "would not elaborate"])
        return f"{who} {said} {rng.choice(['on ' + day, 'when contacted', 'in a statement', 'on the record'])}."
    when = rng.choice(["later this week", "within days", "before the month is out", f"as early as {day}"])
    return f"{rng.choice(['More details are due', 'Further details may follow', 'An announcement could come'])} " \
           f"{when}, {rng.choice(['officials', 'sources', 'people close to the matter', 'two insiders'])} said."


def independent(desk: Desk, budget: int) -> None:
    """Two or three outlets' own reports of one event: different texts (different story keys) that
    share only a short quotation, a stock paragraph, or both."""
    rng = desk.rng
    count = rng.randint(2, min(3, budget))
    origin = "bbc" if rng.random() < 0.65 else "reuters"
    topic = rng.choice(desk.pool.topics(origin))
    outlets = rng.sample(desk.outlets(), count)
    first = desk.pool.take(origin, topic)
    near = " ".join(first.paras[:3])
    sources = [first] + [desk.pool.take(origin, topic, near=near) for _ in range(count - 1)]
    when = desk.first_time()
    reports = [own_story(desk, o, s, kind="independent", group="independent", when=when + desk.lag("update") * i)
               for i, (o, s) in enumerate(zip(outlets, sources))]
    quote = None
    if rng.random() < 0.75:
        quote = next((m.group(1).strip().rstrip(",") for p in first.paras
                      for m in re.finditer(r"\"([^\"]{25,200})\"", p) if 6 <= len(m.group(1).split()) <= 30), None)
        quote = quote or desk.pool.quotation(origin, topic)
    stock = rng.choice(BOILERPLATE) if quote is None or rng.random() < 0.4 else None
    if quote:
        desk.planted.append(quote)
    # Each report attributes the quotation in its own words (a different speaker each), so that no
    # two reports print the same quotation paragraph.
    whos = rng.sample(["a spokesperson", "one official", "a senior executive", "the organisers",
                       "a government source", "a spokesman"], len(reports))
    for report, who in zip(reports, whos):
        if quote and quote not in " ".join(report.body):
            frame = rng.choice([f'"{quote}," {who} said.', f'{who.capitalize()} said: "{quote}"',
                                f'"{quote}," according to {who}.', f'In a statement, {who} said: "{quote}"',
                                f'{who.capitalize()} told reporters: "{quote}"'])
            report.body.insert(rng.randint(1, min(3, len(report.body))), frame)
        if stock and stock not in report.body:
            report.body.append(stock)
    if budget > count and rng.random() < 0.25:
        report = rng.choice(reports)
        derive(desk, report, rng.choice(desk.outlets(exclude=tuple(outlets))), kind="credited-copy",
               group="independent")
