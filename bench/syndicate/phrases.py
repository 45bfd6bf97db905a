"""Phrase banks for the text the generator writes itself: names, added paragraphs, update leads, reactions.

Added text is assembled from several independent slots so that two unrelated articles rarely share more
than a few words of it, as two real sub-editors' add-ons would not.
"""

from __future__ import annotations

import random

FIRST = (
    "Anna Ben Carla David Elena Farid Grace Hiro Ines James Kavita Liam Maria Nikhil Olga Pedro Qian Rachel "
    "Sanjay Tom Ursula Victor Wei Yasmin Zoe Aisha Bruno Chloe Dmitri Emeka Fatima Gareth Helen Ivan Julia "
    "Kofi Lucy Mateo Naomi Oscar Priya Rohan Sofia Tariq Uma Vikram Wendy Xavier Yusuf Ahmed Bridget Colin "
    "Deepa Ewan Freya Gustavo Hannah Imran Jun Karen Lars Megan Nadia Owen Paul Ruth Simon Tanvi Amir"
).split()
LAST = (
    "Smith Jones Patel Chen Garcia Okafor Novak Rossi Kim Singh Murphy Hughes Tanaka Silva Nguyen Brown "
    "Kowalski Ibrahim Mensah Fischer Dubois Costa Walsh Reddy Iyer Sharma Lee Park Martin Evans Khan Ali "
    "Osei Moreau Schmidt Jensen Lindqvist Adeyemi Mwangi Santos Cruz Reyes Tan Lim Wong Ng Davies Clarke "
    "Bailey Fraser Doyle Byrne Kelly Nair Menon Pillai Das Bose Ahmed Hassan Haddad Petrov Ivanova Horvat"
).split()


def person(rng: random.Random) -> str:
    """An invented reporter's or spokesperson's name."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def initials(rng: random.Random) -> str:
    """A desk editor's initials, as agencies sign copy (``ab/cd``)."""
    letters = "abcdefghijklmnoprstvwy"
    return "".join(rng.choice(letters) for _ in range(rng.choice((2, 3))))


ROLES = (
    "an analyst at", "a senior economist at", "a spokesperson for", "a researcher at", "a director at",
    "chief executive of", "a professor at", "head of research at", "a fellow at", "a partner at",
    "a senior adviser to", "a board member of", "managing director of", "a strategist at",
)
ORG_FIRST = (
    "Northgate", "Bluewater", "Castlebridge", "Redfern", "Ashford", "Meridian", "Harcourt", "Silverline",
    "Kingsmead", "Oakridge", "Westbury", "Lindenhall", "Fairport", "Stonebridge", "Clearview", "Highmoor",
)
ORG_LAST = (
    "Capital", "Research", "Partners", "Institute", "Advisory", "Economics", "Consulting", "Securities",
    "Policy Centre", "Associates", "Analytics", "Foundation", "Group", "Trust",
)


def org(rng: random.Random) -> str:
    """An invented firm or think tank."""
    return f"{rng.choice(ORG_FIRST)} {rng.choice(ORG_LAST)}"


QUOTE_OPEN = (
    "This is", "It's", "What we are seeing is", "Frankly, this is", "I think this is", "This looks like",
    "We believe this is", "To be honest, it's", "There is no doubt this is", "In our view this is",
)
QUOTE_MID = (
    "a significant moment", "an important step", "a worrying development", "a welcome change",
    "a real test", "long overdue", "a turning point", "more complicated than it looks", "a big surprise",
    "exactly what was expected", "a setback", "good news for most people", "a wake-up call",
)
QUOTE_END = (
    "and everyone will be watching closely", "but the details still matter", "for the whole sector",
    "and we will see the effects for months", "although questions remain", "for ordinary families",
    "and it will not be the last", "if it holds", "given where we were a year ago", "for the people involved",
)

