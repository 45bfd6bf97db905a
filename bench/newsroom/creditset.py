"""Single articles labelled with the outlet their text credits, for credit detection.

Each article is a base story as some outlet published it: lightly cut, in the outlet's house
style, perhaps with a new headline and the site's footer, and carrying one credit form or one
negative form (see ``credits``). ``credited`` is the canonical name of the credited outlet
(``AGENCIES[i]["name"]`` or a site's name), or None.
"""

import random

from . import dates
from ._data import base_docs, wire_paragraphs
from .article import new_article, render
from .credits import INDIAN, NEGATIVE, POSITIVE, apply_negative, apply_positive, pick, trailer
from .edits import HEADLINE_STYLES, cut_tail, headline, house_style
from .outlets import AGENCIES, AGENCY, SITES, site_furniture, url_for, visibility

NEGATIVE_RATE = 0.30
DISTRACTOR_RATE = 0.25
_DISTRACTORS = ("neg_told", "neg_according", "neg_photo", "neg_editing", "neg_quote")


def _agency_for(form: str, site: dict, rng: random.Random) -> dict:
    if form == "trailer_inputs" and rng.random() < 0.75:
        return AGENCY[rng.choice(INDIAN)]
    if rng.random() < 0.6:
        return AGENCY[rng.choice(site["agencies"])]
    return rng.choice(AGENCIES)


def _furnish(art: dict, site: dict, seed: int, rng: random.Random) -> None:
    furn = site_furniture(site, seed)
    if furn["uses_footer"] and rng.random() < 0.5:
        art["foot"] = list(furn["footer"])
    if rng.random() < 0.15 and len(art["paras"]) > 2:
        line = furn["inserts"][0]
        if line.endswith(":") or (line.isupper() and "STOR" in line):
            other = rng.choice(base_docs())["title"]
            line = f"{line} {other}" if line.endswith(":") else f"{line}\n{other}"
        art["paras"].insert(rng.randint(1, len(art["paras"]) - 1), [line, "furn"])


def credit_set(n: int, seed: int) -> list[dict]:
    """``n`` single articles, about 30% of them negatives; equal seeds give equal output."""
    rng = random.Random(f"newsroom-credit-set:{seed}")
    docs = list(base_docs())
    rng.shuffle(docs)
    n_neg = round(n * NEGATIVE_RATE)
    flags = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(flags)
    out = []
    for i in range(n):
        doc = docs[i % len(docs)]
        when = dates.story_time(rng)
        site = rng.choice(SITES)
        show_outlet, show_url = visibility(rng)
        art = new_article(doc["title"], wire_paragraphs(doc, rng), "src", doc["category"])
        if rng.random() < 0.5:
            cut_tail(art, rng, rng.uniform(0.1, 0.7))
        publisher = site
        if flags[i]:
            form = pick(NEGATIVE, rng)
            if form == "neg_self" and not (show_outlet or show_url):
                form = "neg_none"
            credited = None
            apply_negative(art, form, rng, outlet=site)
            if form != "neg_none" and rng.random() < 0.2:
                apply_negative(art, rng.choice(_DISTRACTORS), rng)
        else:
            form = pick(POSITIVE, rng)
            if form in ("first_appeared", "republished") and rng.random() < 0.5:
                who = rng.choice([s for s in SITES if s["name"] != site["name"]])
            else:
                who = _agency_for(form, site, rng)
            if who["kind"] == "agency" and form in ("dateline", "byline") and rng.random() < 0.06:
                publisher = who
            apply_positive(art, who, form, rng, when)
            credited = who["name"]
            if who["kind"] == "agency" and form != "copyright" and rng.random() < 0.1:
                art["tail"].append(trailer(who, "copyright", rng, when))
            if rng.random() < DISTRACTOR_RATE:
                apply_negative(art, rng.choice(_DISTRACTORS), rng, avoid=credited)
        house_style(art, publisher, rng, 0.3)
        if publisher["kind"] != "agency":
            _furnish(art, publisher, seed, rng)
        title = doc["title"]
        if rng.random() < 0.25:
            title = headline(title, rng.choice(HEADLINE_STYLES[1:]), rng, publisher, doc["category"])
        url = url_for(publisher, title, doc["category"], when, rng) if show_url else None
        out.append({"id": f"credit-{i:05d}", "title": title, "text": render(art),
                    "outlet": publisher["name"] if show_outlet else None, "url": url,
                    "credited": credited, "form": form})
    return out
