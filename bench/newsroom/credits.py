"""Source credits as copies carry them, and mentions of agencies that are not credits.

A credit tells the reader whose text this is: a dateline ("LONDON (Reuters) -"), a prefix
("AFP -"), an agency byline ("By Jane Doe, Associated Press", "By Reuters Staff"), an inline
suffix ("... he said. (AFP)"), or a line below the story ("-- AFP", "With AFP", "(With inputs
from PTI)", "Source: AFP", "This article first appeared on ...", "Copyright 2024 The Associated
Press. All rights reserved."). Each form has a short family name, used as the ``form`` label.

Negative forms name an agency (or nobody) without crediting it: reporting ("told Reuters",
"according to AFP", "an AP photographer", a photo caption), quotes, person bylines, sign-offs
naming only people ("Writing by ...; Editing by ..."), and a site's notice about itself.
"""

import random

from . import dates
from .outlets import AGENCIES, person

CITIES = ("LONDON", "PARIS", "NEW YORK", "WASHINGTON", "BRUSSELS", "GENEVA", "BERLIN", "NEW DELHI",
          "TOKYO", "NAIROBI", "JOHANNESBURG", "SYDNEY", "MADRID", "ROME", "BEIJING", "MOSCOW",
          "SAN FRANCISCO", "MANCHESTER", "EDINBURGH", "LOS ANGELES")
POSITIVE = {"dateline": 20, "dateline_bare": 5, "prefix": 5, "byline": 14, "inline": 6,
            "trailer_dash": 6, "trailer_paren": 5, "trailer_with": 5, "trailer_contrib": 5,
            "trailer_additional": 4, "trailer_inputs": 6, "trailer_via": 3, "trailer_source": 4,
            "first_appeared": 5, "republished": 3, "copyright": 4}
NEGATIVE = {"neg_none": 30, "neg_told": 14, "neg_according": 12, "neg_photo": 8,
            "neg_person_byline": 12, "neg_quote": 6, "neg_editing": 10, "neg_self": 8}
INDIAN = ("Press Trust of India", "ANI", "IANS")
_BEATS = {"business": "Business", "sport": "Sports", "tech": "Technology", "entertainment": "Entertainment",
          "politics": "Political", "health": "Medical"}


def pick(weights: dict, rng: random.Random) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


EN, EM = "\u2013", "\u2014"


def _dash(rng):
    return rng.choice(("-", "-", EN, EM, "--"))


def spell(ag: dict, rng: random.Random, tagged: bool = True) -> str:
    """How a credit names an agency: mostly its tag, sometimes its long name or another spelling."""
    r = rng.random()
    if r < 0.7 and tagged:
        return ag["tag"].upper() if rng.random() < 0.08 else ag["tag"]
    if r < 0.9:
        return ag["long"]
    return rng.choice(ag["alt"])


def _bare_long(ag: dict) -> str:
    return ag["long"][4:] if ag["long"].startswith("The ") else ag["long"]


def dateline(ag: dict, when, rng: random.Random, city: str | None = None) -> str:
    """A dateline prefix in the agency's house style, e.g. "PARIS, March 3 (AFP) - "."""
    city = city or (ag["city"] if rng.random() < 0.6 else rng.choice(CITIES))
    tag = ag["tag"].upper() if rng.random() < 0.12 else ag["tag"]
    day = dates.dateline_date(when, rng, short=rng.random() < 0.4)
    style = ag["style"]
    up, title = city.upper(), city.title()
    if style == "dash":
        return f"{up} ({tag}) {_dash(rng)} "
    if style == "emdash":
        return f"{up} ({tag}) \u2014 "
    if style == "afp":
        return f"{rng.choice((up, title))}, {day} ({tag}) {rng.choice(('-', EM))} "
    if style == "efe":
        return f"{title}, {day} ({tag}).- "
    if style == "ansa":
        return f"({tag}) - {up}, {day.upper()} - "
    if style == "xinhua":
        return f"{up}, {day} ({tag}) -- "
    if style == "kyodo":
        return f"{up} ({tag}) -- "
    if style == "pti":
        return rng.choice((f"{title}, {day} ({tag}) ", f"{up}, ({tag}): ", f"{title}, {day} ({tag}): "))
    if style == "ani":
        return f"{title} [India], {day} ({tag}): "
    if style == "tass":
        return f"{up}, {day}. /{tag}/. "
    return f"{day} ({tag}) -- "