AUDIENCE = (
    "households", "small businesses", "investors", "commuters", "fans", "consumers", "local firms",
    "exporters", "young people", "pensioners", "policymakers", "regulators", "viewers", "shoppers",
)
ADJECTIVE = {
    "UK": "British", "US": "American", "IN": "Indian", "AU": "Australian", "CA": "Canadian", "IE": "Irish",
    "MY": "Malaysian", "SG": "Singaporean", "ZA": "South African", "NG": "Nigerian", "KE": "Kenyan",
    "PH": "Filipino", "NZ": "New Zealand", "PK": "Pakistani", "INT": "international",
}
PLACE = {
    "UK": "Britain", "US": "the United States", "IN": "India", "AU": "Australia", "CA": "Canada",
    "IE": "Ireland", "MY": "Malaysia", "SG": "Singapore", "ZA": "South Africa", "NG": "Nigeria",
    "KE": "Kenya", "PH": "the Philippines", "NZ": "New Zealand", "PK": "Pakistan", "INT": "many countries",
}
LOCAL_OPEN = (
    "In {place}, the news is likely to be followed closely by {aud}",
    "{Adj} {aud} could feel the effects sooner than most",
    "Closer to home, {adj} {aud} have been watching the issue for months",
    "The development matters for {place}, where {aud} have raised similar concerns",
    "For {adj} {aud}, the question now is what happens next",
    "Local {aud} in {place} say the story has a familiar ring",
)
LOCAL_CLOSE = (
    "according to figures compiled by {org}",
    "{who}, {role} {org}, told {outlet}",
    "with several groups calling for clearer guidance",
    "though the full impact may take time to emerge",
    "a point raised repeatedly at recent public meetings",
    "according to a survey published earlier this year",
)
BACKGROUND = (
    "The announcement comes {ago} after {ent} faced growing pressure over the issue.",
    "{Ent} has been at the centre of attention {when}, with critics and supporters divided.",
    "It is not the first time {ent} has made headlines: a similar row erupted {when}.",
    "The latest twist follows weeks of speculation about {ent} and its plans.",
    "Observers had expected a decision on {ent} {when}, but it was repeatedly delayed.",
    "{Ent} declined to comment further when contacted {how}.",
)
AGO = ("a week", "a month", "only days", "two weeks", "several months")
WHEN = ("earlier this year", "last autumn", "in recent weeks", "on Monday", "late last year", "last month")
HOW = ("on Monday", "by phone", "by email", "late on Friday", "by reporters")
UPDATE_LEAD = (
    "{ent} faced fresh scrutiny {day} as {aud} and officials weighed the fallout from the news.",
    "Reaction to the news about {ent} grew {day}, with {aud} and analysts questioning what comes next.",
    "{Ent} moved to reassure {aud} {day} after the announcement drew a sharp response.",
    "The row over {ent} deepened {day} as more details emerged.",
    "Pressure mounted on {ent} {day}, hours after the initial announcement.",
    "Officials said {day} they were monitoring the situation around {ent} closely.",
)
UPDATE_EXTRA = (
    "{ent} did not immediately respond to a request for further comment.",
    "A spokesperson for {ent} said more details would be released in the coming days.",
    "Further details were not immediately available.",
    "The figures had not been independently verified.",
)
FRESH_OPEN = (
    "{Ent} was back in the headlines {day}", "All eyes were on {ent} {day}",
    "{Ent} found itself in the spotlight {day}",
    "There was fresh attention on {ent} {day}", "{Ent} dominated the conversation {day}",
    "Questions about {ent} took centre stage {day}", "The story of {ent} took a new turn {day}",
)
FRESH_CLOSE = (
    "as the details became clearer", "after a week of speculation", "with reaction coming from several quarters",
    "and the picture is still developing", "as those involved set out their positions",
    "in a development that surprised few observers", "and not everyone is convinced",
)
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday")


def reaction(rng: random.Random, quote: tuple[str, str]) -> str:
    """A made-up reaction paragraph: a quote from an invented person at an invented organisation."""
    q_open, q_close = quote
    said = rng.choice(("said", "said", "added", "told reporters"))
    text = f"{rng.choice(QUOTE_OPEN)} {rng.choice(QUOTE_MID)} {rng.choice(QUOTE_END)}"
    return f"{q_open}{text},{q_close} {said} {person(rng)}, {rng.choice(ROLES)} {org(rng)}."


def local_angle(rng: random.Random, country: str, outlet: str) -> str:
    """A paragraph giving the copying outlet's local angle."""
    place, adj = PLACE.get(country, "the region"), ADJECTIVE.get(country, "local")
    opening = rng.choice(LOCAL_OPEN).format(place=place, adj=adj, Adj=adj[:1].upper() + adj[1:],
                                            aud=rng.choice(AUDIENCE))
    close = rng.choice(LOCAL_CLOSE).format(org=org(rng), who=person(rng), role=rng.choice(ROLES), outlet=outlet)
    return f"{opening}, {close}."


def background(rng: random.Random, entity: str) -> str:
    """A background paragraph about the story's main name."""
    line = rng.choice(BACKGROUND)
    return line.format(ent=entity, Ent=entity[:1].upper() + entity[1:], when=rng.choice(WHEN), ago=rng.choice(AGO),
                       how=rng.choice(HOW))


def update_lead(rng: random.Random, entity: str) -> str:
    """The new top paragraph of an agency update."""
    line = rng.choice(UPDATE_LEAD)
    return line.format(ent=entity, Ent=entity[:1].upper() + entity[1:], day=rng.choice(DAYS),
                       aud=rng.choice(AUDIENCE))


def update_extra(rng: random.Random, entity: str) -> str:
    """A closing line an update adds."""
    return rng.choice(UPDATE_EXTRA).format(ent=entity)


def fresh_lead(rng: random.Random, entity: str) -> str:
    """An independent report's own opening line about the story's main name."""
    opening = rng.choice(FRESH_OPEN).format(ent=entity, Ent=entity[:1].upper() + entity[1:], day=rng.choice(DAYS))
    return f"{opening}, {rng.choice(FRESH_CLOSE)}."
