"""Page furniture: what a site wraps around a story, and the filler paragraphs outlets add.

Fixed per outlet: the footer (on every page), the newsletter pitch and the social prompt (on most pages), the
label of related links. Per page: related links to *other* stories of the corpus or invented headlines, a
photo caption, and the paragraphs an outlet adds to a story it runs (a local angle, background, a stock
phrase). Pages that ran an absent wire story never get furniture naming that agency.
"""

from __future__ import annotations

import random
import re

from .outlets import Outlet
from .page import Block
from .text import FIRST_NAMES, LAST_NAMES

_SCENES = {
    "business": ("A trader works on the floor of the stock exchange", "Shoppers on a busy high street",
                 "The company's headquarters", "Workers at a distribution centre", "Bank notes are counted"),
    "politics": ("Members of parliament arrive for the debate", "Campaigners gather outside parliament",
                 "The minister speaks to reporters", "Ballot papers are counted"),
    "sport": ("Fans celebrate in the stands", "Players warm up before kick-off", "The trophy on display",
              "The manager watches from the touchline"),
    "tech": ("A smartphone displays the app", "Visitors try out the device at the trade show",
             "Engineers at the company's research lab", "A server room"),
    "entertainment": ("Guests arrive on the red carpet", "The cast at the premiere", "Fans queue outside the venue",
                      "A still from the film"),
}
_GENERIC = ("A general view of the site", "File image", "Officials at the announcement", "The port at dusk",
            "A tanker at anchor", "Grain silos near the harbour")
_PHOTO = ("Getty Images", "EPA", "AP Photo/{p}", "{p}/Reuters", "AFP via Getty Images", "{p}/Bloomberg",
          "Shutterstock", "Supplied", "{p}/Staff photographer", "PA Wire/{p}")
_TOPIC = {
    "business": "the wider economy", "politics": "government policy", "sport": "the season so far",
    "tech": "the technology sector", "entertainment": "the entertainment industry", "acq": "takeover activity",
    "earn": "corporate earnings", "crude": "oil markets", "trade": "trade policy", "money-fx": "currency markets",
    "grain": "grain markets", "interest": "interest rates", "gnp": "economic growth", "ship": "the shipping industry",
    "coffee": "commodity prices", "sugar": "commodity prices", "gold": "precious metals",
}
_SUBJECTS = ("Council", "Regulator", "Union", "Hospital trust", "Airport", "Water company", "School board", "Police",
             "Rail operator", "Retailer", "Club", "Festival", "Charity", "Port authority", "University")
_VERBS = ("unveils plans for", "delays decision on", "faces questions over", "confirms", "warns about", "backs",
          "launches review of", "scraps", "reports rise in", "seeks views on")
_OBJECTS = ("new bypass", "budget shortfall", "winter service", "staff shortages", "park redevelopment",
            "ticket prices", "flood defences", "late-night opening", "recycling scheme", "housing targets",
            "cycle lanes", "summer programme")
STOCK_PHRASES = (
    "The company did not immediately respond to a request for comment.",
    "This is a developing story and will be updated.",
    "Officials did not respond to requests for comment by the time of publication.",
    "Analysts said it was too early to judge the full impact.",
    "Further details were not immediately available.",
)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _clean(text: str, forbid: re.Pattern[str] | None) -> bool:
    return forbid is None or not forbid.search(text)