def byline(ag: dict, rng: random.Random, category: str = "") -> str:
    name = person(rng)
    r = rng.randrange(7)
    if r == 0:
        return f"By {name}, {_bare_long(ag) if rng.random() < 0.6 else ag['long']}"
    if r == 1:
        beat = _BEATS.get(category) or rng.choice(tuple(_BEATS.values()))
        return f"By {name.upper()} {ag['tag']} {beat} Writer"
    if r == 2:
        return f"{name} | {ag['name'] if rng.random() < 0.6 else ag['tag']}"
    if r == 3:
        return rng.choice((f"By {ag['name']} Staff", f"{ag['tag']} Staff", f"By {ag['tag']}"))
    if r == 4:
        return f"{name}, {ag['tag']}"
    if r == 5:
        return f"By {name} and {person(rng)}, {spell(ag, rng)}"
    return f"By {name}\n{ag['tag']} Correspondent"


def _place_line(art: dict, line: str, rng: random.Random) -> None:
    r = rng.random()
    if r < 0.55:
        art["head"].insert(0, line)
    elif r < 0.8:
        kicker = art["category"].upper() if rng.random() < 0.5 else f"{art['category'].title()} News"
        art["head"][:0] = [kicker, line]
    else:
        art["tail"].insert(0, line)


def trailer(ag: dict, form: str, rng: random.Random, when=None) -> str:
    sp = spell(ag, rng)
    if form == "trailer_dash":
        return f"{rng.choice((EM + ' ', '-- ', '- ', EN))}{ag['tag']}"
    if form == "trailer_paren":
        return f"({sp})"
    if form == "trailer_with":
        return rng.choice((f"With {sp}", f"\u2014 With {sp}", f"(With {sp})", f"With {ag['long']}"))
    if form == "trailer_contrib":
        return f"{rng.choice((ag['long'], ag['tag']))} contributed to this report."
    if form == "trailer_additional":
        return rng.choice((f"Additional reporting by {sp}", f"Additional reporting by {ag['long']}.",
                           f"(Additional reporting by {ag['tag']})"))
    if form == "trailer_inputs":
        return rng.choice((f"(With inputs from {sp})", f"With {ag['tag']} inputs", f"(with {ag['tag']} inputs)",
                           f"\u2014 With inputs from {sp}"))
    if form == "trailer_via":
        return rng.choice((f"via {sp}", f"Via {ag['long']}", f"(via {ag['tag']})"))
    if form == "trailer_source":
        return rng.choice((f"Source: {sp}", f"SOURCE: {ag['tag'].upper()}", f"Source - {ag['tag']}"))
    if form == "copyright":
        year = (when.year if when is not None else 2024)
        if ag["name"] == "Associated Press" and rng.random() < 0.6:
            return (f"Copyright {year} The Associated Press. All rights reserved. This material may not be "
                    "published, broadcast, rewritten or redistributed.")
        if ag["name"] == "Reuters" and rng.random() < 0.5:
            return f"(c) Copyright Thomson Reuters {year}."
        return rng.choice((f"Copyright {year} {ag['long']}. All rights reserved.", f"\u00a9 {ag['long']}",
                           f"Copyright \u00a9 {year} {ag['tag']}. All rights reserved.", f"\u00a9 {year} {sp}"))
    raise ValueError(form)


def republish_line(who: dict, form: str, rng: random.Random) -> str:
    """'First appeared' and 'republished' notices naming an agency or a site."""
    name = who.get("long", who["name"]) if who["kind"] == "agency" else who["name"]
    if form == "first_appeared":
        return rng.choice((f"This article first appeared on {name}.",
                           f"This article first appeared on {who['host']}.",
                           f"This story was originally published by {name}.",
                           f"This article originally appeared in {name} and is republished here with permission."))
    return rng.choice((f"Republished with permission from {name}.", f"Republished with permission of {name}.",
                       f"Reprinted with permission from {who['host']}."))


def apply_positive(art: dict, who: dict, form: str, rng: random.Random, when=None) -> None:
    """Put a credit of ``who`` (an agency, or any outlet for the republish forms) on ``art``."""
    if form == "dateline":
        art["lead"] = dateline(who, when, rng)
    elif form == "dateline_bare":
        tag = who["tag"].upper() if rng.random() < 0.5 else who["tag"]
        art["lead"] = f"({tag}) {_dash(rng)} "
    elif form == "prefix":
        art["lead"] = f"{who['tag']}{rng.choice((' ' + EN + ' ', ' - ', ': ', ' ' + EM + ' '))}"
    elif form == "byline":
        _place_line(art, byline(who, rng, art["category"]), rng)
    elif form == "inline":
        art["inline"] = rng.choice((f"({who['tag']})", f"({who['tag']})", f"- {who['tag']}", f"[{who['tag']}]"))
        art["inline_at"] = "first" if rng.random() < 0.3 else "last"
    elif form in ("first_appeared", "republished"):
        art["tail"].append(republish_line(who, form, rng))
    else:
        art["tail"].append(trailer(who, form, rng, when))


