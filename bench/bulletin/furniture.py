"""Page furniture as a scraper saves it: the lines above and below a story and the promos inside it.

Each outlet wears one furniture family (newspaper, portal, finance site, tech blog, aggregator,
agency wire page); sister sites wear their network's set instead, identical across the network
(newsletter prompt, "More from" links, footer, disclaimer). Furniture is what unrelated stories of
one outlet or network share: it must never be taken for copied text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .outlets import NETWORKS, Outlet

__all__ = ["Dress", "dress"]

# family: (top lines with their chance, promo lines inside the story, bottom lines with their chance)
_FAMILIES: dict[str, tuple[list[tuple[float, str]], list[str], list[tuple[float, str]]]] = {
    "us_paper": (
        [(0.15, "Advertisement"), (0.15, "Share this story")],
        ["RELATED: {headline}", "READ MORE: {headline}", "MORE: {headline}"],
        [(0.35, "Sign up for our daily newsletter to get the latest headlines delivered to your inbox."),
         (0.5, "Copyright {year} {outlet}. All rights reserved."),
         (0.2, "Have a news tip? Email us at tips@{domain}."),
         (0.25, "@related")]),
    "uk_paper": (
        [(0.2, "Listen to this article"), (0.1, "Sign in to comment")],
        ["Read more: {headline}", "Read More", "Related: {headline}"],
        [(0.35, "Want the best of {outlet} in your inbox? Sign up to our free newsletter."),
         (0.3, "© {outlet} {year}"),
         (0.2, "Comments are closed on this article."),
         (0.25, "@related")]),
    "in_portal": (
        [(0.25, "Follow us on Google News"), (0.15, "Advertisement")],
        ["ALSO READ | {headline}", "Also Read: {headline}", "ALSO READ: {headline}"],
        [(0.4, "Catch all the Latest News, Breaking News Events and Latest Updates on {outlet}."),
         (0.3, "Download the {outlet} app to get daily market updates and live business news."),
         (0.3, "Follow us on WhatsApp and Telegram for the latest news."),
         (0.2, "@related")]),
    "asia": (
        [(0.2, "Share:"), (0.1, "Advertisement")],
        ["Related: {headline}", "See also: {headline}"],
        [(0.3, "Subscribe to {outlet} on Telegram for breaking news."),
         (0.3, "Copyright © {year} {outlet}. All rights reserved."),
         (0.2, "Read more stories about {section}"),
         (0.2, "@related")]),
    "finance": (
        [(0.2, "Market data delayed by at least 15 minutes.")],
        ["See also: {headline}", "Read next: {headline}"],
        [(0.5, "Disclaimer: This article is for information only and does not constitute investment advice. "
               "{outlet} does not hold positions in the securities mentioned."),
         (0.3, "Get the {outlet} market close newsletter, free every weekday."),
         (0.3, "© {year} {outlet}")]),
    "tech": (
        [(0.4, "We may earn a commission when you buy through links on our site.")],
        ["Read next: {headline}", "Related: {headline}"],
        [(0.4, "Filed under: {section}"),
         (0.35, "Join the conversation: follow {outlet} on Mastodon and Bluesky."),
         (0.3, "Got a tip? Reach our reporters securely at tips@{domain}."),
         (0.2, "@related")]),
    "aggregator": (
        [(0.4, "Share on Facebook Share on X Share on WhatsApp"), (0.2, "Trending now")],
        ["You may also like: {headline}"],
        [(0.4, "{outlet} aggregates stories from across the web. All rights belong to their respective owners."),
         (0.3, "Report this article"),
         (0.3, "@related")]),
    "network": ([(0.15, "Advertisement")], ["Read more: {headline}", "RELATED: {headline}"], []),
    "agency": ([], [], []),
}

# An agency site's own furniture: bottom lines with their chance.
_AGENCY_BOTTOM: dict[str, list[tuple[float, str]]] = {
    "AP": [(0.4, "The Associated Press is an independent global news organization dedicated to factual reporting."),
           (0.3, "Copyright {year} The Associated Press. All Rights Reserved.")],
    "Reuters": [(0.3, "Get a look at the day ahead in markets with our Morning Bid newsletter. Sign up here."),
                (0.7, "Our Standards: The Thomson Reuters Trust Principles.")],
    "Xinhua": [(0.8, "Editor: {editor}")],
    "Kyodo": [(0.5, "@related")],
    "ANI": [(0.3, "Read all the latest news, trending topics and breaking updates on aninews.in.")],
    "PTI": [(0.3, "This report is auto-generated from the PTI news service.")],
    "EFE": [(0.6, "© EFE {year}. The redistribution and redissemination of all or part of the contents of the "
                  "EFE services without prior and express consent of Agencia EFE S.A. is expressly prohibited.")],
    "dpa": [(0.4, "dpa international, the English-language news service of Deutsche Presse-Agentur.")],
    "Yonhap": [(0.6, "(C) Yonhap News Agency. All Rights Reserved")],
}


@dataclass
class Dress:
    """The furniture of one page: lines above the story, one promo inside it (or none) and lines below."""

    top: list[str] = field(default_factory=list)
    promo: str | None = None
    bottom: list[str] = field(default_factory=list)


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def dress(outlet: Outlet, rng: random.Random, values: dict[str, str], related: list[str],
          network_links: list[tuple[str, str]]) -> Dress:
    """The furniture of one page of ``outlet``. ``values`` fills templates (outlet, year, domain,
    section, editor), ``related`` gives headlines for promos and related links, ``network_links`` the
    (headline, site) pairs a network's "More from" block shows."""
    top, promos, bottom = _FAMILIES[outlet.family]
    out = Dress()
    out.top = [_fill(t, values) for chance, t in top if rng.random() < chance]
    if promos and related and rng.random() < 0.4:
        out.promo = _fill(rng.choice(promos), {**values, "headline": related[0]})
    lines = list(bottom)
    if outlet.agency:
        lines = _AGENCY_BOTTOM.get(outlet.agency, [])
    for chance, template in lines:
        if rng.random() >= chance:
            continue
        if template == "@related":
            if related[1:]:
                out.bottom.append(rng.choice(["Related stories", "More from " + outlet.name, "Related coverage:",
                                              "You might also like"]))
                out.bottom.extend(related[1:4])
        else:
            out.bottom.append(_fill(template, values))
    if outlet.network:
        net = NETWORKS[outlet.network]
        if rng.random() < 0.7:
            out.bottom.append(net.newsletter)
        if rng.random() < 0.6 and network_links:
            out.bottom.append(net.more)
            out.bottom.extend(f"{title} — {site}" for title, site in network_links)
        if rng.random() < 0.75:
            out.bottom.append(_fill(net.footer, values))
        if rng.random() < 0.5:
            out.bottom.append(net.disclaimer)
        if rng.random() < 0.4:
            out.bottom.append(net.follow)
    return out
