"""Sister-site networks and syndicated columns.

A network's sites wear identical furniture and republish one another's stories, along a chain (site
to site to site) or from one site to several; they also run many unrelated stories of their own under
that same furniture. A column runs first on its author's own outlet, then on clients days later,
cut to length, some under a new headline, with "This column first appeared in ..." or a feature
syndicate's "Distributed by ..." line.
"""

from __future__ import annotations

from .cases import agency_node, derive, own_story
from .model import Desk, Node
from .outlets import AGENCIES, NETWORKS, OUTLETS, SYNDICATES, Agency, Outlet
from .people import person

__all__ = ["column", "network"]

_REPUBLISHED = [
    "This story was first published by the {site}.",
    "Originally published by our sister title, the {site}.",
    "— {site}",
    "This article first appeared on {domain}.",
]


def _sites(key: str) -> list[Outlet]:
    return [OUTLETS[k] for k in NETWORKS[key].sites]


def network(desk: Desk, budget: int) -> None:
    """One network story: republished across sister sites (a chain or a star), or one to three
    unrelated stories of the network's sites (own reporting, or wire copy run by one or two sites)."""
    rng = desk.rng
    key = rng.choice(sorted(NETWORKS))
    sites = _sites(key)
    if rng.random() < 0.55:
        _republish(desk, sites, budget)
        return
    for _ in range(rng.randint(1, min(3, budget))):
        site = rng.choice(sites)
        if rng.random() < 0.7:
            origin = "bbc" if rng.random() < 0.65 else "reuters"
            own_story(desk, site, desk.pool.take(origin), kind="network-original", group="network")
        else:
            agency = desk.agency() if rng.random() < 0.3 else _agency_of(desk, site)
            wire = agency_node(desk, agency, present=False, kind="wire-story", group="network")
            for client in rng.sample(sites, rng.randint(1, 2)):
                derive(desk, wire, client, kind="network-wire", group="network", swaps=rng.randint(0, 1))


def _agency_of(desk: Desk, site: Outlet) -> Agency:
    return AGENCIES[desk.rng.choice(site.agencies)]


def _republish(desk: Desk, sites: list[Outlet], budget: int) -> None:
    """A story of one site run again by one to three sister sites, near verbatim."""
    rng = desk.rng
    order = rng.sample(sites, len(sites))
    first = order[0]
    if rng.random() < 0.7:
        origin = "bbc" if rng.random() < 0.7 else "reuters"
        top = own_story(desk, first, desk.pool.take(origin), kind="network-original", group="network")
    else:
        wire = agency_node(desk, _agency_of(desk, first), present=False, kind="wire-story", group="network")
        top = derive(desk, wire, first, kind="network-wire", group="network", swaps=1)
    copies = rng.randint(1, max(1, min(len(order) - 1, 3, budget - 1)))
    star = rng.random() < 0.5
    parent: Node = top
    for site in order[1:1 + copies]:
        source = top if star else parent
        node = derive(desk, source, site, kind="network-copy", group="network", keep=(0.8, 1.0),
                      swaps=rng.randint(0, 1), drop=0.1, trim=0.15, add=0.25, lag="network",
                      headline=rng.choice(["keep", "keep", "swap", "lead", "quote"]), credit="keep")
        if rng.random() < 0.55 and source.outlet is not None:
            line = rng.choice(_REPUBLISHED).format(site=source.outlet.name.removeprefix("The "),
                                                   domain=source.outlet.domain)
            node.tail = [t for t in node.tail if not t.startswith(("This story was first", "Originally published",
                                                                   "This article first", "— "))] + [line]
        parent = node


def column(desk: Desk, budget: int) -> None:
    """A column on its author's outlet (in the corpus or not) and one to four clients running it
    later, cut to length, some with a new headline, crediting the home outlet or the syndicate."""
    rng = desk.rng
    home = rng.choice([o for o in desk.outlets() if o.family not in ("aggregator", "network")])
    author = person(rng)
    syndicate = rng.choice(sorted(SYNDICATES)) if rng.random() < 0.7 else None
    present = rng.random() < 0.7
    source = desk.pool.take("bbc")
    node = own_story(desk, home, source, kind="column-home", group="column", present=present)
    node.byline = rng.choice([f"By {author}", f"{author}", f"Opinion by {author}", f"{author}, Columnist"])
    node.lead = ""
    node.tail = [rng.choice([f"{author} is a columnist for {home.name}.",
                             f"{author} writes a weekly column for {home.name}.",
                             f"{author} is a contributing columnist. Follow {author.split()[0]} on social media."])]
    if rng.random() < 0.4:
        node.title = ("Opinion: " if rng.random() < 0.5 else "Column: ") + node.title
    node.truth_name = syndicate
    node.owner = home.name
    clients = rng.randint(1, max(1, min(4, budget - present)))
    for outlet in rng.sample(desk.outlets(exclude=(home,)), clients):
        copy = derive(desk, node, outlet, kind="column-client", group="column", keep=(0.55, 1.0),
                      swaps=rng.randint(0, 1), drop=0.3, lag="column",
                      headline=rng.choice(["keep", "keep", "swap", "lead", "quote"]), credit="keep")
        year = str(copy.when.year)
        lines = [f"This column first appeared in {home.name}.", f"{author} writes for {home.name}."]
        if syndicate:
            line = SYNDICATES[syndicate].format(author=author, year=year)
            lines += [line, f"{author} is a columnist for {home.name}. {line}", f"©{year} {syndicate}",
                      f"{author} writes for {home.name}. Distributed by {syndicate}."]
        else:
            lines.append(f"This article is republished from {home.name} under a Creative Commons license. "
                         "Read the original article.")
        copy.tail = [rng.choice(lines)]
        copy.byline = rng.choice([f"By {author}", author, f"{author} | {syndicate}" if syndicate else author])
        if rng.random() < 0.3:
            copy.tail = []  # run without any credit