def _sentence_edit(art: dict, rng: random.Random, fn) -> bool:
    """Apply ``fn`` to the first body paragraph, in a random order, that it accepts."""
    idx = [i for i, (_, o) in enumerate(art["paras"]) if o != "furn"]
    rng.shuffle(idx)
    for i in idx:
        new = fn(art["paras"][i][0])
        if new is not None:
            art["paras"][i][0] = new
            return True
    return False


def _insert_para(art: dict, text: str, rng: random.Random) -> None:
    n = len(art["paras"])
    art["paras"].insert(rng.randint(1, max(1, n)) if n else 0, [text, art["paras"][0][1] if n else "x"])


def _a(tag: str) -> str:
    return "an" if tag[0] in "AEIO" else "a"


def apply_negative(art: dict, form: str, rng: random.Random, outlet: dict | None = None,
                   avoid: str | None = None) -> None:
    """Add a mention that is not a credit (``outlet`` is the publishing site, for ``neg_self``;
    ``avoid`` is an agency the mention must not name)."""
    ag = rng.choice([a for a in AGENCIES if a["name"] != avoid])
    tag = ag["tag"] if ag["tag"] != "AA" else "Anadolu"
    who = rng.choice((tag, tag, ag["long"] if not ag["long"].startswith("The ") else "the " + ag["long"][4:]))
    if form == "neg_told":
        def told(s):
            for end in (" said.", " says."):
                if s.endswith(end) and (s.count(",") or s.startswith('"')):
                    return s[: -len(end)] + f" told {who}."
            return None
        if not _sentence_edit(art, rng, told):
            _insert_para(art, f'A spokesperson told {who} the matter was "being looked at".', rng)
    elif form == "neg_according":
        phrase = rng.choice((f"according to {who}", f"according to {_a(tag)} {tag} tally",
                             f"{who} reported"))
        def acc(s):
            if s.endswith(".") and not s.endswith('."') and len(s) > 40 and '"' not in s:
                return s[:-1] + f", {phrase}."
            return None
        if not _sentence_edit(art, rng, acc):
            _insert_para(art, f"Talks are expected to continue next week, {phrase}.", rng)
    elif form == "neg_photo":
        if rng.random() < 0.5:
            _insert_para(art, f"{_a(tag).title()} {tag} photographer at the scene said the area had "
                              "been cleared by late afternoon.", rng)
        else:
            art["head"].append(rng.choice((f"Photo: {tag}", f"(Photo: {tag}/Getty Images)",
                                           f"File photo: {ag['name']}", f"Image credit: {tag}")))
    elif form == "neg_person_byline":
        name = person(rng)
        line = rng.choice((f"By {name}", f"By {name.upper()}", f"{name}, Political Editor",
                           f"By {name} | Senior Reporter", f"{name} in {rng.choice(CITIES).title()}"))
        _place_line(art, line, rng)
    elif form == "neg_quote":
        _insert_para(art, rng.choice((
            f'In a statement, the ministry said: "We have seen the {tag} report and will respond in due course."',
            f'"Like everyone else, I saw the {tag} story this morning," one official said.',
            f'"You can read whatever {who} writes, but the facts are clear," the spokesman said.')), rng)
    elif form == "neg_editing":
        p1, p2, p3 = person(rng), person(rng), person(rng)
        art["tail"].append(rng.choice((
            f"Writing by {p1}; Editing by {p2}",
            f"Reporting by {p1} in {rng.choice(CITIES).title()}; Editing by {p2} and {p3}",
            f"Additional reporting by {p1} in {rng.choice(CITIES).title()}",
            f"Compiled by {p1}; edited by {p2}")))
    elif form == "neg_self" and outlet is not None:
        art["tail"].append(rng.choice((
            f"\u00a9 {rng.choice((2022, 2023, 2024))} {outlet['name']}. All rights reserved.",
            f"This article first appeared in the print edition of {outlet['name']}.",
            f"Copyright {outlet['name']}. Reproduction without permission is prohibited.")))
    elif form not in ("neg_none", "neg_self"):
        raise ValueError(form)