def invented_headline(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"


def caption(topic: str, rng: random.Random, forbid: re.Pattern[str] | None) -> str:
    scene = rng.choice(_SCENES.get(topic, _GENERIC))
    for _ in range(20):
        credit = rng.choice(_PHOTO).format(p=person(rng))
        if _clean(credit, forbid):
            return f"Photo: {scene}. ({credit})" if rng.random() < 0.5 else f"{scene}. Photo: {credit}"
    return f"Photo: {scene}."


def related(outlet: Outlet, rng: random.Random, headlines: list[tuple[str, str]], story: str,
            forbid: re.Pattern[str] | None) -> str:
    """A related link: a headline of another story of the corpus (usually) or an invented one."""
    for _ in range(20):
        if headlines and rng.random() < 0.7:
            key, title = rng.choice(headlines)
            if key.split(".")[0] == story.split(".")[0]:
                continue
        else:
            title = invented_headline(rng)
        if _clean(title, forbid):
            return f"{outlet.related} {title}"
    return f"{outlet.related} {invented_headline(rng)}"


def dress(blocks: list[Block], outlet: Outlet, rng: random.Random, *, topic: str, story: str,
          headlines: list[tuple[str, str]], forbid: re.Pattern[str] | None = None,
          links: list[str] | None = None) -> list[Block]:
    """Wrap a page's blocks in the outlet's furniture (caption, related links, pitches, footer)."""
    out = list(blocks)
    n_related = rng.choice((0, 0, 1, 1, 2, 3)) if outlet.kind != "agency" else rng.choice((0, 1))
    paras = [i for i, b in enumerate(out) if b.kind == "para"]
    lines = [f"{outlet.related} {t}" for t in (links or [])]
    for _ in range(n_related):
        line = related(outlet, rng, headlines, story, forbid)
        if line not in lines:
            lines.append(line)
    for line in lines:
        paras = [i for i, b in enumerate(out) if b.kind == "para"]
        pos = paras[min(len(paras) - 1, rng.randint(1, 4))] + 1 if paras else len(out)
        out.insert(pos, Block("furn", line))
    if rng.random() < 0.3:
        out.insert(0, Block("furn", caption(topic, rng, forbid)))
    tail = []
    if rng.random() < 0.6:
        if rng.random() < 0.4 and len(paras) > 3:
            paras = [i for i, b in enumerate(out) if b.kind == "para"]
            out.insert(paras[len(paras) // 2] + 1, Block("furn", outlet.newsletter))
        else:
            tail.append(Block("furn", outlet.newsletter))
    if rng.random() < 0.4:
        tail.append(Block("furn", outlet.social))
    tail.append(Block("furn", outlet.footer))
    return out + tail


def _subject(title: str) -> str:
    words = [w.strip(",:;'\"") for w in title.split()]
    caps = [w for w in words[:4] if w[:1].isupper() and w.lower() not in ("the", "a", "an", "watch")]
    return " ".join(caps[:2]) or words[0]


_GROUPS = ("local traders", "business owners", "residents", "councillors", "community leaders", "commuters",
           "union representatives", "small firms", "parents", "shop owners")
_SAID = ("said they were watching", "are keeping an eye on", "were quick to ask", "want to know", "are unsure")
_AFFECT = ("affects", "will change", "might reshape", "bears on", "could hit")
_TOLD = ("told", "wrote to", "spoke to", "contacted")
_MIGHT = ("could affect", "may weigh on", "might help", "risks hurting", "should not change")
_REACT = ("most were cautious", "reaction was mixed", "several declined to comment", "many welcomed it",
          "few were surprised")
_TIMING = ("amid", "in the middle of", "days into", "at the height of", "after months of")
_DEBATE = ("heated debate", "long-running argument", "fierce row", "public discussion", "national conversation")
_SINCE = ("since early {year}", "this year", "for much of {year}", "over recent months", "since last autumn")


def local_angle(outlet: Outlet, topic: str, title: str, rng: random.Random) -> str:
    """A short local-reaction paragraph; slot fillers keep it from repeating word for word across stories."""
    place = outlet.name.removeprefix("The ").split()[0]
    short = outlet.name.removeprefix("The ")
    what = _TOPIC.get(topic, "the sector")
    subj = _subject(title)
    group = rng.choice(_GROUPS)
    return rng.choice((
        f"In {place}, {group} {rng.choice(_SAID)} how the {subj} news {rng.choice(_AFFECT)} {what}.",
        f"{group[0].upper()}{group[1:]} in {place} {rng.choice(_TOLD)} the {short} that the {subj} story "
        f"{rng.choice(_MIGHT)} {what} locally.",
        f"The {short} asked {group} in {place} about {subj}: {rng.choice(_REACT)}.",
    ))


def background(topic: str, title: str, rng: random.Random, year: int) -> str:
    what = _TOPIC.get(topic, "the sector")
    since = rng.choice(_SINCE).format(year=year)
    return (f"The {_subject(title)} news comes {rng.choice(_TIMING)} a {rng.choice(_DEBATE)} over {what}, "
            f"a theme {rng.choice(('in the headlines', 'on the agenda', 'much discussed'))} {since}.")


_DESKS = {"business": "Business", "politics": "Political", "sport": "Sport", "tech": "Technology",
          "entertainment": "Arts", "crude": "Energy", "money-fx": "Markets", "interest": "Economics"}


def byline(outlet: Outlet, rng: random.Random, topic: str = "") -> str:
    w = rng.choice(outlet.writers)
    short = outlet.name.removeprefix("The ")
    desk = _DESKS.get(topic, "Business" if topic not in ("", "general") else "News")
    return rng.choice((f"By {w}", f"By {w}, {short}", f"{w} | {short}", f"By {w} ({desk} Reporter)"))
