"""Settings for a trace, grouped by pipeline stage and handed down the pipeline as one object."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["AlignSettings", "CandidateSettings", "DirectionSettings", "FetchSettings", "LoadSettings", "Settings"]


class _Group(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LoadSettings(_Group):
    """Limits that protect a run from a runaway document (docs/robustness.md).

    Aligning two documents costs about the product of their lengths: a 200,000-character line
    against its copy takes 1 to 2 s, a 2,500-paragraph document against its copy 2 to 4 s
    (bench/robustness.py, docs/robustness.md). The defaults are eight times the longest news article we know (BBC
    News: 25,450 characters in 147 lines) and keep the worst pair within seconds; beyond them a
    DocumentTooLargeError names the document and the setting to raise.
    """

    max_chars: int = Field(default=200_000, description="longest document accepted, in characters")
    max_blocks: int = Field(default=2_500, description="most paragraphs accepted in one document")
    date_order: Literal["DMY", "MDY"] | None = Field(
        default=None, description="how numeric dates like 04/03/2025 are written: day first (DMY) or month first (MDY)"
    )


class FetchSettings(_Group):
    """How pages given as links are fetched: within time and size limits, and politely.

    At most ``per_host`` requests go to one site at once, ``pause`` seconds apart (longer if the
    site's robots.txt asks for a Crawl-delay, up to 30 s), and a page its robots.txt disallows is
    refused unless its host is listed in ``ignore_robots`` (for one's own site).
    """

    connect_timeout: float = Field(default=10.0, gt=0, description="seconds to wait for a connection")
    read_timeout: float = Field(default=20.0, gt=0, description="seconds to wait for the next bytes of an answer")
    total_timeout: float = Field(
        default=60.0, gt=0, description="seconds one link may take in all: robots.txt, redirects, retries and waits"
    )
    retries: int = Field(default=2, ge=0, description="tries again after a timeout, a dropped connection, 429 or 5xx")
    backoff: float = Field(default=1.0, ge=0, description="seconds before the first retry, doubled at each next one")
    max_redirects: int = Field(default=5, ge=0, description="redirects followed for one link")
    max_bytes: int = Field(default=10_000_000, gt=0, description="largest page accepted, in bytes once decompressed")
    per_host: int = Field(default=2, ge=1, description="requests at once to one host")
    pause: float = Field(default=1.0, ge=0, allow_inf_nan=False,
                         description="seconds between the starts of two requests to one host")
    connections: int = Field(default=8, ge=1, description="requests at once in all")
    ignore_robots: tuple[str, ...] = Field(
        default=(), description='hosts (with their subdomains) whose robots.txt is not consulted; "*" for every host'
    )
    contact: str | None = Field(
        default=None, description="an address or URL put in the User-Agent, so a site can reach whoever fetches"
    )

    @field_validator("ignore_robots")
    @classmethod
    def _hosts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """Host names in lower case; a URL given instead stands for its host."""
        hosts = []
        for item in value:
            text = item.strip().lower()
            if "://" in text:
                text = urlsplit(text).hostname or ""
            if not text:
                raise ValueError(f"ignore_robots: {item!r} is not a host name")
            hosts.append(text.rstrip("."))
        return tuple(hosts)


class CandidateSettings(_Group):
    """How articles that may share text are found without comparing every pair."""

    shingle_words: int = Field(default=4, ge=1, description="words in one shingle")
    max_document_frequency: int = Field(
        default=50, ge=2, description="shingles found in more articles are treated as boilerplate"
    )
    min_shared: int = Field(default=5, ge=1, description="shared shingles that make a pair a candidate...")
    min_containment: float = Field(
        default=0.05, ge=0.0, le=1.0, description="...when they are also this share of the smaller article's shingles"
    )
    near_duplicate: float = Field(
        default=0.5, ge=0.0, le=1.0,
        description="share of the smaller article's shingles, boilerplate included, that pairs near-duplicates "
                    "found in more articles than max_document_frequency",
    )


class AlignSettings(_Group):
    """Thresholds for pairing paragraphs of two articles."""

    match: float = Field(default=0.6, description="character similarity that pairs two paragraphs")
    contained: float = Field(default=0.5, description="share of a paragraph's word trigrams found in another")
    min_shared_chars: int = Field(
        default=40, description="body characters two articles must share to pair, unless one shares all of its body"
    )


class DirectionSettings(_Group):
    """How evidence is weighed into a direction."""

    decide: float = Field(
        default=0.5, ge=0.0, le=1.0,
        description="the pair model's probability at which a direction, when it is the likeliest relation, is "
                    "decided (0.5, more likely than not: the best derived F1 held out, docs/benchmarks.md)",
    )
    model: str | None = Field(
        default=None,
        description="a refitted pair model's JSON file (provenance train); None: the one shipped with provenance",
    )
    min_extra_chars: int = Field(
        default=80, description="body characters a second source must explain, beyond the first, to be a parent"
    )
    min_share: float = Field(
        default=0.15, ge=0.0, le=1.0,
        description="share of one article's body two articles must share (or min_chars) for anything to be "
                    "decided between them: less is a shared quote, a stock phrase or a footer line; under half "
                    "of a body, the share counts only with at least half of min_chars shared: a sentence is this "
                    "share of a brief",
    )
    min_chars: int = Field(
        default=200, ge=0,
        description="body characters two articles must share (or min_share) for anything to be decided between them",
    )


class Settings(_Group):
    """Everything that tunes a trace; the defaults are calibrated on the evaluation data (docs/benchmarks.md)."""

    load: LoadSettings = LoadSettings()
    candidates: CandidateSettings = CandidateSettings()
    align: AlignSettings = AlignSettings()
    direction: DirectionSettings = DirectionSettings()
    fetch: FetchSettings = FetchSettings()
    aliases: dict[str, str] = Field(
        default_factory=dict,
        description='outlet aliases, alias -> outlet name ({"AJ": "Al Jazeera"}), added to the built-in ones',
    )
